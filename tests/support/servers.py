"""A real HTTP/WebSocket server on 127.0.0.1 for tests (threaded Werkzeug, or gevent when patched)."""

from __future__ import annotations

import threading
import typing as t
from collections.abc import Iterator
from contextlib import contextmanager


def gevent_patched() -> bool:
    try:
        from gevent import monkey
    except ImportError:
        return False
    return bool(monkey.is_module_patched("socket"))


@contextmanager
def serve(wsgi_app: t.Any) -> Iterator[int]:
    """Serve ``wsgi_app`` on an ephemeral loopback port; yield the port."""
    if gevent_patched():
        from gevent.pywsgi import WSGIServer

        server = WSGIServer(("127.0.0.1", 0), wsgi_app, log=None)
        server.start()
        try:
            yield server.server_port
        finally:
            server.stop(timeout=1)
        return
    from werkzeug.serving import make_server

    srv = make_server("127.0.0.1", 0, wsgi_app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv.port
    finally:
        srv.shutdown()
        thread.join(timeout=5)
