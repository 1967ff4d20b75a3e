"""Staff pages inside the host POS: calls, a call's timeline, live calls, voice orders, dashboard.

- :mod:`.views` registers the pages on ``voice_bp`` (``/voice/dashboard``, ``/calls``,
  ``/calls/<id>``, ``/calls.csv``, ``/live``, ``/live.json``, ``/orders``);
- :mod:`.auth` puts every one of them behind ``POS_VOICE_STAFF_AUTH`` or the host's Flask-Login,
  closed when neither is there;
- :mod:`.data` reads calls, timelines, live calls and host orders;
- :mod:`.metrics` computes the dashboard figures with SQL aggregates;
- :mod:`.charts` draws them as inline SVG (no script, no CDN).

Settings: ``POS_VOICE_BASE_TEMPLATE`` (host layout with ``title`` and ``content`` blocks),
``POS_VOICE_STAFF_AUTH``, ``POS_VOICE_ORDER_URL`` (``"/orders/{id}"`` or a callable),
``POS_VOICE_STAFF_PAGE_SIZE``, ``POS_VOICE_TIMEZONE``. Templates live in
``templates/pos_voice/`` and a host overrides any of them with its own file of the same name.
"""
