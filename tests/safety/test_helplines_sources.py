"""Every shipped crisis number is one the sources file confirms, with its name, hours and URL.

The sources file (``../shared/helplines-sources.md``, copied to ``data/helplines-sources.md``)
is parsed here: one section per country, its "Emergency:" paragraph, its table of lines (the
columns are service, contact, hours, languages, sources, status) and its other paragraphs
("Also: ..."). Each entry of ``data/helplines.yaml`` must be found there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest

from bot.safety.helplines import Country, Helplines, Line
from tests.conftest import ROOT

SHARED = ROOT.parent / "shared" / "helplines-sources.md"
COPY = ROOT / "data" / "helplines-sources.md"
W21 = "https://en.wikipedia.org/wiki/List_of_suicide_crisis_lines"
EU112 = "https://www.govtech.com/public-safety/European-Emergency-Number-112-Now-Works.html"
# A row or paragraph saying any of these is not shipped (see the header of helplines.yaml).
NOT_SHIPPED = ("unconfirmed", "do not ship", "⚠", "status unknown", "out of date")
ROUND_THE_CLOCK = ("24/7", "24h", "24 h")
_NUMBER = re.compile(r"[+\d][\d \-)]*\d|\d")


@dataclass
class Section:
    """One country of the sources file."""

    title: str
    text: str
    emergency: str = ""
    rows: list[list[str]] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)


def plain(text: str) -> str:
    """Lower case, bold marks and punctuation gone, spaces collapsed: for comparing names."""
    text = re.sub(r"[^\w/+:.–-]+", " ", text.replace("**", "").casefold())
    return " ".join(text.split())


def numbers_in(text: str) -> set[str]:
    """Return every number written in a text, as digits only."""
    return {re.sub(r"\D", "", found) for found in _NUMBER.findall(text.replace("**", ""))}


def parse(text: str) -> dict[str, Section]:
    """Return the country sections of the sources file by title."""
    sections: dict[str, Section] = {}
    current: Section | None = None
    for raw in text.splitlines():
        line = raw.strip()
        heading = re.match(r"^### \d+\. (.+)$", line)
        if heading:
            current = Section(heading.group(1).strip(), "")
            sections[current.title] = current
            continue
        if line.startswith("## ") or current is None:
            current = None if line.startswith("## ") else current
            continue
        current.text += line + "\n"
        if line.startswith("Emergency:"):
            current.emergency = line
        elif line.startswith("|"):
            cells = [cell.strip() for cell in line.strip("|").split(" | ")]
            if cells[0] not in {"Service", "---"} and not cells[0].startswith("---"):
                current.rows.append(cells)
        elif line:
            current.prose.append(line)
    return sections


@pytest.fixture(scope="module")
def sources() -> dict[str, Section]:
    return parse(COPY.read_text("utf-8"))


@pytest.fixture(scope="module")
def shipped() -> Helplines:
    return Helplines.load(ROOT / "data" / "helplines.yaml")


def test_the_copy_beside_the_data_is_the_shared_sources_file() -> None:
    if SHARED.exists():  # the shared folder sits beside the checkout on the team's machines
        assert COPY.read_text("utf-8") == SHARED.read_text("utf-8")
    assert COPY.exists()


def test_every_country_in_the_sources_file_is_shipped_with_its_emergency_number(
    sources: dict[str, Section], shipped: Helplines
) -> None:
    assert len(sources) == 46
    names = {country.name for country in shipped.countries.values()}
    assert set(sources) == names


def _source_found(url: str, cell: str, section: Section) -> bool:
    """The URL is in the cell, or the cell points at it ("above", its site's name)."""
    if url in cell or (url == W21 and "[W21]" in cell) or (url == EU112 and "EU-112" in cell):
        return True
    host = urlparse(url).netloc.removeprefix("www.").split(".")[0]
    pointer = "above" in cell or "same article" in cell or host.casefold() in cell.casefold()
    return url in section.text and pointer


def _wanted_numbers(line: Line) -> set[str]:
    ways = [*line.phone, line.text]
    return {re.sub(r"\D", "", way) for way in ways if re.sub(r"\D", "", way)}


def _check_line(line: Line, section: Section, where: str) -> None:
    wanted = _wanted_numbers(line)
    rows = [
        row
        for row in section.rows
        if (wanted and wanted <= numbers_in(row[1]))
        or (not wanted and plain(line.name) in plain(row[0]))
    ]
    if rows:
        service, contact, hours, _languages, cited, status = rows[0]
        assert plain(line.name) in plain(service), f"{where}: name not in {service!r}"
        assert plain(line.own_name) in plain(service), f"{where}: own name not in {service!r}"
        assert _source_found(line.source, cited, section), f"{where}: source not in {cited!r}"
        assert not any(mark in status.casefold() for mark in NOT_SHIPPED), f"{where}: {status}"
        assert "confirmed" in status, f"{where}: {status}"
        said_hours, reach = hours, contact
    else:  # an "Also: ..." paragraph: name, number, hours and source all in it
        found = [text for text in section.prose if wanted and wanted <= numbers_in(text)]
        assert found, f"{where}: {sorted(wanted)} not in the sources file"
        paragraph = found[0]
        assert plain(line.name) in plain(paragraph), f"{where}: name not in {paragraph!r}"
        assert plain(line.own_name) in plain(paragraph), f"{where}: own name not in it"
        assert _source_found(line.source, paragraph, section), f"{where}: source"
        assert not any(mark in paragraph.casefold() for mark in NOT_SHIPPED), where
        said_hours = reach = paragraph
    if line.hours:
        assert plain(line.hours) in plain(said_hours), f"{where}: hours not in {said_hours!r}"
    if line.always_open:
        assert any(mark in line.hours for mark in ROUND_THE_CLOCK), f"{where}: always open?"
        assert "at launch" not in said_hours, where
    for way in (line.chat, line.web):
        assert way.casefold() in reach.casefold(), f"{where}: {way} not in {reach!r}"
    extra = {number for number in numbers_in(line.note) if len(number) >= 3}
    assert extra <= numbers_in(section.text), f"{where}: note numbers {extra}"


def _check_emergency(country: Country, section: Section) -> None:
    where = f"{country.code} emergency"
    said = numbers_in(section.emergency)
    wanted = {re.sub(r"\D", "", number) for number in (*country.emergency, *country.police)}
    wanted |= {number for number in numbers_in(country.emergency_note) if len(number) >= 3}
    assert wanted <= said, f"{where}: {sorted(wanted - said)} not in {section.emergency!r}"
    assert _source_found(country.emergency_source, section.emergency, section), where


def test_every_shipped_entry_is_in_the_sources_file_as_shipped(
    sources: dict[str, Section], shipped: Helplines
) -> None:
    for country in shipped.countries.values():
        section = sources[country.name]
        _check_emergency(country, section)
        for kind, lines in (
            ("lines", country.lines),
            ("youth", country.youth),
            ("violence", country.violence),
        ):
            for line in lines:
                _check_line(line, section, f"{country.code} {kind} {line.name}")


def test_no_superseded_or_unconfirmed_number_is_shipped(shipped: Helplines) -> None:
    text = COPY.read_text("utf-8")
    unconfirmed = text.split("## Unconfirmed: do not ship")[1].split("## Release checklist")[0]
    superseded = text.split("## Known superseded numbers")[1].split("## Unconfirmed")[0]
    banned = {n for n in numbers_in("; ".join(re.findall(r"\*\*(.+?)\*\*", unconfirmed)))}
    for row in superseded.splitlines()[4:]:
        cells = row.strip("|").split(" | ")
        if len(cells) >= 2:
            banned |= {n for n in numbers_in(re.sub(r"\(.*?\)", "", cells[1])) if len(n) >= 3}
    assert {"182", "0376272929", "919999666555", "08457909090", "18002738255"} <= banned
    for country in shipped.countries.values():
        for line in (*country.lines, *country.youth, *country.violence):
            assert not _wanted_numbers(line) & banned, (country.code, line.name)


def test_a_number_the_sources_file_does_not_have_fails_the_check(
    sources: dict[str, Section], shipped: Helplines
) -> None:
    """The check can fail: a changed digit, a claimed 24/7 or a stray URL is caught."""
    from dataclasses import replace

    samaritans = shipped.countries["GB"].lines[0]
    for wrong in (
        replace(samaritans, phone="116 124"),
        replace(samaritans, hours="24/7 and weekends"),
        replace(samaritans, source="https://example.org"),
        replace(samaritans, name="Samaritans Helpline"),
        replace(samaritans, own_name="The Samaritans"),
    ):
        with pytest.raises(AssertionError):
            _check_line(wrong, sources["United Kingdom"], "GB")
    italy = shipped.countries["IT"].lines[0]
    with pytest.raises(AssertionError):
        _check_line(replace(italy, always_open=True), sources["Italy"], "IT")
    egypt = shipped.countries["EG"]
    with pytest.raises(AssertionError):
        _check_emergency(replace(egypt, emergency=("122", "180", "911")), sources["Egypt"])
    russia = shipped.countries["RU"].lines[0]
    with pytest.raises(AssertionError):  # a name the sources file does not give is caught
        _check_line(replace(russia, own_name="Телефон доверия России"), sources["Russia"], "RU")


def test_every_own_name_is_the_one_the_sources_file_gives() -> None:
    """An own name is written as the sources file gives it in brackets after the service."""
    shipped = Helplines.load(ROOT / "data" / "helplines.yaml")
    own = {
        (country.code, line.own_name)
        for country in shipped.countries.values()
        for line in (*country.lines, *country.youth, *country.violence)
        if line.own_name
    }
    assert own == {
        ("RU", "Общероссийский детский телефон доверия"),
        ("JP", "よりそいホットライン"),
        ("KR", "자살예방상담전화"),
        ("KR", "정신건강 위기상담"),
        ("FI", "Kriisipuhelin"),
        ("IR", "صدای مشاور"),
        ("IR", "اورژانس اجتماعی"),
    }
    text = COPY.read_text("utf-8")
    for _code, name in own:
        assert re.search(rf"\({re.escape(name)}[,)]|«{re.escape(name)}»", text, re.IGNORECASE), (
            name
        )
