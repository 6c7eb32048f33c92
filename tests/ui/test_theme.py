"""Colours pass WCAG AA in the light and the dark theme, read from the code that uses them.

Every style sheet of the console (resources/style.qss and each string in ui/ that sets a
``color``) is parsed: a rule with a text colour is paired with its own background, or, when
it has none, with every background of the same style sheet and every surface text sits on
(the window, panes, table rows and headers); in the shared style sheet, with the surfaces.
Painted colours (table cells, chips, tiles, charts) are read from the constants the painting
code uses, and the palette roles from the palette the console installs. Normal text needs
4.5:1, large text (18 pt, or 14 pt bold) 3:1.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from console.settings import Settings
from tests.ui.conftest import (
    KnownCustomer,
    adopt_window,
    open_history,
    show_window,
    type_text,
)
from ui import theme
from ui.app import apply_look, create_window
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
STYLE = ROOT / "resources" / "style.qss"
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
THEMES = (theme.LIGHT, theme.DARK)


@dataclass(frozen=True)
class Pair:
    where: str
    fore: str
    back: str
    large: bool

    def needed(self) -> float:
        return 3.0 if self.large else 4.5


def _strings(path: Path) -> list[tuple[int, str]]:
    """String constants (and the literal parts of f-strings) of a module, with their lines."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "X"
                for v in node.values
            )
            found.append((node.lineno, text))
    return [(line, text) for line, text in found if "color" in text]


def _blocks(text: str) -> list[tuple[str, dict[str, str]]]:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    rules = re.findall(r"([^{}]*)\{([^{}]*)\}", text)
    if not rules:
        # A bare declaration list ("color: #b91c1c;") or rich text with style='…' attributes.
        styles = re.findall(r"style=['\"]([^'\"]*)['\"]", text) or [text]
        rules = [("", s) for s in styles]
    blocks = []
    for selector, body in rules:
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                key, value = decl.split(":", 1)
                decls[key.strip().lower()] = value.strip()
        blocks.append((selector.strip(), decls))
    return blocks


def _colour(value: str) -> str | None:
    match = HEX.search(value)
    return theme.normalise(match.group(0)) if match else None


def _large(decls: dict[str, str]) -> bool:
    size = re.match(r"([\d.]+)\s*pt", decls.get("font-size", ""))
    points = float(size.group(1)) if size else 0.0
    weight = decls.get("font-weight", "")
    bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
    return points >= 18 or (points >= 14 and bold)


def style_pairs() -> list[Pair]:
    sources = [(f"{STYLE.name}", STYLE.read_text(encoding="utf-8"))]
    for module in sorted(UI.glob("*.py")):
        sources += [(f"{module.name}:{line}", text) for line, text in _strings(module)]
    pairs = []
    for where, text in sources:
        blocks = _blocks(text)
        # A widget's own sheet: its text may sit on any background the sheet paints. The shared
        # sheet styles unrelated widgets: its text sits on the surfaces.
        backs = set()
        if where != STYLE.name:
            backs = {
                c
                for _sel, decls in blocks
                for key in ("background", "background-color")
                if (c := _colour(decls.get(key, ""))) is not None
            }
        for selector, decls in blocks:
            if decls.get("max-height") == "1px":
                continue  # a rule line drawn with its text colour, not text
            large = _large(decls)
            for fore_key, back_key in (
                ("color", "background"),
                ("selection-color", "selection-background-color"),
            ):
                fore = _colour(decls.get(fore_key, ""))
                if fore is None:
                    continue
                own = _colour(decls.get(back_key, "")) or _colour(decls.get("background-color", ""))
                for back in [own] if own else sorted(backs | set(theme.SURFACES)):
                    pairs.append(Pair(f"{where} {selector}".strip(), fore, back, large))
    return pairs


def painted_pairs() -> list[Pair]:
    """Colours the code paints with, read from the constants the painting uses."""
    from ui import (
        callback_model,
        dashboard_charts,
        dashboard_models,
        dashboard_tab,
        incident_dialog,
        name_tags_delegate,
        script_library,
    )

    pairs = [
        Pair(f"callback_model {k}", fore, back, False)
        for k, (back, fore) in callback_model.BUCKET_COLOURS.items()
    ]
    pairs += [
        Pair(f"name_tags_delegate {k}", fore, back, False)
        for k, (back, fore) in name_tags_delegate.CHIP_COLOURS.items()
    ]
    pairs += [
        Pair("dashboard_models off shift", dashboard_models.OFF_SHIFT_FORE,
             dashboard_models.OFF_SHIFT_BACK, False),
        Pair("script_library gap", script_library.GAP_FOREGROUND,
             script_library.GAP_BACKGROUND, False),
    ]  # fmt: skip
    for back in theme.SURFACES:
        pairs += [
            Pair("dashboard_models overdue", dashboard_models.OVERDUE_FORE, back, False),
            Pair("dashboard_charts axis", dashboard_charts.AXIS_TEXT, back, False),
            Pair("script_library muted", script_library.MUTED_TEXT, back, False),
            Pair("incident_dialog problem", incident_dialog.PROBLEM_TEXT, back, False),
        ]
    for name, (back, _border, value, label) in dashboard_tab.TILE_COLOURS.items():
        pairs += [
            Pair(f"dashboard tile {name} value", value, back, True),
            Pair(f"dashboard tile {name} label", label, back, False),
        ]
    return pairs


def palette_pairs(name: str) -> list[Pair]:
    active, disabled = theme.roles(name)
    role = QPalette.ColorRole
    pairs = [
        Pair(f"palette {fore.name}/{back.name}", active[fore], active[back], False)
        for fore, back in (
            (role.Text, role.Base),
            (role.Text, role.AlternateBase),
            (role.WindowText, role.Window),
            (role.ButtonText, role.Button),
            (role.HighlightedText, role.Highlight),
            (role.PlaceholderText, role.Base),
            (role.Link, role.Base),
            (role.LinkVisited, role.Base),
            (role.ToolTipText, role.ToolTipBase),
        )
    ]
    # Disabled controls are exempt from WCAG; ours stay readable at the large-text bar.
    pairs += [
        Pair(f"palette disabled {fore.name}/{back.name}", disabled[fore], active[back], True)
        for fore, back in ((role.Text, role.Base), (role.WindowText, role.Window),
                           (role.ButtonText, role.Button))
    ]  # fmt: skip
    return pairs


def test_the_wcag_formula_gives_the_known_ratios() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_the_parser_finds_the_style_sheets_pairs() -> None:
    pairs = style_pairs()
    where = {p.where.split(":")[0].split(" ")[0] for p in pairs}
    # The shared style sheet and the widgets' own sheets and rich text are all read.
    assert {"style.qss", "pop_banner.py", "incident_banner.py", "customer_card.py"} <= where
    offline = [p for p in pairs if "offlineBanner" in p.where]
    assert offline == [Pair(offline[0].where, "#991b1b", "#fef2f2", False)]
    assert len(pairs) > 300


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_passes_wcag_aa(name: str) -> None:
    failures = []
    for pair in style_pairs() + painted_pairs():
        fore = theme.colour_in(name, pair.fore)
        back = theme.colour_in(name, pair.back)
        ratio = theme.contrast(fore, back)
        if ratio < pair.needed():
            failures.append(f"{pair.where}: {fore} on {back} = {ratio:.2f}")
    for pair in palette_pairs(name):
        ratio = theme.contrast(pair.fore, pair.back)
        if ratio < pair.needed():
            failures.append(f"{pair.where}: {pair.fore} on {pair.back} = {ratio:.2f}")
    assert failures == [], "\n".join(sorted(set(failures)))


def test_dark_is_dark_and_light_is_light() -> None:
    light, _ = theme.roles(theme.LIGHT)
    dark, _ = theme.roles(theme.DARK)
    role = QPalette.ColorRole
    assert theme.luminance(light[role.Window]) > 0.8 and theme.luminance(dark[role.Window]) < 0.05
    assert theme.luminance(dark[role.Text]) > 0.6


def test_the_setting_chooses_and_anything_else_follows_the_system(qapp: object) -> None:
    assert theme.choose("dark") == theme.DARK
    assert theme.choose(" Light ") == theme.LIGHT
    # Offscreen Qt reports no colour scheme: "system" (or nonsense) means light here.
    assert theme.choose("") == theme.choose("system") == theme.choose("purple") == theme.LIGHT


def test_widgets_built_in_the_dark_theme_take_its_colours(qapp: QApplication) -> None:
    from ui.pop_banner import PopBanner

    before = qapp.palette()
    try:
        theme.apply(qapp, theme.DARK)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.dark_of(theme.WINDOW)
        dark = PopBanner(dt.UTC)
        assert theme.dark_of("#eff6ff") in dark.styleSheet()
        assert "#eff6ff" not in dark.styleSheet()
        assert theme.dark_of("#b91c1c") == theme.themed("#b91c1c")
    finally:
        theme.set_current(theme.LIGHT)
        qapp.setPalette(before)
    light = PopBanner(dt.UTC)
    assert "#eff6ff" in light.styleSheet()
    dark.deleteLater()
    light.deleteLater()


@pytest.mark.parametrize("name", THEMES)
def test_an_unchecked_box_and_radio_show_their_edge_3_to_1_in_both_themes(
    qapp: QApplication, name: str
) -> None:
    """WCAG 1.4.11: the outline is what shows there is a box to tick, read from the pixels."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyleOptionButton

    style = theme.style(name)
    window = theme.roles(name)[0][QPalette.ColorRole.Window]
    for kind, element in (
        (QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator),
        (QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator),
    ):
        widget = kind("Do not call")
        widget.setStyle(style)
        widget.setPalette(theme.palette(name))
        widget.resize(widget.sizeHint())
        image = widget.grab().toImage()
        option = QStyleOptionButton()
        option.initFrom(widget)
        rect = style.subElementRect(element, option, widget)
        left = image.pixelColor(rect.left(), rect.center().y()).name()
        assert theme.contrast(left, window) >= 3.0, (kind.__name__, left, window)


@pytest.mark.parametrize("name", THEMES)
def test_the_edges_of_text_fields_and_combo_boxes_stand_out_3_to_1(name: str) -> None:
    """WCAG 1.4.11, for every border a style sheet gives a field (its focus ring too)."""
    fields = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox")
    sources = [(STYLE.name, STYLE.read_text(encoding="utf-8"))]
    for module in sorted(UI.glob("*.py")):
        sources += [(f"{module.name}:{line}", text) for line, text in _strings(module)]
    checked, failures = 0, []
    for where, text in sources:
        for selector, decls in _blocks(text):
            edge = _colour(decls.get("border", "")) or _colour(decls.get("border-color", ""))
            if edge is None or not any(f in selector for f in fields):
                continue
            inside = _colour(decls.get("background", ""))
            for back in [inside] if inside else theme.SURFACES:
                checked += 1
                ratio = theme.contrast(theme.colour_in(name, edge), theme.colour_in(name, back))
                if ratio < 3.0:
                    failures.append(f"{where} {selector}: {edge} on {back} = {ratio:.2f}")
    assert checked >= 10
    assert failures == []


def test_the_window_follows_the_systems_colours_at_once(
    qtbot: QtBot, window: MainWindow, petrova: KnownCustomer
) -> None:
    """The OS turns dark: the window is rebuilt in the dark colours with the same customer
    and the note being typed; the OS turning back makes it light again. A colour scheme the
    console already shows changes nothing."""
    hints = QGuiApplication.styleHints()
    session = window.session
    try:
        open_history(qtbot, window, petrova.id)
        composer = window.history.composer
        composer.focus_editor()
        type_text(composer.editor, "Promised a refund by Friday")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # what the console already shows
        assert session.window is window and session.switches == 0
        for scheme, name in (
            (Qt.ColorScheme.Dark, theme.DARK),
            (Qt.ColorScheme.Light, theme.LIGHT),
        ):
            with qtbot.waitSignal(session.window_replaced, timeout=15_000) as blocker:
                hints.colorSchemeChanged.emit(scheme)
            new = adopt_window(qtbot, blocker.args[0])
            assert new is not window and session.window is new
            window = new
            assert theme.current() == name
            background = window.palette().color(QPalette.ColorRole.Window).lightness()
            assert (background < 100) if name == theme.DARK else (background > 200)
            assert window.history.customer_id == petrova.id
            assert window.history.composer.editor.toPlainText() == "Promised a refund by Friday"
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_look(app, theme.LIGHT, again=True)


def test_a_theme_the_agent_chose_stays_when_the_system_changes(
    qtbot: QtBot, demo_db_url: str
) -> None:
    chosen = Settings(default_region="RU", language="en", theme=theme.LIGHT)
    window = show_window(qtbot, create_window(demo_db_url, "dana", settings=chosen))
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.session.window is window and window.session.switches == 0
    assert theme.current() == theme.LIGHT
