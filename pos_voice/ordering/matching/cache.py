"""One matcher per menu shape, reused across calls: building the indexes costs more than resolving."""

from __future__ import annotations

import threading
import typing as t
import weakref

from ...pos.types import Menu
from .matcher import MenuMatcher


#: id(menu) → (weak reference to the menu, alias key, matcher); menus are immutable values
def menu_shape(menu: Menu, aliases: t.Mapping[str, t.Any] | None = None) -> tuple[t.Any, ...]:
    """What the matcher's indexes depend on: names, aliases, categories, sizes, ingredients and
    descriptions — not prices or stock, which change between reads without changing how names
    resolve."""
    return (
        tuple((item.id, item.name, item.category, item.aliases, tuple(o.name for o in item.sizes),
               item.ingredients, item.description, item.is_special) for item in menu.items),
        tuple(m.name for m in menu.modifiers),
        tuple(sorted((str(k), str(v)) for k, v in (aliases or {}).items())),
    )


class _MatcherCache:
    """Matchers by menu object (fast path) and by menu shape (a fresh read of an unchanged menu
    reuses the indexes with the fresh items: current prices and availability, no rebuild)."""

    def __init__(self, size: int = 8) -> None:
        self.lock = threading.Lock()
        self.by_menu: dict[int, tuple[weakref.ref[Menu], tuple[t.Any, ...], MenuMatcher]] = {}
        self.by_shape: dict[tuple[t.Any, ...], MenuMatcher] = {}
        self.size = size

    def get(self, menu: Menu, aliases: t.Mapping[str, t.Any] | None) -> MenuMatcher:
        alias_key = tuple(sorted((str(k), str(v)) for k, v in (aliases or {}).items()))
        with self.lock:
            cached = self.by_menu.get(id(menu))
            if cached is not None and cached[0]() is menu and cached[1] == alias_key:
                return cached[2]
        shape = menu_shape(menu, aliases)
        with self.lock:
            known = self.by_shape.get(shape)
        matcher = known.rebind(menu) if known is not None else MenuMatcher(menu, aliases)
        with self.lock:
            for key in [k for k, v in self.by_menu.items() if v[0]() is None]:
                del self.by_menu[key]  # menus replaced by fresher reads
            self.by_menu[id(menu)] = (weakref.ref(menu), alias_key, matcher)
            self.by_shape.pop(shape, None)
            self.by_shape[shape] = matcher
            while len(self.by_shape) > self.size:
                del self.by_shape[next(iter(self.by_shape))]
        return matcher


_matchers = _MatcherCache()


def matcher_for(menu: Menu, aliases: t.Mapping[str, t.Any] | None = None) -> MenuMatcher:
    """The matcher for ``menu``: built once per menu shape, bound to this menu's current items."""
    return _matchers.get(menu, aliases)
