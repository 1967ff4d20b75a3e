"""The dependency rule, as code: below the entry points nothing looks the app up.

The import contracts (pyproject.toml, run by ``make lint``) keep imports flowing one way; this
reads the code for what an import check cannot see: ``current_app``, ``get_state()``,
``current_voice`` and ``setting()`` used below the entry points (web routes, CLI commands,
staff views, the bridge's route). There, the tools take what they need from their
CallContext and everything else takes it as arguments.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pos_voice"

#: The modules the rule covers: every module of these parts of the package...
BELOW_THE_ENTRY_POINTS = ("tools", "ordering", "pos", "telephony", "staff", "bridge")
#: ... except the entry points themselves.
ENTRY_POINTS = {"telephony/routes.py", "telephony/openai_webhook.py", "staff/views.py", "bridge/routes.py"}
#: Still to convert, each by the engineer who owns it in this wave (the list only shrinks).
NOT_CONVERTED_YET: dict[str, str] = {}
LOOKUPS = {"current_app", "get_state", "current_voice", "setting", "decimal_setting"}


def _lookups(path: Path) -> list[str]:
    """``"<line>: <name>"`` for each lookup in the module at ``path``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name = (node.id if isinstance(node, ast.Name)
                else node.attr if isinstance(node, ast.Attribute) else None)
        if name in LOOKUPS:
            found.append(f"{node.lineno}: {name}")
        if isinstance(node, ast.ImportFrom):
            found += [f"{node.lineno}: imports {a.name}" for a in node.names if a.name in LOOKUPS]
    return sorted(found, key=lambda line: int(line.split(":")[0]))


def _covered() -> list[Path]:
    return sorted(path for part in BELOW_THE_ENTRY_POINTS for path in (PACKAGE / part).rglob("*.py")
                  if str(path.relative_to(PACKAGE)) not in ENTRY_POINTS)


@pytest.mark.parametrize("path", _covered(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_below_the_entry_points_looks_the_app_up(path: Path) -> None:
    name = str(path.relative_to(PACKAGE))
    found = _lookups(path)
    if name in NOT_CONVERTED_YET:
        assert found, f"{name} is converted: take it off NOT_CONVERTED_YET"
        return
    assert found == [], f"{name}: pass what the code needs instead (services, settings, ctx): {found}"


def test_the_check_sees_a_lookup(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text("from flask import current_app\n\n\ndef f():\n    return setting('MODEL')\n")
    assert _lookups(module) == ["1: imports current_app", "5: setting"]


def test_the_import_contracts_hold() -> None:
    """``lint-imports`` (pyproject.toml): one-way layers, no cycles, no lookups below the entry points."""
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter), "--no-cache"], capture_output=True, text=True, timeout=120,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
