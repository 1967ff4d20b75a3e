"""The end-of-call summary (issue 11 item 4): asked of the model on the call's own Realtime
session once the caller has gone (an out-of-band, text-only response), bounded in time, with
the events' summary when the model does not answer, answers nonsense, or the socket is gone.
It never delays the caller: Twilio's next step is decided and the stream closed first.

Real sockets: the shared bridge harness (puppet Realtime server validating every client event
against the ``openai`` GA types, and every server event the test sends; puppet Twilio caller).
"""

from __future__ import annotations

import json
import threading
import typing as t
import xml.etree.ElementTree as ET

import pytest
import sqlalchemy as sa
from flask import Flask

from pos_voice import followup
from pos_voice.bridge import summary
from pos_voice.bridge.recorder import CallRecorder
from pos_voice.extension import get_state
from tests.support.bridge import (
    WAIT,
    Caller,
    Rig,
    Upstream,
    bridge_fixture,
    function_call,
    message,
    post_signed,
    rig,
    wait_for,
)
from tests.support.databases import using_postgres
from tests.support.servers import gevent_patched

MODEL_SUMMARY = {"summary": "Caller asked about opening hours and said goodbye; no order.",
                 "sentiment": "positive", "complaint": False, "follow_up": False}


bridge = bridge_fixture(SUMMARY_SECONDS=20)


def _ended_by_the_assistant(bridge: Rig) -> tuple[Caller, Upstream]:
    """A short call the assistant ends with a goodbye; the caller's stream has closed."""
    caller, upstream = bridge.start()
    upstream.response("resp_1", [message("item_a1", "Thanks for calling Tony's Pizza!")], audio_chunks=1)
    upstream.response("resp_2", [function_call("item_f1", "call_1", "end_call", {})])
    upstream.expect("conversation.item.create")
    upstream.expect("response.create")  # the goodbye
    upstream.response("resp_3", [message("item_a3", "Thanks, goodbye!")], audio_chunks=1)
    assert caller.closed.wait(WAIT)
    return caller, upstream


def _summary_request(upstream: Upstream) -> dict[str, t.Any]:
    create = upstream.expect("response.create")
    response = create["response"]
    assert response["conversation"] == "none" and response["output_modalities"] == ["text"]
    assert response["metadata"] == summary.METADATA
    assert "Reply with one JSON object" in response["instructions"]
    assert "the assistant ended the call; no order was placed." in response["instructions"]
    return response


def _answer(upstream: Upstream, request: dict[str, t.Any], text: str) -> None:
    """The service's out-of-band answer: text only, in no conversation, the request's metadata."""
    body = {"id": "resp_oob", "object": "realtime.response", "conversation_id": None,
            "output_modalities": ["text"], "metadata": request["metadata"]}
    item = {"id": "item_oob", "object": "realtime.item", "type": "message", "role": "assistant",
            "status": "completed", "content": [{"type": "output_text", "text": text}]}
    upstream.send({"type": "response.created", "response": {**body, "status": "in_progress", "output": []}})
    upstream.send({"type": "response.done", "response": {
        **body, "status": "completed", "output": [item],
        "usage": {"total_tokens": 1030, "input_tokens": 1000, "output_tokens": 30,
                  "input_token_details": {"text_tokens": 1000, "audio_tokens": 0, "cached_tokens": 900,
                                          "cached_tokens_details": {"text_tokens": 900, "audio_tokens": 0}},
                  "output_token_details": {"text_tokens": 30, "audio_tokens": 0}}}})


def test_the_model_writes_the_summary_after_the_caller_has_gone(bridge: Rig) -> None:
    caller, upstream = _ended_by_the_assistant(bridge)
    request = _summary_request(upstream)
    # The caller is not kept waiting: Twilio's next step is decided and answered already.
    assert bridge.call_row(caller.call_sid).state == "live"  # the final record waits for the summary
    root = ET.fromstring(post_signed(bridge.app, "/voice/stream-ended", {"CallSid": caller.call_sid}).data)
    assert [child.tag for child in root] == ["Hangup"]
    assert not upstream.closed.is_set()  # the Realtime session stays for the summary
    _answer(upstream, request, "```json\n" + json.dumps(MODEL_SUMMARY) + "\n```")
    call = bridge.wait_ended(caller.call_sid)
    assert call.summary["source"] == "model" and call.summary["text"] == MODEL_SUMMARY["summary"]
    assert call.sentiment == "positive" and call.summary["complaint"] is False
    assert call.summary["follow_up"] is False and call.attention is None
    assert call.input_tokens == 3 * 100 + 1000 and call.output_tokens == 3 * 50 + 30  # its cost counted
    assert upstream.closed.wait(WAIT)
    assert upstream.problems == []
    # Nothing of it went into the conversation, and nothing was spoken after the goodbye.
    assert caller.kinds().count("media") == 2


def test_a_final_record_committed_between_two_reads_is_not_taken_for_the_row(
        bridge: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    """The defect once seen on PostgreSQL only (the model's summary "missing" or "replaced by the
    events' one"): the row reads ``ended`` from ``/stream-ended`` on, while the bridge still waits
    for the summary, and a wait that read the row, then the events, took a final record committed
    between the two reads for the row it had read. Forced here: the model answers and the final
    record is committed just as the call's events are first read."""
    caller, upstream = _ended_by_the_assistant(bridge)
    request = _summary_request(upstream)
    post_signed(bridge.app, "/voice/stream-ended", {"CallSid": caller.call_sid})
    before = bridge.call_row(caller.call_sid)
    assert before.state == "ended" and before.summary is None  # ended, the final record not written
    read_events, answered = bridge.events, []

    def final_record_meanwhile(call_sid: str, event_type: str | None = None) -> list[t.Any]:
        if not answered:
            answered.append(True)
            _answer(upstream, request, json.dumps(MODEL_SUMMARY))
            wait_for(lambda: get_state(bridge.app).live_calls.get(call_sid) is None, what="the final record")
        return read_events(call_sid, event_type)

    monkeypatch.setattr(bridge, "events", final_record_meanwhile)
    call = bridge.wait_ended(caller.call_sid)
    assert answered and call.summary["source"] == "model" and call.state == "ended"


def test_without_an_answer_in_time_the_events_summary_stands(demo_app: Flask) -> None:
    with rig(demo_app, SUMMARY_SECONDS=0.3) as bridge:
        caller, upstream = _ended_by_the_assistant(bridge)
        _summary_request(upstream)  # asked, never answered
        call = bridge.wait_ended(caller.call_sid)
        assert call.summary["source"] == "events" and call.summary["text"] == "No order placed."
        assert call.sentiment == "neutral" and call.summary["follow_up"] is False
        assert upstream.closed.wait(WAIT)


def test_an_answer_that_is_not_the_json_asked_for_falls_back(bridge: Rig) -> None:
    caller, upstream = _ended_by_the_assistant(bridge)
    request = _summary_request(upstream)
    _answer(upstream, request, "The caller seemed happy.")
    call = bridge.wait_ended(caller.call_sid)
    assert call.summary["source"] == "events"
    assert call.output_tokens == 3 * 50 + 30  # what it cost still counts


def test_a_socket_gone_falls_back_at_once(bridge: Rig) -> None:
    """The bound is 20 s; the socket going away ends the wait, well inside the harness's 5 s."""
    caller, upstream = _ended_by_the_assistant(bridge)
    _summary_request(upstream)
    upstream.drop()
    call = bridge.wait_ended(caller.call_sid, timeout=WAIT)
    assert call.summary["source"] == "events"


def test_a_caller_who_hangs_up_mid_answer_still_gets_a_summary(bridge: Rig) -> None:
    """The assistant was speaking: that response is cancelled (nobody is listening), then the
    summary is asked for; the caller hung up, so the facts say so."""
    caller, upstream = bridge.start()
    caller.auto_play = False
    upstream.created("resp_1")
    upstream.audio("resp_1", "item_a1", chunks=2)
    caller.wait(lambda: len(caller.media) == 2, what="the assistant's audio")
    caller.hang_up()
    upstream.expect("response.cancel")
    request = upstream.expect("response.create")["response"]
    assert request["conversation"] == "none" and "the caller hung up" in request["instructions"]
    _answer(upstream, request, json.dumps({**MODEL_SUMMARY, "sentiment": "negative", "complaint": True,
                                           "summary": "Caller complained that the last order came cold."}))
    call = bridge.wait_ended(caller.call_sid)
    assert call.disposition == "abandoned" and call.sentiment == "negative"
    assert call.summary["complaint"] is True and call.attention == "complaint"  # in the queue


def test_a_transfer_is_dialled_before_the_summary_is_written(bridge: Rig) -> None:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [message("item_a1", "Let me get someone for you."),
                                 function_call("item_f1", "call_1", "transfer_to_human", {})], audio_chunks=1)
    assert caller.closed.wait(WAIT)
    request = _summary_request_for_transfer(upstream)
    dial = ET.fromstring(post_signed(bridge.app, "/voice/stream-ended", {"CallSid": caller.call_sid}).data)
    assert dial.find("Dial") is not None  # the staff dial does not wait for the summary
    wait_for(lambda: bridge.call_row(caller.call_sid).disposition == "transferred", what="the transfer")
    _answer(upstream, request, json.dumps({**MODEL_SUMMARY, "summary": "Wanted a person; transferred."}))
    call = bridge.wait_ended(caller.call_sid)
    assert call.summary["text"] == "Wanted a person; transferred." and call.disposition == "transferred"


def _waiting_on_a_row_lock(bridge: Rig) -> bool:
    """Some connection of this test's database waits on a lock (PostgreSQL's own view)."""
    with bridge.app.app_context():
        query = sa.text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock'")
        return bool(get_state().db.session.execute(query).scalar())


def _transferred(bridge: Rig) -> tuple[Caller, Upstream, dict[str, t.Any]]:
    caller, upstream = bridge.start()
    upstream.response("resp_1", [message("item_a1", "Let me get someone for you."),
                                 function_call("item_f1", "call_1", "transfer_to_human", {})], audio_chunks=1)
    assert caller.closed.wait(WAIT)
    return caller, upstream, _summary_request_for_transfer(upstream)


def _in_thread(work: t.Callable[[], t.Any]) -> tuple[threading.Thread, list[t.Any]]:
    out: list[t.Any] = []
    thread = threading.Thread(target=lambda: out.append(work()), daemon=True)
    thread.start()
    return thread, out


TRANSFER_SUMMARY = {**MODEL_SUMMARY, "summary": "Wanted a person; transferred."}


@pytest.mark.skipif(not using_postgres(), reason="row locks between two writers (SQLite has one writer)")
def test_a_refresh_that_waits_on_the_final_record_keeps_the_models_summary(
        bridge: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    """/stream-ended's follow-up refresh arrives while the final record's transaction holds the
    row: it waits for the commit, then reads the model's summary and keeps it."""
    caller, upstream, request = _transferred(bridge)
    holding, release = threading.Event(), threading.Event()
    write_follow_up = CallRecorder._write_follow_up

    def held_open(self: CallRecorder, connection: t.Any, model_summary: t.Any) -> None:
        write_follow_up(self, connection, model_summary)
        holding.set()
        release.wait(WAIT)  # the model's summary written, not committed

    monkeypatch.setattr(CallRecorder, "_write_follow_up", held_open)
    _answer(upstream, request, json.dumps(TRANSFER_SUMMARY))
    assert holding.wait(WAIT)
    webhook, answer = _in_thread(lambda: post_signed(bridge.app, "/voice/stream-ended",
                                                     {"CallSid": caller.call_sid}))
    wait_for(lambda: _waiting_on_a_row_lock(bridge), what="the refresh to wait on the row")
    release.set()
    webhook.join(WAIT)
    assert ET.fromstring(answer[0].data).find("Dial") is not None
    call = bridge.wait_ended(caller.call_sid)
    assert call.summary["source"] == "model" and call.summary["text"] == TRANSFER_SUMMARY["summary"]
    assert call.disposition == "transferred" and call.attention is None


@pytest.mark.skipif(not using_postgres(), reason="row locks between two writers (SQLite has one writer)")
def test_a_final_record_that_waits_on_a_refresh_writes_the_models_summary(
        bridge: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other order: the refresh holds the row (the events' summary derived, not committed)
    when the final record comes; the final record waits, then writes the model's summary."""
    caller, upstream, request = _transferred(bridge)
    holding, release = threading.Event(), threading.Event()
    derive = followup.derive

    def held_open(call: t.Any, events: t.Any, model_summary: t.Any = None) -> dict[str, t.Any]:
        derived = derive(call, events, model_summary)
        if model_summary is None:  # the refresh's (the final record passes the model's)
            holding.set()
            release.wait(WAIT)
        return derived

    monkeypatch.setattr(followup, "derive", held_open)
    webhook, answer = _in_thread(lambda: post_signed(bridge.app, "/voice/stream-ended",
                                                     {"CallSid": caller.call_sid}))
    assert holding.wait(WAIT)
    _answer(upstream, request, json.dumps(TRANSFER_SUMMARY))
    wait_for(lambda: _waiting_on_a_row_lock(bridge), what="the final record to wait on the row")
    release.set()
    webhook.join(WAIT)
    assert ET.fromstring(answer[0].data).find("Dial") is not None
    call = bridge.wait_ended(caller.call_sid)
    assert call.summary["source"] == "model" and call.summary["text"] == TRANSFER_SUMMARY["summary"]


def _summary_request_for_transfer(upstream: Upstream) -> dict[str, t.Any]:
    response = upstream.expect("response.create")["response"]
    assert response["conversation"] == "none"
    assert "the call is being transferred to staff" in response["instructions"]
    return response


@pytest.mark.parametrize(("text", "expected"), [
    ('{"summary": "Order #12 placed.", "sentiment": "Positive"}', {"text": "Order #12 placed.",
                                                                  "sentiment": "positive"}),
    ('Sure! {"summary": "  Two   lines\\n here ", "sentiment": "angry", "follow_up": true}',
     {"text": "Two lines here", "sentiment": None, "follow_up_said": True}),
    ('{"summary": "Card 4111 1111 1111 1111 read out.", "sentiment": "neutral"}',
     {"text": "Card [card number removed] read out.", "sentiment": "neutral"}),
    ('{"summary": ""}', None),
    ("[1, 2]", None),
    ("no json", None),
])
def test_what_the_model_wrote_is_read_strictly(text: str, expected: dict[str, t.Any] | None) -> None:
    assert summary.parse(text) == expected


@pytest.mark.gevent
@pytest.mark.skipif(not gevent_patched(), reason="run under python -m gevent.monkey --module pytest")
def test_gevent_the_model_writes_the_summary(bridge: Rig) -> None:
    test_the_model_writes_the_summary_after_the_caller_has_gone(bridge)
