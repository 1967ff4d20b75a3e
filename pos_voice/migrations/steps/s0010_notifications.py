"""pos_voice: create voice_notifications

The durable outbox of texts and calls to a caller (the order confirmation, "your order is
ready"): committed with the order, claimed atomically before each attempt so two processes never
send one twice, retried with backoff, and Twilio's delivery status recorded from its callbacks.
"""
from alembic import op
import sqlalchemy as sa

# pos_voice: revision identifiers


def upgrade():
    op.create_table(
        "voice_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("order_ref", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("to_phone", sa.String(length=32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("provider_sid", sa.String(length=64), nullable=True),
        sa.Column("delivery_status", sa.String(length=32), nullable=True),
        sa.Column("delivery_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key", name="uq_voice_notifications_idempotency_key"),
        sa.ForeignKeyConstraint(["call_id"], ["voice_calls.id"],
                                name="fk_voice_notifications_call_id_voice_calls", ondelete="SET NULL"),
    )
    op.create_index("ix_voice_notifications_status_next_attempt_at", "voice_notifications",
                    ["status", "next_attempt_at"], unique=False)
    op.create_index("ix_voice_notifications_call_id", "voice_notifications", ["call_id"], unique=False)
    op.create_index("ix_voice_notifications_provider_sid", "voice_notifications", ["provider_sid"],
                    unique=False)


def downgrade():
    op.drop_index("ix_voice_notifications_provider_sid", table_name="voice_notifications")
    op.drop_index("ix_voice_notifications_call_id", table_name="voice_notifications")
    op.drop_index("ix_voice_notifications_status_next_attempt_at", table_name="voice_notifications")
    op.drop_table("voice_notifications")
