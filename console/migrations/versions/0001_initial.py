"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

Users, queues, customers with phones and emails, the interaction timeline and the
append-only event log; substring name search (FTS5 trigram / pg_trgm).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from console.storage import dialect
from console.storage.models import UTCDateTime

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_no', sa.String(length=32), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('full_name', sa.String(length=400), nullable=False),
    sa.Column('name_key', sa.String(length=400), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('do_not_call', sa.Boolean(), nullable=False),
    sa.Column('tags', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('custom_fields', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('account_no', name=op.f('uq_customers_account_no'))
    )
    op.create_table('db_info',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_db_info'))
    )
    op.create_table('queues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queues')),
    sa.UniqueConstraint('name', name=op.f('uq_queues_name'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('shift_start', sa.String(length=5), nullable=False),
    sa.Column('shift_end', sa.String(length=5), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('customer_emails',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('email_key', sa.String(length=320), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_emails_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_emails'))
    )
    with op.batch_alter_table('customer_emails', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_emails_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_emails_email_key'), ['email_key'], unique=False)

    op.create_table('customer_phones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('e164', sa.String(length=20), nullable=False),
    sa.Column('typed', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=16), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_phones_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_phones'))
    )
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_phones_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_phones_e164'), ['e164'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', UTCDateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('from_state', sa.String(length=32), nullable=False),
    sa.Column('to_state', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_events_actor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_entity', ['entity', 'entity_id', 'occurred_at'], unique=False)

    op.create_table('interactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('direction', sa.String(length=16), nullable=True),
    sa.Column('agent_id', sa.Integer(), nullable=True),
    sa.Column('started_at', UTCDateTime(), nullable=False),
    sa.Column('ended_at', UTCDateTime(), nullable=True),
    sa.Column('outcome', sa.String(length=64), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['users.id'], name=op.f('fk_interactions_agent_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_interactions_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions'))
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index('ix_interactions_timeline', ['customer_id', 'started_at', 'id'], unique=False)

    op.create_table('user_queues',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('queue_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['queue_id'], ['queues.id'], name=op.f('fk_user_queues_queue_id_queues'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_queues_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'queue_id', name=op.f('pk_user_queues'))
    )
    bind = op.get_bind()
    dialect.create_name_search(bind)
    dialect.create_append_only_guard(bind, "events")


def downgrade() -> None:
    bind = op.get_bind()
    dialect.drop_append_only_guard(bind, "events")
    dialect.drop_name_search(bind)
    op.drop_table('user_queues')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index('ix_interactions_timeline')

    op.drop_table('interactions')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_entity')

    op.drop_table('events')
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_phones_e164'))
        batch_op.drop_index(batch_op.f('ix_customer_phones_customer_id'))

    op.drop_table('customer_phones')
    with op.batch_alter_table('customer_emails', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_emails_email_key'))
        batch_op.drop_index(batch_op.f('ix_customer_emails_customer_id'))

    op.drop_table('customer_emails')
    op.drop_table('users')
    op.drop_table('queues')
    op.drop_table('db_info')
    op.drop_table('customers')
