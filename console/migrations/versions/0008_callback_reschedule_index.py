"""Index the callbacks that replaced another (rescheduled_from), so removing callbacks (a
customer erased, for instance) never scans every callback per row for its foreign key.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHERE = "rescheduled_from IS NOT NULL"


def upgrade() -> None:
    op.create_index(
        "ix_callbacks_rescheduled_from", "callbacks", ["rescheduled_from"],
        sqlite_where=sa.text(WHERE), postgresql_where=sa.text(WHERE),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_callbacks_rescheduled_from", table_name="callbacks")
