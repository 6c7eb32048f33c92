"""Realistic demo data from a seeded generator, at any scale.

The company is Aurora Travel (flights and cruises) with contact centers in Tallinn and
Bangkok. The data lets anyone play every day in SCENARIOS.md: Mrs. Petrova who has explained
her refund three times, a customer in Tehran, a wrong gift, and the fire on board voyage
AUR-1127 three days ago that cancelled it for a few hundred passengers.

Rows are written in bulk with explicit ids (executemany on SQLite, COPY on PostgreSQL), so a
million customers with ten interactions each loads in minutes, with progress reported.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, insert, select, text

from console import paths, scheduling
from console.errors import Said, UserFacingError
from console.progress import Progress, no_progress
from console.scheduling import CallingPolicy, Slot
from console.services.priority import BROKEN_LOOKBACK, Rule, Score, evaluate
from console.services.scripts import ScriptService
from console.storage import dialect
from console.storage.db import Database
from console.storage.models import Customer, Goodwill, Queue, Setting, User, UserQueue
from console.text import name_key

DISRUPTED_VOYAGE = "AUR-1127"
DISRUPTED_SHIP = "MS Aurora Borealis"
# Share of customers booked on the disrupted voyage.
DISRUPTED_SHARE = 0.15
CHUNK = 10_000
# On average this many callbacks per customer (the benchmark's full run: a million of each).
CALLBACKS_PER_CUSTOMER = 1.0
# Bump when the same seed starts giving other data: the benchmark's cached data sets say
# which generator built them.
DATA_VERSION = 3


@dataclass(frozen=True)
class CountryProfile:
    country: str
    language: str
    zones: tuple[str, ...]
    calling_code: str
    # National significant number: a fixed prefix then random digits.
    prefix: str
    digits: int
    # How the number is usually typed nationally (trunk prefix), "" where there is none.
    trunk: str
    domains: tuple[str, ...]
    weight: int


COUNTRIES: tuple[CountryProfile, ...] = (
    CountryProfile("GB", "en", ("Europe/London",), "44", "7", 9, "0", ("example.co.uk",), 14),
    CountryProfile(
        "US",
        "en",
        ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
        "1",
        "",
        10,
        "",
        ("example.com",),
        14,
    ),
    CountryProfile(
        "RU",
        "ru",
        ("Europe/Moscow", "Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk"),
        "7",
        "9",
        9,
        "8",
        ("example.ru",),
        14,
    ),
    CountryProfile("TH", "th", ("Asia/Bangkok",), "66", "8", 8, "0", ("example.co.th",), 14),
    CountryProfile("IR", "fa", ("Asia/Tehran",), "98", "91", 8, "0", ("example.ir",), 12),
    CountryProfile("DE", "de", ("Europe/Berlin",), "49", "17", 8, "0", ("example.de",), 10),
    CountryProfile("EE", "et", ("Europe/Tallinn",), "372", "5", 7, "", ("example.ee",), 10),
    CountryProfile(
        "AU",
        "en",
        ("Australia/Sydney", "Australia/Sydney", "Australia/Perth", "Australia/Lord_Howe"),
        "61",
        "4",
        8,
        "0",
        ("example.com.au",),
        6,
    ),
    CountryProfile("MX", "es", ("America/Mexico_City",), "52", "55", 8, "", ("example.mx",), 6),
)
US_AREA_CODES = ("212", "312", "415", "617", "305", "713", "206", "404", "303", "702")

QUEUES: tuple[tuple[str, str, str], ...] = (
    ("General", "Everything that has no better place", "Europe/Tallinn"),
    ("Refunds", "Refund requests and goodwill decisions", "Europe/Tallinn"),
    ("Cruise care", "Passengers of Aurora cruises", "Europe/Tallinn"),
    ("Flights", "Flight bookings, changes and delays", "Europe/Tallinn"),
    ("Thai desk", "Customers who speak Thai", "Asia/Bangkok"),
    ("Russian desk", "Customers who speak Russian", "Europe/Tallinn"),
    ("Persian desk", "Customers who speak Persian", "Europe/Tallinn"),
    ("Evening", "Callbacks and calls after 17:00 Tallinn time", "Europe/Tallinn"),
)

# One agent per this many customers at scale (the named staff below count towards it).
CUSTOMERS_PER_AGENT = 5000
# username, display name, role, zone, language, shift, queues
STAFF: tuple[tuple[str, str, str, str, str, tuple[str, str], tuple[str, ...]], ...] = (
    (
        "dana",
        "Dana Kask",
        "agent",
        "Europe/Tallinn",
        "en",
        ("08:00", "16:30"),
        ("General", "Refunds", "Cruise care"),
    ),
    (
        "marko",
        "Marko Saar",
        "agent",
        "Europe/Tallinn",
        "et",
        ("08:00", "16:30"),
        ("General", "Flights"),
    ),
    (
        "irina",
        "Irina Volkova",
        "agent",
        "Europe/Tallinn",
        "ru",
        ("09:00", "17:30"),
        ("Russian desk", "Refunds"),
    ),
    (
        "sergei",
        "Sergei Ivanov",
        "agent",
        "Europe/Tallinn",
        "ru",
        ("12:00", "20:30"),
        ("Russian desk", "Evening"),
    ),
    (
        "parisa",
        "Parisa Karimi",
        "agent",
        "Europe/Tallinn",
        "fa",
        ("09:00", "17:30"),
        ("Persian desk", "General"),
    ),
    (
        "niloufar",
        "Niloufar Ahmadi",
        "agent",
        "Europe/Tallinn",
        "fa",
        ("12:00", "20:30"),
        ("Persian desk", "Evening"),
    ),
    (
        "nok",
        "Nok Boonma",
        "agent",
        "Asia/Bangkok",
        "th",
        ("08:00", "16:30"),
        ("Thai desk", "Flights"),
    ),
    (
        "krit",
        "Krit Thongdee",
        "agent",
        "Asia/Bangkok",
        "th",
        ("10:00", "18:30"),
        ("Thai desk", "Cruise care"),
    ),
    (
        "liis",
        "Liis Tamm",
        "agent",
        "Europe/Tallinn",
        "et",
        ("08:00", "16:30"),
        ("Cruise care", "General"),
    ),
    (
        "tom",
        "Tom Hughes",
        "agent",
        "Europe/London",
        "en",
        ("09:00", "17:30"),
        ("General", "Flights"),
    ),
    (
        "amy",
        "Amy Walker",
        "agent",
        "Europe/London",
        "en",
        ("13:00", "21:30"),
        ("Evening", "Refunds"),
    ),
    (
        "jonas",
        "Jonas Weber",
        "agent",
        "Europe/Berlin",
        "de",
        ("08:00", "16:30"),
        ("General", "Cruise care"),
    ),
    (
        "lucia",
        "Lucía Pérez",
        "agent",
        "America/Mexico_City",
        "es",
        ("08:00", "16:30"),
        ("General", "Flights"),
    ),
    (
        "kaveh",
        "Kaveh Mousavi",
        "agent",
        "Europe/Tallinn",
        "fa",
        ("08:00", "16:30"),
        ("Persian desk", "Refunds"),
    ),
    (
        "anna",
        "Anna Smirnova",
        "agent",
        "Europe/Tallinn",
        "ru",
        ("08:00", "16:30"),
        ("Russian desk", "Cruise care"),
    ),
    (
        "pim",
        "Pim Srisuk",
        "agent",
        "Asia/Bangkok",
        "th",
        ("12:00", "20:30"),
        ("Thai desk", "Evening"),
    ),
    (
        "riina",
        "Riina Sepp",
        "supervisor",
        "Europe/Tallinn",
        "et",
        ("08:00", "17:00"),
        ("General", "Refunds", "Cruise care", "Flights", "Evening"),
    ),
    (
        "oleg",
        "Oleg Morozov",
        "supervisor",
        "Europe/Tallinn",
        "ru",
        ("10:00", "19:00"),
        ("Russian desk", "Persian desk", "Evening"),
    ),
    (
        "wandee",
        "Wandee Saengthong",
        "supervisor",
        "Asia/Bangkok",
        "th",
        ("08:00", "17:00"),
        ("Thai desk",),
    ),
    ("admin", "Console Admin", "admin", "Europe/Tallinn", "en", ("", ""), ()),
)
_AGENTS = sum(1 for row in STAFF if row[2] == "agent")

PRODUCTS_FLIGHT = ("AU 455", "AU 213", "AU 871", "AU 1020", "AU 66", "AU 390")
PRODUCTS_VOYAGE = ("AUR-1127", "AUR-1203", "AUR-1219", "AUR-1302", "AUR-1118")

# (kind, direction, outcome, {language: summary}); {code} is the flight or voyage.
TEMPLATES: tuple[tuple[str, str | None, str, dict[str, str]], ...] = (
    (
        "call",
        "inbound",
        "resolved",
        {
            "en": "Asked to change the seat on {code}; changed and confirmed by email.",
            "ru": "Просил(а) поменять место на {code}; изменено, подтверждение отправлено.",
            "th": "ขอเปลี่ยนที่นั่ง {code} เปลี่ยนให้แล้วและยืนยันทางอีเมล",
            "fa": "درخواست تغییر صندلی در {code}؛ تغییر داده شد و با ایمیل تأیید شد.",
            "de": "Wollte den Sitzplatz auf {code} ändern; geändert und per E-Mail bestätigt.",
            "et": "Soovis {code} istekohta muuta; muudetud ja e-kirjaga kinnitatud.",
            "es": "Pidió cambiar el asiento en {code}; cambiado y confirmado por correo.",
        },
    ),
    (
        "call",
        "inbound",
        "resolved",
        {
            "en": "Question about baggage allowance on {code}; explained 23 kg plus cabin bag.",
            "ru": "Вопрос о норме багажа на {code}; объяснили: 23 кг и ручная кладь.",
            "th": "สอบถามน้ำหนักกระเป๋าสำหรับ {code} แจ้งว่า 23 กก. และกระเป๋าถือ",
            "fa": "سؤال درباره بار مجاز {code}؛ توضیح داده شد ۲۳ کیلو به‌علاوه کیف دستی.",
            "de": "Frage zur Freigepäckmenge auf {code}; 23 kg plus Handgepäck erklärt.",
        },
    ),
    (
        "call",
        "inbound",
        "transferred",
        {
            "en": "Refund request for {code}; outside my authority, transferred to Refunds.",
            "ru": "Запрос на возврат за {code}; передан(а) в отдел возвратов.",
            "fa": "درخواست بازپرداخت برای {code}؛ به واحد بازپرداخت منتقل شد.",
        },
    ),
    (
        "call",
        "inbound",
        "callback promised",
        {
            "en": "Wants to discuss cabin upgrade on {code}; callback promised for tomorrow.",
            "th": "ต้องการอัปเกรดห้องพักบน {code} นัดโทรกลับพรุ่งนี้",
            "ru": "Хочет повысить класс каюты на {code}; обещан обратный звонок завтра.",
        },
    ),
    ("call", "outbound", "no answer", {"en": "Tried to reach about {code}; no answer."}),
    (
        "call",
        "outbound",
        "reached",
        {
            "en": "Called back as promised about {code}; customer satisfied.",
            "fa": "طبق قول درباره {code} تماس گرفته شد؛ مشتری راضی بود.",
            "th": "โทรกลับตามนัดเรื่อง {code} ลูกค้าพอใจ",
        },
    ),
    (
        "email",
        "inbound",
        "answered",
        {
            "en": "Email: asked for the invoice of {code}.",
            "de": "E-Mail: bittet um die Rechnung für {code}.",
            "es": "Correo: pide la factura de {code}.",
        },
    ),
    ("email", "outbound", "sent", {"en": "Sent the itinerary and e-tickets for {code}."}),
    (
        "note",
        "internal",
        "",
        {
            "en": "Prefers to be called in the afternoon, local time.",
            "ru": "Предпочитает звонки после обеда по местному времени.",
            "th": "สะดวกให้โทรช่วงบ่ายตามเวลาท้องถิ่น",
            "fa": "ترجیح می‌دهد بعدازظهر به وقت محلی با او تماس گرفته شود.",
            "et": "Eelistab kõnesid pärastlõunal kohaliku aja järgi.",
        },
    ),
    ("order", "inbound", "placed", {"en": "Booked {code}, 2 passengers."}),
    ("order", "inbound", "refunded", {"en": "Refund issued for {code}."}),
    (
        "transfer",
        "internal",
        "accepted",
        {
            "en": "Warm transfer to Refunds: refund for {code}; identity verified.",
        },
    ),
    ("callback", "outbound", "kept", {"en": "Callback kept: reached within the promised window."}),
)
TEMPLATE_WEIGHTS = (14, 10, 4, 4, 5, 6, 7, 5, 8, 8, 3, 3, 3)
_CUM_WEIGHTS = tuple(sum(TEMPLATE_WEIGHTS[: i + 1]) for i in range(len(TEMPLATE_WEIGHTS)))

DISRUPTION_TEMPLATES: dict[str, str] = {
    "en": "Called after news of the fire on {ship}; voyage {code} cancelled. Told refunds "
    "take up to five business days.",
    "ru": "Звонил(а) после новостей о пожаре на {ship}; рейс {code} отменён. Сообщили, что "
    "возврат занимает до пяти рабочих дней.",
    "th": "โทรมาหลังทราบข่าวไฟไหม้บน {ship} ทริป {code} ถูกยกเลิก แจ้งว่าคืนเงินภายใน 5 วันทำการ",
    "fa": "پس از خبر آتش‌سوزی در {ship} تماس گرفت؛ سفر {code} لغو شد. گفته شد بازپرداخت تا "
    "پنج روز کاری طول می‌کشد.",
    "de": "Rief nach der Nachricht vom Brand auf der {ship} an; Reise {code} abgesagt.",
    "et": "Helistas pärast uudist tulekahjust laeval {ship}; reis {code} tühistatud.",
    "es": "Llamó tras la noticia del incendio en el {ship}; viaje {code} cancelado.",
}


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    interactions: int
    callbacks: int
    users: int
    queues: int
    affected: int
    seconds: float


def load_names() -> dict[str, Any]:
    with (paths.resources_dir() / "demo" / "names.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    data.pop("_comment", None)
    return data


def build_demo(
    db: Database,
    customers: int = 2000,
    *,
    seed: int = 7,
    interactions_per_customer: int = 11,
    callbacks_per_customer: float = CALLBACKS_PER_CUSTOMER,
    now: dt.datetime | None = None,
    progress: Progress = no_progress,
) -> DemoSummary:
    """Fill an empty, migrated database with demo data; refuses one that has customers."""
    if customers < 10:
        raise UserFacingError(Said("Demo data needs at least {n} customers.", n=10))
    if not 0 <= callbacks_per_customer <= 100:
        raise UserFacingError(
            Said("Callbacks per customer must be between {low} and {high}.", low=0, high=100)
        )
    started = time.monotonic()
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    with db.read() as conn:
        existing = conn.scalar(select(func.count()).select_from(Customer))
    if existing:
        raise UserFacingError(
            Said("The database at {server} already has {n:,} customers: demo data goes into "
                 "an empty database (give --db a new one).", server=db.display, n=existing)
        )  # fmt: skip
    rng = random.Random(seed)
    gen = _Generator(
        rng, load_names(), now, interactions_per_customer,
        naive_text_stamps=db.kind == dialect.SQLITE,
    )  # fmt: skip
    with db.write() as conn:
        staff = _insert_staff(conn, extra_agents=max(0, customers // CUSTOMERS_PER_AGENT - _AGENTS))
        gen.agent_ids = [uid for uid, role in staff.users if role == "agent"]
        # A stream of its own, so adding callbacks left every customer and contact as it was.
        gen.callbacks = _Callbacks(
            random.Random(f"{seed}:callbacks"), now, callbacks_per_customer, gen.stamp, staff
        )
        writer = _BulkWriter(conn)
        total_interactions = 0
        affected = 0
        progress(0, customers, "customers")
        for start in range(1, customers + 1, CHUNK):
            stop = min(customers, start + CHUNK - 1)
            batch = gen.customers(start, stop, customers)
            writer.write("customers", _CUSTOMER_COLS, batch.customers)
            writer.write("customer_phones", _PHONE_COLS, batch.phones)
            writer.write("customer_emails", _EMAIL_COLS, batch.emails)
            writer.write("interactions", _INTERACTION_COLS, batch.interactions)
            writer.write("callbacks", _CALLBACK_COLS, batch.callbacks)
            total_interactions += len(batch.interactions)
            affected += batch.affected
            progress(stop, customers, "customers")
        writer.write("callbacks", _CALLBACK_COLS, gen.callbacks.scenarios(gen.personas))
        writer.finish(
            {
                "customers": customers,
                "customer_phones": gen.phone_id,
                "customer_emails": gen.email_id,
                "interactions": gen.interaction_id,
                "callbacks": gen.callbacks.last_id,
            }
        )
        _persona_goodwill(conn, now, staff.users)
        conn.execute(
            insert(Setting),
            [
                {"key": "demo_seed", "value": str(seed)},
                {"key": "demo_built_at", "value": now.isoformat()},
                {"key": "demo_customers", "value": str(customers)},
            ],
        )
    ScriptService(db).seed_shipped()  # the shipped script library; idempotent
    return DemoSummary(
        customers=customers,
        interactions=total_interactions,
        callbacks=gen.callbacks.last_id,
        users=len(staff.users),
        queues=len(QUEUES),
        affected=affected,
        seconds=time.monotonic() - started,
    )


@dataclass(frozen=True)
class _Staff:
    users: list[tuple[int, str]]  # (id, role) in STAFF order
    user_ids: dict[str, int]  # username -> id
    queue_ids: dict[str, int]  # queue name -> id
    members: dict[str, tuple[int, ...]]  # queue name -> the agents in it, in STAFF order


def _insert_staff(conn: Connection, extra_agents: int = 0) -> _Staff:
    """The named staff of the scenarios, and at scale unnamed agents on the shared queues (a
    contact center with a million customers has about two hundred agents, not seven)."""
    queue_ids: dict[str, int] = {}
    for name, description, zone in QUEUES:
        queue_ids[name] = conn.execute(
            insert(Queue)
            .values(name=name, description=description, time_zone=zone, version=1)
            .returning(Queue.id)
        ).scalar_one()
    out = []
    staff = list(STAFF)
    shared = ("General", "Flights", "Cruise care", "Refunds", "Evening")
    for i in range(extra_agents):
        shift = ("08:00", "16:30") if i % 3 else ("12:00", "20:30")
        queues_of = (shared[i % 5], shared[(i + 2) % 5])
        staff.append((f"agent{i + 1:03d}", f"Agent {i + 1:03d}", "agent", "Europe/Tallinn", "en",
                      shift, queues_of))  # fmt: skip
    for username, display, role, zone, lang, (s_start, s_end), queues in staff:
        uid = conn.execute(
            insert(User)
            .values(
                username=username,
                display_name=display,
                role=role,
                time_zone=zone,
                language=lang,
                shift_start=s_start,
                shift_end=s_end,
                active=True,
                version=1,
            )
            .returning(User.id)
        ).scalar_one()
        out.append((uid, role))
        if queues:
            conn.execute(
                insert(UserQueue), [{"user_id": uid, "queue_id": queue_ids[q]} for q in queues]
            )
    user_ids = {row[0]: uid for row, (uid, _) in zip(staff, out, strict=True)}
    members = {
        name: tuple(user_ids[row[0]] for row in staff if row[2] == "agent" and name in row[6])
        for name, _, _ in QUEUES
    }
    return _Staff(out, user_ids, queue_ids, members)


_CUSTOMER_COLS = (
    "id",
    "account_no",
    "given_name",
    "family_name",
    "full_name",
    "name_key",
    "time_zone",
    "language",
    "country",
    "do_not_call",
    "tags",
    "custom_fields",
    "created_at",
    "updated_at",
    "version",
)
_PHONE_COLS = ("id", "customer_id", "e164", "typed", "label", "is_primary")
_EMAIL_COLS = ("id", "customer_id", "email", "email_key", "is_primary")
_INTERACTION_COLS = (
    "id", "customer_id", "kind", "direction", "agent_id", "started_at", "ended_at", "outcome",
    "summary", "version",
)  # fmt: skip
_CALLBACK_COLS = (
    "id", "customer_id", "phone_e164", "queue_id", "owner_id", "created_by", "created_at",
    "window_start", "window_end", "zone", "asap", "promise", "note", "priority",
    "priority_reasons", "state", "due_at", "attempts", "last_outcome", "claimed_by",
    "claimed_at", "handed_on_at", "handed_from", "snoozed_until", "rescheduled_from",
    "closed_at", "updated_at", "updated_by", "version",
)  # fmt: skip


@dataclass
class _Batch:
    customers: list[tuple[Any, ...]]
    phones: list[tuple[Any, ...]]
    emails: list[tuple[Any, ...]]
    interactions: list[tuple[Any, ...]]
    affected: int
    callbacks: list[tuple[Any, ...]]


@dataclass(frozen=True)
class Persona:
    """A hand-written customer for a scenario; generated customers fill the rest."""

    given: str
    family: str
    full: str
    latin: str
    country: str
    zone: str
    language: str
    phone: str
    typed: str
    tags: tuple[str, ...]
    fields: dict[str, Any]
    do_not_call: bool = False


def _personas(now: dt.datetime) -> list[Persona]:
    soon = (now + dt.timedelta(days=4)).date().isoformat()
    later = (now + dt.timedelta(days=45)).date().isoformat()
    return [
        Persona("Ольга", "Петрова", "Ольга Петрова", "olga.petrova", "RU", "Europe/Moscow",
                "ru", "+79165551234", "8 (916) 555-12-34", ("refund pending",),
                {"booking": "K7QX2M", "flight": "AU 213", "departure_date": later}),
        Persona("สมชาย", "ใจดี", "สมชาย ใจดี", "somchai.jaidee", "TH", "Asia/Bangkok", "th",
                "+66812345678", "081-234-5678", ("VIP",),
                {"booking": "TH5521", "voyage": "AUR-1203", "departure_date": later}),
        Persona("مریم", "رضایی", "مریم رضایی", "maryam.rezaei", "IR", "Asia/Tehran", "fa",
                "+989123456789", "0912 345 6789", (),
                {"booking": "IR3390", "flight": "AU 871", "departure_date": later}),
        Persona("Emma", "Wilson", "Emma Wilson", "emma.wilson", "GB", "Europe/London", "en",
                "+447700900123", "07700 900123", (),
                {"booking": "GB1177", "order": "Gift box #55102"}),
        Persona("Kadri", "Tamm", "Kadri Tamm", "kadri.tamm", "EE", "Europe/Tallinn", "et",
                "+37255512345", "5551 2345", ("VIP",),
                {"booking": "EE4410", "voyage": DISRUPTED_VOYAGE, "departure_date": soon}),
        Persona("John", "Miller", "John Miller", "john.miller", "US", "America/New_York", "en",
                "+12125550187", "(212) 555-0187", ("do not call",),
                {"booking": "US9001"}, do_not_call=True),
    ]  # fmt: skip


class _Generator:
    def __init__(
        self,
        rng: random.Random,
        names: dict[str, Any],
        now: dt.datetime,
        per_customer: int,
        *,
        naive_text_stamps: bool = False,
    ) -> None:
        self.rng = rng
        # SQLite rows carry timestamps as the text SQLAlchemy's SQLite DateTime writes (naive
        # UTC); PostgreSQL's COPY gets ISO 8601 with the offset, which it reads as the same
        # instant (psycopg's own datetime dumper costs six times as much per value).
        self.stamp = _sqlite_stamp if naive_text_stamps else _iso_text
        self._summaries: dict[tuple[int, str, str], str] = {}
        self.names = names
        self.now = now
        self.per_customer = per_customer
        self.agent_ids: list[int] = []
        self.callbacks: _Callbacks  # set once the staff exist
        self.phone_id = 0
        self.email_id = 0
        self.interaction_id = 0
        self.personas = _personas(now)
        self.country_pick = [c for c in COUNTRIES for _ in range(c.weight)]
        self.used_phones: set[str] = {p.phone for p in self.personas}

    # ---- one chunk -------------------------------------------------------------------------

    def customers(self, start: int, stop: int, total: int) -> _Batch:
        batch = _Batch([], [], [], [], 0, [])
        for cid in range(start, stop + 1):
            if cid <= len(self.personas):
                self._persona(cid, self.personas[cid - 1], batch)
            else:
                self._random_customer(cid, total, batch)
        return batch

    def _persona(self, cid: int, p: Persona, batch: _Batch) -> None:
        created = self.now - dt.timedelta(days=700)
        disrupted = p.fields.get("voyage") == DISRUPTED_VOYAGE
        batch.affected += disrupted
        batch.customers.append(
            (cid, _account(cid), p.given, p.family, p.full, name_key(p.full), p.zone,
             p.language, p.country, p.do_not_call, json.dumps(list(p.tags), ensure_ascii=False),
             json.dumps(p.fields, ensure_ascii=False), self.stamp(created), self.stamp(created), 1)
        )  # fmt: skip
        self._add_phone(batch, cid, p.phone, p.typed, "mobile", True)
        self._add_email(batch, cid, f"{p.latin}@{_domain_of(p.country)}", True)
        code = p.fields.get("voyage") or p.fields.get("flight") or "AU 455"
        self._history(batch, cid, p.language, str(code), disrupted, count=8)
        for kind, direction, agent, started, ended, outcome, summary in _persona_story(
            p, self.now, self.agent_ids
        ):
            self.interaction_id += 1
            batch.interactions.append(
                (self.interaction_id, cid, kind, direction, agent, self.stamp(started),
                 self.stamp(ended) if ended else None, outcome, summary, 1)
            )  # fmt: skip

    def _random_customer(self, cid: int, total: int, batch: _Batch) -> None:
        rng = self.rng
        prof = rng.choice(self.country_pick)
        names = self.names[prof.language]
        female = rng.random() < 0.5
        given, given_latin = rng.choice(names["female" if female else "male"])
        family_entry, family_latin = rng.choice(names["family"])
        family = (
            family_entry[1 if female else 0] if isinstance(family_entry, list) else (family_entry)
        )
        full = f"{given} {family}"
        zone = rng.choice(prof.zones)
        disrupted = rng.random() < DISRUPTED_SHARE
        fields: dict[str, Any] = {"booking": _booking(rng)}
        if disrupted:
            fields["voyage"] = DISRUPTED_VOYAGE
            fields["departure_date"] = (
                (self.now + dt.timedelta(days=rng.randint(2, 30))).date().isoformat()
            )
            batch.affected += 1
        elif rng.random() < 0.5:
            fields["voyage"] = rng.choice(PRODUCTS_VOYAGE[1:])
            fields["departure_date"] = (
                (self.now + dt.timedelta(days=rng.randint(-60, 180))).date().isoformat()
            )
        else:
            fields["flight"] = rng.choice(PRODUCTS_FLIGHT)
            fields["departure_date"] = (
                (self.now + dt.timedelta(days=rng.randint(-60, 120))).date().isoformat()
            )
        tags = []
        if rng.random() < 0.05:
            tags.append("VIP")
        do_not_call = rng.random() < 0.01
        if do_not_call:
            tags.append("do not call")
        stamp = self.stamp(self.now - dt.timedelta(days=30 + int(rng.random() * 1370)))
        batch.customers.append(
            (cid, _account(cid), given, family, full, name_key(full), zone, prof.language,
             prof.country, do_not_call, json.dumps(tags), json.dumps(fields), stamp, stamp, 1)
        )  # fmt: skip
        primary, typed = self._phone(prof)
        self._add_phone(batch, cid, primary, typed, "mobile", True)
        if rng.random() < 0.2:
            e164, typed = self._phone(prof)
            self._add_phone(batch, cid, e164, typed, "home", False)
        email = f"{given_latin}.{family_latin}{cid}@{rng.choice(prof.domains)}"
        self._add_email(batch, cid, email, True)
        n = rng.randint(max(1, self.per_customer - 5), self.per_customer + 5)
        code = fields.get("voyage") or fields.get("flight") or "AU 455"
        self._history(batch, cid, prof.language, str(code), disrupted, count=n)
        if not do_not_call:
            self.callbacks.for_customer(
                batch.callbacks, _Who(cid, primary, prof.country, zone, prof.language, tags, fields)
            )

    # ---- parts ---------------------------------------------------------------------------

    def _phone(self, prof: CountryProfile) -> tuple[str, str]:
        rng = self.rng
        while True:
            if prof.country == "US":
                nsn = (
                    rng.choice(US_AREA_CODES)
                    + str(rng.randint(200, 999))
                    + (f"{rng.randint(0, 9999):04d}")
                )
            else:
                nsn = prof.prefix + "".join(rng.choice("0123456789") for _ in range(prof.digits))
            e164 = f"+{prof.calling_code}{nsn}"
            if e164 not in self.used_phones:
                break
        self.used_phones.add(e164)
        if rng.random() < 0.5 and prof.trunk:
            typed = f"{prof.trunk}{nsn[:2]} {nsn[2:5]} {nsn[5:]}"
        elif prof.country == "US":
            typed = f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        else:
            typed = f"+{prof.calling_code} {nsn[:2]} {nsn[2:5]} {nsn[5:]}"
        return e164, typed

    def _add_phone(
        self, batch: _Batch, cid: int, e164: str, typed: str, label: str, primary: bool
    ) -> None:
        self.phone_id += 1
        batch.phones.append((self.phone_id, cid, e164, typed, label, primary))

    def _add_email(self, batch: _Batch, cid: int, email: str, primary: bool) -> None:
        self.email_id += 1
        batch.emails.append((self.email_id, cid, email, email.casefold(), primary))

    def _history(
        self, batch: _Batch, cid: int, lang: str, code: str, disrupted: bool, count: int
    ) -> None:
        # The hot loop at a million customers: random() arithmetic instead of randint/choice,
        # summaries formatted once per (template, language, code), stamps made once per row.
        rand = self.rng.random
        agents = self.agent_ids
        n_agents = len(agents)
        now, stamp, summaries = self.now, self.stamp, self._summaries
        span = 727 * 86400  # from three days to two years ago
        picks = self.rng.choices(range(len(TEMPLATES)), cum_weights=_CUM_WEIGHTS, k=count)
        rows = batch.interactions
        for t in picks:
            kind, direction, outcome, texts = TEMPLATES[t]
            self.interaction_id += 1
            started = now - dt.timedelta(seconds=3 * 86400 + int(rand() * span))
            ended = (
                stamp(started + dt.timedelta(seconds=60 + int(rand() * 1440)))
                if (kind == "call")
                else None
            )
            key = (t, lang, code)
            summary = summaries.get(key)
            if summary is None:
                summary = summaries[key] = (texts.get(lang) or texts["en"]).format(code=code)
            rows.append(
                (self.interaction_id, cid, kind, direction, agents[int(rand() * n_agents)],
                 stamp(started), ended, outcome, summary, 1)
            )  # fmt: skip
        if disrupted:
            self.interaction_id += 1
            started = now - dt.timedelta(seconds=600 + int(rand() * 3 * 86400))
            summary = DISRUPTION_TEMPLATES.get(lang) or DISRUPTION_TEMPLATES["en"]
            rows.append(
                (self.interaction_id, cid, "call", "inbound", agents[int(rand() * n_agents)],
                 stamp(started), stamp(started + dt.timedelta(seconds=120 + int(rand() * 780))),
                 "informed", summary.format(code=DISRUPTED_VOYAGE, ship=DISRUPTED_SHIP), 1)
            )  # fmt: skip


def _persona_story(
    p: Persona, now: dt.datetime, agents: Sequence[int]
) -> Iterator[tuple[Any, ...]]:
    """The recent contacts that make each persona's scenario playable."""

    def at(days: float, hour: int = 10) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(hour=hour, minute=12, second=0)

    def call(when: dt.datetime, agent: int, outcome: str, summary: str, kind: str = "call",
             direction: str | None = "inbound") -> tuple[Any, ...]:  # fmt: skip
        ended = when + dt.timedelta(minutes=9) if kind == "call" else None
        return (kind, direction, agent, when, ended, outcome, summary)

    if p.family == "Петрова":
        yield call(at(5), agents[0], "transferred",
                   "Refund for cancelled AU 213 (EUR 640). Not in my authority: transferred to "
                   "Refunds.")  # fmt: skip
        yield call(at(5, 11), agents[2], "accepted",
                   "Transfer note — why: refund for cancelled AU 213; tried: checked booking "
                   "K7QX2M, fare is refundable; promised: refund decision by Friday.",
                   kind="transfer", direction="internal")  # fmt: skip
        yield call(
            at(3),
            agents[1],
            "transferred",
            "Calls again: no refund decision yet. Transferred to Russian desk.",
        )
        yield call(at(3, 11), agents[2], "accepted",
                   "Transfer note — why: chasing refund decision; tried: escalated to Refunds "
                   "lead; promised: refund decision by Friday, callback Thursday 15:00 "
                   "Moscow.", kind="transfer", direction="internal")  # fmt: skip
        yield call(at(1), agents[3], "callback promised",
                   "Третий звонок за неделю по возврату за AU 213. Обещано: решение по возврату "
                   "до пятницы.")  # fmt: skip
    elif p.country == "IR":
        yield call(at(2), agents[4], "callback promised",
                   "در زمان شلوغی تماس گرفت؛ قرار تماس مجدد سه‌شنبه ساعت ۱۴:۰۰ تا ۱۴:۳۰ به وقت "
                   "تهران گذاشته شد.")  # fmt: skip
    elif p.country == "GB":
        yield call(at(9), agents[9], "placed", "Ordered gift box #55102 for her mother.",
                   kind="order")  # fmt: skip
        yield call(
            at(1),
            agents[9],
            "resolved",
            "Wrong gift delivered (box #55101). Apologised (LATTE), replacement sent "
            "express, EUR 20 voucher given as goodwill. Follow-up call in 3 days.",
        )
    elif p.country == "EE":
        yield call(at(1), agents[8], "informed",
                   f"VIP, departs in 4 days on {DISRUPTED_VOYAGE}. Told the voyage is cancelled "
                   "after the fire; rebooking options by e-mail.")  # fmt: skip
    elif p.country == "TH":
        yield call(
            at(2), agents[6], "resolved", "ลูกค้า VIP ขอเปลี่ยนวันเดินทาง AUR-1203 เปลี่ยนให้เรียบร้อยแล้ว"
        )
    elif p.do_not_call:
        yield call(at(20), agents[9], "resolved",
                   "Asked not to be called again; e-mail only. Flag set.", kind="note",
                   direction="internal")  # fmt: skip


def _persona_goodwill(conn: Connection, now: dt.datetime, users: list[tuple[int, str]]) -> None:
    """Emma Wilson's wrong gift: the voucher she was given shows on her card (scenario 5)."""
    agents = [uid for uid, role in users if role == "agent"]
    conn.execute(
        insert(Goodwill).values(
            customer_id=4, kind="voucher", amount_minor=2000, currency="EUR",
            reason="Wrong gift delivered (box #55101 instead of #55102); replacement sent express.",
            given_by=agents[9], given_at=(now - dt.timedelta(days=1)).replace(hour=10, minute=21),
            void_reason="", version=1,
        )
    )  # fmt: skip


# ---- callbacks -------------------------------------------------------------------------------

# The priority rules migrations 0003 and 0007 seed; the demo scores with them as the service
# would (no disruption is declared in the demo data: a supervisor declares it in the window).
DEFAULT_RULES: tuple[Rule, ...] = (
    Rule(1, "Departs within 7 days", "date_within_days", "departure_date", "7", 50),
    Rule(2, "VIP", "tag", "", "VIP", 30),
    Rule(3, "Promises already broken", "broken_promises", "", "", 20),
    Rule(4, "Part of an open disruption", "in_open_incident", "", "", 60),
)
# Customers who speak these are served by their desk; everyone else by the English queues.
DESKS = {"th": "Thai desk", "ru": "Russian desk", "fa": "Persian desk"}
# Generated callbacks: mostly closed history over two years, a little open work around now.
_STATE_WEIGHTS = (
    ("open", 3.5), ("kept", 70.0), ("broken", 12.0), ("failed", 6.0), ("cancelled", 4.0),
)  # fmt: skip
# One customer's callbacks, as a multiple of the average (mean 1): some none, some two.
_COUNT_FACTORS = (0, 1, 1, 1, 2)
_UNANSWERED = ("no_answer", "busy", "voicemail")
_NOTES = (
    "", "", "", "Refund decision", "Rebooking options", "Asked about a cabin upgrade",
    "Confirm the new departure time", "Check the invoice arrived", "Baggage claim follow-up",
    "Prefers the mobile number",
)  # fmt: skip
_HALF_HOUR = dt.timedelta(minutes=30)
_FIVE = dt.timedelta(minutes=5)
_DAY = dt.timedelta(days=1)
# The queues' default policy: grace before a personal callback moves to the queue, and when
# the first, second and third attempts fall ("+15m,+1h,next_window").
_GRACE = dt.timedelta(minutes=15)
_RETRY = (dt.timedelta(0), dt.timedelta(minutes=15), dt.timedelta(minutes=75))
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_TALLINN = "Europe/Tallinn"
_POOL = 6


@dataclass(frozen=True)
class _Who:
    """The customer a callback is for, as far as a callback row needs to know."""

    cid: int
    phone: str
    country: str
    zone: str
    language: str
    tags: Sequence[str]
    fields: dict[str, Any]


class _Callbacks:
    """Callback rows: every customer's history and open work, then the scenarios' own.

    Windows are 30 minutes on the half hour, 10:00-18:00 in the customer's zone and inside
    the calling window of their country (holidays honoured), stored as UTC. The instants of
    each (country, zone, local day) are worked out once and cached: zoneinfo arithmetic per
    row would cost more than everything else here.
    """

    def __init__(
        self,
        rng: random.Random,
        now: dt.datetime,
        per_customer: float,
        stamp: Any,
        staff: _Staff,
    ) -> None:
        self.rng = rng
        self.now = now
        self.per_customer = per_customer
        self.stamp = stamp
        self.staff = staff
        self.last_id = 0
        self._wanted = 0.0
        self._made = 0
        total = sum(w for _, w in _STATE_WEIGHTS)
        self._cum = tuple(itertools.accumulate(w / total for _, w in _STATE_WEIGHTS))
        self._policies: dict[str, CallingPolicy] = {}
        self._spans: dict[tuple[str, str, dt.date], list[tuple[dt.datetime, dt.datetime]]] = {}
        self._starts: dict[tuple[str, str, dt.date], tuple[dt.datetime, ...]] = {}
        self._today: dict[str, dt.date] = {}
        # Held here because zoneinfo's own cache keeps only eight zones alive; with more in
        # play every ZoneInfo(name), scheduling's included, would read the zone file again.
        self._zones: dict[str, ZoneInfo] = {}
        self._reasons: dict[tuple[str, ...], str] = {}
        # A few callable customers of each zone who speak no desk's language, sampled from
        # all of them: the demo user's own work list is made from these (dana works General,
        # Refunds and Cruise care, no desk).
        self._pool: dict[tuple[str, str], list[tuple[_Who, list[dt.datetime]]]] = {}
        self._seen: dict[tuple[str, str], int] = {}
        self._used: set[int] = set()

    # ---- generated customers -------------------------------------------------------------

    def for_customer(self, rows: list[tuple[Any, ...]], who: _Who) -> None:
        """Append this customer's callbacks (never call for a do-not-call customer)."""
        rand = self.rng.random
        self._wanted += self.per_customer * _COUNT_FACTORS[int(rand() * len(_COUNT_FACTORS))]
        count = int(self._wanted) - self._made
        self._made += count
        # Closing times of broken and failed promises so far: the third priority rule.
        broken: list[dt.datetime] = []
        if count:
            queue = self._queue_for(who)
            for start, state in sorted(self._plan(who) for _ in range(count)):
                if state == "open":
                    self._open(rows, who, queue, start, broken)
                else:
                    self._closed(rows, who, queue, start, state, broken)
        if who.language not in DESKS:  # reservoir sampling, six per zone
            key = (who.country, who.zone)
            seen = self._seen[key] = self._seen.get(key, 0) + 1
            pool = self._pool.setdefault(key, [])
            if len(pool) < _POOL:
                pool.append((who, broken))
            elif (slot := int(rand() * seen)) < _POOL:
                pool[slot] = (who, broken)

    def _plan(self, who: _Who) -> tuple[dt.datetime, str]:
        rand = self.rng.random
        index = bisect.bisect_right(self._cum, rand())
        state = _STATE_WEIGHTS[min(index, len(_STATE_WEIGHTS) - 1)][0]
        if state == "open":  # from two days ago to five days ahead, their calendar
            day = self._local_today(who.zone) + dt.timedelta(days=int(rand() * 8) - 2)
            step = _DAY
        else:  # history: two days to two years ago
            day = self.now.date() - dt.timedelta(days=2 + int(rand() * 729))
            step = -_DAY
        for _ in range(21):  # past weekends and holidays
            starts = self._day_starts(who.country, who.zone, day)
            if starts:
                return starts[int(rand() * len(starts))], state
            day += step
        raise AssertionError(f"no calling window for {who.country} {who.zone} near {day}")

    def _queue_for(self, who: _Who) -> str:
        desk = DESKS.get(who.language)
        if desk is not None:
            return desk
        u = self.rng.random()
        first = "Cruise care" if "voyage" in who.fields else "Flights"
        return first if u < 0.5 else "General" if u < 0.75 else "Refunds"

    def _closed(
        self,
        rows: list[tuple[Any, ...]],
        who: _Who,
        queue: str,
        start: dt.datetime,
        state: str,
        broken: list[dt.datetime],
    ) -> None:
        rand = self.rng.random
        members = self.staff.members[queue]
        end = start + _HALF_HOUR
        asap = rand() < 0.04  # "as soon as you can", asked while the window was open
        lead = int(rand() * 600) if asap else 1800 + int(rand() * 3 * 86400)
        created = start - dt.timedelta(seconds=lead)
        owner = members[int(rand() * len(members))] if rand() < 0.8 else None
        closer = owner if owner is not None else members[int(rand() * len(members))]
        if state == "kept":
            attempts, outcome = (1 if rand() < 0.85 else 2), "reached"
            due = start + _RETRY[attempts - 1]
            closed = due + dt.timedelta(seconds=int(rand() * 600))
        elif state == "broken":  # reached, but after the window (and its tolerance)
            attempts, outcome = 1 + int(rand() * 3), "reached"
            due = start + _RETRY[attempts - 1]
            late = max(due, end) + dt.timedelta(seconds=900 + int(rand() * 86400))
            closed = min(late, self.now - dt.timedelta(minutes=1))
        elif state == "failed":
            attempts, outcome = (3, "no_answer") if rand() < 0.7 else (1, "wrong_number")
            due = start + _RETRY[attempts - 1]
            closed = due + dt.timedelta(seconds=int(rand() * 300))
        else:  # cancelled: withdrawn before anyone called
            attempts, outcome, due = 0, "", start
            closed = created + (start - created) * rand()
        score = self._priority(who, created.date(), broken, created)
        if state in ("broken", "failed"):
            broken.append(closed)
        self._append(
            rows, who, queue, owner=owner, created_by=closer, created=created, start=start,
            note=_NOTES[int(rand() * len(_NOTES))], score=score, state=state, due=due,
            attempts=attempts, outcome=outcome, closed=closed, updated=closed, updated_by=closer,
            version=1 + 2 * attempts + (state == "cancelled"), asap=asap,
        )  # fmt: skip

    def _open(
        self,
        rows: list[tuple[Any, ...]],
        who: _Who,
        queue: str,
        start: dt.datetime,
        broken: list[dt.datetime],
    ) -> None:
        rand = self.rng.random
        now = self.now
        members = self.staff.members[queue]
        member = members[int(rand() * len(members))]
        owner = member if rand() < 0.7 else None
        if start > now:
            created = now - dt.timedelta(seconds=600 + int(rand() * 2 * 86400))
        else:
            created = start - dt.timedelta(seconds=1800 + int(rand() * 3 * 86400))
        attempts, outcome, due, version = 0, "", start, 1
        updated: dt.datetime = created
        updated_by: int | None = member
        handed_at: dt.datetime | None = None
        handed_from: int | None = None
        if owner is not None and now >= start + _GRACE:
            # As the sweep leaves things: moved to the queue, or tried and waiting to retry.
            if rand() < 0.25:  # the sweep's change: nobody's hand
                handed_from, owner, updated_by = owner, None, None
                updated = start + _GRACE
                handed_at, version = updated, 2
            else:
                attempts = 1 if rand() < 0.7 else 2
                outcome = _UNANSWERED[int(rand() * len(_UNANSWERED))]
                due = start + _RETRY[attempts]
                updated, updated_by = start + _RETRY[attempts - 1], owner
                version = 1 + 2 * attempts
        state = "pending"
        claimed_by: int | None = None
        claimed_at: dt.datetime | None = None
        if due <= now and rand() < 0.08:
            state = "claimed"
            claimed_by = owner if owner is not None else member
            claimed_at = max(due, now - dt.timedelta(seconds=int(rand() * 1500)))
            updated, updated_by, version = claimed_at, claimed_by, version + 1
        score = self._priority(who, self._local_today(who.zone), broken, now)
        self._append(
            rows, who, queue, owner=owner, created_by=member, created=created, start=start,
            note=_NOTES[int(rand() * len(_NOTES))], score=score, state=state, due=due,
            attempts=attempts, outcome=outcome, claimed_by=claimed_by, claimed_at=claimed_at,
            handed_at=handed_at, handed_from=handed_from, updated=updated,
            updated_by=updated_by, version=version,
        )  # fmt: skip

    # ---- the scenarios ---------------------------------------------------------------------

    def scenarios(self, personas: Sequence[Persona]) -> list[tuple[Any, ...]]:
        """The personas' promises (SCENARIOS.md) and the demo user's own work list."""
        rows: list[tuple[Any, ...]] = []
        users = self.staff.user_ids
        now = self.now
        who = [
            _Who(i, p.phone, p.country, p.zone, p.language, p.tags, p.fields)
            for i, p in enumerate(personas, start=1)
        ]
        yesterday = (now - _DAY).replace(hour=10, minute=21, second=0)
        # 1. Mrs. Petrova: "refund decision by Friday", this week's Friday noon in Moscow.
        olga = who[0]
        today = now.astimezone(ZoneInfo(olga.zone)).date()
        start = self._weekly(olga, today + dt.timedelta(days=4 - today.weekday()), 12)
        self._append(
            rows, olga, "Refunds", owner=users["irina"], created_by=users["sergei"],
            created=yesterday, start=start, note="Refund decision by Friday",
            score=self._priority(olga, today, [], now), state="pending", due=start,
            updated=yesterday, updated_by=users["sergei"],
        )  # fmt: skip
        # 2. Tehran: "Tuesday, 14:00-14:30 your time", promised two days ago.
        maryam = who[2]
        today = now.astimezone(ZoneInfo(maryam.zone)).date()
        created = (now - 2 * _DAY).replace(hour=10, minute=21, second=0)
        start = self._weekly(maryam, today + dt.timedelta(days=(1 - today.weekday()) % 7 or 7), 14)
        self._append(
            rows, maryam, "Persian desk", owner=users["parisa"], created_by=users["parisa"],
            created=created, start=start, note="Refund for flight AU 871",
            score=self._priority(maryam, today, [], now), state="pending", due=start,
            updated=created, updated_by=users["parisa"],
        )  # fmt: skip
        # 5. The wrong gift: last week's follow-up was kept.
        emma = who[3]
        day = now.astimezone(ZoneInfo(emma.zone)).date() - dt.timedelta(days=7)
        while not self._day_starts(emma.country, emma.zone, day):
            day -= _DAY
        starts = self._day_starts(emma.country, emma.zone, day)
        start = starts[min(2, len(starts) - 1)]
        created = start - 2 * _DAY
        closed = start + dt.timedelta(minutes=7)
        self._append(
            rows, emma, "General", owner=users["tom"], created_by=users["tom"], created=created,
            start=start, note="Check the replacement gift arrived",
            score=self._priority(emma, created.date(), [], created), state="kept", due=start,
            attempts=1, outcome="reached", closed=closed, updated=closed,
            updated_by=users["tom"], version=3,
        )  # fmt: skip
        # 4. The fire on board: a VIP departing soon waits in Cruise care, 30 minutes overdue.
        kadri = who[4]
        found = self._find(kadri, now - 7 * _DAY, _floor5(now) - 2 * _HALF_HOUR, latest=True)
        assert found is not None  # a week always has a weekday
        start = found
        created = min(yesterday, start - dt.timedelta(hours=1))
        self._append(
            rows, kadri, "Cruise care", owner=None, created_by=users["liis"], created=created,
            start=start, note=f"Voyage {DISRUPTED_VOYAGE} cancelled: rebooking or refund",
            score=self._priority(kadri, self._local_today(kadri.zone), [], now),
            state="pending", due=start, updated=created, updated_by=users["liis"],
        )  # fmt: skip
        self._demo_user(rows, users["dana"])
        return rows

    def _demo_user(self, rows: list[tuple[Any, ...]], dana: int) -> None:
        """dana (`agent-console --demo`) sees every bucket of "My callbacks" filled.

        Where no customer anywhere may be called at the moment (Sunday evening in Europe),
        the "due now" and "later today" items get the next window there is and are due
        before it, the only way such work can exist then.
        """
        now = self.now
        tallinn = ZoneInfo(_TALLINN)
        midnight = dt.datetime.combine(
            now.astimezone(tallinn).date() + _DAY, dt.time(0), tzinfo=tallinn
        ).astimezone(dt.UTC)
        minute = dt.timedelta(minutes=1)
        # Overdue: tried once without an answer, the window has passed.
        for _ in range(2):
            self._mine(rows, dana, now - 3 * _DAY, now - 2 * _HALF_HOUR, latest=True,
                       attempts=1, outcome="no_answer")  # fmt: skip
        # Due now: inside the window, a retry after a busy line is due.
        for _ in range(2):
            if not self._mine(rows, dana, now - 25 * minute, now - 15 * minute, attempts=1,
                              outcome="busy"):  # fmt: skip
                self._mine(rows, dana, now, now + 14 * _DAY, due=now - minute)
        # Later today, Tallinn time.
        last = midnight - _FIVE
        for i in range(2):
            tries = [(now + 10 * minute + i * 3 * _HALF_HOUR, last), (now + minute, last)]
            if not any(lo <= hi and self._mine(rows, dana, lo, hi) for lo, hi in tries):
                self._mine(rows, dana, now, now + 14 * _DAY, due=now + (midnight - now) / 2)
        # Upcoming: the next days.
        for i in range(3):
            lo = midnight + i * _DAY + dt.timedelta(hours=6)
            self._mine(rows, dana, lo, lo + 14 * _DAY)

    def _mine(
        self,
        rows: list[tuple[Any, ...]],
        agent: int,
        lo: dt.datetime,
        hi: dt.datetime,
        *,
        latest: bool = False,
        attempts: int = 0,
        outcome: str = "",
        due: dt.datetime | None = None,
    ) -> bool:
        """One of the agent's callbacks, starting in [lo, hi], for a customer not used yet."""
        keys = sorted(self._pool)
        self.rng.shuffle(keys)
        for key in keys:
            free = [entry for entry in self._pool[key] if entry[0].cid not in self._used]
            if not free:
                continue
            who, broken = free[0]
            start = self._find(who, lo, hi, latest=latest)
            if start is None:
                continue
            self._used.add(who.cid)
            now = self.now
            if start > now:
                created = now - dt.timedelta(seconds=600 + int(self.rng.random() * 86400))
            else:
                created = start - dt.timedelta(seconds=7200 + int(self.rng.random() * 86400))
            queue = "Cruise care" if "voyage" in who.fields else "General"
            next_due = due if due is not None else start + _RETRY[attempts]
            updated = start + _RETRY[attempts - 1] if attempts else created
            self._append(
                rows, who, queue, owner=agent, created_by=agent, created=created, start=start,
                note=_NOTES[int(self.rng.random() * len(_NOTES))],
                score=self._priority(who, self._local_today(who.zone), broken, now),
                state="pending", due=next_due, attempts=attempts, outcome=outcome,
                updated=updated, updated_by=agent, version=1 + 2 * attempts,
            )  # fmt: skip
            return True
        return False

    def _weekly(self, who: _Who, day: dt.date, hour: int) -> dt.datetime:
        """That day at ``hour`` in the customer's zone, or the same weekday of a later week
        when it has passed or falls outside their calling window (a holiday)."""
        tz = self._tz(who.zone)
        for _ in range(12):
            start = dt.datetime.combine(day, dt.time(hour), tzinfo=tz).astimezone(dt.UTC)
            spans = self._spans_on(who.country, who.zone, day)
            inside = any(a <= start and start + _HALF_HOUR <= b for a, b in spans)
            if start >= self.now and inside:
                return start
            day += 7 * _DAY
        raise AssertionError(f"no {hour}:00 window for {who.zone} in twelve weeks")

    # ---- windows -------------------------------------------------------------------------

    def _policy(self, country: str) -> CallingPolicy:
        policy = self._policies.get(country)
        if policy is None:
            policy = self._policies[country] = scheduling.policy_for_country(country)
        return policy

    def _spans_on(
        self, country: str, zone: str, day: dt.date
    ) -> list[tuple[dt.datetime, dt.datetime]]:
        key = (country, zone, day)
        spans = self._spans.get(key)
        if spans is None:
            spans = self._spans[key] = scheduling.window_spans(day, zone, self._policy(country))
        return spans

    def _day_starts(self, country: str, zone: str, day: dt.date) -> tuple[dt.datetime, ...]:
        """Half-hour slot starts that day, 10:00-17:30 local (any in the window if none)."""
        key = (country, zone, day)
        starts = self._starts.get(key)
        if starts is None:
            tz = self._tz(zone)
            core: list[dt.datetime] = []
            every: list[dt.datetime] = []
            for begin, end in self._spans_on(country, zone, day):
                at = begin
                while at + _HALF_HOUR <= end:
                    local = at.astimezone(tz)
                    if local.minute % 30 == 0:
                        every.append(at)
                        if 10 <= local.hour < 18:
                            core.append(at)
                    at += _HALF_HOUR
            starts = self._starts[key] = tuple(core or every)
        return starts

    def _find(
        self, who: _Who, lo: dt.datetime, hi: dt.datetime, *, latest: bool
    ) -> dt.datetime | None:
        """The earliest (or latest) five-minute mark in [lo, hi] that starts a half hour
        wholly inside the customer's calling window."""
        tz = self._tz(who.zone)
        day = lo.astimezone(tz).date() - _DAY
        last = hi.astimezone(tz).date() + _DAY
        best: dt.datetime | None = None
        while day <= last:
            for begin, end in self._spans_on(who.country, who.zone, day):
                first, final = _ceil5(max(begin, lo)), _floor5(min(end - _HALF_HOUR, hi))
                if first <= final:
                    pick = final if latest else first
                    if best is None or (pick > best if latest else pick < best):
                        best = pick
            day += _DAY
        return best

    def _local_today(self, zone: str) -> dt.date:
        today = self._today.get(zone)
        if today is None:
            today = self._today[zone] = self.now.astimezone(self._tz(zone)).date()
        return today

    def _tz(self, zone: str) -> ZoneInfo:
        tz = self._zones.get(zone)
        if tz is None:
            tz = self._zones[zone] = ZoneInfo(zone)
        return tz

    # ---- rows ----------------------------------------------------------------------------

    def _priority(
        self, who: _Who, today: dt.date, broken: Sequence[dt.datetime], at: dt.datetime
    ) -> Score:
        since = at - BROKEN_LOOKBACK
        count = sum(1 for closed in broken if since <= closed <= at)
        return evaluate(
            DEFAULT_RULES, tags=who.tags, custom_fields=who.fields, broken_promises=count,
            today=today,
        )  # fmt: skip

    def _append(
        self,
        rows: list[tuple[Any, ...]],
        who: _Who,
        queue: str,
        *,
        owner: int | None,
        created_by: int | None,
        created: dt.datetime,
        start: dt.datetime,
        note: str,
        score: Score,
        state: str,
        due: dt.datetime,
        updated: dt.datetime,
        updated_by: int | None,
        attempts: int = 0,
        outcome: str = "",
        claimed_by: int | None = None,
        claimed_at: dt.datetime | None = None,
        handed_at: dt.datetime | None = None,
        handed_from: int | None = None,
        closed: dt.datetime | None = None,
        version: int = 1,
        asap: bool = False,
    ) -> None:
        stamp = self.stamp
        end = start + _HALF_HOUR
        reasons = self._reasons.get(score.reasons)
        if reasons is None:
            reasons = self._reasons[score.reasons] = json.dumps(list(score.reasons))
        # Stored with its date, as the service stores promises (never "today"/"tomorrow").
        slot = Slot(start, end, who.zone)
        promise = str(scheduling.promise_sentence(slot, now=created, relative=False))
        self.last_id += 1
        rows.append(
            (self.last_id, who.cid, who.phone, self.staff.queue_ids[queue], owner, created_by,
             stamp(created), stamp(start), stamp(end), who.zone, asap, promise, note,
             score.points, reasons, state, stamp(due), attempts, outcome, claimed_by,
             stamp(claimed_at) if claimed_at else None, stamp(handed_at) if handed_at else None,
             handed_from, None, None, stamp(closed) if closed else None, stamp(updated),
             updated_by, version)
        )  # fmt: skip


def _floor5(moment: dt.datetime) -> dt.datetime:
    return moment - (moment - _EPOCH) % _FIVE


def _ceil5(moment: dt.datetime) -> dt.datetime:
    rest = (moment - _EPOCH) % _FIVE
    return moment + (_FIVE - rest) if rest else moment


def _account(cid: int) -> str:
    # A scrambled but unique 7-digit number per id, so accounts do not look sequential.
    return f"AC{(cid * 7_919 + 1_000_003) % 10_000_000:07d}"


def _booking(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def _domain_of(country: str) -> str:
    return next(c.domains[0] for c in COUNTRIES if c.country == country)


class _BulkWriter:
    """executemany on SQLite, COPY on PostgreSQL; explicit ids, sequences fixed at the end."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.kind = conn.dialect.name
        self.raw = conn.connection.driver_connection
        self.cache_size = None
        if self.kind == dialect.SQLITE:
            # Indexes filled in random order (phones, e-mails, callbacks by closing time)
            # thrash SQLite's default 2 MB page cache at a million rows: 256 MB while loading.
            self.cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql("PRAGMA cache_size=-262144")

    def write(self, table: str, cols: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.kind == dialect.SQLITE:
            marks = ", ".join("?" for _ in cols)
            cur = self.raw.cursor()  # type: ignore[union-attr]
            cur.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)
            cur.close()
        else:
            cur = self.raw.cursor()  # type: ignore[union-attr]
            with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            cur.close()

    def finish(self, last_ids: dict[str, int]) -> None:
        if self.cache_size is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size={int(self.cache_size)}")
        if self.kind == dialect.POSTGRESQL:
            for table, last in last_ids.items():
                self.conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :v)"),
                    {"v": max(last, 1)},
                )
            self.conn.exec_driver_sql("ANALYZE")


def _sqlite_stamp(value: dt.datetime) -> str:
    """The text SQLAlchemy's SQLite DateTime writes (naive UTC), so reads and compares agree."""
    if value.tzinfo is not dt.UTC:
        value = value.astimezone(dt.UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _iso_text(value: dt.datetime) -> str:
    return value.isoformat()
