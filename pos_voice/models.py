"""The plugin's own tables, built on the host's ``db`` so they share the host's metadata.

``flask db migrate`` / ``flask db check`` in the host therefore see them, and
``db.create_all()`` in host tests creates them. The frozen migration steps in
``pos_voice/migrations/steps`` create exactly these columns, constraints and indexes; a
change here needs a new step (``tests/test_migrations.py`` fails on drift).
"""

from __future__ import annotations

import typing as t
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

if t.TYPE_CHECKING:
    from flask_sqlalchemy import SQLAlchemy

#: Call dispositions, final once set. *missed*: handed to staff but nobody took it (the dial
#: was not answered, or there is no staff phone): a caller to ring back. *refused*: turned away
#: before the assistant (caller rate limit).
COMPLETED, TRANSFERRED, MISSED = "completed", "transferred", "missed"
ABANDONED, FAILED, REFUSED = "abandoned", "failed", "refused"
DISPOSITIONS = (COMPLETED, TRANSFERRED, MISSED, ABANDONED, FAILED, REFUSED)

#: Call states: TwiML answered -> stream open -> ended.
QUEUED, LIVE, ENDED = "queued", "live", "ended"

#: A dropped call's cart offered to the next call: offered -> resumed | declined.
RESUME_OFFERED, RESUME_ACCEPTED, RESUME_DECLINED = "offered", "resumed", "declined"

#: A text or call to the caller (``voice_notifications``): waiting (a ready notice, until the order is
#: ready) -> pending -> sending (claimed) -> sent | pending again (retry) | failed; *unknown*: the
#: request left but its answer was lost (never sent again blindly; a status callback may still tell).
#: *expired*: the order never became ready.
NOTICE_WAITING, NOTICE_PENDING, NOTICE_SENDING = "waiting", "pending", "sending"
NOTICE_SENT, NOTICE_FAILED, NOTICE_UNKNOWN, NOTICE_EXPIRED = "sent", "failed", "unknown", "expired"

#: What ``/stream-ended`` tells Twilio to do next.
NEXT_HANGUP, NEXT_TRANSFER, NEXT_FALLBACK = "hangup", "transfer", "fallback"


def utcnow() -> datetime:
    """Naive UTC: the same value on SQLite and PostgreSQL ``timestamp without time zone``."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class VoiceModels:
    """The plugin's model classes for one host ``db``."""

    VoiceCall: t.Any
    VoiceCallEvent: t.Any
    VoiceOrderOutbox: t.Any
    VoiceExperiment: t.Any
    orders_table: str | None
    orders_pk: str | None
    VoiceCallResume: t.Any
    VoiceNotification: t.Any = None


_built: weakref.WeakKeyDictionary[t.Any, VoiceModels] = weakref.WeakKeyDictionary()


def build_models(db: SQLAlchemy, orders_table: str | None, orders_pk: str | None = "id") -> VoiceModels:
    """Create (once per ``db``) the plugin's models on the host's metadata.

    :param db: the host's Flask-SQLAlchemy extension.
    :param orders_table: the host's orders table, target of ``voice_calls.order_id``; ``None``
        leaves ``order_id`` a plain integer (a host whose orders could not be mapped).
    :param orders_pk: the primary-key column of that table.
    """
    cached = _built.get(db)
    if cached is not None:
        if (cached.orders_table, cached.orders_pk) != (orders_table, orders_pk):
            raise RuntimeError(
                f"pos_voice models were already built on this db for orders table "
                f"{cached.orders_table!r}; two apps sharing one db must map the same orders table"
            )
        return cached

    if orders_table:
        order_fk: tuple[t.Any, ...] = (
            sa.ForeignKey(f"{orders_table}.{orders_pk}", ondelete="SET NULL",
                          name=f"fk_voice_calls_order_id_{orders_table}"),
        )
    else:
        order_fk = ()

    class VoiceCall(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "voice_calls"
        __table_args__ = (
            sa.UniqueConstraint("call_sid", name="uq_voice_calls_call_sid"),
            sa.Index("ix_voice_calls_started_at", "started_at"),
            sa.Index("ix_voice_calls_disposition", "disposition"),
            sa.Index("ix_voice_calls_phone_from", "phone_from"),
            sa.Index("ix_voice_calls_state", "state"),
            sa.Index("ix_voice_calls_attention_handled_at", "attention", "handled_at"),
            sa.Index("ix_voice_calls_experiment_variant", "experiment", "variant"),
            sa.Index("ix_voice_calls_language", "language"),
            sa.Index("ix_voice_calls_engine", "engine"),
        )

        id = sa.Column(sa.Integer, primary_key=True)
        call_sid = sa.Column(sa.String(64), nullable=False)
        phone_from = sa.Column(sa.String(32))
        phone_to = sa.Column(sa.String(32))
        started_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
        ended_at = sa.Column(sa.DateTime)
        duration_seconds = sa.Column(sa.Integer)
        state = sa.Column(sa.String(16), nullable=False, default=QUEUED)
        disposition = sa.Column(sa.String(16))
        next_action = sa.Column(sa.String(16), nullable=False, default=NEXT_HANGUP)
        order_id = sa.Column(sa.Integer, *order_fk, nullable=True)
        order_type = sa.Column(sa.String(16))
        customer_ref = sa.Column(sa.String(64))
        customer_name = sa.Column(sa.String(120))
        transfer_reason = sa.Column(sa.Text)
        error = sa.Column(sa.Text)
        transcript = sa.Column(sa.Text)
        live_state = sa.Column(sa.JSON)
        stream_token_hash = sa.Column(sa.String(64))
        token_expires_at = sa.Column(sa.DateTime)
        token_used_at = sa.Column(sa.DateTime)
        heartbeat_at = sa.Column(sa.DateTime)
        model = sa.Column(sa.String(64))
        input_tokens = sa.Column(sa.Integer, nullable=False, default=0)
        output_tokens = sa.Column(sa.Integer, nullable=False, default=0)
        input_audio_tokens = sa.Column(sa.Integer, nullable=False, default=0)
        output_audio_tokens = sa.Column(sa.Integer, nullable=False, default=0)
        cached_tokens = sa.Column(sa.Integer, nullable=False, default=0)
        cost_usd = sa.Column(sa.Numeric(10, 4), nullable=False, default=0)
        created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
        # Staff follow-up (pos_voice.followup): why the call needs attention, as comma-separated
        # reason codes (None: nothing to do), and who marked it handled, when.
        attention = sa.Column(sa.String(255))
        handled_at = sa.Column(sa.DateTime)
        handled_by = sa.Column(sa.String(120))
        summary = sa.Column(sa.JSON)  # the end-of-call summary (pos_voice.followup.CallSummary)
        sentiment = sa.Column(sa.String(16))  # the caller's mood, from the summary
        # Staff asked to take this live call over: the process running it hands the caller over.
        take_requested_at = sa.Column(sa.DateTime)
        take_requested_by = sa.Column(sa.String(120))
        experiment = sa.Column(sa.String(64))  # the prompt experiment running when the call began
        variant = sa.Column(sa.String(64))  # the variant of it this call was given
        language = sa.Column(sa.String(16))  # the caller's language (POS_VOICE_LANGUAGES), last switched to
        engine = sa.Column(sa.String(16))  # what ran it: "realtime", "live" or "sip" (NULL: before s0012)

        events = db.relationship("VoiceCallEvent", back_populates="call", lazy="dynamic",
                                 order_by="VoiceCallEvent.id", passive_deletes=True)

        def __repr__(self) -> str:
            return f"<VoiceCall {self.call_sid} {self.state}/{self.disposition}>"

    class VoiceCallEvent(db.Model):  # type: ignore[name-defined,misc]
        __tablename__ = "voice_call_events"
        __table_args__ = (
            sa.Index("ix_voice_call_events_call_id_timestamp", "call_id", "timestamp"),
            sa.Index("ix_voice_call_events_event_type", "event_type"),
        )

        id = sa.Column(sa.Integer, primary_key=True)
        call_id = sa.Column(sa.Integer, sa.ForeignKey("voice_calls.id", ondelete="CASCADE",
                                                      name="fk_voice_call_events_call_id_voice_calls"),
                            nullable=False)
        event_type = sa.Column(sa.String(32), nullable=False)
        event_data = sa.Column(sa.JSON)
        duration_ms = sa.Column(sa.Integer)
        timestamp = sa.Column(sa.DateTime, nullable=False, default=utcnow)

        call = db.relationship("VoiceCall", back_populates="events")

        def __repr__(self) -> str:
            return f"<VoiceCallEvent {self.event_type} call={self.call_id}>"

    class VoiceOrderOutbox(db.Model):  # type: ignore[name-defined,misc]
        """Durable outbox of voice orders to POST to ``POS_VOICE_ORDER_WEBHOOK_URL``."""

        __tablename__ = "voice_order_outbox"
        __table_args__ = (
            sa.UniqueConstraint("idempotency_key", name="uq_voice_order_outbox_idempotency_key"),
            sa.Index("ix_voice_order_outbox_status_next_attempt_at", "status", "next_attempt_at"),
        )

        id = sa.Column(sa.Integer, primary_key=True)
        call_id = sa.Column(sa.Integer, sa.ForeignKey("voice_calls.id", ondelete="SET NULL",
                                                      name="fk_voice_order_outbox_call_id_voice_calls"))
        order_ref = sa.Column(sa.String(64), nullable=False)
        idempotency_key = sa.Column(sa.String(64), nullable=False)
        payload = sa.Column(sa.JSON, nullable=False)
        status = sa.Column(sa.String(16), nullable=False, default="pending")
        attempts = sa.Column(sa.Integer, nullable=False, default=0)
        next_attempt_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
        locked_until = sa.Column(sa.DateTime)  # a sender's claim, so two processes never send one row at once
        last_error = sa.Column(sa.Text)
        created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
        sent_at = sa.Column(sa.DateTime)

    class VoiceCallResume(db.Model):  # type: ignore[name-defined,misc]
        """A cart kept from a call that dropped, offered to the next call from the same number: the
        old call links to the new one. One row per dropped call (one resume per cart) and per new call."""

        __tablename__ = "voice_call_resumes"
        __table_args__ = (
            sa.UniqueConstraint("call_id", name="uq_voice_call_resumes_call_id"),
            sa.UniqueConstraint("resumed_call_id", name="uq_voice_call_resumes_resumed_call_id"),
        )

        id = sa.Column(sa.Integer, primary_key=True)
        call_id = sa.Column(sa.Integer, sa.ForeignKey("voice_calls.id", ondelete="CASCADE",
                                                      name="fk_voice_call_resumes_call_id_voice_calls"),
                            nullable=False)  # the call that dropped with items in the cart
        resumed_call_id = sa.Column(sa.Integer, sa.ForeignKey(
            "voice_calls.id", ondelete="CASCADE", name="fk_voice_call_resumes_resumed_call_id_voice_calls"),
            nullable=False)  # the call it was offered to
        status = sa.Column(sa.String(16), nullable=False, default=RESUME_OFFERED)
        created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
        decided_at = sa.Column(sa.DateTime)

    class VoiceNotification(db.Model):  # type: ignore[name-defined,misc]
        """Durable outbox of texts and calls to a caller (``pos_voice.notify``): the order confirmation
        and "your order is ready", with Twilio's delivery status from its status callbacks."""

        __tablename__ = "voice_notifications"
        __table_args__ = (
            sa.UniqueConstraint("idempotency_key", name="uq_voice_notifications_idempotency_key"),
            sa.Index("ix_voice_notifications_status_next_attempt_at", "status", "next_attempt_at"),
            sa.Index("ix_voice_notifications_call_id", "call_id"),
            sa.Index("ix_voice_notifications_provider_sid", "provider_sid"),
        )

        id = sa.Column(sa.Integer, primary_key=True)
        call_id = sa.Column(sa.Integer, sa.ForeignKey("voice_calls.id", ondelete="SET NULL",
                                                      name="fk_voice_notifications_call_id_voice_calls"))
        order_ref = sa.Column(sa.String(64), nullable=False)  # the host order's id
        kind = sa.Column(sa.String(16), nullable=False)  # "confirmation" | "ready"
        channel = sa.Column(sa.String(8), nullable=False)  # "sms" | "call"
        to_phone = sa.Column(sa.String(32), nullable=False)
        body = sa.Column(sa.Text, nullable=False)  # the text, or what the call says
        idempotency_key = sa.Column(sa.String(64), nullable=False)  # one per order and kind
        status = sa.Column(sa.String(16), nullable=False, default=NOTICE_PENDING)
        attempts = sa.Column(sa.Integer, nullable=False, default=0)
        next_attempt_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
        locked_until = sa.Column(sa.DateTime)  # a sender's claim: no two processes send one row
        last_error = sa.Column(sa.Text)
        error_code = sa.Column(sa.Integer)  # Twilio's error code (21614: not a mobile number)
        provider_sid = sa.Column(sa.String(64))  # Twilio's SM… / CA… sid once accepted
        delivery_status = sa.Column(sa.String(32))  # Twilio's status callback: delivered, no-answer …
        delivery_at = sa.Column(sa.DateTime)
        created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
        sent_at = sa.Column(sa.DateTime)

    class VoiceExperiment(db.Model):  # type: ignore[name-defined,misc]
        """One run of a prompt experiment: running while ``stopped_at`` is empty."""

        __tablename__ = "voice_experiments"
        __table_args__ = (sa.Index("ix_voice_experiments_name", "name"),)

        id = sa.Column(sa.Integer, primary_key=True)
        name = sa.Column(sa.String(64), nullable=False)
        started_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
        stopped_at = sa.Column(sa.DateTime)

    models = VoiceModels(VoiceCall, VoiceCallEvent, VoiceOrderOutbox, VoiceExperiment, orders_table,
                         orders_pk, VoiceCallResume=VoiceCallResume,
                         VoiceNotification=VoiceNotification)
    _built[db] = models
    return models
