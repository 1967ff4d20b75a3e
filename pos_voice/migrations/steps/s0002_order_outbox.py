"""pos_voice: create voice_order_outbox

A durable outbox of voice orders waiting to be POSTed to POS_VOICE_ORDER_WEBHOOK_URL,
with retry bookkeeping and a claim time so two processes never send one order at once.
"""
from alembic import op
import sqlalchemy as sa

# pos_voice: revision identifiers


def upgrade():
    op.create_table(
        "voice_order_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("order_ref", sa.String(length=64), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key", name="uq_voice_order_outbox_idempotency_key"),
        sa.ForeignKeyConstraint(["call_id"], ["voice_calls.id"],
                                name="fk_voice_order_outbox_call_id_voice_calls", ondelete="SET NULL"),
    )
    op.create_index("ix_voice_order_outbox_status_next_attempt_at", "voice_order_outbox",
                    ["status", "next_attempt_at"], unique=False)


def downgrade():
    op.drop_index("ix_voice_order_outbox_status_next_attempt_at", table_name="voice_order_outbox")
    op.drop_table("voice_order_outbox")
