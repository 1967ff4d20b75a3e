"""The ``POS_VOICE_COLUMNS`` role reference in the docs, generated from the vocabulary itself.

README.md and docs/integration.md carry the table between ``<!-- pos_voice:column-roles -->``
markers; ``python -m pos_voice.readme --write`` rewrites it and ``--check`` (``make lint``)
fails while a file is out of date, so the docs cannot drift from the code.
"""

from __future__ import annotations

from .vocabulary import FK_ROLES, PART_KEYS, ROLE_NAMES

START = "<!-- pos_voice:column-roles -->"
END = "<!-- /pos_voice:column-roles -->"

#: What each role is for, when the name alone does not say it.
_NOTES = {
    "product.size_prices": 'a mapping of size to price column: `{"small": "price_sm", "large": "price_lg"}`',
    "product.inactive": "true hides the item (discontinued, 86'd)",
    "product.special_days": 'the days a special is sold: "tue", "weekends"',
    "order.number": "the number told to the caller; read back after the insert whoever fills it",
    "order.tax": "the tax amount",
    "order.tax_rate": "a column holding the tax rate (0.08875 or 8.875), not the amount",
    "order.type": "pickup or delivery, in the host's words",
    "order.source": "written `POS_VOICE_ORDER_SOURCE_VALUE`",
    "category.parent_id": "the next level up of a nested menu (group -> category)",
    "order_item.line_total": "quantity x unit price",
    "order.discount": "a rewards redemption's discount (the total already has it off)",
    "customer.points": "the loyalty balance (whole points); `POS_VOICE_REWARDS_COLUMN` names it too",
    "reward.points": "the points each ledger row adds (or takes, negative); the balance is their sum",
}
_PARTS = ("product", "category", "size", "modifier", "ingredient", "product_ingredient", "order",
          "order_item", "customer", "reward")


def column_roles_markdown() -> str:
    """The table of every ``<part>.<role>`` key, with the column names recognised without it."""
    lines = ["| key | columns recognised without it | |", "|---|---|---|"]
    for part in _PARTS:
        roles: list[tuple[str, str]] = []
        for role, (names, _kinds) in ROLE_NAMES.get(part, {}).items():
            shown = ", ".join(f"`{n}`" for n in names[:4]) + (" …" if len(names) > 4 else "")
            roles.append((role, shown))
        if part == "product":
            roles.append(("size_prices", "`price_small`/`small_price` … (two or more)"))
        for role in FK_ROLES.get(part, ()):
            roles.append((role, "found from the foreign keys"))
        for role, shown in roles:
            key = f"{part}.{role}"
            lines.append(f"| `{key}` | {shown} | {_NOTES.get(key, '')} |")
    models = ", ".join(f"`POS_VOICE_{key}`" for key in PART_KEYS.values())
    lines.append("")
    lines.append(f"Which table is each part: {models} (a class or table name; `\"none\"` turns an optional "
                 "part off).")
    return "\n".join(lines)

