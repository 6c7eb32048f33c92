"""Indexes for the supervisor dashboard: the open backlog and recent closures, read without
touching the table.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = "state IN ('pending', 'claimed')"


def upgrade() -> None:
    # The backlog grouped by owner, holder, queue and age: every column the dashboard reads,
    # over open callbacks only (a few percent of the table), so the grouping is index-only.
    op.create_index(
        "ix_callbacks_open_board", "callbacks",
        ["queue_id", "owner_id", "claimed_by", "state", "window_end", "due_at"],
        sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN),
    )  # fmt: skip
    # Promises closed in the last days, by day, state, closer and queue: the trend and the
    # kept share per agent and queue. It replaces the plain index on closed_at.
    op.create_index(
        "ix_callbacks_closed_board", "callbacks", ["closed_at", "state", "updated_by", "queue_id"]
    )
    op.drop_index("ix_callbacks_closed", table_name="callbacks")


def downgrade() -> None:
    op.create_index("ix_callbacks_closed", "callbacks", ["closed_at"])
    op.drop_index("ix_callbacks_closed_board", table_name="callbacks")
    op.drop_index("ix_callbacks_open_board", table_name="callbacks")
