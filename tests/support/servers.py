"""A real HTTP/WebSocket server on 127.0.0.1 for tests: the testing kit's own helper."""

from pos_voice.testing.servers import gevent_patched, serve

__all__ = ["gevent_patched", "serve"]
