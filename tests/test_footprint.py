"""What a worker that serves calls loads: only what a call needs (issue 12, memory).

Alembic (with Mako and Pygments, ~11 MB of RSS here) is needed by the migration commands
only; a host without Flask-Migrate must not carry it in every worker.
"""

from __future__ import annotations

import json
import subprocess
import sys

CHECK = """
import json, sys
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
import pos_voice
app = Flask("host")
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
SQLAlchemy(app)
app.register_blueprint(pos_voice.voice_bp)
with app.test_client() as client:
    client.get("/voice/health")
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_serving_calls_does_not_load_the_migration_tooling() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120,
                          check=True)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "pos_voice" in loaded
    assert not loaded & {"alembic", "mako", "pygments"}, sorted(loaded & {"alembic", "mako", "pygments"})
