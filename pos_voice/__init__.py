"""pos_voice: an AI phone receptionist for a Flask restaurant POS.

.. code-block:: python

    from pos_voice import voice_bp
    app.register_blueprint(voice_bp)   # after db.init_app(app); url_prefix defaults to /voice
"""

from __future__ import annotations

from .blueprint import PosVoice, voice_bp
from .extension import current_voice, get_state
from .version import __version__

__all__ = ["PosVoice", "__version__", "current_voice", "get_state", "voice_bp"]
