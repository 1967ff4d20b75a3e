"""pos_voice: the call's engine

Which model engine or mode ran the call ("realtime", "live" or "sip"), so the dashboard can
show what each costs side by side. Calls recorded before this step keep NULL.
"""
from alembic import op
import sqlalchemy as sa

# pos_voice: revision identifiers


def upgrade():
    op.add_column("voice_calls", sa.Column("engine", sa.String(length=16), nullable=True))
    op.create_index("ix_voice_calls_engine", "voice_calls", ["engine"], unique=False)


def downgrade():
    op.drop_index("ix_voice_calls_engine", table_name="voice_calls")
    with op.batch_alter_table("voice_calls") as batch:
        batch.drop_column("engine")
