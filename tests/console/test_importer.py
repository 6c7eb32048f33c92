"""Importing customers from CSV: all or nothing, every problem reported, on both databases."""

from __future__ import annotations

import codecs
import csv
import io
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from console.errors import UserFacingError
from console.importer import (
    CUSTOM,
    IGNORE,
    ImportReport,
    Rejection,
    import_customers,
    inspect_file,
    parse_map_option,
)
from console.services.customers import CustomerService
from console.storage.db import Database
from console.storage.models import Customer, CustomerEmail, CustomerPhone, Interaction
from console.text import name_key

HEADER = "account_no,full_name,phone,email,time_zone,country,language,do_not_call,tags,voyage"
GOOD_ROWS = [
    "AB-1001,Ольга Петрова,+7 916 555-12-34;8 916 555 00 00,olga@example.ru,Europe/Moscow,RU,ru,"
    "no,VIP;refund,AUR-1127",
    "ab 1002,สมชาย ใจดี,081-234-5678,,asia/bangkok,TH,th,yes,,",
    'AB-1003,"Wilson, Emma",07700 900123,Emma.Wilson@Example.co.uk,Europe/London,GB,,0,,',
]


def write(tmp_path: Path, text: str, name: str = "customers.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def csv_file(tmp_path: Path, rows: list[str], header: str = HEADER, **kw: Any) -> Path:
    return write(tmp_path, "\n".join([header, *rows]) + "\n", **kw)


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as conn:
        return (
            conn.scalar(select(func.count()).select_from(Customer)) or 0,
            conn.scalar(select(func.count()).select_from(CustomerPhone)) or 0,
            conn.scalar(select(func.count()).select_from(CustomerEmail)) or 0,
        )


def only(report: ImportReport) -> Rejection:
    assert len(report.rejected) == 1, report.rejected
    return report.rejected[0]


# ---- a good file -----------------------------------------------------------------------------


def test_good_file_is_imported_and_searchable_by_phone_name_email_and_account(
    db: Database, tmp_path: Path
) -> None:
    report = import_customers(db, csv_file(tmp_path, GOOD_ROWS))
    assert report.ok and report.imported == 3
    assert report.summary().startswith("Imported 3 customers")
    service = CustomerService(db, default_region="TH")
    assert [c.full_name for c in service.find("+7 916 555 12 34")] == ["Ольга Петрова"]
    assert [c.full_name for c in service.find("petrova")] == ["Ольга Петрова"]
    assert [c.full_name for c in service.find("081-234-5678")] == ["สมชาย ใจดี"]
    assert [c.full_name for c in service.find("emma.wilson@example.co.uk")] == ["Wilson, Emma"]
    assert [c.full_name for c in service.find("AB1002")] == ["สมชาย ใจดี"]

    petrova = service.card(service.find("petrova")[0].id)
    assert petrova.account_no == "AB1001"
    assert [(p.e164, p.typed, p.primary) for p in petrova.phones] == [
        ("+79165551234", "+7 916 555-12-34", True),
        ("+79165550000", "8 916 555 00 00", False),
    ]
    assert petrova.tags == ("VIP", "refund")
    assert dict(petrova.custom_fields) == {"voyage": "AUR-1127"}
    assert (petrova.language, petrova.country, petrova.time_zone) == ("ru", "RU", "Europe/Moscow")
    assert petrova.interaction_count == 0 and petrova.last_contact is None

    thai = service.card(service.find("081-234-5678")[0].id)
    assert thai.time_zone == "Asia/Bangkok"  # canonical spelling of "asia/bangkok"
    assert thai.do_not_call is True and thai.emails == ()
    emma = service.card(service.find("AB1003")[0].id)
    assert emma.language == "en" and emma.do_not_call is False
    assert emma.phones[0].e164 == "+447700900123"  # national number read with the row's country

    with db.read() as conn:
        keys = dict(conn.execute(select(Customer.full_name, Customer.name_key)).all())
        email_keys = set(conn.scalars(select(CustomerEmail.email_key)))
        interactions = conn.scalar(select(func.count()).select_from(Interaction))
    assert keys == {name: name_key(name) for name in keys}
    assert "emma.wilson@example.co.uk" in email_keys
    assert interactions == 0


def test_header_names_are_matched_loosely_and_other_columns_become_custom_fields(
    db: Database, tmp_path: Path
) -> None:
    header = "Booking,First Name,LAST_NAME,Phone Numbers,E-mail,TimeZone,Departure Date,Notes"
    row = "K7QX2M,Kadri,Tamm,+372 5551 2345,kadri@example.ee,Europe/Tallinn,2025-06-01,"
    report = import_customers(db, csv_file(tmp_path, [row], header=header))
    assert report.ok, report.rejected
    service = CustomerService(db)
    card = service.card(service.find("Kadri Tamm")[0].id)
    assert (card.given_name, card.family_name, card.account_no) == ("Kadri", "Tamm", "K7QX2M")
    assert card.country == "EE"  # taken from the phone number when there is no country column
    assert dict(card.custom_fields) == {"departure_date": "2025-06-01"}  # empty Notes left out


def test_map_option_overrides_the_header(db: Database, tmp_path: Path) -> None:
    header = "Customer Name,Ref,Zone,Mobile,Ship,Internal"
    row = "Emma Wilson,GB1177,Europe/London,+44 7700 900123,MS Aurora,secret"
    mapping = dict(
        parse_map_option(m)
        for m in (
            "Customer Name=full_name",
            "ref=account_no",
            "Ship=custom:voyage",
            "Internal=ignore",
        )
    )
    report = import_customers(db, csv_file(tmp_path, [row], header=header), mapping=mapping)
    assert report.ok, report.rejected
    service = CustomerService(db)
    card = service.card(service.find("GB1177")[0].id)
    assert card.full_name == "Emma Wilson"
    assert dict(card.custom_fields) == {"voyage": "MS Aurora"}


def test_map_option_rejects_what_it_cannot_mean() -> None:
    assert parse_map_option("Customer Name=Full Name") == ("Customer Name", "full_name")
    assert parse_map_option("a=b=phones") == ("a=b", "phone")
    assert parse_map_option("X=custom") == ("X", CUSTOM)
    assert parse_map_option("X=IGNORE") == ("X", IGNORE)
    for bad in ("no equals sign", "=full_name", "X=shoe_size", "X=custom:"):
        with pytest.raises(ValueError):
            parse_map_option(bad)


def test_region_reads_national_numbers_in_rows_without_a_country(
    db: Database, tmp_path: Path
) -> None:
    header = "account,name,phone,time_zone"
    path = csv_file(tmp_path, ["TH1,Somchai,081-234-5678,Asia/Bangkok"], header=header)
    refused = import_customers(db, path)
    assert "international form" in only(refused).reason and only(refused).column == "phone"
    report = import_customers(db, path, default_region="TH")
    assert report.ok
    card = CustomerService(db).card(CustomerService(db).find("TH1")[0].id)
    assert card.country == "TH" and card.phones[0].e164 == "+66812345678"


# ---- encodings and delimiters ------------------------------------------------------------------


def test_utf8_with_bom_and_semicolons(db: Database, tmp_path: Path) -> None:
    text = "\n".join(
        [
            "account_no;full_name;phone;time_zone;country",
            "RU1;Ольга Петрова;8 916 555 12 34;Europe/Moscow;RU",
        ]
    )
    path = write(tmp_path, text, encoding="utf-8-sig")
    layout = inspect_file(path)
    assert (layout.encoding, layout.delimiter) == ("UTF-8", ";")
    assert layout.columns[0].header == "account_no"  # no BOM in the first name
    report = import_customers(db, path)
    assert report.ok, report.rejected
    assert CustomerService(db).find("RU1")[0].full_name == "Ольга Петрова"


def test_excel_unicode_text_utf16_tab_separated(db: Database, tmp_path: Path) -> None:
    lines = [
        "Account\tName\tPhone\tTime zone\tCountry",
        "IR1\tمریم رضایی\t0912 345 6789\tAsia/Tehran\tIR",
        "IR2\tEmoji 🎉 User\t+98 912 345 6780\tAsia/Tehran\tIR",
    ]
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "\r\n".join(lines).encode("utf-16-le"))
    layout = inspect_file(path)
    assert (layout.encoding, layout.delimiter) == ("UTF-16", "\t")
    report = import_customers(db, path)
    assert report.ok and report.imported == 2, report.rejected
    assert CustomerService(db).find("+98 912 345 6789")[0].full_name == "مریم رضایی"


def test_a_file_that_is_not_utf8_is_rejected_with_the_line_and_what_to_do(
    db: Database, tmp_path: Path
) -> None:
    text = "account_no,full_name,time_zone,country\nDE1,Jürgen Groß,Europe/Berlin,DE\n"
    report = import_customers(db, write(tmp_path, text, encoding="cp1252"))
    problem = only(report)
    assert problem.line == 2 and problem.column == "full_name"
    assert "not valid UTF-8" in problem.reason and "CSV UTF-8" in problem.reason
    assert counts(db) == (0, 0, 0)


def test_inspect_file_guesses_targets_and_samples(tmp_path: Path) -> None:
    layout = inspect_file(csv_file(tmp_path, GOOD_ROWS))
    assert layout.delimiter == ","
    targets = {c.header: c.target for c in layout.columns}
    assert targets["account_no"] == "account_no" and targets["voyage"] == CUSTOM
    assert next(c for c in layout.columns if c.header == "email").sample == "olga@example.ru"


# ---- bad files: everything reported, nothing written ------------------------------------------

BAD_CASES = [
    # (row, column, words in the reason)
    ("X1,Ann,+44 12,,Europe/London,GB,,,,", "phone", "not a phone number"),
    ("X1,Ann,,,Mars/Olympus,GB,,,,", "time_zone", "not a time zone"),
    ("X1,Ann,,,,GB,,,,", "time_zone", "time zone is missing"),
    ("X1,,,,Europe/London,GB,,,,", "full_name", "name is missing"),
    ("X1,Ann,,ann@@example,Europe/London,GB,,,,", "email", "not an e-mail address"),
    ("X1,Ann,,,Europe/London,GB,,maybe,,", "do_not_call", "not yes or no"),
    ("X1,Ann,,,Europe/London,XX,,,,", "country", "not a country code"),
    ("X1,Ann,,,Europe/London,,,,,", "country", "country is missing"),
    ("X1,Ann,,,Europe/London,GB,english!,,,", "language", "not a language code"),
    (",Ann,,,Europe/London,GB,,,,", "account_no", "account number is missing"),
    ("X1,Ann,,,Europe/London,GB,,,,,", "", "11 fields where the header has 10"),
    ("X1,Ann,,,Europe/London,GB,,,", "", "9 fields where the header has 10"),
    ('X1,"Ann "Smith"",,,Europe/London,GB,,,,', "", "quote"),
]


@pytest.mark.parametrize(("row", "column", "reason"), BAD_CASES)
def test_each_kind_of_bad_row_rejects_the_whole_file(
    db: Database, tmp_path: Path, row: str, column: str, reason: str
) -> None:
    report = import_customers(db, csv_file(tmp_path, [*GOOD_ROWS, row]))
    problem = only(report)
    assert (problem.line, problem.column) == (5, column)
    assert reason in problem.reason
    assert report.imported == 0 and counts(db) == (0, 0, 0)
    assert "Nothing was imported" in report.summary()


def test_every_bad_row_is_listed_with_its_line(db: Database, tmp_path: Path) -> None:
    rows = [
        GOOD_ROWS[0],
        "X1,Ann,not a phone,,Europe/London,GB,,,,",
        "",  # a blank line still counts as a line
        GOOD_ROWS[1],
        'X2,"Multi\nLine Name",,bad-email,Nowhere/Place,GB,,,,',
        "X3,Ok Name,,,Europe/London,GB,,,,",
    ]
    report = import_customers(db, csv_file(tmp_path, rows))
    assert sorted((r.line, r.column) for r in report.rejected) == [
        (3, "phone"),
        (6, "email"),
        (6, "time_zone"),
    ]
    assert report.bad_lines == 2
    assert counts(db) == (0, 0, 0)


def test_duplicate_account_in_the_file_names_the_first_line(db: Database, tmp_path: Path) -> None:
    dup = "ab-1001,Someone Else,,,Europe/London,GB,,,,"
    problem = only(import_customers(db, csv_file(tmp_path, [*GOOD_ROWS, dup])))
    assert (problem.line, problem.column) == (5, "account_no")
    assert "already on line 2" in problem.reason
    assert counts(db) == (0, 0, 0)


def test_duplicate_account_already_in_the_database(db: Database, tmp_path: Path) -> None:
    assert import_customers(db, csv_file(tmp_path, GOOD_ROWS[:1], name="first.csv")).ok
    before = counts(db)
    report = import_customers(db, csv_file(tmp_path, GOOD_ROWS, name="second.csv"))
    problem = only(report)
    assert (problem.line, problem.column) == (2, "account_no")
    assert "already in the database" in problem.reason
    assert counts(db) == before


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("full_name,time_zone", "account number"),
        ("account_no,time_zone", "customer's name"),
        ("account_no,full_name", "time zone"),
        ("account_no,full_name,time_zone,name", "both “full_name” and “name”"),
    ],
)
def test_header_problems_are_reported_on_line_1(
    db: Database, tmp_path: Path, header: str, reason: str
) -> None:
    report = import_customers(db, csv_file(tmp_path, ["a,b,c,d"], header=header))
    assert report.rejected and all(r.line == 1 for r in report.rejected)
    assert any(reason in r.reason for r in report.rejected), report.rejected
    assert counts(db) == (0, 0, 0)


def test_map_naming_a_column_that_is_not_there_is_reported(db: Database, tmp_path: Path) -> None:
    report = import_customers(
        db, csv_file(tmp_path, GOOD_ROWS), mapping={"Customer Name": "full_name"}
    )
    problem = only(report)
    assert problem.line == 1 and "no column “Customer Name”" in problem.reason


@pytest.mark.parametrize("text", ["", "\n\n", "account_no,full_name,time_zone\n"])
def test_empty_files_and_header_only_files_are_rejected(
    db: Database, tmp_path: Path, text: str
) -> None:
    report = import_customers(db, write(tmp_path, text))
    assert not report.ok and report.imported == 0


def test_missing_file_is_a_user_facing_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="no file"):
        import_customers(db, tmp_path / "nope.csv")


def test_a_crash_mid_import_leaves_nothing(db: Database, tmp_path: Path) -> None:
    rows = [f"C{i},Customer {i},+44 7700 9{i:05d},,Europe/London,GB,,,," for i in range(2500)]
    path = csv_file(tmp_path, rows)

    def explode(done: int, total: int, stage: str) -> None:
        if stage == "importing" and done >= 2000:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        import_customers(db, path, progress=explode)
    assert counts(db) == (0, 0, 0)


@pytest.mark.slow
def test_a_large_file_imports_in_bounded_time_with_progress(
    db: Database, tmp_path: Path, backend: str
) -> None:
    # 100,000 rows on SQLite; the same code path with fewer rows on PostgreSQL keeps the suite
    # quick (`agent-console import` of 100,000 rows there takes under a minute).
    size = 100_000 if backend == "sqlite" else 20_000
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["account_no", "full_name", "phone", "email", "time_zone", "voyage"])
        for i in range(size):
            out.writerow(
                [
                    f"BIG{i}",
                    f"Big Customer {i}",
                    f"+44 7700 {i:06d}",
                    f"big{i}@example.com",
                    "Europe/London",
                    "AUR-1127",
                ]
            )
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int, stage: str) -> None:
        assert stage == "importing"
        calls.append((done, total))

    started = time.monotonic()
    report = import_customers(db, path, progress=progress)
    assert report.ok and report.imported == size
    assert time.monotonic() - started < 180  # generous: CI machines are busy
    assert len(calls) > size // 2000
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1]
    assert counts(db) == (size, size, size)
    last = f"BIG{size - 1}"
    assert CustomerService(db).find(last)[0].full_name == f"Big Customer {size - 1}"


# ---- hostile files (property-based) -------------------------------------------------------------

_CELL = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",))
    | st.sampled_from(
        ['"', ",", ";", "\t", "\n", "\r", "\x00", "\u202e", "\u200f", "🎉", "Ω", "+", "@"]
    ),
    max_size=30,
)
_GOODISH = st.sampled_from(
    ["A1", "Ольга Петрова", "مریم رضایی", "+66 81 234 5678", "Asia/Bangkok", "TH", "yes", "x@y.io"]
)


def _render(rows: list[list[str]], delimiter: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _assert_all_or_nothing(db: Database, path: Path) -> None:
    before = counts(db)
    try:
        report = import_customers(db, path, default_region="TH")
    except UserFacingError:
        assert counts(db) == before
        return
    after = counts(db)
    if report.ok:
        assert after[0] == before[0] + report.imported
    else:
        assert report.imported == 0 and after == before
        assert all(r.line >= 1 and r.reason for r in report.rejected)


_HYPOTHESIS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_HYPOTHESIS
@given(data=st.binary(max_size=2000))
def test_random_bytes_import_cleanly_or_are_reported(
    db: Database, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    _assert_all_or_nothing(db, path)


@_HYPOTHESIS
@given(
    header=st.lists(
        st.sampled_from(
            [
                "account_no",
                "full_name",
                "phone",
                "time_zone",
                "country",
                "email",
                "tags",
                "do_not_call",
                "language",
                "notes",
                "",
                "name",
            ]
        )
        | _CELL,
        min_size=1,
        max_size=8,
    ),
    rows=st.lists(st.lists(_GOODISH | _CELL, max_size=9), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_random_tables_import_cleanly_or_are_reported(
    db: Database,
    tmp_path: Path,
    header: list[str],
    rows: list[list[str]],
    delimiter: str,
    encoding: str,
) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(_render([header, *rows], delimiter).encode(encoding, "surrogatepass"))
    _assert_all_or_nothing(db, path)


@_HYPOTHESIS
@given(
    name=st.text(max_size=500),
    account=st.text(max_size=40),
    custom=st.text(min_size=0, max_size=3000),
    extra=st.booleans(),
)
def test_hostile_values_in_a_well_formed_file(
    db: Database, tmp_path: Path, name: str, account: str, custom: str, extra: bool
) -> None:
    header = ["account_no", "full_name", "time_zone", "country", "notes"]
    row = [account, name, "Europe/Tallinn", "EE", custom] + (["surplus"] if extra else [])
    path = tmp_path / "hostile.csv"
    path.write_bytes(_render([header, row], ",").encode("utf-8", "surrogatepass"))
    _assert_all_or_nothing(db, path)


def test_a_huge_field_is_reported_not_raised(db: Database, tmp_path: Path) -> None:
    huge = "x" * (csv.field_size_limit() + 10)
    path = csv_file(tmp_path, [f'H1,"{huge}",,,Europe/London,GB,,,,'])
    report = import_customers(db, path)
    assert not report.ok and any("longer than" in r.reason for r in report.rejected)
    assert counts(db) == (0, 0, 0)
