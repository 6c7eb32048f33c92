"""Creating and editing customers: validation field by field, and no silent overwrites.

An edit is based on the version the agent read. The UPDATE only applies to that version; if
someone else saved in between, nothing is written and the agent is told who changed the
customer and when, keeping what they typed so they can reload and re-apply it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from console import phones
from console.errors import ConflictError, FieldErrors, Moment, NotFoundError, Said
from console.services.audit import record_event
from console.services.priority import reprioritise_customer
from console.storage.db import Database
from console.storage.models import Customer, CustomerEmail, CustomerPhone, User, utcnow
from console.text import account_key, email_key, name_key
from console.validation import is_country, is_email, is_language, is_time_zone

MAX_NAME = 400
MAX_TAG = 40
PHONE_LABELS = ("mobile", "home", "work", "other")
# Fields whose change the event log names (phones and emails are logged as "contacts").
_AUDITED = ("account_no", "full_name", "given_name", "family_name", "time_zone", "country",
            "language", "do_not_call", "tags", "custom_fields")  # fmt: skip


@dataclass(frozen=True)
class CustomerDraft:
    """What the edit form submits. The first phone and the first email are the primary ones."""

    full_name: str
    time_zone: str
    country: str
    language: str = "en"
    given_name: str = ""
    family_name: str = ""
    account_no: str = ""
    phones: tuple[tuple[str, str], ...] = ()  # (as typed, label)
    emails: tuple[str, ...] = ()
    do_not_call: bool = False
    tags: tuple[str, ...] = ()
    custom_fields: tuple[tuple[str, str], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Clean:
    values: dict[str, Any]
    phones: list[tuple[str, str, str]]  # e164, typed, label
    emails: list[str]


def validate(draft: CustomerDraft, default_region: str = "") -> _Clean:
    """Every problem at once, keyed by field, so the form can mark each one."""
    errors: dict[str, str] = {}
    full_name = " ".join(draft.full_name.split())
    if not full_name:
        errors["full_name"] = Said("a name is required")
    elif len(full_name) > MAX_NAME:
        errors["full_name"] = Said("at most {n} characters", n=MAX_NAME)
    country = draft.country.strip().upper()
    if not is_country(country):
        errors["country"] = Said(
            "“{code}” is not a two-letter country code such as TH or IR", code=draft.country
        )
    zone = draft.time_zone.strip()
    if not is_time_zone(zone):
        errors["time_zone"] = Said(
            "“{zone}” is not a time zone such as Asia/Tehran", zone=draft.time_zone
        )
    language = draft.language.strip() or "en"
    if not is_language(language):
        errors["language"] = Said(
            "“{code}” is not a language code such as fa or th", code=draft.language
        )
    clean_phones: list[tuple[str, str, str]] = []
    region = country if is_country(country) else default_region
    for typed, label in draft.phones:
        if not typed.strip():
            continue
        e164 = phones.to_e164(typed, region)
        if e164 is None:
            errors["phones"] = Said("“{phone}” is not a phone number", phone=typed.strip())
            break
        if e164 not in {p[0] for p in clean_phones}:
            clean_phones.append((e164, typed.strip(), label if label in PHONE_LABELS else "other"))
    clean_emails: list[str] = []
    for email in draft.emails:
        email = email.strip()
        if not email:
            continue
        if not is_email(email):
            errors["emails"] = Said("“{email}” is not an e-mail address", email=email)
            break
        if email_key(email) not in {email_key(e) for e in clean_emails}:
            clean_emails.append(email)
    tags = tuple(dict.fromkeys(t.strip() for t in draft.tags if t.strip()))
    if any(len(t) > MAX_TAG for t in tags):
        errors["tags"] = Said("a tag has at most {n} characters", n=MAX_TAG)
    if errors:
        raise FieldErrors(errors)
    if draft.do_not_call and "do not call" not in tags:
        tags = (*tags, "do not call")
    if not draft.do_not_call:
        tags = tuple(t for t in tags if t != "do not call")
    values: dict[str, Any] = {
        "full_name": full_name,
        "name_key": name_key(full_name),
        "given_name": draft.given_name.strip(),
        "family_name": draft.family_name.strip(),
        "time_zone": zone,
        "country": country,
        "language": language,
        "do_not_call": draft.do_not_call,
        "tags": list(tags),
        "custom_fields": {k.strip(): v for k, v in draft.custom_fields if k.strip()},
    }
    if draft.account_no.strip():
        values["account_no"] = account_key(draft.account_no)
    return _Clean(values, clean_phones, clean_emails)


class CustomerEditService:
    def __init__(self, db: Database, *, default_region: str = "") -> None:
        self.db = db
        self.default_region = default_region

    def create(self, draft: CustomerDraft, actor_id: int | None) -> int:
        """A new customer (a new caller, or one typed in); returns the id."""
        clean = validate(draft, self.default_region)
        now = utcnow()
        values = {**clean.values, "created_at": now, "updated_at": now, "updated_by": actor_id,
                  "version": 1}  # fmt: skip
        generated = "account_no" not in values
        for _ in range(20):
            if generated:
                values["account_no"] = f"AC{random.randrange(10**6, 10**7)}"
            try:
                with self.db.write() as conn:
                    cid = int(conn.execute(insert(Customer).values(**values)
                                           .returning(Customer.id)).scalar_one())  # fmt: skip
                    self._write_contacts(conn, cid, clean)
                    record_event(
                        conn, actor_id=actor_id, entity="customer", entity_id=cid,
                        action="created", data={"account_no": values["account_no"]},
                    )  # fmt: skip
                return cid
            except IntegrityError as exc:
                if not generated or "account_no" not in str(exc.orig):
                    raise self._integrity(exc, values["account_no"]) from exc
        raise FieldErrors({"account_no": Said("no free account number was found; type one")})

    def update(
        self, customer_id: int, expected_version: int, draft: CustomerDraft, actor_id: int | None
    ) -> int:
        """Save an edit made on ``expected_version``; returns the new version."""
        clean = validate(draft, self.default_region)
        values = {**clean.values, "updated_at": utcnow(), "updated_by": actor_id,
                  "version": expected_version + 1}  # fmt: skip
        try:
            with self.db.write() as conn:
                compared = [k for k in values if k in _AUDITED]
                table = Customer.__table__
                before = conn.execute(
                    select(*(table.c[k] for k in compared)).where(table.c.id == customer_id)
                ).one_or_none()
                result = conn.execute(
                    update(Customer)
                    .where(Customer.id == customer_id, Customer.version == expected_version)
                    .values(**values)
                )
                if result.rowcount != 1:
                    raise self._conflict(conn, customer_id)
                self._write_contacts(conn, customer_id, clean, replace=True)
                changed = [
                    k for k in compared if before is not None and getattr(before, k) != values[k]
                ]
                record_event(conn, actor_id=actor_id, entity="customer", entity_id=customer_id,
                             action="updated", data={"fields": changed})  # fmt: skip
                # Open promises move up or down with the customer (departure date, VIP...).
                reprioritise_customer(conn, customer_id, values["updated_at"])
        except IntegrityError as exc:
            raise self._integrity(exc, values.get("account_no", "")) from exc
        return expected_version + 1

    @staticmethod
    def _write_contacts(conn: Connection, cid: int, clean: _Clean, replace: bool = False) -> None:
        if replace:
            conn.execute(delete(CustomerPhone).where(CustomerPhone.customer_id == cid))
            conn.execute(delete(CustomerEmail).where(CustomerEmail.customer_id == cid))
        if clean.phones:
            conn.execute(
                insert(CustomerPhone),
                [
                    {"customer_id": cid, "e164": e164, "typed": typed, "label": label,
                     "is_primary": i == 0}
                    for i, (e164, typed, label) in enumerate(clean.phones)
                ],
            )  # fmt: skip
        if clean.emails:
            conn.execute(
                insert(CustomerEmail),
                [
                    {
                        "customer_id": cid,
                        "email": e,
                        "email_key": email_key(e),
                        "is_primary": i == 0,
                    }
                    for i, e in enumerate(clean.emails)
                ],
            )

    @staticmethod
    def _conflict(conn: Connection, customer_id: int) -> Exception:
        row = conn.execute(
            select(Customer.version, Customer.updated_at, User.display_name)
            .outerjoin(User, User.id == Customer.updated_by)
            .where(Customer.id == customer_id)
        ).one_or_none()
        if row is None:
            return NotFoundError(
                Said("Customer {id} no longer exists; nothing was saved.", id=customer_id)
            )
        who = row.display_name or Said("someone else")
        when = row.updated_at.astimezone(dt.UTC)
        return ConflictError(
            Said(
                "This customer was changed by {who} at {time} UTC on {day} while you were "
                "editing. Nothing was saved: reload to see their change, then apply yours "
                "again (your text is kept).",
                who=who,
                time=Moment(when, "time"),
                day=Moment(when, "day_month"),
            ),
            changed_by=who,
            current_version=row.version,
        )

    @staticmethod
    def _integrity(exc: IntegrityError, account: str) -> Exception:
        if "account_no" in str(exc.orig):
            return FieldErrors(
                {"account_no": Said("{account} belongs to another customer", account=account)}
            )
        return exc
