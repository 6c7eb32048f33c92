"""Goodwill gestures on the card; who changed a customer last.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from console.storage import dialect
from console.storage.models import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN on both databases: SQLite's batch mode would rebuild the table
    # (slow on a million rows, and it drops the name-search triggers).
    dialect.add_reference_column(
        op.get_bind(), "customers", "updated_by", "users", "fk_customers_updated_by_users"
    )
    op.create_table(
        "goodwill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("given_by", sa.Integer(), nullable=True),
        sa.Column("given_at", UTCDateTime(), nullable=False),
        sa.Column("voided_at", UTCDateTime(), nullable=True),
        sa.Column("voided_by", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"],
            name=op.f("fk_goodwill_customer_id_customers"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["given_by"], ["users.id"], name=op.f("fk_goodwill_given_by_users")),
        sa.ForeignKeyConstraint(
            ["voided_by"], ["users.id"], name=op.f("fk_goodwill_voided_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goodwill")),
    )  # fmt: skip
    op.create_index("ix_goodwill_customer", "goodwill", ["customer_id", "given_at"])


def downgrade() -> None:
    op.drop_index("ix_goodwill_customer", table_name="goodwill")
    op.drop_table("goodwill")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_customers_updated_by_users", "customers", type_="foreignkey")
    op.drop_column("customers", "updated_by")
