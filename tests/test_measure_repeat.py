"""The WHO-5 every two or four weeks, offered with the daily prompt to those who asked, on
the fake clock: not before it is due, once when it is, again a week after "Not today"."""

from __future__ import annotations

from bot.app import App
from bot.clock import ManualClock
from bot.engine import reply_from_dict
from bot.scheduler import Scheduler
from tests.chat import Chat, labels_of, text_of
from tests.test_scheduler import Sent, add_user, run_minutes

OFFER = "time for the WHO-5 you asked me to offer"
DAY = 24 * 60


async def answer_who5(chat: Chat, score: str) -> str:
    await chat.send("/measure")
    await chat.tap("My wellbeing (WHO-5)")
    said = ""
    for _ in range(5):
        said = text_of(await chat.send(score))
    return said


def offers(sent: Sent) -> list[str]:
    """The local days whose prompt offered the WHO-5."""
    return [
        item.key.rsplit(":", 1)[1]
        for item in sent.items
        if OFFER in reply_from_dict(item.replies[0]).text
    ]


async def opt_in(chat: Chat, label: str) -> str:
    await chat.send("/measure")
    await chat.tap("Offer the WHO-5 every few weeks")
    return text_of(await chat.tap(label))


async def test_every_two_weeks_the_prompt_offers_the_who5_and_taps_into_it(
    app: App, clock: ManualClock
) -> None:
    await add_user(app, clock, 20, "Europe/Berlin", "18:00")
    chat = Chat(app, user_id=20)
    await answer_who5(chat, "3")
    assert "your daily reminder will offer the WHO-5" in await opt_in(chat, "Every two weeks")
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_minutes(scheduler, clock, sent, 14 * DAY)
    assert offers(sent) == []  # 13 days since the last one: ordinary prompts
    assert len(sent.items) == 14
    await run_minutes(scheduler, clock, sent, DAY)
    assert offers(sent) == ["2026-11-16"]
    chat.shown.extend(reply_from_dict(body) for body in sent.items[-1].replies)
    assert labels_of(chat.shown[-1:]) == [
        "Answer the WHO-5",
        "Just check in",
        "Not today",
        "Pause reminders",
    ]
    assert "(1 of 5)" in text_of(await chat.tap("Answer the WHO-5"))
    for _ in range(5):
        said = text_of(await chat.send("4"))
    assert "Your WHO-5 score is 80 out of 100" in said  # answered on the 17th, Berlin time
    await run_minutes(scheduler, clock, sent, 14 * DAY)
    assert offers(sent) == ["2026-11-16"]
    await run_minutes(scheduler, clock, sent, DAY)
    assert offers(sent) == ["2026-11-16", "2026-12-01"]


async def test_not_today_brings_it_back_a_week_later_and_off_stops_it(
    app: App, clock: ManualClock
) -> None:
    await add_user(app, clock, 21, "UTC", "10:00")
    chat = Chat(app, user_id=21)
    await opt_in(chat, "Every four weeks")  # none answered yet: offered at the next prompt
    sent = Sent(app)
    scheduler = Scheduler(app.store, app.engine, clock)
    await run_minutes(scheduler, clock, sent, DAY)
    assert offers(sent) == ["2026-11-02"]
    chat.shown.extend(reply_from_dict(body) for body in sent.items[-1].replies)
    await chat.tap("Not today")
    await run_minutes(scheduler, clock, sent, 7 * DAY)
    assert offers(sent) == ["2026-11-02", "2026-11-09"]
    assert "I won't offer it" in await opt_in(chat, "Don't offer it")
    await run_minutes(scheduler, clock, sent, 10 * DAY)
    assert offers(sent) == ["2026-11-02", "2026-11-09"]
    assert len(sent.items) == 18  # a prompt every day all the same


async def test_without_a_daily_reminder_it_says_how_to_set_one(chat: Chat) -> None:
    said = await opt_in(chat, "Every two weeks")
    assert '/settings, then "Reminder time"' in said
    user = await chat.user()
    assert user is not None
    assert user.measure_every_days == 14


async def test_the_menu_and_settings_lead_to_questionnaires(chat: Chat) -> None:
    replies = await chat.send("/menu")
    assert "Questionnaires on how I've been" in labels_of(replies)
    replies = await chat.tap("Questionnaires on how I've been")
    assert "My wellbeing (WHO-5)" in labels_of(replies)
    await chat.send("/settings")
    replies = await chat.tap("WHO-5 every few weeks")
    assert labels_of(replies) == ["Every two weeks", "Every four weeks", "Don't offer it"]


async def test_the_choice_is_kept_and_exported(chat: Chat) -> None:
    await opt_in(chat, "Every four weeks")
    user = await chat.user()
    assert user is not None
    assert user.measure_every_days == 28
    replies = await chat.send("/export")
    (export,) = [
        r.attachment for r in replies if r.attachment and r.attachment.kind == "document"
    ][:1]
    assert '"questionnaire_every_days": 28' in export.content.decode()
