"""The host adapter: the only code that touches the host POS's models.

``mapping.map_host`` inspects the host's tables (with the words of ``vocabulary``) into a
``schema.HostSchema``; ``adapter.PosAdapter`` reads the menu and customers and writes orders
as the plain values of ``types``; ``probe.dry_run`` writes a test order and rolls it back
(``flask pos-voice check``).
"""

from __future__ import annotations
