"""Team mode: group roles console_agent, console_supervisor and console_admin, GRANTs per
table, row-level security on callbacks, transfers, the event log, notes, users and script
preferences, and the admin functions that create logins (PostgreSQL only; SQLite is
single-user and this revision changes nothing there).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from console.storage import team

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        team.create_team_security(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        team.drop_team_security(bind)
