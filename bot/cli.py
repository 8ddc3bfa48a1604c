"""reconnect: a companion for people who feel emotionally detached, on Telegram or here."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import SHARED_KEY_NEEDED, Settings
from bot.logs import setup_logging

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reconnect", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot on Telegram (needs TELEGRAM_BOT_TOKEN)")
    commands.add_parser("chat", help="talk to the bot in this terminal (no token needed)")
    flows = commands.add_parser("flows", help="check or draw the conversation flows")
    flow_commands = flows.add_subparsers(dest="flows_command", required=True)
    check = flow_commands.add_parser("check", help="validate and lint flow files")
    check.add_argument(
        "path", nargs="?", type=Path, help="a flow file or folder (default: flows/)"
    )
    graph = flow_commands.add_parser("graph", help="print a flow as a Graphviz DOT graph")
    graph.add_argument("flow", help="the flow id")
    i18n = commands.add_parser("i18n", help="check the catalogs of the languages")
    i18n_commands = i18n.add_subparsers(dest="i18n_command", required=True)
    i18n_commands.add_parser("check", help="check every shipped language is complete")
    todo = i18n_commands.add_parser(
        "todo", help="print the texts a language lacks, in English, as Fluent to translate"
    )
    todo.add_argument("language", help="a language folder under data/locales (ru, es, pt-BR)")
    todo.add_argument("area", nargs="?", default="", help="only keys starting with this")
    safety = commands.add_parser("safety", help="audit the crisis screen")
    safety_commands = safety.add_subparsers(dest="safety_command", required=True)
    scan = safety_commands.add_parser("scan", help="print the screen's verdict for each line")
    scan.add_argument("file", type=Path, help="a text file, one message per line")
    evaluate = safety_commands.add_parser(
        "eval", help="print recall and false alarms by language and category on a corpus"
    )
    evaluate.add_argument(
        "folder", nargs="?", type=Path, help="<language>.tsv files (default: the held-out set)"
    )
    evaluate.add_argument("--brief", action="store_true", help="languages only, no categories")
    build = safety_commands.add_parser(
        "build", help="rebuild the lemma table and the model (needs the train extra)"
    )
    build.add_argument("--train", type=Path, help="the training corpus folder")
    keys = commands.add_parser("keys", help="manage the encryption key")
    keys_commands = keys.add_subparsers(dest="keys_command", required=True)
    keys_commands.add_parser(
        "rotate", help="re-seal everything under a new key (stop the bot first; resumable)"
    )
    database = commands.add_parser("db", help="the database: migrate it, or copy it")
    db_commands = database.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("migrate", help="bring the database's schema up to date")
    copy = db_commands.add_parser(
        "copy", help="copy every row into an empty database (SQLite or postgresql://...)"
    )
    copy.add_argument("source", help="a SQLite file or a postgresql:// URL")
    copy.add_argument("target", help="a SQLite file or a postgresql:// URL (empty)")
    backup = commands.add_parser(
        "backup", help="copy the SQLite database to a new file, while the bot runs"
    )
    backup.add_argument("path", type=Path, help="the new file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    settings = Settings.from_env()
    # In the terminal, log lines would land between the bot's: they go to a file beside
    # the database instead.
    log_file = settings.database.with_suffix(".log") if args.command == "chat" else None
    setup_logging(settings.log_level, [settings.token or ""], log_file)
    if args.command in {"db", "backup"}:  # no key needed: nothing sealed is opened
        return _db(settings, args)
    if (
        settings.database_url
        and not settings.encryption_key
        and args.command
        not in {
            "flows",
            "i18n",
        }
    ):
        print(f"reconnect: {SHARED_KEY_NEEDED}", file=sys.stderr)
        return 2
    if args.command == "run":
        return _run(settings)
    if args.command == "chat":
        return _chat(settings)
    if args.command == "flows" and args.flows_command == "check":
        return _flows_check(args.path or settings.flows_dir, settings)
    if args.command == "i18n" and args.i18n_command == "todo":
        return _i18n_todo(settings, args.language, args.area)
    if args.command == "i18n":
        return _i18n_check(settings)
    if args.command == "flows" and args.flows_command == "graph":
        return _flows_graph(settings, args.flow)
    if args.command == "safety":
        from bot.safety import commands as safety

        if args.safety_command == "scan":
            return safety.scan(settings, args.file)
        if args.safety_command == "eval":
            return safety.evaluate(settings, args.folder, by_category=not args.brief)
        if args.safety_command == "build":
            return safety.build(settings, args.train)
    if args.command == "keys" and args.keys_command == "rotate":
        return _keys_rotate(settings)
    return 2


def _db(settings: Settings, args: argparse.Namespace) -> int:
    from bot import db_commands

    if args.command == "backup":
        return db_commands.backup(settings, args.path)
    if args.db_command == "copy":
        return db_commands.copy(args.source, args.target)
    return db_commands.migrate(settings)


def _keys_rotate(settings: Settings) -> int:
    from bot.privacy.keys import rotate_env_keys, rotate_key_file

    def progress(done: int) -> None:
        print(f"re-sealed {done:,} values", flush=True)

    try:
        if settings.encryption_key:
            result = asyncio.run(
                rotate_env_keys(
                    settings.store_location, settings.encryption_key, progress=progress
                )
            )
        else:
            result = asyncio.run(
                rotate_key_file(settings.database, settings.key_file, progress=progress)
            )
    except (ValueError, FileNotFoundError) as error:
        print(f"reconnect keys rotate: {error}", file=sys.stderr)
        return 2
    print(f"done: {result.resealed:,} values re-sealed under the new key")
    if settings.encryption_key:
        print("now set RECONNECT_ENCRYPTION_KEY to the new key alone, and start the bot")
    else:
        print(f"the key file {settings.key_file} now holds only the new key: back it up")
    return 0


def _run(settings: Settings) -> int:
    from bot.telegram.runner import START_HELP, PollingRefused, serve

    if not settings.token:
        print(START_HELP, file=sys.stderr)
        return 2
    if settings.webhook_url and not settings.webhook_secret:
        print(
            "RECONNECT_WEBHOOK_URL is set but RECONNECT_WEBHOOK_SECRET is not: set a secret "
            "(letters, digits, _ and -) so that only Telegram can post to the webhook.",
            file=sys.stderr,
        )
        return 2
    try:
        asyncio.run(serve(settings))
    except PollingRefused as refused:
        print(refused, file=sys.stderr)
        return 3
    return 0


def _chat(settings: Settings) -> int:
    from bot.app import open_app
    from bot.console import TERMINAL, Console, terminal_language

    async def talk() -> None:
        async with open_app(settings, channel=TERMINAL) as app:
            language = terminal_language(os.environ)
            await Console(app, sys.stdout, language=language).run(sys.stdin)

    # Ctrl-C always leaves with a goodbye, even when whatever started us ignored it (a shell
    # runs background jobs so, and children inherit it): asyncio handles only the default.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        asyncio.run(talk())
    except KeyboardInterrupt:
        return 130
    return 0


def _flows_check(path: Path, settings: Settings) -> int:
    from bot.app import check_flows

    shipped = path.resolve() == settings.flows_dir.resolve()
    problems = check_flows(path, data=settings.data_dir if shipped else None)
    for problem in problems:
        print(problem, flush=True)
    failures = [problem for problem in problems if not problem.warning]
    if problems:
        print(
            f"{len(failures)} problem(s), {len(problems) - len(failures)} warning(s) found",
            file=sys.stderr,
        )
    if failures:
        return 1
    print(f"{path}: all flows are clean")
    return 0


def _i18n_check(settings: Settings) -> int:
    from bot.app import build_registry, load_flows
    from bot.i18n.check import check_all

    flows = load_flows(settings.flows_dir, build_registry(settings), settings.data_dir)
    problems = check_all(flows, settings.data_dir)
    for problem in problems:
        print(problem, flush=True)
    failures = [problem for problem in problems if not problem.warning]
    if failures:
        print(f"{len(failures)} problem(s) in the shipped languages", file=sys.stderr)
        return 1
    print(f"{settings.data_dir / 'locales'}: every shipped language is complete")
    return 0


def _i18n_todo(settings: Settings, language: str, area: str) -> int:
    from bot.app import build_registry, load_flows
    from bot.i18n.check import missing_texts
    from bot.i18n.fluent_text import as_fluent

    flows = load_flows(settings.flows_dir, build_registry(settings), settings.data_dir)
    missing = missing_texts(flows, settings.data_dir, language)
    for key, english in missing.items():
        if key.startswith(area):
            print(as_fluent(key, english), end="")
    print(f"# {len(missing)} texts missing in {language}", file=sys.stderr)
    return 0


def _flows_graph(settings: Settings, flow_id: str) -> int:
    from bot.app import build_registry, load_flows
    from bot.engine.graph import to_dot

    flows = load_flows(settings.flows_dir, build_registry(settings), settings.data_dir)
    if flow_id not in flows:
        print(f"no flow {flow_id!r}; known: {', '.join(sorted(flows))}", file=sys.stderr)
        return 1
    print(to_dot(flows[flow_id]))
    return 0
