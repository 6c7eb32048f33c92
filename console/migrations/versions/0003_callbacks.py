"""Callbacks: promises with a window in the customer's time, calling windows, priority rules.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from console.storage.models import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
OPEN = "state IN ('pending', 'claimed')"
QUEUE_OPEN = "state = 'pending' AND owner_id IS NULL"


def upgrade() -> None:
    # Plain ADD COLUMN with constant defaults: no table rebuild on SQLite.
    for name, type_, default in (
        ("retry_steps", sa.String(length=200), "+15m,+1h,next_window"),
        ("max_attempts", sa.Integer(), 3),
        ("grace_minutes", sa.Integer(), 15),
        ("kept_tolerance_minutes", sa.Integer(), 10),
    ):
        op.add_column(
            "queues", sa.Column(name, type_, nullable=False, server_default=sa.text(repr(default)))
        )
    op.create_table(
        "callbacks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("window_start", UTCDateTime(), nullable=False),
        sa.Column("window_end", UTCDateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("asap", sa.Boolean(), nullable=False),
        sa.Column("promise", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("priority_reasons", JSON, nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_outcome", sa.String(length=32), nullable=False),
        sa.Column("claimed_by", sa.Integer(), nullable=True),
        sa.Column("claimed_at", UTCDateTime(), nullable=True),
        sa.Column("handed_on_at", UTCDateTime(), nullable=True),
        sa.Column("handed_from", sa.Integer(), nullable=True),
        sa.Column("snoozed_until", UTCDateTime(), nullable=True),
        sa.Column("rescheduled_from", sa.Integer(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"],
            name=op.f("fk_callbacks_customer_id_customers"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["queue_id"], ["queues.id"], name=op.f("fk_callbacks_queue_id_queues")),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_callbacks_owner_id_users")),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_callbacks_created_by_users")),
        sa.ForeignKeyConstraint(["claimed_by"], ["users.id"], name=op.f("fk_callbacks_claimed_by_users")),
        sa.ForeignKeyConstraint(["handed_from"], ["users.id"], name=op.f("fk_callbacks_handed_from_users")),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"], name=op.f("fk_callbacks_updated_by_users")),
        sa.ForeignKeyConstraint(
            ["rescheduled_from"], ["callbacks.id"], name=op.f("fk_callbacks_rescheduled_from_callbacks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callbacks")),
    )  # fmt: skip
    op.create_index(
        "ix_callbacks_open_owner", "callbacks", ["owner_id", "due_at"],
        sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN),
    )  # fmt: skip
    op.create_index(
        "ix_callbacks_open_queue", "callbacks", ["queue_id", "due_at"],
        sqlite_where=sa.text(QUEUE_OPEN), postgresql_where=sa.text(QUEUE_OPEN),
    )  # fmt: skip
    op.create_index("ix_callbacks_customer", "callbacks", ["customer_id", "state"])
    op.create_index("ix_callbacks_closed", "callbacks", ["closed_at"])

    windows = op.create_table(
        "calling_windows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("windows", sa.String(length=400), nullable=False),
        sa.Column("honour_holidays", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["queue_id"], ["queues.id"],
            name=op.f("fk_calling_windows_queue_id_queues"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calling_windows")),
    )  # fmt: skip
    rules = op.create_table(
        "priority_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_rules")),
    )
    # The catch-all window and the rules every contact center starts with; both editable.
    op.bulk_insert(
        windows,
        [{"id": 1, "queue_id": None, "country": "", "windows": "Mon-Fri 09:00-20:00; Sat 10:00-16:00",
          "honour_holidays": True, "version": 1}],
    )  # fmt: skip
    op.bulk_insert(
        rules,
        [
            {"id": 1, "name": "Departs within 7 days", "kind": "date_within_days",
             "field": "departure_date", "value": "7", "points": 50, "active": True, "version": 1},
            {"id": 2, "name": "VIP", "kind": "tag", "field": "", "value": "VIP", "points": 30,
             "active": True, "version": 1},
            {"id": 3, "name": "Promises already broken", "kind": "broken_promises", "field": "",
             "value": "", "points": 20, "active": True, "version": 1},
        ],
    )  # fmt: skip
    if op.get_bind().dialect.name == "postgresql":
        for table in ("calling_windows", "priority_rules"):
            op.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )


def downgrade() -> None:
    op.drop_table("priority_rules")
    op.drop_table("calling_windows")
    op.drop_index("ix_callbacks_closed", table_name="callbacks")
    op.drop_index("ix_callbacks_customer", table_name="callbacks")
    op.drop_index("ix_callbacks_open_queue", table_name="callbacks")
    op.drop_index("ix_callbacks_open_owner", table_name="callbacks")
    op.drop_table("callbacks")
    with op.batch_alter_table("queues") as batch:
        for name in ("kept_tolerance_minutes", "grace_minutes", "max_attempts", "retry_steps"):
            batch.drop_column(name)
