"""The conversation engine: YAML flows on `transitions`, pure of I/O but for its ports."""

from bot.engine.actions import Action, ActionContext, ActionRegistry, ActionResult
from bot.engine.engine import Engine, Outcome
from bot.engine.events import (
    Attachment,
    Choice,
    Event,
    EventKind,
    Reply,
    reply_from_dict,
    reply_to_dict,
)
from bot.engine.flow_loader import LoadedFlow, Problem, flow_files, load_all
from bot.engine.flow_model import Flow
from bot.engine.lint import lint
from bot.engine.runtime import FlowRuntime
from bot.engine.session import Frame, Session
from bot.engine.texts import Texts

__all__ = [
    "Action",
    "ActionContext",
    "ActionRegistry",
    "ActionResult",
    "Attachment",
    "Choice",
    "Engine",
    "Event",
    "EventKind",
    "Flow",
    "FlowRuntime",
    "Frame",
    "LoadedFlow",
    "Outcome",
    "Problem",
    "Reply",
    "Session",
    "Texts",
    "flow_files",
    "lint",
    "load_all",
    "reply_from_dict",
    "reply_to_dict",
]
