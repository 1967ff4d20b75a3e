"""Gunicorn settings for the demo POS with pos_voice: one gevent worker holds many calls.

Run from ``examples/``: ``gunicorn -c gunicorn.conf.py pizzeria_pos.wsgi:app``. The gevent
worker patches the standard library itself before loading the app, so there is no
``--preload`` and no ``monkey.patch_all()`` in the code.
"""

from __future__ import annotations

import os

# Importable from any working directory: examples/ holds the pizzeria_pos package.
pythonpath = os.path.dirname(os.path.abspath(__file__))
wsgi_app = "pizzeria_pos.wsgi:app"

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '5000')}"
worker_class = "gevent"
# Each call is one WebSocket held for minutes: concurrency comes from greenlets, not processes.
workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
worker_connections = int(os.environ.get("WORKER_CONNECTIONS", "1000"))
preload_app = False
# A restart (SIGTERM, or HUP's new workers) drains the calls first: no new call is taken, the live
# ones get POS_VOICE_DRAIN_SECONDS to finish, then go to staff (pos_voice.serving). gunicorn kills
# a worker graceful_timeout after SIGTERM, so it must outlast the drain and the handoff.
_drain_seconds = float(os.environ.get("POS_VOICE_DRAIN_SECONDS", "120"))
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT", str(int(_drain_seconds) + 30)))


def post_worker_init(worker):
    # Imported in the worker, after gevent has patched it (the master imports nothing of the app).
    from pos_voice.serving import gunicorn_post_worker_init

    gunicorn_post_worker_init(worker)
timeout = 60
keepalive = 5
# Behind a TLS-terminating proxy/tunnel, trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn >= 24's control socket has one default path per user: several processes on one host
# (one per core, examples/nginx.conf) would take it from each other. The demo does not use it.
control_socket_disable = True
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")
