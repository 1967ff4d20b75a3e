"""Demo data: Tony's menu, stock, toppings, a few regulars with past orders, and a staff login.

``seed_demo()`` (inside an app context) or ``flask seed-demo``. It does nothing when the menu
already has products, so it is safe to run on every start.
"""

from __future__ import annotations

import random
import typing as t
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
import sqlalchemy as sa
from flask import Flask, current_app

from .extensions import db
from .models import (
    Category,
    Customer,
    Ingredient,
    Modifier,
    Order,
    OrderItem,
    Product,
    ProductIngredient,
    ProductSize,
    User,
    utcnow,
)

CENT = Decimal("0.01")
DEMO_USERNAME, DEMO_PASSWORD = "staff", "pizza"

# name: (unit, stock, low-stock threshold). Plenty of everything, so every dish is available.
INGREDIENTS: dict[str, tuple[str, str, str]] = {
    "pizza dough": ("balls", "120", "20"),
    "mozzarella": ("lb", "80", "15"),
    "tomato sauce": ("qt", "60", "10"),
    "pepperoni": ("lb", "25", "5"),
    "italian sausage": ("lb", "20", "4"),
    "mushrooms": ("lb", "15", "3"),
    "onions": ("lb", "20", "4"),
    "green peppers": ("lb", "15", "3"),
    "black olives": ("lb", "10", "2"),
    "ham": ("lb", "12", "3"),
    "bacon": ("lb", "12", "3"),
    "pineapple": ("lb", "10", "2"),
    "grilled chicken": ("lb", "25", "5"),
    "bbq sauce": ("qt", "8", "2"),
    "buffalo sauce": ("qt", "10", "2"),
    "ranch dressing": ("qt", "8", "2"),
    "ricotta": ("lb", "15", "3"),
    "fresh basil": ("bunches", "12", "3"),
    "garlic": ("lb", "10", "2"),
    "olive oil": ("qt", "12", "2"),
    "italian bread": ("loaves", "20", "4"),
    "parmesan": ("lb", "12", "2"),
    "steak": ("lb", "10", "2"),
    "spaghetti": ("lb", "40", "8"),
    "penne": ("lb", "40", "8"),
    "fettuccine": ("lb", "30", "6"),
    "lasagna noodles": ("lb", "15", "3"),
    "meatballs": ("each", "90", "20"),
    "alfredo cream": ("qt", "20", "4"),
    "vodka sauce": ("qt", "12", "3"),
    "shrimp": ("lb", "14", "3"),
    "clams": ("lb", "10", "2"),
    "calamari": ("lb", "10", "2"),
    "eggplant": ("each", "20", "4"),
    "romaine lettuce": ("heads", "30", "6"),
    "mixed greens": ("lb", "10", "2"),
    "tomatoes": ("lb", "20", "4"),
    "cucumbers": ("each", "20", "4"),
    "feta": ("lb", "8", "2"),
    "salami": ("lb", "8", "2"),
    "provolone": ("lb", "10", "2"),
    "croutons": ("bags", "10", "2"),
    "caesar dressing": ("qt", "6", "1"),
    "chicken wings": ("lb", "40", "8"),
    "french fries": ("lb", "50", "10"),
    "mozzarella sticks": ("each", "200", "40"),
    "cannoli shells": ("each", "60", "12"),
    "mascarpone": ("lb", "8", "2"),
    "ladyfingers": ("packs", "10", "2"),
    "cheesecake": ("slices", "24", "6"),
    "zeppole dough": ("lb", "10", "2"),
    "chocolate chip cookies": ("each", "48", "12"),
    "coca-cola": ("units", "96", "24"),
    "diet coke": ("units", "72", "24"),
    "sprite": ("units", "72", "24"),
    "ginger ale": ("units", "48", "12"),
    "bottled water": ("units", "96", "24"),
    "iced tea": ("units", "48", "12"),
}

PIZZA_BASE = ("pizza dough", "mozzarella", "tomato sauce")

# Major food allergens each ingredient brings; a dish's allergens are the union over its ingredients.
INGREDIENT_ALLERGENS: dict[str, tuple[str, ...]] = {
    "pizza dough": ("wheat",), "spaghetti": ("wheat",), "penne": ("wheat",),
    "fettuccine": ("wheat", "eggs"), "lasagna noodles": ("wheat", "eggs"), "croutons": ("wheat",),
    "italian bread": ("wheat",), "zeppole dough": ("wheat", "eggs", "milk"),
    "cannoli shells": ("wheat", "eggs"), "ladyfingers": ("wheat", "eggs"),
    "chocolate chip cookies": ("wheat", "eggs", "milk", "soy"), "meatballs": ("wheat", "eggs", "milk"),
    "mozzarella": ("milk",), "ricotta": ("milk",), "parmesan": ("milk",), "provolone": ("milk",),
    "feta": ("milk",), "mascarpone": ("milk", "eggs"), "alfredo cream": ("milk",), "vodka sauce": ("milk",),
    "cheesecake": ("milk", "eggs", "wheat"), "mozzarella sticks": ("milk", "wheat", "eggs"),
    "ranch dressing": ("milk", "eggs"), "caesar dressing": ("eggs", "fish", "milk"),
    "shrimp": ("shellfish",), "clams": ("shellfish",), "calamari": ("shellfish", "wheat"),
}
#: Dishes breaded or finished with something their ingredient list does not show.
EXTRA_ALLERGENS: dict[str, tuple[str, ...]] = {
    "Chicken Parmigiana": ("wheat", "eggs"), "Eggplant Parmigiana": ("wheat", "eggs"),
    "Shrimp Scampi": ("milk",), "Garlic Knots": ("milk",), "Garlic Bread": ("milk",),
}


def allergens_of(name: str, uses: t.Iterable[str]) -> str | None:
    found = {a for ingredient in uses for a in INGREDIENT_ALLERGENS.get(ingredient, ())}
    found.update(EXTRA_ALLERGENS.get(name, ()))
    return ", ".join(sorted(found)) or None

# (name, description, sizes {name: price} or a single price, extra ingredients, aliases)
Dish = tuple[str, str, dict[str, str] | str, tuple[str, ...], str | None]

MENU: list[tuple[str, list[Dish]]] = [
    ("Pizzas", [
        ("Cheese Pizza", "Our classic New York pie: tomato sauce and whole-milk mozzarella.",
         {"small": "10.99", "medium": "13.99", "large": "16.99"}, PIZZA_BASE, "plain pizza, regular pizza"),
        ("Pepperoni Pizza", "Loaded with cup-and-char pepperoni.",
         {"small": "12.49", "medium": "15.49", "large": "18.99"}, (*PIZZA_BASE, "pepperoni"),
         "pepperoni pie, roni"),
        ("Sausage Pizza", "Sweet Italian sausage crumbled over mozzarella.",
         {"small": "12.49", "medium": "15.49", "large": "18.99"}, (*PIZZA_BASE, "italian sausage"), None),
        ("Mushroom Pizza", "Fresh sliced mushrooms.",
         {"small": "12.49", "medium": "15.49", "large": "18.99"}, (*PIZZA_BASE, "mushrooms"), None),
        ("Veggie Pizza", "Mushrooms, onions, green peppers and black olives.",
         {"small": "13.99", "medium": "16.99", "large": "20.99"},
         (*PIZZA_BASE, "mushrooms", "onions", "green peppers", "black olives"),
         "vegetable pizza, veggie lovers"),
        ("Supreme Pizza", "Pepperoni, sausage, mushrooms, onions, peppers and olives.",
         {"small": "14.99", "medium": "18.49", "large": "22.99"},
         (*PIZZA_BASE, "pepperoni", "italian sausage", "mushrooms", "onions", "green peppers",
          "black olives"),
         "deluxe pizza, everything pizza, the works"),
        ("Meat Lovers Pizza", "Pepperoni, sausage, ham, bacon and meatballs.",
         {"small": "14.99", "medium": "18.49", "large": "22.99"},
         (*PIZZA_BASE, "pepperoni", "italian sausage", "ham", "bacon", "meatballs"),
         "meat lover's, meat pizza"),
        ("Margherita Pizza", "Fresh mozzarella, basil, olive oil and San Marzano tomato sauce.",
         {"small": "13.49", "medium": "16.49", "large": "19.99"},
         (*PIZZA_BASE, "fresh basil", "olive oil"), "margarita pizza"),
        ("Hawaiian Pizza", "Ham and pineapple.",
         {"small": "13.99", "medium": "16.99", "large": "20.99"}, (*PIZZA_BASE, "ham", "pineapple"),
         "ham and pineapple"),
        ("BBQ Chicken Pizza", "Grilled chicken, red onion and tangy BBQ sauce.",
         {"small": "14.49", "medium": "17.99", "large": "21.99"},
         ("pizza dough", "mozzarella", "grilled chicken", "bbq sauce", "onions"), "barbecue chicken pizza"),
        ("Buffalo Chicken Pizza", "Grilled chicken tossed in buffalo sauce with a ranch drizzle.",
         {"small": "14.49", "medium": "17.99", "large": "21.99"},
         ("pizza dough", "mozzarella", "grilled chicken", "buffalo sauce", "ranch dressing"),
          "buffalo pizza"),
        ("White Pizza", "No sauce: ricotta, mozzarella, garlic and olive oil.",
         {"small": "13.49", "medium": "16.49", "large": "19.99"},
         ("pizza dough", "mozzarella", "ricotta", "garlic", "olive oil"), "pizza bianca"),
    ]),
    ("Specialty Pizzas", [
        ("Tony's Special", "The house pie: sausage, pepperoni, roasted peppers, onions and ricotta dollops.",
         {"small": "15.49", "medium": "18.99", "large": "23.99"},
         (*PIZZA_BASE, "italian sausage", "pepperoni", "green peppers", "onions", "ricotta"),
         "house special"),
        ("Chicken Bacon Ranch Pizza", "Grilled chicken, crispy bacon and ranch on a white base.",
         {"small": "14.99", "medium": "18.49", "large": "22.99"},
         ("pizza dough", "mozzarella", "grilled chicken", "bacon", "ranch dressing"), "chicken ranch pizza"),
        ("Philly Cheesesteak Pizza", "Shaved steak, onions, peppers and provolone.",
         {"small": "15.49", "medium": "18.99", "large": "23.99"},
         ("pizza dough", "provolone", "steak", "onions", "green peppers"), "cheesesteak pizza"),
        ("Grandma Pie", "Thin square pie with plum tomato sauce, garlic, basil and mozzarella.",
         {"medium": "17.99", "large": "22.99"},
         ("pizza dough", "mozzarella", "tomato sauce", "garlic", "fresh basil"),
          "grandma pizza, grandma square"),
        ("Sicilian Pizza", "Thick, airy square pie baked in a sheet pan (12 slices).", "21.99",
         PIZZA_BASE, "sicilian, square pie, thick crust"),
    ]),
    ("Slices", [
        ("Cheese Slice", "One big New York slice.", "3.25", PIZZA_BASE, "plain slice, slice of cheese"),
        ("Pepperoni Slice", "One big New York slice with pepperoni.", "3.75", (*PIZZA_BASE, "pepperoni"),
         "slice of pepperoni, pepperoni slice"),
    ]),
    ("Pastas", [
        ("Spaghetti and Meatballs", "Three house meatballs in marinara over spaghetti.", "14.99",
         ("spaghetti", "meatballs", "tomato sauce", "parmesan"),
          "spaghetti with meatballs, spaghetti & meatballs"),
        ("Baked Ziti", "Penne, ricotta and marinara baked under mozzarella.", "13.99",
         ("penne", "ricotta", "mozzarella", "tomato sauce"), "ziti"),
        ("Lasagna", "Layers of beef ragu, ricotta and mozzarella.", "15.99",
         ("lasagna noodles", "ricotta", "mozzarella", "tomato sauce", "meatballs"), "lasagne, meat lasagna"),
        ("Chicken Alfredo", "Fettuccine in parmesan cream sauce with grilled chicken.", "16.99",
         ("fettuccine", "alfredo cream", "parmesan", "grilled chicken"), "chicken fettuccine alfredo"),
        ("Fettuccine Alfredo", "Fettuccine in parmesan cream sauce.", "13.99",
         ("fettuccine", "alfredo cream", "parmesan"), "alfredo, fettuccine alfredo"),
        ("Penne alla Vodka", "Penne in a pink tomato-cream vodka sauce.", "14.49",
         ("penne", "vodka sauce", "parmesan"), "penne vodka, vodka pasta"),
        ("Shrimp Scampi", "Shrimp sauteed in garlic, butter and white wine over linguine.", "18.99",
         ("shrimp", "garlic", "olive oil", "spaghetti"), "scampi, shrimp pasta"),
        ("Seafood Pasta", "Shrimp and clams in a light marinara over linguine.", "21.99",
         ("shrimp", "clams", "tomato sauce", "spaghetti", "garlic"), "seafood linguine, frutti di mare"),
        ("Chicken Parmigiana", "Breaded chicken cutlet, marinara and mozzarella, with spaghetti.", "17.99",
         ("grilled chicken", "mozzarella", "tomato sauce", "spaghetti"), "chicken parm, chicken parmesan"),
        ("Eggplant Parmigiana", "Breaded eggplant, marinara and mozzarella, with spaghetti.", "15.99",
         ("eggplant", "mozzarella", "tomato sauce", "spaghetti"), "eggplant parm, eggplant parmesan"),
    ]),
    ("Calzones", [
        ("Cheese Calzone", "Ricotta and mozzarella folded in our dough, marinara on the side.", "11.99",
         ("pizza dough", "ricotta", "mozzarella"), "calzone"),
        ("Pepperoni Stromboli", "Rolled with pepperoni, mozzarella and provolone.", "12.99",
         ("pizza dough", "pepperoni", "mozzarella", "provolone"), "stromboli"),
    ]),
    ("Sides", [
        ("Garlic Knots", "Tossed in garlic, olive oil and parmesan.", {"6 piece": "4.99", "12 piece": "8.49"},
         ("pizza dough", "garlic", "olive oil", "parmesan"), "knots"),
        ("Chicken Wings", "Crispy wings: buffalo, BBQ or plain, with blue cheese or ranch.",
         {"6 piece": "8.99", "12 piece": "15.99"}, ("chicken wings", "buffalo sauce"),
         "wings, buffalo wings, hot wings"),
        ("Mozzarella Sticks", "Six breaded sticks with marinara.", "7.99", ("mozzarella sticks",
         "tomato sauce"),
         "mozz sticks, cheese sticks"),
        ("French Fries", "Crispy shoestring fries.", "3.99", ("french fries",), "fries"),
        ("Fried Calamari", "Lightly fried, with marinara and lemon.", "12.99", ("calamari", "tomato sauce"),
         "calamari"),
        ("Garlic Bread", "Toasted Italian bread with garlic butter.", "4.99",
         ("italian bread", "garlic", "olive oil"), None),
    ]),
    ("Salads", [
        ("Garden Salad", "Mixed greens, tomatoes, cucumbers and onions.", "7.99",
         ("mixed greens", "tomatoes", "cucumbers", "onions"), "house salad, green salad"),
        ("Caesar Salad", "Romaine, parmesan, croutons and Caesar dressing.", "8.99",
         ("romaine lettuce", "parmesan", "croutons", "caesar dressing"), None),
        ("Greek Salad", "Greens, feta, olives, tomatoes, cucumbers and onions.", "9.49",
         ("mixed greens", "feta", "black olives", "tomatoes", "cucumbers", "onions"), None),
        ("Antipasto Salad", "Salami, ham, provolone, olives and peppers over greens.", "11.99",
         ("mixed greens", "salami", "ham", "provolone", "black olives", "green peppers"), "antipasto"),
    ]),
    ("Drinks", [
        ("Coke", "Coca-Cola.", {"can": "1.75", "2 liter": "3.99"}, ("coca-cola",),
         "coca cola, coca-cola, cola"),
        ("Diet Coke", "Diet Coca-Cola.", {"can": "1.75", "2 liter": "3.99"}, ("diet coke",), "diet"),
        ("Sprite", "Lemon-lime soda.", {"can": "1.75", "2 liter": "3.99"}, ("sprite",), "lemon lime soda"),
        ("Ginger Ale", "Canada Dry ginger ale.", {"can": "1.75", "2 liter": "3.99"}, ("ginger ale",), None),
        ("Bottled Water", "16.9 oz spring water.", "1.50", ("bottled water",), "water"),
        ("Iced Tea", "Brewed lemon iced tea, 20 oz bottle.", "2.49", ("iced tea",), "tea"),
    ]),
    ("Desserts", [
        ("Cannoli", "Crisp shell filled to order with sweet ricotta and chocolate chips.", "3.99",
         ("cannoli shells", "ricotta"), "canoli, cannolis"),
        ("Tiramisu", "Espresso-soaked ladyfingers with mascarpone cream.", "6.49",
         ("ladyfingers", "mascarpone"), None),
        ("New York Cheesecake", "A thick slice of classic cheesecake.", "5.99", ("cheesecake",),
         "cheesecake"),
        ("Zeppole", "Six fried dough puffs dusted with powdered sugar.", "5.49", ("zeppole dough",),
         "zeppoli, fried dough"),
        ("Chocolate Chip Cookie", "Baked every morning.", "1.99", ("chocolate chip cookies",), "cookie"),
    ]),
]

# (name, description, price, special_days or None for every day, ingredients, aliases)
SPECIALS: list[tuple[str, str, str, str | None, tuple[str, ...], str | None]] = [
    ("Lunch Special", "Two cheese slices and a can of soda, until 3 pm.", "6.99", "mon,tue,wed,thu,fri",
     PIZZA_BASE, "two slices and a soda, slice special"),
    ("Family Deal", "A large cheese pizza, 12 wings and a 2 liter soda.", "34.99", None,
     (*PIZZA_BASE, "chicken wings", "coca-cola"), "family special, family meal"),
    ("Two Large Cheese Tuesday", "Two large cheese pizzas, Tuesdays only.", "24.99", "tue", PIZZA_BASE,
     "two large cheese, tuesday special"),
    ("Weekend Seafood Platter", "Fried calamari and shrimp scampi for two.", "32.99", "fri,sat,sun",
     ("calamari", "shrimp", "garlic", "spaghetti"), "seafood platter"),
]

# (name, price, category)
MODIFIERS: list[tuple[str, str, str]] = [
    ("extra cheese", "1.50", "topping"), ("pepperoni", "1.75", "topping"), ("sausage", "1.75", "topping"),
    ("meatballs", "2.00", "topping"), ("bacon", "2.00", "topping"), ("ham", "1.75", "topping"),
    ("grilled chicken", "2.50", "topping"), ("anchovies", "2.00", "topping"),
    ("mushrooms", "1.25", "topping"),
    ("onions", "1.00", "topping"), ("green peppers", "1.00", "topping"), ("black olives", "1.25", "topping"),
    ("pineapple", "1.25", "topping"), ("jalapenos", "1.00", "topping"), ("spinach", "1.25", "topping"),
    ("fresh garlic", "0.75", "topping"), ("ricotta", "1.50", "topping"), ("fresh basil", "0.75", "topping"),
    ("gluten-free crust", "3.00", "crust"), ("well done", "0.00", "preparation"),
    ("light sauce", "0.00", "preparation"), ("extra sauce", "0.50", "preparation"),
    ("ranch dressing", "0.75", "dip"), ("blue cheese dressing", "0.75", "dip"),
    ("side of marinara", "0.99", "dip"),
]

# Regulars who call in; Mike is the caller in the product document.
CUSTOMERS: list[tuple[str, str, str | None, str | None]] = [
    ("Mike Russo", "+15551234567", "mike.russo@example.com", "88 Elizabeth St, Apt 3, New York, NY 10013"),
    ("Angela Martinez", "+15552345678", "angela.m@example.com", "17 Spring St, New York, NY 10012"),
    ("Dave Chen", "+15553456789", None, "240 Lafayette St, New York, NY 10012"),
    ("Priya Patel", "+15554567890", "priya@example.com", None),
    ("Sal Esposito", "+15555678901", None, "5 Prince St, New York, NY 10012"),
    ("Jenna O'Brien", "+15556789012", "jenna.obrien@example.com", "301 Mott St, New York, NY 10012"),
]

PAST_ORDER_COUNT = 48
PAST_ORDER_DAYS = 28


def _money(value: str | Decimal) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def seed_demo() -> bool:
    """Create the demo data; ``False`` (and nothing changed) when products already exist."""
    if db.session.scalar(sa.select(sa.func.count()).select_from(Product)):
        return False
    ingredients = {name: Ingredient(name=name, unit=unit, stock_quantity=Decimal(stock),
                                    low_stock_threshold=Decimal(low))
                   for name, (unit, stock, low) in INGREDIENTS.items()}
    db.session.add_all(ingredients.values())

    def add_product(category: Category, name: str, description: str, price: str, sizes: dict[str, str],
                    uses: t.Iterable[str], aliases: str | None, special_days: str | None = None,
                    is_special: bool = False) -> Product:
        # The base price of a sized product is its smallest size ("from $10.99").
        base = min((Decimal(p) for p in sizes.values()), default=Decimal(price))
        uses = tuple(uses)
        product = Product(name=name, description=description, category=category, price=_money(base),
                          is_active=True, is_special=is_special, special_days=special_days, aliases=aliases,
                          allergens=allergens_of(name, uses))
        product.sizes = [ProductSize(size_name=size, price=_money(p)) for size, p in sizes.items()]
        product.ingredients = [ProductIngredient(ingredient=ingredients[name], quantity=Decimal("1"))
                               for name in uses]
        db.session.add(product)
        return product

    products: list[Product] = []
    for sort_order, (category_name, dishes) in enumerate(MENU, start=1):
        category = Category(name=category_name, sort_order=sort_order)
        db.session.add(category)
        for name, description, pricing, uses, aliases in dishes:
            sizes = pricing if isinstance(pricing, dict) else {}
            price = pricing if isinstance(pricing, str) else "0"
            products.append(add_product(category, name, description, price, sizes, uses, aliases))
    specials = Category(name="Specials", sort_order=0)
    db.session.add(specials)
    for name, description, price, days, uses, aliases in SPECIALS:
        add_product(specials, name, description, price, {}, uses, aliases, special_days=days, is_special=True)

    db.session.add_all(Modifier(name=name, price=_money(price), category=category, is_available=True)
                       for name, price, category in MODIFIERS)
    customers = [Customer(name=name, phone=phone, email=email, address=address,
                          created_at=utcnow() - timedelta(days=60 + i * 7))
                 for i, (name, phone, email, address) in enumerate(CUSTOMERS)]
    db.session.add_all(customers)

    staff = User(username=DEMO_USERNAME, is_admin=True)
    staff.set_password(DEMO_PASSWORD)
    db.session.add(staff)
    db.session.flush()
    _add_past_orders(products, customers)
    db.session.commit()
    return True


def _add_past_orders(products: list[Product], customers: list[Customer]) -> None:
    """Counter and online orders over the last weeks: the dashboard's "other channels" figures."""
    rng = random.Random(1047)  # the same history on every fresh database
    tax_rate = Decimal(str(current_app.config.get("POS_VOICE_TAX_RATE") or "0.08875"))
    try:
        zone = ZoneInfo(str(current_app.config.get("POS_VOICE_TIMEZONE") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    sellable = [p for p in products if p.category is not None and p.category.name != "Specials"]
    today = datetime.now(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    # Placed during opening hours (local time), oldest first so order numbers rise with time.
    placed = sorted(
        (today - timedelta(days=rng.randint(1, PAST_ORDER_DAYS)))
        .replace(hour=rng.randint(11, 21), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        .astimezone(UTC).replace(tzinfo=None)
        for _ in range(PAST_ORDER_COUNT)
    )
    for number, created_at in enumerate(placed, start=1):
        customer = rng.choice(customers) if rng.random() < 0.6 else None
        order_type = "delivery" if customer is not None and customer.address and rng.random() < 0.4 else (
            rng.choice(("pickup", "pickup", "dine_in")))
        order = Order(
            order_number=str(1000 + number),
            customer=customer,
            customer_name=customer.name if customer else rng.choice(("Walk-in", "Table 4", "Table 7", "Joe")),
            customer_phone=customer.phone if customer else None,
            order_type=order_type,
            status="cancelled" if number % 17 == 0 else "completed",
            source=rng.choice(("counter", "counter", "online")),
            delivery_address=customer.address if customer is not None and order_type == "delivery" else None,
            created_at=created_at,
        )
        subtotal = Decimal("0")
        for product in rng.sample(sellable, k=rng.randint(1, 4)):
            size = rng.choice(product.sizes) if product.sizes else None
            unit = size.price if size else product.price
            quantity = 1 if rng.random() < 0.8 else 2
            line_total = _money(unit * quantity)
            subtotal += line_total
            order.items.append(OrderItem(product=product, product_name=product.name,
                                         size=size.size_name if size else None, quantity=quantity,
                                         unit_price=unit, line_total=line_total))
        order.subtotal = _money(subtotal)
        order.tax = _money(subtotal * tax_rate)
        order.total = order.subtotal + order.tax
        db.session.add(order)


def register_cli(app: Flask) -> None:
    @app.cli.command("seed-demo")
    def seed_demo_command() -> None:
        """Fill an empty database with Tony's menu, stock, regulars and the staff/pizza login."""
        if seed_demo():
            count = db.session.scalar(sa.select(sa.func.count()).select_from(Product))
            click.echo(f"Seeded {count} menu items, {len(CUSTOMERS)} customers, "
                       f"{PAST_ORDER_COUNT} past orders; log in as {DEMO_USERNAME}/{DEMO_PASSWORD}.")
        else:
            click.echo("The menu already has products; nothing seeded.")
