"""HistoryModel without any view: times in the agent's zone, paging keys, tooltips."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from console.services.customers import TimelineItem
from ui.history_model import HistoryModel

TALLINN = ZoneInfo("Europe/Tallinn")
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def _item(iid: int, at: dt.datetime, **kw: object) -> TimelineItem:
    values: dict[str, object] = {
        "id": iid,
        "kind": "call",
        "direction": "inbound",
        "agent": "Dana Kask",
        "started_at": at,
        "ended_at": at + dt.timedelta(minutes=9, seconds=5),
        "outcome": "callback promised",
        "summary": "Line one\nline two",
    }
    values.update(kw)
    return TimelineItem(**values)  # type: ignore[arg-type]


def _model() -> HistoryModel:
    return HistoryModel(TALLINN, clock=lambda: NOW)


def test_cells_read_like_a_person_would_say_them() -> None:
    model = _model()
    model.set_rows([_item(1, dt.datetime(2026, 11, 23, 9, 5, tzinfo=dt.UTC))])

    def cell(col: int) -> object:
        return model.index(0, col).data()

    assert cell(HistoryModel.WHEN) == "Today 11:05"  # 09:05 UTC is 11:05 in Tallinn
    assert cell(HistoryModel.TYPE) == "Call"
    assert cell(HistoryModel.DIRECTION) == "Inbound"
    assert cell(HistoryModel.AGENT) == "Dana Kask"
    assert cell(HistoryModel.OUTCOME) == "Callback promised"
    assert cell(HistoryModel.SUMMARY) == "Line one line two"


def test_when_is_relative_to_the_agents_day() -> None:
    model = _model()
    model.set_rows(
        [
            _item(1, dt.datetime(2026, 11, 22, 21, 30, tzinfo=dt.UTC)),  # 23:30 Tallinn
            _item(2, dt.datetime(2026, 11, 22, 22, 30, tzinfo=dt.UTC)),  # 00:30 next day
            _item(3, dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)),
            _item(4, dt.datetime(2024, 2, 3, 8, 0, tzinfo=dt.UTC)),
        ]
    )
    whens = [model.index(r, HistoryModel.WHEN).data() for r in range(4)]
    assert whens == ["Yesterday 23:30", "Today 00:30", "1 Mar 10:00", "3 Feb 2024 10:00"]


def test_tooltips_carry_the_full_time_duration_and_summary() -> None:
    model = _model()
    model.set_rows([_item(1, NOW, summary="Refund <EUR 640> & more\nsecond line")])
    when = model.index(0, HistoryModel.WHEN).data(Qt.ItemDataRole.ToolTipRole)
    assert "Monday 23 November 2026, 14:00 (Europe/Tallinn)" in when
    assert "Duration: 9 min 05 s" in when
    summary = model.index(0, HistoryModel.SUMMARY).data(Qt.ItemDataRole.ToolTipRole)
    assert "Refund &lt;EUR 640&gt; &amp; more<br>second line" in summary


def test_notes_have_no_direction_or_duration() -> None:
    model = _model()
    model.set_rows([_item(1, NOW, kind="note", direction=None, ended_at=None, outcome="")])
    assert model.index(0, HistoryModel.DIRECTION).data() == ""
    assert model.index(0, HistoryModel.OUTCOME).data() == ""
    assert "Duration" not in model.index(0, HistoryModel.WHEN).data(Qt.ItemDataRole.ToolTipRole)


def test_pages_append_without_duplicates_and_give_the_next_key() -> None:
    model = _model()
    assert model.page_key() is None
    first = [_item(i, NOW - dt.timedelta(hours=i)) for i in range(1, 4)]
    model.set_rows(first)
    assert model.page_key() == (first[-1].started_at, 3)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.append_rows([first[-1], _item(4, NOW - dt.timedelta(hours=4))])
    assert inserted == [(3, 3)]
    assert [r.id for r in model.rows()] == [1, 2, 3, 4]
    model.append_rows([])
    assert model.rowCount() == 4


def test_headers() -> None:
    model = _model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "When",
        "Type",
        "Direction",
        "Agent",
        "Outcome",
        "Summary",
    ]


def test_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = _model()
    model.set_rows([_item(i, NOW - dt.timedelta(days=i)) for i in range(30)])
    qtmodeltester.check(model, force_py=True)
