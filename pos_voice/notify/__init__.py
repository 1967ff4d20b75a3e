"""Texts and calls to the caller after the call: the order confirmation (with the host's payment
link) and "your order is ready", through Twilio's REST API and a durable outbox.

:mod:`.messages` says what they say and who can get a text; :mod:`.twilio_rest` sends them with
the ``twilio`` client; :mod:`.outbox` queues them with the order, claims, retries and records
Twilio's delivery status; :mod:`.runner` works the outbox when the host marks an order ready.
"""

from __future__ import annotations

from .outbox import CALL, CONFIRMATION, READY, SMS, Choice, deliver_pending, promote_ready, record_delivery
from .runner import ensure_notifier, run_pass, stop_notifier, wake, watch

__all__ = ["CALL", "CONFIRMATION", "READY", "SMS", "Choice", "deliver_pending", "ensure_notifier",
           "promote_ready", "record_delivery", "run_pass", "stop_notifier", "wake", "watch"]
