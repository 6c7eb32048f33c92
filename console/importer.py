"""Importing customers from a CRM's CSV export: all or nothing, with a report of every problem.

The file is read once, streaming, inside one write transaction (``Database.write()``), so a
100,000-row export never sits in memory and is never half-imported:

- every row is parsed and checked; its account number is looked up in the file so far and,
  in batches, in the database. Every problem is collected with the line number as an editor
  shows it (the header is line 1), the column and the reason, so the agent fixes the whole
  file in one go instead of meeting the errors one import at a time;
- while no problem has been found, the good rows are inserted in chunks (multi-row INSERTs);
  after the first problem the writing stops and the checking goes on;
- at the end, a file with any problem is rolled back and reported; a good one is committed.
  A crash or a lost connection rolls back too.

Reading the file once instead of checking it and then reading it again to write halves the
work (parsing phone numbers is most of it) and leaves no window in which the file could
change between the check and the write. The price is that the write transaction lasts as
long as the whole file takes to read; on SQLite that holds the one write lock, which is the
single-agent database anyway.

Reading accepts what spreadsheets and CRMs produce: UTF-8 with or without a byte-order mark,
and Excel's "Unicode text" (UTF-16 with a byte-order mark, tab-separated). The delimiter
(comma, semicolon or tab) is taken from the header line, and the header's column names are
matched to customer fields case- and separator-insensitively ("Account No", "account_no" and
"ACCOUNT-NO" are the same). Columns that are not customer fields become custom fields
(departure_date, voyage...), unless mapped otherwise.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import io
import os
import re
import zoneinfo
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

import phonenumbers
from sqlalchemy import Connection, Table, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from console import phones
from console.errors import Said, UserFacingError, ValidationError
from console.progress import Progress, no_progress
from console.storage.db import Database
from console.storage.models import Customer, CustomerEmail, CustomerPhone
from console.text import account_key, email_key, fold, name_key

# ---- targets -------------------------------------------------------------------------------

ACCOUNT_NO = "account_no"
FULL_NAME = "full_name"
GIVEN_NAME = "given_name"
FAMILY_NAME = "family_name"
PHONE = "phone"
EMAIL = "email"
TIME_ZONE = "time_zone"
LANGUAGE = "language"
COUNTRY = "country"
DO_NOT_CALL = "do_not_call"
TAGS = "tags"
#: Where a column goes when it is not a customer field: ``custom_fields`` under its own name.
CUSTOM = "custom"
#: A column that is read but not imported.
IGNORE = "ignore"

FIELDS: tuple[str, ...] = (
    ACCOUNT_NO,
    FULL_NAME,
    GIVEN_NAME,
    FAMILY_NAME,
    PHONE,
    EMAIL,
    TIME_ZONE,
    LANGUAGE,
    COUNTRY,
    DO_NOT_CALL,
    TAGS,
)
TARGETS: tuple[str, ...] = (*FIELDS, CUSTOM, IGNORE)
# Fields that may come from several columns (a "mobile" and a "home phone" column).
_MULTI = frozenset({PHONE, EMAIL, TAGS})

# Header names (compared without case, accents, spaces, underscores, dashes or dots) that mean
# a customer field without any --map.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    ACCOUNT_NO: (
        "account_no",
        "account",
        "account_number",
        "account_id",
        "booking",
        "booking_no",
        "booking_number",
        "booking_ref",
        "booking_reference",
    ),
    FULL_NAME: ("full_name", "name", "customer_name", "customer"),
    GIVEN_NAME: ("given_name", "first_name", "forename", "given"),
    FAMILY_NAME: ("family_name", "last_name", "surname"),
    PHONE: ("phone", "phones", "phone_number", "phone_numbers", "telephone", "tel", "mobile"),
    EMAIL: ("email", "emails", "email_address", "email_addresses", "mail"),
    TIME_ZONE: ("time_zone", "timezone", "tz", "zone"),
    LANGUAGE: ("language", "lang", "locale"),
    COUNTRY: ("country", "country_code"),
    DO_NOT_CALL: ("do_not_call", "dnc"),
    TAGS: ("tags", "tag", "labels"),
}

# Column sizes in console.storage.models (PostgreSQL enforces them; SQLite would not).
_MAX_ACCOUNT = 32
_MAX_NAME_PART = 200
_MAX_NAME = 400
_MAX_EMAIL = 320
_MAX_TYPED_PHONE = 40
_MAX_LANGUAGE = 16
_MAX_TAG = 64
_MAX_CUSTOM_KEY = 64
_MAX_CUSTOM_VALUE = 2000
# How much of a bad value the report repeats.
_SHOWN_VALUE = 80

_CHUNK = 1000  # rows per multi-row INSERT
_READ_SIZE = 1 << 16

_BAD_BYTES = "console-import-bad-bytes"
# Undecodable bytes become this lone surrogate, which no correctly decoded text contains, so
# the row holding them can be reported with its line number instead of failing the whole read.
_BAD_MARK = "\udfff"

_SEPARATORS = re.compile(r"[\s_\-.]+")
_LIST_SPLIT = re.compile(r"[;|,]")
_EMAIL_SPLIT = re.compile(r"[;|,\s]+")
_TAG_SPLIT = re.compile(r"[;|]")
_EMAIL = re.compile(r"^[^@\s\"<>(),;:\[\]\\]+@[^@\s\"<>(),;:\[\]\\]+\.[^@\s\"<>(),;:\[\]\\.]+$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
_ACCOUNT = re.compile(r"^[\w./#]+$")
_TRUE = frozenset({"yes", "y", "true", "t", "1"})
_FALSE = frozenset({"no", "n", "false", "f", "0", ""})


def _bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return _BAD_MARK, exc.end


codecs.register_error(_BAD_BYTES, _bad_bytes)


# ---- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rejection:
    """One problem: where it is (the line as an editor numbers it, the column) and why."""

    line: int
    column: str
    value: str
    reason: str

    def describe(self) -> str:
        where = f"line {self.line}" + (f", column “{self.column}”" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ImportReport:
    file: str
    imported: int
    rejected: tuple[Rejection, ...] = ()
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def bad_lines(self) -> int:
        return len({r.line for r in self.rejected})

    def summary(self) -> str:
        """One line for stderr or a status bar."""
        if self.ok:
            noun = "customer" if self.imported == 1 else "customers"
            return f"Imported {self.imported:,} {noun} from {self.file}."
        problems = len(self.rejected)
        return (
            f"Nothing was imported: {self.file} has {problems:,} "
            f"{'problem' if problems == 1 else 'problems'} on {self.bad_lines:,} "
            f"{'line' if self.bad_lines == 1 else 'lines'}. Fix them and import the file again."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "imported": self.imported,
            "rejected": [
                {"line": r.line, "column": r.column, "value": r.value, "reason": r.reason}
                for r in self.rejected
            ],
        }


@dataclass(frozen=True)
class ColumnGuess:
    """One column of the file and where it goes, as the header suggests (the dialog's rows)."""

    index: int
    header: str
    target: str
    sample: str


@dataclass(frozen=True)
class FileLayout:
    path: str
    encoding: str
    delimiter: str
    columns: tuple[ColumnGuess, ...]


# ---- mapping -------------------------------------------------------------------------------


def header_key(header: str) -> str:
    """ "Account No", "account_no" and "ACCOUNT-NO" all give "account_no"."""
    return _SEPARATORS.sub("_", fold(header)).strip("_")


def _squash(header: str) -> str:
    return header_key(header).replace("_", "")


_BY_SQUASHED: dict[str, str] = {
    _squash(name): target for target, names in _SYNONYMS.items() for name in names
}


def guess_target(header: str) -> str:
    """The field a column goes to by its name alone: a customer field, or a custom field."""
    if not header.strip():
        return IGNORE
    return _BY_SQUASHED.get(_squash(header), CUSTOM)


def parse_target(text: str) -> str:
    """A --map destination: a field (or one of its header synonyms), ``custom``, ``custom:NAME``
    or ``ignore``. Raises ValueError with the list of what is allowed."""
    cleaned = text.strip()
    if cleaned.lower() in (CUSTOM, IGNORE):
        return cleaned.lower()
    if cleaned.lower().startswith(CUSTOM + ":") and cleaned[len(CUSTOM) + 1 :].strip():
        return f"{CUSTOM}:{cleaned[len(CUSTOM) + 1 :].strip()}"
    target = _BY_SQUASHED.get(_squash(cleaned))
    if target is None:
        raise ValueError(
            f"“{text}” is not a customer field: use one of {', '.join(FIELDS)}, "
            f"{CUSTOM}, {CUSTOM}:NAME or {IGNORE}"
        )
    return target


def parse_map_option(text: str) -> tuple[str, str]:
    """``"Customer Name=full_name"`` → ("Customer Name", "full_name"); ValueError if malformed."""
    source, sep, target = text.rpartition("=")
    if not sep or not source.strip():
        raise ValueError(f'“{text}” is not COLUMN=FIELD (for example "Customer Name=full_name")')
    return source.strip(), parse_target(target)


@dataclass(frozen=True)
class _Column:
    index: int
    header: str
    target: str  # a field, IGNORE, or CUSTOM (then ``key`` names the custom field)
    key: str = ""


def _resolve_columns(
    headers: Sequence[str], mapping: Mapping[str, str]
) -> tuple[list[_Column], list[Rejection]]:
    problems: list[Rejection] = []
    by_key = {header_key(src): tgt for src, tgt in mapping.items()}
    used_sources: set[str] = set()
    columns: list[_Column] = []
    for index, raw in enumerate(headers):
        header = raw.strip()
        if "\x00" in raw or _BAD_MARK in raw:
            problems.append(
                Rejection(1, f"#{index + 1}", _shown(raw), _bad_text_reason(raw, _COLUMN_NAME))
            )
            continue
        if header in mapping:
            target = mapping[header]
            used_sources.add(header)
        elif header and header_key(header) in by_key:
            target = by_key[header_key(header)]
            used_sources.update(s for s in mapping if header_key(s) == header_key(header))
        else:
            target = guess_target(header)
        if target.startswith(CUSTOM + ":"):
            columns.append(_Column(index, header, CUSTOM, target[len(CUSTOM) + 1 :]))
        elif target == CUSTOM:
            columns.append(_Column(index, header, CUSTOM, header_key(header) or header))
        else:
            columns.append(_Column(index, header, target))
    for source in mapping:
        if source not in used_sources:
            names = ", ".join(f"“{h.strip()}”" for h in headers if h.strip())
            problems.append(
                Rejection(
                    1,
                    source,
                    "",
                    Said(
                        "the header has no column “{column}” to map (its columns are {columns})",
                        column=source,
                        columns=names,
                    ),
                )
            )
    seen: dict[tuple[str, str], _Column] = {}
    for col in columns:
        if col.target == IGNORE or col.target in _MULTI:
            continue
        ident = (col.target, col.key)
        if ident in seen:
            what = (
                Said("the custom field “{name}”", name=col.key)
                if col.target == CUSTOM
                else col.target
            )
            problems.append(
                Rejection(
                    1,
                    col.header or f"#{col.index + 1}",
                    "",
                    Said(
                        "both “{first}” and “{second}” would fill {what}: map one of them to "
                        "another field or to ignore",
                        first=seen[ident].header,
                        second=col.header,
                        what=what,
                    ),
                )
            )
        else:
            seen[ident] = col
        if col.target == CUSTOM and len(col.key) > _MAX_CUSTOM_KEY:
            problems.append(
                Rejection(
                    1,
                    col.header[:_SHOWN_VALUE],
                    "",
                    Said("a custom field name may have at most {n} characters", n=_MAX_CUSTOM_KEY),
                )
            )
    targets = {c.target for c in columns}
    if ACCOUNT_NO not in targets:
        problems.append(
            Rejection(
                1,
                "",
                "",
                Said(
                    "no column holds the account number: name one “account_no” "
                    "(or “account”, “booking”), or map a column to account_no"
                ),
            )
        )
    if not targets & {FULL_NAME, GIVEN_NAME, FAMILY_NAME}:
        problems.append(
            Rejection(
                1,
                "",
                "",
                Said(
                    "no column holds the customer's name: name one “full_name” "
                    "(or “given_name” and “family_name”), or map a column to full_name"
                ),
            )
        )
    if TIME_ZONE not in targets:
        problems.append(
            Rejection(
                1,
                "",
                "",
                Said(
                    "no column holds the customer's time zone: add a “time_zone” "
                    "column with IANA names such as Europe/Tallinn or Asia/Bangkok"
                ),
            )
        )
    return columns, problems


# ---- reading -------------------------------------------------------------------------------


class _CountingReader(io.RawIOBase):
    """Counts the bytes read, so the check can report progress through the file."""

    def __init__(self, inner: IO[bytes]) -> None:
        super().__init__()
        self.inner = inner
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


def _detect_encoding(head: bytes) -> tuple[str, str, int]:
    """(codec, display name, length of the byte-order mark)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", "UTF-8", len(codecs.BOM_UTF8)
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", "UTF-16", 2
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", "UTF-16", 2
    return "utf-8", "UTF-8", 0


def _detect_delimiter(header_line: str) -> str:
    """The candidate that occurs most often outside quotes in the header (comma on a tie)."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts.values())
    if best == 0:
        return ","
    return next(d for d in (",", ";", "\t") if counts[d] == best)


class _Source:
    """An open file: its encoding, delimiter and a csv reader positioned after the header."""

    def __init__(self, path: Path) -> None:
        try:
            self._file: IO[bytes] = path.open("rb")
        except FileNotFoundError:
            raise UserFacingError(
                Said("There is no file {path}: check the name and folder.", path=str(path))
            ) from None
        except IsADirectoryError:
            raise UserFacingError(
                Said("{path} is a folder: choose a CSV file.", path=str(path))
            ) from None
        except OSError as exc:
            raise UserFacingError(
                Said("Cannot read {path}: {problem}.", path=str(path),
                     problem=exc.strerror or str(exc))
            ) from None  # fmt: skip
        try:
            self.size = os.fstat(self._file.fileno()).st_size
            head = self._file.read(4)
            self.codec, self.encoding, bom = _detect_encoding(head)
            self._file.seek(bom)
            self.counter = _CountingReader(self._file)
            buffered = io.BufferedReader(self.counter, _READ_SIZE)
            self.text = io.TextIOWrapper(
                buffered, encoding=self.codec, errors=_BAD_BYTES, newline=""
            )
            first = self.text.readline()
            self.delimiter = _detect_delimiter(first)
            self.reader = csv.reader(
                _chain(first, self.text),
                delimiter=self.delimiter,
                quotechar='"',
                doublequote=True,
                strict=True,
            )
            self.header: list[str] | None = None
            self.header_error: str = ""
            if first:
                try:
                    self.header = next(self.reader, None)
                except csv.Error as exc:
                    self.header_error = _csv_reason(exc)
            self.last_line = self.reader.line_num
        except BaseException:
            self._file.close()
            raise

    def rows(self) -> Iterator[tuple[int, list[str] | None, str]]:
        """(first line of the record, its fields or None, why it could not be read)."""
        while True:
            start = self.last_line + 1
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                self.last_line = self.reader.line_num
                yield start, None, _csv_reason(exc)
                continue
            self.last_line = self.reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # a blank line
            yield start, row, ""

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> _Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return Said(
            "a field is longer than {n:,} characters (often a quote that is never closed)",
            n=csv.field_size_limit(),
        )
    if "expected" in text and "after" in text and '"' in text:
        return Said('a quote inside a field is not doubled (write "" for a quote inside quotes)')
    if "unexpected end of data" in text or "EOF" in text:
        return Said("a quoted field is never closed")
    if "new-line character" in text:
        return Said("a line break inside a field that is not in quotes")
    return Said("the line cannot be read as CSV ({problem})", problem=text)


def inspect_file(
    path: str | os.PathLike[str],
    mapping: Mapping[str, str] | None = None,
) -> FileLayout:
    """The file's columns, where each would go, and a sample value (for the import dialog)."""
    target_of = {header_key(k): v for k, v in (mapping or {}).items()}
    with _Source(Path(path)) as source:
        if source.header is None:
            raise ValidationError(
                Said("{file} is empty or its first line cannot be read: the first line must "
                     "name the columns (account_no, full_name, time_zone...).",
                     file=Path(path).name)
            )  # fmt: skip
        samples = [""] * len(source.header)
        for n, (_line, row, _why) in enumerate(source.rows()):
            if n >= 20 or all(samples):
                break
            for i, value in enumerate(row or ()):
                if i < len(samples) and not samples[i] and value.strip():
                    samples[i] = _shown(value.strip())
        columns = tuple(
            ColumnGuess(i, h.strip(), target_of.get(header_key(h), guess_target(h)), samples[i])
            for i, h in enumerate(source.header)
        )
        return FileLayout(str(path), source.encoding, source.delimiter, columns)


# ---- validating one row ----------------------------------------------------------------------


@dataclass
class _Row:
    line: int
    account_no: str
    full_name: str
    name_key: str
    given_name: str
    family_name: str
    time_zone: str
    language: str
    country: str
    do_not_call: bool
    tags: list[str]
    custom: dict[str, str]
    phones: list[phones.Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def _complete_e164(typed: str, region: str) -> _ParsedPhone | None:
    """The E.164 form of a complete number, or None.

    Stricter than search (which also finds numbers dialled locally, without an area code): an
    imported number must have the full length for its country, so an agent can call it back.
    It is not checked against the ranges operators have allocated, which go stale and would
    reject the reserved fictional numbers (+44 7700 900xxx) that test data uses.
    """
    # The same reading as console.phones.to_e164 (so search finds what was imported), parsed
    # once: at 100,000 rows, phone parsing is most of the import's time.
    cleaned = typed.strip()
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        number = phonenumbers.parse(cleaned, None if cleaned.startswith("+") else region or None)
    except phonenumbers.NumberParseException:
        return None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    return _ParsedPhone(
        str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)), number
    )


@dataclass(frozen=True)
class _ParsedPhone:
    e164: str
    number: phonenumbers.PhoneNumber


@dataclass(frozen=True)
class _AccountRef:
    line: int
    column: str
    typed: str
    key: str


@functools.cache
def _zones() -> dict[str, str]:
    """IANA zone names by their case-folded form ("europe/tallinn" → "Europe/Tallinn")."""
    return {name.casefold(): name for name in zoneinfo.available_timezones()}


@functools.cache
def _countries() -> frozenset[str]:
    # Every region phonenumbers knows, plus the ISO codes of places without telephones.
    return frozenset(phonenumbers.SUPPORTED_REGIONS) | {"AQ", "BV", "GS", "HM", "TF", "UM"}


def _shown(value: str) -> str:
    value = value.replace(_BAD_MARK, "\ufffd").replace("\x00", "\\0")
    return value if len(value) <= _SHOWN_VALUE else value[: _SHOWN_VALUE - 1] + "…"


_COLUMN_NAME = Said("column name")
_VALUE = Said("value")


def _bad_text_reason(value: str, what: Said) -> Said:
    if _BAD_MARK in value:
        return Said(
            "the {what} has bytes that are not valid UTF-8 text: save the file as "
            "“CSV UTF-8” (or Excel's “Unicode text”) and import it again",
            what=what,
        )
    return Said(
        "the {what} contains a NUL character (a UTF-16 file without its byte-order mark, "
        "or a binary file?): save the file as “CSV UTF-8”",
        what=what,
    )


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc


def _has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


class _RowChecker:
    def __init__(self, columns: Sequence[_Column], width: int, default_region: str) -> None:
        self.columns = columns
        self.width = width
        self.default_region = default_region.upper()
        self.by_target: dict[str, list[_Column]] = {}
        for col in columns:
            self.by_target.setdefault(col.target, []).append(col)

    def check(self, line: int, row: Sequence[str]) -> tuple[_Row | None, list[Rejection]]:
        problems: list[Rejection] = []

        def reject(col: _Column | None, value: str, reason: str) -> None:
            name = "" if col is None else (col.header or f"#{col.index + 1}")
            problems.append(Rejection(line, name, _shown(value), reason))

        if len(row) != self.width:
            reason = (
                Said("the line has {n} field where the header has {width}: a delimiter is "
                     "missing or extra, or a quote is not closed", n=len(row), width=self.width)
                if len(row) == 1 else
                Said("the line has {n} fields where the header has {width}: a delimiter is "
                     "missing or extra, or a quote is not closed", n=len(row), width=self.width)
            )  # fmt: skip
            reject(None, "", reason)
            return None, problems
        for col in self.columns:
            value = row[col.index]
            if col.target == IGNORE and col.header:
                continue  # read, never stored: whatever it holds does not matter
            if "\x00" in value or _BAD_MARK in value:
                reject(col, value, _bad_text_reason(value, _VALUE))
            elif col.target == IGNORE and value.strip():
                reject(
                    col,
                    value,
                    Said("a value in a column whose name in the header is empty: "
                         "name the column or remove the value"),
                )  # fmt: skip
        if problems:
            return None, problems

        def one(target: str) -> tuple[_Column | None, str]:
            cols = self.by_target.get(target)
            if not cols:
                return None, ""
            return cols[0], row[cols[0].index].strip()

        # Account number
        acol, typed_account = one(ACCOUNT_NO)
        account = account_key(typed_account)
        if not account:
            reject(acol, typed_account, Said("the account number is missing"))
        elif len(account) > _MAX_ACCOUNT:
            too_long = Said("an account number may have at most {n} characters", n=_MAX_ACCOUNT)
            reject(acol, typed_account, too_long)
        elif not _ACCOUNT.match(account):
            reject(acol, typed_account,
                   Said("an account number may hold only letters, digits and . / # _"))  # fmt: skip

        # Name
        fcol, full = one(FULL_NAME)
        gcol, given = one(GIVEN_NAME)
        ncol, family = one(FAMILY_NAME)
        for part_col, part in ((gcol, given), (ncol, family)):
            if len(part) > _MAX_NAME_PART:
                reject(
                    part_col,
                    part,
                    Said(
                        "a given or family name may have at most {n} characters", n=_MAX_NAME_PART
                    ),
                )
        if not full:
            full = " ".join(p for p in (given, family) if p)
            fcol = fcol or gcol or ncol
        full = " ".join(full.split())
        key = name_key(full)
        if not full:
            reject(fcol, "", Said("the customer's name is missing"))
        elif _has_control(full + given + family):
            reject(fcol, full, Said("the name contains control characters"))
        elif len(full) > _MAX_NAME or len(key) > _MAX_NAME:
            reject(
                fcol,
                full,
                Said("the name is too long (at most {n} characters, fewer for names in "
                     "Cyrillic)", n=_MAX_NAME),
            )  # fmt: skip

        # Time zone
        zcol, zone_typed = one(TIME_ZONE)
        zone = _zones().get(zone_typed.casefold(), "")
        if not zone_typed:
            reject(
                zcol,
                "",
                Said(
                    "the time zone is missing: give an IANA name such as "
                    "Europe/Tallinn or Asia/Bangkok"
                ),
            )
        elif not zone:
            reject(
                zcol,
                zone_typed,
                Said(
                    "“{zone}” is not a time zone: use an IANA name such as Europe/Tallinn, "
                    "America/New_York or Asia/Bangkok",
                    zone=_shown(zone_typed),
                ),
            )

        # Language
        lcol, language = one(LANGUAGE)
        language = language or "en"
        if len(language) > _MAX_LANGUAGE or not _LANGUAGE.match(language):
            reject(
                lcol,
                language,
                Said(
                    "“{language}” is not a language code: use one such as en, ru, th or pt-BR",
                    language=_shown(language),
                ),
            )
        language = language.replace("_", "-")

        # Country (needed before phones: it is the region of national numbers)
        ccol, country = one(COUNTRY)
        country = country.upper()
        country_ok = not country or country in _countries()
        if not country_ok:
            reject(
                ccol,
                country,
                Said(
                    "“{country}” is not a country code: use the two-letter ISO code such as "
                    "GB, TH or RU",
                    country=_shown(country),
                ),
            )
        region = (country if country and country_ok else "") or self.default_region

        # Phones
        parsed_phones: list[phones.Phone] = []
        numbers: list[phonenumbers.PhoneNumber] = []
        seen_e164: set[str] = set()
        unreadable_phone = False
        for col in self.by_target.get(PHONE, ()):
            for part in _LIST_SPLIT.split(row[col.index]):
                typed = part.strip()
                if not typed:
                    continue
                if len(typed) > _MAX_TYPED_PHONE or _has_control(typed):
                    reject(
                        col,
                        typed,
                        Said(
                            "a phone number may have at most {n} characters and no control "
                            "characters",
                            n=_MAX_TYPED_PHONE,
                        ),
                    )
                    continue
                parsed = _complete_e164(typed, region)
                if parsed is None:
                    unreadable_phone = True
                    reject(col, typed, self._phone_reason(typed, region))
                elif parsed.e164 not in seen_e164:
                    seen_e164.add(parsed.e164)
                    parsed_phones.append(phones.Phone(e164=parsed.e164, typed=typed))
                    numbers.append(parsed.number)

        if not country and country_ok:
            country = self._country_from(numbers) or self.default_region
            # A national number without a region already says to give the row a country.
            if not country and not unreadable_phone:
                reject(
                    ccol,
                    "",
                    Said(
                        "the country is missing: add a “country” column with two-letter ISO "
                        "codes such as GB, TH or RU, or give phone numbers in international "
                        "form (+…)"
                    ),
                )

        # Emails
        emails: list[str] = []
        seen_keys: set[str] = set()
        for col in self.by_target.get(EMAIL, ()):
            for part in _EMAIL_SPLIT.split(row[col.index]):
                address = part.strip()
                if not address:
                    continue
                if (
                    len(email_key(address)) > _MAX_EMAIL
                    or not _EMAIL.match(address)
                    or _has_control(address)
                ):
                    reject(col, address, Said("“{email}” is not an e-mail address",
                                              email=_shown(address)))  # fmt: skip
                elif email_key(address) not in seen_keys:
                    seen_keys.add(email_key(address))
                    emails.append(address)

        # Do not call
        dcol, dnc_typed = one(DO_NOT_CALL)
        dnc = dnc_typed.casefold()
        if dnc not in _TRUE and dnc not in _FALSE:
            reject(
                dcol,
                dnc_typed,
                Said(
                    "“{value}” is not yes or no: use yes/no, true/false or 1/0",
                    value=_shown(dnc_typed),
                ),
            )

        # Tags
        tags: list[str] = []
        for col in self.by_target.get(TAGS, ()):
            for part in _TAG_SPLIT.split(row[col.index]):
                tag = " ".join(part.split())
                if not tag or tag in tags:
                    continue
                if len(tag) > _MAX_TAG or _has_control(tag):
                    reject(
                        col,
                        tag,
                        Said(
                            "a tag may have at most {n} characters and no control characters",
                            n=_MAX_TAG,
                        ),
                    )
                else:
                    tags.append(tag)

        # Custom fields
        custom: dict[str, str] = {}
        for col in self.by_target.get(CUSTOM, ()):
            value = row[col.index].strip()
            if not value:
                continue
            if len(value) > _MAX_CUSTOM_VALUE:
                reject(col, value, Said("a custom field may have at most {n:,} characters",
                                        n=_MAX_CUSTOM_VALUE))  # fmt: skip
            else:
                custom[col.key] = value

        if problems:
            return None, problems
        return (
            _Row(
                line=line,
                account_no=account,
                full_name=full,
                name_key=key,
                given_name=given,
                family_name=family,
                time_zone=zone,
                language=language,
                country=country,
                do_not_call=dnc in _TRUE,
                tags=tags,
                custom=custom,
                phones=parsed_phones,
                emails=emails,
            ),
            [],
        )

    def account(self, line: int, row: Sequence[str]) -> _AccountRef | None:
        """The row's account number when it is well-formed, even if the row has other problems,
        so a duplicate is reported together with them rather than after they are fixed."""
        cols = self.by_target.get(ACCOUNT_NO)
        if not cols or len(row) != self.width:
            return None
        typed = row[cols[0].index].strip()
        key = account_key(typed)
        if not key or len(key) > _MAX_ACCOUNT or not _ACCOUNT.match(key):
            return None
        return _AccountRef(line, cols[0].header or f"#{cols[0].index + 1}", typed, key)

    @staticmethod
    def _phone_reason(typed: str, region: str) -> str:
        shown = _shown(typed)
        international = typed.startswith(("+", "00"))
        if region and not international:
            return Said("“{phone}” is not a phone number, in international form (+…) or for "
                        "{region}", phone=shown, region=region)  # fmt: skip
        if international:
            return Said("“{phone}” is not a phone number", phone=shown)
        return Said(
            "“{phone}” is not a phone number in international form (+ and the country code): "
            "for national numbers give the row a country, or set the default region",
            phone=shown,
        )

    @staticmethod
    def _country_from(numbers: Sequence[phonenumbers.PhoneNumber]) -> str:
        for number in numbers:
            # A number outside the ranges phonenumbers knows still names its country code's
            # main region (+44 → GB).
            region = phonenumbers.region_code_for_number(
                number
            ) or phonenumbers.region_code_for_country_code(number.country_code or 0)
            if region and region in _countries():
                return str(region)
        return ""


# ---- the import ------------------------------------------------------------------------------


class CustomerImporter:
    """Imports customers from CSV files into one database; safe to use from a worker thread."""

    def __init__(self, db: Database, *, default_region: str = "") -> None:
        self.db = db
        self.default_region = default_region

    def import_file(
        self,
        path: str | os.PathLike[str],
        *,
        mapping: Mapping[str, str] | None = None,
        progress: Progress = no_progress,
    ) -> ImportReport:
        """Check every row and write them all in one transaction, or write nothing at all."""
        file = Path(path)
        mapping = dict(mapping or {})
        for target in mapping.values():
            parse_target(target)  # a programming error if the caller passes junk
        with _Source(file) as source:
            rejected: list[Rejection] = []
            checker = self._checker(source, mapping, rejected)
            if checker is None:
                return ImportReport(str(file), 0, tuple(rejected), 0)
            try:
                with self.db.write() as conn:
                    outcome = self._stream(source, checker, conn, progress)
                    if outcome.rejected:
                        raise _Refused(outcome)  # rolls the transaction back
            except _Refused as refused:
                return ImportReport(str(file), 0, refused.outcome.rejected, refused.outcome.rows)
            except IntegrityError as exc:
                raise UserFacingError(
                    Said("Nothing was imported from {file}: one of its account numbers was "
                         "added by someone else while the file was being imported. Import the "
                         "file again to see which.", file=file.name),
                    detail=str(exc),
                ) from exc  # fmt: skip
        return ImportReport(str(file), outcome.imported, (), outcome.rows)

    def _checker(
        self, source: _Source, mapping: Mapping[str, str], rejected: list[Rejection]
    ) -> _RowChecker | None:
        if source.header is None:
            reason = source.header_error or Said(
                "the file is empty: its first line must name the columns (account_no, "
                "full_name, time_zone...)"
            )
            rejected.append(Rejection(1, "", "", reason))
            return None
        columns, problems = _resolve_columns(source.header, mapping)
        if problems:
            rejected.extend(problems)
            return None
        return _RowChecker(columns, len(source.header), self.default_region)

    def _stream(
        self, source: _Source, checker: _RowChecker, conn: Connection, progress: Progress
    ) -> _Outcome:
        """One pass over the rows, inside the write transaction.

        Good rows are inserted chunk by chunk while no problem has been found; after the first
        problem the writing stops but the checking goes on, so the report lists every problem
        (and the caller rolls back). Account numbers are looked up in the database before
        their chunk is inserted, so a duplicate is caught by the check, not the constraint.
        """
        now = dt.datetime.now(dt.UTC)
        rejected: list[Rejection] = []
        first_line: dict[str, int] = {}
        refs: list[_AccountRef] = []
        chunk: list[_Row] = []
        rows = imported = 0
        total = max(source.size, 1)
        progress(0, total, "importing")

        def flush() -> None:
            nonlocal imported
            rejected.extend(_in_database(conn, refs))
            refs.clear()
            if not rejected:
                imported += _insert(conn, chunk, now)
            chunk.clear()
            progress(min(source.counter.count, total), total, "importing")

        for line, fields, why in source.rows():
            rows += 1
            if fields is None:
                rejected.append(Rejection(line, "", "", why))
                continue
            row, problems = checker.check(line, fields)
            rejected.extend(problems)
            ref = checker.account(line, fields)
            if ref is not None:
                earlier = first_line.setdefault(ref.key, line)
                if earlier == line:
                    refs.append(ref)
                else:
                    row = None
                    rejected.append(
                        Rejection(
                            line,
                            ref.column,
                            _shown(ref.typed),
                            Said(
                                "account {account} is already on line {line} of this file",
                                account=ref.key,
                                line=earlier,
                            ),
                        )
                    )
            if row is not None and not rejected:
                chunk.append(row)
            if len(refs) >= _CHUNK:
                flush()
        flush()
        if rows == 0 and not rejected:
            rejected.append(
                Rejection(2, "", "", Said("the file has a header but no customers below it"))
            )
        progress(total, total, "importing")
        rejected.sort(key=lambda r: r.line)
        return _Outcome(tuple(rejected), rows, imported)


@dataclass(frozen=True)
class _Outcome:
    rejected: tuple[Rejection, ...]
    rows: int
    imported: int


class _Refused(Exception):
    """Raised inside the write transaction to roll it back when any row was rejected."""

    def __init__(self, outcome: _Outcome) -> None:
        super().__init__("import refused")
        self.outcome = outcome


_C = cast(Table, Customer.__table__)
_P = cast(Table, CustomerPhone.__table__)
_E = cast(Table, CustomerEmail.__table__)
_IDS_OF_ACCOUNTS = select(_C.c.account_no, _C.c.id).where(
    _C.c.account_no.in_(bindparam("accounts", expanding=True))
)


def _in_database(conn: Connection, refs: Sequence[_AccountRef]) -> list[Rejection]:
    if not refs:
        return []
    existing = set(
        conn.scalars(select(_C.c.account_no).where(_C.c.account_no.in_([r.key for r in refs])))
    )
    return [
        Rejection(
            r.line,
            r.column,
            _shown(r.typed),
            Said(
                "account {account} is already in the database (a customer cannot be "
                "imported twice)",
                account=r.key,
            ),
        )
        for r in refs
        if r.key in existing
    ]


def _insert_values(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Batched multi-row INSERTs, the same on both databases.

    RETURNING makes SQLAlchemy use its "insertmanyvalues" batching (one statement per
    thousand rows) on both drivers; without it psycopg sends one statement per row.
    """
    conn.execute(insert(table).returning(table.c.id), list(rows)).all()


def _insert(conn: Connection, rows: Sequence[_Row], now: dt.datetime) -> int:
    """One multi-row INSERT per table; the new customers' ids are read back by account number.

    (INSERT … RETURNING with the ids in row order runs one statement per row on SQLite, ten
    times slower; the account number is unique, so one indexed SELECT per chunk finds them.)
    """
    if not rows:
        return 0
    _insert_values(
        conn,
        _C,
        [
            {
                "account_no": r.account_no,
                "given_name": r.given_name,
                "family_name": r.family_name,
                "full_name": r.full_name,
                "name_key": r.name_key,
                "time_zone": r.time_zone,
                "language": r.language,
                "country": r.country,
                "do_not_call": r.do_not_call,
                "tags": r.tags,
                "custom_fields": r.custom,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for r in rows
        ],
    )
    found = conn.execute(_IDS_OF_ACCOUNTS, {"accounts": [r.account_no for r in rows]})
    id_of: dict[str, int] = {account: cid for account, cid in found}
    ids = [id_of[r.account_no] for r in rows]
    phone_rows = [
        {
            "customer_id": cid,
            "e164": p.e164,
            "typed": p.typed,
            "label": "mobile" if i == 0 else "other",
            "is_primary": i == 0,
        }
        for cid, r in zip(ids, rows, strict=True)
        for i, p in enumerate(r.phones)
    ]
    email_rows = [
        {"customer_id": cid, "email": e, "email_key": email_key(e), "is_primary": i == 0}
        for cid, r in zip(ids, rows, strict=True)
        for i, e in enumerate(r.emails)
    ]
    if phone_rows:
        _insert_values(conn, _P, phone_rows)
    if email_rows:
        _insert_values(conn, _E, email_rows)
    return len(ids)


def import_customers(
    db: Database,
    path: str | os.PathLike[str],
    *,
    default_region: str = "",
    mapping: Mapping[str, str] | None = None,
    progress: Progress = no_progress,
) -> ImportReport:
    """Convenience for the CLI and the dialog: see ``CustomerImporter.import_file``."""
    return CustomerImporter(db, default_region=default_region).import_file(
        path, mapping=mapping, progress=progress
    )
