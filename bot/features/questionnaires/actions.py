"""The questionnaire runner's actions: check a short form, score, keep and tell the result."""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.events import Reply
from bot.engine.texts import Texts, result_key, say
from bot.features.questionnaires.model import Questionnaire
from bot.features.questionnaires.records import QuestionnaireResult, keep
from bot.features.questionnaires.scoring import (
    band_for,
    item_scores,
    safety_raised,
    short_form_positive,
    total,
)
from bot.timezones import local_date

SHORT_BAND = "below_threshold"  # the band a short form's result is kept with


async def check_short_form(
    ctx: ActionContext, *, questionnaires: Mapping[str, Questionnaire], words: Texts
) -> ActionResult:
    """Say whether the short form leads on; below its threshold, keep and tell its result."""
    q = questionnaires[ctx.flow_id]
    short = q.short_form
    assert short is not None  # only flows of questionnaires with a short form call this
    scores = item_scores(ctx.answers, short.items)
    if short_form_positive(q, scores):
        return ActionResult(answers={"going_on": True})
    shown = sum(scores)
    await _keep(ctx, short.id, scores, shown, SHORT_BAND)
    text = words.get(
        "short_result",
        name=short.name,
        total=shown,
        highest=max(o.score for o in q.options) * short.items,
        meaning=say(result_key(q.id, "short_form", "below"), short.below, {}),
        not_a_diagnosis=words.get("not_a_diagnosis"),
    )
    return ActionResult(replies=(Reply(text),), answers={"going_on": False})


async def save_result(
    ctx: ActionContext, *, questionnaires: Mapping[str, Questionnaire], words: Texts
) -> ActionResult:
    """Score the answers, keep the result sealed, tell the band in plain words."""
    q = questionnaires[ctx.flow_id]
    scores = item_scores(ctx.answers, len(q.items))
    shown = total(q, scores)
    band = band_for(q, shown)
    await _keep(ctx, q.id, scores, shown, band.id)
    text = words.get(
        "result",
        name=q.name,
        total=shown,
        highest=q.highest,
        meaning=say(result_key(q.id, band.id, "meaning"), band.meaning, {}),
        not_a_diagnosis=words.get("not_a_diagnosis"),
    )
    replies = [Reply(text)]
    if safety_raised(q, scores):  # never only a score
        replies.append(Reply(words.get("safety_after")))
    return ActionResult(replies=tuple(replies), answers={"band": band.id})


async def _keep(
    ctx: ActionContext, name: str, scores: tuple[int, ...], shown: int, band: str
) -> None:
    now = ctx.clock.now()
    today = local_date(now, ctx.user.timezone if ctx.user else None)
    result = QuestionnaireResult(now, today, name, scores, shown, band)
    await keep(ctx.tx, ctx.user_id, result)
