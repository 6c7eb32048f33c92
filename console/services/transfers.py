"""Warm transfers: a handover between two people, with the customer's context carried.

"Let me put you through to someone who can help", followed by the customer explaining it
all again, is the habit this ends. A transfer carries a structured note (why, what was
tried, what was promised, identity checked, the customer's mood); the receiver accepts
before the customer moves; the note stays on the customer's timeline for good.

Rules kept here:
- Which note fields are required is the target queue's setting (``queues.transfer_required``).
- A send is idempotent on the sender's ``request_key``: a retry after a lost connection
  never makes a second transfer.
- Accepting is a conditional UPDATE: when two agents accept one queue transfer at once,
  exactly one wins and the other is told who took it.
- Nobody accepting in time is never a dead end: the sender retries another target, or the
  transfer becomes a callback owned by the target queue, carrying the note.
- Handovers within ``CONTACT_WINDOW`` count as one contact; the third one asks for a reason
  a supervisor can read (the bounce counter).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
    update,
)

from console.errors import (
    ConflictError,
    FieldErrors,
    Moment,
    NotFoundError,
    Said,
    UserFacingError,
)
from console.services.audit import record_event
from console.services.callbacks import (
    CallbackService,
    ScheduleRequest,
    is_on_shift,
)
from console.services.callbacks import open_for_customer as open_callbacks
from console.storage.db import Database
from console.storage.dialect import announce, constant
from console.storage.models import (
    Customer,
    Incident,
    IncidentCustomer,
    Interaction,
    InteractionKind,
    Queue,
    Transfer,
    TransferState,
    User,
    UserQueue,
    utcnow,
)
from console.storage.prepared import Prepared

NOTE_FIELDS = ("reason", "issue", "tried", "promised", "identity_verified", "mood", "notes")
FIELD_LABELS = {
    "reason": Said("reason"), "issue": Said("the customer's issue"),
    "tried": Said("what was already tried"), "promised": Said("what was promised"),
    "identity_verified": Said("identity verified"), "mood": Said("the customer's mood"),
    "notes": Said("notes"),
}  # fmt: skip
# A transfer's state as a sentence says it ("This transfer is already timed out").
STATE_WORDS = {
    "offered": Said("offered"), "accepted": Said("accepted"), "declined": Said("declined"),
    "timed_out": Said("timed out"), "converted": Said("converted"),
    "cancelled": Said("cancelled"),
}  # fmt: skip
REASONS = ("refund", "booking change", "complaint", "technical", "billing", "language",
           "specialist", "escalation", "other")  # fmt: skip
MOODS = ("calm", "confused", "worried", "frustrated", "angry")
DEFAULT_REQUIRED = ("reason", "issue", "tried")
# Handovers of one customer within this time are one contact (one call being passed on).
CONTACT_WINDOW = dt.timedelta(hours=4)
# A console that said it is running within this time is signed in.
ONLINE_WINDOW = dt.timedelta(seconds=90)
DEFAULT_TIMEOUT = dt.timedelta(seconds=60)
MAX_TEXT = 4000
TOPIC = "transfers"

_T = cast(Table, Transfer.__table__)
_I = cast(Table, Incident.__table__)
_IC = cast(Table, IncidentCustomer.__table__)
_C = Customer.__table__
_U = cast(Table, User.__table__)
_Q = cast(Table, Queue.__table__)
_UQ = UserQueue.__table__
_FROM = _U.alias("from_u")
_TO = _U.alias("to_u")
_ACC = _U.alias("acc_u")


@dataclass(frozen=True)
class TransferNote:
    reason: str = ""
    issue: str = ""
    tried: str = ""
    promised: str = ""
    callback_id: int | None = None
    identity_verified: bool = False
    mood: str = ""
    notes: str = ""

    def text(self) -> str:
        """The note as it reads on the timeline and in the receiver's banner."""
        lines = [f"Why: {self.reason}" if self.reason else "", f"Issue: {self.issue}",
                 f"Tried: {self.tried}" if self.tried else "",
                 f"Promised: {self.promised}" if self.promised else "",
                 "Identity verified" if self.identity_verified else "Identity NOT verified",
                 f"Mood: {self.mood}" if self.mood else "",
                 f"Notes: {self.notes}" if self.notes else ""]  # fmt: skip
        return "\n".join(line for line in lines if line and line != "Issue: ")


@dataclass(frozen=True)
class TransferView:
    id: int
    customer_id: int
    customer_name: str
    from_user_id: int | None
    from_user: str
    to_user_id: int | None
    to_user: str
    to_queue_id: int | None
    to_queue: str
    note: TransferNote
    handover_no: int
    bounce_reason: str
    state: str
    decline_reason: str
    accepted_by: str
    created_at: dt.datetime
    expires_at: dt.datetime
    responded_at: dt.datetime | None
    converted_callback_id: int | None
    version: int

    @property
    def target(self) -> str:
        return self.to_user or f"queue {self.to_queue}"

    @property
    def is_open(self) -> bool:
        return self.state == TransferState.OFFERED.value

    def expired(self, now: dt.datetime) -> bool:
        return self.is_open and now >= self.expires_at


@dataclass(frozen=True)
class Target:
    kind: str  # "agent" or "queue"
    id: int
    name: str
    # agents: "available", "not signed in", "off shift"; queues: "<n> signed in".
    availability: str
    available: bool


_VIEW = select(
    _T.c.id, _T.c.customer_id, _C.c.full_name, _T.c.from_user_id,
    _FROM.c.display_name.label("from_name"), _T.c.to_user_id,
    _TO.c.display_name.label("to_name"), _T.c.to_queue_id, _Q.c.name.label("queue_name"),
    _T.c.reason, _T.c.issue, _T.c.tried, _T.c.promised, _T.c.callback_id,
    _T.c.identity_verified, _T.c.mood, _T.c.notes, _T.c.handover_no, _T.c.bounce_reason,
    _T.c.state, _T.c.decline_reason, _ACC.c.display_name.label("acc_name"), _T.c.created_at,
    _T.c.expires_at, _T.c.responded_at, _T.c.converted_callback_id, _T.c.version,
).select_from(
    _T.join(_C, _C.c.id == _T.c.customer_id)
    .outerjoin(_FROM, _FROM.c.id == _T.c.from_user_id)
    .outerjoin(_TO, _TO.c.id == _T.c.to_user_id)
    .outerjoin(_Q, _Q.c.id == _T.c.to_queue_id)
    .outerjoin(_ACC, _ACC.c.id == _T.c.accepted_by)
)  # fmt: skip


def _view(r: Any) -> TransferView:
    note = TransferNote(r.reason, r.issue, r.tried, r.promised, r.callback_id,
                        bool(r.identity_verified), r.mood, r.notes)  # fmt: skip
    return TransferView(
        r.id, r.customer_id, r.full_name, r.from_user_id, r.from_name or "", r.to_user_id,
        r.to_name or "", r.to_queue_id, r.queue_name or "", note, int(r.handover_no),
        r.bounce_reason, r.state, r.decline_reason, r.acc_name or "", r.created_at,
        r.expires_at, r.responded_at, r.converted_callback_id, int(r.version),
    )  # fmt: skip


# Built once: the card and every screen-pop run both (a statement built per call costs more
# Python than the database takes to answer it).
_HANDOVERS = select(func.count()).select_from(_T).where(
    _T.c.customer_id == bindparam("cid"),
    _T.c.created_at >= bindparam("since", type_=_T.c.created_at.type),
    _T.c.state.in_((constant(TransferState.OFFERED.value), constant(TransferState.ACCEPTED.value))),
)  # fmt: skip
_OFFERED_FOR_CUSTOMER = Prepared(
    _VIEW.where(
        _T.c.customer_id == bindparam("cid"), _T.c.state == constant(TransferState.OFFERED.value)
    ).order_by(_T.c.created_at.desc())
)


def handovers_in_contact(conn: Connection, customer_id: int, now: dt.datetime) -> int:
    """How many times this customer was passed on in the current contact."""
    since = now - CONTACT_WINDOW
    return int(conn.scalar(_HANDOVERS, {"cid": customer_id, "since": since}) or 0)


def open_for_customer(conn: Connection, customer_id: int) -> list[TransferView]:
    return [_view(r) for r in _OFFERED_FOR_CUSTOMER.all(conn, {"cid": customer_id})]


def parse_required(text: str) -> tuple[str, ...]:
    fields = tuple(f.strip() for f in text.split(",") if f.strip())
    bad = [f for f in fields if f not in NOTE_FIELDS]
    if bad:
        raise FieldErrors(
            {"required": Said("unknown field(s) {fields}; choose from {choices}",
                              fields=", ".join(bad), choices=", ".join(NOTE_FIELDS))}
        )  # fmt: skip
    return fields


class TransferService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- who can receive --------------------------------------------------------------------

    def heartbeat(self, user_id: int, now: dt.datetime | None = None) -> None:
        """This console is running: its user is available for transfers."""
        with self.db.write() as conn:
            conn.execute(update(_U).where(_U.c.id == user_id).values(last_seen_at=now or utcnow()))

    def targets(self, actor_id: int, now: dt.datetime | None = None) -> list[Target]:
        """Agents (with their availability) and queues a transfer can go to."""
        now = now or utcnow()
        out: list[Target] = []
        with self.db.read() as conn:
            users = conn.execute(
                select(_U.c.id, _U.c.display_name, _U.c.last_seen_at, _U.c.shift_start,
                       _U.c.shift_end, _U.c.time_zone)
                .where(_U.c.active.is_(True), _U.c.id != actor_id, _U.c.role != "admin")
                .order_by(_U.c.display_name)
            ).all()  # fmt: skip
            online: set[int] = set()
            for u in users:
                signed_in = u.last_seen_at is not None and now - u.last_seen_at <= ONLINE_WINDOW
                if signed_in:
                    online.add(u.id)
                    state = "available"
                elif not is_on_shift(u.shift_start, u.shift_end, u.time_zone, now):
                    state = "off shift"
                else:
                    state = "not signed in"
                out.append(Target("agent", u.id, u.display_name, state, signed_in))
            members: dict[int, int] = {}
            for qid, uid in conn.execute(select(_UQ.c.queue_id, _UQ.c.user_id)):
                if uid in online and uid != actor_id:  # I would never answer my own
                    members[qid] = members.get(qid, 0) + 1
            for qid, name in conn.execute(select(_Q.c.id, _Q.c.name).order_by(_Q.c.name)):
                n = members.get(qid, 0)
                out.append(Target("queue", qid, name, f"{n} signed in", True))
        out.sort(key=lambda t: (t.kind != "agent", not t.available, t.name))
        return out

    def required_fields(self, *, to_user_id: int | None = None,
                        to_queue_id: int | None = None) -> tuple[str, ...]:  # fmt: skip
        with self.db.read() as conn:
            return self._required(conn, to_user_id, to_queue_id)

    @staticmethod
    def _required(conn: Connection, to_user: int | None, to_queue: int | None) -> tuple[str, ...]:
        queue = to_queue
        if queue is None and to_user is not None:
            queue = conn.scalar(
                select(_UQ.c.queue_id).where(_UQ.c.user_id == to_user).order_by(_UQ.c.queue_id)
                .limit(1)
            )  # fmt: skip
        if queue is None:
            return DEFAULT_REQUIRED
        text = conn.scalar(select(_Q.c.transfer_required).where(_Q.c.id == queue))
        try:
            return parse_required(text or "")
        except FieldErrors:
            return DEFAULT_REQUIRED

    def set_required(self, queue_name: str, fields: str) -> tuple[str, ...]:
        parsed = parse_required(fields)
        with self.db.write() as conn:
            done = conn.execute(
                update(_Q).where(_Q.c.name == queue_name)
                .values(transfer_required=",".join(parsed), version=_Q.c.version + 1)
            )  # fmt: skip
            if done.rowcount != 1:
                raise NotFoundError(Said("There is no queue “{name}”.", name=queue_name))
        return parsed

    def handovers(self, customer_id: int, now: dt.datetime | None = None) -> int:
        with self.db.read() as conn:
            return handovers_in_contact(conn, customer_id, now or utcnow())

    # ---- sending ----------------------------------------------------------------------------

    def send(
        self,
        request_key: str,
        customer_id: int,
        actor_id: int,
        note: TransferNote,
        *,
        to_user_id: int | None = None,
        to_queue_id: int | None = None,
        bounce_reason: str = "",
        timeout: dt.timedelta = DEFAULT_TIMEOUT,
        now: dt.datetime | None = None,
    ) -> TransferView:
        now = now or utcnow()
        if not request_key or len(request_key) > 64:
            raise ValueError("a request key (uuid) is required")
        note = _clean(note)
        with self.db.write() as conn:
            existing = conn.scalar(select(_T.c.id).where(_T.c.request_key == request_key))
            if existing is not None:
                return self._get(conn, existing)  # a retried send: the same transfer
            errors: dict[str, str] = {}
            if (to_user_id is None) == (to_queue_id is None):
                errors["target"] = Said("choose one colleague or one queue")
            elif to_user_id == actor_id:
                errors["target"] = Said("you cannot transfer a customer to yourself")
            required = self._required(conn, to_user_id, to_queue_id) if not errors else ()
            for name in required:
                value = getattr(note, name)
                if name == "identity_verified":
                    if not value:
                        errors[name] = Said(
                            "this queue takes only customers whose identity is checked"
                        )
                elif not value:
                    errors[name] = Said(
                        "{field} is required by this queue", field=FIELD_LABELS[name]
                    )
            if note.reason and note.reason not in REASONS:
                errors["reason"] = Said("choose one of {choices}", choices=", ".join(REASONS))
            if note.mood and note.mood not in MOODS:
                errors["mood"] = Said("choose one of {choices}", choices=", ".join(MOODS))
            if len(bounce_reason) > MAX_TEXT:
                errors["bounce_reason"] = Said("at most {n} characters", n=MAX_TEXT)
            linked = note.callback_id
            if linked is not None and linked not in {
                c.id for c in open_callbacks(conn, customer_id)
            }:
                errors["promised"] = Said(
                    "the linked callback is not an open promise of this customer"
                )
            prior = handovers_in_contact(conn, customer_id, now)
            if prior >= 2 and not bounce_reason.strip():
                errors["bounce_reason"] = Said(
                    "this customer was already passed on {n} times in this contact: say why "
                    "another handover is needed (your supervisor sees it)",
                    n=prior,
                )
            if errors:
                raise FieldErrors(errors)
            cust = conn.scalar(select(_C.c.full_name).where(_C.c.id == customer_id))
            if cust is None:
                raise NotFoundError(
                    Said("Customer {id} does not exist (any more).", id=customer_id)
                )
            target_name = ""
            if to_user_id is not None:
                row = conn.execute(
                    select(_U.c.display_name, _U.c.last_seen_at, _U.c.active)
                    .where(_U.c.id == to_user_id)
                ).one_or_none()  # fmt: skip
                if row is None or not row.active:
                    raise NotFoundError(Said("That colleague does not exist or is disabled."))
                if row.last_seen_at is None or now - row.last_seen_at > ONLINE_WINDOW:
                    raise UserFacingError(
                        Said(
                            "{name} is not signed in to Agent Console right now, so nobody "
                            "would answer. Choose a colleague who is available, or their queue.",
                            name=row.display_name,
                        )
                    )
                target_name = row.display_name
            else:
                target_name = conn.scalar(select(_Q.c.name).where(_Q.c.id == to_queue_id)) or ""
                if not target_name:
                    raise NotFoundError(Said("That queue does not exist."))
                target_name = f"queue {target_name}"
            sender = conn.scalar(select(_U.c.display_name).where(_U.c.id == actor_id)) or ""
            summary = f"Warm transfer from {sender} to {target_name}\n{note.text()}"
            if bounce_reason.strip():
                summary += (
                    f"\nHandover {prior + 1} in this contact because: {bounce_reason.strip()}"
                )
            interaction = conn.execute(
                insert(Interaction).values(
                    customer_id=customer_id, kind=InteractionKind.TRANSFER.value,
                    direction="internal", agent_id=actor_id, started_at=now, ended_at=None,
                    outcome="offered", summary=summary, version=1,
                ).returning(Interaction.id)
            ).scalar_one()  # fmt: skip
            tid = conn.execute(
                insert(Transfer).values(
                    request_key=request_key, customer_id=customer_id, from_user_id=actor_id,
                    to_user_id=to_user_id, to_queue_id=to_queue_id, reason=note.reason,
                    issue=note.issue, tried=note.tried, promised=note.promised,
                    callback_id=note.callback_id, identity_verified=note.identity_verified,
                    mood=note.mood, notes=note.notes, handover_no=prior + 1,
                    bounce_reason=bounce_reason.strip(), state=TransferState.OFFERED.value,
                    decline_reason="", created_at=now, expires_at=now + timeout,
                    interaction_id=interaction, version=1,
                ).returning(Transfer.id)
            ).scalar_one()  # fmt: skip
            record_event(
                conn, actor_id=actor_id, entity="transfer", entity_id=tid, action="offered",
                to_state="offered", reason=bounce_reason.strip(),
                data={"customer_id": customer_id, "to_user_id": to_user_id,
                      "to_queue_id": to_queue_id, "handover_no": prior + 1},
            )  # fmt: skip
            announce(conn, TOPIC, id=tid, to_user=to_user_id, to_queue=to_queue_id,
                     from_user=actor_id)  # fmt: skip
            return self._get(conn, tid)

    # ---- receiving --------------------------------------------------------------------------

    def inbox(self, actor_id: int) -> list[TransferView]:
        """Offered transfers addressed to me or to one of my queues: customers in an open
        disruption first (they rise to the top, like their callbacks), then oldest first."""
        with self.db.read() as conn:
            queues = select(_UQ.c.queue_id).where(_UQ.c.user_id == actor_id)
            disrupted = (
                select(_IC.c.customer_id)
                .select_from(_IC.join(_I, _I.c.id == _IC.c.incident_id))
                .where(_IC.c.customer_id == _T.c.customer_id, _I.c.state == constant("open"))
                .exists()
            )
            stmt = _VIEW.where(
                _T.c.state == constant(TransferState.OFFERED.value),
                or_(_T.c.to_user_id == actor_id,
                    and_(_T.c.to_queue_id.in_(queues), _T.c.from_user_id != actor_id)),
            ).order_by(case((disrupted, 0), else_=1), _T.c.created_at, _T.c.id)  # fmt: skip
            return [_view(r) for r in conn.execute(stmt)]

    def sent(self, actor_id: int, since: dt.datetime) -> list[TransferView]:
        """What I sent recently, with its state (the sender watches it change live)."""
        with self.db.read() as conn:
            stmt = (
                _VIEW.where(_T.c.from_user_id == actor_id, _T.c.created_at >= since)
                .order_by(_T.c.created_at.desc(), _T.c.id.desc())
                .limit(50)
            )
            return [_view(r) for r in conn.execute(stmt)]

    def get(self, transfer_id: int) -> TransferView:
        with self.db.read() as conn:
            return self._get(conn, transfer_id)

    @staticmethod
    def _get(conn: Connection, transfer_id: int) -> TransferView:
        row = conn.execute(_VIEW.where(_T.c.id == transfer_id)).one_or_none()
        if row is None:
            raise NotFoundError(Said("Transfer {id} does not exist.", id=transfer_id))
        return _view(row)

    def accept(
        self, transfer_id: int, actor_id: int, now: dt.datetime | None = None
    ) -> TransferView:
        return self._answer(transfer_id, actor_id, TransferState.ACCEPTED, "", now or utcnow())

    def decline(self, transfer_id: int, actor_id: int, reason: str,
                now: dt.datetime | None = None) -> TransferView:  # fmt: skip
        reason = reason.strip()
        if not reason:
            raise FieldErrors(
                {"reason": Said("tell the sender why, so they can find the right person")}
            )
        return self._answer(transfer_id, actor_id, TransferState.DECLINED, reason, now or utcnow())

    def _answer(
        self, transfer_id: int, actor_id: int, state: TransferState, reason: str,
        now: dt.datetime,
    ) -> TransferView:  # fmt: skip
        """Accept or decline: a conditional UPDATE, so of two answers at once one wins."""
        values: dict[str, Any] = {"state": state.value, "responded_at": now,
                                  "version": _T.c.version + 1}  # fmt: skip
        if state == TransferState.ACCEPTED:
            values["accepted_by"] = actor_id
        else:
            values["decline_reason"] = reason
        with self.db.write() as conn:
            t = self._get(conn, transfer_id)
            self._check_addressed(conn, t, actor_id)
            done = conn.execute(
                update(_T)
                .where(_T.c.id == transfer_id, _T.c.state == constant(TransferState.OFFERED.value))
                .values(**values)
            )  # fmt: skip
            if done.rowcount != 1:
                raise self._taken(conn, transfer_id)
            name = conn.scalar(select(_U.c.display_name).where(_U.c.id == actor_id)) or ""
            outcome = f"{state.value} by {name}" + (f": {reason}" if reason else "")
            self._outcome(conn, transfer_id, outcome)
            record_event(conn, actor_id=actor_id, entity="transfer", entity_id=transfer_id,
                         action=state.value, from_state="offered", to_state=state.value,
                         reason=reason)  # fmt: skip
            announce(conn, TOPIC, id=transfer_id, from_user=t.from_user_id)
            return self._get(conn, transfer_id)

    @staticmethod
    def _check_addressed(conn: Connection, t: TransferView, actor_id: int) -> None:
        if t.to_user_id is not None:
            if t.to_user_id != actor_id:
                raise UserFacingError(
                    Said("This transfer is addressed to {name}, not to you.", name=t.to_user)
                )
            return
        member = conn.scalar(
            select(_UQ.c.user_id).where(_UQ.c.user_id == actor_id,
                                        _UQ.c.queue_id == t.to_queue_id)
        )  # fmt: skip
        if member is None:
            raise UserFacingError(
                Said("This transfer is for queue {queue}; you are not in it.", queue=t.to_queue)
            )

    def _taken(self, conn: Connection, transfer_id: int) -> ConflictError:
        t = self._get(conn, transfer_id)
        at = Moment(t.responded_at, "time") if t.responded_at is not None else ""
        msg: str
        if t.state == TransferState.ACCEPTED.value and at:
            msg = Said(
                "{name} took this transfer at {time} UTC, before you: nothing to do.",
                name=t.accepted_by, time=at,
            )  # fmt: skip
        elif t.state == TransferState.ACCEPTED.value:
            msg = Said(
                "{name} took this transfer a moment before you: nothing to do.", name=t.accepted_by
            )
        elif t.state == TransferState.CANCELLED.value and at:
            msg = Said("{name} withdrew this transfer at {time} UTC.", name=t.from_user, time=at)
        elif t.state == TransferState.CANCELLED.value:
            msg = Said("{name} withdrew this transfer.", name=t.from_user)
        elif at:
            msg = Said("This transfer is already {state} at {time} UTC.",
                       state=_state_word(t.state), time=at)  # fmt: skip
        else:
            msg = Said("This transfer is already {state}.", state=_state_word(t.state))
        return ConflictError(msg, changed_by=t.accepted_by, current_version=t.version)

    @staticmethod
    def _outcome(conn: Connection, transfer_id: int, outcome: str) -> None:
        iid = conn.scalar(select(_T.c.interaction_id).where(_T.c.id == transfer_id))
        if iid is not None:
            conn.execute(
                update(Interaction).where(Interaction.id == iid)
                .values(outcome=outcome[:64], version=Interaction.version + 1)
            )  # fmt: skip

    # ---- the sender's way out ---------------------------------------------------------------

    def withdraw(self, transfer_id: int, actor_id: int, *, state: str = "cancelled",
                 reason: str = "", now: dt.datetime | None = None) -> TransferView:  # fmt: skip
        """The sender takes an unanswered transfer back (state cancelled or timed_out)."""
        now = now or utcnow()
        if state not in (TransferState.CANCELLED.value, TransferState.TIMED_OUT.value):
            raise ValueError(state)
        with self.db.write() as conn:
            t = self._get(conn, transfer_id)
            if t.from_user_id != actor_id:
                raise UserFacingError(Said("Only the sender can take a transfer back."))
            done = conn.execute(
                update(_T).where(_T.c.id == transfer_id,
                                 _T.c.state == constant(TransferState.OFFERED.value))
                .values(state=state, responded_at=now, decline_reason=reason,
                        version=_T.c.version + 1)
            )  # fmt: skip
            if done.rowcount != 1:
                raise self._taken(conn, transfer_id)
            self._outcome(conn, transfer_id, "no answer" if state == "timed_out" else "withdrawn")
            record_event(
                conn, actor_id=actor_id, entity="transfer", entity_id=transfer_id,
                action=state, from_state="offered", to_state=state, reason=reason,
            )  # fmt: skip
            announce(conn, TOPIC, id=transfer_id, to_user=t.to_user_id, to_queue=t.to_queue_id)
            return self._get(conn, transfer_id)

    def retry(self, transfer_id: int, actor_id: int, request_key: str, *,
              to_user_id: int | None = None, to_queue_id: int | None = None,
              bounce_reason: str = "", timeout: dt.timedelta = DEFAULT_TIMEOUT,
              now: dt.datetime | None = None) -> TransferView:  # fmt: skip
        """Nobody answered: offer the same note to another colleague or queue."""
        old = self.get(transfer_id)
        if old.is_open:
            old = self.withdraw(transfer_id, actor_id, state="timed_out", now=now)
        return self.send(request_key, old.customer_id, actor_id, old.note, to_user_id=to_user_id,
                         to_queue_id=to_queue_id, bounce_reason=bounce_reason or old.bounce_reason,
                         timeout=timeout, now=now)  # fmt: skip

    def to_callback(self, transfer_id: int, actor_id: int,
                    now: dt.datetime | None = None) -> TransferView:  # fmt: skip
        """Nobody answered: the target queue owes the customer a callback, with the note.

        The customer hangs up with a promise ("someone from Refunds will call you back
        today"), never with nothing.
        """
        now = now or utcnow()
        t = self.get(transfer_id)
        if t.from_user_id != actor_id:
            raise UserFacingError(Said("Only the sender can turn a transfer into a callback."))
        retryable = (TransferState.OFFERED.value, TransferState.TIMED_OUT.value,
                     TransferState.DECLINED.value)  # fmt: skip
        if t.state not in retryable:
            raise ConflictError(
                Said("This transfer is already {state}.", state=_state_word(t.state))
            )
        queue = t.to_queue_id
        if queue is None:
            with self.db.read() as conn:
                queue = conn.scalar(
                    select(_UQ.c.queue_id).where(_UQ.c.user_id == t.to_user_id)
                    .order_by(_UQ.c.queue_id).limit(1)
                )  # fmt: skip
        if queue is None:
            raise UserFacingError(
                Said("{name} is in no queue: schedule the callback yourself.", name=t.target)
            )
        callbacks = CallbackService(self.db)
        note = f"From transfer #{t.id}:\n{t.note.text()}"[:4000]
        request = ScheduleRequest(
            t.customer_id, mode="asap", owner="queue", queue_id=queue, note=note
        )
        with self.db.write() as conn:
            plan = callbacks._plan(conn, request, actor_id, now)
            cb = callbacks._insert(conn, request, plan, request.note, actor_id, now)
            done = conn.execute(
                update(_T).where(_T.c.id == transfer_id,
                                 _T.c.state.in_(retryable))
                .values(state=TransferState.CONVERTED.value, converted_callback_id=cb.id,
                        responded_at=now, version=_T.c.version + 1)
            )  # fmt: skip
            if done.rowcount != 1:
                raise self._taken(conn, transfer_id)
            self._outcome(conn, transfer_id, "became a callback")
            record_event(conn, actor_id=actor_id, entity="transfer", entity_id=transfer_id,
                         action="converted", from_state=t.state, to_state="converted",
                         data={"callback_id": cb.id})  # fmt: skip
            announce(conn, TOPIC, id=transfer_id, to_user=t.to_user_id, to_queue=t.to_queue_id)
            announce(conn, "callbacks", id=cb.id)
            return self._get(conn, transfer_id)

    def latest_accepted(self, customer_id: int) -> TransferView | None:
        """The handover note to pin on top of the receiver's timeline."""
        with self.db.read() as conn:
            row = conn.execute(
                _VIEW.where(_T.c.customer_id == customer_id,
                            _T.c.state == constant(TransferState.ACCEPTED.value))
                .order_by(_T.c.responded_at.desc()).limit(1)
            ).one_or_none()  # fmt: skip
            return _view(row) if row is not None else None


def _state_word(state: str) -> str:
    return STATE_WORDS.get(state, state.replace("_", " "))


def _clean(note: TransferNote) -> TransferNote:
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name in ("reason", "issue", "tried", "promised", "mood", "notes"):
        text = str(getattr(note, name) or "").strip()
        if len(text) > MAX_TEXT:
            errors[name] = Said("at most {n} characters", n=MAX_TEXT)
        values[name] = text
    values["issue"] = " ".join(values["issue"].split())  # one sentence, one line
    if len(values["issue"]) > 300:
        errors["issue"] = Said("one sentence, please (at most {n} characters)", n=300)
    if errors:
        raise FieldErrors(errors)
    return TransferNote(values["reason"], values["issue"], values["tried"], values["promised"],
                        note.callback_id, note.identity_verified, values["mood"],
                        values["notes"])  # fmt: skip
