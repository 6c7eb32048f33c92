"""Scripted responses: scripts, their language variants, queue limits, versions, favourites
and usage counts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from console.storage.models import UTCDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("default_language", sa.String(length=16), nullable=False),
        sa.Column("shortcut", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("shipped", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_scripts_created_by_users")),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"], name=op.f("fk_scripts_updated_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scripts")),
        sa.UniqueConstraint("key", name=op.f("uq_scripts_key")),
    )  # fmt: skip
    # The library as agents see it: active scripts by category and position.
    op.create_index("ix_scripts_library", "scripts", ["active", "category", "position"])
    # A shortcut belongs to one active script at a time (retired ones keep theirs for history).
    op.create_index(
        "uq_scripts_active_shortcut", "scripts", ["shortcut"], unique=True,
        sqlite_where=sa.text("active = 1 AND shortcut <> ''"),
        postgresql_where=sa.text("active AND shortcut <> ''"),
    )  # fmt: skip
    op.create_table(
        "script_variants",
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["script_id"], ["scripts.id"],
                                name=op.f("fk_script_variants_script_id_scripts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("script_id", "language", name=op.f("pk_script_variants")),
    )  # fmt: skip
    op.create_table(
        "script_queues",
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["script_id"], ["scripts.id"],
                                name=op.f("fk_script_queues_script_id_scripts"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["queue_id"], ["queues.id"],
                                name=op.f("fk_script_queues_queue_id_queues"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("script_id", "queue_id", name=op.f("pk_script_queues")),
    )  # fmt: skip
    op.create_index("ix_script_queues_queue_id", "script_queues", ["queue_id"])
    op.create_table(
        "script_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("edited_by", sa.Integer(), nullable=True),
        sa.Column("edited_at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("content", JSON, nullable=False),
        sa.ForeignKeyConstraint(["script_id"], ["scripts.id"],
                                name=op.f("fk_script_versions_script_id_scripts"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["edited_by"], ["users.id"], name=op.f("fk_script_versions_edited_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_script_versions")),
    )  # fmt: skip
    op.create_index(
        "ix_script_versions_script", "script_versions", ["script_id", "version"], unique=True
    )
    op.create_table(
        "script_favourites",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_script_favourites_user_id_users"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["script_id"], ["scripts.id"],
                                name=op.f("fk_script_favourites_script_id_scripts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "script_id", name=op.f("pk_script_favourites")),
    )  # fmt: skip
    op.create_index("ix_script_favourites_order", "script_favourites", ["user_id", "position"])
    op.create_table(
        "script_usage",
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("last_used_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["script_id"], ["scripts.id"],
                                name=op.f("fk_script_usage_script_id_scripts"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_script_usage_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("script_id", "user_id", name=op.f("pk_script_usage")),
    )  # fmt: skip
    op.create_index("ix_script_usage_user_id", "script_usage", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_script_usage_user_id", table_name="script_usage")
    op.drop_table("script_usage")
    op.drop_index("ix_script_favourites_order", table_name="script_favourites")
    op.drop_table("script_favourites")
    op.drop_index("ix_script_versions_script", table_name="script_versions")
    op.drop_table("script_versions")
    op.drop_index("ix_script_queues_queue_id", table_name="script_queues")
    op.drop_table("script_queues")
    op.drop_table("script_variants")
    op.drop_index("uq_scripts_active_shortcut", table_name="scripts")
    op.drop_index("ix_scripts_library", table_name="scripts")
    op.drop_table("scripts")
