"""``agent-console admin …``: a console admin manages the team's logins (team mode only).

``add-user NAME --role agent|supervisor|admin`` creates the person's PostgreSQL login and
console user. The password is typed twice at a terminal, read from stdin with
``--password-stdin``, or generated with ``--generate`` and shown once; it is turned into a
SCRAM verifier on this machine, so neither the server nor its logs see it, and it is never
part of ``--json`` output. ``set-role``, ``disable-user`` and ``list-users`` complete the set.
The database decides who may do this (members of ``console_admin``); a refusal exits 1.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from console.cli import EXIT_OK, EXIT_USER_ERROR, _db_option, _print_json
from console.errors import UserFacingError
from console.settings import Settings

ROLE_CHOICES = ("agent", "supervisor", "admin")


def add_admin_parser(sub: Any) -> None:
    admin = sub.add_parser(
        "admin",
        help="team mode (PostgreSQL): add users, change roles, disable, list",
        description="Manage the team's logins on a shared PostgreSQL database. Needs a "
        "console admin's login; SQLite is single-user and has none.",
    )
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)

    add = actions.add_parser("add-user", help="create a login and its console user")
    _db_option(add)
    add.add_argument("name", metavar="NAME", help="the login name (lower case)")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    add.add_argument("--display-name", default="", metavar="TEXT", help="e.g. 'Dana Smith'")
    add.add_argument("--zone", default="UTC", metavar="ZONE", help="IANA time zone")
    how = add.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of stdin")  # fmt: skip
    how.add_argument("--generate", action="store_true",
                     help="generate a password and show it once")  # fmt: skip
    add.add_argument("--json", action="store_true", help="print JSON (never the password)")

    role = actions.add_parser("set-role", help="make a user an agent, supervisor or admin")
    _db_option(role)
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", required=True, choices=ROLE_CHOICES)

    disable = actions.add_parser("disable-user", help="the user can no longer log in")
    _db_option(disable)
    disable.add_argument("name", metavar="NAME")

    ls = actions.add_parser("list-users", help="every console user and their login")
    _db_option(ls)
    ls.add_argument("--json", action="store_true", help="print a JSON array")


def cmd_admin(args: argparse.Namespace, url: str, settings: Settings) -> int:
    from console.services.team import SQLITE_REFUSAL, TeamService
    from console.storage import dialect
    from console.storage.db import open_database

    db = open_database(url)
    try:
        if db.kind != dialect.POSTGRESQL:
            raise UserFacingError(
                f"{SQLITE_REFUSAL} Point --db (or the db_url setting) at the team's "
                "PostgreSQL server, e.g. --db postgresql://ADMIN@HOST/DBNAME."
            )
        svc = TeamService(db)
        match args.admin_command:
            case "add-user":
                return _add_user(args, svc)
            case "set-role":
                svc.set_role(args.name, args.role)
                print(f"{args.name} is now {_a(args.role)} {args.role}.")
                return EXIT_OK
            case "disable-user":
                svc.disable_user(args.name)
                print(f"{args.name} is disabled and can no longer log in.")
                return EXIT_OK
            case "list-users":
                return _list_users(args, svc)
        raise AssertionError(args.admin_command)
    finally:
        db.dispose()


def _a(role: str) -> str:
    return "an" if role[0] in "aeiou" else "a"


def _read_password(args: argparse.Namespace) -> tuple[str, bool]:
    """The password and whether it was generated (to be shown once)."""
    from console.services.team import generate_password

    if args.generate:
        if args.json:
            raise UserFacingError(
                "--json output never carries a password: leave out --json to see the "
                "generated one, or give it with --password-stdin."
            )
        return generate_password(), True
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            raise UserFacingError("The two passwords differ; nothing was changed.")
    else:
        raise UserFacingError(
            "No terminal to type the password in: use --password-stdin or --generate."
        )
    if len(password) < 8:
        raise UserFacingError("The password is too short: use at least 8 characters.")
    return password, False


def _add_user(args: argparse.Namespace, svc: Any) -> int:
    password, generated = _read_password(args)
    uid = svc.add_user(args.name, args.role, password, display_name=args.display_name,
                       time_zone=args.zone)  # fmt: skip
    if args.json:
        _print_json({"id": uid, "username": args.name, "role": args.role})
        return EXIT_OK
    print(f"Added {args.name} as {_a(args.role)} {args.role}.")
    if generated:
        print(f"Password for {args.name} (shown once, give it to them privately): {password}")
    return EXIT_OK


def _list_users(args: argparse.Namespace, svc: Any) -> int:
    users = svc.list_users()
    if args.json:
        _print_json([{"username": u.username, "display_name": u.display_name, "role": u.role,
                      "active": u.active, "can_login": u.can_login,
                      "groups": [g for g in u.groups.split(",") if g]}
                     for u in users])  # fmt: skip
        return EXIT_OK
    if not users:
        print("No console users yet: add one with `agent-console admin add-user NAME --role …`.")
        return EXIT_USER_ERROR
    width = max(len(u.username) for u in users)
    for u in users:
        state = "active" if u.active and u.can_login else "disabled"
        print(f"{u.username:<{width}}  {u.role:<10}  {state:<8}  {u.display_name}")
    return EXIT_OK
