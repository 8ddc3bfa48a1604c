"""Someone whose Telegram is in Spanish is spoken to in Spanish: set-up, check-in, crisis."""

from __future__ import annotations

from dataclasses import replace

from bot.app import App
from tests.chat import Chat, in_order, labels_of, text_of


async def test_a_spanish_app_gets_set_up_and_checks_in_in_spanish(app: App) -> None:
    chat = Chat(app, user_id=501, language="es")
    replies = await chat.send("/start")
    assert "Hola, soy Reconnect" in text_of(replies)
    assert "¿Te parece bien que te pregunte cómo te sientes" in text_of(replies)
    replies = await chat.tap("Sí, me parece bien")
    assert "¿Cuántos años tienes?" in text_of(replies)
    replies = await chat.tap("De 25 a 44")
    assert "¿En qué país estás?" in text_of(replies)
    replies = await chat.send("España")  # typed in Spanish, found
    assert "¿En qué zona horaria estás?" in text_of(replies)
    replies = await chat.tap("Madrid")
    assert "¿Quieres un recordatorio suave" in text_of(replies)
    replies = await chat.tap("08:00")
    assert "Listo: te escribiré a las 8:00 cada día." in text_of(replies)  # CLDR: H:mm
    replies = await chat.tap("Sí, hagamos el registro")
    assert "¿Hasta qué punto sientes hoy presentes tus sentimientos?" in text_of(replies)
    assert "0 = casi nada · 10 = del todo presentes" in text_of(replies)
    replies = await chat.tap("6")
    assert "¿Y cuánta conexión sientes con la gente que te rodea?" in text_of(replies)
    user = await chat.user()
    assert user is not None
    assert (user.language, user.country) == ("es", "ES")


async def test_a_crisis_written_in_spanish_mid_check_in_is_answered_in_spanish(
    app: App,
) -> None:
    chat = Chat(app, user_id=502, language="es-MX")
    await chat.consent()
    user = await chat.user()
    assert user is not None
    async with app.store.transaction() as tx:  # someone in Mexico: their local lines
        await tx.save_user(replace(user, country="MX"))
    await chat.send("/checkin")
    await chat.tap("3")  # now at "how connected"
    replies = await chat.send("ya no aguanto más, quiero morirme")
    assert len(replies) == 1  # one message, whole
    said = replies[0].text
    assert said.startswith("Gracias por contármelo. No tienes que cargar con esto a solas.")
    assert in_order(said, "llama al número de emergencias: 911", "¿Estás a salvo ahora mismo?")
    assert labels_of(replies) == [
        "Por ahora estoy a salvo",
        "No estoy a salvo",
        "Me preocupa otra persona",
    ]
    replies = await chat.tap("Por ahora estoy a salvo")
    assert "Me alegra que por ahora estés a salvo." in text_of(replies)


async def test_a_spanish_no_that_says_more_at_the_direct_question_gets_the_lines(app: App) -> None:
    chat = Chat(app, user_id=503, language="es")
    await chat.consent()
    replies = await chat.send("la verdad ya nada tiene sentido")
    assert "¿Estás teniendo pensamientos de suicidio" in text_of(replies)
    replies = await chat.send("no creo.. solo estoy cansada de todo")
    said = text_of(replies)
    assert in_order(said, "Aun así suena a mucho peso", "findahelpline.com", "¿Estás a salvo")
    assert "¿Estás teniendo pensamientos de suicidio" not in said
