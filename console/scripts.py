"""Scripted responses without a database: the field allow-list, template checks, rendering,
language choice, shortcuts and the import/export file format.

A script is a small Jinja2 template per language. Templates come from supervisors and from
files, so they are treated as untrusted: each one is parsed with the sandboxed environment and
its syntax tree walked before it is ever compiled. Only these constructs pass:

- text, and ``{{ … }}`` holding an allow-listed field (``customer.first_name``,
  ``customer.fields.departure_date``), ``ask("Refund amount")`` or ``cursor``;
- the filters ``upper``, ``lower``, ``title`` and ``default("literal")`` on a field or ask;
- ``{% if field %} … {% elif field %} … {% else %} … {% endif %}`` on fields (with ``not``,
  ``and``, ``or``).

Everything else (loops, ``set``, macros, includes, arithmetic, subscripts, attribute walking,
unknown names, calls other than ``ask``) is refused with the line and the construct. Rendering
then runs the compiled template (cached by source) in a sandboxed environment with no globals,
no tests and only our four filters, over plain strings: a value the record lacks and an
unanswered ``ask`` become visible gaps (``[first name]``) that the result reports with their
place in the text, and the ``cursor`` marker is removed and reported as an offset.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from json.decoder import JSONDecodeError
from json.decoder import scanstring as _scanstring  # type: ignore[attr-defined]
from json.scanner import NUMBER_RE
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

from console.errors import FieldErrors, Said, ValidationError, joined
from console.validation import is_language

# ---- limits ----------------------------------------------------------------------------------

MAX_TEMPLATE_CHARS = 8_000
MAX_OUTPUT_CHARS = 20_000
MAX_VALUE_CHARS = 2_000
MAX_PLACEHOLDERS = 200
MAX_QUESTION_CHARS = 100
MAX_DEFAULT_CHARS = 500
MAX_TITLE = 200
MAX_CATEGORY = 100
MAX_DESCRIPTION = 2_000
MAX_FILE_BYTES = 5_000_000
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
FILE_FORMAT = "agent-console-scripts"
FILE_VERSION = 1

# ---- the allow-list --------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """One field a template may use: its dotted name, what a gap for it reads, where it is
    read from (for the editor's help and for reviewers)."""

    name: str
    label: str  # a Said: the editor and the gap inputs say it in the interface language
    source: str


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("customer.first_name", Said("first name"), "customers.given_name"),
    FieldSpec("customer.last_name", Said("last name"), "customers.family_name"),
    FieldSpec("customer.full_name", Said("full name"), "customers.full_name"),
    FieldSpec("customer.account_no", Said("account number"), "customers.account_no"),
    FieldSpec("customer.phone", Said("phone"), "the primary phone, international format"),
    FieldSpec("customer.email", Said("e-mail"), "the primary e-mail address"),
    FieldSpec("customer.language", Said("language"), "customers.language"),
    FieldSpec("customer.country", Said("country"), "customers.country"),
    FieldSpec("customer.local_time", Said("customer's local time"),
              "now in customers.time_zone, weekday and HH:MM"),
    FieldSpec("customer.local_date", Said("customer's local date"), "today in customers.time_zone"),
    FieldSpec("agent.name", Said("agent's name"), "users.display_name"),
    FieldSpec("agent.first_name", Said("agent's first name"), "first word of users.display_name"),
    FieldSpec("callback.promise", Said("callback promise"),
              "the customer's open callback: promise"),
    FieldSpec("callback.window", Said("callback window"),
              "the customer's open callback: window in their time"),
    FieldSpec("callback.queue", Said("callback queue"), "the customer's open callback: queue"),
    FieldSpec("incident.name", Said("incident name"), "IncidentFacts.name"),
    FieldSpec("incident.facts", Said("incident facts"), "IncidentFacts.facts"),
    FieldSpec("incident.standards", Said("incident standards"), "IncidentFacts.standards"),
    FieldSpec("incident.updated", Said("incident update time"), "IncidentFacts.updated_at"),
)  # fmt: skip
ALLOWED_FIELDS: Mapping[str, FieldSpec] = {f.name: f for f in FIELDS}
ROOTS = ("customer", "agent", "callback", "incident")
CUSTOM_PREFIX = "customer.fields."
CUSTOM_FIELD_NAME = re.compile(r"[a-z_][a-z0-9_]{0,40}")
FILTERS = ("upper", "lower", "title", "default")
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "ckb", "dv", "sd", "ug"})


def field_spec(name: str) -> FieldSpec | None:
    """The spec of an allow-listed dotted field (custom fields included), else None."""
    spec = ALLOWED_FIELDS.get(name)
    if spec is not None:
        return spec
    if name.startswith(CUSTOM_PREFIX):
        custom = name[len(CUSTOM_PREFIX) :]
        if CUSTOM_FIELD_NAME.fullmatch(custom):
            return FieldSpec(name, custom.replace("_", " "), f"customers.custom_fields[{custom}]")
    return None


# ---- template checks -------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateIssue:
    """Why a template is refused; ``line`` counts from 1 inside the template."""

    line: int
    message: str

    def __str__(self) -> str:
        return Said("line {line}: {problem}", line=self.line, problem=self.message)


@dataclass(frozen=True)
class TemplateInfo:
    """What a template uses, or why it is refused (``issues``)."""

    fields: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    has_cursor: bool = False
    issues: tuple[TemplateIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues


class TemplateRefused(ValidationError):
    """A template that does not parse or uses something outside the allow-list."""

    def __init__(self, issues: Sequence[TemplateIssue]) -> None:
        self.issues = tuple(issues)
        problems = joined([str(issue) for issue in self.issues])
        super().__init__(Said("This script cannot be used: {problems}.", problems=problems))


# Private-use characters mark gaps and the cursor in the raw output; they never reach the
# agent, and values and templates cannot contain them.
_GAP_OPEN, _GAP_CLOSE, _CURSOR = "\ue000", "\ue001", "\ue002"
_RESERVED = re.compile("[\ue000-\ue002]")

_STATEMENTS: tuple[tuple[type[nodes.Node], str], ...] = (
    (nodes.For, Said("a {% for %} loop")),
    (nodes.Assign, Said("{% set %}")),
    (nodes.AssignBlock, Said("{% set %}")),
    (nodes.Macro, Said("a {% macro %}")),
    (nodes.CallBlock, Said("a {% call %} block")),
    (nodes.Include, Said("{% include %}")),
    (nodes.Import, Said("{% import %}")),
    (nodes.FromImport, Said("{% from … import %}")),
    (nodes.Extends, Said("{% extends %}")),
    (nodes.Block, Said("a {% block %}")),
    (nodes.FilterBlock, Said("a {% filter %} block")),
    (nodes.With, Said("{% with %}")),
    (nodes.ScopedEvalContextModifier, Said("{% autoescape %}")),
    (nodes.EvalContextModifier, Said("{% autoescape %}")),
    (nodes.Scope, Said("{% autoescape %}")),
    (nodes.ExprStmt, Said("{% do %}")),
    (nodes.Continue, Said("{% continue %}")),
    (nodes.Break, Said("{% break %}")),
)
_EXPRESSIONS: tuple[tuple[type[nodes.Node], str], ...] = (
    (nodes.Getitem, Said("a subscript ([…])")),
    (nodes.Slice, Said("a slice")),
    (nodes.CondExpr, Said("an inline if … else (use {% if %} … {% endif %})")),
    (nodes.Compare, Said("a comparison")),
    (nodes.Test, Said("a test (is …)")),
    (nodes.Concat, Said("joining with ~")),
    (nodes.Tuple, Said("a tuple")),
    (nodes.List, Said("a list")),
    (nodes.Dict, Said("a dict")),
    (nodes.Call, Said('a function call (only ask("…") is allowed)')),
    (nodes.Const, Said("a literal value (write the text outside {{ }})")),
)


def _describe(node: nodes.Node) -> str:
    if isinstance(node, nodes.BinExpr):
        if node.operator in ("and", "or"):
            return Said("“{operator}” outside {{% if %}}", operator=node.operator)
        return Said("arithmetic ({operator})", operator=node.operator)
    if isinstance(node, nodes.UnaryExpr):
        return (
            Said("“{operator}” outside {{% if %}}", operator=node.operator)
            if node.operator == "not"
            else Said("arithmetic (unary {operator})", operator=node.operator)
        )
    for kind, text in (*_STATEMENTS, *_EXPRESSIONS):
        if isinstance(node, kind):
            return text
    return f"“{type(node).__name__}”"


def _dotted(node: nodes.Node) -> str | None:
    """``customer.fields.x`` for a chain of attribute lookups on a name, else None."""
    parts: list[str] = []
    while isinstance(node, nodes.Getattr):
        parts.append(node.attr)
        node = node.node
    if not isinstance(node, nodes.Name):
        return None
    parts.append(node.name)
    return ".".join(reversed(parts))


def _chain_root(node: nodes.Node) -> nodes.Node:
    while isinstance(node, nodes.Getattr):
        node = node.node
    return node


_CURSOR_ALONE = Said("cursor marks where the caret goes; use it alone: {{ cursor }}")


def _not_allowed(node: nodes.Node) -> Said:
    return Said("{what} is not allowed in scripts", what=_describe(node))


class _Checker:
    def __init__(self) -> None:
        self.issues: list[TemplateIssue] = []
        self.fields: dict[str, None] = {}
        self.questions: dict[str, None] = {}
        self.cursors = 0
        self.placeholders = 0

    def refuse(self, node: nodes.Node, message: str) -> None:
        self.issues.append(TemplateIssue(getattr(node, "lineno", 1) or 1, message))

    def statements(self, body: Iterable[nodes.Node]) -> None:
        for node in body:
            if isinstance(node, nodes.Output):
                for child in node.nodes:
                    if not isinstance(child, nodes.TemplateData):
                        self.placeholders += 1
                        self.output(child)
            elif isinstance(node, nodes.If):
                self.test(node.test)
                self.statements(node.body)
                for branch in node.elif_:
                    self.test(branch.test)
                    self.statements(branch.body)
                self.statements(node.else_)
            else:
                self.refuse(node, _not_allowed(node))

    def output(self, node: nodes.Node) -> None:
        if isinstance(node, nodes.Name) and node.name == "cursor":
            self.cursors += 1
            if self.cursors == 2:
                self.refuse(node, Said("{{ cursor }} may appear only once"))
            return
        self.value(node)

    def value(self, node: nodes.Node) -> None:
        """A field, an ask or a filter over one of them."""
        if isinstance(node, nodes.Filter):
            self.filter(node)
        elif isinstance(node, nodes.Call):
            self.ask(node)
        elif isinstance(node, nodes.Name) and node.name == "cursor":
            self.refuse(node, _CURSOR_ALONE)
        else:
            self.field(node)

    def filter(self, node: nodes.Filter) -> None:
        if node.node is None:
            self.refuse(node, Said("a {% filter %} block is not allowed in scripts"))
            return
        if node.name not in FILTERS:
            self.refuse(node, Said("the filter “{name}” is not allowed (use upper, lower, "
                                   'title or default("…"))', name=node.name))  # fmt: skip
        elif node.kwargs or node.dyn_args is not None or node.dyn_kwargs is not None:
            self.refuse(
                node, Said("the filter “{name}” takes no extra arguments here", name=node.name)
            )
        elif node.name == "default":
            arg = node.args[0] if len(node.args) == 1 else None
            if not (isinstance(arg, nodes.Const) and isinstance(arg.value, str)):
                self.refuse(node, Said('default needs one text in quotes: default("there")'))
            elif len(arg.value) > MAX_DEFAULT_CHARS:
                self.refuse(
                    node,
                    Said("a default text has at most {n} characters", n=MAX_DEFAULT_CHARS),
                )
        elif node.args:
            self.refuse(node, Said("the filter “{name}” takes no arguments", name=node.name))
        self.value(node.node)

    def ask(self, node: nodes.Call) -> None:
        if not (isinstance(node.node, nodes.Name) and node.node.name == "ask"):
            self.refuse(node, _not_allowed(node))
            return
        arg = node.args[0] if len(node.args) == 1 else None
        if (
            node.kwargs or node.dyn_args is not None or node.dyn_kwargs is not None
            or not (isinstance(arg, nodes.Const) and isinstance(arg.value, str))
        ):  # fmt: skip
            self.refuse(node, Said('ask takes one question in quotes: ask("Refund amount")'))
            return
        label = " ".join(arg.value.split())
        if not label:
            self.refuse(node, Said('ask needs a question: ask("Refund amount")'))
        elif len(label) > MAX_QUESTION_CHARS:
            self.refuse(node, Said("a question has at most {n} characters", n=MAX_QUESTION_CHARS))
        else:
            self.questions[label] = None

    def field(self, node: nodes.Node) -> None:
        name = _dotted(node)
        if name is None:
            root = _chain_root(node)
            if root is not node and isinstance(node, nodes.Getattr):
                what = Said("a literal") if isinstance(root, nodes.Const) else _describe(root)
                self.refuse(node, Said("attribute lookup (.{attribute}) on {what} is not allowed",
                                       attribute=node.attr, what=what))  # fmt: skip
            else:
                self.refuse(node, _not_allowed(root))
            return
        first = name.split(".", 1)[0]
        if name == "ask":
            self.refuse(node, Said('ask must be called with a question: ask("Refund amount")'))
        elif name == "cursor" or name.startswith("cursor."):
            self.refuse(node, _CURSOR_ALONE)
        elif first not in ROOTS:
            self.refuse(node, Said("unknown name “{name}” (use customer, agent, callback, "
                                   'incident, ask("…") or cursor)', name=first))  # fmt: skip
        elif name == "customer.fields":
            self.refuse(
                node,
                Said("customer.fields needs a field name: customer.fields.departure_date"),
            )
        elif field_spec(name) is None:
            self.refuse(node, Said("unknown field {name}", name=name))
        else:
            self.fields[name] = None

    def test(self, node: nodes.Node) -> None:
        if isinstance(node, nodes.Not):
            self.test(node.node)
        elif isinstance(node, nodes.And | nodes.Or):
            self.test(node.left)
            self.test(node.right)
        elif isinstance(node, nodes.Getattr | nodes.Name):
            self.field(node)
        else:
            self.refuse(node, Said("{what} in {{% if %}} is not allowed (test a field: "
                                   "{{% if customer.email %}})", what=_describe(node)))  # fmt: skip


class _Missing:
    """A field the record lacks: false in {% if %}, a gap in the text."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __bool__(self) -> bool:
        return False

    def __str__(self) -> str:
        return ""


class _Question(_Missing):
    """An ``ask("…")`` the agent has not answered yet."""


class _Cursor:
    __slots__ = ()

    def __str__(self) -> str:
        return ""


_CURSOR_VALUE = _Cursor()


class _Scope:
    """``customer``, ``agent``… : the only objects a template can look into."""

    __slots__ = ("prefix", "values")

    def __init__(self, prefix: str, values: Mapping[str, str]) -> None:
        self.prefix, self.values = prefix, values

    def lookup(self, attribute: str) -> Any:
        name = f"{self.prefix}.{attribute}"
        if name == "customer.fields":
            return _Scope(name, self.values)
        if field_spec(name) is None:
            return _Missing(name)  # refused by the checker; never an attribute of anything
        return self.values.get(name) or _Missing(name)


class _ScriptEnvironment(SandboxedEnvironment):
    """The sandbox, with lookups answered only by our scopes: no Python attribute is ever
    reached from a template, whatever the checker let through."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, _Scope):
            return obj.lookup(attribute)
        return self.undefined(obj=obj, name=attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, _Scope) and isinstance(argument, str):
            return obj.lookup(argument)
        return self.undefined(obj=obj, name=str(argument))


def _finalize(value: Any) -> str:
    if isinstance(value, _Question):
        return f"{_GAP_OPEN}?{value.name}{_GAP_CLOSE}"
    if isinstance(value, _Missing):
        return f"{_GAP_OPEN}={value.name}{_GAP_CLOSE}"
    if isinstance(value, _Cursor):
        return _CURSOR
    return _RESERVED.sub("", str(value))


def _passes(value: Any) -> bool:
    return isinstance(value, _Missing | _Cursor)


def _f_upper(value: Any) -> Any:
    return value if _passes(value) else str(value).upper()


def _f_lower(value: Any) -> Any:
    return value if _passes(value) else str(value).lower()


def _f_title(value: Any) -> Any:
    return value if _passes(value) else str(value).title()


def _f_default(value: Any, text: str = "") -> Any:
    return text if isinstance(value, _Missing) or value == "" else value


def _environment() -> _ScriptEnvironment:
    env = _ScriptEnvironment(
        autoescape=False, undefined=StrictUndefined, finalize=_finalize, keep_trailing_newline=True,
        auto_reload=False, cache_size=0,
    )  # fmt: skip
    env.globals.clear()
    env.tests.clear()
    env.filters.clear()
    env.filters.update(upper=_f_upper, lower=_f_lower, title=_f_title, default=_f_default)
    return env


_ENV = _environment()


@functools.lru_cache(maxsize=2048)
def check_template(source: str) -> TemplateInfo:
    """What the template uses, or the issues (line and construct) that refuse it."""
    if len(source) > MAX_TEMPLATE_CHARS:
        too_long = Said("the text has {length:,} characters; a script has at most {n:,}",
                        length=len(source), n=MAX_TEMPLATE_CHARS)  # fmt: skip
        return TemplateInfo(issues=(TemplateIssue(1, too_long),))
    reserved = _RESERVED.search(source)
    if reserved:
        line = source.count("\n", 0, reserved.start()) + 1
        return TemplateInfo(issues=(TemplateIssue(line, Said("contains a reserved character")),))
    try:
        tree = _ENV.parse(source)
    except TemplateSyntaxError as exc:
        message = (
            Said("the template does not parse: {problem}", problem=exc.message)
            if exc.message
            else Said("the template does not parse: syntax error")
        )
        return TemplateInfo(issues=(TemplateIssue(exc.lineno or 1, message),))
    checker = _Checker()
    checker.statements(tree.body)
    if checker.placeholders > MAX_PLACEHOLDERS:
        checker.issues.append(TemplateIssue(1, Said(
            "{count} placeholders; a script has at most {n}", count=checker.placeholders,
            n=MAX_PLACEHOLDERS)))  # fmt: skip
    return TemplateInfo(
        fields=tuple(checker.fields), questions=tuple(checker.questions),
        has_cursor=checker.cursors > 0,
        issues=tuple(sorted(checker.issues, key=lambda i: i.line)),
    )  # fmt: skip


@functools.lru_cache(maxsize=2048)
def _compiled(source: str) -> Any:
    """The compiled template, only for a template that passed the checks (cached: the preview
    renders on every keystroke)."""
    info = check_template(source)
    if not info.ok:
        raise TemplateRefused(info.issues)
    return _ENV.from_string(source)


# ---- the render context ----------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentFacts:
    """What a disruption update quotes (the disruptions feature will fill this)."""

    name: str = ""
    facts: str = ""
    standards: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class ScriptContext:
    """Every value a template may show, as plain strings ("" = the record lacks it).

    ``values`` maps dotted fields (``customer.first_name``, ``customer.fields.voyage``) to
    text; ``localized`` gives, per language, the values worded for that language (weekday and
    month names) so a Thai variant says อ. 14:05 where the English one says Tue 14:05.
    """

    values: Mapping[str, str] = field(default_factory=dict)
    language: str = ""
    localized: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def for_language(self, language: str) -> dict[str, str]:
        base = _base(language)
        return {**self.values, **self.localized.get(base, {})}


def clean_value(value: Any) -> str:
    """A record value as text: None and whitespace are "", reserved characters dropped, long
    values cut at MAX_VALUE_CHARS."""
    if value is None:
        return ""
    text = ("yes" if value else "no") if isinstance(value, bool) else str(value)
    text = _RESERVED.sub("", text)
    if not text.strip():
        return ""
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


# Weekday (Monday first) and month names for the languages scripts ship in.
_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "th": ("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."),
    "ru": ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
    "fa": ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "th": ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
           "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر",
           "اکتبر", "نوامبر", "دسامبر"),
}  # fmt: skip
CLOCK_LANGUAGES = tuple(_WEEKDAYS)


def zone_or_utc(zone: str) -> dt.tzinfo:
    try:
        return ZoneInfo(zone) if zone else dt.UTC
    except (KeyError, ValueError, OSError):
        return dt.UTC


def time_text(moment: dt.datetime, zone: str, language: str = "en") -> str:
    """ "Tue 14:05" in the zone (weekday in the language)."""
    local = moment.astimezone(zone_or_utc(zone))
    days = _WEEKDAYS.get(_base(language), _WEEKDAYS["en"])
    return f"{days[local.weekday()]} {local:%H:%M}"


def date_text(moment: dt.datetime, zone: str, language: str = "en") -> str:
    """ "24 November 2026" in the zone (Thai counts Buddhist-era years)."""
    local = moment.astimezone(zone_or_utc(zone))
    lang = _base(language) if _base(language) in _MONTHS else "en"
    year = local.year + 543 if lang == "th" else local.year
    return f"{local.day} {_MONTHS[lang][local.month - 1]} {year}"


_THAI_DAYS = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์")


def _day_text(local: dt.datetime, lang: str) -> str:
    month = _MONTHS[lang][local.month - 1]
    if lang == "th":
        return f"{_THAI_DAYS[local.weekday()]}ที่ {local.day} {month}"
    if lang == "ru":
        return f"{_WEEKDAYS[lang][local.weekday()]}, {local.day} {month}"
    return f"{_WEEKDAYS[lang][local.weekday()]} {local.day} {month}"


# How a day and a span of time join: "Tue 24 November, 14:00–14:30", "… เวลา 14:00–14:30".
_SPAN_JOIN = {"en": ", ", "th": " เวลา ", "ru": ", ", "fa": "، ساعت "}


def window_text(start: dt.datetime, end: dt.datetime, zone: str, language: str = "en") -> str:
    """A callback window in the zone, worded for the language: "Tue 24 November,
    14:00–14:30", "วันอังคารที่ 24 พฤศจิกายน เวลา 14:00–14:30"."""
    tz = zone_or_utc(zone)
    s, e = start.astimezone(tz), end.astimezone(tz)
    lang = _base(language) if _base(language) in _MONTHS else "en"
    tail = f"{e:%H:%M}" if e.date() == s.date() else f"{_day_text(e, lang)} {e:%H:%M}"
    return f"{_day_text(s, lang)}{_SPAN_JOIN[lang]}{s:%H:%M}–{tail}"


# ---- rendering -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    """A place in the rendered text the agent must fill: a field the record lacks
    (``kind`` "field", ``key`` the dotted name) or an unanswered question (``kind``
    "question", ``key`` the question). ``start``/``end`` index the rendered text."""

    kind: str
    key: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class RenderResult:
    text: str
    # The variant used, and whether it is not the customer's own language (show it).
    language: str = ""
    fallback: bool = False
    rtl: bool = False
    # Where the caret goes after insertion (an offset in ``text``); None: at the end.
    cursor: int | None = None
    # Fields the template needs that the record lacks, in order of first use.
    missing: tuple[str, ...] = ()
    # Every ask("…") of the template, in order; and those without an answer yet.
    questions: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()
    gaps: tuple[Gap, ...] = ()
    # Cut at MAX_OUTPUT_CHARS.
    truncated: bool = False

    @property
    def ready(self) -> bool:
        """Nothing is missing: the text may be inserted."""
        return not self.gaps and not self.truncated


_MARKS = re.compile(f"{_GAP_OPEN}([=?])([^{_GAP_CLOSE}]*){_GAP_CLOSE}|{_CURSOR}")


def render_template(
    source: str,
    ctx: ScriptContext,
    *,
    language: str = "",
    answers: Mapping[str, str] | None = None,
    fill: Mapping[str, str] | None = None,
) -> RenderResult:
    """Render one template over the context (worded for ``language``).

    ``answers`` maps ask questions to what the agent typed; ``fill`` gives values for fields
    the record lacks (typed by the agent in the preview). Raises TemplateRefused for a
    template outside the allow-list; never for any context, answers or fill.
    """
    template = _compiled(source)
    info = check_template(source)
    values = ctx.for_language(language or ctx.language)
    for name, value in (fill or {}).items():
        if field_spec(name) is not None and (text := clean_value(value)):
            values[name] = text
    given = {" ".join(k.split()): clean_value(v) for k, v in (answers or {}).items()}

    def ask(question: str) -> Any:
        label = " ".join(str(question).split())
        return given.get(label) or _Question(label)

    raw = template.render(
        customer=_Scope("customer", values), agent=_Scope("agent", values),
        callback=_Scope("callback", values), incident=_Scope("incident", values),
        ask=ask, cursor=_CURSOR_VALUE,
    )  # fmt: skip
    parts: list[str] = []
    length = 0
    cursor: int | None = None
    gaps: list[Gap] = []
    last = 0
    for match in _MARKS.finditer(raw):
        chunk = raw[last : match.start()]
        parts.append(chunk)
        length += len(chunk)
        last = match.end()
        if match.group(0) == _CURSOR:
            if cursor is None:
                cursor = length
            continue
        kind, key = match.group(1), match.group(2)
        if kind == "?":
            label, gap_kind = key, "question"
        else:
            spec = field_spec(key)
            label, gap_kind = (spec.label if spec else key), "field"
        shown = f"[{label}]"
        gaps.append(Gap(gap_kind, key, label, length, length + len(shown)))
        parts.append(shown)
        length += len(shown)
    parts.append(raw[last:])
    text = "".join(parts)
    truncated = len(text) > MAX_OUTPUT_CHARS
    if truncated:
        text = text[:MAX_OUTPUT_CHARS]
        gaps = [g for g in gaps if g.end <= MAX_OUTPUT_CHARS]
        if cursor is not None and cursor > MAX_OUTPUT_CHARS:
            cursor = MAX_OUTPUT_CHARS
    missing = tuple(dict.fromkeys(g.key for g in gaps if g.kind == "field"))
    unanswered = tuple(q for q in info.questions if not given.get(q))
    return RenderResult(
        text=text, language=language, rtl=is_rtl(language), cursor=cursor, missing=missing,
        questions=info.questions, unanswered=unanswered, gaps=tuple(gaps), truncated=truncated,
    )  # fmt: skip


def render_script(
    variants: Mapping[str, str],
    default_language: str,
    ctx: ScriptContext,
    *,
    answers: Mapping[str, str] | None = None,
    fill: Mapping[str, str] | None = None,
    language: str = "",
) -> RenderResult:
    """Pick the variant for the customer's language (or ``language`` when the agent chose
    one) and render it; ``fallback`` says the customer's language had no variant."""
    chosen, fallback = pick_language(list(variants), language or ctx.language, default_language)
    if language:  # the agent's choice: still say when it is not the customer's language
        fallback = not ctx.language or _base(chosen) != _base(ctx.language)
    result = render_template(variants[chosen], ctx, language=chosen, answers=answers, fill=fill)
    return _replace_language(result, chosen, fallback)


def _replace_language(result: RenderResult, language: str, fallback: bool) -> RenderResult:

    return replace(result, language=language, fallback=fallback, rtl=is_rtl(language))


def _base(language: str) -> str:
    return language.strip().replace("_", "-").split("-")[0].lower()


def is_rtl(language: str) -> bool:
    return _base(language) in RTL_LANGUAGES


def pick_language(
    available: Sequence[str], customer_language: str, default_language: str
) -> tuple[str, bool]:
    """(language, fallback): the customer's language (exact tag, then its base), else the
    script's default, else English, else the first variant. ``fallback`` is True when the
    customer's language was not available (or is unknown)."""
    if not available:
        raise ValueError("a script has at least one language variant")  # a bug: not shown
    exact = {lang.lower(): lang for lang in available}
    by_base: dict[str, str] = {}
    for lang in available:
        by_base.setdefault(_base(lang), lang)
    wanted = customer_language.strip().lower().replace("_", "-")
    if wanted:
        if wanted in exact:
            return exact[wanted], False
        if _base(wanted) in by_base:
            return by_base[_base(wanted)], False
    for candidate in (default_language, "en"):
        cand = candidate.strip().lower()
        if cand and cand in exact:
            return exact[cand], True
        if cand and _base(cand) in by_base:
            return by_base[_base(cand)], True
    return available[0], True


# ---- shortcuts -------------------------------------------------------------------------------

_MODIFIER_ORDER = ("Ctrl", "Alt", "Shift", "Meta")
_MODIFIERS = {"ctrl": "Ctrl", "control": "Ctrl", "alt": "Alt", "shift": "Shift", "meta": "Meta"}
_NAMED_KEYS = {
    "space": "Space", "tab": "Tab", "backspace": "Backspace", "return": "Return",
    "enter": "Enter", "ins": "Ins", "insert": "Ins", "del": "Del", "delete": "Del",
    "home": "Home", "end": "End", "pgup": "PgUp", "pageup": "PgUp", "pgdown": "PgDown",
    "pagedown": "PgDown", "up": "Up", "down": "Down", "left": "Left", "right": "Right",
    "esc": "Esc", "escape": "Esc",
}  # fmt: skip
_PUNCTUATION = set(",.;'/\\[]-=`")
_FKEY = re.compile(r"f([1-9]|[12][0-9]|3[0-5])")
# Alt+1…9 insert favourites; the editing keys must keep working in the reply box.
RESERVED_SHORTCUTS = frozenset({f"Alt+{n}" for n in range(1, 10)} | {f"Ctrl+{k}" for k in "ACVXYZ"})


def normalise_shortcut(text: str) -> str:
    """A Qt key sequence as text, in Qt's order ("ctrl+alt+l" → "Ctrl+Alt+L"); "" for none.

    Raises ValueError saying what is wrong (its ``args[0]`` a ``Said``): modifiers plus
    exactly one key, at least one of Ctrl, Alt or Meta unless the key is F1–F35, and not one
    of the reserved keys.
    """
    text = text.strip()
    if not text:
        return ""
    if "," in text.replace("+,", "+\0"):
        raise ValueError(
            Said("“{text}” is a sequence of keys; give one combination like Ctrl+Alt+L", text=text)
        )
    parts = [p.strip() for p in text.split("+")]
    if text.endswith("++") or text == "+":
        raise ValueError(Said("the + key cannot be a shortcut key"))
    if any(not p for p in parts):
        raise ValueError(Said("“{text}” has an empty part; write it like Ctrl+Alt+L", text=text))
    *mods, key = parts
    seen: list[str] = []
    for mod in mods:
        canonical = _MODIFIERS.get(mod.lower())
        if canonical is None:
            raise ValueError(
                Said("“{text}” is not a modifier (use Ctrl, Alt, Shift or Meta)", text=mod)
            )
        if canonical in seen:
            raise ValueError(Said("{key} is given twice", key=canonical))
        seen.append(canonical)
    if _FKEY.fullmatch(key.lower()):
        name = key.upper()
    elif key.lower() in _NAMED_KEYS:
        name = _NAMED_KEYS[key.lower()]
    elif len(key) == 1 and ((key.isascii() and key.isalnum()) or key in _PUNCTUATION):
        name = key.upper()
    else:
        raise ValueError(Said("“{text}” is not a key (a letter, a digit, F1–F35 or a named "
                              "key such as Space or PgUp)", text=key))  # fmt: skip
    if not _FKEY.fullmatch(name.lower()) and not {"Ctrl", "Alt", "Meta"} & set(seen):
        raise ValueError(Said("“{text}” would type text; add Ctrl, Alt or Meta (e.g. "
                              "Ctrl+Alt+{key})", text=text, key=name))  # fmt: skip
    result = "+".join([*(m for m in _MODIFIER_ORDER if m in seen), name])
    if result in RESERVED_SHORTCUTS:
        raise ValueError(Said("{shortcut} is reserved (Alt+1…9 insert favourites; "
                              "Ctrl+A/C/V/X/Y/Z edit text)", shortcut=result))  # fmt: skip
    return result


# ---- scripts as documents --------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    language: str
    body: str
    title: str = ""


@dataclass(frozen=True)
class ScriptDoc:
    """A script as a supervisor edits it and as the file holds it (queues by name)."""

    key: str
    title: str
    variants: tuple[Variant, ...]
    category: str = "General"
    description: str = ""
    default_language: str = "en"
    shortcut: str = ""
    queues: tuple[str, ...] = ()
    retired: bool = False

    def variant(self, language: str) -> Variant | None:
        return next((v for v in self.variants if v.language == language), None)

    def bodies(self) -> dict[str, str]:
        return {v.language: v.body for v in self.variants}

    def content(self) -> dict[str, Any]:
        """The version snapshot: what an edit changes (JSON-ready, stable order)."""
        return {
            "key": self.key,
            "title": self.title,
            "category": self.category,
            "description": self.description,
            "default_language": self.default_language,
            "shortcut": self.shortcut,
            "queues": sorted(self.queues),
            "variants": [
                {"language": v.language, "title": v.title, "body": v.body} for v in self.variants
            ],
        }

    @classmethod
    def from_content(cls, content: Mapping[str, Any], *, retired: bool = False) -> ScriptDoc:
        return cls(
            key=str(content["key"]), title=str(content["title"]),
            variants=tuple(Variant(str(v["language"]), str(v["body"]), str(v.get("title", "")))
                           for v in content["variants"]),
            category=str(content.get("category", "General")),
            description=str(content.get("description", "")),
            default_language=str(content.get("default_language", "en")),
            shortcut=str(content.get("shortcut", "")),
            queues=tuple(content.get("queues", ())), retired=retired,
        )  # fmt: skip


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a script: the field (``variant`` for a template, with its
    language) and, for a template, the line inside it."""

    field: str
    message: str
    language: str = ""
    template_line: int = 0


def normalise_doc(doc: ScriptDoc) -> ScriptDoc:
    """Trimmed text, canonical shortcut (when valid), bodies with \\r\\n as \\n."""
    try:
        shortcut = normalise_shortcut(doc.shortcut)
    except ValueError:
        shortcut = doc.shortcut.strip()
    return ScriptDoc(
        key=doc.key.strip(), title=" ".join(doc.title.split()),
        variants=tuple(Variant(v.language.strip(), v.body.replace("\r\n", "\n"),
                               " ".join(v.title.split())) for v in doc.variants),
        category=" ".join(doc.category.split()) or "General",
        description=doc.description.strip(), default_language=doc.default_language.strip(),
        shortcut=shortcut, queues=tuple(dict.fromkeys(q.strip() for q in doc.queues if q.strip())),
        retired=doc.retired,
    )  # fmt: skip


def check_doc(doc: ScriptDoc) -> list[Problem]:
    """Everything wrong with a (normalised) script, templates included."""
    problems: list[Problem] = []
    if not KEY_PATTERN.fullmatch(doc.key):
        problems.append(Problem("key", Said("lower-case letters, digits, - and _ (at most "
                                            "{n}), such as latte or callback-promise",
                                            n=64)))  # fmt: skip
    for name, value, limit in (("title", doc.title, MAX_TITLE),
                               ("category", doc.category, MAX_CATEGORY),
                               ("description", doc.description, MAX_DESCRIPTION)):  # fmt: skip
        if name == "title" and not value:
            problems.append(Problem("title", Said("a title is required")))
        elif len(value) > limit:
            problems.append(Problem(name, Said("at most {n} characters", n=limit)))
    try:
        normalise_shortcut(doc.shortcut)
    except ValueError as exc:
        problems.append(Problem("shortcut", exc.args[0] if exc.args else str(exc)))
    if not doc.variants:
        problems.append(Problem("variants", Said("a script needs at least one language")))
    seen: set[str] = set()
    for v in doc.variants:
        if not is_language(v.language):
            problems.append(Problem("variants", Said("“{language}” is not a language code "
                                                     "such as en, th, ru or fa",
                                                     language=v.language), v.language))  # fmt: skip
            continue
        if v.language.lower() in seen:
            problems.append(Problem("variants", Said("{language} is given twice",
                                                     language=v.language), v.language))  # fmt: skip
        seen.add(v.language.lower())
        if len(v.title) > MAX_TITLE:
            problems.append(Problem("variants", Said("the title has at most {n} characters",
                                                     n=MAX_TITLE), v.language))  # fmt: skip
        if not v.body.strip():
            problems.append(Problem("variants", Said("the text is empty"), v.language, 1))
            continue
        for issue in check_template(v.body).issues:
            problems.append(Problem("variants", issue.message, v.language, issue.line))
    if doc.variants and doc.default_language not in {v.language for v in doc.variants}:
        problems.append(Problem("default_language", Said(
            "“{language}” has no variant (give one of {languages})",
            language=doc.default_language,
            languages=", ".join(v.language for v in doc.variants))))  # fmt: skip
    return problems


def problems_as_field_errors(problems: Iterable[Problem]) -> FieldErrors:
    """The form's view of a script's problems: one message per field ("variant th")."""
    by_field: dict[str, list[str]] = {}
    for p in problems:
        name = f"variant {p.language}" if p.field == "variants" and p.language else p.field
        text = (
            Said("line {line}: {problem}", line=p.template_line, problem=p.message)
            if p.template_line
            else p.message
        )
        by_field.setdefault(name, []).append(text)
    return FieldErrors({name: joined(texts) for name, texts in by_field.items()})


def problem_in_file(key: str, p: Problem) -> str:
    """ "script 'latte', variant 'th': unknown field customer.password" (the line is the
    file's, given beside it)."""
    if p.field == "variants" and p.language:
        return Said("script '{key}', variant '{language}': {problem}", key=key,
                    language=p.language, problem=p.message)  # fmt: skip
    return Said("script '{key}': {field}: {problem}", key=key, field=p.field.replace("_", " "),
                problem=p.message)  # fmt: skip


# ---- the file format -------------------------------------------------------------------------


@dataclass(frozen=True)
class FileIssue:
    """A problem in an import file; ``line`` is the file's line (1-based, 0 = the file)."""

    line: int
    message: str

    def __str__(self) -> str:
        if not self.line:
            return self.message
        return Said("line {line}: {problem}", line=self.line, problem=self.message)


@dataclass(frozen=True)
class ParsedScript:
    doc: ScriptDoc
    line: int
    # The file line of each key of the script object ("queues", "shortcut"…).
    lines: Mapping[str, int]
    # Per variant language: the file line of each template line (for error reports).
    body_lines: Mapping[str, tuple[int, ...]]

    def line_of(self, problem: Problem) -> int:
        if problem.field == "variants" and problem.language:
            rows = self.body_lines.get(problem.language, ())
            if rows and problem.template_line:
                return rows[min(problem.template_line, len(rows)) - 1]
            return self.lines.get(f"variants.{problem.language}", self.lines.get("variants", 0))
        return self.lines.get(problem.field, self.line)


@dataclass(frozen=True)
class ParsedFile:
    scripts: tuple[ParsedScript, ...]
    issues: tuple[FileIssue, ...]

    @property
    def ok(self) -> bool:
        return not self.issues


class _Obj(dict[str, Any]):
    line: int
    key_lines: dict[str, int]


class _Arr(list[Any]):
    line: int
    item_lines: list[int]


# The JSON reader's complaints, worded as Python's json module words them.
_EXPECTING_VALUE = Said("Expecting value")
_EXPECTING_COMMA = Said("Expecting ',' delimiter")


class _Positions:
    """A small JSON reader that remembers the line of every value (json gives none)."""

    _WS = re.compile(r"[ \t\n\r]*")

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def line(self, pos: int) -> int:
        return bisect.bisect_left(self.newlines, pos) + 1

    def parse(self) -> Any:
        value, end = self.value(self._skip(0))
        end = self._skip(end)
        if end != len(self.text):
            raise JSONDecodeError(Said("Extra data after the document"), self.text, end)
        return value

    def _skip(self, pos: int) -> int:
        match = self._WS.match(self.text, pos)
        return match.end() if match else pos

    def value(self, pos: int) -> tuple[Any, int]:
        s = self.text
        if pos >= len(s):
            raise JSONDecodeError(_EXPECTING_VALUE, s, pos)
        ch = s[pos]
        if ch == '"':
            text, end = _scanstring(s, pos + 1, True)
            return str(text), int(end)
        if ch == "{":
            return self.obj(pos)
        if ch == "[":
            return self.arr(pos)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(word, pos):
                return val, pos + len(word)
        match = NUMBER_RE.match(s, pos)
        if match:
            integer, frac, exp = match.groups()
            number: Any = (
                float(integer + (frac or "") + (exp or "")) if frac or exp else int(integer)
            )
            return number, match.end()
        raise JSONDecodeError(_EXPECTING_VALUE, s, pos)

    def obj(self, pos: int) -> tuple[_Obj, int]:
        s = self.text
        result = _Obj()
        result.line, result.key_lines = self.line(pos), {}
        pos = self._skip(pos + 1)
        if s.startswith("}", pos):
            return result, pos + 1
        while True:
            if not s.startswith('"', pos):
                raise JSONDecodeError(
                    Said("Expecting property name enclosed in double quotes"), s, pos
                )
            key_line = self.line(pos)
            key, pos = _scanstring(s, pos + 1, True)
            pos = self._skip(pos)
            if not s.startswith(":", pos):
                raise JSONDecodeError(Said("Expecting ':' delimiter"), s, pos)
            value, pos = self.value(self._skip(pos + 1))
            if key in result:
                raise JSONDecodeError(Said("the key “{key}” is given twice", key=key), s, pos)
            result[key] = value
            result.key_lines[key] = key_line
            pos = self._skip(pos)
            if s.startswith("}", pos):
                return result, pos + 1
            if not s.startswith(",", pos):
                raise JSONDecodeError(_EXPECTING_COMMA, s, pos)
            pos = self._skip(pos + 1)

    def arr(self, pos: int) -> tuple[_Arr, int]:
        s = self.text
        result = _Arr()
        result.line, result.item_lines = self.line(pos), []
        pos = self._skip(pos + 1)
        if s.startswith("]", pos):
            return result, pos + 1
        while True:
            result.item_lines.append(self.line(pos))
            value, pos = self.value(pos)
            result.append(value)
            pos = self._skip(pos)
            if s.startswith("]", pos):
                return result, pos + 1
            if not s.startswith(",", pos):
                raise JSONDecodeError(_EXPECTING_COMMA, s, pos)
            pos = self._skip(pos + 1)


_SCRIPT_KEYS = ("key", "title", "category", "description", "default_language", "shortcut",
                "queues", "retired", "variants")  # fmt: skip
_VARIANT_KEYS = ("title", "body")


def parse_script_file(text: str) -> ParsedFile:
    """Read an export file: every problem with its line, scripts only when there are none."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        too_big = Said("the file is larger than {n:,} bytes", n=MAX_FILE_BYTES)
        return ParsedFile((), (FileIssue(0, too_big),))
    reader = _Positions(text)
    try:
        top = reader.parse()
    except JSONDecodeError as exc:
        not_json = Said("not valid JSON: {problem}", problem=exc.msg)
        return ParsedFile((), (FileIssue(exc.lineno, not_json),))
    except RecursionError:
        return ParsedFile((), (FileIssue(0, Said("not valid JSON: nested too deeply")),))
    issues: list[FileIssue] = []
    if not isinstance(top, _Obj):
        not_object = Said('the file must be an object: {{"format": "{format}", "scripts": '
                          "[…]}}", format=FILE_FORMAT)  # fmt: skip
        return ParsedFile((), (FileIssue(1, not_object),))
    if top.get("format") != FILE_FORMAT:
        wrong_format = Said('"format" must be "{format}"', format=FILE_FORMAT)
        issues.append(FileIssue(top.key_lines.get("format", top.line), wrong_format))
    if top.get("version", FILE_VERSION) != FILE_VERSION:
        issues.append(FileIssue(top.key_lines["version"],
                                Said("version {version} is not supported (this program reads "
                                     "version {supported})", version=repr(top["version"]),
                                     supported=FILE_VERSION)))  # fmt: skip
    for key in top:
        if key not in ("format", "version", "scripts"):
            issues.append(FileIssue(top.key_lines[key], Said("unknown key “{key}”", key=key)))
    scripts = top.get("scripts")
    if not isinstance(scripts, _Arr):
        issues.append(FileIssue(top.key_lines.get("scripts", top.line),
                                Said('"scripts" must be a list of scripts')))  # fmt: skip
        return ParsedFile((), tuple(issues))
    parsed: list[ParsedScript] = []
    keys: dict[str, int] = {}
    shortcuts: dict[str, str] = {}
    for index, item in enumerate(scripts):
        line = scripts.item_lines[index]
        one, item_issues = _parse_script(item, line, index)
        issues += item_issues
        if one is None:
            continue
        doc = one.doc
        if doc.key in keys:
            issues.append(FileIssue(line, Said("script '{key}' is given twice (first on line "
                                               "{line})", key=doc.key,
                                               line=keys[doc.key])))  # fmt: skip
        keys.setdefault(doc.key, line)
        if doc.shortcut and not doc.retired:
            other = shortcuts.get(doc.shortcut)
            if other is not None:
                issues.append(FileIssue(one.lines.get("shortcut", line),
                                        Said("script '{key}': shortcut {shortcut} is also "
                                             "script '{other}'s", key=doc.key,
                                             shortcut=doc.shortcut, other=other)))  # fmt: skip
            shortcuts.setdefault(doc.shortcut, doc.key)
        for problem in check_doc(doc):
            issues.append(FileIssue(one.line_of(problem), problem_in_file(doc.key, problem)))
        parsed.append(one)
    issues.sort(key=lambda i: i.line)
    return ParsedFile(tuple(parsed) if not issues else (), tuple(issues))


def _parse_script(item: Any, line: int, index: int) -> tuple[ParsedScript | None, list[FileIssue]]:
    issues: list[FileIssue] = []
    if not isinstance(item, _Obj):
        return None, [FileIssue(line, Said("script {n} must be an object", n=index + 1))]
    raw_key = item.get("key")
    name = (
        Said("script '{key}'", key=raw_key)
        if isinstance(raw_key, str)
        else Said("script {n}", n=index + 1)
    )
    kl = item.key_lines

    def text(key: str, default: str | None) -> str:
        value = item.get(key, default)
        if value is None:
            issues.append(FileIssue(line, Said("{script}: “{key}” is required", script=name,
                                               key=key)))  # fmt: skip
            return ""
        if not isinstance(value, str):
            issues.append(FileIssue(kl.get(key, line), Said("{script}: “{key}” must be text",
                                                            script=name, key=key)))  # fmt: skip
            return ""
        return value

    for key in item:
        if key not in _SCRIPT_KEYS:
            issues.append(FileIssue(kl[key], Said("{script}: unknown key “{key}” (known: "
                                                  "{known})", script=name, key=key,
                                                  known=", ".join(_SCRIPT_KEYS))))  # fmt: skip
    key, title = text("key", None), text("title", None)
    category, description = text("category", "General"), text("description", "")
    default_language, shortcut = text("default_language", "en"), text("shortcut", "")
    queues_raw = item.get("queues", [])
    queues: list[str] = []
    if not isinstance(queues_raw, list) or not all(isinstance(q, str) for q in queues_raw):
        issues.append(FileIssue(kl.get("queues", line), Said("{script}: “queues” must be a "
                                                             "list of queue names",
                                                             script=name)))  # fmt: skip
    else:
        queues = list(queues_raw)
    retired = item.get("retired", False)
    if not isinstance(retired, bool):
        not_bool = Said("{script}: “retired” is true or false", script=name)
        issues.append(FileIssue(kl.get("retired", line), not_bool))
        retired = False
    lines: dict[str, int] = {k: kl[k] for k in kl}
    variants: list[Variant] = []
    body_lines: dict[str, tuple[int, ...]] = {}
    raw_variants = item.get("variants")
    if not isinstance(raw_variants, _Obj):
        issues.append(FileIssue(kl.get("variants", line), Said(
            '{script}: “variants” must map languages to texts: {{"en": {{"body": "…"}}}}',
            script=name)))  # fmt: skip
    else:
        for lang, raw in raw_variants.items():
            vline = raw_variants.key_lines[lang]
            lines[f"variants.{lang}"] = vline
            where = Said("{script}, variant '{language}'", script=name, language=lang)
            vtitle = ""
            body_value: Any = raw
            if isinstance(raw, _Obj):
                for k in raw:
                    if k not in _VARIANT_KEYS:
                        issues.append(FileIssue(raw.key_lines[k],
                                                Said("{script}: unknown key “{key}” (known: "
                                                     "{known})", script=where, key=k,
                                                     known="title, body")))  # fmt: skip
                vtitle_raw = raw.get("title", "")
                if not isinstance(vtitle_raw, str):
                    issues.append(FileIssue(raw.key_lines["title"],
                                            Said("{script}: “{key}” must be text", script=where,
                                                 key="title")))  # fmt: skip
                else:
                    vtitle = vtitle_raw
                body_value = raw.get("body")
                body_line = raw.key_lines.get("body", vline)
            else:
                body_line = vline
            body, rows = _body(body_value, body_line)
            if body is None:
                issues.append(FileIssue(body_line, Said("{script}: “body” must be text or a "
                                                        "list of lines",
                                                        script=where)))  # fmt: skip
                continue
            variants.append(Variant(lang, body, vtitle))
            body_lines[lang] = rows
    doc = normalise_doc(ScriptDoc(
        key=key, title=title, variants=tuple(variants), category=category,
        description=description, default_language=default_language, shortcut=shortcut,
        queues=tuple(queues), retired=retired,
    ))  # fmt: skip
    return ParsedScript(doc, line, lines, body_lines), issues


def _body(value: Any, line: int) -> tuple[str | None, tuple[int, ...]]:
    """A body given as one text or as a list of lines; the file line of each template line."""
    if isinstance(value, str):
        return value, tuple([line] * (value.count("\n") + 1))
    if isinstance(value, _Arr) and all(isinstance(v, str) for v in value):
        rows: list[int] = []
        for text, at in zip(value, value.item_lines, strict=True):
            rows += [at] * (text.count("\n") + 1)
        return "\n".join(value), tuple(rows) or (line,)
    return None, ()


def dump_scripts(docs: Iterable[ScriptDoc]) -> str:
    """The readable export file: one object per script, each text as a list of lines."""
    out: list[dict[str, Any]] = []
    for doc in docs:
        item: dict[str, Any] = {"key": doc.key, "title": doc.title, "category": doc.category}
        if doc.description:
            item["description"] = doc.description
        item["default_language"] = doc.default_language
        if doc.shortcut:
            item["shortcut"] = doc.shortcut
        if doc.queues:
            item["queues"] = list(doc.queues)
        if doc.retired:
            item["retired"] = True
        variants: dict[str, Any] = {}
        for v in doc.variants:
            entry: dict[str, Any] = {}
            if v.title:
                entry["title"] = v.title
            entry["body"] = v.body.split("\n")
            variants[v.language] = entry
        item["variants"] = variants
        out.append(item)
    doc_json = {"format": FILE_FORMAT, "version": FILE_VERSION, "scripts": out}
    return json.dumps(doc_json, ensure_ascii=False, indent=2) + "\n"
