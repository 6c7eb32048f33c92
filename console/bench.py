"""``agent-console bench``: the product's hot paths against hand-written raw SQL, in one run.

Every figure is a ratio as well as a time: the product's own code path (services, SQLAlchemy)
and the equivalent raw SQL (sqlite3 / psycopg) run alternately on the same data, so the ratio
says what our layers cost, whatever the machine. Desktop figures (cold start, memory, GUI
stalls) are measured in separate processes so this module never imports Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import URL

from console import __version__, paths
from console.demo import build_demo
from console.errors import UserFacingError
from console.progress import Progress, no_progress
from console.services.customers import CustomerService
from console.storage import dialect
from console.storage.db import Database, normalise_url, open_database
from console.storage.models import Customer, CustomerPhone, Interaction, Setting
from console.text import fold

DEFAULT_CUSTOMERS = 100_000
INTERACTIONS_PER_CUSTOMER = 10
BENCH_SEED = 11


@dataclass(frozen=True)
class Target:
    """What "good" means for a case: an absolute bound (ms or a unit) and/or a ratio to raw."""

    p95_below: float | None = None
    ratio_at_most: float | None = None
    text: str = ""

    def met(self, p95: float, ratio: float | None) -> bool:
        ok = self.p95_below is None or p95 < self.p95_below
        if self.ratio_at_most is not None and ratio is not None:
            ok = ok and ratio <= self.ratio_at_most
        return ok


@dataclass
class CaseResult:
    case: str
    backend: str
    samples: int
    product_p50_ms: float
    product_p95_ms: float
    raw_p50_ms: float | None
    raw_p95_ms: float | None
    ratio_p95: float | None
    target: str
    met: bool
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class DesktopResult:
    figure: str
    value: float
    unit: str
    target: str
    met: bool
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class BenchReport:
    date: str
    version: str
    machine: dict[str, Any]
    versions: dict[str, str]
    data: dict[str, Any]
    cases: list[CaseResult]
    desktop: list[DesktopResult]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


# ---- timing ----------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def time_pair(
    product: Callable[[Any], Any],
    raw: Callable[[Any], Any] | None,
    inputs: Sequence[Any],
    warmup: int,
) -> tuple[list[float], list[float]]:
    """Run product and raw alternately on the same inputs; milliseconds per call."""
    for item in inputs[:warmup]:
        product(item)
        if raw is not None:
            raw(item)
    p_times: list[float] = []
    r_times: list[float] = []
    for item in inputs:
        t0 = time.perf_counter()
        product(item)
        t1 = time.perf_counter()
        p_times.append((t1 - t0) * 1000)
        if raw is not None:
            t0 = time.perf_counter()
            raw(item)
            r_times.append((time.perf_counter() - t0) * 1000)
    return p_times, r_times


def summarise(
    case: str,
    backend: str,
    p_times: list[float],
    r_times: list[float],
    target: Target,
    extra: dict[str, Any] | None = None,
) -> CaseResult:
    p95 = percentile(p_times, 95)
    r95 = percentile(r_times, 95) if r_times else None
    ratio = round(p95 / r95, 2) if r95 else None
    return CaseResult(
        case=case,
        backend=backend,
        samples=len(p_times),
        product_p50_ms=round(percentile(p_times, 50), 3),
        product_p95_ms=round(p95, 3),
        raw_p50_ms=round(percentile(r_times, 50), 3) if r_times else None,
        raw_p95_ms=round(r95, 3) if r95 is not None else None,
        ratio_p95=ratio,
        target=target.text,
        met=target.met(p95, ratio),
        extra=extra or {},
    )


# ---- raw SQL baselines -----------------------------------------------------------------------


class RawConnection:
    """A plain DB-API connection (sqlite3 or psycopg) and the dialect's parameter style."""

    def __init__(self, url: URL) -> None:
        self.kind = dialect.POSTGRESQL if url.drivername.startswith("postgresql") else "sqlite"
        if self.kind == dialect.POSTGRESQL:
            import psycopg

            conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
            self.conn: Any = psycopg.connect(conninfo, autocommit=True)
            self.mark = "%s"
        else:
            self.conn = sqlite3.connect(url.database or "", check_same_thread=False)
            self.mark = "?"

    def q(self, sql: str) -> str:
        return sql.replace("?", self.mark)

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        cur = self.conn.execute(self.q(sql), params)
        return list(cur.fetchall())

    def close(self) -> None:
        self.conn.close()


def raw_screen_pop(raw: RawConnection, e164: str) -> Any:
    """Everything the pop shows, by hand: customer, phones, emails, count, 50 latest items."""
    row = raw.all(
        "SELECT c.id, c.account_no, c.full_name, c.given_name, c.family_name, c.language, "
        "c.country, c.time_zone, c.do_not_call, c.tags, c.custom_fields, c.created_at, c.version "
        "FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
        "WHERE p.e164 = ? ORDER BY p.customer_id LIMIT 1",
        (e164,),
    )
    if not row:
        return None
    cid = row[0][0]
    phones = raw.all(
        "SELECT e164, typed, label, is_primary FROM customer_phones WHERE customer_id = ? "
        "ORDER BY is_primary DESC, id",
        (cid,),
    )
    emails = raw.all(
        "SELECT email FROM customer_emails WHERE customer_id = ? ORDER BY is_primary DESC, id",
        (cid,),
    )
    count = raw.all("SELECT count(*) FROM interactions WHERE customer_id = ?", (cid,))
    items = raw.all(
        "SELECT i.id, i.kind, i.direction, u.display_name, i.started_at, i.ended_at, i.outcome, "
        "i.summary FROM interactions i LEFT JOIN users u ON u.id = i.agent_id "
        "WHERE i.customer_id = ? ORDER BY i.started_at DESC, i.id DESC LIMIT 50",
        (cid,),
    )
    return row, phones, emails, count, items


def raw_fuzzy_candidates(raw: RawConnection, key: str) -> Any:
    """The candidate query of the fuzzy search, by hand (the product also scores them)."""
    if raw.kind == dialect.SQLITE:
        grams = sorted({w[i : i + 3] for w in key.split() for i in range(len(w) - 2)})
        match = " OR ".join(f'"{g}"' for g in grams)
        return raw.all(
            "SELECT c.id, c.name_key FROM customer_name_fts f JOIN customers c ON c.id = f.rowid "
            "WHERE customer_name_fts MATCH ? ORDER BY f.rank LIMIT 200",
            (match,),
        )
    raw.all("SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', false)")
    return raw.all(
        # psycopg: a literal % is written %% when parameters are passed.
        "SELECT id, name_key FROM customers WHERE %s <%% name_key "
        "ORDER BY %s <<-> name_key, id LIMIT 200",
        (key, key),
    )


def typo(word: str, rng: random.Random) -> str:
    """Swap two neighbouring letters inside a word, as fast typing does."""
    if len(word) < 5:
        return word + word[-1]
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def raw_name_search(raw: RawConnection, fragment: str, limit: int = 50) -> Any:
    """Name search by hand: the index query, then the rows a result list shows."""
    like = f"%{fragment}%"
    if raw.kind == dialect.SQLITE:
        ids = raw.all(
            "SELECT c.id FROM customer_name_fts f JOIN customers c ON c.id = f.rowid "
            "WHERE customer_name_fts MATCH ? AND c.name_key LIKE ? "
            "ORDER BY c.name_key, c.id LIMIT ?",
            (f'"{fragment}"', like, limit),
        )
    else:
        ids = raw.all(
            "SELECT c.id FROM customers c WHERE c.name_key LIKE ? ORDER BY c.name_key, c.id "
            "LIMIT ?",
            (like, limit),
        )
    id_list = [r[0] for r in ids]
    if not id_list:
        return []
    marks = ", ".join(raw.mark for _ in id_list)
    customers = raw.conn.execute(
        "SELECT id, account_no, full_name, country, language, time_zone, tags, do_not_call "
        f"FROM customers WHERE id IN ({marks})",
        id_list,
    ).fetchall()
    phones = raw.conn.execute(
        f"SELECT customer_id, e164, is_primary FROM customer_phones WHERE customer_id IN ({marks})",
        id_list,
    ).fetchall()
    emails = raw.conn.execute(
        "SELECT customer_id, email, is_primary FROM customer_emails "
        f"WHERE customer_id IN ({marks})",
        id_list,
    ).fetchall()
    return customers, phones, emails


# ---- data sets -------------------------------------------------------------------------------


def bench_key(customers: int) -> str:
    return f"bench:{customers}:{INTERACTIONS_PER_CUSTOMER}:{BENCH_SEED}"


def sqlite_data_path(customers: int, schema: str) -> Path:
    folder = paths.cache_dir() / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"bench-{customers}c-{INTERACTIONS_PER_CUSTOMER}i-s{schema}.sqlite3"


def prepare_dataset(db: Database, customers: int, progress: Progress) -> dict[str, Any]:
    """Reuse the data set if this database already holds it; fill it if empty; else refuse."""
    key = bench_key(customers)
    with db.read() as conn:
        have = conn.scalar(select(Setting.value).where(Setting.key == "bench_key"))
        count = conn.scalar(select(func.count()).select_from(Customer)) or 0
    built = False
    if have != key:
        if count:
            raise UserFacingError(
                f"The database at {db.display} holds other data ({count:,} customers): "
                "the benchmark needs an empty database or one it built itself."
            )
        build_demo(
            db,
            customers,
            seed=BENCH_SEED,
            interactions_per_customer=INTERACTIONS_PER_CUSTOMER,
            progress=progress,
        )
        with db.write() as conn:
            conn.execute(insert(Setting).values(key="bench_key", value=key))
        built = True
    with db.read() as conn:
        interactions = conn.scalar(select(func.count()).select_from(Interaction)) or 0
    return {"customers": customers, "interactions": interactions, "built_now": built}


def sample_inputs(
    db: Database, n: int, rng: random.Random
) -> tuple[list[str], list[str], list[str]]:
    """Phones of real customers, name fragments (four letters of real family names), and
    whole family names (folded, for typos)."""
    with db.read() as conn:
        top = conn.scalar(select(func.max(Customer.id))) or 1
        ids = sorted({rng.randint(1, top) for _ in range(n * 2)})[: n * 2]
        phones = list(
            conn.scalars(
                select(CustomerPhone.e164).where(
                    CustomerPhone.customer_id.in_(ids), CustomerPhone.is_primary.is_(True)
                )
            )
        )
        families = list(conn.scalars(select(Customer.family_name).where(Customer.id.in_(ids))))
    fragments = []
    for family in families:
        word = family.casefold()
        start = rng.randint(0, max(0, len(word) - 4))
        fragments.append(word[start : start + 4])
    rng.shuffle(phones)
    rng.shuffle(fragments)
    whole = [fold(f) for f in families]
    rng.shuffle(whole)
    return phones[:n], fragments[:n], whole[:n]


# ---- the run ---------------------------------------------------------------------------------


def run_backend_cases(
    db: Database, samples: int, progress: Progress, rng: random.Random
) -> list[CaseResult]:
    raw = RawConnection(db.url)
    service = CustomerService(db)
    phones, fragments, families = sample_inputs(db, samples, rng)
    # Enough calls to pay the one-time costs (statement compilation, phone metadata for every
    # country) before timing, as a console that has been open for a while has paid them.
    warmup = min(50, samples)
    results = []
    try:
        progress(0, 3, f"cases {db.kind}")
        p, r = time_pair(service.pop, lambda e: raw_screen_pop(raw, e), phones, warmup)
        results.append(
            summarise(
                "screen-pop by phone (card + 50 latest)",
                db.kind,
                p,
                r,
                Target(50, 3.0, "p95 < 50 ms and ≤ 3× raw"),
            )
        )
        progress(1, 3, f"cases {db.kind}")
        p, r = time_pair(
            lambda f: service.find(f, limit=50),
            lambda f: raw_name_search(raw, f),
            fragments,
            warmup,
        )
        results.append(
            summarise(
                "name search (substring, 50 rows)", db.kind, p, r, Target(100, None, "p95 < 100 ms")
            )
        )
        progress(2, 3, f"cases {db.kind}")
        typos = [typo(f, rng) for f in families]
        p, r = time_pair(
            lambda t: service.find(t, limit=50),
            lambda t: raw_fuzzy_candidates(raw, t),
            typos,
            warmup,
        )
        results.append(
            summarise("fuzzy name search (a typo)", db.kind, p, r,
                      Target(100, None, "p95 < 100 ms"),
                      {"found": sum(1 for t in typos[:20] if service.find(t, limit=5))})
        )  # fmt: skip
        progress(3, 3, f"cases {db.kind}")
    finally:
        raw.close()
    return results


def desktop_figures(url: str, progress: Progress, runs: int = 5) -> list[DesktopResult]:
    """Cold start (median of ``runs`` fresh processes), memory and GUI stalls (one session)."""
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform == "linux":
        env["QT_QPA_PLATFORM"] = "offscreen"
    # Measure what users get: an installed program with its bytecode cache written.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    starts = []
    total = runs + 2
    progress(0, total, "desktop")
    start_cmd = [sys.executable, "-m", "console", "--db", url]
    for i in range(runs + 1):
        t0 = time.perf_counter()
        with subprocess.Popen(
            start_cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**env, "AGENT_CONSOLE_EXIT_AFTER_SHOWN": "1"},
        ) as proc:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            elapsed = time.perf_counter() - t0
            proc.wait(timeout=60)
        if "window shown" not in line:
            raise UserFacingError(
                "The console did not start for the cold-start measurement; run "
                f"`agent-console --db {url}` to see why."
            )
        if i:  # the first start only warms the file cache and writes bytecode
            starts.append(elapsed * 1000)
        progress(i + 1, total, "desktop")
    cold = statistics.median(starts)
    probe = subprocess.run(
        [sys.executable, "-m", "ui.bench_probe", "--db", url],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    progress(total, total, "desktop")
    if probe.returncode != 0:
        raise UserFacingError(
            "The desktop probe failed: " + (probe.stderr.strip().splitlines() or ["?"])[-1]
        )
    session = json.loads(probe.stdout.strip().splitlines()[-1])
    return [
        DesktopResult(
            "cold start to window shown", round(cold), "ms", "< 1500 ms", cold < 1500,
            {"runs_ms": [round(s) for s in starts]},
        ),
        DesktopResult(
            "resident memory, demo data open", round(session["rss_mb"], 1), "MB", "< 250 MB",
            session["rss_mb"] < 250, {},
        ),
        DesktopResult(
            "longest GUI-thread stall, scripted session", round(session["max_stall_ms"], 1), "ms",
            "≤ 50 ms", session["max_stall_ms"] <= 50,
            {k: v for k, v in session.items() if k not in ("rss_mb", "max_stall_ms")},
        ),
    ]  # fmt: skip


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = None
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory_gb = round(pages / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "os": platform.platform(),
    }


def versions(dbs: Sequence[Database]) -> dict[str, str]:
    out = {"agent-console": __version__, "python": platform.python_version(),
           "sqlite": sqlite3.sqlite_version}  # fmt: skip
    for dist in ("sqlalchemy", "pyside6", "psycopg"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    for db in dbs:
        if db.kind == dialect.POSTGRESQL:
            with db.read() as conn:
                out["postgresql"] = str(conn.exec_driver_sql("SHOW server_version").scalar())
    return out


def run_bench(
    *,
    customers: int = DEFAULT_CUSTOMERS,
    pg_url: str | None = None,
    samples: int = 200,
    desktop: bool = True,
    progress: Progress = no_progress,
) -> BenchReport:
    rng = random.Random(BENCH_SEED)
    sqlite_db = Database(f"sqlite:///{sqlite_data_path(customers, _schema_head())}")
    dbs = [sqlite_db]
    if pg_url:
        url = normalise_url(pg_url)
        if not url.drivername.startswith("postgresql"):
            raise UserFacingError("--db must name a PostgreSQL database (SQLite is always run).")
        dbs.append(open_database(url, ensure=False))
    data: dict[str, Any] = {}
    cases: list[CaseResult] = []
    try:
        for db in dbs:
            db.upgrade()
            data[db.kind] = prepare_dataset(db, customers, progress)
        for db in dbs:
            cases += run_backend_cases(db, samples, progress, rng)
        figures = desktop_figures(str(sqlite_db.url), progress) if desktop else []
        return BenchReport(
            date=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            version=__version__,
            machine=machine_info(),
            versions=versions(dbs),
            data=data,
            cases=cases,
            desktop=figures,
        )
    finally:
        for db in dbs:
            db.dispose()


def _schema_head() -> str:
    from alembic.script import ScriptDirectory

    from console.storage.db import MIGRATIONS_DIR

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() or "none"


def format_table(report: BenchReport) -> str:
    def fmt(v: float | None) -> str:
        return "—" if v is None else f"{v:.2f}"

    lines = [
        f"Agent Console {report.version} bench, {report.date}",
        f"{report.machine['cpu']}, {report.machine['cores']} cores; "
        + ", ".join(
            f"{k} {v['customers']:,} customers / {v['interactions']:,} interactions"
            for k, v in report.data.items()
        ),
        "",
    ]
    header = ("case", "db", "product p50/p95 ms", "raw p50/p95 ms", "ratio", "target", "")
    rows = [header] + [
        (c.case, c.backend, f"{fmt(c.product_p50_ms)} / {fmt(c.product_p95_ms)}",
         f"{fmt(c.raw_p50_ms)} / {fmt(c.raw_p95_ms)}",
         "—" if c.ratio_p95 is None else f"{c.ratio_p95:.2f}×", c.target,
         "ok" if c.met else "MISSED")
        for c in report.cases
    ]  # fmt: skip
    rows += [
        (d.figure, "", f"{d.value:g} {d.unit}", "", "", d.target, "ok" if d.met else "MISSED")
        for d in report.desktop
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)
