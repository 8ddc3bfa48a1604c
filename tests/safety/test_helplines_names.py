"""Helplines called as the services call themselves, and two numbers joined with the
reader's own "or" (issue 22; the rule is in the header of data/helplines.yaml)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.app import App
from bot.i18n.lists import either
from bot.safety.helplines import _numbers
from tests.chat import Chat, in_order, text_of


async def in_country(app: App, user_id: int, language: str, code: str) -> Chat:
    chat = Chat(app, user_id=user_id, language=language)
    await chat.consent()
    user = await chat.user()
    assert user is not None
    async with app.store.transaction() as tx:
        await tx.save_user(replace(user, country=code))
    return chat


async def test_a_russian_speaker_in_russia_in_a_crisis_reads_the_lines_own_name_and_or(
    app: App,
) -> None:
    chat = await in_country(app, 701, "ru", "RU")
    said = text_of(await chat.send("больше не могу, хочу умереть"))
    assert "• Общероссийский детский телефон доверия: позвони 8-800-2000-122 или 124" in said
    assert "National children's helpline" not in said
    assert " or " not in said
    assert in_order(said, "112", "8-800-2000-122 или 124", "Ты сейчас в безопасности?")


async def test_an_english_speaker_in_russia_reads_the_own_name_and_what_it_is(app: App) -> None:
    chat = await in_country(app, 702, "en", "RU")
    said = text_of(await chat.send("/sos"))
    assert (
        "• Общероссийский детский телефон доверия (National children's helpline): "
        "call 8-800-2000-122 or 124 (24h in 71 of 85 regions) "
        "Adults may call too; 124 is from mobiles."
    ) in said


async def test_a_spanish_speaker_in_argentina_reads_spanish_names_and_o(app: App) -> None:
    chat = await in_country(app, 703, "es", "AR")
    said = text_of(await chat.send("/sos"))
    assert (
        "• Línea de salud mental, Ministerio de Salud de la Nación: llama al 0800-999-0091" in said
    )
    assert "• Centro de Asistencia al Suicida: llama al 135 o (011) 5275-1135" in said
    assert "Mental health line" not in said
    assert " or " not in said


async def test_an_english_speaker_in_argentina_reads_what_they_read_before(app: App) -> None:
    chat = await in_country(app, 704, "en", "AR")
    said = text_of(await chat.send("/sos"))
    assert "• Mental health line, national Ministry of Health: call 0800-999-0091 (24h)" in said
    assert (
        "• Centro de Asistencia al Suicida: call 135 or (011) 5275-1135 (hours not known)" in said
    )


async def test_two_emergency_numbers_are_joined_in_the_readers_language(app: App) -> None:
    english = text_of(await (await in_country(app, 705, "en", "IE")).send("/sos"))
    assert "call the emergency number: 112 or 999 (Ireland)." in english
    russian = text_of(await (await in_country(app, 706, "ru", "IE")).send("/sos"))
    assert "112 или 999 (Ирландия)" in russian
    portuguese = text_of(await (await in_country(app, 707, "pt-BR", "IE")).send("/sos"))
    assert "112 ou 999 (Irlanda)" in portuguese


async def test_a_name_written_right_to_left_keeps_the_line_left_to_right(app: App) -> None:
    said = text_of(await (await in_country(app, 708, "en", "IR")).send("/sos"))
    assert "• \u200eصدای مشاور (Sedaye Moshaver): call 1480" in said
    assert "• \u200eاورژانس اجتماعی (Social Emergency): call 123 (24h)" in said


async def test_a_proper_name_stays_as_written_and_a_description_is_translated(
    app: App,
) -> None:
    said = text_of(await (await in_country(app, 709, "ru", "KR")).send("/sos"))
    assert "• 자살예방상담전화 (Линия профилактики самоубийств 109): позвони 109" in said
    said = text_of(await (await in_country(app, 710, "ru", "JP")).send("/sos"))
    assert "• よりそいホットライン (Yorisoi Hotline): позвони 0120-279-338" in said


def test_outside_a_turn_alternatives_are_joined_in_english() -> None:
    assert either(["8-800-2000-122", "124"]) == "8-800-2000-122 or 124"
    assert either(["112"]) == "112"


@pytest.mark.parametrize("written", ["112 or 999", ["112 or 999"], ["112", "999 or 998"]])
def test_a_number_written_with_an_english_or_is_refused(written: str | list[str]) -> None:
    with pytest.raises(ValueError, match="write alternatives as a list"):
        _numbers(written)
