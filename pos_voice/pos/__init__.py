"""The host adapter: the only code that touches the host POS's models.

``mapping.map_host`` inspects the host's tables into a ``HostSchema``; ``adapter.PosAdapter``
reads the menu and customers and writes orders as the plain values of ``types``.
"""

from __future__ import annotations
