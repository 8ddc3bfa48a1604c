"""Routes to therapy by country: each one says where it was read and when, names its
country, and fits in one message with the offer of more that follows it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.engine.joining import MAX_WORDS, words_in
from bot.features.gethelp.actions import Resources, sources_of

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "data" / "resources.yaml"
ROUTES: dict[str, dict[str, object]] = yaml.safe_load(SHIPPED.read_text("utf-8"))["routes"]
HELPLINES = yaml.safe_load((ROOT / "data" / "helplines.yaml").read_text("utf-8"))["countries"]


def offer_of_more(title: str) -> str:
    """The words that follow a text read behind "Tell me more" (flows/gethelp.yaml)."""
    flow = yaml.safe_load((ROOT / "flows" / "gethelp.yaml").read_text("utf-8"))
    return str(flow["steps"]["more_offer"]["say"]).replace("{next_title}", title)


@pytest.mark.parametrize("code", sorted(ROUTES))
def test_every_route_has_its_sources_its_date_and_fits_one_message(code: str) -> None:
    entry = ROUTES[code]
    sources = sources_of(entry)
    assert sources, code
    assert all(url.startswith("https://") for url in sources), code
    assert isinstance(entry["checked"], date), code
    assert code in HELPLINES, f"{code}: a route only where the bot knows the country's lines"
    title, say = str(entry["title"]), str(entry["say"])
    assert title.startswith("how to find a therapist in "), code
    assert say.startswith("In "), code  # it says which country it is about
    longest_title = max(
        (
            str(item["title"])
            for item in yaml.safe_load(SHIPPED.read_text("utf-8"))["items"].values()
        ),
        key=words_in,
    )
    assert words_in(say) + words_in(offer_of_more(longest_title)) <= MAX_WORDS, code


def test_most_countries_with_lines_have_a_route() -> None:
    """The countries most people write from are covered; the rest say it differs."""
    for code in ("RU", "UA", "KZ", "IN", "ID", "BR", "ES", "MX", "AR", "IT", "PL", "TR", "IR"):
        assert code in ROUTES, code
    assert len(ROUTES) >= 42


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ("    checked: 2026-12-04\n  AT:", "  AT:", "date it was checked"),
        (
            "    source: https://newsbox.co.kr/contents/664d7e2cde7c1c7e362ed9b0",
            "    source: a news site in Korea",
            "needs its source",
        ),
        (
            "    source: https://newsbox.co.kr/contents/664d7e2cde7c1c7e362ed9b0",
            "    source: []",
            "needs its source",
        ),
    ],
)
def test_a_route_without_source_or_date_is_refused(
    tmp_path: Path, old: str, new: str, complaint: str
) -> None:
    shipped = SHIPPED.read_text("utf-8")
    assert old in shipped
    broken = tmp_path / "resources.yaml"
    broken.write_text(shipped.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ValueError, match=complaint):
        Resources.load(broken)
