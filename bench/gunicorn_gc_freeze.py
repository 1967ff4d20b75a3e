"""The demo's gunicorn settings plus ``gc.freeze()`` in each worker (``bench/calls.py --gc-freeze``).

Moves everything alive after start-up (Flask, SQLAlchemy, pydantic models …) out of the
collector's sight, so full collections during calls walk only the calls' own objects.
"""

from __future__ import annotations

import gc
import runpy
from pathlib import Path

globals().update({key: value for key, value in runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "examples" / "gunicorn.conf.py")).items()
    if not key.startswith("__")})


def post_worker_init(worker: object) -> None:
    gc.collect()
    gc.freeze()
