"""Refresh and compile the translation catalogues with Qt's own tools.

    uv run python -m ui.translations update   # pyside6-lupdate: ui/*.py -> translations/*.ts
    uv run python -m ui.translations compile  # pyside6-lrelease: *.ts -> *.qm (shipped)
    uv run python -m ui.translations status   # finished / unfinished messages per language
    uv run python -m ui.translations core     # only ui/core_messages.py (no .ts touched)

``update`` keeps every existing translation; a source string that changed or is new arrives
as unfinished, one that left the sources is dropped (-no-obsolete). Translate in Qt
Linguist (``pyside6-linguist``) or any editor, then ``compile`` and commit both files.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from console import paths
from ui.i18n import LANGUAGES, SOURCE_LANGUAGE, catalogue_path

ROOT = paths.resources_dir().parent
SOURCES_GLOB = "ui/*.py"
# The core's sentences for users (console.errors.Said) reach lupdate through this module.
CORE_MESSAGES = "ui/core_messages.py"
CORE_CONTEXT = "console"


def shipped_languages() -> list[str]:
    return [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of this environment (beside its Python first)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed: it comes with PySide6 (uv sync installs it).")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """The Python files whose strings the catalogues hold, relative to ``root``."""
    return sorted(str(p.relative_to(root)) for p in root.glob(SOURCES_GLOB))


def lupdate(ts_files: list[Path], *, root: Path = ROOT, no_obsolete: bool = True) -> str:
    """Extract every tr()/translate() string of the sources into these .ts files (merging)."""
    command = [tool("pyside6-lupdate"), *sources(root)]
    if no_obsolete:
        command.append("-no-obsolete")
    command += ["-ts", *(str(f) for f in ts_files)]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def lrelease(ts_file: Path, qm_file: Path) -> str:
    done = subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"pyside6-lrelease failed on {ts_file}:\n{done.stdout}{done.stderr}")
    return done.stdout


def core_templates(root: Path = ROOT) -> list[str]:
    """Every ``Said("template", ...)`` template in console/, in file order, once each.

    Raises ValueError naming the place of a template that is not a literal string."""
    found: dict[str, None] = {}
    bad: list[str] = []
    for path in sorted((root / "console").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name != "Said":
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, None)
            else:
                bad.append(f"{path.relative_to(root)}:{node.lineno}")
    if bad:
        raise ValueError("Said() needs a literal template at " + ", ".join(bad))
    return list(found)


def core_messages_source(root: Path = ROOT) -> str:
    """The text of ui/core_messages.py for the core's templates as they are now."""
    lines = [
        "# ruff: noqa: E501 (one sentence a line, as lupdate and translators see it)",
        '"""The core\'s sentences for users, for pyside6-lupdate: generated, do not edit.',
        "",
        "`uv run python -m ui.translations update` writes this from the Said('…') calls in",
        "console/ (console.errors.Said); ui.i18n.localized says them in the interface language.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "CORE_MESSAGES = (",
    ]
    for template in core_templates(root):
        literal = json.dumps(template, ensure_ascii=False)
        lines.append(f"    QT_TRANSLATE_NOOP({json.dumps(CORE_CONTEXT)}, {literal}),")
    lines += [")", "# fmt: on"]
    return "\n".join(lines) + "\n"


def write_core_messages(root: Path = ROOT) -> bool:
    """Refresh ui/core_messages.py; whether it changed."""
    path = root / CORE_MESSAGES
    text = core_messages_source(root)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    texts = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    texts = (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", texts, kind, numerus))
    return messages


def status() -> list[str]:
    lines = []
    for code in shipped_languages():
        messages = read_ts(catalogue_path(code, ".ts"))
        live = [m for m in messages if m.kind not in ("vanished", "obsolete")]
        done = sum(1 for m in live if m.kind == "")
        lines.append(f"{code}: {done} of {len(live)} finished")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ui.translations",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=("update", "compile", "status", "core"))
    args = parser.parse_args(argv)
    if args.command == "update":
        if write_core_messages():
            print(f"{CORE_MESSAGES}: the core's sentences changed")
        ts_files = [catalogue_path(code, ".ts") for code in shipped_languages()]
        print(lupdate(ts_files), end="")
    elif args.command == "compile":
        for code in shipped_languages():
            print(lrelease(catalogue_path(code, ".ts"), catalogue_path(code, ".qm")), end="")
    elif args.command == "core":
        changed = write_core_messages()
        print(f"{CORE_MESSAGES}: {'rewritten' if changed else 'already current'}")
    else:
        print("\n".join(status()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
