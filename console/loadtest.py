"""``agent-console bench --load``: many agents at once on one PostgreSQL, then a count.

Each simulated agent is its own process (its own interpreter and connection, as each agent
has their own desktop), signed in as its own user, and works through the real services for a
fixed time: searches, screen-pops, notes, callback scheduling, claims (claim-next, then a
release or "reached"), warm transfers (sent to a colleague, who accepts from their inbox)
and, for supervisors, dashboard refreshes. Everything runs on loopback against the database
given; nothing else is contacted.

Afterwards the database is counted: every note, callback and transfer an agent was told was
saved exists exactly once, every accept it was told about is recorded, no callback was
claimed while another agent held it (the event log), and no operation failed. Refusals the
product gives by design (a colleague's transfer already taken, nothing due to claim) are
counted apart from errors.

SQLite is refused: one file shared by dozens of desktops is not how teams run the console
(DESIGN.md: PostgreSQL for teams), and its single writer would measure the file lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import random
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, insert, select

from console.errors import ConflictError, UserFacingError
from console.storage.db import Database, normalise_url
from console.storage.dialect import POSTGRESQL
from console.storage.models import (
    Callback,
    Customer,
    CustomerPhone,
    Event,
    Interaction,
    Queue,
    Transfer,
    User,
    UserQueue,
)

DEFAULT_AGENTS = 50
DEFAULT_SECONDS = 60.0
DEFAULT_THINK_MS = 20.0
# One simulated agent in ten is a supervisor (dashboard refreshes, searches, pops).
SUPERVISOR_EVERY = 10
SAMPLE_CUSTOMERS = 2000
AGENT_MIX = {
    "search": 25, "pop": 20, "note": 20, "schedule": 10, "claim": 12, "transfer": 5, "inbox": 8,
}  # fmt: skip
SUPERVISOR_MIX = {"dashboard": 60, "search": 25, "pop": 15}
HEARTBEAT_S = 20.0
REACH_EVERY = 5  # one claim in five is worked to "reached"; the others are released


class LoadError(UserFacingError):
    """The load test cannot run as asked (SQLite, an empty database)."""


@dataclass
class AgentResult:
    agent: int
    latencies: dict[str, list[float]] = field(default_factory=dict)
    ops: int = 0
    errors: int = 0
    first_errors: list[str] = field(default_factory=list)
    refused: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    callbacks: list[int] = field(default_factory=list)
    transfers: list[str] = field(default_factory=list)  # request keys
    accepted: list[int] = field(default_factory=list)
    claims: int = 0
    reached: int = 0


@dataclass(frozen=True)
class OpFigure:
    op: str
    count: int
    p50_ms: float
    p95_ms: float
    max_ms: float


@dataclass
class LoadReport:
    agents: int
    supervisors: int
    seconds: float
    think_ms: float
    cpus: int
    database: str
    ops: int
    ops_per_s: float
    operations: list[OpFigure]
    errors: int
    first_errors: list[str]
    refused: dict[str, int]
    claims: int
    double_claims: int
    notes_written: int
    notes_found_once: int
    callbacks_written: int
    callbacks_found: int
    transfers_sent: int
    transfers_found_once: int
    accepts: int
    accepts_found: int
    extra_rows: int  # rows with this run's marks that no agent reported (a write it lost)

    @property
    def lost_writes(self) -> int:
        return (
            (self.notes_written - self.notes_found_once)
            + (self.callbacks_written - self.callbacks_found)
            + (self.transfers_sent - self.transfers_found_once)
            + (self.accepts - self.accepts_found)
        )

    @property
    def ok(self) -> bool:
        return (
            self.errors == 0
            and self.double_claims == 0
            and self.lost_writes == 0
            and self.extra_rows == 0
        )

    def to_json(self) -> str:
        data = asdict(self)
        data["lost_writes"] = self.lost_writes
        data["ok"] = self.ok
        return json.dumps(data, ensure_ascii=False, indent=1)


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


# ---- setup -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    run: str
    users: list[int]
    roles: list[str]
    customers: list[int]
    phones: list[str]
    names: list[str]
    first_event: int


def _prepare(db: Database, agents: int) -> _Plan:
    """This run's users (one per simulated agent, in every queue) and the customers to use."""
    run = uuid.uuid4().hex[:8]
    now = dt.datetime.now(dt.UTC)
    with db.write() as conn:
        rows = conn.execute(
            select(Customer.id, Customer.full_name, CustomerPhone.e164)
            .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
            .where(CustomerPhone.is_primary.is_(True), Customer.do_not_call.is_(False))
            .order_by(Customer.id)
            .limit(SAMPLE_CUSTOMERS)
        ).all()
        if len(rows) < 50:
            raise LoadError(
                "The load test needs customers to work on: build them first with "
                "'agent-console demo-data --customers 20000 --db URL'."
            )
        queues = list(conn.scalars(select(Queue.id)))
        if not queues:
            raise LoadError("The load test needs queues: run 'agent-console demo-data' first.")
        users, roles = [], []
        for i in range(agents):
            last = i == agents - 1 and agents < SUPERVISOR_EVERY  # small runs: one supervisor
            role = "supervisor" if (i + 1) % SUPERVISOR_EVERY == 0 or last else "agent"
            uid = conn.execute(
                insert(User)
                .values(
                    username=f"load-{run}-{i:03d}", display_name=f"Load agent {i}", role=role,
                    time_zone="Europe/Tallinn", language="en", shift_start="", shift_end="",
                    active=True, created_at=now, last_seen_at=now, version=1,
                )
                .returning(User.id)
            ).scalar_one()  # fmt: skip
            conn.execute(insert(UserQueue), [{"user_id": uid, "queue_id": q} for q in queues])
            users.append(uid)
            roles.append(role)
        first_event = conn.scalar(select(func.max(Event.id))) or 0
    names = [r.full_name.split()[-1][:6] for r in rows if r.full_name.split()]
    return _Plan(
        run, users, roles, [r.id for r in rows], [r.e164 for r in rows], names, first_event
    )


# ---- one agent's desktop ---------------------------------------------------------------------


def _agent_process(
    url: str, index: int, plan: _Plan, seconds: float, think_ms: float, barrier: Any,
    results: Any,
) -> None:  # fmt: skip
    result = AgentResult(agent=index)
    try:
        _agent_run(url, index, plan, seconds, think_ms, barrier, result)
    except threading.BrokenBarrierError:
        pass
    except Exception as exc:  # reported, never hidden
        result.errors += 1
        result.first_errors.append(f"agent {index} could not run: {type(exc).__name__}: {exc}")
        barrier.abort()
    results.put(asdict(result))


def _agent_run(
    url: str, index: int, plan: _Plan, seconds: float, think_ms: float, barrier: Any,
    result: AgentResult,
) -> None:  # fmt: skip
    from console.services.callbacks import CallbackService, ScheduleRequest
    from console.services.customers import CustomerService
    from console.services.dashboard import DashboardService
    from console.services.interactions import InteractionService
    from console.services.transfers import TransferNote, TransferService

    db = Database(normalise_url(url), pool_size=1)
    customers, interactions = CustomerService(db), InteractionService(db)
    callbacks, transfers, dashboard = CallbackService(db), TransferService(db), DashboardService(db)
    me, role = plan.users[index], plan.roles[index]
    colleagues = [
        u for u, r in zip(plan.users, plan.roles, strict=True) if r == "agent" and u != me
    ]
    rng = random.Random(index * 7919 + 1)
    mix = SUPERVISOR_MIX if role == "supervisor" else AGENT_MIX
    ops, weights = list(mix), list(mix.values())
    seq = 0
    last_beat = 0.0

    def note_text() -> str:
        nonlocal seq
        seq += 1
        return f"load-{plan.run}-{index}-{seq}"

    def do(op: str) -> None:
        customer = rng.choice(plan.customers)
        if op == "search":
            customers.find(rng.choice(plan.names), limit=20)
        elif op == "pop":
            customers.pop(rng.choice(plan.phones))
        elif op == "dashboard":
            dashboard.backlog(me, "Europe/Tallinn")
        elif op == "note":
            text = note_text()
            interactions.add_note(customer, me, text)
            result.notes.append(text)
        elif op == "schedule":
            text = note_text()
            request = ScheduleRequest(customer, mode="next_window", note=text, owner="queue")
            result.callbacks.append(callbacks.schedule(request, me).id)
        elif op == "claim":
            got = callbacks.claim_next(me)
            if got is None:
                result.refused["claim: nothing due"] = (
                    result.refused.get("claim: nothing due", 0) + 1
                )
                return
            result.claims += 1
            if result.claims % REACH_EVERY == 0:
                callbacks.record_outcome(got.id, got.version, me, "reached", note="load test")
                result.reached += 1
            else:
                callbacks.release(got.id, me)
        elif op == "transfer":
            key = uuid.uuid4().hex
            note = TransferNote(reason="refund", issue=note_text(), tried="load test",
                                identity_verified=True)  # fmt: skip
            transfers.send(key, customer, me, note, to_user_id=rng.choice(colleagues),
                           bounce_reason="load test")  # fmt: skip
            result.transfers.append(key)
        elif op == "inbox":
            for offered in transfers.inbox(me):
                if offered.to_user_id == me and offered.is_open:
                    transfers.accept(offered.id, me)
                    result.accepted.append(offered.id)

    # Warm up (connection, statements), say we are signed in, then wait for the others.
    customers.find(plan.names[0], limit=5)
    transfers.heartbeat(me)
    barrier.wait()
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        now = time.perf_counter()
        if now - last_beat > HEARTBEAT_S:
            transfers.heartbeat(me)
            last_beat = now
        op = rng.choices(ops, weights)[0]
        t0 = time.perf_counter()
        try:
            do(op)
        except ConflictError as exc:  # a race the product resolves by design: counted apart
            result.refused[f"{op}: conflict"] = result.refused.get(f"{op}: conflict", 0) + 1
            del exc
        except Exception as exc:
            result.errors += 1
            if len(result.first_errors) < 3:
                result.first_errors.append(f"{op}: {type(exc).__name__}: {exc}")
        else:
            result.latencies.setdefault(op, []).append((time.perf_counter() - t0) * 1000)
        result.ops += 1
        if think_ms > 0:
            time.sleep(rng.uniform(0, 2 * think_ms) / 1000)
    db.dispose()


# ---- the run ---------------------------------------------------------------------------------


def run_load(
    url: str,
    *,
    agents: int = DEFAULT_AGENTS,
    seconds: float = DEFAULT_SECONDS,
    think_ms: float = DEFAULT_THINK_MS,
) -> LoadReport:
    import multiprocessing

    db = Database(normalise_url(url))
    if db.kind != POSTGRESQL:
        db.dispose()
        raise LoadError(
            "'bench --load' runs on PostgreSQL only (--db postgresql+psycopg://…): teams share "
            "a PostgreSQL server; dozens of desktops on one SQLite file would only measure its "
            "single writer."
        )
    if agents < 2:
        raise LoadError("'bench --load' needs at least 2 agents (transfers go between them).")
    try:
        plan = _prepare(db, agents)
        if "forkserver" in multiprocessing.get_all_start_methods():
            ctx: Any = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["console.loadtest", "console.services.callbacks"])
        else:
            ctx = multiprocessing.get_context("spawn")
        barrier = ctx.Barrier(agents + 1, timeout=180)
        results = ctx.Queue()
        full_url = db.url.render_as_string(hide_password=False)
        procs = [
            ctx.Process(target=_agent_process,
                        args=(full_url, i, plan, seconds, think_ms, barrier, results),
                        name=f"load-agent-{i}", daemon=True)
            for i in range(agents)
        ]  # fmt: skip
        for proc in procs:
            proc.start()
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        t0 = time.perf_counter()
        collected = [AgentResult(**results.get(timeout=seconds + 180)) for _ in procs]
        elapsed = time.perf_counter() - t0
        for proc in procs:
            proc.join(timeout=30)
        return _verify(db, plan, collected, agents, seconds, think_ms, elapsed)
    finally:
        db.dispose()


def _verify(
    db: Database, plan: _Plan, collected: list[AgentResult], agents: int, seconds: float,
    think_ms: float, elapsed: float,
) -> LoadReport:  # fmt: skip
    from console.bench import _claimed_twice

    notes = [t for r in collected for t in r.notes]
    callbacks = [c for r in collected for c in r.callbacks]
    keys = [k for r in collected for k in r.transfers]
    accepted = [t for r in collected for t in r.accepted]
    mark = f"load-{plan.run}-%"
    with db.read() as conn:
        counted = {
            str(text): int(n)
            for text, n in conn.execute(
                select(Interaction.summary, func.count())
                .where(Interaction.kind == "note", Interaction.summary.like(mark))
                .group_by(Interaction.summary)
            )
        }
        callback_rows = set(conn.scalars(select(Callback.id).where(Callback.note.like(mark))))
        key_counts = {
            str(key): int(n)
            for key, n in conn.execute(
                select(Transfer.request_key, func.count())
                .where(Transfer.from_user_id.in_(plan.users))
                .group_by(Transfer.request_key)
            )
        }
        accepted_rows = set(
            conn.scalars(
                select(Transfer.id).where(
                    Transfer.id.in_(accepted or [-1]), Transfer.state == "accepted"
                )
            )
        )
    notes_once = sum(1 for t in notes if counted.get(t) == 1)
    extra = (
        sum(n for t, n in counted.items() if t not in set(notes))
        + len(callback_rows - set(callbacks))
        + len(set(key_counts) - set(keys))
    )
    figures = []
    ops_all: dict[str, list[float]] = {}
    for r in collected:
        for op, values in r.latencies.items():
            ops_all.setdefault(op, []).extend(values)
    for op in sorted(ops_all):
        values = ops_all[op]
        figures.append(
            OpFigure(op, len(values), round(_percentile(values, 0.5), 2),
                     round(_percentile(values, 0.95), 2), round(max(values), 2))
        )  # fmt: skip
    refused: dict[str, int] = {}
    for r in collected:
        for k, n in r.refused.items():
            refused[k] = refused.get(k, 0) + n
    total_ops = sum(r.ops for r in collected)
    return LoadReport(
        agents=agents,
        supervisors=sum(1 for role in plan.roles if role == "supervisor"),
        seconds=round(elapsed, 1),
        think_ms=think_ms,
        cpus=os.cpu_count() or 1,
        database=db.display,
        ops=total_ops,
        ops_per_s=round(total_ops / elapsed, 1) if elapsed else 0.0,
        operations=figures,
        errors=sum(r.errors for r in collected),
        first_errors=[e for r in collected for e in r.first_errors][:10],
        refused=refused,
        claims=sum(r.claims for r in collected),
        double_claims=_claimed_twice(db, plan.first_event),
        notes_written=len(notes),
        notes_found_once=notes_once,
        callbacks_written=len(callbacks),
        callbacks_found=len(set(callbacks) & callback_rows),
        transfers_sent=len(keys),
        transfers_found_once=sum(1 for k in keys if key_counts.get(k) == 1),
        accepts=len(accepted),
        accepts_found=len(set(accepted) & accepted_rows),
        extra_rows=extra,
    )


def format_report(report: LoadReport) -> str:
    lines = [
        f"Load test: {report.agents} agents ({report.supervisors} supervisors), one process "
        f"each, {report.seconds:.0f} s on {report.database}; {report.cpus} CPU(s); think time "
        f"0–{2 * report.think_ms:.0f} ms between operations",
        "",
        f"{'operation':<12}{'count':>9}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}",
    ]
    for f in report.operations:
        lines.append(f"{f.op:<12}{f.count:>9,}{f.p50_ms:>10.1f}{f.p95_ms:>10.1f}{f.max_ms:>10.1f}")
    lines += [
        "",
        f"operations: {report.ops:,} ({report.ops_per_s:,.1f}/s)   errors: {report.errors}",
        f"claims: {report.claims:,}   claimed twice: {report.double_claims}",
        f"notes: {report.notes_written:,} written, {report.notes_found_once:,} found exactly once",
        f"callbacks: {report.callbacks_written:,} scheduled, {report.callbacks_found:,} found",
        f"transfers: {report.transfers_sent:,} sent, {report.transfers_found_once:,} found once; "
        f"{report.accepts:,} accepted, {report.accepts_found:,} recorded",
        f"lost writes: {report.lost_writes}   unreported rows: {report.extra_rows}",
    ]
    if report.refused:
        lines.append(
            "refused by design: "
            + ", ".join(f"{k} {n:,}" for k, n in sorted(report.refused.items()))
        )
    for e in report.first_errors:
        lines.append(f"error: {e}")
    lines.append("RESULT: " + ("ok" if report.ok else "FAILED"))
    return "\n".join(lines)
