"""console/ is the core: importable with no Qt, and it never imports ui/ or PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CONSOLE = Path(__file__).resolve().parents[2] / "console"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def test_console_imports_without_loading_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(CONSOLE.parent).with_suffix("").parts)
        for p in CONSOLE.rglob("*.py")
        if "migrations" not in p.parts and p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{FORBIDDEN!r})\n"
        "print(len(sys.modules)); assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_module_in_console_imports_qt_or_ui() -> None:
    offenders = []
    for path in CONSOLE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []
