"""The CRM REST connector: asks an external CRM about a caller the local database does not know.

The contract (any CRM, or a small adapter in front of one, can implement it)
----------------------------------------------------------------------------
Every request carries ``Authorization: Bearer <token>`` and ``Accept: application/json``.

``GET {crm_url}/customers?phone=<E.164>`` answers 200 with::

    {"customers": [
        {"id": "C-1001",                 # required: string (a whole number is read as text)
         "account_no": "7001234",        # optional: empty or missing -> "CRM<id>" locally
         "full_name": "สมชาย ใจดี",       # required, non-empty
         "given_name": "สมชาย",           # optional
         "family_name": "ใจดี",           # optional
         "phones": ["+66812345678"],      # required: international form (+ and country code)
         "emails": ["somchai@example.com"],  # optional
         "time_zone": "Asia/Bangkok",     # required: an IANA time zone
         "language": "th",                # optional (BCP 47), default "en"
         "country": "TH",                 # required: ISO 3166 alpha-2
         "tags": ["gold"],                # optional: strings
         "fields": {"voyage": "SP-22"}}   # optional: text, number, true/false or null values
    ]}

An empty list means the CRM does not know the number. Keys this console does not know are
ignored (the CRM may send more); a known key with a wrong type or value rejects the whole
answer with a message naming the customer and the field: a half-read record on an agent's
screen is worse than none.

``GET {crm_url}/health`` answers 200 (any body; ``{"status": "ok"}`` is conventional) when the
CRM is up *and* accepts the token; ``agent-console crm check`` uses it.

401 or 403 mean the token is wrong; 429, 500, 502, 503 and 504 are retried (the requests are
GETs, so repeating them is safe) with exponential backoff, as are connection failures; any
other status is reported at once. A read timeout is not retried: the agent is waiting.

The token comes from the keyring (secret ``crm-token``) and never appears in a message or a
log line.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias
from urllib.parse import urlsplit, urlunsplit

import requests
from urllib3.exceptions import ReadTimeoutError

from console import __version__, phones, secrets
from console.errors import Said, UserFacingError
from console.settings import Settings
from console.text import account_key, email_key, name_key
from console.validation import is_country, is_email, is_language, is_time_zone

log = logging.getLogger(__name__)

TOKEN_SECRET = "crm-token"
SET_TOKEN_HINT = Said("set a new one with `agent-console crm set-token`")

#: Statuses worth another try: the CRM (or a proxy in front of it) is busy or restarting.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: No single backoff pause is longer than this, whatever Retry-After says.
MAX_BACKOFF_S = 2.0

FieldValue: TypeAlias = str | int | float | bool | None

# Column sizes of the local customers tables (console/storage/models.py).
_MAX_ACCOUNT = 32
_MAX_NAME = 400
_MAX_PART = 200
_MAX_EMAIL = 320
_MAX_TYPED_PHONE = 40
_MAX_ZONE = 64
_MAX_LANGUAGE = 16
_MAX_TAG = 40
# Visible ASCII only: anything else would break (or be echoed by) the HTTP header code.
_TOKEN = re.compile(r"^[\x21-\x7e]+$")


# ---- errors ------------------------------------------------------------------------------------


class CrmError(UserFacingError):
    """The CRM could not answer the question; the console goes on without it."""


class CrmNotConfigured(CrmError):
    """A CRM address is set but the token is missing or unusable."""


class CrmUnauthorized(CrmError):
    """The CRM refused the token (401) or its rights (403)."""


class CrmServerError(CrmError):
    """The CRM answered with a 5xx (or 429) even after the retries."""


class CrmRequestRejected(CrmError):
    """The CRM answered with a 4xx other than 401/403/429: usually a wrong crm_url."""


class CrmTimeout(CrmError):
    """The CRM accepted the connection but did not answer in time."""


class CrmUnreachable(CrmError):
    """No connection could be made (refused, DNS, network down, TLS)."""


class CrmMalformedResponse(CrmError):
    """The CRM answered 200 with something that does not follow the contract."""


# ---- values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CrmCustomer:
    """One validated customer record from the CRM, already normalised for local storage."""

    crm_id: str
    account_no: str
    full_name: str
    given_name: str
    family_name: str
    phones: tuple[str, ...]  # E.164
    phones_typed: tuple[str, ...]  # as the CRM wrote them, same order
    emails: tuple[str, ...]
    time_zone: str
    language: str
    country: str
    tags: tuple[str, ...]
    fields: Mapping[str, FieldValue] = field(default_factory=dict)


@dataclass(frozen=True)
class CrmHealth:
    url: str
    status: str
    latency_ms: int


# ---- the connector -----------------------------------------------------------------------------


class CrmConnector:
    """One ``requests.Session`` to one CRM, with timeouts and bounded retries.

    The worst case for one call is ``(retries + 1) * (connect + read timeout)`` plus the
    backoff pauses (each at most ``MAX_BACKOFF_S``), so a dead CRM costs the agent seconds,
    never minutes. Calls are serialised by a lock: a ``Session`` is not documented as
    thread-safe, and the UI calls from a worker pool.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        timeout_s: float,
        retries: int = 2,
        backoff: float = 0.25,
    ) -> None:
        self.base_url = _check_base_url(base_url)
        self.display_url = _display_url(self.base_url)
        check_token(token)
        if timeout_s <= 0:
            raise CrmError(
                Said("The crm_timeout_s setting must be more than 0 seconds, not {seconds}.",
                     seconds=_plain(timeout_s))
            )  # fmt: skip
        self.timeout_s = timeout_s
        self.retries = max(0, retries)
        self.backoff = max(0.0, backoff)
        self._lock = threading.Lock()
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": f"agent-console/{__version__}",
            }
        )
        if urlsplit(self.base_url).scheme == "http" and not _is_loopback(self.base_url):
            log.warning("the CRM at %s is reached over plain http: the token is not encrypted",
                        self.display_url)  # fmt: skip

    @classmethod
    def from_settings(cls, settings: Settings) -> CrmConnector | None:
        """The connector the settings describe, or None when no CRM is configured."""
        if not settings.crm_url.strip():
            return None
        token = secrets.get_secret(TOKEN_SECRET)  # SecretStoreUnavailable says what to do
        if not token:
            raise CrmNotConfigured(
                Said("No CRM token is stored on this computer: set one with "
                     "`agent-console crm set-token`.")
            )  # fmt: skip
        return cls(settings.crm_url, token, settings.crm_timeout_s)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> CrmConnector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- the two calls ------------------------------------------------------------------------

    def lookup(self, e164: str) -> list[CrmCustomer]:
        """Every CRM customer with this number (usually zero or one), validated."""
        response = self._get("customers", {"phone": e164})
        return parse_customers(_json(response, self.display_url), self.display_url)

    def check(self) -> CrmHealth:
        """Reachable and accepting the token, or a CrmError that says which is wrong."""
        started = time.monotonic()
        response = self._get("health", None)
        latency = round((time.monotonic() - started) * 1000)
        status = "ok"
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("status"), str):
            status = body["status"][:200]
        return CrmHealth(url=self.display_url, status=status, latency_ms=latency)

    # ---- transport ----------------------------------------------------------------------------

    def _get(self, path: str, params: dict[str, str] | None) -> requests.Response:
        url = f"{self.base_url}/{path}"
        attempts = self.retries + 1
        with self._lock:
            for attempt in range(1, attempts + 1):
                started = time.monotonic()
                try:
                    response = self._session.get(
                        url, params=params, timeout=(self.timeout_s, self.timeout_s),
                        allow_redirects=True,
                    )  # fmt: skip
                except requests.RequestException as exc:
                    error = self._transport_error(exc)
                    log.warning("CRM /%s attempt %d/%d failed: %s", path, attempt, attempts,
                                type(exc).__name__)  # fmt: skip
                    if not isinstance(error, CrmUnreachable) or _is_tls(exc):
                        raise error from None
                    if attempt == attempts:
                        raise error from None
                    self._pause(attempt, None)
                    continue
                elapsed = round((time.monotonic() - started) * 1000)
                log.info("CRM /%s -> HTTP %d in %d ms (attempt %d/%d)", path,
                         response.status_code, elapsed, attempt, attempts)  # fmt: skip
                if response.status_code in RETRY_STATUSES and attempt < attempts:
                    self._pause(attempt, response.headers.get("Retry-After"))
                    continue
                if response.ok:
                    return response
                raise self._status_error(response, path, attempts=attempt)
        raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover

    def _pause(self, attempt: int, retry_after: str | None) -> None:
        delay = self.backoff * (2 ** (attempt - 1))
        if retry_after and retry_after.strip().isdigit():
            delay = max(delay, float(retry_after.strip()))
        time.sleep(min(delay, MAX_BACKOFF_S))

    def _transport_error(self, exc: requests.RequestException) -> CrmError:
        where = self.display_url
        detail = f"{type(exc).__name__}: {_redact(str(exc))}"
        if isinstance(exc, requests.ReadTimeout) or (
            isinstance(exc, requests.ConnectionError)
            and exc.args
            and isinstance(exc.args[0], ReadTimeoutError)
        ):
            return CrmTimeout(
                Said("The CRM at {where} did not answer within {seconds} s; go on without it, "
                     "or try again later.", where=where, seconds=_plain(self.timeout_s)),
                detail=detail,
            )  # fmt: skip
        if _is_tls(exc):
            return CrmUnreachable(
                Said("The CRM at {where} did not present a trusted certificate; check the "
                     "crm_url setting (https address) with your administrator.", where=where),
                detail=detail,
            )  # fmt: skip
        if isinstance(exc, requests.ConnectionError):
            return CrmUnreachable(
                Said("Cannot reach the CRM at {where}; check the network and the crm_url "
                     "setting.", where=where),
                detail=detail,
            )  # fmt: skip
        return CrmError(
            Said("The request to the CRM at {where} failed ({problem}); check the crm_url "
                 "setting.", where=where, problem=type(exc).__name__),
            detail=detail,
        )  # fmt: skip

    def _status_error(self, response: requests.Response, path: str, *, attempts: int) -> CrmError:
        code = response.status_code
        where = self.display_url
        detail = f"HTTP {code} from /{path}: {_redact(response.text[:500])}"
        if code == 401:
            return CrmUnauthorized(
                Said("The CRM refused the token: {hint}.", hint=SET_TOKEN_HINT), detail=detail
            )
        if code == 403:
            return CrmUnauthorized(
                Said("The CRM token may not look up customers: ask the CRM administrator for "
                     "its rights, or {hint}.", hint=SET_TOKEN_HINT),
                detail=detail,
            )  # fmt: skip
        if code in RETRY_STATUSES or code >= 500:
            problem = (
                Said("The CRM at {where} has a problem (HTTP {code} after {n} attempts); go on "
                     "without it, or try again later.", where=where, code=str(code), n=attempts)
                if attempts > 1 else
                Said("The CRM at {where} has a problem (HTTP {code}); go on without it, or try "
                     "again later.", where=where, code=str(code))
            )  # fmt: skip
            return CrmServerError(problem, detail=detail)
        if code == 404:
            return CrmRequestRejected(
                Said("The CRM at {where} has no /{path} address (HTTP 404): check the crm_url "
                     "setting.", where=where, path=path),
                detail=detail,
            )  # fmt: skip
        return CrmRequestRejected(
            Said("The CRM at {where} rejected the request (HTTP {code}): check the crm_url "
                 "setting and that the CRM follows the console's contract (see the README).",
                 where=where, code=str(code)),
            detail=detail,
        )  # fmt: skip


# ---- validation --------------------------------------------------------------------------------


def check_token(token: str) -> str:
    """The token if it can go in a Bearer header; never echoes it in the message."""
    if not token or not _TOKEN.match(token):
        raise CrmNotConfigured(
            Said("The CRM token is empty or contains characters a token cannot have (spaces, "
                 "line breaks, non-ASCII letters): {hint}.", hint=SET_TOKEN_HINT)
        )  # fmt: skip
    return token


def parse_customers(doc: Any, where: str = "the CRM") -> list[CrmCustomer]:
    """The contract's ``{"customers": [...]}``, validated field by field."""
    if not isinstance(doc, dict) or not isinstance(doc.get("customers"), list):
        raise _malformed(where, Said('the answer has no "customers" list'))
    return [_parse_customer(item, i, where) for i, item in enumerate(doc["customers"])]


def _parse_customer(item: Any, index: int, where: str) -> CrmCustomer:
    if not isinstance(item, dict):
        raise _malformed(where, Said("customer #{n} is not an object", n=index + 1))
    raw_id = item.get("id")
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    if not isinstance(raw_id, str) or not raw_id.strip():
        raise _malformed(where, Said('customer #{n} has no "id"', n=index + 1))
    crm_id = raw_id.strip()
    who = Said("customer {id}", id=crm_id)

    def text(key: str, *, required: bool, limit: int) -> str:
        value = item.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise _malformed(where, Said('{who} has no usable "{key}" (text expected)', who=who,
                                         key=key))  # fmt: skip
        value = value.strip()
        if len(value) > limit:
            raise _malformed(where, Said('{who} has a "{key}" longer than {n} characters',
                                         who=who, key=key, n=limit))  # fmt: skip
        return value

    def text_list(key: str, *, required: bool) -> list[str]:
        value = item.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _malformed(where, Said('{who} has no usable "{key}" (a list of text expected)',
                                         who=who, key=key))  # fmt: skip
        return [v.strip() for v in value if v.strip()]

    full_name = " ".join(text("full_name", required=True, limit=_MAX_NAME).split())
    if len(name_key(full_name)) > _MAX_NAME:
        raise _malformed(where, Said("{who} has a name too long to store", who=who))
    given_name = text("given_name", required=False, limit=_MAX_PART)
    family_name = text("family_name", required=False, limit=_MAX_PART)

    account = account_key(text("account_no", required=False, limit=_MAX_ACCOUNT))
    if not account:
        account = account_key(f"CRM-{crm_id}")
    if len(account) > _MAX_ACCOUNT:
        raise _malformed(
            where, Said("{who} has an id too long to use as an account number", who=who)
        )

    e164s: list[str] = []
    typed: list[str] = []
    for number in text_list("phones", required=True):
        e164 = phones.to_e164(number, None)
        if e164 is None or len(number) > _MAX_TYPED_PHONE:
            raise _malformed(where, Said("{who} has the phone “{phone}”, not in international "
                                         "form (+…)", who=who, phone=number[:40]))  # fmt: skip
        if e164 not in e164s:
            e164s.append(e164)
            typed.append(number)

    emails: list[str] = []
    for email in text_list("emails", required=False):
        if not is_email(email) or len(email) > _MAX_EMAIL:
            raise _malformed(where, Said("{who} has the e-mail “{email}”, not an address",
                                         who=who, email=email[:80]))  # fmt: skip
        if email_key(email) not in {email_key(e) for e in emails}:
            emails.append(email)

    zone = text("time_zone", required=True, limit=_MAX_ZONE)
    if not is_time_zone(zone):
        raise _malformed(where, Said("{who} has the unknown time zone “{zone}” (IANA name "
                                     "expected)", who=who, zone=zone))  # fmt: skip
    language = text("language", required=False, limit=_MAX_LANGUAGE) or "en"
    primary, _, rest = language.partition("-")
    language = f"{primary.lower()}-{rest}" if rest else primary.lower()
    if not is_language(language):
        raise _malformed(where, Said("{who} has the language “{language}” (e.g. th, en-GB "
                                     "expected)", who=who, language=language))  # fmt: skip
    country = text("country", required=True, limit=2).upper()
    if not is_country(country):
        raise _malformed(where, Said("{who} has the country “{country}” (ISO 3166 code "
                                     "expected)", who=who, country=country))  # fmt: skip

    tags = tuple(dict.fromkeys(text_list("tags", required=False)))
    if any(len(t) > _MAX_TAG for t in tags):
        raise _malformed(
            where, Said("{who} has a tag longer than {n} characters", who=who, n=_MAX_TAG)
        )
    raw_fields = item.get("fields")
    if raw_fields is None:
        raw_fields = {}
    if not isinstance(raw_fields, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str | int | float | bool))
        for k, v in raw_fields.items()
    ):
        raise _malformed(where, Said('{who} has "fields" that are not an object of text, '
                                     "numbers or true/false", who=who))  # fmt: skip

    return CrmCustomer(
        crm_id=crm_id,
        account_no=account,
        full_name=full_name,
        given_name=given_name,
        family_name=family_name,
        phones=tuple(e164s),
        phones_typed=tuple(typed),
        emails=tuple(emails),
        time_zone=zone,
        language=language,
        country=country,
        tags=tags,
        fields=dict(raw_fields),
    )


def _malformed(where: str, what: Said) -> CrmMalformedResponse:
    return CrmMalformedResponse(
        Said("The CRM at {where} answered something this console cannot read: {what}. Go on "
             "without it, and tell the CRM administrator.", where=where, what=what)
    )  # fmt: skip


def _plain(seconds: float) -> int | float:
    """5.0 s reads "5", 2.5 s "2.5" (as ``{:g}`` writes them), in any language's digits."""
    return int(seconds) if float(seconds).is_integer() else seconds


def _json(response: requests.Response, where: str) -> Any:
    try:
        return response.json()
    except ValueError:
        raise CrmMalformedResponse(
            Said(
                "The CRM at {where} answered something this console cannot read (not JSON). "
                "Go on without it, and tell the CRM administrator.",
                where=where,
            ),
            detail=_redact(response.text[:500]),
        ) from None


# ---- URLs --------------------------------------------------------------------------------------


def _check_base_url(raw: str) -> str:
    url = raw.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CrmError(
            Said("The crm_url setting “{url}” is not a web address: use "
                 "https://crm.example.com/api (`agent-console settings set crm_url …`).",
                 url=_display_url(raw.strip()))
        )  # fmt: skip
    if parts.query or parts.fragment:
        raise CrmError(
            Said("The crm_url setting must not contain ? or #: give the API's base address.")
        )
    if parts.username or parts.password:
        raise CrmError(
            Said("The crm_url setting must not contain a user name or password: the CRM token "
                 "is kept in the keyring (`agent-console crm set-token`).")
        )  # fmt: skip
    return url


def _display_url(url: str) -> str:
    """The URL without any user:password part, for messages and logs."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "(invalid address)"
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{port}" if port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_tls(exc: requests.RequestException) -> bool:
    return isinstance(exc, requests.exceptions.SSLError)


_BEARER = re.compile(r"(?i)bearer\s+\S+")


def _redact(text: str) -> str:
    """Server error bodies could echo the Authorization header back: hide it."""
    return _BEARER.sub("Bearer ***", text)
