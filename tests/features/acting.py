"""Run one feature action alone: a real store in a temporary folder, a manual clock, no engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

from bot.app import build_store
from bot.clock import ManualClock
from bot.engine.actions import ActionContext, ActionFn, ActionResult
from bot.engine.events import reply_to_dict
from bot.engine.session import Answer
from bot.engine.texts import Texts
from bot.privacy.crypto import FieldCipher
from bot.storage.protocol import BotStore, Transaction
from bot.storage.records import Priority, UserRecord

DATA = Path(__file__).resolve().parents[2] / "data"
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
USER_ID = 7


def words(file: str, required: frozenset[str]) -> Texts:
    """Load a feature's shipped words, as the app does."""
    return Texts.load(DATA / file, required)


def newcomer() -> UserRecord:
    """Return someone who joined at NOW, agreed to talk about feelings, and lives in UTC."""
    return UserRecord(USER_ID, created_at=NOW, consented_at=NOW, timezone="UTC")


@asynccontextmanager
async def opened_store(folder: Path) -> AsyncIterator[BotStore]:
    """Open the app's store on a fresh database in ``folder``; close it after."""
    store = build_store(folder / "actions.sqlite3", FieldCipher([b"a" * 32]))
    await store.open()
    try:
        yield store
    finally:
        await store.close()


class Acting:
    """One person's actions, each run in a turn of its own and committed."""

    def __init__(self, store: BotStore, clock: ManualClock, user: UserRecord | None = None):
        self.store = store
        self.clock = clock
        self.user = user
        self.turns = 0

    async def run(
        self,
        action: ActionFn,
        channel: str = "telegram",
        *,
        flow_id: str = "test",
        language: str = "",
        **answers: Answer,
    ) -> ActionResult:
        """Run the action on these answers in one turn (in the flow ``flow_id``, for someone
        whose app is in ``language``), committed as the engine commits one (its replies
        queued); keep the user it hands back."""
        self.turns += 1
        async with self.store.transaction() as tx:
            context = ActionContext(
                USER_ID, flow_id, answers, tx, self.clock, self.user, channel, language
            )
            result = await action(context)
            replies = [reply_to_dict(reply) for reply in result.replies]
            at = self.clock.now()
            await tx.commit_turn(f"turn-{self.turns}", USER_ID, None, replies, Priority.REPLY, at)
        if result.user is not None:
            self.user = result.user
        return result

    async def join(self) -> None:
        """Keep the user, as the first turn of someone new does."""
        assert self.user is not None
        async with self.store.transaction() as tx:
            await tx.save_user(self.user)

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[Transaction]:
        """Open a later transaction, to see what was kept."""
        async with self.store.transaction() as tx:
            yield tx
