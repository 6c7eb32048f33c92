"""Realistic demo data from a seeded generator, at any scale.

The company is Aurora Travel (flights and cruises) with contact centers in Tallinn and
Bangkok. The data lets anyone play every day in SCENARIOS.md: Mrs. Petrova who has explained
her refund three times, a customer in Tehran, a wrong gift, and the fire on board voyage
AUR-1127 three days ago that cancelled it for a few hundred passengers.

Rows are written in bulk with explicit ids (executemany on SQLite, COPY on PostgreSQL), so a
million customers with ten interactions each loads in minutes, with progress reported.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from console import paths
from console.errors import UserFacingError
from console.progress import Progress, no_progress
from console.storage import dialect
from console.storage.db import Database
from console.storage.models import Customer, Goodwill, Queue, Setting, User, UserQueue
from console.text import name_key

DISRUPTED_VOYAGE = "AUR-1127"
DISRUPTED_SHIP = "MS Aurora Borealis"
# Share of customers booked on the disrupted voyage.
DISRUPTED_SHARE = 0.15
CHUNK = 10_000


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
    now: dt.datetime | None = None,
    progress: Progress = no_progress,
) -> DemoSummary:
    """Fill an empty, migrated database with demo data; refuses one that has customers."""
    if customers < 10:
        raise UserFacingError("Demo data needs at least 10 customers.")
    started = time.monotonic()
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    with db.read() as conn:
        existing = conn.scalar(select(func.count()).select_from(Customer))
    if existing:
        raise UserFacingError(
            f"The database at {db.display} already has {existing:,} customers: "
            "demo data goes into an empty database (give --db a new one)."
        )
    rng = random.Random(seed)
    gen = _Generator(
        rng, load_names(), now, interactions_per_customer,
        naive_text_stamps=db.kind == dialect.SQLITE,
    )  # fmt: skip
    with db.write() as conn:
        user_ids = _insert_staff(conn)
        gen.agent_ids = [uid for uid, role in user_ids if role == "agent"]
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
            total_interactions += len(batch.interactions)
            affected += batch.affected
            progress(stop, customers, "customers")
        writer.finish(
            {
                "customers": customers,
                "customer_phones": gen.phone_id,
                "customer_emails": gen.email_id,
                "interactions": gen.interaction_id,
            }
        )
        _persona_goodwill(conn, now, user_ids)
        conn.execute(
            insert(Setting),
            [
                {"key": "demo_seed", "value": str(seed)},
                {"key": "demo_built_at", "value": now.isoformat()},
                {"key": "demo_customers", "value": str(customers)},
            ],
        )
    return DemoSummary(
        customers=customers,
        interactions=total_interactions,
        users=len(STAFF),
        queues=len(QUEUES),
        affected=affected,
        seconds=time.monotonic() - started,
    )


def _insert_staff(conn: Connection) -> list[tuple[int, str]]:
    queue_ids: dict[str, int] = {}
    for name, description, zone in QUEUES:
        queue_ids[name] = conn.execute(
            insert(Queue)
            .values(name=name, description=description, time_zone=zone, version=1)
            .returning(Queue.id)
        ).scalar_one()
    out = []
    for username, display, role, zone, lang, (s_start, s_end), queues in STAFF:
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
    return out


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


@dataclass
class _Batch:
    customers: list[tuple[Any, ...]]
    phones: list[tuple[Any, ...]]
    emails: list[tuple[Any, ...]]
    interactions: list[tuple[Any, ...]]
    affected: int


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
        # UTC); PostgreSQL's COPY takes aware datetimes as they are.
        self.stamp = _sqlite_stamp if naive_text_stamps else _same
        self._summaries: dict[tuple[int, str, str], str] = {}
        self.names = names
        self.now = now
        self.per_customer = per_customer
        self.agent_ids: list[int] = []
        self.phone_id = 0
        self.email_id = 0
        self.interaction_id = 0
        self.personas = _personas(now)
        self.country_pick = [c for c in COUNTRIES for _ in range(c.weight)]
        self.used_phones: set[str] = {p.phone for p in self.personas}

    # ---- one chunk -------------------------------------------------------------------------

    def customers(self, start: int, stop: int, total: int) -> _Batch:
        batch = _Batch([], [], [], [], 0)
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
        e164, typed = self._phone(prof)
        self._add_phone(batch, cid, e164, typed, "mobile", True)
        if rng.random() < 0.2:
            e164, typed = self._phone(prof)
            self._add_phone(batch, cid, e164, typed, "home", False)
        email = f"{given_latin}.{family_latin}{cid}@{rng.choice(prof.domains)}"
        self._add_email(batch, cid, email, True)
        n = rng.randint(max(1, self.per_customer - 5), self.per_customer + 5)
        code = fields.get("voyage") or fields.get("flight") or "AU 455"
        self._history(batch, cid, prof.language, str(code), disrupted, count=n)

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


def _same(value: dt.datetime) -> dt.datetime:
    return value
