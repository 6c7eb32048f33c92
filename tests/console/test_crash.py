"""SIGKILL in the middle of work leaves a consistent database (real subprocesses).

- An import killed at several points of its write phase: the customers are all there or none.
- A batch of writes (callbacks scheduled, notes added) killed mid-loop: every write the child
  reported as done is complete (a callback has its "scheduled" event and timeline item, a
  note its customer), and nothing half-written exists.
Both on SQLite (PRAGMA integrity_check too) and PostgreSQL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func, select, text

from console.storage.db import Database
from console.storage.models import Callback, Customer, CustomerPhone, Event, Interaction
from tests.support.world import _world

ROWS = 8000


def _csv(path: Path, rows: int) -> Path:
    lines = ["Account,Customer Name,Phone,Time Zone,Country"]
    for i in range(rows):
        lines.append(f"CR-{i:06d},Crash Test {i},+44 7700 {900000 + i:06d},Europe/London,GB")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class _Child:
    """A subprocess whose output is collected by threads, so it can be watched and killed."""

    def __init__(self, argv: list[str]) -> None:
        self.proc = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy()
        )
        self.out = bytearray()
        self.err = bytearray()
        self.threads = [
            threading.Thread(target=self._pump, args=(stream, buf), daemon=True)
            for stream, buf in ((self.proc.stdout, self.out), (self.proc.stderr, self.err))
        ]
        for thread in self.threads:
            thread.start()

    @staticmethod
    def _pump(stream: object, buf: bytearray) -> None:
        read = stream.read1 if hasattr(stream, "read1") else stream.read  # type: ignore[attr-defined]
        while chunk := read(4096):
            buf.extend(chunk)

    def wait_for(self, done: object, timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if done():  # type: ignore[operator]
                return True
            if self.proc.poll() is not None:
                return bool(done())  # type: ignore[operator]
            time.sleep(0.01)
        return False

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        for thread in self.threads:
            thread.join(timeout=10)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def _consistent(db: Database) -> None:
    if db.kind == "sqlite":
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    with db.read() as conn:
        # No phone without its customer, no timeline item without its customer.
        orphans = conn.scalar(
            select(func.count())
            .select_from(CustomerPhone)
            .outerjoin(Customer, Customer.id == CustomerPhone.customer_id)
            .where(Customer.id.is_(None))
        )
        assert orphans == 0
        orphan_items = conn.scalar(
            select(func.count())
            .select_from(Interaction)
            .outerjoin(Customer, Customer.id == Interaction.customer_id)
            .where(Customer.id.is_(None))
        )
        assert orphan_items == 0


def _customers(db: Database) -> tuple[int, int]:
    with db.read() as conn:
        return (
            int(conn.scalar(select(func.count()).select_from(Customer)) or 0),
            int(conn.scalar(select(func.count()).select_from(CustomerPhone)) or 0),
        )


def test_an_import_killed_mid_write_leaves_all_or_nothing(db_url: str, tmp_path: Path) -> None:
    path = _csv(tmp_path / "big.csv", ROWS)
    db = Database(db_url)
    try:
        before = _customers(db)
        mid_write = 0
        committed = False
        for delay in (0.1, 0.6):
            if committed:
                break  # the file is in: a second import would only meet duplicate accounts
            child = _Child([sys.executable, "-m", "console", "import", "customers", str(path),
                            "--db", db_url])  # fmt: skip
            # "importing 0.0%" is printed inside the import's transaction, as writing starts.
            started = child.wait_for(lambda c=child: b"importing" in c.err, timeout=120)
            assert started, bytes(child.err)[-400:]
            time.sleep(delay)
            finished = b"Imported" in child.out or child.proc.poll() is not None
            child.kill()
            db.engine.dispose()
            # A kill can also land just after the commit: then all of it is there.
            if finished or _customers(db) == (before[0] + ROWS, before[1] + ROWS):
                committed = True
                continue
            mid_write += 1
            # Killed in the middle of writing: nothing of this file is in the database.
            deadline = time.monotonic() + 10
            while _customers(db) != before and time.monotonic() < deadline:
                time.sleep(0.1)  # PostgreSQL rolls back once it notices the client is gone
            assert _customers(db) == before, f"partial import after a kill at +{delay} s"
            _consistent(db)
        assert mid_write >= 1, "no kill landed while the import was writing"
        if not committed:  # the same file, not killed: all of it
            done = subprocess.run(
                [sys.executable, "-m", "console", "import", "customers", str(path),
                 "--db", db_url],
                capture_output=True, timeout=300, env=os.environ.copy(),
            )  # fmt: skip
            assert done.returncode == 0, done.stderr[-400:]
        assert _customers(db) == (before[0] + ROWS, before[1] + ROWS)
        _consistent(db)
    finally:
        db.dispose()


WRITER = """
import sys
from console.services.callbacks import CallbackService, ScheduleRequest
from console.services.interactions import InteractionService
from console.storage.db import Database

url, customer, actor = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
db = Database(url)
callbacks, notes = CallbackService(db), InteractionService(db)
i = 0
while True:
    i += 1
    cb = callbacks.schedule(ScheduleRequest(customer, mode="asap", note=f"crash {i}"), actor)
    print(f"callback {cb.id}", flush=True)
    item = notes.add_note(customer, actor, f"crash note {i}")
    print(f"note {item.id}", flush=True)
"""


def test_a_batch_of_writes_killed_mid_loop_leaves_only_complete_writes(
    db_url: str, tmp_path: Path
) -> None:
    setup = Database(db_url)
    w = _world(setup)
    setup.dispose()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    child = _Child([sys.executable, str(script), db_url, str(w.maryam), str(w.ana)])
    assert child.wait_for(lambda: child.out.count(b"\n") >= 30, timeout=120), bytes(child.err)
    child.kill()
    reported = bytes(child.out).decode().split("\n")[:-1]  # the last line may be partial
    callbacks = {int(line.split()[1]) for line in reported if line.startswith("callback ")}
    notes = {int(line.split()[1]) for line in reported if line.startswith("note ")}
    db = Database(db_url)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with db.read() as conn:
                active = (
                    conn.execute(
                        text("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                             "'agent-console' AND pid <> pg_backend_pid() AND state <> 'idle'")
                    ).scalar()
                    if db.kind == "postgresql"
                    else 0
                )  # fmt: skip
            if not active:
                break
            time.sleep(0.1)
        _consistent(db)
        with db.read() as conn:
            stored = set(conn.scalars(select(Callback.id).where(Callback.note.like("crash %"))))
            scheduled = set(
                conn.scalars(
                    select(Event.entity_id).where(
                        Event.entity == "callback", Event.action == "scheduled"
                    )
                )
            )
            items = set(
                conn.scalars(select(Interaction.id).where(Interaction.summary.like("crash note %")))
            )
        # Everything reported is there; at most the one write in flight got further.
        assert callbacks <= stored and len(stored - callbacks) <= 1
        assert notes <= items and len(items - notes) <= 1
        # No callback without its "scheduled" event (they commit together or not at all).
        assert stored <= scheduled
    finally:
        db.dispose()
