"""What someone sees on /sos in their country: hours for every line, caveats, and no line
offered "right now" that answers in hours."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.safety.helplines import Helplines
from tests.chat import Chat, in_order, text_of
from tests.conftest import ROOT


async def sos_in(chat: Chat, code: str) -> str:
    user = await chat.user()
    assert user is not None
    async with chat.app.store.transaction() as tx:
        await tx.save_user(replace(user, country=code))
    return text_of(await chat.send("/sos"))


def test_every_shipped_country_has_an_emergency_number() -> None:
    helplines = Helplines.load(ROOT / "data" / "helplines.yaml")
    assert len(helplines.countries) == 46
    for code, country in helplines.countries.items():
        assert country.emergency, code
        assert all(number[0].isdigit() for number in country.emergency), code


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("PK", ["call the emergency number: 115 (Pakistan)", "Umang", "24/7, except Eid"]),
        ("BD", ["call the emergency number: 999 (Bangladesh)", "findahelpline.com"]),
        ("UZ", ["call the emergency number: 103 (Uzbekistan). That is the ambulance."]),
        ("SA", ["911 (Saudi Arabia)", "997"]),
        ("AE", ["999 (United Arab Emirates)"]),
        ("EG", ["123 (Egypt)", "the police are on 122"]),
        ("VN", ["115 (Vietnam)"]),
        ("NG", ["112 (Nigeria)", "depends on your state", "SURPIN"]),
    ],
)
async def test_countries_without_a_line_before_still_get_their_emergency_number(
    chat: Chat, code: str, expected: list[str]
) -> None:
    said = await sos_in(chat, code)
    for fragment in expected:
        assert fragment in said
    assert "your local emergency number" not in said


async def test_every_line_shows_its_hours_or_says_they_are_not_known(chat: Chat) -> None:
    said = await sos_in(chat, "ZA")
    assert "• SADAG Mental Health Helpline: call 0800 456 789, text 31393 (Phone 24h)" in said
    assert "• SADAG Suicide Crisis Helpline: call 0800 567 567 (hours not known)" in said


async def test_when_a_line_may_be_closed_the_emergency_number_is_the_fallback(
    chat: Chat,
) -> None:
    said = await sos_in(chat, "IT")
    assert in_order(said, "(Phone daily 09:00–24:00)", "When a line is closed")
    assert "When a line is closed or doesn't answer, call 112." in said


async def test_lines_open_round_the_clock_need_no_closing_word(chat: Chat) -> None:
    said = await sos_in(chat, "GB")
    assert "Samaritans: call 116 123 (24h, every day)" in said
    assert "When a line is closed" not in said


async def test_belgium_1813_is_round_the_clock_by_phone_and_chat_only_evenings(
    chat: Chat,
) -> None:
    said = await sos_in(chat, "BE")
    assert (
        "Zelfmoordlijn 1813: call 1813, chat at zelfmoord1813.be (Phone 24/7; chat evenings)"
        in (said)
    )


async def test_russia_names_the_childrens_helpline_and_its_regions(chat: Chat) -> None:
    said = await sos_in(chat, "RU")
    assert "National children's helpline" in said
    assert "24h in 71 of 85 regions" in said
    assert "Adults may call too" in said


async def test_healing119_is_never_offered_as_help_right_now(chat: Chat) -> None:
    said = await sos_in(chat, "ID")
    assert in_order(
        said, "JakCare", "Not for right now, because replies can take hours:", "healing119"
    )
    assert "call the emergency number: 119 (Indonesia)" in said
    assert "112 works only in some regions" in said


@pytest.mark.parametrize(
    ("code", "caveat"),
    [
        ("UA", "Free from Vodafone; from other networks it may not be free."),
        ("UA", "103 (Ukraine). That is the ambulance, free from every network; 112 works only"),
        ("IN", "a counsellor calls you back"),
        ("AR", "How 911 works differs from province to province"),
    ],
)
async def test_caveats_are_said_with_the_number(chat: Chat, code: str, caveat: str) -> None:
    assert caveat in await sos_in(chat, code)


async def test_young_people_see_their_lines_where_the_sources_confirm_them() -> None:
    helplines = Helplines.load(ROOT / "data" / "helplines.yaml")
    for code, name in (("FR", "Fil Santé Jeunes"), ("ES", "Fundación ANAR"), ("GB", "Childline")):
        assert name in [line.name for line in helplines.countries[code].youth], code
