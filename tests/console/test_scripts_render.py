"""Scripts without a database: the allow-list, hostile templates, gaps, questions, the cursor,
language choice, shortcuts, the file format with its line numbers, and the shipped set."""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2.exceptions import SecurityError, UndefinedError

from console import scripts as sc
from console.scripts import (
    FIELDS,
    MAX_OUTPUT_CHARS,
    IncidentFacts,
    ScriptContext,
    ScriptDoc,
    TemplateRefused,
    Variant,
    check_template,
    dump_scripts,
    normalise_shortcut,
    parse_script_file,
    pick_language,
    render_script,
    render_template,
)

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "scripts"
NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)  # a Tuesday

FULL = ScriptContext(
    values={
        "customer.first_name": "Maryam",
        "customer.last_name": "Rezaei",
        "customer.full_name": "Maryam Rezaei",
        "customer.phone": "+98 912 345 6789",
        "customer.fields.departure_date": "2026-11-27",
        "agent.name": "Ana Tamm",
        "agent.first_name": "Ana",
    },
    language="fa",
)


def issues(source: str) -> list[str]:
    return [str(i) for i in check_template(source).issues]


# ---- the allow-list --------------------------------------------------------------------------


def test_every_allow_listed_field_and_custom_fields_pass() -> None:
    for spec in FIELDS:
        assert check_template(f"{{{{ {spec.name} }}}}").ok, spec.name
        assert spec.label and spec.source
    info = check_template("{{ customer.fields.departure_date }} {{ customer.fields._x9 }}")
    assert info.fields == ("customer.fields.departure_date", "customer.fields._x9")
    assert check_template("{{ customer.fields." + "a" * 41 + " }}").ok
    assert not check_template("{{ customer.fields.9a }}").ok  # not even a name
    for bad in (
        "customer.fields." + "a" * 42,
        "customer.fields.Voyage",
        "customer.fields.voyage.x",
        "customer.password",
        "agent.password_hash",
        "incident.secret",
    ):
        assert issues(f"{{{{ {bad} }}}}") == [f"line 1: unknown field {bad}"]


HOSTILE = [
    ("{{ customer.__class__ }}", "unknown field customer.__class__"),
    ("{{ ''.__class__.__mro__ }}", "attribute lookup (.__mro__) on a literal"),
    ("{{ customer.first_name.__class__.__init__.__globals__ }}", "unknown field"),
    ("{{ customer.first_name.upper() }}", "function call"),
    ("{{ customer['first_name'] }}", "subscript"),
    ("{{ customer.first_name|attr('__class__') }}", "filter “attr” is not allowed"),
    ("{{ customer.first_name|safe }}", "filter “safe” is not allowed"),
    ("{{ customer.first_name|format('%s') }}", "filter “format” is not allowed"),
    ("{% for i in range(100000000) %}x{% endfor %}", "{% for %} loop"),
    ("{% set x = 1 %}{{ x }}", "{% set %}"),
    ("{% set x %}y{% endset %}", "{% set %}"),
    ("{% macro m() %}x{% endmacro %}", "{% macro %}"),
    ("{% include 'secrets.txt' %}", "{% include %}"),
    ("{% extends 'base' %}", "{% extends %}"),
    ("{% import 'x' as y %}", "{% import %}"),
    ("{% from 'x' import y %}", "{% from … import %}"),
    ("{% filter upper %}x{% endfilter %}", "{% filter %}"),
    ("{% with a = 1 %}{% endwith %}", "{% with %}"),
    ("{% call customer() %}{% endcall %}", "{% call %}"),
    ("{% block b %}{% endblock %}", "{% block %}"),
    ("{% autoescape false %}x{% endautoescape %}", "{% autoescape %}"),
    ("{{ undefined_name }}", "unknown name “undefined_name”"),
    ("{{ self }}", "unknown name “self”"),
    ("{{ config }}", "unknown name “config”"),
    ("{{ range(10) }}", "function call"),
    ("{{ lipsum }}", "unknown name “lipsum”"),
    ("{{ 9**9**9 }}", "arithmetic (**)"),
    ("{{ 'a' * 100000000 }}", "arithmetic (*)"),
    ("{{ -1 }}", "arithmetic (unary -)"),
    ("{{ 'literal' }}", "literal value"),
    ("{{ customer.first_name ~ 'x' }}", "joining with ~"),
    ("{{ customer.first_name if agent.name else 'x' }}", "inline if"),
    ("{{ [1, 2] }}", "a list"),
    ("{{ {'a': 1} }}", "a dict"),
    ("{% if customer.first_name == 'x' %}y{% endif %}", "comparison in {% if %}"),
    ("{% if customer.first_name is defined %}y{% endif %}", "test (is …) in {% if %}"),
    ("{% if ask('x') %}y{% endif %}", "function call (only ask"),
    ("{{ ask(customer.first_name) }}", "ask takes one question in quotes"),
    ("{{ ask('a', 'b') }}", "ask takes one question in quotes"),
    ("{{ ask(question='a') }}", "ask takes one question in quotes"),
    ("{{ ask('   ') }}", "ask needs a question"),
    ("{{ ask }}", "ask must be called"),
    ("{{ cursor|upper }}", "use it alone"),
    ("{{ cursor.x }}", "use it alone"),
    ("{{ cursor }}{{ cursor }}", "may appear only once"),
    ("{{ customer.fields }}", "needs a field name"),
    ("{{ customer.first_name|default(agent.name) }}", "default needs one text in quotes"),
    ("{{ customer.first_name|upper(1) }}", "takes no arguments"),
    ("{{ customer.first_name", "does not parse"),
    ("{% if customer.email %}x", "does not parse"),
    ("{% while true %}{% endwhile %}", "does not parse"),
    ("\ue000{{ customer.first_name }}", "reserved character"),
]


@pytest.mark.parametrize(("source", "needle"), HOSTILE, ids=[h[0][:40] for h in HOSTILE])
def test_hostile_templates_are_refused_naming_the_construct(source: str, needle: str) -> None:
    found = check_template(source).issues
    assert found, source
    assert any(needle in i.message for i in found), [str(i) for i in found]
    with pytest.raises(TemplateRefused) as info:
        render_template(source, FULL)
    assert needle in str(info.value)


def test_refusals_name_the_line_of_the_template() -> None:
    source = "Hello {{ customer.first_name }},\n\nYour booking:\n{% for x in y %}{% endfor %}"
    assert issues(source) == ["line 4: a {% for %} loop is not allowed in scripts"]
    assert issues("a\nb\n{{ customer.password }}\n{{ 2**8 }}") == [
        "line 3: unknown field customer.password",
        "line 4: arithmetic (**) is not allowed in scripts",
    ]
    assert issues("ok\n{{ customer.first_name") == [
        "line 2: the template does not parse: unexpected end of template, expected "
        "'end of print statement'."
    ]


def test_template_and_placeholder_counts_are_capped() -> None:
    assert "at most 8,000" in issues("x" * (sc.MAX_TEMPLATE_CHARS + 1))[0]
    assert check_template("x" * sc.MAX_TEMPLATE_CHARS).ok
    many = "{{ agent.name }}" * (sc.MAX_PLACEHOLDERS + 1)
    assert f"at most {sc.MAX_PLACEHOLDERS}" in issues(many)[0]


def test_the_sandbox_itself_refuses_python_attributes_even_unchecked() -> None:
    """Defence in depth: the environment answers lookups only on our scopes."""
    env = sc._ENV
    with pytest.raises(UndefinedError):
        env.from_string("{{ x.__class__ }}").render(x="")
    with pytest.raises(UndefinedError):
        env.from_string("{{ range }}").render()
    with pytest.raises((SecurityError, UndefinedError)):
        env.from_string("{{ f.__globals__ }}").render(f=issues)
    assert env.filters.keys() == {"upper", "lower", "title", "default"}
    assert not env.tests and not env.globals


# ---- rendering -------------------------------------------------------------------------------


def test_fields_filters_and_custom_fields_render() -> None:
    r = render_template(
        "Dear {{ customer.first_name|title }} {{ customer.last_name|upper }}, this is "
        "{{ agent.first_name|lower }}. Departure {{ customer.fields.departure_date }}.",
        FULL,
    )
    assert r.text == "Dear Maryam REZAEI, this is ana. Departure 2026-11-27."
    assert (r.missing, r.gaps, r.cursor, r.ready) == ((), (), None, True)


def test_a_missing_value_is_a_visible_gap_never_a_placeholder() -> None:
    source = "Dear {{ customer.email }} and {{ customer.fields.voyage|upper }}!"
    r = render_template(source, FULL)
    assert r.text == "Dear [e-mail] and [voyage]!"
    assert r.missing == ("customer.email", "customer.fields.voyage")
    assert not r.ready
    for gap in r.gaps:
        assert gap.kind == "field" and r.text[gap.start : gap.end] == f"[{gap.label}]"
    filled = render_template(
        source,
        FULL,
        fill={
            "customer.email": "m@example.ir",
            "customer.fields.voyage": "aur-1127",
            "customer.password": "ignored",
        },
    )
    assert filled.text == "Dear m@example.ir and AUR-1127!" and filled.ready


def test_if_and_default_handle_missing_values_without_reporting_them() -> None:
    source = (
        "{% if customer.email %}Mail {{ customer.email }}{% elif customer.phone %}Call "
        "{{ customer.phone }}{% else %}No contact{% endif %}; hi {{ customer.nickname|default("
        "'there') }}{% if not customer.email and customer.first_name %} {{ customer.first_name }}"
        "{% endif %}"
    ).replace("customer.nickname", "customer.fields.nickname")
    r = render_template(source, FULL)
    assert r.text == "Call +98 912 345 6789; hi there Maryam"
    assert r.missing == () and r.ready
    empty = render_template(source, ScriptContext())
    assert empty.text == "No contact; hi there" and empty.ready


def test_questions_are_reported_then_rendered_with_the_answers() -> None:
    source = (
        'We offer {{ ask("Refund amount") }} by {{ ask("Refund method") }}. '
        'Again: {{ ask("Refund amount")|upper }}.'
    )
    r = render_template(source, FULL)
    assert r.questions == r.unanswered == ("Refund amount", "Refund method")
    assert r.text == "We offer [Refund amount] by [Refund method]. Again: [Refund amount]."
    assert [g.kind for g in r.gaps] == ["question"] * 3 and not r.ready
    part = render_template(source, FULL, answers={"Refund amount": "50 eur"})
    assert part.unanswered == ("Refund method",)
    done = render_template(
        source, FULL, answers={"Refund amount": "50 eur", " Refund   method ": "bank transfer"}
    )
    assert done.text == "We offer 50 eur by bank transfer. Again: 50 EUR."
    assert done.ready and done.unanswered == () and done.questions == r.questions


def test_the_cursor_is_removed_and_its_offset_reported() -> None:
    r = render_template(
        "Hi {{ customer.first_name }}, {{ cursor }}thanks {{ customer.email }}", FULL
    )
    assert r.text == "Hi Maryam, thanks [e-mail]"
    assert r.cursor == len("Hi Maryam, ")
    assert r.gaps[0].start == len("Hi Maryam, thanks ")
    inside_if = render_template("{% if agent.name %}A{{ cursor }}{% else %}B{% endif %}", FULL)
    assert (inside_if.text, inside_if.cursor) == ("A", 1)
    assert render_template("No caret", FULL).cursor is None


def test_enormous_output_is_cut_and_not_ready() -> None:
    big = replace(FULL, values={**FULL.values, "customer.fields.big": "x" * 10_000})
    r = render_template("{{ cursor }}" + "{{ customer.fields.big }}" * 150, big)
    assert len(big.values["customer.fields.big"]) == 10_000
    assert r.truncated and len(r.text) == MAX_OUTPUT_CHARS and not r.ready
    assert sc.clean_value("y" * 10_000) == "y" * (sc.MAX_VALUE_CHARS - 1) + "…"


def test_values_are_cleaned() -> None:
    assert sc.clean_value(None) == "" and sc.clean_value("   ") == ""
    assert sc.clean_value(True) == "yes" and sc.clean_value(3) == "3"
    assert sc.clean_value("a\ue000b\ue002") == "ab"


def test_compiled_templates_are_cached_and_rendering_is_fast() -> None:
    source = (SHIPPED / "01-latte.json").read_text(encoding="utf-8")
    body = json.loads(source)["scripts"][0]["variants"]["en"]["body"]
    template = "\n".join(body)
    render_template(template, FULL)
    before = sc._compiled.cache_info().hits
    start = time.perf_counter()
    for _ in range(200):
        render_template(template, FULL, answers={"What happens next, and by when": "today"})
    per_render = (time.perf_counter() - start) / 200
    assert sc._compiled.cache_info().hits - before == 200
    assert per_render < 0.005, f"{per_render * 1000:.2f} ms per render"


# ---- languages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("available", "customer", "default", "expected"),
    [
        (["en", "th", "ru", "fa"], "fa", "en", ("fa", False)),
        (["en", "th", "ru", "fa"], "fa-IR", "en", ("fa", False)),
        (["en", "pt-BR"], "pt-br", "en", ("pt-BR", False)),
        (["en", "th"], "de", "th", ("th", True)),
        (["ru", "en"], "de", "xx", ("en", True)),
        (["ru", "th"], "de", "xx", ("ru", True)),
        (["ru", "th"], "", "th", ("th", True)),
    ],
)
def test_language_choice_and_visible_fallback(
    available: list[str], customer: str, default: str, expected: tuple[str, bool]
) -> None:
    assert pick_language(available, customer, default) == expected


def test_render_script_reports_the_language_fallback_and_rtl() -> None:
    variants = {
        "en": "Hello {{ customer.first_name }}",
        "fa": "سلام {{ customer.first_name }}",
        "ar": "مرحبا",
        "he": "שלום",
        "th": "สวัสดี",
    }
    fa = render_script(variants, "en", FULL)
    assert (fa.text, fa.language, fa.fallback, fa.rtl) == ("سلام Maryam", "fa", False, True)
    for lang in ("ar", "he"):
        assert render_script(variants, "en", replace(FULL, language=lang)).rtl
    th = render_script(variants, "en", replace(FULL, language="th"))
    assert (th.language, th.fallback, th.rtl) == ("th", False, False)
    de = render_script(variants, "en", replace(FULL, language="de"))
    assert (de.text, de.language, de.fallback, de.rtl) == ("Hello Maryam", "en", True, False)
    chosen = render_script(variants, "en", FULL, language="en")
    assert (chosen.language, chosen.fallback) == ("en", True)  # not the customer's language
    same = render_script(variants, "en", FULL, language="fa")
    assert (same.language, same.fallback) == ("fa", False)


def test_clock_values_are_worded_per_language() -> None:
    zone = "Asia/Tehran"  # 08:00 UTC is 11:30 there
    assert sc.time_text(NOW, zone) == "Tue 11:30"
    assert sc.time_text(NOW, zone, "th") == "อ. 11:30"
    assert sc.time_text(NOW, zone, "ru") == "вт 11:30"
    assert sc.time_text(NOW, zone, "fa") == "سه‌شنبه 11:30"
    assert sc.date_text(NOW, zone) == "24 November 2026"
    assert sc.date_text(NOW, zone, "th") == "24 พฤศจิกายน 2569"
    assert sc.date_text(NOW, zone, "ru") == "24 ноября 2026"
    end = NOW + dt.timedelta(minutes=30)
    assert sc.window_text(NOW, end, zone) == "Tue 24 November, 11:30–12:00"
    assert sc.window_text(NOW, end, zone, "th") == "วันอังคารที่ 24 พฤศจิกายน เวลา 11:30–12:00"
    assert sc.window_text(NOW, end, "Nowhere/Bad", "xx") == "Tue 24 November, 08:00–08:30"
    ctx = ScriptContext(
        {"customer.local_time": "Tue 11:30"}, "th", {"th": {"customer.local_time": "อ. 11:30"}}
    )
    assert render_template("{{ customer.local_time }}", ctx, language="th").text == "อ. 11:30"
    assert render_template("{{ customer.local_time }}", ctx, language="en").text == "Tue 11:30"


# ---- shortcuts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("ctrl+alt+l", "Ctrl+Alt+L"),
        ("Alt + Ctrl + 5", "Ctrl+Alt+5"),
        ("F5", "F5"),
        ("shift+f12", "Shift+F12"),
        ("Meta+Shift+pageup", "Shift+Meta+PgUp"),
        ("ctrl+,", "Ctrl+,"),
        ("", ""),
    ],
)
def test_shortcuts_are_normalised(typed: str, canonical: str) -> None:
    assert normalise_shortcut(typed) == canonical


@pytest.mark.parametrize(
    ("typed", "needle"),
    [
        ("Shift+A", "would type text"),
        ("L", "would type text"),
        ("Ctrl+Alt+L+K", "not a modifier"),
        ("Hyper+L", "not a modifier"),
        ("Ctrl+Ctrl+L", "twice"),
        ("Ctrl+Alt+Enterr", "not a key"),
        ("Ctrl+", "empty part"),
        ("Ctrl+L, Ctrl+K", "sequence"),
        ("Alt+3", "reserved"),
        ("ctrl+v", "reserved"),
        ("Ctrl+ü", "not a key"),
    ],
)
def test_bad_shortcuts_say_why(typed: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        normalise_shortcut(typed)


# ---- the file format -------------------------------------------------------------------------


def _doc(key: str = "latte", **kw: object) -> ScriptDoc:
    base = ScriptDoc(
        key=key,
        title="LATTE",
        category="Service recovery",
        shortcut="Ctrl+Alt+L",
        variants=(
            Variant("en", "Hi {{ customer.first_name }}\nline 2", "Hi"),
            Variant("th", "สวัสดี {{ customer.first_name }}"),
        ),
        queues=("General",),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_export_then_parse_gives_the_same_scripts() -> None:
    docs = [_doc(), _doc("retired-one", shortcut="", retired=True, description="Old one")]
    text = dump_scripts(docs)
    assert '"Hi {{ customer.first_name }}",\n' in text  # one template line per file line
    assert "สวัสดี" in text  # readable, not \u escapes
    parsed = parse_script_file(text)
    assert parsed.ok, parsed.issues
    assert [p.doc for p in parsed.scripts] == docs
    assert parse_script_file("\ufeff" + text).ok


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_import_errors_name_the_line_script_and_variant() -> None:
    text = dump_scripts([_doc(), _doc("second", shortcut="Ctrl+Alt+S")])
    text = text.replace("สวัสดี {{ customer.first_name }}", "สวัสดี {{ customer.password }}", 1)
    text = text.replace('"line 2"', '"line 2 {% for x in y %}{% endfor %}"', 1)
    text = text.replace('"Ctrl+Alt+S"', '"Shift+S"')
    parsed = parse_script_file(text)
    assert not parsed.ok and parsed.scripts == ()
    assert [str(i) for i in parsed.issues] == [
        f"line {_line_of(text, 'line 2 {%')}: script 'latte', variant 'en': a {{% for %}} loop "
        "is not allowed in scripts",
        f"line {_line_of(text, 'customer.password')}: script 'latte', variant 'th': unknown "
        "field customer.password",
        f"line {_line_of(text, 'Shift+S')}: script 'second': shortcut: “Shift+S” would type "
        "text; add Ctrl, Alt or Meta (e.g. Ctrl+Alt+S)",
    ]


@pytest.mark.parametrize(
    ("mutate", "needle", "anchor"),
    [
        (
            lambda t: t.replace('"title": "LATTE"', '"titel": "LATTE"'),
            "script 'latte': unknown key “titel”",
            '"titel"',
        ),
        (
            lambda t: t.replace('"category": "Service recovery"', '"category": 7'),
            "“category” must be text",
            '"category": 7',
        ),
        (
            lambda t: t.replace('"queues": [', '"queues": 3, "x": ['),
            "“queues” must be a list",
            '"queues": 3',
        ),
        (
            lambda t: t.replace('"default_language": "en"', '"default_language": "fa"'),
            "default language: “fa” has no variant",
            '"default_language": "fa"',
        ),
        (
            lambda t: t.replace('"key": "latte"', '"key": "Latte!"'),
            "key: lower-case letters",
            '"key": "Latte!"',
        ),
        (
            lambda t: t.replace('"format": "agent-console-scripts"', '"format": "other"'),
            '"format" must be',
            '"format"',
        ),
        (
            lambda t: t.replace('"version": 1', '"version": 2'),
            "version 2 is not supported",
            '"version": 2',
        ),
        (
            lambda t: t.replace('"title": "LATTE",', '"title": "LATTE", "title": "Again",'),
            "not valid JSON: the key “title” is given twice",
            '"title": "Again"',
        ),
        (
            lambda t: t.replace(
                '"category": "Service recovery",', '"category": "Service recovery"'
            ),
            "not valid JSON: Expecting ',' delimiter",
            '"default_language"',
        ),
        (lambda t: t.replace('"th": {', '"xx yy": {'), "“xx yy” is not a language code", '"xx yy"'),
    ],
    ids=[
        "unknown-key",
        "type",
        "queues",
        "default-language",
        "key",
        "format",
        "version",
        "duplicate-key",
        "syntax",
        "language",
    ],
)
def test_file_problems_are_reported_with_their_line(mutate, needle, anchor) -> None:  # type: ignore[no-untyped-def]
    text = mutate(dump_scripts([_doc()]))
    parsed = parse_script_file(text)
    assert not parsed.ok
    matching = [i for i in parsed.issues if needle in i.message]
    assert matching, [str(i) for i in parsed.issues]
    assert matching[0].line == _line_of(text, anchor)


def test_duplicate_keys_and_shortcuts_in_one_file_are_refused() -> None:
    text = dump_scripts([_doc(), _doc()])
    messages = [str(i) for i in parse_script_file(text).issues]
    assert any("script 'latte' is given twice (first on line 5)" in m for m in messages)
    assert any("shortcut Ctrl+Alt+L is also script 'latte's" in m for m in messages)
    assert parse_script_file(dump_scripts([_doc(), _doc("b", retired=True)])).ok


def test_a_body_may_be_one_text_and_odd_files_are_refused_cleanly() -> None:
    doc = {
        "format": "agent-console-scripts",
        "scripts": [
            {
                "key": "k",
                "title": "T",
                "variants": {"en": "Hi {{ agent.name }}", "ru": {"body": ["a", "b"]}},
            }
        ],
    }
    parsed = parse_script_file(json.dumps(doc))
    assert parsed.ok and parsed.scripts[0].doc.bodies() == {
        "en": "Hi {{ agent.name }}",
        "ru": "a\nb",
    }
    for text, needle in (
        ("[]", "must be an object"),
        ("", "Expecting value"),
        ("{} x", "Extra data"),
        ('{"format": "agent-console-scripts"}', '"scripts" must be a list'),
        ("[" * 100_000, "not valid JSON"),
    ):
        found = parse_script_file(text).issues
        assert found and needle in str(found[0]), (text[:20], found)


# ---- the shipped set -------------------------------------------------------------------------


def test_the_shipped_scripts_are_valid_and_in_four_languages() -> None:
    docs = {}
    for path in sorted(SHIPPED.glob("*.json")):
        parsed = parse_script_file(path.read_text(encoding="utf-8"))
        assert parsed.ok, (path.name, parsed.issues)
        docs.update({p.doc.key: p.doc for p in parsed.scripts})
    assert set(docs) >= {
        "latte",
        "callback-promise",
        "callback-instead-of-hold",
        "warm-transfer-intro",
        "apology-goodwill",
        "disruption-update",
    }
    shortcuts = [d.shortcut for d in docs.values() if d.shortcut]
    assert len(shortcuts) == len(set(shortcuts))
    for doc in docs.values():
        assert {v.language for v in doc.variants} >= {"en", "th", "ru", "fa"}, doc.key
        assert all(v.title for v in doc.variants)
    en = {key: check_template(doc.bodies()["en"]) for key, doc in docs.items()}
    assert "callback.promise" in en["callback-promise"].fields
    assert en["apology-goodwill"].questions
    for key in ("disruption-update", "disruption-no-news"):
        for body in docs[key].bodies().values():
            assert {"incident.facts", "incident.standards"} <= set(check_template(body).fields)


def test_shipped_scripts_render_in_each_language_with_a_full_record() -> None:
    values = {spec.name: f"<{spec.name}>" for spec in FIELDS}
    incident = IncidentFacts("Storm", "The 14:30 sailing is cancelled.", "Free rebooking.", NOW)
    assert incident.updated_at == NOW
    for path in sorted(SHIPPED.glob("*.json")):
        for doc in (p.doc for p in parse_script_file(path.read_text("utf-8")).scripts):
            for v in doc.variants:
                ctx = ScriptContext(values, v.language)
                answers = dict.fromkeys(check_template(v.body).questions, "ANSWER")
                r = render_script(doc.bodies(), doc.default_language, ctx, answers=answers)
                assert r.ready and not r.fallback and r.language == v.language, doc.key
                assert r.rtl == (v.language == "fa")
                assert "{{" not in r.text and "{%" not in r.text and "None" not in r.text


# ---- properties ------------------------------------------------------------------------------

# Values a record may hold: empty, whitespace, long, right-to-left, emoji and combining marks.
_text = st.one_of(
    st.just(""),
    st.just("   "),
    st.text(max_size=30),
    st.text(alphabet="مریمرضایی‌ ", max_size=20),
    st.text(alphabet="😀👩‍👩‍👧🇮🇷✈️", max_size=8),
    st.text(alphabet="สมชายใจดี่้๊", max_size=20),
    st.text(min_size=2_500, max_size=3_000, alphabet="ab c"),
).filter(lambda s: "{" not in s and "None" not in s)
_records = st.dictionaries(
    st.sampled_from([f.name for f in FIELDS] + ["customer.fields.voyage"]), _text
)
_SHIPPED_BODIES = [
    (doc, v)
    for path in sorted(SHIPPED.glob("*.json"))
    for doc in (p.doc for p in parse_script_file(path.read_text("utf-8")).scripts)
    for v in doc.variants
]
_EXTRA = (
    "{{ customer.fields.voyage|upper }}|{{ customer.first_name|default('friend')|title }}"
    "{% if customer.email %}{{ customer.email }}{% else %}-{% endif %}{{ cursor }}"
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    record=_records,
    language=st.sampled_from(["", "en", "th", "ru", "fa", "ar", "de"]),
    answers=st.dictionaries(st.text(max_size=40), _text, max_size=3),
    pick=st.integers(min_value=0, max_value=len(_SHIPPED_BODIES) - 1),
)
def test_rendering_any_record_never_raises_nor_leaks_placeholders(
    record: dict[str, str], language: str, answers: dict[str, str], pick: int
) -> None:
    values = {k: sc.clean_value(v) for k, v in record.items()}
    ctx = ScriptContext(values, language)
    doc, variant = _SHIPPED_BODIES[pick]
    for result in (
        render_script(doc.bodies(), doc.default_language, ctx, answers=answers),
        render_template(variant.body, ctx, answers=answers),
        render_template(_EXTRA, ctx),
    ):
        assert "{{" not in result.text and "{%" not in result.text
        assert "None" not in result.text
        assert not any(ch in result.text for ch in "\ue000\ue001\ue002")
        for gap in result.gaps:
            assert result.text[gap.start : gap.end] == f"[{gap.label}]"
        # A gap exactly where a value is missing, and only there.
        assert set(result.missing) <= {f.name for f in FIELDS} | {"customer.fields.voyage"}
        assert all(not values.get(name) for name in result.missing)
        assert result.ready == (not result.gaps and not result.truncated)
        assert result.cursor is None or 0 <= result.cursor <= len(result.text)


def test_every_shipped_script_asks_its_questions_in_each_variants_language() -> None:
    """An agent reading the Persian text sees Persian questions, not English ones."""
    checked = 0
    for path in sorted(SHIPPED.glob("*.json")):
        for script in parse_script_file(path.read_text(encoding="utf-8")).scripts:
            bodies = script.doc.bodies()
            asked = {lang: check_template(body).questions for lang, body in bodies.items()}
            if script.doc.key == "latte":
                assert asked["en"] == ("What happens next, and by when",)
            for lang, questions in asked.items():
                assert len(questions) == len(asked["en"]), (path.name, lang)
                if lang == "en":
                    continue
                for question in questions:
                    checked += 1
                    assert not any("a" <= ch.lower() <= "z" for ch in question), (
                        path.name, lang, question,
                    )  # fmt: skip
    assert checked >= 3 * 7  # LATTE's one, and six more across three scripts, per language
