"""Score a questionnaire's answers and find the band the score falls in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.features.questionnaires.model import Band, Questionnaire


def item_key(number: int) -> str:
    """Return the answer name an item's score is saved under (items count from 1)."""
    return f"item_{number}"


def item_scores(answers: Mapping[str, object], count: int) -> tuple[int, ...]:
    """Return the scores of the first ``count`` items, as saved by the flow."""
    return tuple(int(str(answers.get(item_key(number), 0))) for number in range(1, count + 1))


def total(questionnaire: Questionnaire, scores: Sequence[int]) -> int:
    """Return the score shown: the sum of the items, times the scoring's factor."""
    return sum(scores) * questionnaire.scoring.multiply


def band_for(questionnaire: Questionnaire, shown: int) -> Band:
    """Return the band a shown score falls in (the file's bands cover every score)."""
    for band in questionnaire.bands:
        if band.min <= shown <= band.max:
            return band
    raise ValueError(f"{questionnaire.id}: no band holds {shown}")


def short_form_positive(questionnaire: Questionnaire, scores: Sequence[int]) -> bool:
    """Return whether the short form's score leads on to the full questionnaire."""
    short = questionnaire.short_form
    return short is None or sum(scores[: short.items]) >= short.threshold


def safety_raised(questionnaire: Questionnaire, scores: Sequence[int]) -> bool:
    """Return whether any safety item was answered above its lowest score."""
    return any(
        item.safety and score > questionnaire.lowest
        for item, score in zip(questionnaire.items, scores, strict=False)
    )
