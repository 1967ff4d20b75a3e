"""Tony's Pizzeria: a small but real restaurant POS that hosts pos_voice the way a README says.

.. code-block:: sh

    cd examples
    export FLASK_APP=pizzeria_pos
    flask db upgrade && flask seed-demo && flask run

Settings come from ``create_app(config)``, then the environment (``DATABASE_URL``,
``SECRET_KEY``, every ``POS_VOICE_*``), then the demo defaults below.
"""

from __future__ import annotations

import logging
import os
import secrets
import typing as t
from decimal import Decimal
from pathlib import Path

from flask import Flask

from .extensions import db, login_manager, migrate

PACKAGE_DIR = Path(__file__).resolve().parent
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"

log = logging.getLogger(__name__)

#: What the demo tells pos_voice about the restaurant, unless config or environment say otherwise.
DEMO_VOICE_SETTINGS: dict[str, t.Any] = {
    "POS_VOICE_BUSINESS_NAME": "Tony's Pizzeria",
    "POS_VOICE_BUSINESS_ADDRESS": "214 Mulberry Street, New York, NY 10012",
    "POS_VOICE_BUSINESS_PHONE": "+12125550147",
    "POS_VOICE_DIRECTIONS": "On Mulberry between Prince and Spring, across from the bakery; "
                            "street parking only.",
    "POS_VOICE_TIMEZONE": "America/New_York",
    # New York City sales tax: a large pepperoni at $18.99 comes to $20.68, as in the product document.
    "POS_VOICE_TAX_RATE": Decimal("0.08875"),
    "POS_VOICE_DELIVERY_FEE": Decimal("2.99"),
    "POS_VOICE_DELIVERY_MINIMUM": Decimal("15.00"),
    # Plugin staff pages render inside the POS layout and link voice orders to the POS order page.
    "POS_VOICE_BASE_TEMPLATE": "pizzeria/base.html",
    "POS_VOICE_ORDER_URL": "/orders/{id}",
}


def database_url(config: dict[str, t.Any], instance_path: str) -> str:
    """The database to use: config, else ``$DATABASE_URL``, else a SQLite file in the instance folder."""
    url = config.get("SQLALCHEMY_DATABASE_URI") or os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{Path(instance_path) / 'pizzeria.sqlite'}"
    # Hosting platforms hand out postgres:// URLs; psycopg 3 is the driver installed with the extras.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return str(url)


def instance_secret_key(instance_path: Path) -> str:
    """A key generated once and kept in the instance folder, so every worker process signs
    sessions alike and staff stay logged in across restarts."""
    path = instance_path / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    key = secrets.token_hex(32)
    staging = instance_path / f".secret_key.{os.getpid()}"
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    try:
        # link() is atomic and refuses to overwrite: when two workers start at once, one key wins.
        os.link(staging, path)
    except FileExistsError:
        return path.read_text().strip()
    finally:
        staging.unlink()
    log.info("SECRET_KEY is not set: generated one in %s", path)
    return key


def create_app(config: dict[str, t.Any] | None = None) -> Flask:
    """Build the POS app with pos_voice registered on it."""
    from pos_voice import voice_bp

    config = dict(config or {})
    app = Flask(__name__, instance_relative_config=True)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    app.config["SQLALCHEMY_DATABASE_URI"] = database_url(config, app.instance_path)
    app.config["SECRET_KEY"] = (config.get("SECRET_KEY") or os.environ.get("SECRET_KEY")
                                or instance_secret_key(Path(app.instance_path)))
    app.config.update({k: v for k, v in config.items() if k not in ("SECRET_KEY", "SQLALCHEMY_DATABASE_URI")})
    for key, value in DEMO_VOICE_SETTINGS.items():
        # setdefault, and only when the environment has no value: env and config both win.
        if key not in app.config and not os.environ.get(key):
            app.config[key] = value

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True)
    login_manager.init_app(app)

    from . import models, views  # noqa: F401  (models: mapped before pos_voice inspects them)
    from .seed import register_cli

    app.register_blueprint(views.bp)
    views.register_template_helpers(app)
    register_cli(app)
    # The whole pos_voice integration; the host models above are imported so it can map them.
    app.register_blueprint(voice_bp)
    return app
