"""WSGI entry point: ``gunicorn -c gunicorn.conf.py pizzeria_pos.wsgi:app`` (from ``examples/``)."""

from __future__ import annotations

from . import create_app

app = create_app()
