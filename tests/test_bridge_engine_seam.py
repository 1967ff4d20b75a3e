"""The engine seam (issue 15 item 1): a call runs on any :class:`~pos_voice.bridge.engine.ModelEngine`.

The engine here is defined in the test and speaks no Realtime at all: its requests are its own
shape, it hears the caller's audio as the seam hands it over and answers with the seam's plain
values from a thread of its own. The Twilio side is real (the signed webhook, the media stream
on a loopback socket); the call's record, transcript, tool run, Twilio's next step and the
hand-over of audio both ways must come out as they do on Realtime, with no Realtime
connection ever opened.
"""

from __future__ import annotations

import base64
import queue
import threading
import typing as t

import pytest

from pos_voice.bridge import engines
from pos_voice.bridge.engine import EngineListener, ResponseDone, SessionConfig, ToolCall
from pos_voice.bridge.transcript import ASSISTANT, CALLER
from tests.support.bridge import WAIT, Rig, bridge_fixture, ulaw, wait_for

bridge = bridge_fixture()


class ScriptedEngine:
    """A minimal engine: every request for a response is answered with the next step of its
    script (a spoken line, or a tool call), events delivered from its own thread."""

    def __init__(self, listener: EngineListener, settings: t.Any) -> None:
        self.listener = listener
        self.name = "call"
        self.events = 0
        self.bad_events = 0
        self.sent = 0
        self.config: SessionConfig | None = None
        self.requests: list[dict[str, t.Any]] = []
        self.heard: list[bytes] = []  # caller audio, as handed over (base64 μ-law)
        self.tool_outputs: list[tuple[str, str]] = []
        self.script: list[tuple[str, str]] = [("say", "Minimal engine here, how can I help?"),
                                              ("tool", "end_call"), ("say", "Goodbye!")]
        self._connected = False
        self._closed = threading.Event()
        self._inbox: queue.Queue[t.Callable[[], None] | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._responses = 0

    # --- the seam
    @property
    def connected(self) -> bool:
        return self._connected

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def connect(self) -> None:
        self._connected = True

    def start(self, config: SessionConfig) -> None:
        self.config = config
        self._reader.start()
        self._deliver(lambda: self.listener.engine_ready(False))

    def replace(self) -> None:
        pass

    def send_caller_audio(self, payloads: list[bytes]) -> bool:
        self.heard += payloads
        return True

    def response_request(self, instructions: str | None = None) -> dict[str, t.Any]:
        return {"kind": "scripted-turn", "instructions": instructions}

    def request_response(self, request: dict[str, t.Any]) -> bool:
        self.sent += 1
        self.requests.append(request)
        kind, text = self.script.pop(0)
        self._responses += 1
        response_id, item_id = f"r{self._responses}", f"m{self._responses}"
        self._deliver(self.listener.response_started)
        if kind == "say":
            chunk = ulaw(800, 0x55).encode()
            self._deliver(lambda: self.listener.item_added(item_id, ASSISTANT, None))
            self._deliver(lambda: self.listener.assistant_audio([(item_id.encode(), chunk)]))
            self._deliver(lambda: self.listener.transcript_done(ASSISTANT, item_id, text))
            done = ResponseDone(response_id, "completed", message_ids=[item_id])
        else:
            call = ToolCall(f"call_{self._responses}", text, "{}")
            self._deliver(lambda: self.listener.tool_call(response_id, call))
            done = ResponseDone(response_id, "completed", calls=[call])
        self._deliver(lambda: self.listener.usage_reported(None))
        self._deliver(lambda: self.listener.response_done(done))
        return True

    def send_tool_output(self, call_id: str, output: str) -> bool:
        self.sent += 1
        self.tool_outputs.append((call_id, output))
        return True

    def send_caller_text(self, text: str) -> bool:
        return True

    def update_session(self, instructions: str | None, language: str | None) -> bool:
        return True

    def truncate(self, item_id: str, audio_end_ms: int) -> bool:
        return True

    def cancel_response(self) -> bool:
        return True

    def conversation_over(self) -> None:
        pass

    def summarize(self, facts: str, timeout: float) -> str | None:
        return None

    def close(self) -> None:
        self._closed.set()
        self._inbox.put(None)

    def join(self, timeout: float) -> None:
        if self._reader.is_alive():
            self._reader.join(timeout)

    # --- the test's side
    def caller_turn(self, text: str) -> None:
        """The engine heard the caller say ``text``; the model answers on its own (as VAD does)."""
        self._deliver(lambda: self.listener.caller_speech_started("c1", 0))
        self._deliver(lambda: self.listener.caller_speech_stopped(900))
        self._deliver(lambda: self.listener.caller_turn_committed("c1", None))
        self._deliver(lambda: self.listener.transcript_done(CALLER, "c1", text))
        self._deliver(lambda: self.request_response({"kind": "its own turn"}))

    def _deliver(self, event: t.Callable[[], None]) -> None:
        self._inbox.put(event)

    def _read(self) -> None:
        while not self._closed.is_set():
            event = self._inbox.get()
            if event is None:
                return
            event()
            self.events += 1


def test_a_call_runs_through_the_seam_on_an_engine_that_is_not_realtime(
        bridge: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[ScriptedEngine] = []

    def factory(listener: EngineListener, settings: t.Any) -> ScriptedEngine:
        made.append(ScriptedEngine(listener, settings))
        return made[-1]

    monkeypatch.setitem(engines.ENGINES, engines.REALTIME, factory)  # the engine POS_VOICE_ENGINE names
    caller = bridge.caller()
    caller.dial()
    caller.connect()
    # set up, then asked for the greeting (the session asks right after start returns)
    engine = wait_for(lambda: made and made[0].config is not None and made[0].requests and made[0],
                      what="the engine set up and asked for the greeting")
    assert engine.config.instructions == "You answer the phone for Tony's Pizza."
    assert engine.config.tools[0]["name"] == "add_item"
    assert "Thanks for calling Tony's Pizza!" in engine.requests[0]["instructions"]  # the greeting

    caller.wait(lambda: len(caller.media) == 1, what="the engine's greeting at the caller")
    assert caller.media == [ulaw(800, 0x55)]
    said = caller.say(3)
    wait_for(lambda: len(engine.heard) >= 1 and sum(map(len, map(base64.b64decode, engine.heard)))
             == 3 * 160, what="the caller's audio at the engine")
    assert b"".join(map(base64.b64decode, engine.heard)) == b"".join(map(base64.b64decode, said))

    # the greeting heard to its end (its mark echoed) before the caller's turn: otherwise the turn
    # cuts what is still playing and the transcript marks the greeting interrupted
    session = bridge.session(caller)
    wait_for(lambda: session.tracker.played_bytes("m1") == 800, what="the greeting's mark at the bridge")
    engine.caller_turn("That's all, thanks")
    assert caller.closed.wait(WAIT)  # the tool ended the call; the goodbye played first
    call = bridge.wait_ended(caller.call_sid)
    assert engine.tool_outputs and engine.tool_outputs[0][0] == "call_2"
    assert engine.requests[-1]["kind"] == "scripted-turn"  # the goodbye the end_call asked for
    assert (call.next_action, call.disposition) == ("hangup", "completed")
    assert call.transcript.splitlines() == ["Assistant: Minimal engine here, how can I help?",
                                            "Caller: That's all, thanks", "Assistant: Goodbye!"]
    kinds = [kind for kind, _ in bridge.events(caller.call_sid)]
    assert "tool_call" in kinds and kinds[-1] == "call_ended"
    assert len(caller.media) == 2 and bridge.fake.count == 0  # no Realtime connection at all
    assert engine.closed
