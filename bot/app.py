"""Put the pieces together: flows, words, actions, store and engine, from settings."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from bot.clock import Clock, SystemClock
from bot.config import SHARED_KEY_NEEDED, Settings, is_server_url
from bot.engine import (
    ActionRegistry,
    Engine,
    Flow,
    FlowRuntime,
    Problem,
    Texts,
    flow_files,
    load_all,
)
from bot.engine import lint as lint_flows
from bot.engine.answers import Vocabulary
from bot.engine.flow_loader import LoadedFlow
from bot.engine.length import long_data_texts, long_flow_texts
from bot.features.catalogue import FEATURES, KEPT
from bot.features.feature import Needs
from bot.i18n import Catalogs, Words
from bot.i18n.check import check_all
from bot.maintenance import keep_tidy, tidy
from bot.metrics import Metrics
from bot.privacy.crypto import CipherError, FieldCipher, load_or_create_keys
from bot.safety import actions as safety_actions
from bot.safety.helplines import Helplines
from bot.safety.screen import CrisisScreen, ScreenFiles
from bot.storage.protocol import BotStore
from bot.storage.sqlite import SqliteStore

# The flow each verdict of the crisis screen starts: "<level>" or "<level>.<kind>".
SAFETY_FLOWS = {
    "crisis": "crisis",
    "crisis.now": "emergency",
    "crisis.danger": "danger",
    "crisis.other": "someone_else",
    "concern": "concern",
    # A rule for an emergency or for danger from someone, that the model was unsure of: the
    # answer for that risk still fits ("if you have taken something...") better than the
    # question about suicide.
    "concern.now": "emergency",
    "concern.danger": "danger",
    "concern.other": "someone_else",
}
CONSENT_FLOW = "start"  # where a flow that needs consent sends someone who has not given it


class FlowsInvalid(Exception):
    """The shipped flows have problems; each one names file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def build_registry(settings: Settings | None = None) -> ActionRegistry:
    """Return the registry of every action flows may call."""
    data = settings.data_dir if settings is not None else Settings.from_env(dotenv=False).data_dir
    registry = ActionRegistry()
    needs = Needs(
        data,
        Helplines.load(data / "helplines.yaml"),
        Texts.load(data / "safety.yaml", safety_actions.WORDS),
        settings.default_country if settings is not None else None,
        KEPT,
    )
    for feature in FEATURES:
        feature.register(registry, needs)
    return registry


def build_screen(settings: Settings) -> CrisisScreen:
    """Return the crisis screen over the shipped (or configured) lexicon and model."""
    return CrisisScreen.load(ScreenFiles.under(settings.data_dir))


def check_flows(
    path: Path, registry: ActionRegistry | None = None, data: Path | None = None
) -> list[Problem]:
    """Load and lint the flows at ``path`` and find texts too long for one message (in the
    flows, and in the catalogs in ``data`` if given); return every problem."""
    loaded, problems = load_all(flow_files(path))
    if data is not None:  # the questionnaires and lessons in data/ are flows too
        problems += _add_generated(loaded, data)
    problems += lint_flows(loaded, registry or build_registry())
    problems += long_flow_texts(loaded)  # not at start-up: a long text is no reason to stop
    if data is not None:
        problems += long_data_texts(data)
        # What a language being written lacks is for `reconnect i18n check` to list.
        problems += check_all({k: item.flow for k, item in loaded.items()}, data, progress=False)
    return sorted(problems, key=lambda problem: (problem.file, problem.line))


def load_flows(path: Path, registry: ActionRegistry, data: Path | None = None) -> dict[str, Flow]:
    """Load the flows (and those the files in ``data`` make: questionnaires, lessons, the
    activity list),
    refusing to start on any problem."""
    loaded, problems = load_all(flow_files(path))
    if data is not None:
        problems += _add_generated(loaded, data)
    problems += lint_flows(loaded, registry)
    if problems:
        raise FlowsInvalid(problems)
    return {flow_id: item.flow for flow_id, item in loaded.items()}


def _add_generated(loaded: dict[str, LoadedFlow], data: Path) -> list[Problem]:
    """Add the flows made from data files to ``loaded``; return their problems and clashes."""
    problems: list[Problem] = []
    sources = (feature.flows(data) for feature in FEATURES if feature.flows is not None)
    for source in sources:
        problems += source.problems
        for flow_id, item in source.loaded_flows().items():
            if flow_id in loaded:
                message = f"id {flow_id!r} is also the flow in {loaded[flow_id].file}; rename one"
                problems.append(Problem(item.file, 1, message))
                continue
            loaded[flow_id] = item
    return problems


@dataclass(frozen=True, slots=True)
class App:
    """A running engine and the store behind it."""

    engine: Engine
    store: BotStore
    settings: Settings
    metrics: Metrics  # what the engine and channel counted, for /metrics


def build_runtime(settings: Settings, channel: str = "telegram") -> FlowRuntime:
    """Load flows, words and actions into a runtime for a channel."""
    registry = build_registry(settings)
    flows = load_flows(settings.flows_dir, registry, settings.data_dir)
    texts = Texts.load(settings.data_dir / "engine.yaml")
    vocabulary = Vocabulary.load_all(
        settings.data_dir / "answers.yaml", settings.data_dir / "locales"
    )
    return FlowRuntime(
        flows, registry, texts, consent_flow=CONSENT_FLOW, channel=channel, vocabulary=vocabulary
    )


def build_store(
    location: Path | str, cipher: FieldCipher, settings: Settings | None = None
) -> BotStore:
    """Build the store (not opened yet): the one place the backend is chosen. A
    ``postgresql://`` URL is a PostgreSQL server (its leases from ``settings``, if set);
    anything else is a SQLite file."""
    if isinstance(location, str) and is_server_url(location):
        from bot.storage.postgres import PostgresStore  # the postgres extra

        outbox: timedelta | None = None  # None: the store's defaults
        prompt: timedelta | None = None
        if settings is not None and settings.outbox_lease_seconds is not None:
            outbox = timedelta(seconds=settings.outbox_lease_seconds)
        if settings is not None and settings.prompt_lease_seconds is not None:
            prompt = timedelta(seconds=settings.prompt_lease_seconds)
        return PostgresStore(location, cipher, outbox_lease=outbox, prompt_lease=prompt)
    return SqliteStore(location, cipher)


@asynccontextmanager
async def open_app(
    settings: Settings, clock: Clock | None = None, channel: str = "telegram"
) -> AsyncIterator[App]:
    """Open the store and build the engine for a channel; close the store on the way out."""
    runtime = build_runtime(settings, channel)
    if settings.database_url and not settings.encryption_key:
        raise CipherError(SHARED_KEY_NEEDED)
    keys = load_or_create_keys(settings.encryption_key, settings.key_file)
    store = build_store(settings.store_location, FieldCipher(keys), settings)
    await store.open()
    metrics = Metrics()
    try:
        engine = Engine(
            store,
            clock or SystemClock(),
            runtime,
            screen=build_screen(settings),
            safety_flows=SAFETY_FLOWS,
            observer=metrics,
            words=Words(Catalogs.load(settings.data_dir / "locales")),
        )
        await tidy(store, engine.clock, settings.retention_days)  # at start, before any turn
        housekeeping = asyncio.create_task(
            keep_tidy(store, engine.clock, settings.retention_days, first=False)
        )
        try:
            yield App(engine, store, settings, metrics)
        finally:
            housekeeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await housekeeping
    finally:
        await store.close()
