"""``agent-console callbacks …``: promised callbacks from scripts, the IVR and web forms.

An IVR ("press 1 to be called back") or a web form only knows the caller's number and maybe a
time, so ``add`` finds the customer by number and takes the time on the customer's clock; the
callbacks service does every check (calling window, holidays, daylight-saving edges,
do-not-call) exactly as it does for the callback form, and its refusals reach the caller as one
message and exit code 1. The other actions are the same service operations for agents' scripts
and cron jobs: list, claim the next one (exit 3 when nothing is due), record an outcome, export
an iCalendar, and the supervisor's windows, queue policies and priority rules.

This module only parses and prints; ``console.cli`` registers it and turns ``UserFacingError``
into exit code 1. Services are imported inside the commands so that ``agent-console --help``
and the other sub-commands stay quick to start.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from console.cli import EXIT_OK, EXIT_USER_ERROR, _db_option, _positive_int, _print_json
from console.errors import NotFoundError, UserFacingError
from console.settings import Settings

if TYPE_CHECKING:
    from console.scheduling import AmbiguousLocalTime, NonexistentLocalTime, SlotRefused
    from console.services.callbacks import CallbackView, QueuePolicy
    from console.services.customers import CustomerSummary
    from console.services.priority import Rule
    from console.services.users import UserInfo
    from console.storage.db import Database

EXIT_NOTHING_DUE = 3
"""``claim-next`` found nothing due: not an error, but a script must be able to tell."""

# The outcomes a script may record (the service's OUTCOMES without "reschedule", which needs a
# new time and is offered in the window) and the priority rule kinds; spelled out here so the
# parser is built without importing the database layer (a test keeps them in step).
RESULTS = ("reached", "no_answer", "busy", "voicemail", "wrong_number")
RULE_KINDS = ("tag", "field_equals", "date_within_days", "broken_promises", "in_open_incident")
# --at years outside this range are refused as bad usage: nobody promises a callback for 1850
# or 2300, and the calendar arithmetic overflows near the ends of datetime's range.
MIN_YEAR, MAX_YEAR = 2000, 2199

_AT = re.compile(
    r"(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})-(?P<d>[0-9]{2})[ Tt](?P<h>[0-9]{2}):(?P<mi>[0-9]{2})"
    r"(?::(?P<s>[0-9]{2}))?"
    r"(?:(?P<z>[Zz])|\s*(?P<sign>[+-])(?P<oh>[0-9]{2})(?::?(?P<om>[0-9]{2}))?)?"
)
_AT_EXAMPLE = (
    "give the customer's local time as YYYY-MM-DD HH:MM (e.g. 2026-11-24 14:00), or an instant "
    "with its offset such as 2026-11-24T10:30Z or 2026-11-24T14:00+03:30"
)

_ADD_EPILOG = f"""\
TIME is the customer's local wall-clock time, "YYYY-MM-DD HH:MM" (or YYYY-MM-DDTHH:MM).
An ISO time with an offset or Z ("2026-11-24T10:30Z") is taken as that instant and
converted to the customer's time zone. A TIME that cannot be read, or a year outside
{MIN_YEAR}-{MAX_YEAR}, is bad usage: exit code 2. A time the customer's rules refuse
(outside their calling window, a public holiday, in the past, a daylight-saving gap or
a repeated hour) exits 1 with the reason; a refused slot adds a line
"Next possible: YYYY-MM-DD HH:MM (zone)".

Without --agent the callback belongs to a queue (--queue, else the acting user's first
queue); the acting user is `agent-console --user NAME callbacks add ...` or the user
setting. With --agent it belongs to that agent, who is also the acting user.
"""


# ---- the parser --------------------------------------------------------------------------------


def add_callbacks_parser(sub: Any) -> None:
    cb = sub.add_parser(
        "callbacks",
        help="promised callbacks: add (IVR, web forms), list, claim, outcomes, calendar, rules",
        description="Promised callbacks from the command line. Times are the customer's.",
    )
    actions = cb.add_subparsers(dest="callbacks_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        help="promise a callback to the customer with this number",
        description="Promise a callback to the customer with this number (an IVR or web form).",
        epilog=_ADD_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _db_option(add)
    add.add_argument(
        "--phone",
        required=True,
        metavar="P",
        help="the customer's number, international or national (see --region)",
    )
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument(
        "--at",
        type=parse_at,
        metavar="TIME",
        help="the customer's local time, YYYY-MM-DD HH:MM (see below)",
    )
    when.add_argument("--asap", action="store_true", help="as soon as their calling window allows")
    when.add_argument(
        "--next-window", action="store_true", help="when their next calling window opens"
    )
    add.add_argument("--queue", metavar="Q", help="the queue that owns it (or takes it over)")
    add.add_argument("--note", default="", metavar="N", help="what the customer wants")
    add.add_argument("--agent", metavar="NAME", help="the agent who owns it (username)")
    add.add_argument(
        "--duration",
        type=_positive_int,
        default=30,
        metavar="MIN",
        help="length of the promised window in minutes (default 30)",
    )
    add.add_argument(
        "--fold",
        type=int,
        choices=(0, 1),
        help="a local time that happens twice: 0 = the first, 1 = the second "
        "(a TIME with an offset needs none)",
    )
    add.add_argument(
        "--region",
        metavar="CC",
        default=argparse.SUPPRESS,
        help="region for a national number, e.g. IR (setting default_region)",
    )
    add.add_argument("--json", action="store_true", help="print the callback as JSON")

    ls = actions.add_parser("list", help="callbacks in work order (overdue, priority, due time)")
    _db_option(ls)
    which = ls.add_mutually_exclusive_group()
    which.add_argument("--due", action="store_true", help="only open ones due now")
    which.add_argument(
        "--overdue", action="store_true", help="only open ones whose window has passed"
    )
    which.add_argument(
        "--all-states",
        action="store_true",
        help="closed ones too (kept, broken, failed, cancelled)",
    )
    whose = ls.add_mutually_exclusive_group()
    whose.add_argument("--agent", metavar="NAME", help="owned or claimed by this agent")
    whose.add_argument("--queue", metavar="NAME", help="waiting in this queue (no owner yet)")
    ls.add_argument(
        "--limit",
        type=_positive_int,
        default=100,
        metavar="N",
        help="at most N callbacks (default 100)",
    )
    ls.add_argument("--json", action="store_true", help="print a JSON array")

    claim = actions.add_parser(
        "claim-next",
        help="take the top due callback of an agent's work list (exit 3 when none is due)",
    )
    _db_option(claim)
    claim.add_argument("--agent", required=True, metavar="NAME")
    claim.add_argument("--queue", metavar="Q", help="only from this queue (and the agent's own)")
    claim.add_argument(
        "--json", action="store_true", help="print the callback as JSON (null when nothing is due)"
    )

    outcome = actions.add_parser("outcome", help="record what happened on a callback attempt")
    _db_option(outcome)
    outcome.add_argument("id", type=_positive_int, metavar="ID")
    outcome.add_argument("--agent", required=True, metavar="NAME")
    outcome.add_argument("--result", required=True, choices=RESULTS)
    outcome.add_argument("--note", default="", metavar="N")
    outcome.add_argument("--json", action="store_true", help="print the callback as JSON")

    ics = actions.add_parser("export-ics", help="an agent's open callbacks as an iCalendar file")
    _db_option(ics)
    ics.add_argument("--agent", required=True, metavar="NAME")
    ics.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="write the calendar here (replaced in one step); default stdout",
    )

    windows = actions.add_parser("windows", help="calling windows per queue and/or country")
    w_sub = windows.add_subparsers(dest="windows_command", metavar="ACTION", required=True)
    w_list = w_sub.add_parser("list", help="the calling windows that are set")
    _db_option(w_list)
    w_list.add_argument("--json", action="store_true", help="print JSON")
    w_set = w_sub.add_parser("set", help='set one, e.g. "Mon-Fri 09:00-20:00; Sat 10:00-16:00"')
    _db_option(w_set)
    w_set.add_argument("windows", metavar="WINDOWS", help="days and HH:MM-HH:MM spans")
    w_set.add_argument("--queue", metavar="Q", help="for this queue only")
    w_set.add_argument("--country", metavar="CC", help="for customers in this country only")
    w_set.add_argument(
        "--no-holidays", action="store_true", help="call on the country's public holidays too"
    )

    policy = actions.add_parser("policy", help="show or change a queue's retry policy")
    _db_option(policy)
    policy.add_argument("--queue", required=True, metavar="Q")
    policy.add_argument(
        "--retry", metavar="STEPS", help='retry steps after no answer, e.g. "+15m,+1h,next_window"'
    )
    policy.add_argument(
        "--max-attempts", type=int, metavar="N", help="attempts before the callback fails (1-20)"
    )
    policy.add_argument(
        "--grace",
        type=int,
        metavar="MIN",
        help="minutes an untouched personal callback waits before it moves to the queue",
    )
    policy.add_argument(
        "--tolerance",
        type=int,
        metavar="MIN",
        help="minutes after the window a reach still keeps the promise",
    )
    policy.add_argument("--json", action="store_true", help="print JSON")

    rules = actions.add_parser("rules", help="priority rules: what puts a callback on top")
    r_sub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    r_list = r_sub.add_parser("list", help="every rule, active or not")
    _db_option(r_list)
    r_list.add_argument("--json", action="store_true", help="print JSON")
    r_add = r_sub.add_parser("add", help="add a rule (applies to callbacks scheduled from now)")
    _db_option(r_add)
    r_add.add_argument("name", metavar="NAME", help="what agents see as the reason")
    r_add.add_argument("--kind", required=True, choices=RULE_KINDS)
    r_add.add_argument(
        "--field",
        default="",
        metavar="F",
        help="the customer field (field_equals, date_within_days)",
    )
    r_add.add_argument(
        "--value", default="", metavar="V", help="the tag, the field value, or a number of days"
    )
    r_add.add_argument(
        "--points",
        required=True,
        type=int,
        metavar="N",
        help="points added when it matches (-1000 to 1000)",
    )
    r_add.add_argument("--json", action="store_true", help="print the rule as JSON")
    for verb in ("disable", "enable"):
        r_toggle = r_sub.add_parser(verb, help=f"{verb} a rule")
        _db_option(r_toggle)
        r_toggle.add_argument("rule_id", type=_positive_int, metavar="ID")

    reassign = actions.add_parser(
        "reassign",
        help="a supervisor moves callbacks to an agent or a queue (recorded with the reason)",
    )
    _db_option(reassign)
    reassign.add_argument("ids", type=_positive_int, nargs="+", metavar="ID")
    reassign.add_argument("--as", dest="supervisor", required=True, metavar="NAME",
                          help="the supervisor doing it")  # fmt: skip
    target = reassign.add_mutually_exclusive_group(required=True)
    target.add_argument("--to-agent", metavar="NAME")
    target.add_argument("--to-queue", metavar="QUEUE")
    reassign.add_argument("--reason", required=True,
                          help="why (required; kept in the event log and timeline)")  # fmt: skip
    reassign.add_argument("--json", action="store_true", help="print the callbacks as JSON")

    sweep = actions.add_parser(
        "sweep",
        help="hand on untouched callbacks and release abandoned claims now (for cron)",
    )
    _db_option(sweep)
    sweep.add_argument("--json", action="store_true", help="print JSON")


def parse_at(text: str) -> dt.datetime:
    """``--at``: a naive local wall-clock time, or an aware instant when an offset is given.

    Read strictly (not ``fromisoformat``, which also takes week dates and compact forms) so
    that what a web form sends either means exactly one thing or is refused as bad usage.
    """
    shown = text if len(text) <= 40 else text[:39] + "…"
    match = _AT.fullmatch(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"“{shown}” is not a time: {_AT_EXAMPLE}")
    parts = match.groupdict()
    if parts["s"] not in (None, "00"):
        raise argparse.ArgumentTypeError(f"“{shown}”: callbacks are planned to the minute")
    year = int(parts["y"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"“{shown}”: the year must be between {MIN_YEAR} and {MAX_YEAR}"
        )
    tz: dt.tzinfo | None = None
    if parts["z"]:
        tz = dt.UTC
    elif parts["sign"]:
        hours, minutes = int(parts["oh"]), int(parts["om"] or 0)
        if hours > 23 or minutes > 59:
            raise argparse.ArgumentTypeError(f"“{shown}” has an impossible UTC offset")
        offset = dt.timedelta(hours=hours, minutes=minutes)
        tz = dt.timezone(-offset if parts["sign"] == "-" else offset)
    try:
        return dt.datetime(
            year, int(parts["mo"]), int(parts["d"]), int(parts["h"]), int(parts["mi"]), tzinfo=tz
        )
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{shown}” is not a real date and time: {_AT_EXAMPLE}"
        ) from None


# ---- dispatch ----------------------------------------------------------------------------------


def cmd_callbacks(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from console.storage.db import open_database

    handlers: dict[str, Callable[[argparse.Namespace, Database, Settings], int]] = {
        "add": _cmd_add,
        "list": _cmd_list,
        "claim-next": _cmd_claim_next,
        "outcome": _cmd_outcome,
        "export-ics": _cmd_export_ics,
        "windows": _cmd_windows,
        "policy": _cmd_policy,
        "rules": _cmd_rules,
        "sweep": _cmd_sweep,
        "reassign": _cmd_reassign,
    }
    db = open_database(url)
    try:
        return handlers[args.callbacks_command](args, db, settings)
    finally:
        db.dispose()


# ---- add -------------------------------------------------------------------------------------


def _cmd_add(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console import phones, scheduling
    from console.services.callbacks import CallbackService, ScheduleRequest

    e164 = phones.parse_phone(args.phone, settings.default_region).e164
    customer = _customer_by_phone(db, e164, settings.default_region)
    acting = args.agent or args.user or settings.user
    if not acting:
        raise UserFacingError(
            "Who is promising this callback? Give --agent NAME to make it that agent's, or name "
            "the acting user (`agent-console --user NAME callbacks add …`, or the user setting) "
            "to leave it with a queue."
        )
    actor = _user(db, acting)
    queue_id = _queue_id(db, args.queue) if args.queue else None
    local_start: dt.datetime | None = None
    fold: int | None = args.fold
    if args.at is not None:
        local_start = args.at
        if args.at.tzinfo is not None:
            # An instant: the customer's wall clock at that instant, with the fold that says
            # which of a repeated hour it is, so the service resolves it back to the same instant.
            wall = args.at.astimezone(scheduling.check_zone(customer.time_zone))
            local_start, fold = wall.replace(tzinfo=None), wall.fold
    mode = "at" if args.at is not None else "asap" if args.asap else "next_window"
    request = ScheduleRequest(
        customer_id=customer.id,
        mode=mode,
        local_start=local_start,
        fold=fold,
        duration_minutes=args.duration,
        phone_e164=e164,
        note=args.note,
        owner="me" if args.agent else "queue",
        queue_id=queue_id,
    )
    try:
        view = CallbackService(db).schedule(request, actor.id)
    except scheduling.SlotRefused as exc:
        return _refused(exc)
    except scheduling.AmbiguousLocalTime as exc:
        return _ambiguous(exc)
    except scheduling.NonexistentLocalTime as exc:
        return _nonexistent(exc)
    if args.json:
        _print_json(callback_json(view))
        return EXIT_OK
    owner = view.owner or f"queue {view.queue}"
    print(
        f"Callback {view.id} for {view.customer_name} ({view.phone_display}): "
        f"{_local_window(view)} ({view.zone}), owned by {owner}."
    )
    print(view.promise)
    return EXIT_OK


def _refused(exc: SlotRefused) -> int:
    print(f"agent-console: {exc}", file=sys.stderr)
    if exc.next_slot is not None:
        local = exc.next_slot.start.astimezone(ZoneInfo(exc.next_slot.zone))
        print(f"Next possible: {local:%Y-%m-%d %H:%M} ({exc.next_slot.zone})", file=sys.stderr)
    return EXIT_USER_ERROR


def _ambiguous(exc: AmbiguousLocalTime) -> int:
    print(f"agent-console: {exc}", file=sys.stderr)
    print("Add --fold 0 for the first or --fold 1 for the second.", file=sys.stderr)
    return EXIT_USER_ERROR


def _nonexistent(exc: NonexistentLocalTime) -> int:
    zone = ZoneInfo(exc.zone)
    earlier, later = (f"{m.astimezone(zone):%Y-%m-%d %H:%M}" for m in (exc.earlier, exc.later))
    print(f"agent-console: {exc}", file=sys.stderr)
    print(f'Use --at "{earlier}" or --at "{later}".', file=sys.stderr)
    return EXIT_USER_ERROR


def _customer_by_phone(db: Database, e164: str, region: str) -> CustomerSummary:
    """The one customer with exactly this number; creating customers is the console's job."""
    from console import phones
    from console.services.customers import CustomerService

    found = CustomerService(db, default_region=region).find(e164, limit=10)
    found = [c for c in found if c.matched_by == "phone"]
    if not found:
        raise NotFoundError(
            f"No customer has the number {phones.display(e164)}: add the customer in the "
            "console first (a callback is only promised to a known customer)."
        )
    if len(found) > 1:
        names = ", ".join(c.full_name for c in found)
        raise UserFacingError(
            f"{len(found)} customers have the number {phones.display(e164)} ({names}): "
            "promise this callback in the console, where you can pick the right one."
        )
    return found[0]


# ---- list, claim-next, outcome -----------------------------------------------------------------


def _cmd_list(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.callbacks import CallbackService, ListFilter
    from console.storage.models import utcnow

    now = utcnow()
    flt = ListFilter(
        owner_id=_user(db, args.agent).id if args.agent else None,
        queue_ids=(_queue_id(db, args.queue),) if args.queue else (),
        due_before=now if args.due else None,
        overdue_at=now if args.overdue else None,
        limit=args.limit,
    )
    if args.all_states:
        flt = dataclasses.replace(flt, states=())
    views = CallbackService(db).search(flt, now)
    if args.json:
        _print_json([callback_json(v) for v in views])
        return EXIT_OK
    if not views:
        print("No callbacks match.", file=sys.stderr)
        return EXIT_OK
    rows: list[tuple[str, ...]] = [
        (
            "ID",
            "DUE (CUSTOMER'S TIME)",
            "CUSTOMER",
            "PHONE",
            "OWNER/QUEUE",
            "PRIORITY",
            "STATE",
            "ATTEMPTS",
            "PROMISE",
        )
    ]
    for v in views:
        due = v.due_at.astimezone(_zone(v.zone))
        rows.append(
            (
                str(v.id),
                f"{due:%Y-%m-%d %H:%M} {v.zone}",
                v.customer_name,
                v.phone_display,
                v.owner or f"queue {v.queue}",
                str(v.priority),
                v.state,
                str(v.attempts),
                v.promise,
            )
        )
    _print_table(rows)
    return EXIT_OK


def _cmd_claim_next(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.callbacks import CallbackService

    agent = _user(db, args.agent)
    queue_id = _queue_id(db, args.queue) if args.queue else None
    view = CallbackService(db).claim_next(agent.id, queue_id)
    if view is None:
        where = f" in {args.queue}" if args.queue else ""
        if args.json:
            _print_json(None)
        print(
            f"agent-console: no callback is due for {agent.display_name}{where} right now.",
            file=sys.stderr,
        )
        return EXIT_NOTHING_DUE
    if args.json:
        _print_json(callback_json(view))
        return EXIT_OK
    print(
        f"Claimed callback {view.id}: {view.customer_name}, {view.phone_display}, "
        f"{_local_window(view)} ({view.zone})."
    )
    print(view.promise)
    if view.note:
        print(f"Note: {view.note}")
    return EXIT_OK


def _cmd_outcome(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.callbacks import OUTCOME_LABELS, CallbackService

    agent = _user(db, args.agent)
    svc = CallbackService(db)
    current = svc.get(args.id)
    view = svc.record_outcome(
        current.id, current.version, agent.id, args.result, note=args.note
    ).callback
    if args.json:
        _print_json(callback_json(view))
        return EXIT_OK
    said = f"Callback {view.id} ({view.customer_name}): {OUTCOME_LABELS[args.result]}"
    if view.state == "pending":
        due = view.due_at.astimezone(_zone(view.zone))
        print(
            f"{said}. Next try {due:%Y-%m-%d %H:%M} ({view.zone}), attempt "
            f"{view.attempts + 1} of {view.max_attempts}."
        )
    elif view.state == "failed":
        print(f"{said}. The callback failed and needs a supervisor.")
    else:
        print(f"{said}. Promise {view.state}.")
    return EXIT_OK


# ---- export-ics ------------------------------------------------------------------------------


def _cmd_export_ics(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.integrations.calendar import CalendarItem, callbacks_to_ics, write_ics
    from console.services.callbacks import CallbackService

    agent = _user(db, args.agent)
    views = CallbackService(db).mine(agent.id)
    items = [
        CalendarItem(
            callback_id=v.id,
            customer_name=v.customer_name,
            phone=v.phone_e164,
            start=v.window_start,
            end=v.window_end,
            customer_zone=v.zone,
            promise=v.promise,
            note=v.note,
            state=v.state,
            # The view carries no update time: the latest change it does show.
            updated=max(t for t in (v.created_at, v.handed_on_at) if t is not None),
            sequence=v.version,
        )
        for v in views
    ]
    data = callbacks_to_ics(items, calendar_name=f"Callbacks: {agent.display_name}")
    if args.out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    write_ics(args.out, data)
    print(f"{len(items)} open callback(s) of {agent.display_name} written to {args.out}.")
    return EXIT_OK


# ---- windows, policy, rules, sweep -------------------------------------------------------------


def _cmd_windows(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console import scheduling
    from console.services.callbacks import CallbackService

    svc = CallbackService(db)
    if args.windows_command == "set":
        holidays = not args.no_holidays
        text = svc.set_windows(
            args.windows, queue_name=args.queue or "", country=args.country or "", holidays=holidays
        )
        scope = (
            ", ".join(
                part
                for part in (
                    f"queue {args.queue}" if args.queue else "",
                    f"country {args.country.strip().upper()}" if args.country else "",
                )
                if part
            )
            or "every queue and country"
        )
        print(
            f"Calling window for {scope}: {text}"
            f"{'' if holidays else ' (calls on public holidays too)'}."
        )
        return EXIT_OK
    rows = svc.list_windows()
    if args.json:
        _print_json(
            [
                {"queue": q or None, "country": c or None, "windows": w, "holidays": h}
                for q, c, w, h in rows
            ]
        )
        return EXIT_OK
    if rows:
        table: list[tuple[str, ...]] = [("QUEUE", "COUNTRY", "WINDOWS", "HOLIDAYS")]
        table += [
            (q or "(any)", c or "(any)", w, "honoured" if h else "called") for q, c, w, h in rows
        ]
        _print_table(table)
    else:
        print("No calling windows are set.")
    defaults = "; ".join(f"{cc}: {w}" for cc, w in sorted(scheduling.COUNTRY_WINDOWS.items()))
    print(f"# built in: {scheduling.DEFAULT_WINDOWS} (catch-all); {defaults}")
    return EXIT_OK


def _cmd_policy(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.callbacks import CallbackService

    policy = CallbackService(db).set_queue_policy(
        args.queue,
        retry_steps=args.retry,
        max_attempts=args.max_attempts,
        grace_minutes=args.grace,
        tolerance_minutes=args.tolerance,
    )
    doc = _policy_json(policy)
    if args.json:
        _print_json(doc)
        return EXIT_OK
    print(
        f"Queue: {policy.name}\n"
        f"Retry after no answer: {', '.join(policy.retry_steps)}\n"
        f"Attempts before it fails: {policy.max_attempts}\n"
        f"Grace before an untouched personal callback moves to the queue: "
        f"{doc['grace_minutes']} min\n"
        f"A reach still keeps the promise up to: {doc['tolerance_minutes']} min after the "
        "window"
    )
    return EXIT_OK


def _policy_json(policy: QueuePolicy) -> dict[str, Any]:
    return {
        "queue": policy.name,
        "retry_steps": list(policy.retry_steps),
        "max_attempts": policy.max_attempts,
        "grace_minutes": int(policy.grace.total_seconds() // 60),
        "tolerance_minutes": int(policy.tolerance.total_seconds() // 60),
    }


def _cmd_rules(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.priority import PriorityRuleService

    svc = PriorityRuleService(db)
    if args.rules_command == "list":
        rules = svc.list()
        if args.json:
            _print_json([_rule_json(r) for r in rules])
        elif rules:
            table: list[tuple[str, ...]] = [("ID", "ACTIVE", "RULE")]
            table += [(str(r.id), "yes" if r.active else "no", r.describe()) for r in rules]
            _print_table(table)
        else:
            print("No priority rules: callbacks are worked by due time.")
        return EXIT_OK
    if args.rules_command == "add":
        rule = svc.add(args.name, args.kind, args.field, args.value, args.points)
        if args.json:
            _print_json(_rule_json(rule))
        else:
            print(f"Rule {rule.id} added: {rule.describe()}")
        return EXIT_OK
    rule = svc.set_active(args.rule_id, args.rules_command == "enable")
    print(f"Rule {rule.id} {args.rules_command}d: {rule.describe()}")
    return EXIT_OK


def _rule_json(rule: Rule) -> dict[str, Any]:
    return {**dataclasses.asdict(rule), "description": rule.describe()}


def _cmd_reassign(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.callbacks import CallbackService

    supervisor = _user(db, args.supervisor)
    to_user = _user(db, args.to_agent).id if args.to_agent else None
    to_queue = _queue_id(db, args.to_queue) if args.to_queue else None
    views = CallbackService(db).reassign(
        args.ids, supervisor.id, to_user_id=to_user, to_queue_id=to_queue, reason=args.reason
    )
    if args.json:
        _print_json([callback_json(v) for v in views])
        return EXIT_OK
    target = args.to_agent or f"queue {args.to_queue}"
    print(f"{len(views)} callback(s) reassigned to {target}.")
    return EXIT_OK


def _cmd_sweep(args: argparse.Namespace, db: Database, settings: Settings) -> int:
    from console.services.callbacks import CallbackService

    result = CallbackService(db).sweep()
    if args.json:
        _print_json(
            {
                "handed_on": [callback_json(v) for v in result.handed_on],
                "released": [callback_json(v) for v in result.released],
            }
        )
        return EXIT_OK
    print(
        f"Handed on {len(result.handed_on)} untouched callback(s) to their queue; released "
        f"{len(result.released)} abandoned claim(s)."
    )
    for v in result.handed_on:
        print(f"  {v.id}: {v.customer_name}, from {v.handed_from} to queue {v.queue}")
    for v in result.released:
        print(f"  {v.id}: {v.customer_name}, back to the work list")
    return EXIT_OK


# ---- lookups ---------------------------------------------------------------------------------


def _user(db: Database, username: str) -> UserInfo:
    from console.services.users import UserService

    try:
        return UserService(db).get(username)
    except NotFoundError:
        raise NotFoundError(
            f"There is no user “{username}” in this database: give a username such as the one "
            "the agent logs in with."
        ) from None


def _queue_id(db: Database, name: str) -> int:
    from sqlalchemy import select

    from console.storage.models import Queue

    with db.read() as conn:
        found = conn.scalar(select(Queue.id).where(Queue.name == name))
        if found is None:
            known = ", ".join(conn.scalars(select(Queue.name).order_by(Queue.name)))
            raise NotFoundError(
                f"There is no queue “{name}”: use one of {known or 'none (no queues exist yet)'}."
            )
    return int(found)


# ---- output ----------------------------------------------------------------------------------


def callback_json(cb: CallbackView) -> dict[str, Any]:
    """The stable JSON form of a callback (scripts, the IVR and tests rely on these names)."""
    return {
        "id": cb.id,
        "customer_id": cb.customer_id,
        "customer": cb.customer_name,
        "phone": cb.phone_e164,
        "queue": cb.queue or None,
        "owner": cb.owner or None,
        "window_start": _utc_text(cb.window_start),
        "window_end": _utc_text(cb.window_end),
        "zone": cb.zone,
        "window_local": _local_window(cb),
        "promise": cb.promise,
        "note": cb.note,
        "priority": cb.priority,
        "priority_reasons": list(cb.priority_reasons),
        "state": cb.state,
        "due_at": _utc_text(cb.due_at),
        "attempts": cb.attempts,
        "last_outcome": cb.last_outcome,
    }


def _utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):
        return dt.UTC


def _local_window(cb: CallbackView) -> str:
    """The promised window on the customer's clock, e.g. "2026-11-24 14:00–14:30"."""
    tz = _zone(cb.zone)
    start, end = cb.window_start.astimezone(tz), cb.window_end.astimezone(tz)
    tail = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
    return f"{start:%Y-%m-%d %H:%M}–{tail}"


def _width(text: str) -> int:
    """Terminal columns: Thai vowel marks take none, CJK characters two."""
    return sum(
        0
        if unicodedata.category(ch) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(ch) in ("W", "F")
        else 1
        for ch in text
    )


def _print_table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = (cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())
