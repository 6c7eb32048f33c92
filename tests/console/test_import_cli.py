"""`agent-console import customers`: exit codes 0/1/2, the report, --json, --map and --region."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.cli import main
from console.services.customers import CustomerService
from console.storage.db import Database

HEADER = "Account,Customer Name,Phone,Time Zone,Country,Voyage"
GOOD = [
    "AB-1,Ольга Петрова,+7 916 555-12-34,Europe/Moscow,RU,AUR-1127",
    "AB-2,Emma Wilson,07700 900123,Europe/London,GB,",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits for usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, rows: list[str], header: str = HEADER) -> str:
    path = tmp_path / "export.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return str(path)


def test_good_file_exits_0_and_says_how_many(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "import", "customers", write(tmp_path, GOOD), "--db", db_url)
    assert code == 0, err
    assert out.strip().startswith("Imported 2 customers from")
    assert "importing" in err  # the progress bar goes to stderr
    db = Database(db_url)
    try:
        assert CustomerService(db).find("Emma Wilson")[0].account_no == "AB2"
    finally:
        db.dispose()


def test_good_file_json(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    code, out, err = run(capsys, "import", "customers", path, "--db", db_url, "--json")
    assert code == 0 and err == ""
    assert json.loads(out) == {"file": path, "imported": 2, "rejected": []}


def test_bad_file_exits_1_with_a_summary_on_stderr_and_the_report_on_stdout(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    rows = [*GOOD, "AB-3,Bad Phone,12345,Europe/London,GB,", "AB-1,Again,,Mars/Base,GB,"]
    code, out, err = run(capsys, "import", "customers", write(tmp_path, rows), "--db", db_url)
    assert code == 1
    summary = [line for line in err.splitlines() if line.startswith("agent-console:")]
    assert len(summary) == 1 and "Nothing was imported" in summary[0]
    assert "3 problems on 2 lines" in summary[0]
    lines = out.splitlines()
    assert lines[0].startswith("line 4, column “Phone”: “12345” is not a phone number")
    assert any(line.startswith("line 5, column “Time Zone”") for line in lines)
    assert any("already on line 2" in line for line in lines)
    db = Database(db_url)
    try:
        assert CustomerService(db).find("Emma Wilson") == []
    finally:
        db.dispose()


def test_bad_file_json_shape(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    path = write(tmp_path, [*GOOD, "AB-3,,+44 7700 900124,Europe/London,GB,"])
    code, out, err = run(capsys, "import", "customers", path, "--db", db_url, "--json")
    assert code == 1 and "Nothing was imported" in err
    doc = json.loads(out)
    assert doc == {
        "file": path,
        "imported": 0,
        "rejected": [
            {
                "line": 4,
                "column": "Customer Name",
                "value": "",
                "reason": "the customer's name is missing",
            }
        ],
    }


def test_map_and_region(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    header = "Ref,Client,Tel,TZ,Ship,Internal"
    path = write(tmp_path, ["TH-9,สมชาย ใจดี,081-234-5678,Asia/Bangkok,AUR-1203,x"], header=header)
    argv = ["import", "customers", path, "--db", db_url, "--json"]
    code, out, _ = run(capsys, *argv)
    assert code == 1
    reasons = " ".join(r["reason"] for r in json.loads(out)["rejected"])
    assert "account number" in reasons and "name" in reasons

    mapped = [
        *argv,
        "--map",
        "Ref=account_no",
        "--map",
        "Client=full_name",
        "--map",
        "Ship=custom:voyage",
        "--map",
        "Internal=ignore",
    ]
    code, out, _ = run(capsys, *mapped)
    assert code == 1  # the national number needs a region
    assert json.loads(out)["rejected"][0]["column"] == "Tel"

    code, out, _ = run(capsys, *mapped, "--region", "TH")
    assert code == 0 and json.loads(out)["imported"] == 1
    db = Database(db_url)
    try:
        service = CustomerService(db)
        card = service.card(service.find("+66 81 234 5678")[0].id)
    finally:
        db.dispose()
    assert card.full_name == "สมชาย ใจดี" and card.country == "TH"
    assert dict(card.custom_fields) == {"voyage": "AUR-1203"}


def test_missing_file_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "import", "customers", str(tmp_path / "nope.csv"), "--db", db_url)
    assert code == 1 and out == ""
    assert err.strip().startswith("agent-console: There is no file") and err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["import"],
        ["import", "customers"],
        ["import", "callbacks", "x.csv"],
        ["import", "customers", "x.csv", "--map", "no-equals-sign"],
        ["import", "customers", "x.csv", "--map", "Column=shoe_size"],
    ],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert "usage:" in err
