"""Work every test app of a test process repeats, done once per process.

Each test builds its own Flask app (the demo POS, a host of tests/hosts, ...) and registers
pos_voice on it. Three costs of that are the same for every app and were paid again each time
(the first two measured with py-spy on ``make test-fast``: about 5 % of its CPU together):

- Jinja2 compiles every template the app renders, per app (``Environment.compile``): here one
  in-memory ``BytecodeCache`` is given to every Flask app's environment, keyed by the template,
  its source and everything of the environment the generated code depends on, so a second app
  with the same templates loads the compiled code instead of compiling it again.
- Werkzeug compiles a URL builder function for every rule (``Rule._compile_builder``: an AST
  turned into code by ``compile()``), per app: here the builders are memoised by what the
  generated code is made of (the rule's parsed parts, its defaults as they go into the URL and
  whether unknown values are appended). The builder reads the rule's converters from the rule it
  is bound to (``.self``), so one function serves every rule of the same shape.
- SQLAlchemy compiles each statement once per engine (``Engine._compiled_cache``), and every
  test's app has an engine of its own: the same statements of the plugin and the hosts were
  compiled again in every test (measured on test_bridge_session, test_staff_queue and
  test_tools_scenarios: 1,436 of 2,946 lookups missed per engine, 130 with one cache). Here
  every engine uses one process-wide cache, its keys holding what of the dialect compilation
  reads in place of the dialect object (SQLAlchemy's key starts with the dialect itself), so
  engines configured alike share compiled statements and others (another paramstyle, JSON
  serializer, server version) do not.

``install()`` is called once from tests/conftest.py. tests/test_process_caches.py shows the
caches are hit and give the output a fresh compilation gives.
"""

from __future__ import annotations

import hashlib
import threading
import typing as t
import weakref

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from jinja2.utils import _PassArg


class _Counts:
    """Hits and misses of a cache, counted per thread (``here()``): a test reads its own thread's,
    as a server thread another test left running may use the same cache meanwhile (seen in CI:
    four hits more than the test made), so process-wide totals would prove nothing."""

    def __init__(self) -> None:
        self._thread = threading.local()

    def _count(self, hit: bool) -> None:
        hits, misses = self.here()
        self._thread.counts = (hits + hit, misses + (not hit))

    def here(self) -> tuple[int, int]:
        """``(hits, misses)`` on the calling thread."""
        counts: tuple[int, int] = getattr(self._thread, "counts", (0, 0))
        return counts


class SharedBytecodeCache(_Counts, BytecodeCache):
    """Compiled templates shared by every Jinja2 environment of the process.

    Jinja2's own caches key a template by its name and file name only and check its source;
    environments configured differently (another autoescape choice, other delimiters, filters
    taking the context or not) generate different code from the same source, so the key here
    also holds what of the environment the compiler reads.
    """

    def __init__(self) -> None:
        super().__init__()
        self._code: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        key = hashlib.sha1(repr((name, filename, _compiler_inputs(environment, name))).encode()).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)
        # a changed source fails the bucket's checksum: it is compiled again and stored over this
        self._count(hit=bucket.code is not None)

    def dump_bytecode(self, bucket: Bucket) -> None:
        code = bucket.bytecode_to_string()
        with self._lock:
            self._code[bucket.key] = code

    def clear(self) -> None:
        with self._lock:
            self._code.clear()


def _compiler_inputs(env: Environment, name: str) -> tuple[t.Any, ...]:
    """What of ``env`` the lexer, parser and code generator read while compiling ``name``."""
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    finalize = None if env.finalize is None else _PassArg.from_obj(env.finalize)
    return (
        autoescape, finalize, env.optimized, env.is_async, env.newline_sequence, env.keep_trailing_newline,
        env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
        env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, sorted(env.extensions),
        sorted((key, _PassArg.from_obj(f)) for key, f in env.filters.items()),
        sorted((key, _PassArg.from_obj(f)) for key, f in env.tests.items()),
        env.undefined.__qualname__, env.code_generator_class.__qualname__, env.context_class.__qualname__,
    )


class BuilderMemo(_Counts):
    """``werkzeug.routing.Rule._compile_builder``, memoised by the shape of the generated code."""

    def __init__(self, compile_builder: t.Callable[..., t.Any]) -> None:
        super().__init__()
        self._compile = compile_builder
        self._builders: dict[tuple[t.Any, ...], t.Any] = {}
        self._lock = threading.Lock()

    def key(self, rule: t.Any, append_unknown: bool) -> tuple[t.Any, ...]:
        defaults = rule.defaults or {}
        # a default of a part of the rule is built into the code as its URL form (see
        # _compile_builder); the other defaults become keyword arguments, in their order
        in_rule = tuple((data, rule._converters[data].to_url(defaults[data]))
                        for is_dynamic, data in rule._trace if is_dynamic and data in defaults)
        return (rule.rule, tuple(rule._trace), in_rule, tuple(str(k) for k in defaults), bool(append_unknown))

    def __call__(self, rule: t.Any, append_unknown: bool = True) -> t.Any:
        key = self.key(rule, append_unknown)
        with self._lock:
            builder = self._builders.get(key)
        self._count(hit=builder is not None)
        if builder is not None:
            return builder
        builder = self._compile(rule, append_unknown)
        with self._lock:
            self._builders.setdefault(key, builder)
        return builder


class SharedCompiledCache(_Counts):
    """One compiled-statement cache for every SQLAlchemy engine of the process.

    SQLAlchemy keys a compiled statement by ``(dialect, statement cache key, column keys, ...)``
    and reads and writes the cache with ``get`` and ``[key] = compiled`` only. The dialect in the
    key is replaced by its configuration: its class and its plain attributes (paramstyle, server
    version, label length, flags...), callables by identity (a JSON serializer).
    """

    def __init__(self, size: int = 5000) -> None:
        from sqlalchemy.util import LRUCache

        super().__init__()
        self._compiled: t.Any = LRUCache(size)
        self._configs: weakref.WeakKeyDictionary[t.Any, tuple[t.Any, ...]] = weakref.WeakKeyDictionary()

    def config(self, dialect: t.Any) -> tuple[t.Any, ...]:
        """What of ``dialect`` tells its compiled statements apart (read once it is initialised)."""
        known = self._configs.get(dialect)
        if known is None:
            items: list[tuple[str, t.Any]] = []
            for name, value in sorted(vars(dialect).items()):
                if value is None or isinstance(value, (str, int, float, bool, tuple)):
                    try:
                        hash(value)
                    except TypeError:
                        continue
                    items.append((name, value))
                elif callable(value) and not isinstance(value, type):
                    items.append((name, id(value)))
            known = self._configs[dialect] = (type(dialect), tuple(items))
        return known

    def _key(self, key: tuple[t.Any, ...]) -> tuple[t.Any, ...]:
        return (self.config(key[0]), *key[1:])

    def get(self, key: tuple[t.Any, ...], default: t.Any = None) -> t.Any:
        compiled = self._compiled.get(self._key(key))
        self._count(hit=compiled is not None)
        return default if compiled is None else compiled

    def __setitem__(self, key: tuple[t.Any, ...], compiled: t.Any) -> None:
        self._compiled[self._key(key)] = compiled

    def __len__(self) -> int:
        return len(self._compiled)

    def clear(self) -> None:
        self._compiled.clear()


def _share_compiled_cache(connection: t.Any) -> None:
    """Engine ``engine_connect`` listener: the engine (its dialect initialised by now) uses the
    shared cache, unless it has none (``query_cache_size=0``) or a cache of its own was set."""
    from sqlalchemy.util import LRUCache

    if isinstance(connection.engine._compiled_cache, LRUCache):
        connection.engine._compiled_cache = COMPILED


BYTECODE = SharedBytecodeCache()
COMPILED = SharedCompiledCache()
_installed: dict[str, t.Any] = {}


def install() -> None:
    """Give every Flask app's Jinja2 environment the shared bytecode cache, every SQLAlchemy
    engine the shared compiled cache, and memoise Werkzeug's URL builders (once per process)."""
    if _installed:
        return
    import sqlalchemy as sa
    from flask import Flask
    from werkzeug.routing import Rule

    sa.event.listen(sa.engine.Engine, "engine_connect", _share_compiled_cache)

    create_env = Flask.create_jinja_environment

    def create_jinja_environment(self: Flask) -> t.Any:
        env = create_env(self)
        if env.bytecode_cache is None:
            env.bytecode_cache = BYTECODE
        return env

    memo = BuilderMemo(Rule._compile_builder)

    def _compile_builder(self: Rule, append_unknown: bool = True) -> t.Any:
        return memo(self, append_unknown)

    _installed.update(create_env=create_env, compile_builder=Rule._compile_builder, builders=memo)
    Flask.create_jinja_environment = create_jinja_environment  # type: ignore[method-assign]
    Rule._compile_builder = _compile_builder  # type: ignore[method-assign]


def builders() -> BuilderMemo:
    """The URL builders' memo ``install()`` put in place."""
    return t.cast(BuilderMemo, _installed["builders"])


def original_compile_builder() -> t.Callable[..., t.Any]:
    """Werkzeug's own ``Rule._compile_builder``, as it was before ``install()``."""
    return t.cast(t.Callable[..., t.Any], _installed["compile_builder"])
