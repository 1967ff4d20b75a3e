"""pos_voice: staff follow-up columns on voice_calls

What the staff pages need to act on a call: why it needs attention and who handled it
(the "Needs attention" queue), the end-of-call summary and the caller's mood, and a staff
request to take a live call over (read by the process running the call).
"""
from alembic import op
import sqlalchemy as sa

# pos_voice: revision identifiers


def upgrade():
    # Nullable columns without defaults: a plain ADD COLUMN on SQLite and PostgreSQL alike.
    op.add_column("voice_calls", sa.Column("attention", sa.String(length=255), nullable=True))
    op.add_column("voice_calls", sa.Column("handled_at", sa.DateTime(), nullable=True))
    op.add_column("voice_calls", sa.Column("handled_by", sa.String(length=120), nullable=True))
    op.add_column("voice_calls", sa.Column("summary", sa.JSON(), nullable=True))
    op.add_column("voice_calls", sa.Column("sentiment", sa.String(length=16), nullable=True))
    op.add_column("voice_calls", sa.Column("take_requested_at", sa.DateTime(), nullable=True))
    op.add_column("voice_calls", sa.Column("take_requested_by", sa.String(length=120), nullable=True))
    op.create_index("ix_voice_calls_attention_handled_at", "voice_calls", ["attention", "handled_at"],
                    unique=False)


def downgrade():
    op.drop_index("ix_voice_calls_attention_handled_at", table_name="voice_calls")
    with op.batch_alter_table("voice_calls") as batch:  # SQLite drops columns by copying the table
        for column in ("take_requested_by", "take_requested_at", "sentiment", "summary", "handled_by",
                       "handled_at", "attention"):
            batch.drop_column(column)
