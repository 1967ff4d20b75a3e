"""pos_voice: the call's language

Which of POS_VOICE_LANGUAGES the call was in (the first one, or the one the caller switched
to), shown and filtered on the staff pages.
"""
from alembic import op
import sqlalchemy as sa

# pos_voice: revision identifiers


def upgrade():
    op.add_column("voice_calls", sa.Column("language", sa.String(length=16), nullable=True))
    op.create_index("ix_voice_calls_language", "voice_calls", ["language"], unique=False)


def downgrade():
    op.drop_index("ix_voice_calls_language", table_name="voice_calls")
    with op.batch_alter_table("voice_calls") as batch:
        batch.drop_column("language")
