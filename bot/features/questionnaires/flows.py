"""Turn questionnaire files into flows, so the engine runs them like any other conversation:
the crisis screen, /cancel, resume and duplicate updates all apply, and no Python is written
for a new questionnaire."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.engine.flow_model import Flow
from bot.engine.texts import Texts
from bot.features.questionnaires.model import Questionnaire
from bot.features.questionnaires.scoring import item_key

SAFETY_FLOW = "questionnaire_safety"  # the direct question, asked before any score
MENU_FLOW = "measure"
REPEAT_FLOW = "measure_repeat"  # flows/measure_repeat.yaml: the WHO-5 every few weeks
RESULT = "save_questionnaire_result"
SHORT_FORM = "check_short_form"
WORDS = frozenset(
    {
        "measure_title",
        "questionnaire_title",
        "measure_description",
        "measure_choose",
        "measure_not_now",
        "measure_repeat",
        "measure_bye",
        "offer",
        "offer_yes",
        "offer_no",
        "done",
        "result",
        "not_a_diagnosis",
        "short_result",
        "safety_after",
    }
)


def questionnaire_flows(
    questionnaires: Mapping[str, Questionnaire], words: Texts
) -> dict[str, dict[str, Any]]:
    """Return the flow, as flow-file data, of each questionnaire and of the /measure menu."""
    flows = {q.id: _flow(q, questionnaires, words) for q in questionnaires.values()}
    if questionnaires:
        flows[MENU_FLOW] = _menu(questionnaires, words)
    return flows


def build_flows(questionnaires: Mapping[str, Questionnaire], words: Texts) -> dict[str, Flow]:
    """Return the questionnaires' flows, validated."""
    return {
        flow_id: Flow.model_validate(data)
        for flow_id, data in questionnaire_flows(questionnaires, words).items()
    }


def _menu(questionnaires: Mapping[str, Questionnaire], words: Texts) -> dict[str, Any]:
    choices: list[dict[str, Any]] = [
        {"label": q.button, "value": q.id, "flow": q.id} for q in questionnaires.values()
    ]
    choices.append({"label": words.get("measure_repeat"), "value": "repeat", "flow": REPEAT_FLOW})
    choices.append({"label": words.get("measure_not_now"), "value": "later", "next": "bye"})
    return {
        "id": MENU_FLOW,
        "version": 1,
        "title": words.get("measure_title"),
        "command": MENU_FLOW,
        "description": words.get("measure_description"),
        "start": "choose",
        "steps": {
            "choose": {"say": words.get("measure_choose"), "ask": {"choice": choices}},
            "bye": {"say": words.get("measure_bye"), "end": True},
        },
    }


def _flow(
    q: Questionnaire, questionnaires: Mapping[str, Questionnaire], words: Texts
) -> dict[str, Any]:
    count = len(q.items)
    short = q.short_form.items if q.short_form else 0
    steps: dict[str, dict[str, Any]] = {"intro": {"say": q.intro, "next": "item_1"}}
    options = [{"label": o.label, "value": str(o.score)} for o in q.options]

    def after(number: int) -> str:
        """Where the flow goes once item ``number`` and its safety question are done."""
        if number == short:
            return "short_form"
        return "result" if number == count else item_key(number + 1)

    for number, item in enumerate(q.items, start=1):
        key = item_key(number)
        question = q.question.replace("{number}", str(number)).replace("{count}", str(count))
        steps[key] = {
            "say": question.replace("{item}", item.text),
            "ask": {"choice": options},
            "save": key,
            "next": f"{key}_check" if item.safety else after(number),
        }
        if item.safety:
            steps[f"{key}_check"] = {
                "branch": [{"when": f"{key} != '{q.lowest}'", "next": f"{key}_safety"}],
                "next": after(number),
            }
            steps[f"{key}_safety"] = {"call": SAFETY_FLOW, "next": after(number)}
    if q.short_form is not None:
        steps["short_form"] = {
            "do": SHORT_FORM,
            "branch": [{"when": "going_on", "next": "going_on"}],
            "next": "done",
        }
        steps["going_on"] = {"say": q.short_form.going_on, "next": item_key(short + 1)}
    offers = sorted({band.offer for band in q.bands if band.offer})
    steps["result"] = {
        "do": RESULT,
        "branch": [
            {"when": f"band == '{band.id}'", "next": f"offer_{band.offer}"}
            for band in q.bands
            if band.offer
        ],
        "next": "done",
    }
    for offered in offers:
        name = questionnaires[offered].name if offered in questionnaires else offered
        steps[f"offer_{offered}"] = {
            "say": words.get("offer", name=name),
            "offer": True,  # done with this one: not offered back if put aside, words go on
            "ask": {
                "choice": [
                    {"label": words.get("offer_yes"), "value": "yes", "flow": offered},
                    {"label": words.get("offer_no"), "value": "later", "next": "done"},
                ]
            },
        }
    steps["done"] = {"say": words.get("done"), "end": True}
    return {
        "id": q.id,
        "version": q.version,
        "title": words.get("questionnaire_title", title=q.title),  # "the {title}" reads right
        "description": q.intro,
        "start": "intro",
        "steps": steps,
    }
