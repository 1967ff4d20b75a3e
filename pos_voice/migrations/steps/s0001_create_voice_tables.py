"""pos_voice: create voice_calls and voice_call_events

One row per phone call (state, outcome, the order it placed, token usage and cost) and
the call's timeline of events (tool calls, transcript lines, transfers, errors).
"""
from alembic import op
import sqlalchemy as sa

# pos_voice: revision identifiers

# The host's orders table and its primary key, filled in when this step was installed.
# Empty when the host's orders could not be mapped: voice_calls.order_id is then a plain
# integer without a foreign key.
ORDERS_TABLE = "${orders_table}"
ORDERS_PK = "${orders_pk}"


def upgrade():
    order_fk = []
    if ORDERS_TABLE:
        order_fk.append(sa.ForeignKeyConstraint(
            ["order_id"], [ORDERS_TABLE + "." + (ORDERS_PK or "id")],
            name="fk_voice_calls_order_id_" + ORDERS_TABLE, ondelete="SET NULL",
        ))
    op.create_table(
        "voice_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_sid", sa.String(length=64), nullable=False),
        sa.Column("phone_from", sa.String(length=32), nullable=True),
        sa.Column("phone_to", sa.String(length=32), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("disposition", sa.String(length=16), nullable=True),
        sa.Column("next_action", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("order_type", sa.String(length=16), nullable=True),
        sa.Column("customer_ref", sa.String(length=64), nullable=True),
        sa.Column("customer_name", sa.String(length=120), nullable=True),
        sa.Column("transfer_reason", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("transcript", sa.Text(), nullable=True),
        sa.Column("live_state", sa.JSON(), nullable=True),
        sa.Column("stream_token_hash", sa.String(length=64), nullable=True),
        sa.Column("token_expires_at", sa.DateTime(), nullable=True),
        sa.Column("token_used_at", sa.DateTime(), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=True),
        sa.Column("model", sa.String(length=64), nullable=True),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("input_audio_tokens", sa.Integer(), nullable=False),
        sa.Column("output_audio_tokens", sa.Integer(), nullable=False),
        sa.Column("cached_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Numeric(precision=10, scale=4), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("call_sid", name="uq_voice_calls_call_sid"),
        *order_fk,
    )
    op.create_index("ix_voice_calls_started_at", "voice_calls", ["started_at"], unique=False)
    op.create_index("ix_voice_calls_disposition", "voice_calls", ["disposition"], unique=False)
    op.create_index("ix_voice_calls_phone_from", "voice_calls", ["phone_from"], unique=False)
    op.create_index("ix_voice_calls_state", "voice_calls", ["state"], unique=False)

    op.create_table(
        "voice_call_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("event_type", sa.String(length=32), nullable=False),
        sa.Column("event_data", sa.JSON(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("timestamp", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["call_id"], ["voice_calls.id"],
                                name="fk_voice_call_events_call_id_voice_calls", ondelete="CASCADE"),
    )
    op.create_index("ix_voice_call_events_call_id_timestamp", "voice_call_events",
                    ["call_id", "timestamp"], unique=False)
    op.create_index("ix_voice_call_events_event_type", "voice_call_events", ["event_type"], unique=False)


def downgrade():
    op.drop_index("ix_voice_call_events_event_type", table_name="voice_call_events")
    op.drop_index("ix_voice_call_events_call_id_timestamp", table_name="voice_call_events")
    op.drop_table("voice_call_events")
    op.drop_index("ix_voice_calls_state", table_name="voice_calls")
    op.drop_index("ix_voice_calls_phone_from", table_name="voice_calls")
    op.drop_index("ix_voice_calls_disposition", table_name="voice_calls")
    op.drop_index("ix_voice_calls_started_at", table_name="voice_calls")
    op.drop_table("voice_calls")
