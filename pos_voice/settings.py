"""Every ``POS_VOICE_*`` setting as one typed, validated, documented model, read once per app.

:func:`load_settings` builds :class:`Settings` from the app's config when the blueprint is
registered (a key in ``app.config`` wins over the environment, which wins over the default:
:func:`pos_voice.config.apply_defaults` puts them there). A value that does not validate
becomes a :class:`~pos_voice.pos.types.Problem` naming its key, and the default stands in
for it, so a bad setting is reported instead of failing on first use.

The README's settings table is generated from this model (``python -m pos_voice.readme``), so
a new setting is a new field here, with its type, default and description.
"""

from __future__ import annotations

import re
import typing as t
from collections.abc import Callable, Mapping
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, SecretStr, ValidationError, field_validator

from .setting_types import (
    DEFAULT_HOURS,
    DEFAULT_TURN_DETECTION,
    INFERRED,
    KEYPAD_TRANSFER_KEYS,
    OPTIONAL_PART,
    REQUIRED,
    SAY_TEXT_NAMES,
    Experiment,
    Fraction,
    OffOrMore,
    OffOrMoreInt,
    OrderType,
    PositiveInt,
    default_prices,
    in_range,
    recordable_names,
)
from .setting_types import (
    setting_field as _setting,
)

PREFIX = "POS_VOICE_"


class Settings(BaseModel):
    """The plugin's settings for one app. Attribute ``tax_rate`` is the key ``POS_VOICE_TAX_RATE``."""

    model_config = ConfigDict(frozen=True, alias_generator=str.upper, populate_by_name=True,
                              arbitrary_types_allowed=True, extra="ignore")

    # --- accounts and endpoints
    url_prefix: str = _setting(
        "accounts", "/voice", "Where the plugin's routes are mounted (a `url_prefix` passed to "
        "`register_blueprint` wins).")
    twilio_auth_token: SecretStr | None = _setting(
        "accounts", None, "Checks Twilio's request signatures.", shown=REQUIRED)
    twilio_account_sid: str | None = _setting(
        "accounts", None, "Your Twilio account SID; not needed to answer calls (signatures use the auth "
        "token).")
    openai_api_key: SecretStr | None = _setting(
        "accounts", None, "The OpenAI Realtime API key.", shown=REQUIRED)
    public_base_url: str | None = _setting(
        "accounts", None, "Public https URL of this server: Twilio's signatures are checked against it, "
        "so it works behind proxies and tunnels.", shown=REQUIRED)
    realtime_url: str = _setting(
        "accounts", "wss://api.openai.com/v1/realtime", "The Realtime endpoint (tests point it at a "
        "local fake).")
    live_url: str = _setting(
        "accounts", "wss://api.openai.com/v1/live/sessions", "The GPT-Live endpoint (`ENGINE = \"live\"`; "
        "tests point it at a local fake).")
    openai_webhook_secret: SecretStr | None = _setting(
        "accounts", None, "The signing secret (`whsec_…`) of the OpenAI project webhook that sends "
        "`realtime.call.incoming` to `/voice/openai/webhook` (`MODE = \"sip\"`); never logged.")
    openai_api_url: str = _setting(
        "accounts", "https://api.openai.com/v1", "OpenAI's REST API: the SIP call controls (accept, refer, "
        "reject, hangup) under `/realtime/calls/` (`MODE = \"sip\"`; tests point it at a local fake). The "
        "sideband WebSocket is `REALTIME_URL?call_id=…`.")
    validate_signatures: bool = _setting(
        "accounts", True, "Check Twilio's signature on every webhook and on the media stream. Never "
        "turn off in production.")

    # --- the model
    model: str = _setting(
        "model", "gpt-realtime-2.1", "The Realtime model; `check` and `/voice/health` warn 60 days "
        "before its OpenAI shutdown date (`check` fails after it).")
    engine: t.Literal["realtime", "live"] = _setting(
        "model", "realtime", "The model API calls run on: `realtime` (OpenAI Realtime, `MODEL`) or `live` "
        "(GPT-Live, `LIVE_MODEL`: full duplex, it owns turn-taking; tools through Responses delegation; "
        "billed per minute, `PRICES[LIVE_MODEL][\"per_minute\"]`). See docs/openai-engines.md.")
    mode: t.Literal["relay", "sip"] = _setting(
        "model", "relay", "How calls reach the model: `relay` (Twilio Media Streams through this server, "
        "`/voice/incoming`) or `sip` (Twilio Elastic SIP Trunking straight to OpenAI, whose "
        "`realtime.call.incoming` webhook comes to `/voice/openai/webhook`; this server runs the tools "
        "over a sideband WebSocket and the audio never reaches it). See README, Direct SIP mode.")
    live_model: str = _setting(
        "model", "gpt-live-1", "The GPT-Live model (`ENGINE = \"live\"`).")
    live_delegation_model: str = _setting(
        "model", "gpt-5-mini", "The Responses model GPT-Live delegates the tool calls to "
        "(`ENGINE = \"live\"`).")
    voice: str = _setting("model", "marin", "The assistant's voice.")
    transcription_model: str | None = _setting(
        "model", "gpt-live-transcribe", "Transcribes the caller's side (transcripts, staff pages); empty "
        "turns it off. `check` and `/voice/health` warn 60 days before a model's OpenAI shutdown date.")
    language: str = _setting(
        "model", "en", "Language of the call (ISO code) when `LANGUAGES` is unset: the assistant speaks it, "
        "Twilio's own messages use it, transcription expects it.")
    languages: list[str] | None = _setting(
        "model", None, "The languages callers are answered in (ISO 639-1 codes, e.g. `[\"en\", \"es\"]`); "
        "the first is the shop's default. A call starts in it (or in its number's: `NUMBER_LANGUAGES`) and "
        "switches when the caller speaks another one of them: the model calls `set_language`, checked "
        "against the caller's transcript; the instructions and the transcription language follow "
        "(`session.update`), the call records it, and Twilio's own messages use it (`SAY_TEXTS`). With "
        "several, transcription detects the language until it is known.", shown="`[LANGUAGE]`")
    number_languages: dict[str, str] = _setting(
        "model", None, "The first language of calls to one of your numbers (E.164 → code), e.g. a Spanish "
        "line: `{\"+15551230000\": \"es\"}`; each code one of `LANGUAGES`.", factory=dict,
        type_text="mapping")
    default_region: str = _setting(
        "model", "US", "Country of phone numbers said or sent without a country code.")
    turn_detection: dict[str, t.Any] | None = _setting(
        "model", None, "The Realtime `audio.input.turn_detection` "
        "object.", factory=DEFAULT_TURN_DETECTION.copy,
        shown="server VAD, interrupt on")
    barge_in_min_speech_ms: int = _setting(
        "model", 0, "Backchannels (\"mm-hm\", \"okay\") don't cut the assistant off: it stops only once the "
        "caller has spoken over it this long (the bridge then cancels; the server's `interrupt_response` is "
        "turned off). The VAD reports an end of speech only after its `silence_duration_ms`, so use more "
        "than that (e.g. 700 with the default 500): every real interruption stops the assistant that much "
        "later. 0 stops it at the first sound.")
    greeting_protected_ms: int = _setting(
        "model", 0, "The first milliseconds of the greeting (its AI disclosure) no sound cuts off: speech "
        "that ends within them is taken for noise, speech that goes on interrupts once they have played (the "
        "server's `interrupt_response` is then turned off and the bridge cancels). 0: off; "
        "`DISCLOSURE_MESSAGE`, spoken by Twilio before the assistant, is never interruptible.")
    noise_reduction: str | None = _setting(
        "model", "near_field", "Input noise reduction: `near_field`, `far_field`, or empty for none.")
    prices: dict[str, dict[str, Decimal]] = _setting(
        "model", None, "USD per 1M tokens per model (`text_in`, `text_cached`, `text_out`, `audio_in`, "
        "`audio_cached`, `audio_out`), and for GPT-Live models USD per billed minute (`per_minute`; "
        "OpenAI's SDK does not publish it: set it from your price list), for each call's cost.",
        factory=default_prices,
        shown="OpenAI's published prices")
    instructions_extra: str = _setting(
        "model", "", "Extra lines appended to the assistant's policies.")
    greeting: str | None = _setting(
        "model", None, "What the assistant is told to say first, instead of the built-in greeting (business "
        "name, AI disclosure, a returning caller's name).")
    experiments: dict[str, Experiment] = _setting(
        "model", None, "Prompt experiments by name: `{\"warm\": {\"variants\": {\"control\": {\"weight\": "
        "1}, \"warm\": {\"weight\": 1, \"greeting\": \"…\", \"instructions\": \"…\", \"upsell\": false}}}}`. "
        "Each call of the one started with `flask pos-voice experiment start NAME` gets a variant by weight "
        "(the same one for the same CallSid); the dashboard compares them.", factory=dict,
        type_text="mapping")

    # --- calls
    staff_phone: str | None = _setting(
        "calls", None, "Where transfers and fallbacks go (E.164, e.g. +15551234567).")
    caller_id: str | None = _setting(
        "calls", None, "Caller ID when dialling staff.", shown="the caller's number")
    dial_timeout: int = _setting(
        "calls", 20, "Seconds the staff phone rings before the caller hears a message.")
    max_concurrent_calls: PositiveInt = _setting(
        "calls", 10, "Calls with the assistant at once, counted in the database across processes; over it, "
        "calls go to staff.")
    caller_rate_limit_calls: OffOrMoreInt = _setting(
        "calls", 5, "Calls one number may make within `CALLER_RATE_LIMIT_MINUTES`; the next ones do not "
        "get the assistant (`CALLER_RATE_LIMIT_ACTION`). Counted in the database across processes; "
        "withheld numbers count together as one caller; 0 turns the limit off.")
    caller_rate_limit_minutes: OffOrMore = _setting(
        "calls", 10, "The window of the caller rate limit, in minutes.")
    caller_rate_limit_action: t.Literal["staff", "refuse"] = _setting(
        "calls", "staff", "Over the caller rate limit: `staff` dials the staff phone, `refuse` says \"we "
        "can't take another call from this number right now\" and hangs up (disposition `refused`).")
    verify_callers: t.Literal["off", "street", "pin"] = _setting(
        "calls", "street", "Caller ID is not identity: before the assistant reveals or uses a returning "
        "caller's stored data (address on file, last order), the caller ID must match a stored customer "
        "*and* the caller must prove it: `street` says the street name of the address on file, `pin` keys "
        "in the PIN the host stores for the customer (a `pin` column; the street check where none is "
        "stored), `off` trusts caller ID alone. Unverified callers still order normally.")
    resume_window_minutes: OffOrMore = _setting(
        "calls", 15, "A call that ended without an order while the cart had items (the caller hung up, the "
        "line dropped, the bridge failed): a call from the same number within this many minutes is offered "
        "to continue, and gets the cart back exactly when the caller accepts. Once per cart; 0 turns it "
        "off.")
    disclosure_message: str | None = _setting(
        "calls", None, "Said before the assistant answers (AI / recording notice); also the greeting's "
        "disclosure.")
    say_texts: dict[str, dict[str, str]] = _setting(
        "calls", None, "What Twilio says for us, per language, in place of the built-in English and Spanish "
        "texts or for another language: `{\"es\": {\"disclosure\": \"Esta llamada…\", \"apology\": "
        "\"…\"}}`. Names: `disclosure` (the `DISCLOSURE_MESSAGE` of that language), `connecting`, `busy`, "
        "`unavailable`, `apology`, `order_placed_to_staff`, `order_placed_goodbye`, `no_staff_phone`, "
        "`transfer_without_staff`, `rate_limited`, `nobody_answered`; `{business}` and `{number}` are "
        "filled in.", factory=dict, type_text="mapping")
    say_voices: dict[str, dict[str, str]] = _setting(
        "calls", None, "Twilio's `<Say>` locale and voice per language, e.g. `{\"es\": {\"locale\": "
        "\"es-MX\", \"voice\": \"Polly.Mia-Neural\"}}`. Built in: `en` en-US with the account's default "
        "voice, `es` es-US with `Polly.Lupe-Neural` (Twilio's basic voices do not speak es-US).",
        factory=dict, type_text="mapping")
    stream_token_ttl: int = _setting(
        "calls", 120, "Seconds a call's one-time media-stream token stays valid.")
    session_max_seconds: float = _setting(
        "calls", 1500, "Longest call with the assistant; then it wraps up.")
    silence_prompt_seconds: float = _setting(
        "calls", 15, "Caller silence before the assistant asks whether they are still there.")
    silence_hangup_seconds: float = _setting(
        "calls", 30, "Further silence before it says goodbye and hangs up.")
    connect_timeout: float = _setting(
        "calls", 5.0, "Seconds to wait for the Realtime connection.")
    heartbeat_seconds: float = _setting(
        "calls", 30, "How often a live call marks itself alive in the database (a call silent for twice this "
        "stops counting toward capacity).")
    take_poll_seconds: t.Annotated[float, in_range(0.05, 10, says="must be between 0.05 and 10 seconds")] = (
        _setting(
        "calls", 1.0, "How often the live calls' rows are read for staff's *Take this call* (one query "
        "for all of a process's calls); the assistant starts its hand-off line at most this long "
        "after the button. The request goes through the database, so the call may run in any "
        "server process."))
    summary_seconds: t.Annotated[float, in_range(0, 30, says="must be between 0 (off) and 30 seconds")] = (
        _setting(
        "calls", 5.0, "Longest the end-of-call summary waits for the model (an out-of-band, text-only "
        "response on the call's own Realtime session, asked once the caller has gone: it delays neither "
        "the hang-up nor the staff dial, only the final record). Without an answer in time, or with 0, "
        "the summary is made from the call's events."))
    twilio_answer_seconds: float = _setting(
        "calls", 4.0, "Longest `/voice/incoming` (and Twilio's other webhooks) wait for the database (a held "
        "lock, a stalled server) before answering without it: a new call then goes to staff unrecorded. "
        "Twilio gives up after 15 s.")
    watchdog_ready_seconds: float = _setting(
        "calls", 3.0, "No dead air: the Realtime session must confirm its set-up (`session.updated`) this "
        "soon, else it is reconnected once; a second miss hands the caller to staff (Twilio apologises and "
        "dials `STAFF_PHONE`; the call is recorded `failed` with the reason).")
    watchdog_response_seconds: float = _setting(
        "calls", 5.0, "No dead air: the model must answer a request (or the caller's finished turn) with "
        "audio or a finished response this soon, else it is asked once more; a second miss hands the caller "
        "to staff.")
    keypad_transfer_digit: str | None = _setting(
        "calls", "0", "The key that hands the caller to staff at any moment, even mid-sentence (the "
        "assistant stops, Twilio says the hand-off line and dials `STAFF_PHONE`); the greeting announces "
        "it. It transfers as the first key of an entry only (a typed number may contain it), and not while "
        "the caller types the PIN they were asked for (a PIN may begin with it); empty turns "
        "it off, as does an unset `STAFF_PHONE`. `0` never starts a North American number; where national "
        "numbers start with 0, choose `*` or `9`.")
    keypad_entry: bool = _setting(
        "calls", True, "Callers may type a number (the callback number) on the keypad, ending with `#`: the "
        "digits reach the tools and the model exactly, never through speech recognition. `*` starts the "
        "entry over.")
    keypad_entry_seconds: float = _setting(
        "calls", 5.0, "A keypad entry without `#` is taken as typed this long after its last key.")
    drain_seconds: float = _setting(
        "calls", 120, "On SIGTERM (a restart), how long this process lets its live calls finish before it "
        "hands those still running to staff; it takes no new call meanwhile (`/voice/health` says "
        "`draining`). Set gunicorn's `graceful_timeout` above it (examples/gunicorn.conf.py does).")
    caller_audio_batch_ms: t.Annotated[int, in_range(0, 200, step=20, says="must be 0 to 200 ms, in whole "
                                                     "20 ms frames")] = _setting(
        "calls", 0, "Caller audio sent to OpenAI per `input_audio_buffer.append`, in ms (a multiple of "
        "Twilio's 20 ms frames; 0 or 20: each frame as it arrives). More holds the caller's audio back "
        "that long for fewer messages and wake-ups; see Benchmarks for what it saves and costs.")
    stream_transport: t.Literal["flask-sock", "native"] = _setting(
        "calls", "native", "The media-stream WebSocket server: `native` (the measured fast path: framing "
        "read in the call's own thread; under a server it cannot take the socket from, such as eventlet, "
        "flask-sock serves instead), or `flask-sock` (simple-websocket, its `SOCK_SERVER_OPTIONS` apply; "
        "about twice the CPU per call, see Benchmarks).")

    # --- the business
    business_name: str | None = _setting("business", None, "The shop's name, as the assistant says it.")
    business_address: str | None = _setting("business", None, "The shop's address (get_location).")
    business_phone: str | None = _setting("business", None, "The shop's phone number (get_location).")
    directions: str | None = _setting("business", None, "Directions the assistant may give.")
    timezone: str = _setting(
        "business", "UTC", "The shop's IANA time zone: opening hours, dates on the staff pages.")
    # Any, not a mapping: a broken HOURS is reported by `check` but must never stop orders, so it is
    # kept as given (ordering.hours.parse_hours reads it) instead of falling back to the default.
    hours: t.Any = _setting(
        "business", None, "Opening hours per day, e.g. `{\"fri\": \"11:00-14:00,17:00-23:30\", \"sun\": "
        "\"closed\"}`; missing days are closed.", factory=DEFAULT_HOURS.copy, type_text="mapping",
        shown="11:00-22:00 (Fri, Sat to 23:00; Sun 12:00-21:00)")
    currency: str = _setting(
        "business", "USD", "ISO 4217 code of the menu's prices: every amount the assistant says and the "
        "staff pages show.")

    # --- orders
    accept_orders_when_closed: bool = _setting(
        "orders", False, "When False, submit_order refuses while closed (\"we open tomorrow at 11 "
        "AM\"); True takes orders for after opening.")
    tax_rate: Fraction = _setting("orders", Decimal("0.08"), "Sales tax as a fraction of the subtotal.")
    order_types: list[OrderType] = _setting(
        "orders", None, "`[\"pickup\"]` for a pickup-only shop.", factory=lambda: ["pickup", "delivery"])
    delivery_fee: Decimal = _setting("orders", Decimal("0"), "Added to delivery orders after tax.")
    delivery_minimum: Decimal | None = _setting("orders", None, "Smallest subtotal for delivery.")
    delivery_zones: list[str] | None = _setting(
        "orders", None, "Words one of which a delivery address must contain (towns, neighbourhoods, "
        "postcodes).")
    pickup_wait_minutes: int = _setting("orders", 15, "Base wait for pickup.")
    delivery_wait_minutes: int = _setting("orders", 35, "Base wait for delivery.")
    wait_per_open_order_minutes: int = _setting(
        "orders", 2, "Added to the wait for each order the kitchen has open.")
    max_item_quantity: int = _setting(
        "orders", 20, "More of one item than this is a catering order (staff); 0 for no limit.")
    catering_max_items: int = _setting(
        "orders", 30, "More items than this in one order goes to staff; 0 for no limit.")
    catering_max_total: Decimal | None = _setting(
        "orders", Decimal("300"), "A subtotal above this goes to staff.")
    specials: list[str | dict[str, t.Any]] = _setting(
        "orders", None, "Deals to mention besides the menu's special items (text, or objects with a "
        "description).", factory=list)
    menu_aliases: dict[str, t.Any] = _setting(
        "orders", None, "Names callers use for items: `{\"alias\": \"Item name\"}` or `{\"Item name\": "
        "[\"alias\", …]}`.", factory=dict)
    upsell: bool = _setting("orders", True, "Offer one drink or side per call.")
    rewards_points_per_unit: t.Annotated[Decimal, in_range(
        0, says="must be 0 or more points per currency unit, got {value}")] | None = _setting(
        "orders", None, "Points a voice order earns per currency unit of its subtotal (rounded down), added "
        "once in the order's transaction — unless the host's own hooks already changed the balance when the "
        "order was written. Unset: pos_voice awards none.")
    rewards_host_awards: bool | None = _setting(
        "orders", None, "`true`: the host awards points itself (later, on payment …), pos_voice never does; "
        "unset: detected on each order by reading the balance after it is written.")
    rewards_offers: t.Any = _setting(
        "orders", None, "What points buy, told to verified callers: `[{\"id\": \"garlic\", \"points\": 100, "
        "\"reward\": \"free garlic bread\"}]`, or a dotted path to `offers(customer_id, balance) -> list`.",
        factory=list, type_text="list or text")
    rewards_redeem: t.Any = _setting(
        "orders", None, "Dotted path of the host's "
        "`redeem(customer_id, offer_id, subtotal, order_id=None) -> "
        "{\"discount\", \"points\"}`: a quote when `order_id` is None, the redemption (in the order's "
        "transaction) otherwise; raise ValueError to refuse. Unset: points are not redeemed by phone.",
        type_text="text")
    order_webhook_url: str | None = _setting(
        "orders", None, "POST every voice order here as JSON (durable outbox, retried, idempotency key).")
    order_webhook_secret: SecretStr | None = _setting(
        "orders", None, "Signs the webhook body (`X-Pos-Voice-Signature: sha256=…`).")
    order_webhook_timeout: float = _setting("orders", 5.0, "Seconds per webhook POST.")
    order_webhook_max_attempts: int = _setting(
        "orders", 12, "Attempts before an order's webhook is marked failed.")
    menu_cache_seconds: float = _setting(
        "orders", 30, "How long the menu is cached between reads (submit always reads the items fresh).")

    # --- the host POS mapping: loosely typed here, validated by pos_voice.pos.mapping
    product_model: t.Any = _setting(
        "mapping", None, "Class or table name of the menu items.", shown=INFERRED, type_text="text")
    order_model: t.Any = _setting(
        "mapping", None, "Class or table name of the orders.", shown=INFERRED, type_text="text")
    order_item_model: t.Any = _setting(
        "mapping", None, "Class or table name of the order lines.", shown=INFERRED, type_text="text")
    customer_model: t.Any = _setting(
        "mapping", None, "Class or table name of the customers" + OPTIONAL_PART + ".", shown=INFERRED,
        type_text="text")
    ingredient_model: t.Any = _setting(
        "mapping", None, "Class or table name of the ingredients" + OPTIONAL_PART + ".", shown=INFERRED,
        type_text="text")
    category_model: t.Any = _setting(
        "mapping", None, "Class or table name of the categories" + OPTIONAL_PART + ".", shown=INFERRED,
        type_text="text")
    modifier_model: t.Any = _setting(
        "mapping", None, "Class or table name of the modifiers or toppings" + OPTIONAL_PART + ".",
        shown=INFERRED, type_text="text")
    size_model: t.Any = _setting(
        "mapping", None, "Class or table name of the sizes" + OPTIONAL_PART + ".", shown=INFERRED,
        type_text="text")
    columns: t.Any = _setting(
        "mapping", None, "Column overrides `{\"<part>.<role>\": \"<column>\"}`, e.g. `{\"product.price\": "
        "\"cost_cents\"}`; `None` as the column turns a role off (the roles: \"Mapping your tables by "
        "hand\" above).", factory=dict, type_text="mapping")
    order_defaults: t.Any = _setting(
        "mapping", None, "Values for host columns the plugin can't fill, e.g. `{\"user_id\": 1}`, "
        "`{\"order_item.station\": \"pizza\"}`; a callable is called for each order (NOT NULL dates and "
        "times). A column named here gets this value even when it plays a mapped role.", factory=dict,
        type_text="mapping")
    rewards_column: str | None = _setting(
        "mapping", None, "The customers' loyalty balance column (whole points) when it is not found by name "
        "(`points`, `loyalty_points`, `stamps`, `balance` …); `\"none\"` ignores one that is.",
        shown=INFERRED)
    rewards_table: t.Any = _setting(
        "mapping", None, "Class or table name of a loyalty ledger (one row per points change, pointing at "
        "the "
        "customers; the balance is the sum)" + OPTIONAL_PART + ".", shown=INFERRED, type_text="text")
    rewards_balance: t.Any = _setting(
        "mapping", None, "Dotted path of a host callable `balance(customer_id) -> points`, for loyalty data "
        "pos_voice cannot read itself (it wins over a column or ledger).", type_text="text")
    price_unit: str = _setting(
        "mapping", "auto", "`cents` or `decimal` when the price columns' unit can't be inferred.")
    order_source_value: str | None = _setting(
        "mapping", "voice", "Written to the orders' `source`/`channel` column.")
    order_status_value: str | int | None = _setting(
        "mapping", None, "The status a new voice order gets, in the host's own word (e.g. `\"open\"`); "
        "learned from the host's enum, CHECK constraint or rows when unset.", shown=INFERRED)
    order_type_values: t.Any = _setting(
        "mapping", None, "The host's words for pickup and delivery, e.g. `{\"pickup\": \"take_out\"}`; "
        "learned from the host's enum, CHECK constraint or rows when unset.", factory=dict,
        type_text="mapping", shown=INFERRED)

    # --- staff pages
    base_template: str | None = _setting(
        "staff", None, "Your layout template for the staff pages (it must have `title` and `content` "
        "blocks).", shown="the plugin's own layout")
    base_template_block: str = _setting(
        "staff", "content", "The block of `BASE_TEMPLATE` that shows the page body (e.g. `main`): the "
        "staff pages' content goes there.")
    staff_auth: t.Any = _setting(
        "staff", None, "Callable or `\"module:function\"` deciding staff access; Flask-Login's "
        "`current_user` "
        "when unset and present; closed when nothing is configured.", shown="Flask-Login if present",
        type_text="callable \\| text")
    order_url: str | Callable[[t.Any], str] | None = _setting(
        "staff", None, "Your order page: `\"/orders/{id}\"`, or a callable of the order id.")
    staff_page_size: int = _setting("staff", 25, "Calls per page on the staff pages.")
    clock: t.Literal["12h", "24h"] | None = _setting(
        "staff", None, "Times on the staff pages: `12h` (9:05 PM) or `24h` (21:05).",
        shown="the custom of `DEFAULT_REGION`")

    # --- texts and order-ready notifications (pos_voice.notify)
    messaging_from: str | None = _setting(
        "messaging", None, "The Twilio number (E.164) or Messaging Service SID (`MG…`) texts are sent "
        "from; unset: no texts are offered. Needs `TWILIO_ACCOUNT_SID` and `TWILIO_AUTH_TOKEN`.")
    voice_from: str | None = _setting(
        "messaging", None, "The Twilio number (E.164) that rings the caller when their order is ready; "
        "unset: `MESSAGING_FROM` when it is a number (a call is offered only with one).")
    text_confirmations: bool = _setting(
        "messaging", True, "Offer the caller a text with the order number, items, total and ready time "
        "(sent only when they agree and their number can take texts).")
    payment_link: t.Any = _setting(
        "messaging", None, "Your secure checkout link for the text: a template with `{order_id}`, "
        "`{order_number}`, `{total}`, `{currency}` (`\"https://pay.example.com/o/{order_id}\"`), or a "
        "callable / `\"module:function\"` given the order (a dict) and returning the URL. Card numbers "
        "are never taken by phone.", type_text="text \\| callable")
    ready_statuses: list[str] = _setting(
        "messaging", None, "Order status values that mean \"ready\" (e.g. `[\"ready\"]`): when a voice "
        "order's status reaches one, the caller is texted or called as they chose; empty: not offered.",
        factory=list)
    ready_check_seconds: t.Annotated[
        float, in_range(0.01, 3600, says="must be between 0.01 and 3600 seconds")] = _setting(
        "messaging", 15.0, "How often status changes made by other processes are looked for (changes "
        "committed through this app's own session are seen at once).")
    notify_max_attempts: t.Annotated[int, in_range(1, 100, says="must be between 1 and 100")] = _setting(
        "messaging", 6, "Attempts at one text or call (retried with backoff) before it is marked failed.")
    notify_timeout: float = _setting("messaging", 10.0, "Seconds per Twilio REST request.")
    twilio_api_base_url: str = _setting(
        "messaging", "https://api.twilio.com", "Twilio's REST API (the testing kit and `simulate` point "
        "it at a local fake).")

    # --- validation of the values whose type alone does not say enough
    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not an IANA time zone such as America/New_York") from None
        return value

    @field_validator("experiments")
    @classmethod
    def _experiment_names(cls, value: dict[str, Experiment]) -> dict[str, Experiment]:
        return recordable_names(value, "experiment")

    @field_validator("keypad_transfer_digit", mode="before")
    @classmethod
    def _keypad_key(cls, value: t.Any) -> t.Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        key = str(value).strip()
        if key not in KEYPAD_TRANSFER_KEYS:
            raise ValueError(f"must be one key of the phone keypad (0-9 or *), or empty for none; "
                             f"got {value!r}")
        return key

    @field_validator("languages", mode="before")
    @classmethod
    def _language_codes(cls, value: t.Any) -> t.Any:
        if value is None or value == "" or value == []:
            return None
        if isinstance(value, str):
            value = value.split(",")
        codes: list[str] = []
        for item in value if isinstance(value, list | tuple) else [value]:
            code = str(item).strip().lower()
            if not re.fullmatch(r"[a-z]{2,3}", code):
                raise ValueError(f"must list ISO 639-1 language codes such as \"en\", \"es\"; got {item!r}")
            if code not in codes:
                codes.append(code)
        return codes

    @field_validator("number_languages")
    @classmethod
    def _number_language_codes(cls, value: dict[str, str], info: t.Any) -> dict[str, str]:
        known = info.data.get("languages") or [info.data.get("language") or "en"]
        for number, code in value.items():
            if code not in known:
                raise ValueError(f"{number}: {code!r} is not one of the languages {known}")
        return value

    @field_validator("say_texts")
    @classmethod
    def _known_texts(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        for code, texts in value.items():
            for key, text in texts.items():
                if key not in SAY_TEXT_NAMES:
                    raise ValueError(f"{code}.{key} is not one of {', '.join(SAY_TEXT_NAMES)}")
                try:
                    text.format(business="", number="")
                except (KeyError, IndexError, ValueError) as exc:
                    raise ValueError(f"{code}.{key}: only {{business}} and {{number}} can be filled in "
                                     f"({exc})") from None
        return value

    @field_validator("say_voices")
    @classmethod
    def _voice_fields(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        for code, voice in value.items():
            extra = set(voice) - {"locale", "voice"}
            if extra:
                raise ValueError(f"{code}: only \"locale\" and \"voice\" can be set, not {sorted(extra)}")
        return value

    @field_validator("order_types", mode="before")
    @classmethod
    def _order_type_list(cls, value: t.Any) -> t.Any:
        if isinstance(value, str):
            value = [part for part in value.split(",")]
        if isinstance(value, list | tuple):
            value = [str(kind).strip().lower() for kind in value if str(kind).strip()]
            if not value:
                raise ValueError("must list 'pickup' and/or 'delivery'")
        return value

    @field_validator("delivery_zones", mode="before")
    @classmethod
    def _zone_list(cls, value: t.Any) -> t.Any:
        if value in ("", [], ()):
            return None
        return [value] if isinstance(value, str) else value

    @field_validator("specials", mode="before")
    @classmethod
    def _special_list(cls, value: t.Any) -> t.Any:
        if value is None:
            return []
        return [value] if isinstance(value, str | dict) else value

    @field_validator("currency")
    @classmethod
    def _currency_code(cls, value: str) -> str:
        code = value.strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise ValueError(f"must be an ISO 4217 code such as USD or EUR, got {value!r}")
        return code

    @field_validator("ready_statuses", mode="before")
    @classmethod
    def _status_list(cls, value: t.Any) -> t.Any:
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, list | tuple):
            return [str(status).strip() for status in value if str(status).strip()]
        return value

    # --- convenience for the code that reads them
    @property
    def call_languages(self) -> list[str]:
        """The languages calls are answered in, the shop's default first."""
        return list(self.languages) if self.languages else [(self.language or "en").lower()]

    @property
    def default_language(self) -> str:
        return self.call_languages[0]

    def language_for_number(self, called: str | None) -> str:
        """The language a call to ``called`` starts in (the number's, else the default)."""
        return self.number_languages.get(called or "", self.default_language)

    @property
    def keypad_transfer_key(self) -> str | None:
        """The key that hands the caller to staff, or None (turned off, or no staff line to dial)."""
        return self.keypad_transfer_digit if self.staff_phone else None

    def secret(self, name: str) -> str | None:
        """A secret's plain value (``"openai_api_key"``), None when unset."""
        value = getattr(self, name)
        return value.get_secret_value() if isinstance(value, SecretStr) and value.get_secret_value() else None


def key_of(name: str) -> str:
    """``"tax_rate"`` → ``"POS_VOICE_TAX_RATE"``."""
    return PREFIX + name.upper()


def defaults() -> dict[str, t.Any]:
    """Every setting's name (without the prefix) and its default, in table order."""
    out: dict[str, t.Any] = {}
    for name, info in Settings.model_fields.items():
        value = info.get_default(call_default_factory=True)
        out[name.upper()] = value.get_secret_value() if isinstance(value, SecretStr) else value
    return out


def load_settings(config: Mapping[str, t.Any]) -> tuple[Settings, list[tuple[str, str]]]:
    """Validate the ``POS_VOICE_*`` values of ``config``.

    :return: the settings (a key whose value is not valid keeps its default) and
        ``(key, message)`` for each value that was not valid.
    """
    raw = {name.upper(): config[key_of(name)] for name in Settings.model_fields if key_of(name) in config}
    errors: list[tuple[str, str]] = []
    while True:
        try:
            return Settings.model_validate(raw), errors
        except ValidationError as exc:
            bad: dict[str, list[str]] = {}
            for issue in exc.errors():
                name = str(issue["loc"][0]) if issue["loc"] else ""
                bad.setdefault(name, []).append(_explain(issue))
            if not bad or not set(bad) <= set(raw):  # pragma: no cover - a default that fails its own type
                raise
            for name, reasons in bad.items():
                key = PREFIX + name
                errors.append((key, f"{key} is not valid: {'; '.join(dict.fromkeys(reasons))} (got "
                                    f"{_shown_value(name, raw.pop(name))})"))


def _explain(issue: t.Any) -> str:
    message = str(issue.get("msg", "invalid"))
    return message.removeprefix("Value error, ")


def _shown_value(name: str, value: t.Any) -> str:
    info = Settings.model_fields[name.lower()]
    if info.annotation is not None and "SecretStr" in str(info.annotation):
        return "a value (hidden)"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
