"""Strict validation of what a client sends, against the official ``openai`` types.

Realtime GA client events (``openai.types.realtime``), GPT-Live client events
(``openai.types.live``) and any other request body with its pydantic model.

The ``openai`` models accept unknown keys (``extra="allow"``), so validating alone would let
a beta-era field such as ``session.input_audio_format`` or ``session.temperature`` through.
Here every key of the message, at every depth, must be a declared field of the pydantic model
that parsed it, on top of the model's own validation. Free-form values (a tool's JSON-schema
``parameters``, ``metadata``) are not descended into: the types do not describe them.

``openai`` is a test extra: it is imported on first use only.
"""

from __future__ import annotations

import functools
import typing as t


def _by_type(annotated_union: t.Any) -> dict[str, t.Any]:
    """``{"session.update": SessionUpdateEvent, …}`` from a discriminated union of event models."""
    models: dict[str, t.Any] = {}
    for model in t.get_args(t.get_args(annotated_union)[0]):
        literal = model.model_fields["type"].annotation
        for value in t.get_args(literal):
            models[value] = model
    return models


@functools.cache
def _client_event_models() -> dict[str, t.Any]:
    from openai.types.realtime import RealtimeClientEvent

    return _by_type(RealtimeClientEvent)


@functools.cache
def _live_client_event_models() -> dict[str, t.Any]:
    from openai.types.live import ClientEvent

    return _by_type(ClientEvent)


def client_event_types() -> frozenset[str]:
    """Every client event ``type`` the GA API defines."""
    return frozenset(_client_event_models())


def client_event_problems(message: t.Any) -> list[str]:
    """What is wrong with ``message`` as a GA Realtime client event ([] when it is valid)."""
    return _event_problems(message, _client_event_models(), "GA Realtime")


def live_client_event_problems(message: t.Any) -> list[str]:
    """What is wrong with ``message`` as a GPT-Live client event (``openai.types.live.ClientEvent``)."""
    return _event_problems(message, _live_client_event_models(), "GPT-Live")


def _event_problems(message: t.Any, models: dict[str, t.Any], api: str) -> list[str]:
    if not isinstance(message, dict):
        return [f"a client event must be a JSON object, got {type(message).__name__}"]
    event_type = message.get("type")
    model = models.get(str(event_type))
    if model is None:
        return [f"{event_type!r} is not a {api} client event type"]
    return model_problems(model, message, str(event_type))


def model_problems(model: t.Any, message: t.Any, path: str) -> list[str]:
    """What is wrong with ``message`` as the pydantic ``model`` (e.g. an accept body as
    ``RealtimeSessionCreateRequest``): its validation errors, then every undeclared key."""
    from pydantic import ValidationError

    try:
        parsed = model.model_validate(message)
    except ValidationError as exc:
        return [f"{path}: {'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()]
    problems: list[str] = []
    _undeclared_keys(message, parsed, path, problems)
    return problems


def _undeclared_keys(raw: t.Any, parsed: t.Any, path: str, problems: list[str]) -> None:
    from pydantic import BaseModel

    if isinstance(parsed, BaseModel):
        if not isinstance(raw, dict):
            return
        by_alias = {(field.alias or name): name for name, field in type(parsed).model_fields.items()}
        for key, value in raw.items():
            name = by_alias.get(key)
            if name is None:
                problems.append(f"{path}.{key} is not a field of {type(parsed).__name__} (openai types)")
                continue
            _undeclared_keys(value, getattr(parsed, name, None), f"{path}.{key}", problems)
    elif isinstance(parsed, list | tuple) and isinstance(raw, list | tuple):
        for index, (raw_item, parsed_item) in enumerate(zip(raw, parsed, strict=False)):
            _undeclared_keys(raw_item, parsed_item, f"{path}[{index}]", problems)
    elif isinstance(parsed, dict) and isinstance(raw, dict):
        for key, value in raw.items():
            if key in parsed:
                _undeclared_keys(value, parsed[key], f"{path}.{key}", problems)


def assert_valid_client_event(message: t.Any) -> None:
    """Raise ``AssertionError`` listing the problems when ``message`` is not a valid GA event."""
    problems = client_event_problems(message)
    if problems:
        raise AssertionError("invalid Realtime client event: " + "; ".join(problems))
