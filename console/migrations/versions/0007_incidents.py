"""Disruptions (incidents): the facts agents may tell, who is affected, proactive callbacks.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from console.storage import dialect
from console.storage.models import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("standards", sa.Text(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["queue_id"], ["queues.id"], name=op.f("fk_incidents_queue_id_queues")),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_incidents_created_by_users")),
        sa.ForeignKeyConstraint(["closed_by"], ["users.id"], name=op.f("fk_incidents_closed_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )  # fmt: skip
    op.create_index("ix_incidents_state", "incidents", ["state", "created_at"])
    # Every edit of the facts is a row: what agents were told to say, by whom, and when.
    op.create_table(
        "incident_facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("standards", sa.Text(), nullable=False),
        sa.Column("written_by", sa.Integer(), nullable=True),
        sa.Column("written_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_incident_facts_incident_id_incidents"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["written_by"], ["users.id"], name=op.f("fk_incident_facts_written_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_facts")),
    )  # fmt: skip
    op.create_index("ix_incident_facts_incident", "incident_facts", ["incident_id", "id"])
    op.create_table(
        "incident_customers",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name=op.f("fk_incident_customers_incident_id_incidents"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_incident_customers_customer_id_customers"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["added_by"], ["users.id"], name=op.f("fk_incident_customers_added_by_users")),
        sa.PrimaryKeyConstraint("incident_id", "customer_id", name=op.f("pk_incident_customers")),
    )  # fmt: skip
    # "Is this caller part of an open disruption?" on every pop, search result and card.
    op.create_index("ix_incident_customers_customer", "incident_customers", ["customer_id"])
    # Callbacks made for a disruption, for its panel on the dashboard.
    # In place: a batch rebuild would copy a million callbacks on SQLite.
    dialect.add_reference_column(
        op.get_bind(), "callbacks", "incident_id", "incidents", "fk_callbacks_incident_id_incidents"
    )
    op.create_index("ix_callbacks_incident", "callbacks", ["incident_id", "state"])
    # Customers in an open disruption go first (editable like every rule).
    rules = sa.table(
        "priority_rules", sa.column("name", sa.String), sa.column("kind", sa.String),
        sa.column("field", sa.String), sa.column("value", sa.String),
        sa.column("points", sa.Integer), sa.column("active", sa.Boolean),
        sa.column("version", sa.Integer),
    )  # fmt: skip
    op.bulk_insert(
        rules,
        [{"name": "Part of an open disruption", "kind": "in_open_incident", "field": "",
          "value": "", "points": 60, "active": True, "version": 1}],
    )  # fmt: skip


def downgrade() -> None:
    op.execute("DELETE FROM priority_rules WHERE kind = 'in_open_incident'")
    op.drop_index("ix_callbacks_incident", table_name="callbacks")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_callbacks_incident_id_incidents", "callbacks", type_="foreignkey")
    op.drop_column("callbacks", "incident_id")
    op.drop_index("ix_incident_customers_customer", table_name="incident_customers")
    op.drop_table("incident_customers")
    op.drop_index("ix_incident_facts_incident", table_name="incident_facts")
    op.drop_table("incident_facts")
    op.drop_index("ix_incidents_state", table_name="incidents")
    op.drop_table("incidents")
