"""The POS's own pages: login, orders, order detail, menu and stock."""

from __future__ import annotations

import hmac
import re
import secrets
import typing as t
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from .counter import LineRequest, OrderError, OrderRequest, ring_up
from .extensions import db, login_manager
from .models import (
    ORDER_STATUSES,
    ORDER_TYPES,
    Category,
    Ingredient,
    Modifier,
    Order,
    Product,
    ProductIngredient,
    User,
)

bp = Blueprint("pizzeria", __name__, template_folder="templates", static_folder="static",
               static_url_path="/pos-static")

#: Where an order can go next from each status (the kitchen's buttons).
NEXT_STATUS: dict[str, tuple[str, ...]] = {
    "new": ("preparing", "cancelled"),
    "preparing": ("ready", "cancelled"),
    "ready": ("completed",),
    "completed": (),
    "cancelled": (),
}
ORDERS_PAGE_SIZE = 100
ORDER_FORM_LINES = 6
ITEM_CHOICE = re.compile(r"p(\d+)(?:s(\d+))?")
CSRF_SESSION_KEY = "pizzeria_csrf"


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id)) if user_id.isdigit() else None


# --- helpers shared by templates (also used by the plugin's pages, which extend base.html)

def voice_source_value() -> str:
    """The ``orders.source`` value pos_voice writes for phone orders taken by the assistant."""
    return str(current_app.config.get("POS_VOICE_ORDER_SOURCE_VALUE") or "voice")


def voice_url_prefix() -> str:
    state = current_app.extensions.get("pos_voice")
    return str(getattr(state, "url_prefix", None) or "/voice").rstrip("/")


def csrf_token() -> str:
    token = session.get(CSRF_SESSION_KEY)
    if not token:
        token = session[CSRF_SESSION_KEY] = secrets.token_urlsafe(32)
    return str(token)


def check_csrf() -> None:
    sent = request.form.get("csrf_token", "")
    expected = session.get(CSRF_SESSION_KEY, "")
    if not expected or not hmac.compare_digest(str(sent), str(expected)):
        abort(400, "The form expired; reload the page and try again.")


def format_money(value: t.Any) -> str:
    if value is None:
        return ""
    return f"${Decimal(str(value)):,.2f}"


def local_time(value: datetime | None, fmt: str = "%b %d, %I:%M %p") -> str:
    """Stored naive UTC shown in the restaurant's time zone."""
    if value is None:
        return ""
    try:
        zone = ZoneInfo(str(current_app.config.get("POS_VOICE_TIMEZONE") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return value.replace(tzinfo=UTC).astimezone(zone).strftime(fmt)


def register_template_helpers(app: Flask) -> None:
    app.jinja_env.filters["money"] = format_money
    app.jinja_env.filters["localtime"] = local_time

    @app.context_processor
    def pos_globals() -> dict[str, t.Any]:
        return {
            "csrf_token": csrf_token,
            "voice_source": voice_source_value(),
            "voice_prefix": voice_url_prefix(),
            "business_name": current_app.config.get("POS_VOICE_BUSINESS_NAME") or "Pizzeria",
        }


def _safe_next(target: str | None) -> str:
    """Only same-site paths, so the login form cannot be used as an open redirect."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("pizzeria.orders")


# --- pages

@bp.get("/")
def index() -> t.Any:
    return redirect(url_for("pizzeria.orders"))


@bp.route("/login", methods=["GET", "POST"])
def login() -> t.Any:
    if request.method == "POST":
        check_csrf()
        username = request.form.get("username", "").strip()
        user = db.session.scalar(sa.select(User).where(User.username == username))
        if user is not None and user.check_password(request.form.get("password", "")):
            login_user(user, remember=bool(request.form.get("remember")))
            return redirect(_safe_next(request.args.get("next")))
        flash("Wrong username or password.", "error")
        return render_template("pizzeria/login.html", username=username), 401
    if current_user.is_authenticated:
        return redirect(_safe_next(request.args.get("next")))
    return render_template("pizzeria/login.html", username="")


@bp.post("/logout")
def logout() -> t.Any:
    check_csrf()
    logout_user()
    flash("Logged out.", "info")
    return redirect(url_for("pizzeria.login"))


@bp.get("/orders")
@login_required
def orders() -> t.Any:
    status = request.args.get("status") or None
    source = request.args.get("source") or None
    query = (sa.select(Order).options(selectinload(Order.items))
             .order_by(Order.created_at.desc(), Order.id.desc()))
    if status in ORDER_STATUSES:
        query = query.where(Order.status == status)
    elif status == "open":
        query = query.where(Order.status.in_(("new", "preparing", "ready")))
    if source:
        query = query.where(Order.source == source)
    rows = db.session.scalars(query.limit(ORDERS_PAGE_SIZE)).all()
    open_count = db.session.scalar(
        sa.select(sa.func.count()).select_from(Order).where(Order.status.in_(("new", "preparing", "ready")))
    )
    sources = db.session.scalars(sa.select(Order.source).distinct().order_by(Order.source)).all()
    return render_template("pizzeria/orders.html", orders=rows, status=status, source=source,
                           sources=sources, statuses=ORDER_STATUSES, open_count=open_count)


@bp.route("/orders/new", methods=["GET", "POST"])
@login_required
def new_order() -> t.Any:
    """Ring up a counter order."""
    form = request.form if request.method == "POST" else None
    if form is not None:
        check_csrf()
        try:
            order = ring_up(_order_request(form))
        except OrderError as exc:
            flash(str(exc), "error")
        else:
            flash(f"Order #{order.order_number} sent to the kitchen: {format_money(order.total)}.", "info")
            return redirect(url_for("pizzeria.order_detail", order_id=order.id))
    categories = db.session.scalars(
        sa.select(Category).order_by(Category.sort_order, Category.name).options(
            selectinload(Category.products).selectinload(Product.sizes),
            selectinload(Category.products).selectinload(Product.ingredients)
            .selectinload(ProductIngredient.ingredient),
        )
    ).all()
    # Toppings first: they are what the counter adds most.
    modifiers = db.session.scalars(
        sa.select(Modifier).where(Modifier.is_available)
        .order_by(sa.case((Modifier.category == "topping", 0), else_=1), Modifier.category, Modifier.name)
    ).all()
    return render_template("pizzeria/new_order.html", categories=categories, modifiers=modifiers,
                           order_types=ORDER_TYPES, line_count=ORDER_FORM_LINES,
                           form=form or {}), (400 if form is not None else 200)


def _order_request(form: t.Any) -> OrderRequest:
    lines: list[LineRequest] = []
    for index in range(ORDER_FORM_LINES):
        choice = form.get(f"item-{index}", "")
        if not choice:
            continue
        match = ITEM_CHOICE.fullmatch(choice)
        if match is None:
            raise OrderError("That item is not on the menu.")
        try:
            quantity = int(form.get(f"qty-{index}") or 1)
            modifier_ids = [int(v) for v in form.getlist(f"mods-{index}") if v]
        except ValueError:
            raise OrderError("Quantities and toppings must be picked from the lists.") from None
        lines.append(LineRequest(product_id=int(match.group(1)),
                                 size_id=int(match.group(2)) if match.group(2) else None,
                                 quantity=quantity, modifier_ids=modifier_ids,
                                 notes=form.get(f"note-{index}", "").strip() or None))
    return OrderRequest(
        lines=lines,
        order_type=form.get("order_type", "pickup"),
        customer_name=form.get("customer_name", "").strip() or None,
        customer_phone=form.get("customer_phone", "").strip() or None,
        delivery_address=form.get("delivery_address", "").strip() or None,
        notes=form.get("notes", "").strip() or None,
    )


@bp.get("/orders/<int:order_id>")
@login_required
def order_detail(order_id: int) -> t.Any:
    order = db.session.get(Order, order_id, options=[selectinload(Order.items), selectinload(Order.customer)])
    if order is None:
        abort(404)
    call_id = voice_call_for_order(order.id) if order.source == voice_source_value() else None
    return render_template("pizzeria/order_detail.html", order=order,
                           next_statuses=NEXT_STATUS.get(order.status, ()), call_id=call_id)


def voice_call_for_order(order_id: int) -> int | None:
    """The phone call that placed this order, for a link to its transcript (pos_voice's voice_calls)."""
    state = current_app.extensions.get("pos_voice")
    voice_models = getattr(state, "models", None)
    if voice_models is None:
        return None
    try:
        return db.session.scalar(sa.select(voice_models.VoiceCall.id)
                                 .where(voice_models.VoiceCall.order_id == order_id).limit(1))
    except SQLAlchemyError:
        # The plugin's tables may not be migrated yet: the order page still works.
        db.session.rollback()
        return None


@bp.post("/orders/<int:order_id>/status")
@login_required
def order_status(order_id: int) -> t.Any:
    check_csrf()
    order = db.session.get(Order, order_id)
    if order is None:
        abort(404)
    new_status = request.form.get("status", "")
    if new_status not in NEXT_STATUS.get(order.status, ()):
        flash(f"Order #{order.order_number} cannot go from {order.status} to {new_status or 'nothing'}.",
              "error")
    else:
        order.status = new_status
        db.session.commit()
        flash(f"Order #{order.order_number} is {new_status}.", "info")
    return redirect(_safe_next(request.form.get("next")) if request.form.get("next")
                    else url_for("pizzeria.order_detail", order_id=order.id))


@bp.get("/menu")
@login_required
def menu() -> t.Any:
    categories = db.session.scalars(
        sa.select(Category).order_by(Category.sort_order, Category.name).options(
            selectinload(Category.products).selectinload(Product.sizes),
            selectinload(Category.products).selectinload(Product.ingredients)
            .selectinload(ProductIngredient.ingredient),
        )
    ).all()
    return render_template("pizzeria/menu.html", categories=categories)


@bp.get("/inventory")
@login_required
def inventory() -> t.Any:
    ingredients = db.session.scalars(
        sa.select(Ingredient).order_by(Ingredient.name).options(
            selectinload(Ingredient.products).selectinload(ProductIngredient.product)
        )
    ).all()
    return render_template("pizzeria/inventory.html", ingredients=ingredients)


@bp.post("/inventory/<int:ingredient_id>")
@login_required
def set_stock(ingredient_id: int) -> t.Any:
    """Set an ingredient's stock; 0 86's every dish that uses it (the phone assistant sees it too)."""
    check_csrf()
    ingredient = db.session.get(Ingredient, ingredient_id)
    if ingredient is None:
        abort(404)
    try:
        quantity = Decimal(request.form.get("stock_quantity", "").strip())
        if quantity < 0 or not quantity.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        flash("Stock must be a number of zero or more.", "error")
        return redirect(url_for("pizzeria.inventory"))
    ingredient.stock_quantity = quantity
    db.session.commit()
    level = "86'd" if quantity == 0 else f"{quantity} {ingredient.unit} in stock"
    flash(f"{ingredient.name}: {level}.", "info")
    return redirect(url_for("pizzeria.inventory") + f"#ingredient-{ingredient.id}")
