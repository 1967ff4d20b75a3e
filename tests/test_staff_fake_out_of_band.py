"""The fake Realtime server's out-of-band responses (``conversation: "none"``), which the bridge's
end-of-call summary is tested against: answered in one configuration, left unanswered in the
other, and validated against the official ``openai`` server event types."""

from __future__ import annotations

import json
import time
import typing as t
from collections.abc import Iterator

import pytest

from pos_voice.testing import FakeRealtimeServer, Script
from pos_voice.testing.out_of_band import OutOfBand
from tests.test_testing_kit import Client

ASK = {"type": "response.create", "response": {
    "conversation": "none", "output_modalities": ["text"], "instructions": "Summarise the call as JSON.",
    "metadata": {"pos_voice": "call_summary"}}}


@pytest.fixture
def connect() -> Iterator[t.Callable[[OutOfBand], tuple[FakeRealtimeServer, Client]]]:
    opened: list[tuple[FakeRealtimeServer, Client]] = []

    def start(out_of_band: OutOfBand) -> tuple[FakeRealtimeServer, Client]:
        fake = FakeRealtimeServer(Script().greet("Hello!"), out_of_band=out_of_band).start()
        client = Client(fake.url + "?model=gpt-realtime-2.1")
        client.until("session.created")
        opened.append((fake, client))
        return fake, client

    yield start
    for fake, client in opened:
        client.close()
        fake.stop()


def server_event_problems(event: dict[str, t.Any]) -> list[str]:
    """What the official ``openai`` GA types say is wrong with a server event."""
    from openai.types.realtime import RealtimeServerEvent
    from pydantic import TypeAdapter, ValidationError

    try:
        TypeAdapter(RealtimeServerEvent).validate_python(event)
    except ValidationError as exc:
        return [str(exc)]
    return []


def test_an_answered_out_of_band_request_is_text_beside_the_conversation(connect: t.Any) -> None:
    reply = json.dumps({"summary": "Ordered a pizza.", "sentiment": "positive"})
    fake, client = connect(OutOfBand(reply=reply))
    client.send(ASK)
    done = client.until("response.done")
    response = done["response"]
    assert (response["conversation_id"], response["metadata"]) == (None, {"pos_voice": "call_summary"})
    assert response["output"][0]["content"] == [{"type": "output_text", "text": reply}]
    assert response["usage"]["output_tokens"] == len(reply) // 4 + 1
    assert "conversation.item.added" not in client.types()  # nothing went into the conversation
    assert "".join(e["delta"] for e in client.events if e["type"] == "response.output_text.delta") == reply
    for event in client.events:
        assert server_event_problems(event) == [], event
    assert fake.out_of_band.requests == [ASK["response"]]
    fake.assert_no_protocol_errors()


def test_an_unanswered_out_of_band_request_gets_nothing(connect: t.Any) -> None:
    fake, client = connect(OutOfBand())
    client.send(ASK)
    fake.wait_for_session().wait_for("response.create")
    deadline = time.monotonic() + 5
    while not fake.out_of_band.requests and time.monotonic() < deadline:  # handled (and recorded)
        time.sleep(0.01)
    client.ws.settimeout(0.3)  # a bounded wait for what must not come
    received = []
    try:
        while True:
            received.append(client.receive()["type"])
    except Exception:  # the read times out: nothing more came
        pass
    assert "response.created" not in received and "response.done" not in received
    assert fake.out_of_band.requests == [ASK["response"]]
