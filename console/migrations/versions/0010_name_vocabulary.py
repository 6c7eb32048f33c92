"""The vocabulary of name words behind typo-tolerant search: table name_words with a trigram
index (FTS5 on SQLite, pg_trgm on PostgreSQL), filled from the customers there are and kept
by triggers on customers; on PostgreSQL readable by every team role.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from console.storage import dialect, team

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "name_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_name_words")),
    )
    op.create_index(op.f("ix_name_words_word"), "name_words", ["word"], unique=False)
    bind = op.get_bind()
    dialect.create_name_vocabulary(bind)
    if bind.dialect.name == "postgresql":
        team.grant_name_vocabulary(bind)


def downgrade() -> None:
    dialect.drop_name_vocabulary(op.get_bind())
    op.drop_index(op.f("ix_name_words_word"), table_name="name_words")
    op.drop_table("name_words")
