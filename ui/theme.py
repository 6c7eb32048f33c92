"""Light and dark: one set of colours written for the light theme, derived for the dark one.

The console's colours are written once, as light-theme hex codes, in the style sheet and the
widgets. The dark theme is not a second copy to keep in step: ``dark_of`` turns each light
colour into its dark counterpart (pale colours become deep, dark and strong ones light, the
hue kept: a pale red banner with dark red text becomes a deep red banner with light red
text), with hand-tuned exceptions in ``DARK_OVERRIDES``. ``themed`` applies that to any
style sheet or colour text just before it is used; a test checks every text/background pair
of both themes against WCAG AA.

The theme follows the operating system (``QStyleHints.colorScheme``) unless the setting
``theme`` or ``AGENT_CONSOLE_THEME`` says ``light`` or ``dark``. It is chosen when the console
starts; a change of the system's scheme applies at the next start.
"""

from __future__ import annotations

import colorsys
import logging
import re
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

log = logging.getLogger(__name__)

LIGHT = "light"
DARK = "dark"
SYSTEM = "system"
CHOICES = (SYSTEM, LIGHT, DARK)

# Where text sits when a style sheet gives it no background of its own (light theme).
WINDOW = "#eef1f5"
BASE = "#ffffff"
SURFACES = (WINDOW, BASE, "#f7f9fc", "#f3f5f8", "#e6eaf0")

# The palette roles of the light theme; the dark ones are derived like every other colour.
ROLE = QPalette.ColorRole
LIGHT_ROLES: dict[QPalette.ColorRole, str] = {
    ROLE.Window: WINDOW,
    ROLE.WindowText: "#0f172a",
    ROLE.Base: BASE,
    ROLE.AlternateBase: "#f7f9fc",
    ROLE.Text: "#0f172a",
    ROLE.Button: "#f3f5f8",
    ROLE.ButtonText: "#0f172a",
    ROLE.Highlight: "#1d4ed8",
    ROLE.HighlightedText: BASE,
    ROLE.PlaceholderText: "#59687c",
    ROLE.Link: "#1d4ed8",
    ROLE.LinkVisited: "#6d28d9",
    ROLE.ToolTipBase: BASE,
    ROLE.ToolTipText: "#0f172a",
    ROLE.BrightText: BASE,
    ROLE.Light: BASE,
    ROLE.Midlight: "#e2e6ec",
    ROLE.Mid: "#c3cad5",
    ROLE.Dark: "#94a3b8",
    ROLE.Shadow: "#475569",
}
# Disabled text is dimmer but still readable (3:1, the large-text bar).
LIGHT_DISABLED: dict[QPalette.ColorRole, str] = {
    ROLE.WindowText: "#7b8494",
    ROLE.Text: "#7b8494",
    ROLE.ButtonText: "#7b8494",
}

# Light colours whose mirrored lightness reads badly in the dark (checked by the contrast test).
DARK_OVERRIDES: dict[str, str] = {
    "#facc15": "#713f12",  # the disruption banner's "New" pill: amber, under light text
    "#a5b4fc": "#5b5fc7",  # "Tomorrow" bars: mid indigo, apart from today's light blue
}

_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
_current = LIGHT


def choose(setting: str = "") -> str:
    """``light`` or ``dark``: the setting if it says so, else the operating system's."""
    wanted = (setting or SYSTEM).strip().lower()
    if wanted not in CHOICES:
        log.warning("theme %r is not one of %s; following the system", setting, CHOICES)
    if wanted in (LIGHT, DARK):
        return wanted
    app = QGuiApplication.instance()
    dark = Qt.ColorScheme.Dark
    if isinstance(app, QGuiApplication) and app.styleHints().colorScheme() == dark:
        return DARK
    return LIGHT


def current() -> str:
    return _current


def set_current(theme: str) -> None:
    global _current
    _current = DARK if theme == DARK else LIGHT


def normalise(colour: str) -> str:
    colour = colour.strip().lower()
    if len(colour) == 4:
        colour = "#" + "".join(c * 2 for c in colour[1:])
    return colour


@cache
def dark_of(colour: str) -> str:
    """The dark theme's counterpart of a light-theme colour."""
    colour = normalise(colour)
    if colour in DARK_OVERRIDES:
        return DARK_OVERRIDES[colour]
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    if lightness >= 0.6:  # a surface or a pale fill: deep, and a little less saturated
        mirrored, s = 0.07 + 0.5 * (1.0 - lightness), s * 0.8
    else:  # text, an accent or a strong fill: light
        mirrored = 0.95 - 0.5 * lightness
    result = _hex(colorsys.hls_to_rgb(h, mirrored, s))
    # Yellows are bright at any lightness: a surface stays dark enough for light text.
    while lightness >= 0.6 and luminance(result) > 0.04 and mirrored > 0.02:
        mirrored -= 0.01
        result = _hex(colorsys.hls_to_rgb(h, mirrored, s))
    return result


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(round(v * 255) for v in rgb))


def colour_in(theme: str, colour: str) -> str:
    return dark_of(colour) if theme == DARK else normalise(colour)


def themed(text: str, theme: str | None = None) -> str:
    """A style sheet, rich text or colour name with its colours in the theme (light: as is)."""
    if (theme or _current) != DARK:
        return text
    return _HEX.sub(lambda m: dark_of(m.group(0)), text)


def qcolor(colour: str) -> QColor:
    """A light-theme colour as a QColor of the current theme (for painting)."""
    return QColor(themed(colour))


def roles(theme: str) -> tuple[dict[QPalette.ColorRole, str], dict[QPalette.ColorRole, str]]:
    """The palette's (active, disabled) colours by role in a theme."""
    active = {role: colour_in(theme, c) for role, c in LIGHT_ROLES.items()}
    disabled = {role: colour_in(theme, c) for role, c in LIGHT_DISABLED.items()}
    return active, disabled


# The edge of fields, check boxes and radio buttons (WCAG 1.4.11: 3:1 against the window).
EDGE = "#7b8494"


class _VisibleIndicators(QProxyStyle):
    """Fusion draws check box and radio outlines a shade darker than the window: 1.7:1 in
    the light theme, invisible in the dark. This draws the outline in the edge colour over
    Fusion's own indicator (a style sheet rule for the indicator would lose the check mark)."""

    def __init__(self, base: QStyle, theme: str) -> None:
        super().__init__(base)
        self.edge = QColor(colour_in(theme, EDGE))

    _KINDS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
              QStyle.PrimitiveElement.PE_IndicatorRadioButton)  # fmt: skip

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._KINDS:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.edge, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def style(name: str) -> QStyle:
    """Fusion, with check boxes and radio buttons whose edge stands out 3:1."""
    return _VisibleIndicators(QStyleFactory.create("Fusion"), name)


def apply(app: QGuiApplication, name: str) -> None:
    """Make ``name`` the theme of everything built from now on (palette and colours)."""
    set_current(name)
    app.setPalette(palette(name))


def palette(theme: str) -> QPalette:
    active, disabled = roles(theme)
    result = QPalette()
    for role, colour in active.items():
        result.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return result


# ---- WCAG 2.x contrast --------------------------------------------------------------------


def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2.x, sRGB)."""
    colour = normalise(colour)

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
