"""Seventeenth blind held-out set (docstring written at merge)."""

from __future__ import annotations

from bench.menu_sets import ASK, UNKNOWN, Item, Variant, build_menu, modules

__all__ = ["ASK", "UNKNOWN", "Item", "Variant", "build_menu", "modules"]
