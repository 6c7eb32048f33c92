"""The callbacks guard (team mode on PostgreSQL) lets the changes anyone may make through
before it asks who is asking: a queue's callback that stays the queue's, and one's own that
stays one's own. The same answers as 0009's guard; a claim no longer pays for two SQL
function calls PostgreSQL plans at every call (SQLite has no guard: nothing changes there).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from console.storage import team

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        team.replace_callbacks_guard(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        team.replace_callbacks_guard(bind, undo=True)
