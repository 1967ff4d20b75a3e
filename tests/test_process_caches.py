"""The per-process caches of tests/support/process_caches.py and the schema templates of
tests/support/databases.py: hit by a second app or database, and giving what compiling or
``create_all`` afresh gives."""

from __future__ import annotations

import sqlite3
import typing as t
from contextlib import closing
from pathlib import Path

import jinja2
import pytest
import sqlalchemy as sa
from flask import Flask, render_template, url_for
from werkzeug.routing import Map, Rule

from tests.support import process_caches
from tests.support.databases import SchemaTemplates, create_all, using_postgres

TEMPLATE = "{% for n in names %}<b>{{ n|upper }}</b>{% endfor %} {{ note }}"


def _app(folder: Path) -> Flask:
    return Flask("cache_probe", template_folder=str(folder), root_path=str(folder))


def _render(app: Flask, name: str) -> str:
    with app.app_context():
        return render_template(name, names=["ann", "<bo>"], note="a & b")


def test_a_second_app_loads_the_compiled_template_and_renders_the_same(tmp_path: Path) -> None:
    (tmp_path / "probe.html").write_text(TEMPLATE)
    first = _render(_app(tmp_path), "probe.html")
    hits, _ = process_caches.BYTECODE.here()
    second_app = _app(tmp_path)
    second = _render(second_app, "probe.html")

    assert second_app.jinja_env.bytecode_cache is process_caches.BYTECODE
    assert process_caches.BYTECODE.here()[0] == hits + 1
    fresh = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path), autoescape=True)
    expected = fresh.get_template("probe.html").render(names=["ann", "<bo>"], note="a & b")
    assert first == second == expected == "<b>ANN</b><b>&lt;BO&gt;</b> a &amp; b"


def test_a_changed_template_or_another_autoescape_is_compiled_again(tmp_path: Path) -> None:
    (tmp_path / "probe.html").write_text(TEMPLATE)
    assert _render(_app(tmp_path), "probe.html").endswith("a &amp; b")
    (tmp_path / "probe.html").write_text("changed {{ note }}")
    assert _render(_app(tmp_path), "probe.html") == "changed a &amp; b"

    # Flask escapes .html, not .txt: the same source and loader, other generated code
    (tmp_path / "probe.txt").write_text("changed {{ note }}")
    assert _render(_app(tmp_path), "probe.txt") == "changed a & b"
    raw = _app(tmp_path)
    raw.jinja_options = {"autoescape": False}
    assert _render(raw, "probe.html") == "changed a & b"


def test_url_builders_are_compiled_once_per_rule_shape_and_build_the_same_urls() -> None:
    def urls() -> list[str]:
        adapter = Map([Rule("/menu/<int:item>/<name>", endpoint="item"),
                       Rule("/page/", endpoint="page", defaults={"n": 1}),
                       Rule("/page/<int:n>", endpoint="page")]).bind("pos.example.com")
        return [adapter.build("item", {"item": 7, "name": "tuna melt", "x": "1"}),
                adapter.build("page", {}), adapter.build("page", {"n": 3})]

    first = urls()
    memo = process_caches.builders()
    hits, misses = memo.here()
    assert urls() == first == ["/menu/7/tuna%20melt?x=1", "/page/", "/page/3"]
    # each rule's two builders (appending unknown arguments or not) came from the memo
    assert memo.here() == (hits + 6, misses)

    rule = Rule("/menu/<int:item>/<name>", endpoint="item")
    Map([rule])
    original = process_caches.original_compile_builder()(rule, True).__get__(rule, None)
    assert rule._build_unknown(item=7, name="tuna melt", x="1") == original(item=7, name="tuna melt", x="1")


def test_a_default_inside_the_rule_is_part_of_the_builders_key() -> None:
    # the default of a rule's own variable is compiled into the builder as a constant
    a = Map([Rule("/shop/<where>", endpoint="shop", defaults={"where": "north"})]).bind("x")
    b = Map([Rule("/shop/<where>", endpoint="shop", defaults={"where": "south"})]).bind("x")
    assert (a.build("shop", {}), b.build("shop", {})) == ("/shop/north", "/shop/south")


def test_flask_url_for_through_the_memo_matches_the_routes(tmp_path: Path) -> None:
    built = []
    for _ in range(2):
        app = _app(tmp_path)
        app.add_url_rule("/voice/calls/<int:call_id>", "call", lambda call_id: str(call_id))
        with app.test_request_context():
            built.append(url_for("call", call_id=12, tab="events"))
        assert app.test_client().get(built[-1]).get_data(as_text=True) == "12"
    assert built == ["/voice/calls/12?tab=events"] * 2


# ------------------------------------------------------------------ schemas: create_all, then copies


def _metadata(extra_column: bool = False, trigger: str = "") -> sa.MetaData:
    metadata = sa.MetaData()
    columns = [sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(40), index=True)]
    if extra_column:
        columns.append(sa.Column("price", sa.Numeric(8, 2)))
    table = sa.Table("items", metadata, *columns)
    if trigger:
        sa.event.listen(table, "after_create", sa.DDL(
            f"CREATE TRIGGER {trigger} AFTER INSERT ON items BEGIN UPDATE items SET name = upper(name) "
            "WHERE id = NEW.id; END"))
    return metadata


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())


def _create(templates: SchemaTemplates, metadata: sa.MetaData, path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        templates.create_metadata(metadata, engine)
    finally:
        engine.dispose()


@pytest.mark.skipif(using_postgres(), reason="the templates are SQLite files")
def test_a_second_database_of_a_schema_is_a_copy_with_the_schema_create_all_makes(tmp_path: Path) -> None:
    templates = SchemaTemplates()
    _create(templates, _metadata(trigger="shout"), tmp_path / "first.sqlite")
    _create(templates, _metadata(trigger="shout"), tmp_path / "second.sqlite")
    assert (templates.built, templates.copies) == (1, 1)

    reference = sa.create_engine(f"sqlite:///{tmp_path / 'reference.sqlite'}")
    _metadata(trigger="shout").create_all(reference)
    reference.dispose()
    expected = _schema(tmp_path / "reference.sqlite")
    assert ("trigger", "shout") in [row[:2] for row in expected]
    assert _schema(tmp_path / "first.sqlite") == _schema(tmp_path / "second.sqlite") == expected

    with closing(sqlite3.connect(tmp_path / "second.sqlite")) as conn:  # a working database, the trigger too
        conn.execute("INSERT INTO items (name) VALUES ('gyro')")
        assert conn.execute("SELECT name FROM items").fetchall() == [("GYRO",)]
    assert _schema(tmp_path / "first.sqlite") == expected  # and a copy of its own


@pytest.mark.skipif(using_postgres(), reason="the templates are SQLite files")
def test_another_column_or_trigger_is_another_template(tmp_path: Path) -> None:
    templates = SchemaTemplates()
    _create(templates, _metadata(), tmp_path / "plain.sqlite")
    _create(templates, _metadata(extra_column=True), tmp_path / "priced.sqlite")
    _create(templates, _metadata(trigger="other"), tmp_path / "triggered.sqlite")
    assert (templates.built, templates.copies) == (3, 0)
    assert "price" in [row[2] for row in _schema(tmp_path / "priced.sqlite")][1]
    assert ("trigger", "other") in [row[:2] for row in _schema(tmp_path / "triggered.sqlite")]


@pytest.mark.skipif(using_postgres(), reason="the templates are SQLite files")
def test_a_database_holding_tables_gets_create_all_and_keeps_its_rows(tmp_path: Path) -> None:
    templates = SchemaTemplates()
    _create(templates, _metadata(), tmp_path / "first.sqlite")
    path = tmp_path / "used.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('kept')")
        conn.commit()
    _create(templates, _metadata(), path)
    assert templates.copies == 0
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("kept",)]
        assert conn.execute("SELECT count(*) FROM items").fetchone() == (0,)


def test_create_all_makes_a_host_apps_tables(database_url: str) -> None:
    from flask_sqlalchemy import SQLAlchemy

    from tests.support.databases import SCHEMAS

    copies = SCHEMAS.copies
    for _ in range(2):  # the second from the template on SQLite
        app = Flask("schema_probe")
        app.config["SQLALCHEMY_DATABASE_URI"] = database_url
        db = SQLAlchemy(app, metadata=_metadata(extra_column=True))
        with app.app_context():
            create_all(db)
            db.session.execute(sa.text("INSERT INTO items (name, price) VALUES ('soup', 4.5)"))
            db.session.commit()
            assert db.session.execute(sa.text("SELECT count(*) FROM items")).scalar_one() == 1
            db.session.remove()
            db.drop_all()
            db.engine.dispose()
        if not using_postgres():
            Path(sa.engine.make_url(database_url).database or "").unlink()
    assert SCHEMAS.copies == copies + (0 if using_postgres() else 1)


# ------------------------------------------------------------------ SQL statements: compiled once

PRICES = sa.Table("prices", sa.MetaData(), sa.Column("name", sa.String(20)), sa.Column("cents", sa.Integer))


def _engine_with(path: Path, rows: list[tuple[str, int]], **options: t.Any) -> sa.Engine:
    engine = sa.create_engine(f"sqlite:///{path}", **options)
    PRICES.create(engine)
    with engine.begin() as conn:
        conn.execute(PRICES.insert(), [{"name": name, "cents": cents} for name, cents in rows])
    return engine


def _cheaper_than(engine: sa.Engine, cents: int) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(sa.select(PRICES.c.name).where(PRICES.c.cents < cents)
                                 .order_by(PRICES.c.name)).scalars())


@pytest.mark.skipif(using_postgres(), reason="two SQLite files")
def test_a_second_engine_uses_the_statement_the_first_compiled_on_its_own_data(tmp_path: Path) -> None:
    first = _engine_with(tmp_path / "a.sqlite", [("soup", 450), ("gyro", 875)])
    second = _engine_with(tmp_path / "b.sqlite", [("tea", 200), ("cake", 300), ("pie", 900)])
    try:
        assert _cheaper_than(first, 500) == ["soup"]
        hits, misses = process_caches.COMPILED.here()
        assert _cheaper_than(second, 500) == ["cake", "tea"]
        assert process_caches.COMPILED.here() == (hits + 1, misses)
        assert first._compiled_cache is second._compiled_cache is process_caches.COMPILED
    finally:
        first.dispose()
        second.dispose()


@pytest.mark.skipif(using_postgres(), reason="two SQLite files")
def test_engines_configured_otherwise_compile_their_own(tmp_path: Path) -> None:
    qmark = _engine_with(tmp_path / "a.sqlite", [("soup", 450)])
    named = _engine_with(tmp_path / "b.sqlite", [("tea", 200)], paramstyle="named")
    try:
        assert _cheaper_than(qmark, 500) == ["soup"]
        _, misses = process_caches.COMPILED.here()
        assert _cheaper_than(named, 500) == ["tea"]  # ":cents_1", not qmark's "?"
        assert process_caches.COMPILED.here()[1] == misses + 1
        assert process_caches.COMPILED.config(qmark.dialect) != process_caches.COMPILED.config(named.dialect)
    finally:
        qmark.dispose()
        named.dispose()
