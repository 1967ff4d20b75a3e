"""Serve a WSGI app on an ephemeral loopback port (threaded Werkzeug, or gevent when patched).

A copy of the project's test helper, shipped so hosts can use the testing kit in their own
tests (``tests/`` is not part of the package).
"""

from __future__ import annotations

import threading
import typing as t
from collections.abc import Iterator
from contextlib import contextmanager


def gevent_patched() -> bool:
    """True when gevent has monkey-patched ``socket`` (then blocking I/O must be cooperative)."""
    try:
        from gevent import monkey
    except ImportError:
        return False
    return bool(monkey.is_module_patched("socket"))


#: How often a threaded server's loop looks for ``stop()`` (the time a stop may wait).
POLL_SECONDS = 0.01


class LoopbackServer:
    """A running server; ``port`` is the real port, ``stop()`` shuts it down."""

    def __init__(self, wsgi_app: t.Any, host: str = "127.0.0.1") -> None:
        self.host = host
        self._gevent_server: t.Any = None
        self._werkzeug_server: t.Any = None
        self._thread: threading.Thread | None = None
        if gevent_patched():
            from gevent.pywsgi import WSGIServer

            self._gevent_server = WSGIServer((host, 0), wsgi_app, log=None)
            self._gevent_server.start()
            self.port: int = int(self._gevent_server.server_port)
        else:
            from werkzeug.serving import WSGIRequestHandler, make_server

            class QuietHandler(WSGIRequestHandler):
                def log_request(self, *args: t.Any, **kwargs: t.Any) -> None:
                    pass  # one line per request drowns test output

            self._werkzeug_server = make_server(host, 0, wsgi_app, threaded=True,
                                                request_handler=QuietHandler)
            self.port = int(self._werkzeug_server.port)
            # serve_forever looks for shutdown() between polls: its default 0.5 s poll made every
            # stop() wait up to half a second (a bridge test's two servers: ~0.5 s of each test)
            self._thread = threading.Thread(target=self._werkzeug_server.serve_forever,
                                            kwargs={"poll_interval": POLL_SECONDS},
                                            name=f"loopback-server-{self.port}", daemon=True)
            self._thread.start()

    @property
    def http_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    def stop(self) -> None:
        if self._gevent_server is not None:
            self._gevent_server.stop(timeout=1)
            self._gevent_server = None
        if self._werkzeug_server is not None:
            self._werkzeug_server.shutdown()
            self._werkzeug_server.server_close()
            self._werkzeug_server = None
            if self._thread is not None:
                self._thread.join(timeout=5)


@contextmanager
def serve(wsgi_app: t.Any) -> Iterator[int]:
    """Serve ``wsgi_app`` on an ephemeral loopback port; yield the port."""
    server = LoopbackServer(wsgi_app)
    try:
        yield server.port
    finally:
        server.stop()


class FakeService:
    """A fake far end served on loopback: ``start``/``stop`` or ``with``; ``port`` once started.

    Subclasses build their WSGI app in :meth:`_build_app` and let go of live connections in
    :meth:`_before_stop`.
    """

    def __init__(self) -> None:
        self._server: LoopbackServer | None = None

    def _build_app(self) -> t.Any:
        raise NotImplementedError

    def _before_stop(self) -> None:
        pass

    def start(self) -> t.Self:
        self._server = LoopbackServer(self._build_app())
        return self

    def stop(self) -> None:
        self._before_stop()
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> t.Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return int(self._server.port)
