"""The bridge's parts without sockets: frame slicing, playback, usage, transcript, and the
call's phase, response scheduler, timers, tool runner and recorder."""

from __future__ import annotations

import base64
import json
import typing as t
from decimal import Decimal

import pytest

from pos_voice.bridge import realtime, wire
from pos_voice.bridge.playback import PlaybackTracker
from pos_voice.bridge.transcript import ASSISTANT, CALLER, Transcript
from pos_voice.bridge.usage import Usage


def b64(size: int, fill: bytes = b"\xff") -> str:
    return base64.b64encode(fill * size).decode()


# --- wire ------------------------------------------------------------------------------------


def test_twilio_media_payload_is_sliced_out_unchanged() -> None:
    payload = b64(160, b"\x7f\x00+/")
    frame = json.dumps({"event": "media", "sequenceNumber": "3", "streamSid": "MZ1",
                        "media": {"track": "inbound", "chunk": "1", "timestamp": "5", "payload": payload}},
                       separators=(",", ":"))
    assert wire.twilio_media_payload(frame) == payload
    # other frames, or escapes the slicer can't vouch for, take the JSON path
    assert wire.twilio_media_payload('{"event":"mark","mark":{"name":"x"}}') is None
    assert wire.twilio_media_payload('{"event":"media","media":{"payload":"ab\\/cd"}}') is None
    assert wire.twilio_media_payload('{"event":"media","media":{}}') is None
    spaced = json.dumps({"event": "media", "media": {"payload": payload}})
    assert wire.twilio_media_payload(spaced) == payload


def test_forwarded_frames_are_valid_json_carrying_the_same_bytes() -> None:
    payload = b64(160, b"\x01\x02\x03")
    append = json.loads(wire.input_audio_append(payload))
    assert append == {"type": "input_audio_buffer.append", "audio": payload}
    assert json.loads(wire.twilio_media("MZ1", payload)) == {
        "event": "media", "streamSid": "MZ1", "media": {"payload": payload}}
    assert json.loads(wire.twilio_mark("MZ1", "0:item_1:3")) == {
        "event": "mark", "streamSid": "MZ1", "mark": {"name": "0:item_1:3"}}
    assert json.loads(wire.twilio_clear("MZ1")) == {"event": "clear", "streamSid": "MZ1"}


def test_audio_delta_gives_item_and_payload_whatever_the_key_order() -> None:
    payload = b64(400)
    event = {"type": "response.output_audio.delta", "event_id": "e1", "response_id": "resp_1",
             "item_id": "item_a1", "output_index": 0, "content_index": 0, "delta": payload}
    assert wire.audio_delta(json.dumps(event)) == ("item_a1", payload)
    reordered = {"type": event["type"], "delta": payload, "item_id": "item_a1"}
    assert wire.audio_delta(json.dumps(reordered, separators=(",", ":"))) == ("item_a1", payload)
    assert wire.audio_delta(json.dumps({"type": "response.output_audio_transcript.delta",
                                        "item_id": "i", "delta": "hi"})) is None


def test_parse_json_refuses_what_is_not_json_or_nested_too_deep() -> None:
    assert wire.parse_json(b'{"event":"stop"}') == {"event": "stop"}
    assert wire.parse_json("[" * 200_000) is None  # RecursionError inside json, not ValueError
    assert wire.parse_json(b"not json") is None and wire.parse_json(b"\xff\xfe") is None


@pytest.mark.parametrize("size", [0, 1, 2, 3, 159, 160, 161, 4000])
def test_base64_length_without_decoding(size: int) -> None:
    assert wire.base64_decoded_length(b64(size)) == size
    assert wire.base64_decoded_length(b64(size).encode()) == size


def test_bytes_hot_path_matches_the_json_meaning() -> None:
    payload = b64(160, b"\x10\x20")
    frame = json.dumps({"event": "media", "streamSid": "MZ1", "media": {"payload": payload}}).encode()
    assert wire.twilio_media_payload_bytes(frame) == payload.encode()
    assert json.loads(wire.input_audio_append_bytes(payload.encode())) == {
        "type": "input_audio_buffer.append", "audio": payload}
    delta = json.dumps({"type": "response.output_audio.delta", "item_id": "item_9",
                        "delta": payload}).encode()
    assert wire.audio_delta_bytes(delta) == (b"item_9", payload.encode())
    assert json.loads(wire.twilio_media_bytes(b"MZ1", payload.encode())) == {
        "event": "media", "streamSid": "MZ1", "media": {"payload": payload}}
    assert json.loads(wire.twilio_mark_bytes(b"MZ1", b"1:item_9:4"))["mark"] == {"name": "1:item_9:4"}
    mark = json.dumps({"event": "mark", "streamSid": "MZ1", "mark": {"name": "1:item_9:4"}}).encode()
    assert wire.twilio_mark_name_bytes(mark) == "1:item_9:4"
    assert wire.twilio_mark_name_bytes(frame) is None


@pytest.mark.parametrize("size", [0, 1, 2, 3, 159, 160, 161, 800])
def test_is_base64_accepts_every_standard_encoding(size: int) -> None:
    assert wire.is_base64(b64(size, b"\xfb\xff").encode())  # "+" and "/" too


@pytest.mark.parametrize("payload", [
    b"AAA", b"AAAAA", b"AA\x01A", b"AA\nA", b'AA"A', b"AA\\A", b"AA A", b"A===", b"AB=C", b"====",
    b"AA-_", "AAé=".encode(), b"AAAA\x00AAA",
])
def test_is_base64_refuses_what_could_break_a_spliced_frame(payload: bytes) -> None:
    assert not wire.is_base64(payload)


def test_the_hot_path_takes_only_a_whole_string_value() -> None:
    good = b64(160)
    frame = '{"event":"media","media":{"payload":"' + good + '"}}'
    assert wire.twilio_media_payload_bytes(frame.encode()) == good.encode()
    cut = '{"event":"media","media":{"payload":"' + good[:50] + '"' + good[51:] + '"}}'
    assert wire.twilio_media_payload_bytes(cut.encode()) is None  # a quote inside: JSON path decides
    assert wire.twilio_media_payload_bytes(frame.encode()[:-2]) is None  # nothing after the quote


# --- playback ----------------------------------------------------------------------------------


def test_marks_of_the_current_generation_count_as_played() -> None:
    tracker = PlaybackTracker()
    first = tracker.on_audio("item_1", 800)
    second = tracker.on_audio("item_1", 800)
    assert first and second and first != second and "item_1" in first
    assert tracker.outstanding() == 2
    assert tracker.on_mark(first)
    assert tracker.played_bytes("item_1") == 800
    assert tracker.outstanding() == 1
    assert not tracker.on_mark("unknown")


def test_barge_in_cuts_at_what_was_played_and_ignores_cleared_marks() -> None:
    tracker = PlaybackTracker()
    marks = [tracker.on_audio("item_1", 800) for _ in range(5)]  # 500 ms generated
    tracker.on_mark(marks[0])
    tracker.on_mark(marks[1])  # 200 ms heard
    cut = tracker.barge_in(response_active=True)
    assert cut is not None and cut.item_id == "item_1"
    assert cut.audio_end_ms == 200
    assert tracker.outstanding() == 0
    # Twilio echoes the pending marks after the clear: they must not count as heard
    for name in marks[2:]:
        assert tracker.on_mark(name) is False  # type: ignore[arg-type]
    assert tracker.played_bytes("item_1") == 1600
    assert tracker.cleared_marks == 3
    # later audio of the cut item is dropped
    assert tracker.on_audio("item_1", 800) is None
    assert tracker.on_audio("item_2", 800) is not None


def test_truncate_is_clamped_to_generated_audio_and_skipped_when_nothing_applies() -> None:
    tracker = PlaybackTracker()
    assert tracker.barge_in() is None  # nothing said yet
    mark = tracker.on_audio("item_1", 160)
    tracker.on_mark(mark)  # type: ignore[arg-type]
    assert tracker.barge_in(response_active=False) is None  # heard in full, response over
    tracker.on_audio("item_2", 1600)
    cut = tracker.barge_in(response_active=True)
    assert cut is not None and cut.audio_end_ms == 0  # nothing heard: the caller skips the truncate
    assert cut.sent_bytes == 1600


def test_barge_in_plays_forward_from_the_last_echo_with_the_time_since() -> None:
    """Between echoes the caller is inside the next chunk: the cut is at the last echo plus the
    time elapsed since, never past the audio sent after that mark."""
    tracker = PlaybackTracker()
    marks = [tracker.on_audio("item_1", 800, now=10.0) for _ in range(5)]  # 500 ms queued at once
    tracker.on_mark(marks[0], now=10.1)
    tracker.on_mark(marks[1], now=10.2)  # 200 ms heard at 10.2
    cut = tracker.barge_in(response_active=True, now=10.237)
    assert cut is not None and cut.audio_end_ms == 237
    tracker = PlaybackTracker()
    marks = [tracker.on_audio("item_1", 800, now=10.0) for _ in range(5)]
    tracker.on_mark(marks[0], now=10.1)
    cut = tracker.barge_in(response_active=True, now=12.0)  # long after: everything sent has played
    assert cut is not None and cut.audio_end_ms == 500


def test_a_queue_that_ran_dry_plays_the_next_chunk_from_when_it_was_sent() -> None:
    tracker = PlaybackTracker()
    first = tracker.on_audio("item_1", 800, now=0.0)
    tracker.on_mark(first, now=0.1)  # type: ignore[arg-type]
    tracker.on_audio("item_1", 800, now=0.3)  # the model was slow: silence from 0.1 to 0.3
    cut = tracker.barge_in(response_active=True, now=0.35)
    assert cut is not None and cut.audio_end_ms == 150  # not 100 + 250
    tracker = PlaybackTracker()  # no echo yet: from when the first chunk went out
    tracker.on_audio("item_1", 800, now=5.0)
    cut = tracker.barge_in(response_active=True, now=5.03)
    assert cut is not None and cut.audio_end_ms == 30
    # another item's audio queued before this one plays first
    tracker = PlaybackTracker()
    tracker.on_audio("item_1", 800, now=0.0)
    tracker.on_audio("item_2", 800, now=0.0)
    cut = tracker.barge_in(response_active=True, now=0.15)
    assert cut is not None and (cut.item_id, cut.audio_end_ms) == ("item_2", 50)


# --- usage -------------------------------------------------------------------------------------


def test_usage_accumulates_and_costs_with_the_model_prices() -> None:
    usage = Usage()
    done = {"total_tokens": 1530, "input_tokens": 1200, "output_tokens": 330,
            "input_token_details": {"text_tokens": 700, "audio_tokens": 500, "cached_tokens": 640,
                                    "cached_tokens_details": {"text_tokens": 600, "audio_tokens": 40}},
            "output_token_details": {"text_tokens": 60, "audio_tokens": 270}}
    usage.add(done)
    usage.add(done)
    usage.add(None)
    assert usage.responses == 2 and usage.input_tokens == 2400 and usage.output_audio_tokens == 540
    prices = {"text_in": "4.00", "text_cached": "0.40", "text_out": "24.00",
              "audio_in": "32.00", "audio_cached": "0.40", "audio_out": "64.00"}
    expected = (Decimal(2 * 100) * 4 + Decimal(2 * 600) * Decimal("0.40") + Decimal(2 * 460) * 32
                + Decimal(2 * 40) * Decimal("0.40") + Decimal(2 * 60) * 24
                + Decimal(2 * 270) * 64) / 1_000_000
    assert usage.cost(prices) == expected.quantize(Decimal("0.0001"))
    assert usage.cost(None) == Decimal("0")


# --- transcript --------------------------------------------------------------------------------


def test_transcript_is_in_conversation_order_not_arrival_order() -> None:
    transcript = Transcript()
    transcript.add_item("a0", ASSISTANT)
    transcript.set_text("a0", ASSISTANT, "Tony's Pizza, how can I help?")
    transcript.add_item("u1", CALLER, previous_item_id="a0")
    transcript.add_item("a1", ASSISTANT)
    transcript.set_text("a1", ASSISTANT, "Sure, a large pepperoni.")
    transcript.set_text("u1", CALLER, "A large pepperoni please, card 4111 1111 1111 1111")  # arrives late
    assert [line["role"] for line in transcript.lines()] == [ASSISTANT, CALLER, ASSISTANT]
    assert "4111" not in transcript.text()
    assert transcript.text().splitlines()[1].startswith("Caller: A large pepperoni please")


def test_cut_line_keeps_roughly_what_was_heard() -> None:
    transcript = Transcript()
    transcript.add_item("a1", ASSISTANT)
    transcript.cut("a1", 0.5)
    transcript.set_text("a1", ASSISTANT, "Our specials today are the veggie supreme and the meat feast")
    (line,) = transcript.lines()
    assert line["text"].startswith("Our specials today") and "meat feast" not in line["text"]
    assert line["text"].endswith("—")


def test_session_update_is_ga_shaped() -> None:
    update = realtime.session_update(
        model="gpt-realtime-2.1", instructions="Be nice.", tools=[], voice="marin",
        turn_detection={"type": "server_vad"}, transcription_model="gpt-live-transcribe",
        language="en", noise_reduction="near_field")
    session = update["session"]
    assert session["type"] == "realtime" and session["output_modalities"] == ["audio"]
    assert session["audio"]["input"]["format"] == {"type": "audio/pcmu"}
    assert session["audio"]["output"] == {"format": {"type": "audio/pcmu"}, "voice": "marin"}
    assert realtime.realtime_url("wss://api.openai.com/v1/realtime", "gpt-realtime-2.1") == (
        "wss://api.openai.com/v1/realtime?model=gpt-realtime-2.1")


# --- frames ------------------------------------------------------------------------------------


def test_frame_parser_reassembles_any_split_and_fragments() -> None:
    import random

    from websocket._abnf import ABNF

    from pos_voice.bridge import frames

    rng = random.Random(7)
    sizes = [0, 1, 125, 126, 300, 65535, 65536, 70000]
    messages = ["x" * size + str(index) for index, size in enumerate(sizes)]
    data = b"".join(ABNF.create_frame(text, ABNF.OPCODE_TEXT).format() for text in messages)
    # a fragmented message and a ping in the middle of it (control frames may interleave)
    data += ABNF.create_frame("hel", ABNF.OPCODE_TEXT, fin=0).format()
    data += ABNF.create_frame("p", ABNF.OPCODE_PING).format()
    data += ABNF.create_frame("lo", ABNF.OPCODE_CONT, fin=1).format()
    for _ in range(20):
        parser = frames.FrameParser(masked=True)
        got: list[tuple[int, bytes]] = []
        at = 0
        while at < len(data):
            step = rng.randint(1, 5000)
            got += parser.feed(data[at:at + step])
            at += step
        texts = [payload.decode() for opcode, payload in got if opcode == frames.OP_TEXT]
        assert texts == [*messages, "hello"]
        assert (frames.OP_PING, b"p") in got


def test_the_c_masker_is_used_and_agrees_with_the_python_one() -> None:
    import os

    from pos_voice.bridge import frames

    assert frames.unmask is not frames._unmask_python  # websockets' compiled speedups are installed
    for size in [0, 1, 3, 4, 5, 125, 216, 260, 1100, 70000]:
        data, key = os.urandom(size), os.urandom(4)
        masked = frames.unmask(data, key)
        assert type(masked) is bytes and masked == frames._unmask_python(data, key)
        assert frames.unmask(masked, key) == data


def test_caller_audio_batches_join_whole_frames_of_audio() -> None:
    frames_audio = [bytes([n]) * 160 for n in (1, 2, 3)]
    joined = wire.joined_base64([base64.b64encode(audio) for audio in frames_audio])
    assert base64.b64decode(joined) == b"".join(frames_audio) and wire.is_base64(joined)


def test_frames_we_send_are_read_back_and_masking_rules_hold() -> None:
    from pos_voice.bridge import frames

    server_side = frames.FrameParser(masked=True)
    client_side = frames.FrameParser(masked=False)
    masked = frames.encode(frames.OP_TEXT, b'{"type":"response.create"}', mask=True)
    plain = frames.encode(frames.OP_TEXT, b'{"event":"clear"}', mask=False)
    assert server_side.feed(masked) == [(frames.OP_TEXT, b'{"type":"response.create"}')]
    assert client_side.feed(plain) == [(frames.OP_TEXT, b'{"event":"clear"}')]
    with pytest.raises(frames.ProtocolError):
        frames.FrameParser(masked=True).feed(plain)  # a client must mask
    with pytest.raises(frames.ProtocolError):
        frames.FrameParser(masked=False).feed(masked)  # a server must not


# --- the Realtime connection ---------------------------------------------------------------------


def _flaky_realtime_server(failures: int) -> tuple[int, list[dict[str, str]]]:
    """A loopback server that drops the first ``failures`` handshakes, then accepts (101)."""
    import hashlib
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    seen: list[dict[str, str]] = []

    def serve() -> None:
        for attempt in range(failures + 1):
            conn, _ = listener.accept()
            request = b""
            while b"\r\n\r\n" not in request:
                request += conn.recv(4096)
            lines = request.decode().split("\r\n")
            headers = (line.partition(":") for line in lines[1:] if line)
            seen.append({name.strip().lower(): value.strip() for name, _, value in headers})
            if attempt < failures:
                conn.close()
                continue
            key = seen[-1]["sec-websocket-key"]
            accept = base64.b64encode(hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode())
                                      .digest()).decode()
            conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())
            conn.recv(1024)
            conn.close()
        listener.close()

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1], seen


def test_connect_retries_a_failed_handshake_within_its_bounds() -> None:
    import websocket

    port, seen = _flaky_realtime_server(failures=2)
    sock = realtime.connect(f"ws://127.0.0.1:{port}/v1/realtime?model=m", "sk-test", timeout=5)
    sock.close()
    assert len(seen) == 3  # two dropped handshakes, then connected
    assert seen[0]["authorization"] == "Bearer sk-test" and "openai-beta" not in seen[0]
    port, seen = _flaky_realtime_server(failures=5)
    with pytest.raises((websocket.WebSocketException, OSError)):
        realtime.connect(f"ws://127.0.0.1:{port}/v1/realtime?model=m", "sk-test", timeout=5)
    assert len(seen) == 3  # gave up after three attempts


# --- the call's parts, without sockets ------------------------------------------------------------


def test_call_ending_phases_and_one_decision() -> None:
    from pos_voice.bridge.ending import CallEnding, Phase

    ending = CallEnding()
    assert ending.phase is Phase.CONNECTING and ending.shown() == "connecting"
    ending.go_live()
    assert ending.shown() == "live" and not ending.finished
    assert ending.begin("transfer", "transferred", deadline=10.0)
    assert not ending.begin("hangup", "completed", deadline=5.0)  # the first end under way wins
    assert ending.shown() == "ending" and ending.pending.next_action == "transfer"
    assert ending.overdue(9.9) is None and ending.overdue(10.0).disposition == "transferred"
    assert ending.finish("transfer", "transferred") and ending.finished and ending.closing
    assert not ending.finish("fallback", "failed", "late")  # decided once
    assert ending.outcome.next_action == "transfer" and ending.overdue(99) is None
    ending.ended()
    assert ending.phase is Phase.ENDED


def test_call_ending_lets_only_the_first_failure_act() -> None:
    from pos_voice.bridge.ending import CallEnding

    ending = CallEnding()
    ending.go_live()
    assert ending.first_failure() and not ending.first_failure()  # the other socket noticing too
    decided = CallEnding()
    decided.finish("hangup", "completed")
    assert not decided.first_failure()  # decided: nothing left to fail


def test_response_scheduler_keeps_one_response_at_a_time() -> None:
    from pos_voice.bridge.responses import ResponseScheduler

    sent: list[dict] = []
    scheduler = ResponseScheduler(lambda event: sent.append(event) or True, realtime.response_create,
                                  instructions="Base.")
    scheduler.request("Greet.")
    assert [e["response"]["instructions"] for e in sent] == ["Base.\n\nGreet."] and scheduler.awaiting
    scheduler.request("Again?")  # the greeting has not started: this one waits
    assert len(sent) == 1 and scheduler.deferred is not None
    scheduler.on_created()
    assert scheduler.active and not scheduler.awaiting and not scheduler.quiet
    deferred = scheduler.on_done(tools_follow=False)
    assert deferred is not None and deferred["response"]["instructions"].endswith("Again?")
    scheduler.send_create(deferred)
    scheduler.on_created()
    scheduler.request("Dropped")  # deferred, then dropped: the tool batch asks for its own
    assert scheduler.on_done(tools_follow=True) is None and scheduler.tool_batches == 1
    assert not scheduler.quiet
    scheduler.tools_done()
    assert scheduler.settled and scheduler.sent == 2
    assert len({e["event_id"] for e in sent}) == 2


def test_response_scheduler_asks_again_after_a_refused_create() -> None:
    from pos_voice.bridge.responses import ResponseScheduler

    sent: list[dict] = []
    scheduler = ResponseScheduler(lambda event: sent.append(event) or True, realtime.response_create)
    scheduler.request()
    scheduler.on_created()  # the server's own (VAD) response started first
    assert scheduler.on_active_response_refused() is None  # waits for that response
    again = scheduler.on_done(tools_follow=False)
    assert again is not None and again["type"] == "response.create"
    # a dead socket: nothing stays awaited
    refused = ResponseScheduler(lambda event: False, realtime.response_create)
    refused.request()
    assert not refused.awaiting and refused.quiet


class _Actions:
    def __init__(self) -> None:
        self.done: list[str] = []

    def heartbeat(self) -> None:
        self.done.append("heartbeat")

    def wrap_up(self) -> None:
        self.done.append("wrap_up")

    def still_there(self) -> None:
        self.done.append("still_there")

    def silence_goodbye(self) -> None:
        self.done.append("silence_goodbye")

    def finish_overdue(self, outcome: t.Any) -> None:
        self.done.append(f"overdue:{outcome.next_action}")


def test_housekeeper_runs_each_timer_when_due_on_its_clock() -> None:
    from pos_voice.bridge.ending import CallEnding
    from pos_voice.bridge.housekeeper import Housekeeper, Timings
    from tests.support.clock import ManualClock

    clock = ManualClock(start=0.0)
    ending = CallEnding()
    actions = _Actions()
    keeper = Housekeeper(clock, Timings(heartbeat_seconds=30, session_max_seconds=100,
                                        silence_prompt_seconds=15, silence_hangup_seconds=20),
                         actions, ending, started=0.0)
    keeper.idle()
    assert keeper.tick(14.9) == 15.0 and actions.done == []
    keeper.tick(15.0)
    assert actions.done == ["still_there"] and keeper.idle_since is None
    keeper.idle()  # (idle since 15.0 on the clock, which has not moved)
    keeper.active(caller_spoke=True)  # the caller answered: the next silence starts over
    assert keeper.silence_prompts == 0 and keeper.idle_since is None
    keeper.tick(30.0)
    assert actions.done == ["still_there", "heartbeat"]
    keeper.tick(100.0)
    assert actions.done[-1] == "wrap_up"
    keeper.tick(200.0)
    assert actions.done.count("wrap_up") == 1  # once
    ending.begin("hangup", "completed", deadline=212.0)
    assert keeper.tick(211.0) == 212.0
    keeper.tick(212.0)
    assert actions.done[-1] == "overdue:hangup"
    ending.finish("hangup", "completed")
    assert keeper.tick(500.0) is None  # decided: nothing left to time


def test_housekeeper_thread_sleeps_until_the_clock_says_so() -> None:
    from pos_voice.bridge.ending import CallEnding
    from pos_voice.bridge.housekeeper import Housekeeper, Timings
    from tests.support.clock import ManualClock

    clock = ManualClock(start=0.0)
    actions = _Actions()
    keeper = Housekeeper(clock, Timings(30, 1000, 15, 30), actions, CallEnding(), started=0.0)
    keeper.start()
    try:
        clock.settle()
        keeper.idle()
        clock.advance(14)
        assert actions.done == []
        clock.advance(1)
        assert actions.done == ["still_there"]
        clock.advance(15)
        assert actions.done == ["still_there", "heartbeat"]
    finally:
        keeper.stop()


def test_tool_runner_gives_every_call_one_output_and_the_first_action() -> None:
    from contextlib import nullcontext

    from pos_voice.bridge.engine import ToolCall
    from pos_voice.bridge.tool_runner import TOOL_FAILED, ToolBatch, ToolRunner

    class Registry:
        def invoke(self, ctx: t.Any, name: str, arguments: str) -> t.Any:
            if name == "boom":
                raise RuntimeError("a bug")
            return type("R", (), {"output": f'{{"ran":"{name}"}}',
                                  "action": "transfer" if name == "transfer_to_human" else None})()

    runner = ToolRunner(Registry(), nullcontext)
    runner.collect("resp_1", ToolCall("c1", "add_item", "{}"))
    output = [ToolCall("c1", "add_item", "{}"), ToolCall("c2", "transfer_to_human", "{}")]
    calls = runner.calls_of("resp_1", output)
    assert [c.call_id for c in calls] == ["c1", "c2"]  # collected once, the rest from the output
    batch = runner.run(None, ToolBatch(calls))
    assert batch.outputs == {"c1": '{"ran":"add_item"}', "c2": '{"ran":"transfer_to_human"}'}
    assert batch.action == "transfer"
    failed = runner.run(None, ToolBatch([ToolCall("c3", "boom", ""), ToolCall("c4", "x", "")]))
    assert failed.outputs == {"c3": TOOL_FAILED, "c4": TOOL_FAILED}  # a raising tool: still an output each


def test_recorder_writes_a_calls_events_updates_and_final_record(demo_app: t.Any) -> None:
    import sqlalchemy as sa

    from pos_voice.bridge.recorder import CallRecorder, CallStore, FinalRecord
    from pos_voice.models import utcnow
    from pos_voice.stream_tokens import mint_stream_token

    with demo_app.app_context():
        state = demo_app.extensions["pos_voice"]
        call = state.models.VoiceCall(call_sid="CA-rec", state="queued", next_action="hangup",
                                      phone_from="+15551230000")
        state.db.session.add(call)
        state.db.session.flush()
        token = mint_stream_token(call, 60)
        state.db.session.commit()
        store = CallStore(engine=state.db.engine, models=state.models)
    recorder = CallRecorder(store, "CA-rec")
    assert recorder.redeem("CA-rec", "wrong") is None
    claim = recorder.redeem("CA-rec", token)
    assert claim is not None and claim.phone_from == "+15551230000"
    recorder.start(claim.call_id)
    recorder.record("transcript", {"role": "caller", "text": "card 4111 1111 1111 1111"})
    recorder.update_call(model="gpt-test")
    recorder.store_decision("transfer", "realtime: lost")
    recorder.stop()
    recorder.write_final(FinalRecord(
        caller_hung_up=False, disposition="transferred", next_action="transfer", transcript="Caller: hi",
        model="gpt-test", usage=Usage(), cost_usd=Decimal("0.0100"), counters={"frames_in": 3}))
    with demo_app.app_context():
        models = state.models
        row = state.db.session.get(models.VoiceCall, claim.call_id)
        assert (row.state, row.disposition, row.next_action, row.error) == (
            "ended", "transferred", "transfer", "realtime: lost")
        assert (row.transcript, row.cost_usd, row.model) == ("Caller: hi", Decimal("0.0100"), "gpt-test")
        assert row.ended_at is not None and row.ended_at <= utcnow()
        event = models.VoiceCallEvent
        events = state.db.session.execute(
            sa.select(event.event_type, event.event_data).order_by(event.id)).all()
        assert [kind for kind, _ in events] == ["transcript", "usage", "call_ended"]
        assert "4111" not in json.dumps(events[0][1])  # redacted before it was queued
        assert events[2][1] == {"disposition": "transferred", "ended_by": "assistant",
                                "next_action": "transfer", "frames_in": 3}


def test_watchdog_bounds_each_expectation_and_retries_once() -> None:
    from pos_voice.bridge.watchdog import ANSWER, READY, Watchdog

    dog = Watchdog(ready_seconds=3, answer_seconds=5)
    dog.connecting(0.0)
    create = {"type": "response.create"}
    dog.expect_answer(0.0, create)
    assert dog.deadline == 3.0 and dog.due(2.9) is None  # not ready yet: only readiness counts
    stall = dog.due(3.0)
    assert stall is not None and (stall.kind, stall.retried) == (READY, False)
    dog.retrying(stall, 3.0)
    assert dog.due(5.9) is None and dog.due(6.0).retried  # the retry missed too: final
    dog.on_ready()
    assert dog.deadline == 5.0  # ready: the greeting asked for at 0 is due now
    dog.answered()
    dog.expect_answer(10.0, create)
    dog.expect_answer(12.0)  # a later request does not push the bound out
    assert dog.deadline == 15.0
    answer = dog.due(15.0)
    assert (answer.kind, answer.retried, answer.request) == (ANSWER, False, create)
    dog.retrying(answer, 15.0)
    dog.answered()  # audio arrived: the model is there, the next stall gets its own retry
    assert dog.deadline is None and dog.due(100.0) is None
    dog.expect_answer(100.0)
    dog.caller_speaking()  # the caller talks over the wait: nobody waits for the model now
    assert dog.deadline is None
    dog.expect_answer(200.0)
    assert dog.due(205.0).request is None and not dog.due(205.0).retried
    dog.stop()
    assert dog.deadline is None


def test_the_barge_in_gate_measures_speech_on_the_vads_audio_clock() -> None:
    from pos_voice.bridge.interruptions import BACKCHANNEL, INTERRUPTION, BargeInGate

    assert BargeInGate(0).speech_started(0.0, 1000) is True  # off: the first sound interrupts
    gate = BargeInGate(700, prefix_padding_ms=300, silence_ms=200)
    assert gate.speech_started(10.0, 1000) is False and gate.deadline == 10.7
    assert gate.speech_stopped(1000 + 300 + 699 + 200) == BACKCHANNEL and gate.deadline is None
    assert gate.speech_started(20.0, 5000) is False
    assert gate.speech_stopped(5000 + 300 + 700 + 200) == INTERRUPTION  # long enough, ended early
    assert gate.speech_stopped(9999) is None  # nothing pending
    gate.speech_started(30.0, 9000)
    assert not gate.due(30.69) and gate.due(30.7) and not gate.due(31.0)
    assert gate.backchannels == 1


def test_backchannels_are_whole_turns_of_acknowledgement_only() -> None:
    from pos_voice.bridge.turns import is_backchannel, percentile

    assert all(is_backchannel(text) for text in ("Mm-hm.", "okay", "Yeah!", "uh huh", "Sí.", "vale"))
    assert not any(is_backchannel(text) for text in ("Okay, make it a large.", "wait", "no", "Espere"))
    assert percentile([], 0.5) is None
    assert (percentile([300, 100, 200], 0.5), percentile(list(range(1, 101)), 0.95)) == (200, 95)


def test_flask_sock_writes_whole_frames_even_when_the_socket_sends_part() -> None:
    """simple-websocket writes with ``sock.send``, which may send part of a frame under load;
    the stream gives it a socket whose every write is whole (the peer never reads a torn frame)."""
    import socket
    import types

    from pos_voice.bridge.flask_sock_stream import FlaskSockStream

    class SendsFiveBytes:  # what a loaded socket with a timeout may do
        def __init__(self, sock: socket.socket) -> None:
            self.sock = sock

        def send(self, data: bytes) -> int:
            return self.sock.send(data[:5])

        def sendall(self, data: bytes) -> None:
            self.sock.sendall(data)

    ours, peer = socket.socketpair()
    with ours, peer:
        ws = types.SimpleNamespace(sock=SendsFiveBytes(ours), connected=True)
        FlaskSockStream(ws)
        frame = b"\x81\x7e\x00\x80" + b"x" * 128  # one text frame, as wsproto would write it
        assert ws.sock.send(frame) == len(frame)
        peer.settimeout(5)
        received = b""
        while len(received) < len(frame):
            received += peer.recv(4096)
        assert received == frame
