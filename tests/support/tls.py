"""TLS for the bridge's Realtime connection in tests, as in production (``wss://``).

* :func:`self_signed` — a throwaway certificate for ``127.0.0.1`` (the ``openssl`` CLI), which
  the bridge trusts through websocket-client's ``WEBSOCKET_CLIENT_CA_BUNDLE``: no production
  setting changes.
* :class:`Relay` — terminates TLS on a loopback port (or, without a certificate, takes
  plain TCP) and relays the plain bytes to the puppet server. A test can stop it reading
  (:meth:`Relay.pause`: the bridge's socket fills, its writes would block) and break every
  connection at once (:meth:`Relay.reset`: a TCP reset, no close_notify, no WebSocket close).

One greenlet (or thread) per direction: one reads the TLS socket while the other writes it,
which gevent's SSL socket allows (a reader and a writer wait on different events).
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
import subprocess
import threading
from pathlib import Path

READ_SIZE = 65536


def self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate and key for ``127.0.0.1`` valid for a day: ``(cert.pem, key.pem)``."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


class Relay:
    """TLS on ``port`` (127.0.0.1; plain TCP when ``cert`` is None) to plain TCP on ``target_port``.

    ``receive_buffer``: the accepted sockets' ``SO_RCVBUF`` (set on the listener, so the TCP
    window is small from the first byte): with it small, a paused relay stops the bridge's
    writes after a few kilobytes instead of megabytes."""

    def __init__(self, target_port: int, cert: Path | None = None, key: Path | None = None,
                 receive_buffer: int | None = None) -> None:
        self.target_port = target_port
        self._context: ssl.SSLContext | None = None
        if cert is not None:
            self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self._context.load_cert_chain(str(cert), str(key) if key is not None else None)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if receive_buffer is not None:
            self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port: int = self._listener.getsockname()[1]
        self._reading = threading.Event()
        self._reading.set()
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []  # (raw client side, upstream)
        self.connections = 0  # accepted (TLS: handshakes completed)
        self._stopped = False
        threading.Thread(target=self._accept, daemon=True, name=f"tls-relay-{self.port}").start()

    def pause(self) -> None:
        """Stop reading what the bridge sends (already-relayed bytes still reach the puppet)."""
        self._reading.clear()

    def resume(self) -> None:
        self._reading.set()

    def reset(self) -> None:
        """Break every connection: a TCP reset to the bridge, the puppet's side closed."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for raw, upstream in pairs:
            with contextlib.suppress(OSError):
                raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            with contextlib.suppress(OSError):
                raw.close()  # with linger 0: a reset; the pumps waiting on it wake with an error
            with contextlib.suppress(OSError):
                upstream.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._stopped = True
        self._reading.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        self.reset()

    def _accept(self) -> None:
        while not self._stopped:
            try:
                raw, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(raw,), daemon=True).start()

    def _serve(self, raw: socket.socket) -> None:
        try:
            tls = self._context.wrap_socket(raw, server_side=True) if self._context is not None else raw
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
        except OSError:
            raw.close()
            return
        self.connections += 1
        with self._lock:
            self._pairs.append((tls, upstream))
        threading.Thread(target=self._pump, args=(upstream, tls, False), daemon=True).start()
        self._pump(tls, upstream, True)

    def _pump(self, source: socket.socket, sink: socket.socket, from_bridge: bool) -> None:
        try:
            while True:
                if from_bridge:
                    self._reading.wait()
                data = source.recv(READ_SIZE)
                if not data:
                    break
                sink.sendall(data)
        except (OSError, ValueError):
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            if from_bridge:  # the other pump has been woken by the shutdown; close once
                for sock in (source, sink):
                    with contextlib.suppress(OSError):
                        sock.close()
