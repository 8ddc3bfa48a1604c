"""Words typed in the person's language are understood (data/locales/<language>/answers.yaml),
on top of English's; someone spoken to in English is read with English's words only."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.engine.answers import parse_scale, parse_time
from bot.engine.vocabulary import Vocabulary
from tests.chat import Chat, text_of

DATA = Path(__file__).resolve().parents[2] / "data"


async def test_a_feeling_typed_in_spanish_starts_a_check_in_with_it(app: App) -> None:
    chat = Chat(app, user_id=621, language="es")
    await chat.consent()
    replies = await chat.send("vacía por dentro")
    assert "¿Hasta qué punto sientes hoy presentes tus sentimientos?" in text_of(replies)


async def test_words_are_read_in_the_language_the_app_code_names(app: App) -> None:
    """No language stored yet: Telegram's "pt-br" is Brazilian Portuguese, its words too."""
    chat = Chat(app, user_id=623, language="pt-br")
    await chat.consent()
    replies = await chat.send("vazia por dentro")
    assert "Quão presentes seus sentimentos parecem hoje?" in text_of(replies)
    assert "How present" not in text_of(replies)


async def test_the_same_words_from_someone_spoken_to_in_english_are_not_taken_as_a_feeling(
    app: App,
) -> None:
    chat = Chat(app, user_id=622, language="en")
    await chat.consent()
    replies = await chat.send("vacía por dentro")
    assert "How present do your feelings seem today?" not in text_of(replies)


def test_each_language_adds_its_words_and_keeps_englishs() -> None:
    words = Vocabulary.load_all(DATA / "answers.yaml", DATA / "locales")
    spanish = words.speaking("es")
    assert spanish.numbers["once"] == 11
    assert spanish.numbers["seven"] == 7
    assert "once" not in words.speaking("en").numbers  # "once" is not eleven in English
    assert "claro que si" in spanish.means["yes"]
    assert "yep" in spanish.means["yes"]
    assert words.speaking("xx") is words  # a language with no words of its own: English's


@pytest.mark.parametrize(
    ("language", "typed", "time"),
    [
        ("ru", "в 9 утра", "09:00"),
        ("ru", "где-то в 8 вечера", "20:00"),
        ("ru", "в 3 дня", "15:00"),
        ("ru", "в полдень", "12:00"),
        ("ru", "в полдевятого", "08:30"),
        ("ru", "пол девятого вечера", "20:30"),
        ("ru", "полпервого", "12:30"),
        ("es", "a las 9 de la mañana", "09:00"),
        ("es", "sobre las 8 de la tarde", "20:00"),
        ("pt-BR", "às 9 da manhã", "09:00"),
        ("pt-BR", "lá pelas 8 da noite", "20:00"),
        ("pt-BR", "ao meio-dia", "12:00"),
        ("ru", "7pm", "19:00"),  # English's words stay understood
    ],
)
def test_a_time_of_day_is_read_as_people_write_it_in_their_language(
    language: str, typed: str, time: str
) -> None:
    words = Vocabulary.load_all(DATA / "answers.yaml", DATA / "locales")
    assert parse_time(typed, words.speaking(language)) == time
    assert parse_time(typed, words) in (None, time)  # English alone never reads it otherwise


@pytest.mark.parametrize(
    ("language", "typed", "score"),
    [
        ("es", "no le veo sentido a nada", None),  # "nada" is a word here, not zero
        ("es", "me siento como una mierda", None),
        ("pt-BR", "um dia ruim", None),
        ("en", "no one cares", None),
        ("es", "nada", 0),  # alone, it is the answer
        ("en", "like a seven today", 7),
        ("ru", "наверное пять", 5),
    ],
)
def test_none_and_one_in_a_sentence_are_words_not_scores(
    language: str, typed: str, score: int | None
) -> None:
    words = Vocabulary.load_all(DATA / "answers.yaml", DATA / "locales").speaking(language)
    read = parse_scale(typed, 0, 10, words)
    assert (read.value if read else None) == score


@pytest.mark.parametrize(
    ("language", "typed", "offered"),
    [
        ("ru", "тревожно", "дыхание по квадрату"),
        ("ru", "ничего не чувствую", "5-4-3-2-1"),
        ("es", "no siento nada", "5-4-3-2-1"),
        ("pt-BR", "to ansiosa", "respiração"),
        ("en", "so anxious", "box breathing"),
        ("en", "stressed", "box breathing"),
    ],
)
async def test_how_someone_is_at_grounding_is_read_in_their_words(
    app: App, language: str, typed: str, offered: str
) -> None:
    chat = Chat(app, user_id=640, language=language)
    await chat.consent()
    await chat.send("/ground")
    assert offered in text_of(await chat.send(typed))
