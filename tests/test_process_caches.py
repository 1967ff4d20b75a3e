"""The per-process caches of tests/support/process_caches.py: hit by a second app, and giving what
compiling afresh gives."""

from __future__ import annotations

from pathlib import Path

import jinja2
from flask import Flask, render_template, url_for
from werkzeug.routing import Map, Rule

from tests.support import process_caches

TEMPLATE = "{% for n in names %}<b>{{ n|upper }}</b>{% endfor %} {{ note }}"


def _app(folder: Path) -> Flask:
    return Flask("cache_probe", template_folder=str(folder), root_path=str(folder))


def _render(app: Flask, name: str) -> str:
    with app.app_context():
        return render_template(name, names=["ann", "<bo>"], note="a & b")


def test_a_second_app_loads_the_compiled_template_and_renders_the_same(tmp_path: Path) -> None:
    (tmp_path / "probe.html").write_text(TEMPLATE)
    first = _render(_app(tmp_path), "probe.html")
    hits = process_caches.BYTECODE.hits
    second_app = _app(tmp_path)
    second = _render(second_app, "probe.html")

    assert second_app.jinja_env.bytecode_cache is process_caches.BYTECODE
    assert process_caches.BYTECODE.hits == hits + 1
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
    hits = memo.hits
    assert urls() == first == ["/menu/7/tuna%20melt?x=1", "/page/", "/page/3"]
    assert memo.hits >= hits + 3  # each rule's builder came from the memo the second time

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
