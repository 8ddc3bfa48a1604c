"""Write train/answers.tsv: what people type as answers to the bot's own questions.

The screen reads every typed answer, so it has to know that "Ireland", "21:30", "7/10" or
"Numb" carry no risk. These come from the shipped flows (labels of every option outside the
crisis path) and data (country names, cities of the tz database, the everyday answers and
replies of data/answers.yaml in each language), plus times and numbers.
Run from the project root after changing flows or places, then `reconnect safety build`:

    .venv/bin/python tests/safety/corpus/write_answers.py
"""

from __future__ import annotations

import random
import re
import zoneinfo
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).parent / "train" / "answers.tsv"
NOT_EVERYDAY = {"I need help right now", "I need help now"}


def labels() -> set[str]:
    """Return the option labels of every flow outside the crisis path."""
    found: set[str] = set()
    for file in (ROOT / "flows").glob("*.yaml"):
        flow = yaml.safe_load(file.read_text("utf-8"))
        if flow.get("safety"):
            continue
        for step in flow["steps"].values():
            for option in (step.get("ask") or {}).get("choice") or []:
                found.add(str(option["label"]))
            found.update(map(str, ((step.get("ask") or {}).get("text") or {}).get("suggest", [])))
    return found - NOT_EVERYDAY


def buttons() -> set[str]:
    """Return the engine's own buttons ("Leave it" when offered to resume)."""
    words = yaml.safe_load((ROOT / "data" / "engine.yaml").read_text("utf-8"))
    return {str(words[key]) for key in ("resume_yes", "resume_no") if key in words}


def places() -> set[str]:
    """Return country names, aliases and a sample of the tz database's cities."""
    data = yaml.safe_load((ROOT / "data" / "places.yaml").read_text("utf-8"))
    found = {str(name) for name in (data.get("names") or {}).values()}
    found |= {str(alias) for alias in data.get("aliases") or {}}
    cities = sorted(
        zone.rsplit("/", 1)[-1].replace("_", " ")
        for zone in zoneinfo.available_timezones()
        if "/" in zone and not zone.startswith("Etc")
    )
    return found | set(random.Random(7).sample(cities, 250))


# Answers that speak of safety, or could ("enough"), and answers that name a feeling
# ("far": "cant feel anything", "empty"): never taught to the screen as everyday. Numbness
# and sadness also come in messages that carry risk ("i feel nothing, i want it to end"), so
# the model must not learn their words as the mark of a harmless reply. Nor the day a plan
# is for ("tonight", "now", "right away"): risk is told with those words too.
NOT_EVERYDAY_VALUES = {"safe", "not_safe", "other", "far"}
NOT_EVERYDAY_VALUES |= {"today", "tomorrow", "in_2", "in_3", "in_week"}
NOT_EVERYDAY_WORDS = {"enough"}


def said() -> set[str]:
    """Return the plain everyday replies people type at the bot's questions, in each language
    it speaks ("yep", "not rn", "idk", "later"). Commands said as words ("leave me alone") and
    the feelings of the wheel ("hollow", "depressed") are left out: see above."""
    found: set[str] = set()
    files = [ROOT / "data" / "answers.yaml", *(ROOT / "data" / "locales").glob("*/answers.yaml")]
    for file in files:
        data = yaml.safe_load(file.read_text("utf-8")) or {}
        for value, words in (data.get("means") or {}).items():
            if value not in NOT_EVERYDAY_VALUES:
                found.update(map(str, words or ()))
    found -= NOT_EVERYDAY_WORDS
    return found - spoken_in_risk(found)


def typed() -> set[str]:
    """Return times, numbers and scores as people type them."""
    found = {str(n) for n in range(0, 101)}
    found |= {f"{n}/10" for n in range(11)} | {f"{n} out of 10" for n in range(11)}
    for hour in range(24):
        found |= {f"{hour}:00", f"{hour:02d}:30", f"{hour}.15"}
    for hour in range(1, 13):
        found |= {f"{hour}am", f"{hour} pm", f"{hour}:30pm", f"around {hour}"}
    return found


def spoken_in_risk(phrases: set[str]) -> set[str]:
    """Return the phrases of two words or more that a risk line of the training corpus says
    ("не хочу" in "не хочу жить", "im not" in "im not going to be here"): a reply made of
    them is not taught as everyday, or the model would hear those words as harmless."""
    risk = " ".join(
        f" {folded(line.split(chr(9))[2])} "
        for file in (Path(__file__).parent / "train").glob("*.tsv")
        if file != OUT
        for line in file.read_text("utf-8").splitlines()
        if line.startswith("crisis\t") and line.count("\t") >= 2
    )
    return {p for p in phrases if len(folded(p).split()) > 1 and f" {folded(p)} " in risk}


def folded(text: str) -> str:
    """Return text case-folded, apostrophes gone and other marks turned to spaces."""
    text = text.casefold().replace("'", "").replace("’", "")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def held_out() -> set[str]:
    """Return the texts of the held-out sets, case-folded: never trained on."""
    folders = (Path(__file__).parent).glob("heldout-*")
    return {
        line.split("\t")[2].strip().casefold()
        for folder in folders
        for file in folder.glob("*.tsv")
        for line in file.read_text("utf-8").splitlines()
        if line.count("\t") >= 2
    }


def main() -> None:
    """Write the file, one answer a line, sorted; none a held-out set has."""
    kept_apart = held_out()
    answers = sorted(
        answer
        for answer in labels() | buttons() | places() | said() | typed()
        if answer.strip().casefold() not in kept_apart
    )
    lines = [f"everyday\treply\t{answer}" for answer in answers if "\t" not in answer]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} answers written to {OUT}")


if __name__ == "__main__":
    main()
