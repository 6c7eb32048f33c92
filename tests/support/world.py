"""A small staffed world on an empty database: two queues, two agents and a supervisor, and
customers in Tehran and New York, one without a phone and one who must not be called."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert

from console.services.callbacks import CallbackService
from console.services.customer_edit import CustomerDraft, CustomerEditService
from console.storage.db import Database
from console.storage.models import Queue, User, UserQueue


@dataclass
class World:
    db: Database
    svc: CallbackService
    queue: int
    evening: int
    ana: int
    ben: int
    sue: int
    maryam: int
    john: int
    nophone: int
    dnc: int


def _world(db: Database) -> World:
    with db.write() as conn:

        def user(name: str, role: str = "agent", shift: tuple[str, str] = ("", "")) -> int:
            return int(
                conn.execute(
                    insert(User)
                    .values(username=name, display_name=name.title(), role=role,
                            time_zone="Europe/Tallinn", language="en", shift_start=shift[0],
                            shift_end=shift[1], active=True, version=1)
                    .returning(User.id)
                ).scalar_one()
            )  # fmt: skip

        def queue(name: str) -> int:
            return int(
                conn.execute(
                    insert(Queue).values(name=name, description="", time_zone="Europe/Tallinn",
                                         version=1).returning(Queue.id)
                ).scalar_one()
            )  # fmt: skip

        general, evening = queue("General"), queue("Evening")
        ana, ben, sue = user("ana"), user("ben"), user("sue", "supervisor")
        conn.execute(
            insert(UserQueue),
            [{"user_id": ana, "queue_id": general}, {"user_id": ben, "queue_id": general},
             {"user_id": sue, "queue_id": general}, {"user_id": ben, "queue_id": evening}],
        )  # fmt: skip
    edit = CustomerEditService(db)
    maryam = edit.create(
        CustomerDraft("مریم رضایی", "Asia/Tehran", "IR", "fa",
                      phones=(("+98 912 345 6789", "mobile"),),
                      custom_fields=(("departure_date", "2026-11-27"),)), None)  # fmt: skip
    john = edit.create(
        CustomerDraft("John Smith", "America/New_York", "US", phones=(("+1 212 555 0100", ""),)),
        None,
    )
    nophone = edit.create(CustomerDraft("Nobody Phone", "Europe/London", "GB"), None)
    dnc = edit.create(
        CustomerDraft("Do Not", "Europe/London", "GB", phones=(("+44 7700 900555", ""),),
                      do_not_call=True), None)  # fmt: skip
    return World(db, CallbackService(db), general, evening, ana, ben, sue, maryam, john,
                 nophone, dnc)  # fmt: skip
