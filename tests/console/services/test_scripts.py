"""The script library on both databases: seeding, versions, roles, retiring, order,
favourites, usage, import and export, queue limits, shortcuts, conflicts and the context."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from console.errors import ConflictError, FieldErrors, NotFoundError, UserFacingError
from console.scripts import IncidentFacts, ScriptDoc, Variant, dump_scripts
from console.services.callbacks import ScheduleRequest
from console.services.scripts import (
    PermissionDenied,
    ScriptService,
    load_shipped,
    script_context,
    shipped_dir,
)
from console.storage.db import Database
from console.storage.models import Event, Script, ScriptVersion, utcnow
from tests.support.world import World, _world

UTC = dt.UTC
# Tuesday 24 November 2026, 08:00 UTC = 11:30 in Tehran, 03:00 in New York.
NOW = dt.datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
SHIPPED_KEYS = [d.key for d in load_shipped()]


@pytest.fixture
def w(db: Database) -> World:
    return _world(db)


@pytest.fixture
def svc(w: World) -> ScriptService:
    return ScriptService(w.db)


def doc(key: str = "refund", **kw: object) -> ScriptDoc:
    base = ScriptDoc(
        key=key,
        title="Refund confirmation",
        category="Billing",
        variants=(
            Variant(
                "en",
                'Dear {{ customer.full_name }}, we refund {{ ask("Refund amount") }}.{{ cursor }}',
                "Refund",
            ),
            Variant(
                "fa",
                '{{ customer.full_name }} گرامی، مبلغ {{ ask("Refund amount") }} بازپرداخت می‌شود.',
            ),
        ),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.read() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


# ---- seeding ---------------------------------------------------------------------------------


def test_seeding_is_idempotent(w: World, svc: ScriptService) -> None:
    first = svc.seed_shipped()
    assert list(first.created) == SHIPPED_KEYS and first.changed
    before = (count(w.db, Script), count(w.db, ScriptVersion), count(w.db, Event))
    second = svc.seed_shipped()
    assert (second.created, second.updated, list(second.unchanged)) == ((), (), SHIPPED_KEYS)
    assert (count(w.db, Script), count(w.db, ScriptVersion), count(w.db, Event)) == before
    latte = svc.get("latte")
    assert latte.shipped and latte.version == 1 and latte.shortcut == "Ctrl+Alt+L"
    assert latte.languages == ("en", "th", "ru", "fa")
    assert [v.action for v in svc.versions("latte")] == ["seeded"]


def test_seeding_never_overwrites_a_supervisors_edit(
    w: World, svc: ScriptService, tmp_path: Path
) -> None:
    svc.seed_shipped()
    latte = svc.get("latte")
    mine = replace(latte.doc(), title="LATTE (our wording)")
    svc.edit(latte.id, latte.version, mine, w.sue)
    # A newer program ships new wording for two scripts.
    newer = tmp_path / "shipped"
    shutil.copytree(shipped_dir(), newer)
    for path in newer.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data["scripts"]:
            if item["key"] in ("latte", "apology-goodwill"):
                item["title"] += " (v2)"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = svc.seed_shipped(newer)
    assert report.updated == ("apology-goodwill",) and "latte" in report.unchanged
    assert svc.get("latte").title == "LATTE (our wording)"
    assert svc.get("apology-goodwill").title.endswith("(v2)")
    assert [v.action for v in svc.versions("apology-goodwill")] == ["seeded", "seeded"]
    assert not svc.seed_shipped(newer).changed


def test_seeding_skips_a_shortcut_someone_already_uses(w: World, svc: ScriptService) -> None:
    svc.create(doc(shortcut="Ctrl+Alt+L"), w.sue)
    svc.seed_shipped()
    assert svc.get("latte").shortcut == "" and svc.get("refund").shortcut == "Ctrl+Alt+L"


# ---- editing, versions, roles --------------------------------------------------------------


def test_every_edit_is_a_new_version_with_who_and_when(w: World, svc: ScriptService) -> None:
    before = utcnow()
    created = svc.create(doc(queues=("General",)), w.sue)
    assert (created.version, created.updated_by, created.queues) == (1, "Sue", ("General",))
    changed = replace(doc(), title="Refund sent", queues=())
    edited = svc.edit(created.id, 1, changed, w.sue)
    assert (edited.version, edited.title, edited.queues) == (2, "Refund sent", ())
    history = svc.versions(created.id)
    assert [(h.version, h.action, h.edited_by) for h in history] == [
        (2, "edited", "Sue"),
        (1, "created", "Sue"),
    ]
    assert all(h.edited_at >= before for h in history)
    old = svc.version("refund", 1)
    assert old.doc.title == "Refund confirmation" and old.doc.queues == ("General",)
    assert old.doc.variant("fa") is not None
    # Saving the same content again adds no empty version.
    assert svc.edit(created.id, 2, changed, w.sue).version == 2
    with w.db.read() as conn:
        actions = conn.scalars(
            select(Event.action).where(Event.entity == "script").order_by(Event.id)
        ).all()
    assert actions == ["created", "edited"]
    with pytest.raises(NotFoundError):
        svc.version("refund", 9)


def test_agents_cannot_change_scripts(w: World, svc: ScriptService, tmp_path: Path) -> None:
    svc.seed_shipped()
    latte = svc.get("latte")
    attempts = [
        lambda: svc.create(doc(), w.ana),
        lambda: svc.create(doc(title=""), w.ana),  # refused for the role, not the form
        lambda: svc.edit(latte.id, latte.version, replace(latte.doc(), title="x"), w.ana),
        lambda: svc.retire(latte.id, latte.version, w.ana),
        lambda: svc.reorder([latte.id], w.ben),
        lambda: svc.import_text(svc.export_text(), w.ana),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="only supervisors and admins"):
            attempt()
    assert issubclass(PermissionDenied, UserFacingError)
    assert svc.get("latte").version == 1 and count(w.db, Script) == len(SHIPPED_KEYS)


def test_templates_outside_the_allow_list_are_refused_on_save(w: World, svc: ScriptService) -> None:
    bad = replace(
        doc(),
        variants=(
            Variant("en", "Hi {{ customer.first_name }}"),
            Variant("th", "สวัสดี\n{{ customer.password }} {{ ''.__class__ }}"),
        ),
    )
    with pytest.raises(FieldErrors) as info:
        svc.create(bad, w.sue)
    assert info.value.errors["variant th"].startswith("line 2: unknown field customer.password")
    with pytest.raises(FieldErrors) as info:
        svc.create(doc(key="Bad Key", shortcut="Shift+R", default_language="ru"), w.sue)
    assert set(info.value.errors) == {"key", "shortcut", "default_language"}
    assert count(w.db, Script) == 0


def test_a_stale_edit_is_refused_naming_who_changed_it(w: World, svc: ScriptService) -> None:
    created = svc.create(doc(), w.sue)
    svc.edit(created.id, 1, replace(doc(), title="Sue's wording"), w.sue)
    with pytest.raises(ConflictError) as info:
        svc.edit(created.id, 1, replace(doc(), title="Mine"), w.sue)
    assert info.value.changed_by == "Sue" and info.value.current_version == 2
    assert "changed by Sue" in str(info.value) and "Nothing was saved" in str(info.value)
    with pytest.raises(ConflictError):
        svc.retire(created.id, 1, w.sue)
    assert svc.get(created.id).title == "Sue's wording"


def test_the_key_cannot_change(w: World, svc: ScriptService) -> None:
    created = svc.create(doc(), w.sue)
    with pytest.raises(FieldErrors, match="cannot change"):
        svc.edit(created.id, 1, doc(key="other"), w.sue)


# ---- retire, reorder -------------------------------------------------------------------------


def test_retire_hides_the_script_but_keeps_its_history(w: World, svc: ScriptService) -> None:
    created = svc.create(doc(shortcut="Ctrl+Alt+R"), w.sue)
    svc.add_favourite(w.ana, created.id)
    retired = svc.retire(created.id, 1, w.sue, reason="Policy changed")
    assert not retired.active and retired.version == 2
    assert "refund" not in [v.key for v in svc.search(w.ana)]
    assert svc.favourites(w.ana) == []
    assert svc.by_shortcut(w.ana, "ctrl+alt+r") is None
    assert svc.get("refund").title == "Refund confirmation"  # still readable
    history = svc.versions("refund")
    assert [(h.action, h.active, h.reason) for h in history] == [
        ("retired", False, "Policy changed"),
        ("created", True, ""),
    ]
    assert [v.key for v in svc.library()] == ["refund"]
    assert svc.library(include_retired=False) == []
    # Its shortcut is free while it is retired, so it cannot come back with it.
    other = svc.create(doc("other", shortcut="Ctrl+Alt+R"), w.sue)
    with pytest.raises(UserFacingError, match="cannot come back with its shortcut"):
        svc.restore(created.id, 2, w.sue)
    svc.retire(other.id, 1, w.sue)
    restored = svc.restore(created.id, 2, w.sue)
    assert restored.active and restored.version == 3
    assert [v.key for v in svc.favourites(w.ana)] == ["refund"]
    assert svc.by_shortcut(w.ana, "Ctrl+Alt+R") == svc.get("refund", w.ana)


def test_reorder_moves_scripts_within_the_places_they_held(w: World, svc: ScriptService) -> None:
    svc.seed_shipped()
    keys = [v.key for v in svc.search(w.ana)]
    assert keys == SHIPPED_KEYS
    ids = {v.key: v.id for v in svc.library()}
    # Reorder only the two disruption scripts: they swap, everything else stays.
    svc.reorder([ids["disruption-no-news"], ids["disruption-update"]], w.sue)
    swapped = list(keys)
    a, b = swapped.index("disruption-update"), swapped.index("disruption-no-news")
    swapped[a], swapped[b] = swapped[b], swapped[a]
    assert [v.key for v in svc.search(w.ana)] == swapped
    full = list(reversed(swapped))
    assert [v.key for v in svc.reorder([ids[k] for k in full], w.sue)] == full
    assert svc.categories(w.ana)[0] == svc.get(full[0]).category
    with pytest.raises(NotFoundError):
        svc.reorder([999], w.sue)
    with pytest.raises(FieldErrors):
        svc.reorder([ids["latte"], ids["latte"]], w.sue)


# ---- agents: search, queues, favourites, usage ----------------------------------------------


def test_queue_limited_scripts_are_seen_only_in_their_queues(w: World, svc: ScriptService) -> None:
    svc.create(doc("evening-only", queues=("Evening",)), w.sue)
    svc.create(doc("everyone"), w.sue)
    assert [v.key for v in svc.search(w.ana)] == ["everyone"]  # ana: General only
    assert [v.key for v in svc.search(w.ben)] == ["evening-only", "everyone"]
    assert [v.key for v in svc.search(w.ben, [w.queue])] == ["everyone"]  # a General call
    assert [v.key for v in svc.search(w.ana, [w.evening])] == ["evening-only", "everyone"]
    assert len(svc.search(None)) == 2  # the supervisor's library
    limited = svc.get("evening-only")
    assert limited.queues == ("Evening",) and limited.queue_ids == (w.evening,)
    with pytest.raises(FieldErrors, match="no queue 'Nights'"):
        svc.create(doc("x", queues=("Nights",)), w.sue)


def test_search_by_text_in_any_language_and_category(w: World, svc: ScriptService) -> None:
    svc.seed_shipped()
    assert svc.search(w.ana, text="GOODWILL")[0].key == "apology-goodwill"
    assert "callback-promise" in [v.key for v in svc.search(w.ana, text="callback")]
    assert [v.key for v in svc.search(w.ana, text="ยืนยันนัด")] == ["callback-promise"]
    assert [v.key for v in svc.search(w.ana, text="disruption", category="Disruptions")] == [
        "disruption-update",
        "disruption-no-news",
    ]
    assert svc.search(w.ana, text="no such words anywhere") == []
    assert {v.category for v in svc.search(w.ana, category="Callbacks")} == {"Callbacks"}


def test_favourites_are_per_agent_and_ordered(w: World, svc: ScriptService) -> None:
    svc.seed_shipped()
    ids = {v.key: v.id for v in svc.library()}
    svc.add_favourite(w.ana, ids["latte"])
    svc.add_favourite(w.ana, ids["callback-promise"])
    favs = svc.add_favourite(w.ana, ids["latte"])  # twice: still once
    assert [v.key for v in favs] == ["latte", "callback-promise"]
    assert [v.favourite for v in favs] == [0, 1]
    svc.add_favourite(w.ana, ids["apology-goodwill"])
    reordered = svc.reorder_favourites(w.ana, [ids["apology-goodwill"], ids["latte"]])
    assert [v.key for v in reordered] == ["apology-goodwill", "latte", "callback-promise"]
    assert svc.favourites(w.ben) == []
    assert [v.key for v in svc.remove_favourite(w.ana, ids["latte"])] == [
        "apology-goodwill",
        "callback-promise",
    ]
    with pytest.raises(UserFacingError, match="Only favourites"):
        svc.reorder_favourites(w.ana, [ids["latte"]])
    mine = {v.key: v.favourite for v in svc.search(w.ana)}
    assert mine["apology-goodwill"] == 0 and mine["latte"] is None


def test_usage_is_counted_per_script_and_agent(w: World, svc: ScriptService) -> None:
    svc.seed_shipped()
    ids = {v.key: v.id for v in svc.library()}
    assert svc.record_use(ids["latte"], w.ana, NOW) == 1
    assert svc.record_use(ids["latte"], w.ana, NOW + dt.timedelta(minutes=5)) == 2
    assert svc.record_use(ids["latte"], w.ben, NOW) == 1
    assert svc.record_use(ids["callback-promise"], w.ana, NOW) == 1
    rows = {(u.key, u.agent): (u.uses, u.last_used_at) for u in svc.usage()}
    assert rows == {
        ("latte", "Ana"): (2, NOW + dt.timedelta(minutes=5)),
        ("latte", "Ben"): (1, NOW),
        ("callback-promise", "Ana"): (1, NOW),
    }
    assert [u.uses for u in svc.usage(script_id=ids["latte"])] == [2, 1]
    assert {u.key for u in svc.usage(agent_id=w.ben)} == {"latte"}
    assert svc.get("latte", w.ana).uses == 2 and svc.get("latte", w.ben).uses == 1
    with pytest.raises(NotFoundError):
        svc.record_use(999, w.ana)


# ---- shortcuts -------------------------------------------------------------------------------


def test_shortcuts_are_unique_among_active_scripts(w: World, svc: ScriptService) -> None:
    first = svc.create(doc("first", shortcut="ctrl+alt+r"), w.sue)
    assert first.shortcut == "Ctrl+Alt+R"
    with pytest.raises(FieldErrors) as info:
        svc.create(doc("second", shortcut="Alt+Ctrl+R"), w.sue)
    assert "already the shortcut of “Refund confirmation”" in info.value.errors["shortcut"]
    second = svc.create(doc("second"), w.sue)
    with pytest.raises(FieldErrors, match="already the shortcut"):
        svc.edit(second.id, 1, doc("second", shortcut="Ctrl+Alt+R"), w.sue)
    # The database refuses it too, whatever a program does.
    with pytest.raises(IntegrityError), w.db.write() as conn:
        conn.execute(
            Script.__table__.update().where(Script.id == second.id).values(shortcut="Ctrl+Alt+R")
        )
    svc.retire(first.id, 1, w.sue)
    assert svc.edit(second.id, 1, doc("second", shortcut="Ctrl+Alt+R"), w.sue).version == 2


# ---- import and export -----------------------------------------------------------------------


def test_import_is_all_or_nothing_with_lines(w: World, svc: ScriptService) -> None:
    good = doc("good", queues=("General",), shortcut="Ctrl+Alt+G")
    bad = replace(
        doc("bad", queues=("Nights",)),
        variants=(Variant("en", "Hi\n{{ customer.password }}"),),
        default_language="en",
    )
    text = dump_scripts([good, bad])
    report = svc.import_text(text, w.sue)
    assert not report.ok and count(w.db, Script) == 0
    line = text[: text.index("customer.password")].count("\n") + 1
    assert f"line {line}: script 'bad', variant 'en': unknown field customer.password" in [
        str(i) for i in report.issues
    ]
    # With the template fixed, the unknown queue still stops everything, with its line.
    fixed = text.replace("{{ customer.password }}", "{{ customer.email }}")
    report = svc.import_text(fixed, w.sue)
    queue_line = fixed[: fixed.index('"Nights"')].count("\n")  # the "queues": [ line
    assert [(i.line, i.message) for i in report.issues] == [
        (queue_line, "script 'bad': unknown queue 'Nights' (known: Evening, General)")
    ]
    assert count(w.db, Script) == 0 and "nothing was imported" in report.summary()
    done = svc.import_text(fixed.replace("Nights", "Evening"), w.sue)
    assert done.ok and done.created == ("good", "bad"), done.issues
    assert svc.get("bad").queues == ("Evening",)
    assert [h.action for h in svc.versions("good")] == ["imported"]
    assert done.to_json()["created"] == ["good", "bad"]


def test_import_refuses_a_shortcut_another_script_holds(w: World, svc: ScriptService) -> None:
    svc.create(doc("mine", shortcut="Ctrl+Alt+G"), w.sue)
    report = svc.import_text(dump_scripts([doc("theirs", shortcut="Ctrl+Alt+G")]), w.sue)
    assert [i.message for i in report.issues] == [
        "script 'theirs': shortcut Ctrl+Alt+G already belongs to script 'mine' "
        "(“Refund confirmation”)"
    ]
    # Two scripts may swap their shortcuts in one file.
    svc.create(doc("yours", shortcut="Ctrl+Alt+Y"), w.sue)
    swap = [doc("mine", shortcut="Ctrl+Alt+Y"), doc("yours", shortcut="Ctrl+Alt+G")]
    report = svc.import_text(dump_scripts(swap), w.sue)
    assert report.ok and report.updated == ("mine", "yours"), report.issues
    assert (svc.get("mine").shortcut, svc.get("yours").shortcut) == ("Ctrl+Alt+Y", "Ctrl+Alt+G")


def test_export_then_import_round_trips(w: World, svc: ScriptService, tmp_path: Path) -> None:
    svc.seed_shipped()
    svc.create(doc(queues=("Evening",), shortcut="Ctrl+Alt+R"), w.sue)
    retired = svc.create(doc("old-one"), w.sue)
    svc.retire(retired.id, 1, w.sue)
    path = tmp_path / "library.json"
    assert svc.export_file(path, include_retired=True) == len(SHIPPED_KEYS) + 2
    before = {v.key: v.doc() for v in svc.library()}
    again = svc.import_file(path, w.sue)
    assert again.ok and set(again.unchanged) == set(before) and not again.updated
    # Change two scripts, then bring the exported state back: new versions, not rewrites.
    latte = svc.get("latte")
    svc.edit(latte.id, latte.version, replace(latte.doc(), title="Changed"), w.sue)
    svc.restore(retired.id, 2, w.sue)
    back = svc.import_file(path, w.sue)
    assert (back.updated, back.retired) == (("latte",), ("old-one",))
    assert {v.key: v.doc() for v in svc.library()} == before
    assert [h.action for h in svc.versions("latte")] == ["imported", "edited", "seeded"]
    with pytest.raises(UserFacingError, match="Cannot read"):
        svc.import_file(tmp_path / "missing.json", w.sue)
    (tmp_path / "latin1.json").write_bytes(b'{\n"x": "\xe9"}')
    report = svc.import_file(tmp_path / "latin1.json", w.sue)
    assert [str(i) for i in report.issues] == ["line 2: the file is not UTF-8 text"]


# ---- the context and rendering ---------------------------------------------------------------


def test_the_context_reads_every_allow_listed_value(w: World, svc: ScriptService) -> None:
    ctx = script_context(w.db, w.maryam, w.ana, now=NOW)
    v = ctx.values
    assert ctx.language == "fa"
    assert v["customer.first_name"] == ""  # no given name on file: a gap, never "None"
    assert v["customer.full_name"] == "مریم رضایی"
    assert v["customer.phone"] == "+98 912 345 6789"
    assert v["customer.email"] == "" and v["customer.country"] == "IR"
    assert v["customer.local_time"] == "Tue 11:30"
    assert v["customer.local_date"] == "24 November 2026"
    assert ctx.for_language("fa")["customer.local_time"] == "سه‌شنبه 11:30"
    assert v["customer.fields.departure_date"] == "2026-11-27"
    assert (v["agent.name"], v["agent.first_name"]) == ("Ana", "Ana")
    assert "callback.promise" not in v and "incident.facts" not in v
    john = svc.script_context(w.john, None, now=NOW)
    assert john.values["customer.local_time"] == "Tue 03:00" and "agent.name" in john.values
    assert john.values["agent.name"] == ""
    with pytest.raises(NotFoundError):
        script_context(w.db, 99_999, w.ana)


def test_callback_and_incident_values_fill_the_scripts(w: World, svc: ScriptService) -> None:
    svc.seed_shipped()
    before = svc.render("callback-promise", w.maryam, w.ana, now=NOW)
    assert (before.language, before.rtl, before.fallback) == ("fa", True, False)
    assert before.missing == ("callback.window",) and not before.ready
    cb = w.svc.schedule(
        ScheduleRequest(w.maryam, mode="at", local_start=dt.datetime(2026, 11, 24, 14, 0)),
        w.ana,
        NOW,
    )
    after = svc.render("callback-promise", w.maryam, w.ana, now=NOW)
    assert after.ready and "سه‌شنبه 24 نوامبر، ساعت 14:00–14:30" in after.text
    english = svc.render("callback-promise", w.maryam, w.ana, language="en", now=NOW)
    assert cb.promise in english.text and english.fallback
    with w.db.read() as conn:
        ctx = script_context(conn, w.maryam, w.ana, now=NOW)
    assert ctx.values["callback.queue"] == "General"
    assert ctx.values["callback.window"] == "Tue 24 November, 14:00–14:30"
    incident = IncidentFacts(
        "Storm Aurora", "The 14:30 sailing is cancelled.", "Free rebooking within 48 hours.", NOW
    )
    update = svc.render("disruption-update", w.john, w.ana, incident=incident, now=NOW)
    assert update.ready and update.language == "en" and not update.rtl
    assert "The 14:30 sailing is cancelled." in update.text and "(updated Tue 03:00" in update.text
    assert update.cursor == len(update.text)
    no_incident = svc.render("disruption-update", w.john, w.ana, now=NOW)
    assert set(no_incident.missing) == {
        "incident.name",
        "incident.updated",
        "incident.facts",
        "incident.standards",
    }


def test_questions_and_fill_through_the_service(w: World, svc: ScriptService) -> None:
    svc.seed_shipped()
    r = svc.render("apology-goodwill", w.john, w.ana, now=NOW)
    assert r.unanswered == (
        "Goodwill offer (e.g. a 50 EUR voucher)",
        "How and when the customer receives it",
    )
    answers = {
        "Goodwill offer (e.g. a 50 EUR voucher)": "a 50 EUR voucher",
        "How and when the customer receives it": "It arrives by e-mail today",
    }
    done = svc.render("apology-goodwill", w.john, w.ana, answers=answers, now=NOW)
    assert done.ready and "offer you a 50 EUR voucher. It arrives by e-mail today." in done.text
    latte = svc.render(
        "latte",
        w.maryam,
        w.ana,
        fill={"customer.first_name": "مریم"},
        now=NOW,
        answers={"قدم بعدی چیست و تا چه زمانی": "فردا"},
    )
    assert latte.ready and latte.text.startswith("مریم گرامی، از اینکه")
