"""Someone whose Telegram is in Brazilian Portuguese hears it: set-up, check-in, crisis."""

from __future__ import annotations

from dataclasses import replace

from bot.app import App
from tests.chat import Chat, in_order, labels_of, text_of


async def test_a_brazilian_app_gets_set_up_and_checks_in_in_portuguese(app: App) -> None:
    chat = Chat(app, user_id=601, language="pt-br")
    replies = await chat.send("/start")
    assert "Oi, eu sou o Reconnect" in text_of(replies)
    assert "Tudo bem se eu perguntar sobre seus sentimentos" in text_of(replies)
    replies = await chat.tap("Sim, tudo bem")
    assert "Qual é a sua idade?" in text_of(replies)
    replies = await chat.tap("25 a 44")
    assert "Em que país você está?" in text_of(replies)
    replies = await chat.send("Brasil")
    assert "Em que fuso horário você está?" in text_of(replies)
    replies = await chat.tap("Brasília, São Paulo, Rio")
    assert "Quer um lembrete tranquilo para fazer o check-in todo dia?" in text_of(replies)
    replies = await chat.tap("08:00")
    assert "Pronto: vou chamar você para o check-in às 08:00 todo dia." in text_of(replies)
    replies = await chat.tap("Sim, vamos lá")
    assert "Quão presentes seus sentimentos parecem hoje?" in text_of(replies)
    assert "0 = quase nada · 10 = bem presentes" in text_of(replies)
    replies = await chat.tap("6")
    assert "E quão perto das pessoas ao seu redor você se sente?" in text_of(replies)
    user = await chat.user()
    assert user is not None
    assert (user.language, user.country) == ("pt-BR", "BR")


async def test_a_crisis_written_in_portuguese_mid_check_in_is_answered_in_portuguese(
    app: App,
) -> None:
    chat = Chat(app, user_id=602, language="pt")
    await chat.consent()
    user = await chat.user()
    assert user is not None
    async with app.store.transaction() as tx:  # someone in Brazil: their local lines
        await tx.save_user(replace(user, country="BR"))
    await chat.send("/checkin")
    await chat.tap("3")  # now at "how close to people"
    replies = await chat.send("não aguento mais, quero morrer")
    assert len(replies) == 1  # one message, whole
    said = replies[0].text
    assert said.startswith("Obrigado por me contar. Você não precisa carregar isso sem ninguém.")
    assert in_order(
        said,
        "ligue para o número de emergência: 192",
        "CVV",
        "ligue 188",
        "Você está em segurança agora?",
    )
    assert labels_of(replies) == [
        "Estou em segurança por enquanto",
        "Não estou em segurança",
        "Estou com medo por outra pessoa",
    ]
    replies = await chat.tap("Estou em segurança por enquanto")
    assert "Que bom que você está em segurança por enquanto." in text_of(replies)


async def test_the_who5_without_a_checked_brazilian_version_is_in_english_and_says_so(
    app: App,
) -> None:
    """Issue 22: a validated translation, cited, or the questionnaire in English, said so."""
    chat = Chat(app, user_id=611, language="pt-br")
    await chat.consent()
    await chat.send("/measure")
    said = text_of(await chat.tap("Meu bem-estar (WHO-5)"))
    assert "As afirmações estão em inglês" in said
    assert "I have felt cheerful and in good spirits" in said
    assert "At no time" in labels_of(chat.shown[-1:])


async def test_the_gad7_is_brazils_published_wording(app: App) -> None:
    chat = Chat(app, user_id=612, language="pt-br")
    await chat.consent()
    await chat.send("/measure")
    labels = labels_of(chat.shown[-1:])
    gad = next(label for label in labels if "GAD-7" in label)
    said = text_of(await chat.tap(gad))
    assert "com que freqüência você foi incomodado/a pelos problemas abaixo?" in said
    assert "Sentir-se nervoso/a, ansioso/a ou muito tenso/a" in said
