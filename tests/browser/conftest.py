"""A real headless Chromium (Debian's /usr/bin/chromium, never downloaded) against the demo POS.

The demo app is served on a loopback port by tests/support/servers.serve; screenshots of each
page go to ``artifacts/screenshots/`` (or ``$POS_VOICE_ARTIFACTS_DIR``) as build artifacts.
"""

from __future__ import annotations

import os
import typing as t
from collections.abc import Iterator
from pathlib import Path

import axe_playwright_python
import pytest

from tests.support.servers import serve

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--autoplay-policy=no-user-gesture-required"]  # the alert sound plays in headless tests
ROOT = Path(__file__).resolve().parents[2]
TABLET = {"width": 1024, "height": 768}
#: The two sizes the staff pages are built for: the back-office desktop and the counter tablet upright.
DESKTOP = {"width": 1366, "height": 768}
TABLET_PORTRAIT = {"width": 820, "height": 1180}
SIZES = {"desktop": DESKTOP, "tablet": TABLET_PORTRAIT}
#: axe-core's script, as the axe-playwright-python package ships it (a test dependency).
AXE = Path(axe_playwright_python.__file__).resolve().parent / "axe.min.js"


def artifacts_dir() -> Path:
    configured = os.environ.get("POS_VOICE_ARTIFACTS_DIR")
    path = Path(configured) if configured else ROOT / "artifacts" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")  # closed after each module: no browser idling through the rest of the suite
def chromium() -> Iterator[t.Any]:
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium); "
                    ".ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def demo_url(demo_app: t.Any) -> Iterator[str]:
    """The demo POS served on 127.0.0.1 (a real HTTP server)."""
    with serve(demo_app) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture
def page(chromium: t.Any) -> Iterator[t.Any]:
    context = chromium.new_context(viewport=TABLET, device_scale_factor=1, locale="en-US")
    context.set_default_timeout(10_000)
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


def screenshot(page: t.Any, name: str) -> Path:
    path = artifacts_dir() / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page: t.Any, base_url: str, username: str = "staff", password: str = "pizza") -> None:
    """Through the demo POS's own login page, like staff at the counter."""
    page.goto(f"{base_url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)


def axe_violations(page: t.Any, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict[str, t.Any]]:
    """axe-core's violations of these impacts on the page as it is now (rule, impact, where)."""
    assert AXE.exists(), f"axe-core is missing ({AXE}): run make install (pip: axe-playwright-python)"
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"rule": v["id"], "impact": v["impact"], "help": v["help"],
             "where": [n["target"] for n in v["nodes"]][:5],
             "why": [n.get("failureSummary", "") for n in v["nodes"]][:2]}
            for v in results["violations"] if v.get("impact") in impacts]
