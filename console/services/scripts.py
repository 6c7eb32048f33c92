"""The script library: what agents may insert, who may change it, and its history.

- Agents see the active scripts of their queues (a script without queues is for every queue),
  search them, keep ordered favourites and insert them; each insertion is counted per script
  and agent (``record_use``).
- Supervisors and admins create, edit, retire, restore and reorder scripts. Every change is a
  new ``script_versions`` row (who, when, a snapshot), and an edit based on a stale read is
  refused naming who changed the script. Agents are refused with a clear message.
- Shortcuts are unique among active scripts (the database enforces it too).
- The shipped set (resources/scripts) is seeded idempotently; a script a person has edited is
  never overwritten by seeding.
- Import is all or nothing and reports each problem with its line; export writes the same
  readable JSON format (console.scripts.dump_scripts).
- ``script_context`` reads everything a template may show from the database into plain
  strings once, so rendering (live, on every keystroke) never touches the database.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from console import paths, phones
from console import scripts as sc
from console.errors import (
    ConflictError,
    FieldErrors,
    Moment,
    NotFoundError,
    Said,
    UserFacingError,
    joined,
)
from console.services.audit import record_event
from console.services.callbacks import open_for_customer
from console.services.incidents import for_customer as incidents_of
from console.storage.db import Database
from console.storage.dialect import POSTGRESQL, constant
from console.storage.models import (
    Customer,
    CustomerEmail,
    CustomerPhone,
    Queue,
    Role,
    Script,
    ScriptFavourite,
    ScriptQueue,
    ScriptUse,
    ScriptVariant,
    ScriptVersion,
    User,
    UserQueue,
    utcnow,
)
from console.text import fold

FAVOURITE_HOTKEYS = 9
"""The first nine favourites get Alt+1…9 in the console."""

_S = cast(Table, Script.__table__)
_SV = cast(Table, ScriptVariant.__table__)
_SQ = cast(Table, ScriptQueue.__table__)
_VER = cast(Table, ScriptVersion.__table__)
_FAV = cast(Table, ScriptFavourite.__table__)
_USE = cast(Table, ScriptUse.__table__)
_Q = cast(Table, Queue.__table__)
_U = cast(Table, User.__table__)
_UQ = cast(Table, UserQueue.__table__)
_C = cast(Table, Customer.__table__)
_P = cast(Table, CustomerPhone.__table__)
_E = cast(Table, CustomerEmail.__table__)
EDITOR_ROLES = (Role.SUPERVISOR.value, Role.ADMIN.value)


class PermissionDenied(UserFacingError):
    """The user's role does not allow this (agents cannot change scripts)."""


# ---- views -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScriptView:
    id: int
    key: str
    title: str
    category: str
    description: str
    default_language: str
    shortcut: str
    # Queue names and ids the script is limited to; empty: every queue.
    queues: tuple[str, ...]
    queue_ids: tuple[int, ...]
    variants: tuple[sc.Variant, ...]
    position: int
    active: bool
    shipped: bool
    version: int
    updated_at: dt.datetime
    updated_by: str
    # For the agent who asked: how often they used it, and its place in their favourites
    # (0-based; None when it is not one).
    uses: int = 0
    favourite: int | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(v.language for v in self.variants)

    def variant(self, language: str) -> sc.Variant | None:
        return next((v for v in self.variants if v.language == language), None)

    def doc(self) -> sc.ScriptDoc:
        return sc.ScriptDoc(
            key=self.key, title=self.title, variants=self.variants, category=self.category,
            description=self.description, default_language=self.default_language,
            shortcut=self.shortcut, queues=self.queues, retired=not self.active,
        )  # fmt: skip

    def render(
        self,
        ctx: sc.ScriptContext,
        *,
        answers: Mapping[str, str] | None = None,
        fill: Mapping[str, str] | None = None,
        language: str = "",
    ) -> sc.RenderResult:
        """The text for this customer: their language's variant (or the fallback), filled."""
        return sc.render_script(
            {v.language: v.body for v in self.variants}, self.default_language, ctx,
            answers=answers, fill=fill, language=language,
        )  # fmt: skip


@dataclass(frozen=True)
class ScriptVersionView:
    script_id: int
    version: int
    action: str
    edited_by_id: int | None
    edited_by: str
    edited_at: dt.datetime
    reason: str
    active: bool
    doc: sc.ScriptDoc


@dataclass(frozen=True)
class UsageView:
    script_id: int
    key: str
    title: str
    user_id: int
    agent: str
    uses: int
    last_used_at: dt.datetime


@dataclass(frozen=True)
class SeedReport:
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


@dataclass(frozen=True)
class ImportReport:
    """What an import did, or (``issues``) why it did nothing at all."""

    issues: tuple[sc.FileIssue, ...] = ()
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    restored: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues

    def summary(self) -> str:
        if not self.ok:
            return Said("{n} problem(s) in the file: nothing was imported. Correct them and "
                        "import the whole file again.", n=len(self.issues))  # fmt: skip
        counts = (
            (self.created, Said("{n} created", n=len(self.created))),
            (self.updated, Said("{n} updated", n=len(self.updated))),
            (self.retired, Said("{n} retired", n=len(self.retired))),
            (self.restored, Said("{n} restored", n=len(self.restored))),
            (self.unchanged, Said("{n} unchanged", n=len(self.unchanged))),
        )
        parts = [said for keys, said in counts if keys]
        if not parts:
            return Said("Scripts imported: the file has no scripts.")
        return Said("Scripts imported: {counts}.", counts=joined(parts, ", "))

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "errors": [{"line": i.line, "message": i.message} for i in self.issues],
            "created": list(self.created),
            "updated": list(self.updated),
            "retired": list(self.retired),
            "restored": list(self.restored),
            "unchanged": list(self.unchanged),
        }


# ---- the render context ----------------------------------------------------------------------


def script_context(
    source: Connection | Database | ScriptService,
    customer_id: int,
    agent_id: int | None,
    incident: sc.IncidentFacts | None = None,
    now: dt.datetime | None = None,
) -> sc.ScriptContext:
    """Every value a script may show for this customer and agent, read once, as strings."""
    if isinstance(source, ScriptService):
        source = source.db
    if isinstance(source, Database):
        with source.read() as conn:
            return _context(conn, customer_id, agent_id, incident, now or utcnow())
    return _context(source, customer_id, agent_id, incident, now or utcnow())


_CUSTOMER = select(
    _C.c.given_name, _C.c.family_name, _C.c.full_name, _C.c.account_no, _C.c.language,
    _C.c.country, _C.c.time_zone, _C.c.custom_fields,
)  # fmt: skip


def current_incident(conn: Connection, customer_id: int) -> sc.IncidentFacts | None:
    """The facts of the open disruption this customer is part of (the most recently updated
    when several are), for ``{{ incident.… }}``; None when they are in none."""
    open_ones = incidents_of(conn, customer_id)
    if not open_ones:
        return None
    newest = max(open_ones, key=lambda v: v.facts_at)
    return sc.IncidentFacts(name=newest.name, facts=newest.facts, standards=newest.standards,
                            updated_at=newest.facts_at)  # fmt: skip


def _context(
    conn: Connection,
    customer_id: int,
    agent_id: int | None,
    incident: sc.IncidentFacts | None,
    now: dt.datetime,
) -> sc.ScriptContext:
    row = conn.execute(_CUSTOMER.where(_C.c.id == customer_id)).one_or_none()
    if row is None:
        raise NotFoundError(Said("Customer {id} does not exist (any more).", id=customer_id))
    if incident is None:
        incident = current_incident(conn, customer_id)
    phone = conn.scalar(
        select(_P.c.e164).where(_P.c.customer_id == customer_id)
        .order_by(_P.c.is_primary.desc(), _P.c.id).limit(1)
    )  # fmt: skip
    email = conn.scalar(
        select(_E.c.email).where(_E.c.customer_id == customer_id)
        .order_by(_E.c.is_primary.desc(), _E.c.id).limit(1)
    )  # fmt: skip
    agent = ""
    if agent_id is not None:
        agent = conn.scalar(select(_U.c.display_name).where(_U.c.id == agent_id)) or ""
    zone = row.time_zone or "UTC"
    raw: dict[str, Any] = {
        "customer.first_name": row.given_name,
        "customer.last_name": row.family_name,
        "customer.full_name": row.full_name,
        "customer.account_no": row.account_no,
        "customer.phone": phones.display(phone) if phone else "",
        "customer.email": email or "",
        "customer.language": row.language,
        "customer.country": row.country,
        "agent.name": agent,
        "agent.first_name": agent.split()[0] if agent.split() else "",
    }
    for name, value in (row.custom_fields or {}).items():
        if isinstance(name, str) and sc.CUSTOM_FIELD_NAME.fullmatch(name):
            raw[f"{sc.CUSTOM_PREFIX}{name}"] = value
    callbacks = open_for_customer(conn, customer_id)
    callback = callbacks[0] if callbacks else None
    if callback is not None:
        raw["callback.promise"] = callback.promise
        raw["callback.queue"] = callback.queue
    if incident is not None:
        raw.update({"incident.name": incident.name, "incident.facts": incident.facts,
                    "incident.standards": incident.standards})  # fmt: skip

    def clock(language: str) -> dict[str, str]:
        out = {
            "customer.local_time": sc.time_text(now, zone, language),
            "customer.local_date": sc.date_text(now, zone, language),
        }
        if callback is not None:
            out["callback.window"] = sc.window_text(
                callback.window_start, callback.window_end, callback.zone or zone, language
            )
        if incident is not None and incident.updated_at is not None:
            out["incident.updated"] = sc.time_text(incident.updated_at, zone, language)
        return out

    raw.update(clock("en"))
    values = {k: sc.clean_value(v) for k, v in raw.items()}
    localized = {lang: clock(lang) for lang in sc.CLOCK_LANGUAGES if lang != "en"}
    return sc.ScriptContext(values=values, language=row.language or "", localized=localized)


# ---- the service -----------------------------------------------------------------------------


def shipped_dir() -> Path:
    return paths.resources_dir() / "scripts"


def load_shipped(directory: Path | None = None) -> list[sc.ScriptDoc]:
    """The scripts shipped with the program (every *.json file, in name order). A broken
    shipped file is a bug, not the user's problem: it raises ValueError."""
    docs: list[sc.ScriptDoc] = []
    for path in sorted((directory or shipped_dir()).glob("*.json")):
        parsed = sc.parse_script_file(path.read_text(encoding="utf-8"))
        if not parsed.ok:
            raise ValueError(f"{path.name}: " + "; ".join(map(str, parsed.issues)))
        docs += [p.doc for p in parsed.scripts]
    return docs


@dataclass
class _Rows:
    """Scripts read for views: rows plus their variants, queues and the agent's figures."""

    rows: list[Any]
    variants: dict[int, list[sc.Variant]] = field(default_factory=dict)
    queues: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    uses: dict[int, int] = field(default_factory=dict)
    favourites: dict[int, int] = field(default_factory=dict)


_UPDATER = _U.alias("updater")
_ROWS = select(
    _S.c.id, _S.c.key, _S.c.title, _S.c.category, _S.c.description, _S.c.default_language,
    _S.c.shortcut, _S.c.position, _S.c.active, _S.c.shipped, _S.c.version, _S.c.updated_at,
    _UPDATER.c.display_name.label("updater_name"),
).select_from(_S.outerjoin(_UPDATER, _UPDATER.c.id == _S.c.updated_by))  # fmt: skip


def filter_views(
    views: Sequence[ScriptView], text: str = "", category: str = ""
) -> list[ScriptView]:
    """The scripts in ``category`` (all when empty) matching ``text``, best match first (in
    library order without text): search as the agent types, over a list already read."""
    if category:
        views = [v for v in views if v.category == category]
    words = fold(text).split()
    if not words:
        return list(views)
    ranked = []
    for v in views:
        rank = _rank(v, words)
        if rank is not None:
            ranked.append((rank, v.position, v.id, v))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked]


class ScriptService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading -------------------------------------------------------------------------

    def search(
        self,
        agent_id: int | None,
        queue_ids: Sequence[int] | None = None,
        text: str = "",
        category: str = "",
    ) -> list[ScriptView]:
        """The active scripts this agent may use, in library order (best text match first).

        ``queue_ids`` are the queues that count (the call's queue); None: the agent's queues.
        With no agent and no queues given, every active script (the supervisor's library).
        """
        with self.db.read() as conn:
            views = self._available(conn, agent_id, queue_ids)
        return filter_views(views, text, category)

    def categories(self, agent_id: int | None, queue_ids: Sequence[int] | None = None) -> list[str]:
        """The categories of the scripts this agent may use, in library order."""
        return list(dict.fromkeys(v.category for v in self.search(agent_id, queue_ids)))

    def library(self, *, include_retired: bool = True) -> list[ScriptView]:
        """Every script, for the editor (retired ones too unless asked otherwise)."""
        with self.db.read() as conn:
            cond = None if include_retired else _S.c.active.is_(True)
            return self._views(conn, cond, None)

    def get(self, script: int | str, agent_id: int | None = None) -> ScriptView:
        """One script by id or key, retired or not."""
        with self.db.read() as conn:
            return self._get(conn, script, agent_id)

    def by_shortcut(
        self, agent_id: int | None, shortcut: str, queue_ids: Sequence[int] | None = None
    ) -> ScriptView | None:
        """The active script this agent may use with this shortcut, if any."""
        try:
            wanted = sc.normalise_shortcut(shortcut)
        except ValueError:
            return None
        if not wanted:
            return None
        return next((v for v in self.search(agent_id, queue_ids) if v.shortcut == wanted), None)

    def versions(self, script: int | str) -> list[ScriptVersionView]:
        """Every saved state of a script, newest first."""
        with self.db.read() as conn:
            script_id = self._id(conn, script)
            return self._versions(conn, _VER.c.script_id == script_id)

    def version(self, script: int | str, number: int) -> ScriptVersionView:
        with self.db.read() as conn:
            script_id = self._id(conn, script)
            found = self._versions(
                conn, (_VER.c.script_id == script_id) & (_VER.c.version == number)
            )
        if not found:
            raise NotFoundError(
                Said("Script {script} has no version {number}.", script=script, number=number)
            )
        return found[0]

    # ---- editing (supervisors and admins) ------------------------------------------------

    def create(self, doc: sc.ScriptDoc, actor_id: int) -> ScriptView:
        doc = sc.normalise_doc(doc)
        try:
            with self.db.write() as conn:
                _require_editor(conn, actor_id, Said("create scripts"))
                _raise_problems(sc.check_doc(doc))
                if conn.scalar(select(_S.c.id).where(_S.c.key == doc.key)) is not None:
                    raise FieldErrors(
                        {"key": Said("there is already a script “{key}”", key=doc.key)}
                    )
                queue_ids = _queue_ids_or_errors(conn, doc.queues)
                _check_shortcut_free(conn, doc.shortcut, None)
                sid = _insert(conn, doc, queue_ids, actor_id, "created", shipped=False)
                return self._get(conn, sid, None)
        except IntegrityError as exc:
            raise _integrity(exc, doc) from exc

    def edit(
        self, script_id: int, expected_version: int, doc: sc.ScriptDoc, actor_id: int
    ) -> ScriptView:
        """Save an edit made on ``expected_version`` as a new version; an unchanged script
        is returned as it is (no empty version)."""
        doc = sc.normalise_doc(doc)
        try:
            with self.db.write() as conn:
                _require_editor(conn, actor_id, Said("edit scripts"))
                _raise_problems(sc.check_doc(doc))
                current = self._get(conn, script_id, None)
                if current.version != expected_version:
                    raise _conflict(conn, script_id)
                if doc.key != current.key:
                    raise FieldErrors(
                        {"key": Said("a script's key cannot change (files and seeding find it "
                                     "by it); it stays “{key}”", key=current.key)}
                    )  # fmt: skip
                queue_ids = _queue_ids_or_errors(conn, doc.queues)
                if doc.content() == current.doc().content():
                    return current
                if current.active:
                    _check_shortcut_free(conn, doc.shortcut, script_id)
                _update(conn, script_id, expected_version, doc, queue_ids, actor_id, "edited",
                        active=current.active)  # fmt: skip
                return self._get(conn, script_id, None)
        except IntegrityError as exc:
            raise _integrity(exc, doc) from exc

    def retire(
        self, script_id: int, expected_version: int, actor_id: int, reason: str = ""
    ) -> ScriptView:
        """Hide a script from agents; it and its history stay (restore brings it back)."""
        return self._set_active(script_id, expected_version, actor_id, False, reason)

    def restore(
        self, script_id: int, expected_version: int, actor_id: int, reason: str = ""
    ) -> ScriptView:
        return self._set_active(script_id, expected_version, actor_id, True, reason)

    def _set_active(
        self, script_id: int, expected_version: int, actor_id: int, active: bool, reason: str
    ) -> ScriptView:
        what = Said("restore scripts") if active else Said("retire scripts")
        with self.db.write() as conn:
            _require_editor(conn, actor_id, what)
            current = self._get(conn, script_id, None)
            if current.version != expected_version:
                raise _conflict(conn, script_id)
            if current.active == active:
                return current
            if active and current.shortcut:
                owner = _shortcut_owner(conn, current.shortcut, script_id)
                if owner is not None:
                    raise UserFacingError(
                        Said("“{title}” cannot come back with its shortcut {shortcut}: "
                             "“{owner}” has it now. Give one of them another shortcut first.",
                             title=current.title, shortcut=current.shortcut, owner=owner)
                    )  # fmt: skip
            doc = current.doc()
            queue_ids = list(current.queue_ids)
            _update(conn, script_id, expected_version, doc, queue_ids, actor_id,
                    "restored" if active else "retired", active=active,
                    reason=reason.strip())  # fmt: skip
            return self._get(conn, script_id, None)

    def reorder(self, script_ids: Sequence[int], actor_id: int) -> list[ScriptView]:
        """Put these scripts in this order, in the places they held among the others (so a
        category can be reordered on its own). Returns the whole library."""
        if len(set(script_ids)) != len(script_ids):
            raise FieldErrors({"order": Said("a script is listed twice")})
        with self.db.write() as conn:
            _require_editor(conn, actor_id, Said("reorder scripts"))
            everything = [
                r.id for r in conn.execute(select(_S.c.id).order_by(_S.c.position, _S.c.id))
            ]
            unknown = set(script_ids) - set(everything)
            if unknown:
                raise NotFoundError(Said("There is no script {id}.", id=min(unknown)))
            wanted = iter(script_ids)
            chosen = set(script_ids)
            order = [next(wanted) if sid in chosen else sid for sid in everything]
            _renumber(conn, _S, order, _S.c.id, _S.c.position)
            if script_ids:
                record_event(conn, actor_id=actor_id, entity="script", entity_id=script_ids[0],
                             action="reordered", data={"order": list(script_ids)})  # fmt: skip
            return self._views(conn, None, None)

    # ---- favourites ----------------------------------------------------------------------

    def favourites(self, agent_id: int, queue_ids: Sequence[int] | None = None) -> list[ScriptView]:
        """The agent's favourite scripts they may use here, in their order (the first
        FAVOURITE_HOTKEYS get Alt+1…9)."""
        with self.db.read() as conn:
            views = self._available(conn, agent_id, queue_ids)
        mine = [v for v in views if v.favourite is not None]
        mine.sort(key=lambda v: (v.favourite, v.id))
        return mine

    def add_favourite(self, agent_id: int, script_id: int) -> list[ScriptView]:
        with self.db.write() as conn:
            current = self._get(conn, script_id, agent_id)
            if not current.active:
                raise UserFacingError(
                    Said("“{title}” is retired and cannot be a favourite.", title=current.title)
                )
            if current.favourite is None:
                last = conn.scalar(
                    select(func.max(_FAV.c.position)).where(_FAV.c.user_id == agent_id)
                )
                position = (last if last is not None else -1) + 1
                conn.execute(
                    insert(_FAV).values(user_id=agent_id, script_id=script_id, position=position)
                )
        return self.favourites(agent_id)

    def remove_favourite(self, agent_id: int, script_id: int) -> list[ScriptView]:
        with self.db.write() as conn:
            conn.execute(
                delete(_FAV).where(_FAV.c.user_id == agent_id, _FAV.c.script_id == script_id)
            )
        return self.favourites(agent_id)

    def reorder_favourites(self, agent_id: int, script_ids: Sequence[int]) -> list[ScriptView]:
        """These favourites first, in this order; the others keep their order after them."""
        if len(set(script_ids)) != len(script_ids):
            raise FieldErrors({"order": Said("a script is listed twice")})
        with self.db.write() as conn:
            current = list(conn.scalars(
                select(_FAV.c.script_id).where(_FAV.c.user_id == agent_id)
                .order_by(_FAV.c.position, _FAV.c.script_id)
            ))  # fmt: skip
            strangers = set(script_ids) - set(current)
            if strangers:
                raise UserFacingError(
                    Said(
                        "Only favourites can be reordered: add the script to your favourites first."
                    )
                )
            order = [*script_ids, *(s for s in current if s not in set(script_ids))]
            for position, sid in enumerate(order):
                conn.execute(
                    update(_FAV).where(_FAV.c.user_id == agent_id, _FAV.c.script_id == sid)
                    .values(position=position)
                )  # fmt: skip
        return self.favourites(agent_id)

    # ---- usage ---------------------------------------------------------------------------

    def record_use(self, script_id: int, agent_id: int, now: dt.datetime | None = None) -> int:
        """Count one insertion of the script by this agent; returns their count."""
        now = now or utcnow()
        with self.db.write() as conn:
            if conn.scalar(select(_S.c.id).where(_S.c.id == script_id)) is None:
                raise NotFoundError(Said("Script {id} does not exist.", id=script_id))
            make = pg_insert if self.db.kind == POSTGRESQL else sqlite_insert
            stmt = make(_USE).values(script_id=script_id, user_id=agent_id, uses=1,
                                     last_used_at=now)  # fmt: skip
            stmt = stmt.on_conflict_do_update(
                index_elements=[_USE.c.script_id, _USE.c.user_id],
                set_={"uses": _USE.c.uses + 1, "last_used_at": now},
            )
            conn.execute(stmt)
            return int(conn.scalar(select(_USE.c.uses).where(
                _USE.c.script_id == script_id, _USE.c.user_id == agent_id)) or 0)  # fmt: skip

    def usage(self, script_id: int | None = None, agent_id: int | None = None) -> list[UsageView]:
        """Use counts per script and agent, most used first."""
        stmt = (
            select(_USE.c.script_id, _S.c.key, _S.c.title, _USE.c.user_id, _U.c.display_name,
                   _USE.c.uses, _USE.c.last_used_at)
            .select_from(_USE.join(_S, _S.c.id == _USE.c.script_id)
                         .join(_U, _U.c.id == _USE.c.user_id))
            .order_by(_USE.c.uses.desc(), _S.c.key, _U.c.display_name)
        )  # fmt: skip
        if script_id is not None:
            stmt = stmt.where(_USE.c.script_id == script_id)
        if agent_id is not None:
            stmt = stmt.where(_USE.c.user_id == agent_id)
        with self.db.read() as conn:
            return [UsageView(r[0], r[1], r[2], r[3], r[4], int(r[5]), r[6])
                    for r in conn.execute(stmt)]  # fmt: skip

    # ---- context and rendering -----------------------------------------------------------

    def script_context(
        self,
        customer_id: int,
        agent_id: int | None,
        incident: sc.IncidentFacts | None = None,
        now: dt.datetime | None = None,
    ) -> sc.ScriptContext:
        return script_context(self.db, customer_id, agent_id, incident, now)

    def render(
        self,
        script: int | str,
        customer_id: int,
        agent_id: int | None,
        *,
        answers: Mapping[str, str] | None = None,
        fill: Mapping[str, str] | None = None,
        language: str = "",
        incident: sc.IncidentFacts | None = None,
        now: dt.datetime | None = None,
    ) -> sc.RenderResult:
        """Read the script and the context and render (the CLI and tools; the console keeps
        the context and renders itself on every keystroke)."""
        with self.db.read() as conn:
            view = self._get(conn, script, agent_id)
            ctx = _context(conn, customer_id, agent_id, incident, now or utcnow())
        return view.render(ctx, answers=answers, fill=fill, language=language)

    # ---- seeding, import and export ------------------------------------------------------

    def seed_if_empty(self) -> SeedReport | None:
        """The shipped set for a database with no scripts at all (a fresh console or demo);
        None when the library already exists: one cheap read then."""
        with self.db.read() as conn:
            if conn.scalar(select(_S.c.id).limit(1)) is not None:
                return None
        return self.seed_shipped()

    def seed_shipped(self, directory: Path | None = None) -> SeedReport:
        """Add the shipped scripts that are missing; refresh the wording of those no person
        has edited. Running it again changes nothing."""
        docs = load_shipped(directory)
        for attempt in range(2):
            try:
                with self.db.write() as conn:
                    return _seed(conn, docs)
            except IntegrityError:
                if attempt:  # another console seeded at the same moment: read what it wrote
                    raise
        raise AssertionError("unreachable")

    def import_text(self, text: str, actor_id: int) -> ImportReport:
        """All or nothing: every problem is reported with its line and nothing is written,
        or every script in the file is created or updated (a new version each)."""
        parsed = sc.parse_script_file(text)
        with self.db.write() as conn:
            _require_editor(conn, actor_id, Said("import scripts"))
            if not parsed.ok:
                return ImportReport(issues=parsed.issues)
            issues, queue_ids = _check_import(conn, parsed.scripts)
            if issues:
                return ImportReport(issues=tuple(sorted(issues, key=lambda i: i.line)))
            return _apply_import(conn, parsed.scripts, queue_ids, actor_id)

    def import_file(self, path: str | Path, actor_id: int) -> ImportReport:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserFacingError(
                Said(
                    "Cannot read {path}: {problem}.",
                    path=str(path),
                    problem=exc.strerror or str(exc),
                )
            ) from exc
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            return ImportReport(issues=(sc.FileIssue(line, Said("the file is not UTF-8 text")),))
        return self.import_text(text, actor_id)

    def export_text(self, *, include_retired: bool = False) -> str:
        return sc.dump_scripts(v.doc() for v in self.library(include_retired=include_retired))

    def export_file(self, path: str | Path, *, include_retired: bool = False) -> int:
        """Write the library to a file (replaced in one step); returns how many scripts."""
        views = self.library(include_retired=include_retired)
        text = sc.dump_scripts(v.doc() for v in views)
        target = Path(path)
        try:
            fd, temp = tempfile.mkstemp(prefix=".scripts-", suffix=".json", dir=target.parent)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
            os.replace(temp, target)
        except OSError as exc:
            raise UserFacingError(
                Said(
                    "Cannot write {path}: {problem}.",
                    path=str(path),
                    problem=exc.strerror or str(exc),
                )
            ) from exc
        return len(views)

    # ---- internals -----------------------------------------------------------------------

    def _available(
        self, conn: Connection, agent_id: int | None, queue_ids: Sequence[int] | None
    ) -> list[ScriptView]:
        if queue_ids is None and agent_id is not None:
            queue_ids = list(conn.scalars(select(_UQ.c.queue_id).where(_UQ.c.user_id == agent_id)))
        views = self._views(conn, _S.c.active.is_(True), agent_id)
        if queue_ids is None:
            return views
        allowed = set(queue_ids)
        return [v for v in views if not v.queue_ids or allowed & set(v.queue_ids)]

    def _get(self, conn: Connection, script: int | str, agent_id: int | None) -> ScriptView:
        cond = _S.c.key == script if isinstance(script, str) else _S.c.id == script
        found = self._views(conn, cond, agent_id)
        if not found:
            raise NotFoundError(Said("There is no script “{script}”.", script=script))
        return found[0]

    @staticmethod
    def _id(conn: Connection, script: int | str) -> int:
        cond = _S.c.key == script if isinstance(script, str) else _S.c.id == script
        found = conn.scalar(select(_S.c.id).where(cond))
        if found is None:
            raise NotFoundError(Said("There is no script “{script}”.", script=script))
        return int(found)

    @staticmethod
    def _views(conn: Connection, cond: Any, agent_id: int | None) -> list[ScriptView]:
        stmt = _ROWS if cond is None else _ROWS.where(cond)
        data = _Rows(list(conn.execute(stmt.order_by(_S.c.position, _S.c.id))))
        ids = [r.id for r in data.rows]
        if not ids:
            return []
        for r in conn.execute(
            select(_SV.c.script_id, _SV.c.language, _SV.c.title, _SV.c.body)
            .where(_SV.c.script_id.in_(ids)).order_by(_SV.c.script_id, _SV.c.position)
        ):  # fmt: skip
            data.variants.setdefault(r.script_id, []).append(sc.Variant(r.language, r.body,
                                                                        r.title))  # fmt: skip
        for r in conn.execute(
            select(_SQ.c.script_id, _SQ.c.queue_id, _Q.c.name)
            .select_from(_SQ.join(_Q, _Q.c.id == _SQ.c.queue_id))
            .where(_SQ.c.script_id.in_(ids)).order_by(_Q.c.name)
        ):  # fmt: skip
            data.queues.setdefault(r.script_id, []).append((r.queue_id, r.name))
        if agent_id is not None:
            data.uses = {
                r.script_id: int(r.uses)
                for r in conn.execute(select(_USE.c.script_id, _USE.c.uses)
                                      .where(_USE.c.user_id == agent_id))
            }  # fmt: skip
            favs = conn.execute(
                select(_FAV.c.script_id).where(_FAV.c.user_id == agent_id)
                .order_by(_FAV.c.position, _FAV.c.script_id)
            )  # fmt: skip
            data.favourites = {r.script_id: i for i, r in enumerate(favs)}
        return [
            ScriptView(
                id=r.id, key=r.key, title=r.title, category=r.category,
                description=r.description, default_language=r.default_language,
                shortcut=r.shortcut,
                queues=tuple(name for _, name in data.queues.get(r.id, [])),
                queue_ids=tuple(qid for qid, _ in data.queues.get(r.id, [])),
                variants=tuple(data.variants.get(r.id, [])), position=int(r.position),
                active=bool(r.active), shipped=bool(r.shipped), version=int(r.version),
                updated_at=r.updated_at, updated_by=r.updater_name or "",
                uses=data.uses.get(r.id, 0), favourite=data.favourites.get(r.id),
            )
            for r in data.rows
        ]  # fmt: skip

    @staticmethod
    def _versions(conn: Connection, cond: Any) -> list[ScriptVersionView]:
        rows = conn.execute(
            select(_VER.c.script_id, _VER.c.version, _VER.c.action, _VER.c.edited_by,
                   _U.c.display_name, _VER.c.edited_at, _VER.c.reason, _VER.c.active,
                   _VER.c.content)
            .select_from(_VER.outerjoin(_U, _U.c.id == _VER.c.edited_by))
            .where(cond).order_by(_VER.c.version.desc())
        )  # fmt: skip
        return [
            ScriptVersionView(
                script_id=r.script_id, version=int(r.version), action=r.action,
                edited_by_id=r.edited_by, edited_by=r.display_name or "", edited_at=r.edited_at,
                reason=r.reason, active=bool(r.active),
                doc=sc.ScriptDoc.from_content(r.content, retired=not r.active),
            )
            for r in rows
        ]  # fmt: skip


# ---- helpers ---------------------------------------------------------------------------------


def _rank(view: ScriptView, words: Sequence[str]) -> int | None:
    """0: every word in a title or the key; 1: in the category or description; 2: in a
    text; None: some word is nowhere."""
    titles = fold(" ".join([view.key, view.title, *(v.title for v in view.variants)]))
    about = fold(f"{view.category} {view.description}")
    bodies = fold(" ".join(v.body for v in view.variants))
    rank = 0
    for word in words:
        if word in titles:
            continue
        if word in about:
            rank = max(rank, 1)
        elif word in bodies:
            rank = 2
        else:
            return None
    return rank


def _raise_problems(problems: Sequence[sc.Problem]) -> None:
    if problems:
        raise sc.problems_as_field_errors(problems)


def _require_editor(conn: Connection, actor_id: int | None, what: Said) -> None:
    row = None
    if actor_id is not None:
        row = conn.execute(
            select(_U.c.role, _U.c.active, _U.c.display_name).where(_U.c.id == actor_id)
        ).one_or_none()
    if row is None or not row.active or row.role not in EDITOR_ROLES:
        who = row.display_name if row is not None else Said("This user")
        raise PermissionDenied(
            Said("{who} cannot {what}: only supervisors and admins can change the script "
                 "library. Ask a supervisor to make the change.", who=who, what=what)
        )  # fmt: skip


def _queue_ids_or_errors(conn: Connection, names: Iterable[str]) -> list[int]:
    names = list(names)
    if not names:
        return []
    found = {r.name: r.id for r in conn.execute(select(_Q.c.id, _Q.c.name)
                                                .where(_Q.c.name.in_(names)))}  # fmt: skip
    unknown = [n for n in names if n not in found]
    if unknown:
        raise FieldErrors(
            {"queues": Said("there is no queue {names}", names=", ".join(map(repr, unknown)))}
        )
    return [found[n] for n in names]


def _shortcut_owner(conn: Connection, shortcut: str, script_id: int | None) -> str | None:
    if not shortcut:
        return None
    stmt = select(_S.c.title).where(_S.c.active.is_(True), _S.c.shortcut == shortcut)
    if script_id is not None:
        stmt = stmt.where(_S.c.id != script_id)
    return conn.scalar(stmt.limit(1))


def _check_shortcut_free(conn: Connection, shortcut: str, script_id: int | None) -> None:
    owner = _shortcut_owner(conn, shortcut, script_id)
    if owner is not None:
        raise FieldErrors(
            {"shortcut": Said("{shortcut} is already the shortcut of “{owner}”",
                              shortcut=shortcut, owner=owner)}
        )  # fmt: skip


def _integrity(exc: IntegrityError, doc: sc.ScriptDoc) -> Exception:
    text = str(exc.orig)
    if "shortcut" in text:
        return FieldErrors(
            {"shortcut": Said("{shortcut} was just given to another script",
                              shortcut=doc.shortcut)}
        )  # fmt: skip
    if "key" in text:
        return FieldErrors({"key": Said("there is already a script “{key}”", key=doc.key)})
    return exc


def _conflict(conn: Connection, script_id: int) -> Exception:
    row = conn.execute(
        select(_S.c.version, _S.c.updated_at, _U.c.display_name)
        .select_from(_S.outerjoin(_U, _U.c.id == _S.c.updated_by))
        .where(_S.c.id == script_id)
    ).one_or_none()  # fmt: skip
    if row is None:
        return NotFoundError(Said("Script {id} no longer exists; nothing was saved.", id=script_id))
    who = row.display_name or Said("someone else")
    when = row.updated_at.astimezone(dt.UTC)
    return ConflictError(
        Said(
            "This script was changed by {who} at {time} UTC on {day} while you were editing. "
            "Nothing was saved: reload to see their change, then apply yours again (your "
            "text is kept).",
            who=who,
            time=Moment(when, "time"),
            day=Moment(when, "day_month"),
        ),
        changed_by=who,
        current_version=int(row.version),
    )


def _write_parts(conn: Connection, script_id: int, doc: sc.ScriptDoc, queue_ids: list[int]) -> None:
    conn.execute(delete(_SV).where(_SV.c.script_id == script_id))
    conn.execute(delete(_SQ).where(_SQ.c.script_id == script_id))
    conn.execute(
        insert(_SV),
        [{"script_id": script_id, "language": v.language, "title": v.title, "body": v.body,
          "position": i} for i, v in enumerate(doc.variants)],
    )  # fmt: skip
    if queue_ids:
        conn.execute(insert(_SQ), [{"script_id": script_id, "queue_id": q} for q in queue_ids])


def _version_row(
    conn: Connection, script_id: int, version: int, doc: sc.ScriptDoc, actor_id: int | None,
    action: str, active: bool, now: dt.datetime, reason: str = "",
) -> None:  # fmt: skip
    conn.execute(
        insert(_VER).values(script_id=script_id, version=version, action=action,
                            edited_by=actor_id, edited_at=now, reason=reason, active=active,
                            content=doc.content())
    )  # fmt: skip
    record_event(conn, actor_id=actor_id, entity="script", entity_id=script_id, action=action,
                 to_state="active" if active else "retired", reason=reason,
                 data={"key": doc.key, "version": version})  # fmt: skip


def _insert(
    conn: Connection, doc: sc.ScriptDoc, queue_ids: list[int], actor_id: int | None, action: str,
    *, shipped: bool, active: bool = True,
) -> int:  # fmt: skip
    now = utcnow()
    last = conn.scalar(select(func.max(_S.c.position)))
    sid = int(conn.execute(
        insert(_S).values(
            key=doc.key, title=doc.title, category=doc.category, description=doc.description,
            default_language=doc.default_language, shortcut=doc.shortcut,
            position=(last if last is not None else -1) + 1, active=active, shipped=shipped,
            created_at=now, created_by=actor_id, updated_at=now, updated_by=actor_id, version=1,
        ).returning(_S.c.id)
    ).scalar_one())  # fmt: skip
    _write_parts(conn, sid, doc, queue_ids)
    _version_row(conn, sid, 1, doc, actor_id, action, active, now)
    return sid


def _update(
    conn: Connection, script_id: int, expected_version: int, doc: sc.ScriptDoc,
    queue_ids: list[int], actor_id: int | None, action: str, *, active: bool, reason: str = "",
) -> None:  # fmt: skip
    now = utcnow()
    done = conn.execute(
        update(_S).where(_S.c.id == script_id, _S.c.version == expected_version).values(
            title=doc.title, category=doc.category, description=doc.description,
            default_language=doc.default_language, shortcut=doc.shortcut, active=active,
            updated_at=now, updated_by=actor_id, version=expected_version + 1,
        )
    )  # fmt: skip
    if done.rowcount != 1:
        raise _conflict(conn, script_id)
    _write_parts(conn, script_id, doc, queue_ids)
    _version_row(conn, script_id, expected_version + 1, doc, actor_id, action, active, now,
                 reason)  # fmt: skip


def _renumber(
    conn: Connection, table: Table, order: Sequence[int], id_col: Any, pos_col: Any
) -> None:
    rows = conn.execute(select(id_col, pos_col).where(id_col.in_(list(order))))
    current = {r[0]: r[1] for r in rows}
    for position, sid in enumerate(order):
        if current.get(sid) != position:
            conn.execute(update(table).where(id_col == sid).values({pos_col.name: position}))


def _seed(conn: Connection, docs: Sequence[sc.ScriptDoc]) -> SeedReport:
    created: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    for doc in docs:
        row = conn.execute(
            select(_S.c.id, _S.c.version, _S.c.shipped, _S.c.active).where(_S.c.key == doc.key)
        ).one_or_none()
        if row is None:
            if _shortcut_owner(conn, doc.shortcut, None) is not None:
                doc = replace(doc, shortcut="")
            _insert(conn, doc, [], None, "seeded", shipped=True)
            created.append(doc.key)
            continue
        touched_by_people = conn.scalar(
            select(func.count()).select_from(_VER)
            .where(_VER.c.script_id == row.id, _VER.c.action != "seeded")
        )  # fmt: skip
        if not row.shipped or touched_by_people or not row.active:
            unchanged.append(doc.key)
            continue
        current = ScriptService._views(conn, _S.c.id == row.id, None)[0]
        if _shortcut_owner(conn, doc.shortcut, row.id) is not None:
            doc = replace(doc, shortcut=current.shortcut)
        if doc.content() == current.doc().content():
            unchanged.append(doc.key)
            continue
        _update(conn, row.id, int(row.version), doc, [], None, "seeded", active=True)
        updated.append(doc.key)
    return SeedReport(tuple(created), tuple(updated), tuple(unchanged))


def _check_import(
    conn: Connection, scripts: Sequence[sc.ParsedScript]
) -> tuple[list[sc.FileIssue], dict[str, list[int]]]:
    issues: list[sc.FileIssue] = []
    queues = {r.name: r.id for r in conn.execute(select(_Q.c.id, _Q.c.name))}
    queue_ids: dict[str, list[int]] = {}
    for one in scripts:
        doc = one.doc
        unknown = [q for q in doc.queues if q not in queues]
        if unknown:
            known = ", ".join(sorted(queues)) or "none"
            names = ", ".join(map(repr, unknown))
            issues.append(sc.FileIssue(one.lines.get("queues", one.line),
                                       f"script '{doc.key}': unknown queue {names} "
                                       f"(known: {known})"))  # fmt: skip
        queue_ids[doc.key] = [queues[q] for q in doc.queues if q in queues]
    in_file = {p.doc.key for p in scripts}
    taken = {
        r.shortcut: (r.key, r.title)
        for r in conn.execute(select(_S.c.key, _S.c.title, _S.c.shortcut)
                              .where(_S.c.active.is_(True), _S.c.shortcut != constant("")))
        if r.key not in in_file
    }  # fmt: skip
    for one in scripts:
        doc = one.doc
        if doc.shortcut and not doc.retired and doc.shortcut in taken:
            key, title = taken[doc.shortcut]
            issues.append(sc.FileIssue(one.lines.get("shortcut", one.line),
                                       f"script '{doc.key}': shortcut {doc.shortcut} already "
                                       f"belongs to script '{key}' (“{title}”)"))  # fmt: skip
    return issues, queue_ids


def _apply_import(
    conn: Connection,
    scripts: Sequence[sc.ParsedScript],
    queue_ids: Mapping[str, list[int]],
    actor_id: int,
) -> ImportReport:
    out: dict[str, list[str]] = {k: [] for k in ("created", "updated", "retired", "restored",
                                                 "unchanged")}  # fmt: skip
    existing = {
        v.key: v for v in ScriptService._views(
            conn, _S.c.key.in_([p.doc.key for p in scripts]), None
        )
    }  # fmt: skip
    # Free the shortcuts that move first: two scripts may swap theirs in one file.
    for one in scripts:
        old = existing.get(one.doc.key)
        moves = (
            old is not None
            and old.active
            and old.shortcut
            and (old.shortcut != one.doc.shortcut or one.doc.retired)
        )
        if old is not None and moves:
            conn.execute(update(_S).where(_S.c.id == old.id).values(shortcut=""))
    for one in scripts:
        doc = one.doc
        old = existing.get(doc.key)
        ids = queue_ids.get(doc.key, [])
        if old is None:
            _insert(conn, doc, ids, actor_id, "imported", shipped=False, active=not doc.retired)
            out["created"].append(doc.key)
            continue
        same = doc.content() == old.doc().content()
        if same and old.active != doc.retired:
            out["unchanged"].append(doc.key)
            continue
        _update(conn, old.id, old.version, doc, ids, actor_id, "imported", active=not doc.retired)
        if old.active and doc.retired:
            out["retired"].append(doc.key)
        elif not old.active and not doc.retired:
            out["restored"].append(doc.key)
        else:
            out["updated"].append(doc.key)
    return ImportReport(
        created=tuple(out["created"]), updated=tuple(out["updated"]),
        retired=tuple(out["retired"]), restored=tuple(out["restored"]),
        unchanged=tuple(out["unchanged"]),
    )  # fmt: skip
