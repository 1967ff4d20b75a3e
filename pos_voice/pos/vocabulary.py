"""The words host POS databases use: table and column names, status, order-type and day words.

Every list the plugin matches a host's names or values against lives here, once: the mapper
(:mod:`.mapping`) reads table and column names, the adapter reads stored values (order types,
statuses, special days), the opening hours read day names.
"""

from __future__ import annotations

import re

#: Parts of the host schema and the config key that names each one's model.
PART_KEYS: dict[str, str] = {
    "product": "PRODUCT_MODEL",
    "order": "ORDER_MODEL",
    "order_item": "ORDER_ITEM_MODEL",
    "customer": "CUSTOMER_MODEL",
    "ingredient": "INGREDIENT_MODEL",
    "category": "CATEGORY_MODEL",
    "modifier": "MODIFIER_MODEL",
    "size": "SIZE_MODEL",
    "reward": "REWARDS_TABLE",
}

TABLE_NAMES: dict[str, tuple[str, ...]] = {
    "product": ("products", "menu_items", "items", "dishes", "menu", "product", "menu_item", "item",
                "dish", "menuitems", "menu_products", "food_items", "foods"),
    "order": ("orders", "tickets", "checks", "order", "ticket", "check", "sales", "bills",
              "customer_orders", "pos_orders"),
    "order_item": ("order_items", "ticket_items", "order_lines", "check_items", "line_items",
                   "order_details", "ticket_lines", "order_item", "orderitems", "order_line_items",
                   "sale_items", "bill_items"),
    "customer": ("customers", "guests", "clients", "patrons", "customer", "guest", "client",
                 "contacts"),
    "ingredient": ("ingredients", "inventory", "stock_items", "inventory_items", "ingredient",
                   "stock", "supplies"),
    "category": ("categories", "menu_categories", "product_categories", "sections", "menu_sections",
                 "category", "item_categories", "courses"),
    "modifier": ("modifiers", "toppings", "addons", "add_ons", "extras", "modifier_options",
                 "product_modifiers", "modifier", "topping", "options", "item_options"),
    "size": ("sizes", "product_sizes", "item_sizes", "menu_item_sizes", "variants",
             "product_variants", "item_variants", "portions", "size_options"),
    # a loyalty ledger: one row per points change, the balance is their sum
    "reward": ("rewards", "reward_transactions", "reward_points", "rewards_ledger", "loyalty",
               "loyalty_points", "loyalty_transactions", "loyalty_ledger", "points", "points_ledger",
               "point_transactions", "points_transactions", "stamps", "reward_history", "points_history",
               "reward_points_history", "loyalty_points_transactions", "customer_loyalty",
               "customer_loyalty_ledger"),
}

MONEY = "money"
STR, INT, NUM, BOOL, TIME, JSON = "str", "int", "num", "bool", "time", "json"

#: Column names recognised for each role, best first, with the kinds of type allowed.
ROLE_NAMES: dict[str, dict[str, tuple[tuple[str, ...], frozenset[str]]]] = {
    "product": {
        "name": (("name", "title", "item_name", "product_name", "display_name", "label"), frozenset({STR})),
        "price": (("price", "price_cents", "base_price", "base_price_cents", "unit_price",
                   "unit_price_cents", "amount", "amount_cents", "list_price", "menu_price"),
                  frozenset({MONEY})),
        "description": (("description", "desc", "details", "long_description", "blurb", "summary"),
                        frozenset({STR})),
        "category": (("category", "category_name", "section", "course", "menu_section", "menu_category",
                      "group", "kind"), frozenset({STR})),
        "size": (("size", "size_name", "portion"), frozenset({STR})),
        "active": (("active", "is_active", "available", "is_available", "enabled", "in_stock",
                    "on_menu", "visible", "is_visible"), frozenset({BOOL})),
        "inactive": (("discontinued", "archived", "is_archived", "deleted", "is_deleted", "hidden",
                      "is_hidden", "sold_out", "is_sold_out", "eighty_sixed", "is_86d", "is_86ed"),
                     frozenset({BOOL})),
        "stock": (("stock_count", "stock", "stock_qty", "stock_quantity", "quantity_on_hand", "qty_on_hand",
                   "on_hand", "inventory", "inventory_count", "quantity_available", "available_quantity",
                   "count_available", "remaining"), frozenset({INT, NUM})),
        "is_special": (("is_special", "special", "featured", "is_featured", "daily_special",
                        "is_daily_special", "is_promo"), frozenset({BOOL})),
        "special_days": (("special_days", "special_day", "special_on", "specials_days"), frozenset({STR})),
        "aliases": (("aliases", "alias", "nicknames", "synonyms", "also_known_as", "spoken_names"),
                    frozenset({STR, JSON})),
        "allergens": (("allergens", "allergen", "allergy_info", "allergen_info", "contains"),
                      frozenset({STR, JSON})),
        "sort": (("sort_order", "position", "display_order", "sort", "menu_order", "ordering"),
                 frozenset({INT, NUM})),
    },
    "category": {
        "name": (("name", "title", "label", "category_name", "display_name"), frozenset({STR})),
        "sort": (("sort_order", "position", "display_order", "sort", "ordering"), frozenset({INT, NUM})),
        "active": (("active", "is_active", "enabled", "visible"), frozenset({BOOL})),
    },
    "size": {
        "name": (("name", "size_name", "size", "label", "title", "portion"), frozenset({STR})),
        "price": (("price", "price_cents", "amount", "amount_cents", "unit_price", "unit_price_cents"),
                  frozenset({MONEY})),
        "price_delta": (("price_delta", "price_delta_cents", "upcharge", "upcharge_cents", "surcharge",
                         "extra", "extra_cents", "additional_price", "price_adjustment", "delta"),
                        frozenset({MONEY})),
        "sort": (("sort_order", "position", "display_order", "sort", "ordering"), frozenset({INT, NUM})),
        "active": (("active", "is_active", "available", "is_available", "enabled"), frozenset({BOOL})),
    },
    "modifier": {
        "name": (("name", "title", "label", "modifier_name", "topping_name", "display_name"),
                 frozenset({STR})),
        "price": (("price", "price_cents", "extra_price", "extra_price_cents", "upcharge", "upcharge_cents",
                   "amount", "amount_cents", "additional_price"), frozenset({MONEY})),
        "category": (("category", "group", "group_name", "kind", "type", "modifier_group"),
                     frozenset({STR})),
        "active": (("active", "is_active", "available", "is_available", "enabled", "in_stock"),
                   frozenset({BOOL})),
    },
    "ingredient": {
        "name": (("name", "title", "ingredient_name", "item_name", "label"), frozenset({STR})),
        "stock": (("stock", "stock_qty", "stock_quantity", "stock_count", "stock_level", "quantity", "qty",
                   "on_hand", "quantity_on_hand", "qty_on_hand", "current_stock", "amount", "count",
                   "remaining"), frozenset({INT, NUM})),
        "available": (("in_stock", "available", "is_available", "active", "is_active"), frozenset({BOOL})),
        "allergen": (("is_allergen", "allergen"), frozenset({BOOL})),
    },
    "product_ingredient": {},
    "order": {
        "number": (("order_number", "number", "ticket_no", "ticket_number", "order_no", "check_number",
                    "check_no", "receipt_number", "display_number", "order_num", "ticket_num"),
                   frozenset({STR, INT})),
        "name": (("customer_name", "guest_name", "client_name", "contact_name", "name", "caller_name"),
                 frozenset({STR})),
        "phone": (("phone", "phone_number", "customer_phone", "guest_phone", "contact_phone", "telephone",
                   "tel", "mobile", "contact_number", "callback_number", "caller_phone"), frozenset({STR})),
        "address": (("delivery_address", "address", "customer_address", "address_line1", "street",
                     "guest_address"), frozenset({STR})),
        "created_at": (("created_at", "opened_at", "created", "ordered_at", "placed_at", "timestamp",
                        "order_time", "created_on", "order_date", "date", "opened"), frozenset({TIME})),
        "status": (("status", "state", "order_status", "ticket_status"), frozenset({STR})),
        "type": (("order_type", "type", "service_type", "fulfillment", "fulfillment_type", "fulfilment",
                  "dining_option", "kind", "mode"), frozenset({STR})),
        "source": (("source", "channel", "origin", "order_source", "placed_via", "via", "sales_channel"),
                   frozenset({STR})),
        "subtotal": (("subtotal", "subtotal_cents", "sub_total", "sub_total_cents", "subtotal_amount",
                      "subtotal_amount_cents", "sub_total_amount", "subtotal_price", "net_amount",
                      "net_total"),
                     frozenset({MONEY})),
        "tax": (("tax", "tax_cents", "tax_amount", "tax_amount_cents", "sales_tax", "sales_tax_amount",
                 "tax_total", "vat", "vat_amount"), frozenset({MONEY})),
        # A column holding the tax *rate* (0.08875 or 8.875), not the amount.
        "tax_rate": (("tax_rate", "sales_tax_rate", "tax_percent", "tax_pct", "tax_percentage", "vat_rate"),
                     frozenset({NUM, INT})),
        "delivery_fee": (("delivery_fee", "delivery_fee_cents", "delivery_charge", "delivery_charge_cents"),
                         frozenset({MONEY})),
        "discount": (("discount", "discount_cents", "discount_amount", "discount_total", "reward_discount",
                      "discount_amount_cents"), frozenset({MONEY})),
        "total": (("total", "total_cents", "total_amount", "total_amount_cents", "grand_total",
                   "grand_total_cents", "total_price", "total_price_cents", "amount", "amount_cents"),
                  frozenset({MONEY})),
        "notes": (("notes", "note", "special_instructions", "instructions", "comments", "comment",
                   "kitchen_notes", "memo"), frozenset({STR})),
        "allergies": (("allergies", "allergy_notes", "allergy", "allergy_info"), frozenset({STR})),
    },
    "order_item": {
        "name": (("name", "item_name", "product_name", "title", "description", "label"), frozenset({STR})),
        "quantity": (("quantity", "qty", "count", "units"), frozenset({INT, NUM})),
        "unit_price": (("unit_price", "unit_price_cents", "price", "price_cents", "price_each",
                        "price_each_cents", "item_price", "item_price_cents"), frozenset({MONEY})),
        "line_total": (("line_total", "line_total_cents", "total", "total_cents", "total_price",
                        "total_price_cents", "subtotal", "subtotal_cents", "amount", "amount_cents",
                        "extended_price"), frozenset({MONEY})),
        "size": (("size", "size_name", "portion", "variant"), frozenset({STR})),
        "modifiers": (("modifiers", "modifications", "options", "toppings", "mods", "customizations",
                       "extras", "add_ons", "addons"), frozenset({STR, JSON})),
        "notes": (("notes", "note", "special_instructions", "instructions", "comments", "comment"),
                  frozenset({STR})),
    },
    "customer": {
        "name": (("name", "full_name", "customer_name", "display_name", "guest_name"), frozenset({STR})),
        "first_name": (("first_name", "firstname", "given_name", "fname"), frozenset({STR})),
        "last_name": (("last_name", "lastname", "surname", "family_name", "lname"), frozenset({STR})),
        "phone": (("phone", "phone_number", "mobile", "telephone", "tel", "cell", "contact_number",
                   "customer_phone", "guest_phone"), frozenset({STR})),
        "address": (("address", "delivery_address", "street_address", "address_line1", "street"),
                    frozenset({STR})),
        "created_at": (("created_at", "created", "joined_at", "created_on"), frozenset({TIME})),
        "order_count": (("order_count", "orders_count", "visit_count", "visits", "total_orders",
                         "num_orders"), frozenset({INT})),
        "last_order_at": (("last_order_at", "last_visit", "last_visit_at", "last_seen", "last_order_date",
                           "last_ordered_at"), frozenset({TIME})),
        # a secret the caller keys in to prove who they are (POS_VOICE_VERIFY_CALLERS = "pin")
        "pin": (("pin", "phone_pin", "pin_code", "passcode", "security_pin", "verification_pin"),
                frozenset({STR, INT})),
        # the loyalty balance (a decimal plain "balance" is money on account: pos/rewards.py drops it)
        "points": (("points", "loyalty_points", "reward_points", "rewards_points", "points_balance",
                    "current_points", "available_points", "loyalty_balance", "reward_balance",
                    "rewards_balance", "stamps", "balance"), frozenset({INT, NUM})),
    },
    "reward": {
        # a ledger's change per row; a table of one row per customer holds the balance itself
        "points": (("points", "points_delta", "delta", "points_change", "change", "amount", "points_earned",
                    "points_value", "stamps", "current_balance", "points_balance", "balance"),
                   frozenset({INT, NUM})),
        "reason": (("reason", "description", "message", "note", "notes", "memo", "transaction_type", "kind",
                    "type", "source"), frozenset({STR})),
        "created_at": (("created_at", "created", "timestamp", "occurred_at", "created_on", "created_on_utc",
                        "date"), frozenset({TIME})),
    },
}

#: Roles that are foreign keys (found by following FKs, not by name).
FK_ROLES: dict[str, tuple[str, ...]] = {
    "product": ("category_id",),
    "category": ("parent_id",),
    "size": ("product_id",),
    "modifier": ("product_id",),
    "product_ingredient": ("product_id", "ingredient_id"),
    "order": ("customer_id",),
    "reward": ("customer_id", "order_id"),
    "order_item": ("order_id", "product_id", "size_id"),
}

SIZE_WORDS = {
    "s": "small", "sm": "small", "sml": "small", "m": "medium", "med": "medium", "md": "medium",
    "l": "large", "lg": "large", "lrg": "large", "xl": "extra large", "xlarge": "extra large",
    "x_large": "extra large", "extra_large": "extra large", "reg": "regular", "personal": "personal",
}
NOT_SIZES = {"base", "unit", "list", "sale", "cost", "retail", "special", "promo", "discount", "original",
              "old", "new", "per", "total", "menu", "each", "item", "delta", "extra", "min", "max", "avg"}
SIZE_PRICE = re.compile(r"^(?:price_(?P<a>[a-z0-9_]+?)|(?P<b>[a-z0-9_]+?)_price)(?:_cents)?$")

#: Table-name prefixes some POS schemas put on every table (``tbl_MenuItems``).
TABLE_PREFIXES = ("tbl_", "tb_", "pos_", "app_", "core_", "t_")

#: Human words for each part, in problem messages ("no orders table found").
PART_WORDS = {
    "product": "products/menu", "order": "orders", "order_item": "order-items/order-lines",
    "customer": "customers", "ingredient": "ingredients/stock", "category": "categories",
    "modifier": "modifiers/toppings", "size": "sizes", "reward": "rewards/loyalty ledger",
}
#: Names of tables that are not the menu even when they have a name and a price.
NOT_PRODUCT_NAMES = {name for part, names in TABLE_NAMES.items() if part != "product" for name in names}
#: Names of tables that are not the orders even when they have a creation time.
NOT_ORDER_NAMES = {name for part in ("customer", "ingredient", "category", "modifier", "size", "reward")
                   for name in TABLE_NAMES[part]}
#: Product columns that point at the category (when the foreign key's table has another name).
CATEGORY_FKS = ("category_id", "category", "section_id", "menu_category_id", "group_id", "menu_group_id",
                "subcategory_id", "sub_category_id", "item_group_id", "product_group_id")
#: Parts of table names that say "a level of the menu's tree" (menu_groups, item_subcategories).
CATEGORY_HINTS = ("categor", "group", "section", "course")
#: Tables with a name and a price that are not the menu sold by phone.
NOT_MENU_NAMES = frozenset({"promotions", "promotion", "promos", "promo", "promo_codes", "coupons", "coupon",
                            "discounts", "discount", "offers", "deals", "vouchers", "gift_cards",
                            "price_history", "price_changes"})
#: Modifier tables whose name says so; "options"/"extras" need a price column to count.
CLEAR_MODIFIER_NAMES = {"modifiers", "modifier", "toppings", "topping", "addons", "add_ons",
                        "modifier_options", "product_modifiers"}
#: Tables that have a phone column but hold staff, not customers.
STAFF_TABLE_NAMES = ("users", "staff", "employees", "user", "employee", "stores")

# --- stored values ---------------------------------------------------------------------------

#: Statuses of an order that has just come in, best first (matched without regard to case).
NEW_STATUSES = ("new", "pending", "received", "open", "placed", "submitted", "queued", "ordered", "accepted",
                "waiting", "confirmed", "in_progress", "preparing", "active")
#: Order statuses after which an order no longer waits in the kitchen.
FINAL_STATUSES = ("completed", "complete", "done", "closed", "cancelled", "canceled", "void", "voided",
                  "paid", "delivered", "picked_up", "picked up", "pickedup", "refunded", "rejected",
                  "served", "fulfilled", "archived", "finished")
CANCELLED_STATUSES = ("cancelled", "canceled", "void", "voided", "refunded", "rejected")
#: Order-type values meaning pickup / delivery, best first, in the normal form of :func:`value_word`.
PICKUP_WORDS = ("pickup", "pick_up", "takeout", "take_out", "takeaway", "take_away", "carryout", "carry_out",
                "to_go", "togo", "collection", "collect", "phone_pickup")
DELIVERY_WORDS = ("delivery", "deliver", "delivered", "home_delivery")
#: Sources of an order that mean "by phone", best first.
PHONE_SOURCES = ("voice", "phone", "telephone", "call", "phone_order", "ai_phone")


def value_word(value: object) -> str:
    """A stored value as compared with the word lists: ``"Take-Out"`` -> ``"take_out"``."""
    return re.sub(r"[\s\-]+", "_", str(value).strip().lower())


def order_type_of(value: object) -> str | None:
    """``"pickup"`` / ``"delivery"`` for a host's order-type value, None when it is neither."""
    word = value_word(value)
    if word in PICKUP_WORDS:
        return "pickup"
    if word in DELIVERY_WORDS:
        return "delivery"
    return None


# --- days ------------------------------------------------------------------------------------

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Words naming several days at once ("weekends", "weekdays"), as weekday numbers (0 = Monday).
DAY_GROUPS: dict[str, tuple[int, ...]] = {"weekend": (5, 6), "weekends": (5, 6), "weekday": (0, 1, 2, 3, 4),
                                          "weekdays": (0, 1, 2, 3, 4)}
