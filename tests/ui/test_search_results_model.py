"""SearchResultsModel without any view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from console.services.customers import CustomerSummary
from ui.search_results_model import SearchResultsModel


def _summary(cid: int, name: str, **kw: object) -> CustomerSummary:
    values: dict[str, object] = {
        "id": cid,
        "account_no": f"AC{cid:07d}",
        "full_name": name,
        "phone": "+7 916 555-12-34",
        "email": f"c{cid}@example.ru",
        "country": "RU",
        "language": "ru",
        "time_zone": "Europe/Moscow",
        "tags": (),
        "do_not_call": False,
        "matched_by": "name",
    }
    values.update(kw)
    return CustomerSummary(**values)  # type: ignore[arg-type]


def test_columns_show_the_summary_fields() -> None:
    model = SearchResultsModel()
    model.set_rows([_summary(7, "Ольга Петрова")])
    assert model.rowCount() == 1
    assert model.columnCount() == SearchResultsModel.COLUMN_COUNT == 5

    def cell(col: int) -> object:
        return model.index(0, col).data()

    assert cell(SearchResultsModel.NAME) == "Ольга Петрова"
    assert cell(SearchResultsModel.PHONE) == "+7 916 555-12-34"
    assert cell(SearchResultsModel.EMAIL) == "c7@example.ru"
    assert cell(SearchResultsModel.ACCOUNT) == "AC0000007"
    assert cell(SearchResultsModel.COUNTRY) == "RU"
    assert model.index(0, 0).data(SearchResultsModel.CUSTOMER_ID_ROLE) == 7


def test_headers_name_the_columns() -> None:
    model = SearchResultsModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Phone", "Email", "Account", "Country"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_do_not_call_comes_first_then_vip_then_other_tags() -> None:
    model = SearchResultsModel()
    model.set_rows(
        [_summary(1, "A", tags=("refund pending", "VIP", "do not call"), do_not_call=True)]
    )
    name = model.index(0, SearchResultsModel.NAME)
    chips = name.data(SearchResultsModel.CHIPS_ROLE)
    assert [(c.text, c.kind) for c in chips] == [
        ("Do not call", "dnc"),
        ("VIP", "vip"),
        ("Refund pending", "tag"),
    ]
    assert name.data(Qt.ItemDataRole.AccessibleTextRole) == "A, Do not call, VIP, Refund pending"
    tooltip = name.data(Qt.ItemDataRole.ToolTipRole)
    assert "Do not call · VIP" in tooltip and "Found by name" in tooltip
    # Chips belong to the name column only.
    assert model.index(0, SearchResultsModel.PHONE).data(SearchResultsModel.CHIPS_ROLE) is None


def test_country_tooltip_names_the_country() -> None:
    model = SearchResultsModel()
    model.set_rows([_summary(1, "A", country="IR")])
    assert model.index(0, SearchResultsModel.COUNTRY).data(Qt.ItemDataRole.ToolTipRole) == "Iran"


def test_set_rows_replaces_and_resets(qtbot: object) -> None:
    model = SearchResultsModel()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([_summary(1, "A"), _summary(2, "B")])
    model.set_rows([_summary(3, "C")])
    assert resets == [True, True]
    assert [r.id for r in model.rows()] == [3]
    assert model.index(5, 0).data() is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    model.set_rows([_summary(i, f"Name {i}", tags=("VIP",) if i % 2 else ()) for i in range(20)])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount(QModelIndex()) == 20
