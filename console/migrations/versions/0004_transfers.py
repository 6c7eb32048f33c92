"""Warm transfers with structured notes; required note fields per queue; console heartbeat.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from console.storage.models import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OFFERED = "state = 'offered'"


def upgrade() -> None:
    # Claim-next walks pending callbacks in work order and stops at the first one it may take.
    op.create_index(
        "ix_callbacks_work_order", "callbacks", [sa.text("priority DESC"), "due_at", "id"],
        sqlite_where=sa.text("state = 'pending'"), postgresql_where=sa.text("state = 'pending'"),
    )  # fmt: skip
    # Callbacks someone is working on, found without scanning the table (mine, the sweep).
    op.create_index(
        "ix_callbacks_claimed", "callbacks", ["claimed_by"],
        sqlite_where=sa.text("state = 'claimed'"), postgresql_where=sa.text("state = 'claimed'"),
    )  # fmt: skip
    op.add_column("users", sa.Column("last_seen_at", UTCDateTime(), nullable=True))
    op.add_column(
        "queues",
        sa.Column("transfer_required", sa.String(length=200), nullable=False,
                  server_default=sa.text("'reason,issue,tried'")),
    )  # fmt: skip
    op.create_table(
        "transfers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_key", sa.String(length=64), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("from_user_id", sa.Integer(), nullable=True),
        sa.Column("to_user_id", sa.Integer(), nullable=True),
        sa.Column("to_queue_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column("issue", sa.Text(), nullable=False),
        sa.Column("tried", sa.Text(), nullable=False),
        sa.Column("promised", sa.Text(), nullable=False),
        sa.Column("callback_id", sa.Integer(), nullable=True),
        sa.Column("identity_verified", sa.Boolean(), nullable=False),
        sa.Column("mood", sa.String(length=32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("handover_no", sa.Integer(), nullable=False),
        sa.Column("bounce_reason", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("decline_reason", sa.Text(), nullable=False),
        sa.Column("accepted_by", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("responded_at", UTCDateTime(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("converted_callback_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_transfers_customer_id_customers"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["from_user_id"], ["users.id"], name=op.f("fk_transfers_from_user_id_users")),
        sa.ForeignKeyConstraint(["to_user_id"], ["users.id"], name=op.f("fk_transfers_to_user_id_users")),
        sa.ForeignKeyConstraint(["to_queue_id"], ["queues.id"], name=op.f("fk_transfers_to_queue_id_queues")),
        sa.ForeignKeyConstraint(["callback_id"], ["callbacks.id"], name=op.f("fk_transfers_callback_id_callbacks")),
        sa.ForeignKeyConstraint(["accepted_by"], ["users.id"], name=op.f("fk_transfers_accepted_by_users")),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"],
                                name=op.f("fk_transfers_interaction_id_interactions"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["converted_callback_id"], ["callbacks.id"],
                                name=op.f("fk_transfers_converted_callback_id_callbacks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfers")),
        sa.UniqueConstraint("request_key", name=op.f("uq_transfers_request_key")),
    )  # fmt: skip
    op.create_index(
        "ix_transfers_offered", "transfers", ["to_user_id", "to_queue_id"],
        sqlite_where=sa.text(OFFERED), postgresql_where=sa.text(OFFERED),
    )  # fmt: skip
    op.create_index("ix_transfers_customer", "transfers", ["customer_id", "created_at"])
    op.create_index("ix_transfers_sender", "transfers", ["from_user_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_callbacks_work_order", table_name="callbacks")
    op.drop_index("ix_callbacks_claimed", table_name="callbacks")
    op.drop_index("ix_transfers_sender", table_name="transfers")
    op.drop_index("ix_transfers_customer", table_name="transfers")
    op.drop_index("ix_transfers_offered", table_name="transfers")
    op.drop_table("transfers")
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("transfer_required")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("last_seen_at")
