"""pos_voice: create voice_call_resumes

A dropped call's cart offered to the next call from the same number: which call dropped, which
call it was offered to, and whether the caller took it (one resume per cart).
"""
from alembic import op
import sqlalchemy as sa

# pos_voice: revision identifiers


def upgrade():
    op.create_table(
        "voice_call_resumes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("resumed_call_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("call_id", name="uq_voice_call_resumes_call_id"),
        sa.UniqueConstraint("resumed_call_id", name="uq_voice_call_resumes_resumed_call_id"),
        sa.ForeignKeyConstraint(["call_id"], ["voice_calls.id"],
                                name="fk_voice_call_resumes_call_id_voice_calls", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["resumed_call_id"], ["voice_calls.id"],
                                name="fk_voice_call_resumes_resumed_call_id_voice_calls", ondelete="CASCADE"),
    )


def downgrade():
    op.drop_table("voice_call_resumes")
