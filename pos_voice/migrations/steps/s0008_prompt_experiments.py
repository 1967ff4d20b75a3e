"""pos_voice: prompt experiments

Which experiment and variant each call was assigned (POS_VOICE_EXPERIMENTS), and
voice_experiments: when each experiment was started and stopped (flask pos-voice experiment).
"""
from alembic import op
import sqlalchemy as sa

# pos_voice: revision identifiers


def upgrade():
    op.add_column("voice_calls", sa.Column("experiment", sa.String(length=64), nullable=True))
    op.add_column("voice_calls", sa.Column("variant", sa.String(length=64), nullable=True))
    op.create_index("ix_voice_calls_experiment_variant", "voice_calls", ["experiment", "variant"], unique=False)
    op.create_table(
        "voice_experiments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("stopped_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_voice_experiments_name", "voice_experiments", ["name"], unique=False)


def downgrade():
    op.drop_index("ix_voice_experiments_name", table_name="voice_experiments")
    op.drop_table("voice_experiments")
    op.drop_index("ix_voice_calls_experiment_variant", table_name="voice_calls")
    with op.batch_alter_table("voice_calls") as batch:
        batch.drop_column("variant")
        batch.drop_column("experiment")
