"""Typed SQLAlchemy 2.0 models: one metadata, identical on SQLite and PostgreSQL.

Mutable rows carry a ``version`` column (SQLAlchemy's version counter), so a write based on a
stale read fails instead of silently overwriting another agent's work. The event log is
append-only: the database itself refuses updates and deletes (see the first migration).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on both databases (SQLite stores them naive, in UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Role(enum.StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class InteractionKind(enum.StrEnum):
    CALL = "call"
    NOTE = "note"
    EMAIL = "email"
    ORDER = "order"
    TRANSFER = "transfer"
    CALLBACK = "callback"
    INCIDENT = "incident"  # became part of a disruption (its facts at that moment)


class Direction(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default=Role.AGENT.value)
    time_zone: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(16), default="en")
    # Shift in the user's own time zone, "HH:MM"; empty when not on a fixed shift.
    shift_start: Mapped[str] = mapped_column(String(5), default="")
    shift_end: Mapped[str] = mapped_column(String(5), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When this person's console last said it is running (a heartbeat): availability for
    # warm transfers. Not versioned: it is the console's, not a person's edit.
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    queues: Mapped[list[Queue]] = relationship(secondary="user_queues", back_populates="members")

    __mapper_args__ = {"version_id_col": version}


class Queue(Base):
    __tablename__ = "queues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    # Callback policy of the queue (see console/services/callbacks.py): the retry steps after
    # an unanswered attempt ("+15m,+1h,next_window"), how many attempts before a supervisor
    # must look, how long a personal callback may sit untouched after its window opens before
    # it moves here, and how late a reach still counts as a kept promise.
    retry_steps: Mapped[str] = mapped_column(String(200), default="+15m,+1h,next_window")
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    grace_minutes: Mapped[int] = mapped_column(Integer, default=15)
    kept_tolerance_minutes: Mapped[int] = mapped_column(Integer, default=10)
    # Warm-transfer note fields a sender must fill for this queue (comma-separated names from
    # console.services.transfers.NOTE_FIELDS).
    transfer_required: Mapped[str] = mapped_column(String(200), default="reason,issue,tried")
    version: Mapped[int] = mapped_column(Integer, default=1)

    members: Mapped[list[User]] = relationship(secondary="user_queues", back_populates="queues")

    __mapper_args__ = {"version_id_col": version}


class UserQueue(Base):
    __tablename__ = "user_queues"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    queue_id: Mapped[int] = mapped_column(
        ForeignKey("queues.id", ondelete="CASCADE"), primary_key=True
    )


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Account or booking number, normalised (upper case, no spaces or dashes).
    account_no: Mapped[str] = mapped_column(String(32), unique=True)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="")
    # As the customer writes it, in their script and order.
    full_name: Mapped[str] = mapped_column(String(400))
    # Case- and accent-folded full_name (console.text.name_key), what name search matches.
    name_key: Mapped[str] = mapped_column(String(400))
    time_zone: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(16), default="en")
    country: Mapped[str] = mapped_column(String(2))
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # Free fields such as departure_date, voyage, flight.
    custom_fields: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Who made the last change: a conflict message names them ("changed by Dana at 14:02").
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    emails: Mapped[list[CustomerEmail]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class NameWord(Base):
    """A word that occurs in some customer's name_key (split on spaces): the vocabulary
    typo-tolerant search matches a mistyped word against before it looks for customers.

    Filled by database triggers on customers (migration 0010, ``dialect.
    create_name_vocabulary``), on both databases and for every write path. Append-only: a
    word whose last customer was renamed stays, and finds nobody. Not unique either: two
    transactions adding the same new word at once both keep it (no one waits on a lock);
    readers take distinct words.
    """

    __tablename__ = "name_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(400), index=True)


class CustomerPhone(Base):
    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    e164: Mapped[str] = mapped_column(String(20), index=True)
    typed: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(16), default="mobile")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class CustomerEmail(Base):
    __tablename__ = "customer_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320), index=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="emails")


class Interaction(Base):
    """One contact on a customer's timeline: a call, note, email, order, transfer or callback."""

    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str | None] = mapped_column(String(16), nullable=True)
    agent_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), nullable=True
    )
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(64), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (Index("ix_interactions_timeline", "customer_id", "started_at", "id"),)
    __mapper_args__ = {"version_id_col": version}


class Event(Base):
    """Append-only audit log of state changes: who, when, from, to, why."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str] = mapped_column(String(32), default="")
    to_state: Mapped[str] = mapped_column(String(32), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)

    __table_args__ = (Index("ix_events_entity", "entity", "entity_id", "occurred_at"),)


class GoodwillKind(enum.StrEnum):
    REFUND = "refund"
    VOUCHER = "voucher"
    UPGRADE = "upgrade"
    GIFT = "gift"
    WAIVED_FEE = "waived fee"
    OTHER = "other"


class Goodwill(Base):
    """A service-recovery gesture given to a customer: shown on the card so it is neither
    given twice by accident nor forgotten. Never edited; a mistaken one is voided."""

    __tablename__ = "goodwill"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    # Minor units (cents) avoid floating point; currency is ISO 4217. Zero for non-monetary.
    amount_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="")
    reason: Mapped[str] = mapped_column(Text)
    given_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    given_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (Index("ix_goodwill_customer", "customer_id", "given_at"),)
    __mapper_args__ = {"version_id_col": version}


class CallbackState(enum.StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    KEPT = "kept"
    BROKEN = "broken"
    FAILED = "failed"
    CANCELLED = "cancelled"


OPEN_CALLBACK_STATES = (CallbackState.PENDING.value, CallbackState.CLAIMED.value)


class Callback(Base):
    """A promise to call a customer back inside a window of their local time.

    ``due_at`` is when someone should act next (the window start, then each retry);
    ``window_start``/``window_end`` stay the promise that was read to the customer, and a
    reach inside it (plus the queue's tolerance) is a kept promise.
    """

    __tablename__ = "callbacks"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    phone_e164: Mapped[str] = mapped_column(String(20))
    queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id"), nullable=True)
    # The agent who owns it; NULL means the queue owns it (anyone in the queue may claim it).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    window_start: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    window_end: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # The customer's zone when it was promised: the promise is in their clock.
    zone: Mapped[str] = mapped_column(String(64))
    asap: Mapped[bool] = mapped_column(Boolean, default=False)
    promise: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    priority_reasons: Mapped[list[str]] = mapped_column(JSONType, default=list)
    state: Mapped[str] = mapped_column(String(16), default=CallbackState.PENDING.value)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_outcome: Mapped[str] = mapped_column(String(32), default="")
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Set when it moved from a person to the queue (grace period over or owner off shift).
    handed_on_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    handed_from: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rescheduled_from: Mapped[int | None] = mapped_column(ForeignKey("callbacks.id"), nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Made for a disruption (its proactive callbacks), for the disruption's panel.
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), nullable=True)

    __table_args__ = (
        # Open work only: a million closed callbacks never slow the views or claim-next.
        Index(
            "ix_callbacks_open_owner", "owner_id", "due_at",
            sqlite_where=text("state IN ('pending', 'claimed')"),
            postgresql_where=text("state IN ('pending', 'claimed')"),
        ),
        Index(
            "ix_callbacks_open_queue", "queue_id", "due_at",
            sqlite_where=text("state = 'pending' AND owner_id IS NULL"),
            postgresql_where=text("state = 'pending' AND owner_id IS NULL"),
        ),
        Index(
            "ix_callbacks_claimed", "claimed_by",
            sqlite_where=text("state = 'claimed'"), postgresql_where=text("state = 'claimed'"),
        ),
        Index("ix_callbacks_customer", "customer_id", "state"),
        # The dashboard (migration 0005): the open backlog and recent closures, index-only.
        Index(
            "ix_callbacks_open_board", "queue_id", "owner_id", "claimed_by", "state",
            "window_end", "due_at",
            sqlite_where=text("state IN ('pending', 'claimed')"),
            postgresql_where=text("state IN ('pending', 'claimed')"),
        ),
        Index("ix_callbacks_closed_board", "closed_at", "state", "updated_by", "queue_id"),
        Index("ix_callbacks_incident", "incident_id", "state"),
        Index(
            "ix_callbacks_rescheduled_from", "rescheduled_from",
            sqlite_where=text("rescheduled_from IS NOT NULL"),
            postgresql_where=text("rescheduled_from IS NOT NULL"),
        ),
    )  # fmt: skip
    __mapper_args__ = {"version_id_col": version}


class CallingWindow(Base):
    """When customers may be called, in their local time: per queue and/or country.

    The most specific row wins: queue and country, then country, then the built-in country
    default (console.scheduling.COUNTRY_WINDOWS), then queue, then the catch-all row.
    """

    __tablename__ = "calling_windows"

    id: Mapped[int] = mapped_column(primary_key=True)
    queue_id: Mapped[int | None] = mapped_column(
        ForeignKey("queues.id", ondelete="CASCADE"), nullable=True
    )
    country: Mapped[str] = mapped_column(String(2), default="")
    # "Mon-Fri 09:00-20:00; Sat 10:00-16:00" (console.scheduling.parse_windows).
    windows: Mapped[str] = mapped_column(String(400))
    honour_holidays: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PriorityRule(Base):
    """One configurable reason a callback moves up the work order (console.services.priority)."""

    __tablename__ = "priority_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # "tag" (value = the tag), "field_equals" (field = custom field, value), "date_within_days"
    # (field = custom field holding an ISO date, value = days), "broken_promises" (points per
    # broken or failed callback in the last 90 days), "incident" (member of an open incident).
    kind: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(64), default="")
    value: Mapped[str] = mapped_column(String(200), default="")
    points: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class TransferState(enum.StrEnum):
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TIMED_OUT = "timed_out"
    CONVERTED = "converted"
    CANCELLED = "cancelled"


class Transfer(Base):
    """A warm handover: the customer's context and a structured note, accepted before the
    customer moves. The note stays on the customer's timeline for good."""

    __tablename__ = "transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Chosen by the sending console, so a send retried after a lost connection is one transfer.
    request_key: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    to_queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(64), default="")
    issue: Mapped[str] = mapped_column(Text, default="")
    tried: Mapped[str] = mapped_column(Text, default="")
    promised: Mapped[str] = mapped_column(Text, default="")
    callback_id: Mapped[int | None] = mapped_column(ForeignKey("callbacks.id"), nullable=True)
    identity_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    mood: Mapped[str] = mapped_column(String(32), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Which handover of this contact this is (1 = first); the third needs a reason.
    handover_no: Mapped[int] = mapped_column(Integer, default=1)
    bounce_reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default=TransferState.OFFERED.value)
    decline_reason: Mapped[str] = mapped_column(Text, default="")
    accepted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    responded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The timeline entry that carries the note on the customer's history.
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interactions.id", ondelete="SET NULL"), nullable=True
    )
    converted_callback_id: Mapped[int | None] = mapped_column(
        ForeignKey("callbacks.id"), nullable=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        Index(
            "ix_transfers_offered", "to_user_id", "to_queue_id",
            sqlite_where=text("state = 'offered'"),
            postgresql_where=text("state = 'offered'"),
        ),
        Index("ix_transfers_customer", "customer_id", "created_at"),
        Index("ix_transfers_sender", "from_user_id", "created_at"),
    )  # fmt: skip
    __mapper_args__ = {"version_id_col": version}


class Setting(Base):
    """Key/value facts about the database itself (for example which demo seed built it)."""

    __tablename__ = "db_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Script(Base):
    """A scripted response: the words an agent inserts, per language (console.scripts).

    The row holds the current state; every edit also writes a ``ScriptVersion`` snapshot, so
    old wordings stay readable. Retired scripts are hidden from agents, never deleted.
    """

    __tablename__ = "scripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable name used by files, the CLI and seeding ("latte", "callback-promise").
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100), default="General")
    description: Mapped[str] = mapped_column(Text, default="")
    default_language: Mapped[str] = mapped_column(String(16), default="en")
    # A Qt key sequence as text ("Ctrl+Alt+L"); unique among active scripts.
    shortcut: Mapped[str] = mapped_column(String(64), default="")
    # Order in the library (supervisors reorder).
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Came from resources/scripts (seeding updates it only while no person has edited it).
    shipped: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # Also the number of the latest ScriptVersion.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        Index("ix_scripts_library", "active", "category", "position"),
        Index(
            "uq_scripts_active_shortcut", "shortcut", unique=True,
            sqlite_where=text("active = 1 AND shortcut <> ''"),
            postgresql_where=text("active AND shortcut <> ''"),
        ),
    )  # fmt: skip
    __mapper_args__ = {"version_id_col": version}


class ScriptVariant(Base):
    """The current text of a script in one language."""

    __tablename__ = "script_variants"

    script_id: Mapped[int] = mapped_column(
        ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(16), primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ScriptQueue(Base):
    """A script limited to some queues; a script with no rows here is for every queue."""

    __tablename__ = "script_queues"

    script_id: Mapped[int] = mapped_column(
        ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True
    )
    queue_id: Mapped[int] = mapped_column(
        ForeignKey("queues.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ScriptVersion(Base):
    """One saved state of a script: who, when, what (a JSON snapshot). Never changed."""

    __tablename__ = "script_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    # created, edited, retired, restored, imported, seeded.
    action: Mapped[str] = mapped_column(String(16))
    edited_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    edited_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)

    __table_args__ = (Index("ix_script_versions_script", "script_id", "version", unique=True),)


class ScriptFavourite(Base):
    """An agent's favourite scripts, in their order (the first nine get Alt+1…9)."""

    __tablename__ = "script_favourites"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    script_id: Mapped[int] = mapped_column(
        ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_script_favourites_order", "user_id", "position"),)


class ScriptUse(Base):
    """How often an agent inserted a script, and when last."""

    __tablename__ = "script_usage"

    script_id: Mapped[int] = mapped_column(
        ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    uses: Mapped[int] = mapped_column(Integer, default=0)
    last_used_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Incident(Base):
    """A disruption (a cancelled flight, a ship on fire): who is affected, what agents may say.

    The facts are edited over time; every edit is an ``IncidentFact`` row (the newest is
    current). Closing keeps everything: the callbacks stay owned, the timelines keep the record.
    """

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16), default="open")
    standards: Mapped[str] = mapped_column(Text, default="")
    queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id"), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (Index("ix_incidents_state", "state", "created_at"),)


class IncidentFact(Base):
    """One edit of a disruption's facts and standards: what agents were told to say, when."""

    __tablename__ = "incident_facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    facts: Mapped[str] = mapped_column(Text)
    standards: Mapped[str] = mapped_column(Text, default="")
    written_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_incident_facts_incident", "incident_id", "id"),)


class IncidentCustomer(Base):
    """A customer affected by a disruption."""

    __tablename__ = "incident_customers"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (Index("ix_incident_customers_customer", "customer_id"),)
