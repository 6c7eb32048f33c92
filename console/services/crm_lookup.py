"""Screen-pop with the CRM behind the local database: who is calling, from wherever we know.

The local database answers first (it is fast and it is ours). Only a number it does not know
is sent to the CRM; what the CRM knows is cached as a local customer (tag "from CRM", custom
field ``crm_id``) in one transaction, so the next call from that number pops locally without
asking the CRM again. A CRM that is down, slow or misconfigured never blocks the agent: the
result says so in words the agent can act on, and the UI still opens a new-caller card.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError

from console import phones
from console.errors import Said, UserFacingError
from console.integrations.crm import CrmConnector, CrmCustomer, CrmError
from console.secrets import SecretStoreUnavailable
from console.services.audit import record_event
from console.services.customers import CustomerService, ScreenPop
from console.settings import Settings
from console.storage.db import Database
from console.storage.models import Customer, CustomerEmail, CustomerPhone, utcnow
from console.text import email_key, name_key

log = logging.getLogger(__name__)

FROM_CRM_TAG = "from CRM"
CRM_ID_FIELD = "crm_id"


class LookupOutcome(enum.StrEnum):
    LOCAL = "local"  # the local database knows the caller
    CRM = "crm"  # the CRM knew the caller; now cached locally
    NOT_FOUND = "not_found"  # nobody knows the number (or it is not a number)
    CRM_FAILED = "crm_failed"  # not known locally, and the CRM could not be asked


@dataclass(frozen=True)
class LookupResult:
    """What a screen-pop found. ``pop`` is set exactly when ``outcome`` is LOCAL or CRM.

    ``message`` is for the agent (empty on LOCAL): why there is no card, or which customer
    came from the CRM. On CRM_FAILED it is the CrmError's message, so the UI can show it
    next to an empty new-caller card.
    """

    outcome: LookupOutcome
    phone: str
    e164: str | None
    pop: ScreenPop | None
    message: str = ""

    @property
    def found(self) -> bool:
        return self.pop is not None


class CallerLookup:
    """Local first, then the CRM (if one is configured); caches what the CRM finds."""

    def __init__(
        self,
        customers: CustomerService,
        db: Database,
        connector: CrmConnector | None,
        *,
        unavailable: UserFacingError | None = None,
    ) -> None:
        """``unavailable``: why the CRM is configured but cannot be used (no token, no
        keyring, a bad crm_url).

        Every pop that misses locally then reports it, instead of the console failing to
        start because of the CRM.
        """
        self.customers = customers
        self.db = db
        self.connector = connector
        self.unavailable = unavailable

    @classmethod
    def from_settings(cls, db: Database, settings: Settings) -> CallerLookup:
        """The lookup the settings describe; a CRM set up wrongly is reported per pop."""
        customers = CustomerService(db, default_region=settings.default_region)
        try:
            connector = CrmConnector.from_settings(settings)
        except (CrmError, SecretStoreUnavailable) as exc:
            log.warning("CRM lookups are off: %s", exc)
            return cls(customers, db, None, unavailable=exc)
        return cls(customers, db, connector)

    def close(self) -> None:
        if self.connector is not None:
            self.connector.close()

    def pop(self, phone_text: str, timeline_limit: int = 50) -> LookupResult:
        """The caller's card and timeline, from the local database or else from the CRM.

        Blocks on the network for up to the CRM's timeout (with retries): call it from a
        worker, never on the GUI thread. Database errors propagate as usual.
        """
        local = self.customers.pop(phone_text, timeline_limit)
        e164 = phones.to_e164(phone_text, self.customers.default_region)
        if local is not None:
            return LookupResult(LookupOutcome.LOCAL, phone_text, e164, local)
        if e164 is None:
            return LookupResult(
                LookupOutcome.NOT_FOUND, phone_text, None, None,
                Said("“{phone}” is not a phone number (a withheld or unknown caller).",
                     phone=phone_text.strip()),
            )  # fmt: skip
        if self.connector is None:
            if self.unavailable is not None:
                return LookupResult(
                    LookupOutcome.CRM_FAILED, phone_text, e164, None, self.unavailable.message
                )
            return LookupResult(
                LookupOutcome.NOT_FOUND, phone_text, e164, None,
                Said("No customer has the number {phone}.", phone=phones.display(e164)),
            )  # fmt: skip
        try:
            matches = self.connector.lookup(e164)
        except CrmError as exc:
            log.warning("CRM lookup failed: %s (%s)", exc.message, exc.detail or "")
            return LookupResult(LookupOutcome.CRM_FAILED, phone_text, e164, None, exc.message)
        if not matches:
            return LookupResult(
                LookupOutcome.NOT_FOUND, phone_text, e164, None,
                Said("Neither this console nor the CRM knows the number {phone}.",
                     phone=phones.display(e164)),
            )  # fmt: skip
        customer_id = self.cache(matches, e164, phone_text)
        card = self.customers.card(customer_id)
        timeline = self.customers.timeline(customer_id, max(1, timeline_limit))
        pop = ScreenPop(card, tuple(timeline[:timeline_limit]))
        return LookupResult(
            LookupOutcome.CRM, phone_text, e164, pop,
            Said("{name} was found in the CRM and added to this console.", name=card.full_name),
        )  # fmt: skip

    def cache(self, matches: list[CrmCustomer], e164: str, typed: str) -> int:
        """Store the CRM's customers locally in one transaction; the first one's id.

        A customer whose account number already exists locally is not duplicated (nor
        changed): the existing local customer is used. If another desktop caches the same
        customer at the same moment, the unique account number stops the second copy and
        this desktop uses the first.
        """
        try:
            with self.db.write() as conn:
                ids = [self._insert(conn, m, e164, typed) for m in matches]
            return ids[0]
        except IntegrityError:
            with self.db.read() as conn:
                existing = _id_by_account(conn, matches[0].account_no)
            if existing is None:
                raise
            log.info("CRM customer %s was cached by another desktop meanwhile", matches[0].crm_id)
            return existing

    @staticmethod
    def _insert(conn: Connection, m: CrmCustomer, e164: str, typed: str) -> int:
        existing = _id_by_account(conn, m.account_no)
        if existing is not None:
            log.info("CRM customer %s is local customer %d (account %s) already",
                     m.crm_id, existing, m.account_no)  # fmt: skip
            return existing
        now = utcnow()
        custom: dict[str, Any] = {**m.fields, CRM_ID_FIELD: m.crm_id}
        cid = int(
            conn.execute(
                insert(Customer)
                .values(
                    account_no=m.account_no, given_name=m.given_name, family_name=m.family_name,
                    full_name=m.full_name, name_key=name_key(m.full_name),
                    time_zone=m.time_zone, language=m.language, country=m.country,
                    do_not_call=False, tags=[*dict.fromkeys((*m.tags, FROM_CRM_TAG))],
                    custom_fields=custom, created_at=now, updated_at=now, version=1,
                )
                .returning(Customer.id)
            ).scalar_one()
        )  # fmt: skip
        numbers = list(zip(m.phones, m.phones_typed, strict=True))
        if e164 not in m.phones:  # the CRM found them by this number: keep it with them
            numbers.append((e164, typed.strip()[:40] or e164))
        conn.execute(
            insert(CustomerPhone),
            [
                {"customer_id": cid, "e164": number, "typed": as_typed, "label": "other",
                 "is_primary": i == 0}
                for i, (number, as_typed) in enumerate(numbers)
            ],
        )  # fmt: skip
        if m.emails:
            conn.execute(
                insert(CustomerEmail),
                [
                    {"customer_id": cid, "email": e, "email_key": email_key(e),
                     "is_primary": i == 0}
                    for i, e in enumerate(m.emails)
                ],
            )  # fmt: skip
        record_event(
            conn, actor_id=None, entity="customer", entity_id=cid, action="created",
            reason="cached from the CRM", data={"account_no": m.account_no, CRM_ID_FIELD: m.crm_id},
        )  # fmt: skip
        log.info("CRM customer %s cached as local customer %d", m.crm_id, cid)
        return cid


def _id_by_account(conn: Connection, account_no: str) -> int | None:
    found = conn.scalar(select(Customer.id).where(Customer.account_no == account_no))
    return None if found is None else int(found)
