"""Tool latency: p50/p99 of every tool, through ``registry.invoke`` (validation, handler and the
``tool_call`` event write included), on a 500-item menu, on SQLite and PostgreSQL.

    python bench/tool_latency.py                        # SQLite only
    python bench/tool_latency.py --postgres postgresql+psycopg://postgres:postgres@127.0.0.1/postgres
    (or set POS_VOICE_TEST_POSTGRES_URL)

Targets: menu tools < 5 ms p99, submit_order < 30 ms p99. The menu is cached by the adapter
for POS_VOICE_MENU_CACHE_SECONDS; the cold read of the 500-item menu is reported on its own row.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import tempfile
import time
import typing as t
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "examples"))

import sqlalchemy as sa  # noqa: E402

SETTINGS: dict[str, t.Any] = {
    "TESTING": True, "SECRET_KEY": "bench", "POS_VOICE_OPENAI_API_KEY": "sk-bench",
    "POS_VOICE_TWILIO_AUTH_TOKEN": "bench", "POS_VOICE_PUBLIC_BASE_URL": "https://bench.example.com",
    "POS_VOICE_STAFF_PHONE": "+15550001111", "POS_VOICE_MENU_CACHE_SECONDS": 3600,
    "POS_VOICE_ACCEPT_ORDERS_WHEN_CLOSED": True,  # the bench runs at any hour
}
MENU_TOOLS = {"get_menu", "get_item_details", "get_specials", "check_availability"}

ADJECTIVES = ["Spicy", "Classic", "Smoky", "Garden", "Tuscan", "Roman", "Neapolitan", "Calabrian",
              "Sicilian", "Rustic", "Golden", "Crispy", "Creamy", "Zesty", "Hearty", "Sweet", "Fiery",
              "Herbed", "Roasted", "Grilled"]
PROTEINS = ["Chicken", "Sausage", "Meatball", "Eggplant", "Shrimp", "Salmon", "Prosciutto", "Salami", "Steak",
            "Mushroom", "Spinach", "Artichoke", "Pesto", "Truffle", "Ricotta", "Burrata", "Pancetta", "Tuna",
            "Veal", "Turkey", "Broccoli", "Zucchini", "Olive"]
DISHES = [("Pizza", "Pizzas", True), ("Panini", "Sandwiches", False), ("Risotto", "Entrees", False),
          ("Ravioli", "Pastas", False), ("Calzone", "Calzones", False), ("Salad", "Salads", False),
          ("Gnocchi", "Pastas", False), ("Flatbread", "Appetizers", False), ("Hero", "Sandwiches", False)]


def grow_menu(target: int) -> int:
    """Add plausible dishes to the demo menu until it has ``target`` products."""
    from pizzeria_pos.extensions import db
    from pizzeria_pos.models import Category, Ingredient, Product, ProductIngredient, ProductSize

    count = db.session.scalar(sa.select(sa.func.count()).select_from(Product)) or 0
    categories = {c.name: c for c in db.session.scalars(sa.select(Category))}
    dough = db.session.scalars(sa.select(Ingredient).filter_by(name="pizza dough")).one()
    rng = random.Random(500)
    names: set[str] = set(db.session.scalars(sa.select(Product.name)))
    while count < target:
        dish, category_name, sized = rng.choice(DISHES)
        name = f"{rng.choice(ADJECTIVES)} {rng.choice(PROTEINS)} {dish}"
        if name in names:
            continue
        names.add(name)
        category = categories.get(category_name)
        if category is None:
            category = Category(name=category_name, sort_order=len(categories) + 1)
            categories[category_name] = category
            db.session.add(category)
        price = Decimal(rng.randrange(699, 2499)) / 100
        product = Product(name=name, description=f"House {dish.lower()}.", category=category, price=price)
        if sized:
            product.sizes = [ProductSize(size_name=size, price=price + extra)
                             for size, extra in (("small", Decimal("0")), ("medium", Decimal("3")),
                                                 ("large", Decimal("6")))]
        product.ingredients = [ProductIngredient(ingredient=dough, quantity=Decimal("1"))]
        db.session.add(product)
        count += 1
    db.session.commit()
    return count


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


Run = tuple[dict[str, list[float]], int, float, list[float]]


def run(database_url: str, rounds: int, freeze_gc: bool = False) -> Run:
    """Timings per tool, menu size, cold menu read (ms), and the full GC pauses (ms) during the calls."""
    from pizzeria_pos import create_app
    from pizzeria_pos.seed import seed_demo

    from pos_voice.extension import get_state

    app = create_app({**SETTINGS, "SQLALCHEMY_DATABASE_URI": database_url})
    timings: dict[str, list[float]] = {}
    with app.app_context():
        state = get_state()
        state.db.create_all()
        seed_demo()
        size = grow_menu(500)
        started = time.perf_counter()
        menu = state.pos.menu(fresh=True)
        cold_ms = (time.perf_counter() - started) * 1000
        registry = state.tools
        names = [item.name.lower() for item in menu.items if not item.is_special]
        rng = random.Random(7)

        def new_call() -> t.Any:
            call = state.models.VoiceCall(call_sid="CA" + uuid.uuid4().hex, phone_from="+15550102030",
                                          state="live")
            state.db.session.add(call)
            state.db.session.commit()
            return registry.start_call(call.id, call.call_sid, "+15550102030")

        def timed(ctx: t.Any, name: str, arguments: dict[str, t.Any]) -> dict[str, t.Any]:
            started = time.perf_counter()
            result = registry.invoke(ctx, name, json.dumps(arguments))
            timings.setdefault(name, []).append((time.perf_counter() - started) * 1000)
            timings.setdefault(f"{name} (work)", []).append(result.work_ms)
            return t.cast(dict[str, t.Any], json.loads(result.output))

        if freeze_gc:
            gc.collect()
            gc.freeze()  # what a server does after warm-up: the long-lived objects leave the collector
        full_pauses: list[float] = []
        started_at: list[float] = []

        def watch_gc(phase: str, info: dict[str, t.Any]) -> None:
            if info.get("generation") != 2:
                return
            if phase == "start":
                started_at[:] = [time.perf_counter()]
            elif started_at:
                full_pauses.append((time.perf_counter() - started_at[0]) * 1000)

        gc.callbacks.append(watch_gc)
        for _ in range(rounds):
            ctx = new_call()
            item = rng.choice(names)
            timed(ctx, "get_menu", {"category": rng.choice(["pizzas", "drinks", "pastas", "sandwiches"])})
            timed(ctx, "get_item_details", {"item_name": item})
            timed(ctx, "check_availability", {"item_name": item})
            timed(ctx, "get_specials", {})
            timed(ctx, "start_order", {"order_type": "pickup"})
            timed(ctx, "add_item", {"item_name": "large pepperoni pizza", "modifiers": ["extra cheese"]})
            timed(ctx, "add_item", {"item_name": "two cokes", "size": "can"})
            timed(ctx, "modify_item", {"item": "the pepperoni", "changes": {"size": "medium"}})
            timed(ctx, "add_item", {"item_name": "garlic knots", "size": "6 piece"})
            timed(ctx, "remove_item", {"item": "the last one"})
            timed(ctx, "get_order_summary", {})
            timed(ctx, "get_hours", {})
            timed(ctx, "get_wait_time", {"order_type": "pickup"})
            timed(ctx, "get_location", {})
            answer = timed(ctx, "submit_order", {"customer_name": "Bench", "phone": "212-555-0130"})
            assert answer.get("ok"), answer
        gc.callbacks.remove(watch_gc)
        if freeze_gc:
            gc.unfreeze()
        state.db.session.remove()
        state.db.engine.dispose()
    return timings, size, cold_ms, full_pauses


def table(results: dict[str, Run]) -> str:
    """Per backend: the tool's work (validation + handler) and the whole invoke (+ event commit)."""
    backends = list(results)
    columns = " | ".join(f"{b} work p50 | {b} work p99 | {b} invoke p50 | {b} invoke p99" for b in backends)
    header = f"| tool | {columns} | target (p99) |"
    rows = [header, "|" + "---|" * (2 + 4 * len(backends))]
    tools = [name for name in next(iter(results.values()))[0] if not name.endswith("(work)")]
    for tool in tools:
        cells = []
        for backend in backends:
            work = results[backend][0][f"{tool} (work)"]
            total = results[backend][0][tool]
            cells.append(f"{percentile(work, 0.5):.2f} | {percentile(work, 0.99):.2f} | "
                         f"{percentile(total, 0.5):.2f} | {percentile(total, 0.99):.2f}")
        target = "< 5 ms" if tool in MENU_TOOLS else ("< 30 ms" if tool == "submit_order" else "")
        rows.append(f"| {tool} | " + " | ".join(cells) + f" | {target} |")
    cold = " | ".join(f"{results[b][2]:.1f} | | | " for b in backends)
    rows.append(f"| menu read, 500 items, uncached (once per cache period) | {cold} | |")
    return "\n".join(rows)


def main(argv: t.Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="p50/p99 of each tool on a 500-item menu")
    parser.add_argument("--rounds", type=int, default=200, help="calls per tool (default 200)")
    parser.add_argument("--postgres", default=os.environ.get("POS_VOICE_TEST_POSTGRES_URL"),
                        help="admin URL of a PostgreSQL server (a scratch database is created and dropped)")
    parser.add_argument("--freeze-gc", action="store_true",
                        help="gc.freeze() after warm-up, as a server can do once its app is loaded")
    args = parser.parse_args(argv)
    results: dict[str, Run] = {}
    folder = tempfile.mkdtemp(prefix="pos-voice-latency-")
    results["SQLite"] = run(f"sqlite:///{folder}/bench.sqlite", args.rounds, args.freeze_gc)
    if args.postgres:
        admin = sa.create_engine(args.postgres, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        name = f"pv_bench_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        try:
            url = sa.engine.make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
            results["PostgreSQL"] = run(url, args.rounds, args.freeze_gc)
        finally:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    items = next(iter(results.values()))[1]
    print(f"{items}-item menu, {args.rounds} calls per tool; times in ms. work = argument validation + "
          f"handler (what the caller waits for before the answer exists); invoke = work + the tool_call "
          f"event commit.\n")
    print(table(results))
    for backend, (_, _, _, pauses) in results.items():
        longest = f", the longest {max(pauses):.0f} ms" if pauses else ""
        print(f"\n{backend}: {len(pauses)} full (generation 2) garbage collections during the timed calls"
              f"{longest}{' (gc frozen after warm-up)' if args.freeze_gc else ''}.", end="")
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
