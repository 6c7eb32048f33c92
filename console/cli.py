"""The ``agent-console`` entry point: the GUI by default, plus scriptable sub-commands.

The command line is a stable contract (scripts, the PBX, IVR and tests use it): exit code 0 on
success, 1 for an error the user can fix (one line on stderr saying what to do), 2 for bad
usage. ``--json`` prints one JSON document on stdout with stable field names.

Sub-commands that need no window never import Qt: the GUI is loaded by name only when the
console itself is started, which keeps ``console`` importable and testable without PySide6.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from console import __version__, logs, paths
from console import settings as settings_mod
from console.errors import UserFacingError
from console.settings import Settings

log = logging.getLogger("console.cli")

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors name the command and exit 2 with usage on stderr."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None if top else argparse.SUPPRESS,
        help="database URL (sqlite:///file or postgresql+psycopg://user@host/db); "
        "AGENT_CONSOLE_DB does the same",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="agent-console",
        description="Agent Console: customer history, callbacks, warm transfers and scripts "
        "for contact-center agents. Without a command, starts the console window.",
    )
    parser.add_argument("--version", action="version", version=f"agent-console {__version__}")
    _db_option(parser, top=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on a fresh database filled with realistic demo data",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="act as this user (SQLite; in team mode the login is the user)",
    )
    parser.add_argument(
        "--region",
        metavar="CC",
        help="region for phone numbers typed in national form, e.g. TH (setting default_region)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="apply database migrations")
    _db_option(up)
    st = db_sub.add_parser("status", help="show the schema version of the database")
    _db_option(st)
    st.add_argument("--json", action="store_true", help="print JSON")

    demo = sub.add_parser("demo-data", help="generate realistic demo data at any scale")
    _db_option(demo)
    demo.add_argument("--customers", type=_positive_int, default=2000, metavar="N")
    demo.add_argument(
        "--interactions-per-customer", type=_positive_int, default=11, metavar="K",
        help="average timeline length per customer (default 11)",
    )  # fmt: skip
    demo.add_argument(
        "--callbacks-per-customer", type=float, default=None, metavar="C",
        help="average promised callbacks per customer, history included (default 1)",
    )  # fmt: skip
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--json", action="store_true", help="print JSON")

    customers = sub.add_parser("customers", help="find customers")
    c_sub = customers.add_subparsers(dest="customers_command", metavar="ACTION", required=True)
    find = c_sub.add_parser("find", help="find by phone, name, email or account number")
    _db_option(find)
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--limit", type=_positive_int, default=20, metavar="N")
    find.add_argument("--json", action="store_true", help="print JSON")

    bench = sub.add_parser(
        "bench", help="measure the hot paths against raw SQL (SQLite, and PostgreSQL with --db)"
    )
    _db_option(bench)
    bench.add_argument(
        "--customers", type=_positive_int, default=100_000, metavar="N",
        help="data set size (default 100,000; the full run is 1,000,000)",
    )  # fmt: skip
    bench.add_argument("--samples", type=_positive_int, default=200, metavar="N",
                       help="timed calls per case (default 200)")  # fmt: skip
    bench.add_argument(
        "--claim-seconds", type=_positive_float, default=None, metavar="S",
        help="how long each claim-next run lasts, per side and agent count (default 3)",
    )  # fmt: skip
    bench.add_argument(
        "--no-desktop", action="store_true",
        help="skip the desktop figures (cold start, memory, GUI stalls)",
    )  # fmt: skip
    bench.add_argument("--json", action="store_true", help="print one JSON document")
    bench.add_argument(
        "--only", action="append", default=[], metavar="TEXT",
        help="run only the cases whose name contains TEXT (repeatable; e.g. fuzzy, claim), "
        "without the desktop figures",
    )  # fmt: skip
    bench.add_argument(
        "--load", action="store_true",
        help="instead: many agents at once on PostgreSQL (--db), then count every write",
    )  # fmt: skip
    bench.add_argument(
        "--agents", type=_positive_int, default=50, metavar="N",
        help="with --load: simulated agents, one process each (default 50)",
    )  # fmt: skip
    bench.add_argument(
        "--seconds", type=_positive_float, default=60.0, metavar="S",
        help="with --load: how long they work (default 60)",
    )  # fmt: skip
    bench.add_argument(
        "--think-ms", type=float, default=20.0, metavar="MS",
        help="with --load: mean pause between an agent's operations (default 20)",
    )  # fmt: skip

    settings_p = sub.add_parser("settings", help="show or change settings")
    s_sub = settings_p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    s_show = s_sub.add_parser("show", help="print every setting and where the file is")
    s_show.add_argument("--json", action="store_true", help="print JSON")
    s_set = s_sub.add_parser("set", help="change one setting")
    s_set.add_argument("name")
    s_set.add_argument("value")
    _add_crm_parser(sub)
    _add_import_parser(sub)
    from console.cli_callbacks import add_callbacks_parser  # it imports this module

    add_callbacks_parser(sub)
    from console.cli_scripts import add_scripts_parser

    add_scripts_parser(sub)
    from console.cli_admin import add_admin_parser

    add_admin_parser(sub)

    backlog = sub.add_parser("backlog", help="the supervisor dashboard's figures")
    _db_option(backlog)
    backlog.add_argument(
        "--as", dest="viewer", metavar="NAME",
        help="the supervisor asking (default: --user, else the user setting)",
    )  # fmt: skip
    backlog.add_argument("--zone", metavar="ZONE",
                         help="IANA zone whose days count (default: the viewer's, else this "
                              "computer's)")  # fmt: skip
    backlog.add_argument("--json", action="store_true", help="print one JSON document")

    pop = sub.add_parser(
        "pop", help="screen-pop this caller in the running console (or start one that does)"
    )
    _db_option(pop)
    pop.add_argument("phone", metavar="PHONE", help="the caller's number, in any common format")
    pop.add_argument("--call-id", default="", metavar="ID", help="the PBX's id for the call")
    pop.add_argument("--queue", default="", metavar="Q", help="the queue the call came in on")
    pop_token = sub.add_parser(
        "pop-token", help="print the screen-pop listener's token (generated on first use)"
    )
    pop_token.add_argument(
        "--new", action="store_true", help="replace the token: integrations need the new one"
    )
    return parser


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a number of seconds") from None
    if not 0 < number <= 600:
        raise argparse.ArgumentTypeError("give between 0 and 600 seconds")
    return number


def _positive_int(value: str) -> int:
    try:
        number = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a whole number") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be 1 or more")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = settings_mod.load()
        if args.region:
            settings = dataclasses.replace(settings, default_region=args.region.upper())
        logs.setup()
        return _dispatch(args, settings)
    except UserFacingError as exc:
        print(f"agent-console: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("agent-console: interrupted", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    url = args.db or settings.db_url
    match args.command:
        case None:
            return _run_gui(url, args, settings)
        case "db":
            return _cmd_db(args, url)
        case "demo-data":
            return _cmd_demo_data(args, url)
        case "customers":
            return _cmd_customers_find(args, url, settings)
        case "settings":
            return _cmd_settings(args, settings)
        case "bench":
            return _cmd_bench(args)
        case "pop":
            return _cmd_pop(args, url, settings)
        case "pop-token":
            return _cmd_pop_token(args)
        case "crm":
            return _cmd_crm(args, settings)
        case "import":
            return _cmd_import(args, url, settings)
        case "backlog":
            return _cmd_backlog(args, url, settings)
        case "callbacks":
            from console.cli_callbacks import cmd_callbacks

            return cmd_callbacks(args, url, settings)
        case "scripts":
            from console.cli_scripts import cmd_scripts

            return cmd_scripts(args, url, settings)
        case "admin":
            from console.cli_admin import cmd_admin

            return cmd_admin(args, url, settings)
    raise AssertionError(f"unhandled command {args.command}")


# ---- commands --------------------------------------------------------------------------------


def _run_gui(url: str, args: argparse.Namespace, settings: Settings, pop: Any = None) -> int:
    title = ""
    if args.demo:
        # A fresh demo replaces the demo file: never under a console that is using it.
        if pop is None and importlib.import_module("ui.single_instance").show_running():
            print("agent-console: the console is already running; it has been brought to the "
                  "front.")  # fmt: skip
            return EXIT_OK
        url = _prepare_demo(url)
        title = " — demo"
    gui = importlib.import_module("ui.app")
    result: int = gui.run(url, user=args.user or settings.user or None, settings=settings,
                          title_suffix=title, pop=pop)  # fmt: skip
    return result


def _prepare_demo(url: str) -> str:
    """A fresh SQLite demo file each time, or demo data in an empty database given by --db."""
    from console.demo import build_demo
    from console.storage.db import open_database

    if not url:
        path = paths.demo_db_path()
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    db = open_database(url)
    try:
        if _is_demo(db):
            return url
        summary = build_demo(db)
        log.info("demo data built: %s", summary)
    finally:
        db.dispose()
    return url


def _is_demo(db: Any) -> bool:
    from sqlalchemy import select

    from console.storage.models import Setting

    with db.read() as conn:
        return conn.scalar(select(Setting.value).where(Setting.key == "demo_seed")) is not None


def _cmd_db(args: argparse.Namespace, url: str) -> int:
    from console.storage.db import Database

    db = Database(url)
    try:
        if args.db_command == "upgrade":
            before = db.schema_state()
            state = db.upgrade()
            if before.current == state.current:
                print(f"{db.display} is up to date (schema {state.current}).")
            else:
                print(f"{db.display} upgraded from {before.current or 'empty'} to {state.current}.")
            return EXIT_OK
        state = db.schema_state()
        if args.json:
            _print_json(
                {"database": db.display, "current": state.current, "head": state.head,
                 "up_to_date": state.up_to_date}
            )  # fmt: skip
        else:
            status = "up to date" if state.up_to_date else "behind: run agent-console db upgrade"
            print(f"{db.display}: schema {state.current or 'none'} (program needs {state.head}), "
                  f"{status}")  # fmt: skip
        return EXIT_OK
    finally:
        db.dispose()


def _cmd_demo_data(args: argparse.Namespace, url: str) -> int:
    from console.demo import build_demo
    from console.progress import ProgressBar, no_progress
    from console.storage.db import open_database

    db = open_database(url)
    try:
        summary = build_demo(
            db,
            args.customers,
            seed=args.seed,
            interactions_per_customer=args.interactions_per_customer,
            **(
                {}
                if args.callbacks_per_customer is None
                else {"callbacks_per_customer": args.callbacks_per_customer}
            ),
            progress=no_progress if args.json else ProgressBar(),
        )
    finally:
        db.dispose()
    if args.json:
        _print_json({"database": db.display, **dataclasses.asdict(summary)})
    else:
        print(
            f"Built {summary.customers:,} customers, {summary.interactions:,} interactions, "
            f"{summary.callbacks:,} callbacks, {summary.users} users and {summary.queues} "
            f"queues in {summary.seconds:.1f} s "
            f"({summary.affected:,} customers on the disrupted voyage) at {db.display}."
        )
    return EXIT_OK


def _cmd_customers_find(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from console.services.customers import CustomerService
    from console.storage.db import open_database

    db = open_database(url)
    try:
        found = CustomerService(db, default_region=settings.default_region).find(
            args.text, limit=args.limit
        )
    finally:
        db.dispose()
    if args.json:
        _print_json(
            {
                "query": args.text,
                "count": len(found),
                "customers": [dataclasses.asdict(c) for c in found],
            }
        )
        return EXIT_OK
    if not found:
        print(f"No customer matches “{args.text}”.", file=sys.stderr)
        return EXIT_OK
    rows: list[tuple[str, ...]] = [("ACCOUNT", "NAME", "PHONE", "EMAIL", "COUNTRY", "MATCHED BY")]
    rows += [(c.account_no, c.full_name, c.phone, c.email, c.country, c.matched_by) for c in found]
    _print_table(rows)
    return EXIT_OK


def _cmd_backlog(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from console.services.dashboard import DashboardService, Thresholds, age_text, share_text
    from console.services.users import UserService, local_zone_name
    from console.storage.db import open_database
    from console.validation import is_time_zone

    db = open_database(url)
    try:
        name = args.viewer or args.user or settings.user
        viewer = UserService(db).get(name) if name else None
        zone = args.zone or (viewer.time_zone if viewer else local_zone_name())
        if not is_time_zone(zone):
            raise UserFacingError(
                f"“{zone}” is not a time zone: give an IANA name such as Europe/Tallinn."
            )
        thresholds = Thresholds(settings.dashboard_break_warning_min,
                                settings.dashboard_overdue_alert)  # fmt: skip
        backlog = DashboardService(db).backlog(viewer.id if viewer else None, zone, thresholds)
    finally:
        db.dispose()
    if args.json:
        _print_json(backlog.to_json())
        return EXIT_OK
    local = backlog.at.astimezone(ZoneInfo(zone))
    print(f"Callback backlog at {local:%Y-%m-%d %H:%M} ({zone})")
    _print_table([("FIGURE", "VALUE"), *((t.label, t.text) for t in backlog.tiles)])
    if backlog.alerts:
        print()
        for alert in backlog.alerts:
            print(f"ALERT: {alert.message}")
    for title, rows, first in (("AGENT", backlog.agents, "ON SHIFT"),
                               ("QUEUE", backlog.queues, "UNASSIGNED")):  # fmt: skip
        print()
        table: list[tuple[str, ...]] = [
            (title, first, "OPEN", "DUE NOW", "OVERDUE", "OLDEST OVERDUE", "KEPT 7 DAYS")
        ]
        for r in rows:
            extra = ("yes" if r.on_shift else "no") if title == "AGENT" else f"{r.unassigned:,}"
            table.append((r.name, extra, f"{r.owned:,}", f"{r.due:,}", f"{r.overdue:,}",
                          age_text(r.oldest_overdue_s), share_text(r.kept_share)))  # fmt: skip
        _print_table(table)
    return EXIT_OK


def _cmd_bench(args: argparse.Namespace) -> int:
    from console.bench import format_table, run_bench
    from console.progress import ProgressBar

    if args.load:
        return _cmd_bench_load(args)

    # Only an explicit --db adds PostgreSQL: the settings' everyday database is never used.
    report = run_bench(
        customers=args.customers,
        pg_url=getattr(args, "db", None),
        samples=args.samples,
        desktop=not args.no_desktop,
        claim_seconds=args.claim_seconds,
        progress=ProgressBar(),
        only=args.only,
    )
    print(report.to_json() if args.json else format_table(report))
    return EXIT_OK


def _cmd_bench_load(args: argparse.Namespace) -> int:
    from console.loadtest import LoadError, format_report, run_load

    url = getattr(args, "db", None)
    if not url:
        raise LoadError(
            "'bench --load' needs --db postgresql+psycopg://… (a PostgreSQL database with "
            "demo data: 'agent-console demo-data --customers 20000 --db URL')."
        )
    report = run_load(
        url, agents=args.agents, seconds=args.seconds, think_ms=max(0.0, args.think_ms)
    )
    print(report.to_json() if args.json else format_report(report))
    return EXIT_OK if report.ok else EXIT_USER_ERROR


def _cmd_pop(args: argparse.Namespace, url: str, settings: Settings) -> int:
    """One console per user (a local socket, so Qt): the GUI module does it, loaded by name."""
    gui = importlib.import_module("ui.single_instance")
    result: int = gui.pop_main(
        args.phone,
        call_id=args.call_id,
        queue=args.queue,
        default_region=settings.default_region,
        start=lambda request: _run_gui(url, args, settings, pop=request),
    )
    return result


def _cmd_pop_token(args: argparse.Namespace) -> int:
    from console.integrations.pop_listener import listener_token

    print(listener_token(rotate=args.new))
    if args.new:
        print("agent-console: the screen-pop token was replaced; give the new one to the PBX "
              "and restart the console to use it.", file=sys.stderr)  # fmt: skip
    return EXIT_OK


def _cmd_settings(args: argparse.Namespace, settings: Settings) -> int:
    if args.settings_command == "set":
        current = settings_mod.load_file_only()
        settings_mod.save(settings_mod.with_value(current, args.name, args.value))
        print(f"{args.name} = {args.value} (saved in {settings_mod.settings_path()})")
        return EXIT_OK
    values = settings_mod.shown(settings)
    if args.json:
        _print_json({"file": str(settings_mod.settings_path()), "settings": values})
    else:
        print(f"# {settings_mod.settings_path()}")
        for key, value in values.items():
            print(f"{key} = {value}")
        print(f"# data: {paths.data_dir()}\n# logs: {paths.log_dir()}")
    return EXIT_OK


# ---- the CRM -----------------------------------------------------------------------------------


def _add_crm_parser(sub: Any) -> None:
    crm = sub.add_parser("crm", help="the external CRM: its token, a health check, a lookup")
    crm_sub = crm.add_subparsers(dest="crm_command", metavar="ACTION", required=True)
    token = crm_sub.add_parser("set-token", help="store the CRM's API token in the keyring")
    token.add_argument("--token-stdin", action="store_true",
                       help="read the token from standard input instead of prompting")  # fmt: skip
    check = crm_sub.add_parser("check", help="check that the CRM answers and accepts the token")
    check.add_argument("--json", action="store_true", help="print JSON")
    lookup = crm_sub.add_parser("lookup", help="ask the CRM about a phone number (stores nothing)")
    lookup.add_argument("phone", metavar="PHONE")
    lookup.add_argument("--json", action="store_true", help="print JSON")


def _cmd_crm(args: argparse.Namespace, settings: Settings) -> int:
    from console import phones, secrets
    from console.integrations import crm

    if args.crm_command == "set-token":
        if args.token_stdin:
            token = sys.stdin.readline().strip()
        else:
            import getpass

            token = getpass.getpass("CRM token (not shown): ").strip()
        try:
            crm.check_token(token)
        except crm.CrmError:
            raise UserFacingError(
                "That is not a CRM token (empty, or with spaces, line breaks or non-ASCII "
                "letters): paste it exactly as the CRM issued it."
            ) from None
        secrets.set_secret(crm.TOKEN_SECRET, token)
        print("The CRM token is stored in the keyring.")
        return EXIT_OK
    connector = crm.CrmConnector.from_settings(settings)
    if connector is None:
        raise UserFacingError(
            "No CRM is set up: give its address with `agent-console settings set crm_url "
            "https://crm.example.com/api`."
        )
    with connector:
        if args.crm_command == "check":
            health = connector.check()
            if args.json:
                _print_json({"ok": True, **dataclasses.asdict(health)})
            else:
                print(f"The CRM at {health.url} answered in {health.latency_ms} ms: "
                      f"{health.status}; the token is accepted.")  # fmt: skip
            return EXIT_OK
        e164 = phones.parse_phone(args.phone, settings.default_region).e164
        found = connector.lookup(e164)
    if args.json:
        customers = [dataclasses.asdict(c) for c in found]
        _print_json({"phone": e164, "count": len(found), "customers": customers})
        return EXIT_OK
    if not found:
        print(f"The CRM knows no customer with the number {phones.display(e164)}.", file=sys.stderr)
        return EXIT_OK
    rows: list[tuple[str, ...]] = [("CRM ID", "ACCOUNT", "NAME", "PHONE", "COUNTRY", "TIME ZONE")]
    rows += [(c.crm_id, c.account_no, c.full_name, phones.display(c.phones[0]) if c.phones else "",
              c.country, c.time_zone) for c in found]  # fmt: skip
    _print_table(rows)
    return EXIT_OK


def _add_import_parser(sub: Any) -> None:
    imp = sub.add_parser("import", help="import data exported from a CRM (all or nothing)")
    i_sub = imp.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    cust = i_sub.add_parser(
        "customers",
        help="import customers from a CSV file (UTF-8, or Excel's Unicode text); every row is "
        "checked first and one bad row imports nothing",
    )
    _db_option(cust)
    cust.add_argument("file", metavar="FILE", help="the CSV file, with a header row")
    cust.add_argument(
        "--region", metavar="CC", default=argparse.SUPPRESS,
        help="region for national phone numbers in rows without a country, e.g. TH",
    )  # fmt: skip
    cust.add_argument(
        "--map", metavar="COLUMN=FIELD", action="append", default=[], type=_import_map,
        help="read COLUMN as FIELD (account_no, full_name, phone, email, time_zone, language, "
        "country, do_not_call, tags, custom, custom:NAME or ignore); repeatable",
    )  # fmt: skip
    cust.add_argument("--json", action="store_true", help="print the report as JSON")


def _import_map(value: str) -> tuple[str, str]:
    from console.importer import parse_map_option

    try:
        return parse_map_option(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _cmd_import(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from console.importer import import_customers
    from console.progress import ProgressBar, no_progress
    from console.storage.db import open_database

    db = open_database(url)
    try:
        report = import_customers(
            db,
            args.file,
            default_region=settings.default_region,
            mapping=dict(args.map),
            progress=no_progress if args.json else ProgressBar(),
        )
    finally:
        db.dispose()
    if args.json:
        _print_json(report.to_json())
    elif report.ok:
        print(report.summary())
    else:
        for rejection in report.rejected:
            print(rejection.describe())
    if not report.ok:
        print(f"agent-console: {report.summary()}", file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


# ---- output ----------------------------------------------------------------------------------


def _print_json(doc: Any, stream: TextIO | None = None) -> None:
    json.dump(doc, stream or sys.stdout, ensure_ascii=False, indent=2, default=str)
    (stream or sys.stdout).write("\n")


def _print_table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
