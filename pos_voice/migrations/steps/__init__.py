"""Frozen migration steps, shipped as source and copied into the host's history.

Each ``sNNNN_*.py`` here is a template, not a module pos_voice imports: ``flask pos-voice
install-migrations`` fills in the host's names and writes it into the host's
``migrations/versions/`` as an ordinary Alembic revision. Steps are append-only: a released
step is never edited; a schema change ships as a new step.
"""
