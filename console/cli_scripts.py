"""``agent-console scripts …``: the script library from the command line.

``list`` shows what an agent may use (or the whole library), ``render`` fills a script for a
customer found by phone or account number exactly as the console's preview does (gaps and
unanswered questions are shown, and the exit code is 1 until nothing is missing), ``export``
and ``import`` move the library as a readable JSON file (import is all or nothing and prints
every problem with its line), ``seed`` adds the shipped scripts, ``versions`` shows a script's
history.

Exit codes as everywhere: 0 ok, 1 an error the user can fix, 2 bad usage. This module only
parses and prints; services are imported inside the commands so ``--help`` stays quick.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.cli import EXIT_OK, EXIT_USER_ERROR, _db_option, _print_json
from console.cli_callbacks import _print_table, _user, _utc_text
from console.errors import NotFoundError, UserFacingError
from console.settings import Settings

if TYPE_CHECKING:
    from console.scripts import RenderResult
    from console.services.customers import CustomerSummary
    from console.services.scripts import ScriptView
    from console.storage.db import Database


def add_scripts_parser(sub: Any) -> None:
    scripts = sub.add_parser(
        "scripts",
        help="scripted responses: list, render for a customer, import, export, seed",
        description="The script library: the words agents insert, per language.",
    )
    actions = scripts.add_subparsers(dest="scripts_command", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="the scripts an agent may use (or the whole library)")
    _db_option(ls)
    ls.add_argument("--as", dest="agent", metavar="NAME",
                    help="only what this agent may use in their queues")  # fmt: skip
    ls.add_argument("--queue", metavar="Q", help="only what may be used in this queue")
    ls.add_argument("--search", default="", metavar="TEXT", help="titles and texts containing")
    ls.add_argument("--category", default="", metavar="C", help="only this category")
    ls.add_argument("--all", action="store_true", help="retired scripts too (not with --as)")
    ls.add_argument("--json", action="store_true", help="print a JSON array with the texts")

    render = actions.add_parser(
        "render",
        help="fill a script for a customer (exit 1 while a value or an answer is missing)",
        description="Fill a script for a customer, in their language, as the console's preview "
        "does. Missing values show as [gaps]; the exit code is 1 until nothing is missing.",
    )
    _db_option(render)
    render.add_argument("key", metavar="KEY", help="the script's key, e.g. latte")
    render.add_argument("--customer", required=True, metavar="PHONE_OR_ACCOUNT",
                        help="the customer's phone number or account number")  # fmt: skip
    render.add_argument("--as", dest="agent", metavar="NAME",
                        help="the agent inserting it (default: --user, else the user "
                             "setting)")  # fmt: skip
    render.add_argument("--answer", action="append", default=[], type=_pair, metavar="Q=TEXT",
                        help='answer a question, e.g. --answer "Refund amount=50 EUR"; '
                             "repeatable")  # fmt: skip
    render.add_argument("--fill", action="append", default=[], type=_pair, metavar="FIELD=TEXT",
                        help="a value the record lacks, e.g. "
                             "--fill customer.first_name=Maryam")  # fmt: skip
    render.add_argument("--language", default="", metavar="LANG",
                        help="this variant instead of the customer's language")  # fmt: skip
    render.add_argument("--json", action="store_true", help="print the result as JSON")

    export = actions.add_parser("export", help="write the library to a readable JSON file")
    _db_option(export)
    export.add_argument("file", metavar="FILE", help="the file to write (- for stdout)")
    export.add_argument("--include-retired", action="store_true", help="retired scripts too")

    imp = actions.add_parser(
        "import",
        help="import scripts from a JSON file (all or nothing; problems by line)",
    )
    _db_option(imp)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--as", dest="supervisor", required=True, metavar="NAME",
                     help="the supervisor or admin importing")  # fmt: skip
    imp.add_argument("--json", action="store_true", help="print the report as JSON")

    seed = actions.add_parser("seed", help="add the shipped scripts (running it again is safe)")
    _db_option(seed)
    seed.add_argument("--json", action="store_true", help="print JSON")

    versions = actions.add_parser("versions", help="a script's history: who changed it, when")
    _db_option(versions)
    versions.add_argument("key", metavar="KEY")
    versions.add_argument("--json", action="store_true", help="print JSON with every text")


def _pair(value: str) -> tuple[str, str]:
    name, sep, text = value.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"“{value}” is not NAME=TEXT")
    return name.strip(), text


def cmd_scripts(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from console.storage.db import open_database

    handlers: dict[str, Callable[[argparse.Namespace, Database, Settings], int]] = {
        "list": _cmd_list,
        "render": _cmd_render,
        "export": _cmd_export,
        "import": _cmd_import,
        "seed": _cmd_seed,
        "versions": _cmd_versions,
    }
    db = open_database(url)
    try:
        return handlers[args.scripts_command](args, db, settings)
    finally:
        db.dispose()


# ---- list and versions -----------------------------------------------------------------------


def _cmd_list(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.cli_callbacks import _queue_id
    from console.services.scripts import ScriptService, filter_views

    svc = ScriptService(db)
    agent = _user(db, args.agent).id if args.agent else None
    queues = [_queue_id(db, args.queue)] if args.queue else None
    if args.all and (agent is not None or queues is not None):
        raise UserFacingError(
            "--all lists the whole library, retired scripts too: leave out --as and --queue, "
            "or leave out --all to see what that agent or queue may use."
        )
    if args.all:
        views = filter_views(svc.library(include_retired=True), args.search, args.category)
    else:
        views = svc.search(agent, queues, args.search, args.category)
    if args.json:
        _print_json([script_json(v) for v in views])
        return EXIT_OK
    if not views:
        print("No scripts match.", file=sys.stderr)
        return EXIT_OK
    rows: list[tuple[str, ...]] = [("KEY", "TITLE", "CATEGORY", "SHORTCUT", "LANGUAGES",
                                    "QUEUES", "STATE")]  # fmt: skip
    rows += [
        (v.key, v.title, v.category, v.shortcut, ",".join(v.languages),
         ",".join(v.queues) or "(all)", "active" if v.active else "retired")
        for v in views
    ]  # fmt: skip
    _print_table(rows)
    return EXIT_OK


def _cmd_versions(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.scripts import ScriptService

    history = ScriptService(db).versions(args.key)
    if args.json:
        _print_json(
            [
                {
                    "version": h.version,
                    "action": h.action,
                    "by": h.edited_by or None,
                    "at": _utc_text(h.edited_at),
                    "reason": h.reason,
                    "active": h.active,
                    "content": h.doc.content(),
                }
                for h in history
            ]
        )
        return EXIT_OK
    rows: list[tuple[str, ...]] = [("VERSION", "WHEN (UTC)", "WHO", "WHAT", "REASON")]
    rows += [
        (str(h.version), f"{h.edited_at.astimezone(dt.UTC):%Y-%m-%d %H:%M}",
         h.edited_by or "(the program)", h.action, h.reason)
        for h in history
    ]  # fmt: skip
    _print_table(rows)
    return EXIT_OK


# ---- render ----------------------------------------------------------------------------------


def _cmd_render(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.scripts import ScriptService

    customer = _customer(db, args.customer, settings.default_region)
    acting = args.agent or args.user or settings.user
    agent_id = _user(db, acting).id if acting else None
    svc = ScriptService(db)
    view = svc.get(args.key)
    if not view.active:
        raise UserFacingError(f"The script “{args.key}” is retired; agents no longer see it.")
    result = svc.render(view.id, customer.id, agent_id, answers=dict(args.answer),
                        fill=dict(args.fill), language=args.language)  # fmt: skip
    if args.json:
        _print_json({"key": view.key, "customer_id": customer.id, **render_json(result)})
    else:
        print(result.text)
    if result.ready:
        return EXIT_OK
    _explain_gaps(result)
    return EXIT_USER_ERROR


def _explain_gaps(result: RenderResult) -> None:
    parts = []
    if result.missing:
        parts.append("the customer's record lacks " + ", ".join(result.missing)
                     + ' (give --fill FIELD="…")')  # fmt: skip
    if result.unanswered:
        questions = ", ".join(f"“{q}”" for q in result.unanswered)
        parts.append(f'answer {questions} (give --answer "QUESTION=…")')
    if result.truncated:
        parts.append("the text is too long and was cut")
    print("agent-console: not ready to insert: " + "; ".join(parts) + ".", file=sys.stderr)


def _customer(db: Database, text: str, region: str) -> CustomerSummary:
    """The one customer with exactly this phone or account number."""
    from console.services.customers import CustomerService
    from console.text import account_key

    found = CustomerService(db, default_region=region).find(text, limit=10)
    exact = [
        c for c in found
        if c.matched_by == "phone" or (c.matched_by == "account"
                                       and c.account_no == account_key(text))
    ]  # fmt: skip
    if not exact:
        raise NotFoundError(f"No customer has the phone or account number “{text}”.")
    if len(exact) > 1:
        names = ", ".join(f"{c.full_name} ({c.account_no})" for c in exact)
        raise UserFacingError(f"{len(exact)} customers match “{text}” ({names}): give the "
                              "account number.")  # fmt: skip
    return exact[0]


# ---- export, import, seed --------------------------------------------------------------------


def _cmd_export(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.scripts import ScriptService

    svc = ScriptService(db)
    if args.file == "-":
        sys.stdout.write(svc.export_text(include_retired=args.include_retired))
        return EXIT_OK
    count = svc.export_file(args.file, include_retired=args.include_retired)
    print(f"{count} script(s) written to {args.file}.")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.scripts import ScriptService

    supervisor = _user(db, args.supervisor)
    report = ScriptService(db).import_file(Path(args.file), supervisor.id)
    if args.json:
        _print_json(report.to_json())
    elif report.ok:
        print(report.summary())
    else:
        for issue in report.issues:
            print(issue)
    if not report.ok:
        print(f"agent-console: {report.summary()}", file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


def _cmd_seed(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.scripts import ScriptService

    report = ScriptService(db).seed_shipped()
    if args.json:
        _print_json({"created": list(report.created), "updated": list(report.updated),
                     "unchanged": list(report.unchanged)})  # fmt: skip
        return EXIT_OK
    print(f"Shipped scripts: {len(report.created)} added, {len(report.updated)} updated, "
          f"{len(report.unchanged)} left as they are.")  # fmt: skip
    return EXIT_OK


# ---- output ----------------------------------------------------------------------------------


def script_json(v: ScriptView) -> dict[str, Any]:
    """The stable JSON form of a script (tools rely on these names)."""
    from console.scripts import is_rtl

    return {
        "id": v.id,
        "key": v.key,
        "title": v.title,
        "category": v.category,
        "description": v.description,
        "default_language": v.default_language,
        "shortcut": v.shortcut or None,
        "queues": list(v.queues),
        "languages": list(v.languages),
        "active": v.active,
        "version": v.version,
        "updated_at": _utc_text(v.updated_at),
        "updated_by": v.updated_by or None,
        "variants": [
            {"language": x.language, "title": x.title, "body": x.body, "rtl": is_rtl(x.language)}
            for x in v.variants
        ],
    }


def render_json(r: RenderResult) -> dict[str, Any]:
    return {
        "language": r.language,
        "fallback": r.fallback,
        "rtl": r.rtl,
        "text": r.text,
        "cursor": r.cursor,
        "ready": r.ready,
        "missing": list(r.missing),
        "questions": list(r.questions),
        "unanswered": list(r.unanswered),
        "gaps": [
            {"kind": g.kind, "key": g.key, "label": g.label, "start": g.start, "end": g.end}
            for g in r.gaps
        ],
        "truncated": r.truncated,
    }
