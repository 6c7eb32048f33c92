"""Typed settings with their defaults declared in one place (Electrum's lesson).

Stored as JSON in the user config directory; environment variables override the file for a
single run (useful for scripts, the PBX and tests). Secrets never live here: see secrets.py.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from console import paths
from console.errors import Said, ValidationError

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Settings:
    # Database URL; empty means the SQLite file in the user data directory.
    db_url: str = ""
    # Region (ISO 3166 alpha-2) used to read phone numbers typed in national form.
    default_region: str = ""
    # The user this desktop acts as on SQLite (team mode logs in as a database role instead).
    user: str = ""
    # Interface language (BCP 47, e.g. "th"); empty follows the operating system.
    language: str = ""
    # How many customers a search returns at most.
    search_limit: int = 50
    # How many timeline items the customer view loads at first.
    timeline_limit: int = 50
    # Seconds between change polls on SQLite (PostgreSQL uses LISTEN/NOTIFY).
    poll_interval_s: float = 5.0
    # External CRM (REST) asked about callers the local database does not know; empty = off.
    # Its bearer token lives in the keyring (secret "crm-token"), never here.
    crm_url: str = ""
    crm_timeout_s: float = 5.0
    # The screen-pop listener for PBX and softphones: off by default, loopback only, token in
    # the keyring (secret "pop-listener-token").
    pop_listener: bool = False
    pop_listener_port: int = 8765
    # Click-to-dial: a URL handed to the OS ("tel", "sip" with sip_domain, "callto"), or a
    # softphone command such as `linphonecsh dial {number}` (console.integrations.dialer).
    dial_scheme: str = "tel"
    sip_domain: str = ""
    dial_command: str = ""
    # Minutes before a callback is due that its reminder appears (banner, sound, tray).
    callback_reminder_lead_min: int = 5
    # Whether a reminder beeps (the banner and the tray message come either way).
    callback_reminder_sound: bool = True
    # Seconds between callback checks (reminders, hand-on to the queue, the views).
    callback_poll_s: float = 20.0
    # Supervisor dashboard alerts: a promise ending within this many minutes with nobody on
    # it, and more overdue callbacks in all than this.
    dashboard_break_warning_min: int = 10
    dashboard_overdue_alert: int = 20
    # Colours: "light", "dark", or "system"/empty to follow the operating system.
    theme: str = ""


ENV_OVERRIDES = {
    "db_url": "AGENT_CONSOLE_DB",
    "default_region": "AGENT_CONSOLE_REGION",
    "user": "AGENT_CONSOLE_USER",
    "language": "AGENT_CONSOLE_LANGUAGE",
    "theme": "AGENT_CONSOLE_THEME",
}


THEMES = ("", "system", "light", "dark")
# Whole-number settings an agent edits, with the range that makes sense: (lowest, highest).
RANGES: dict[str, tuple[int, int]] = {
    "callback_reminder_lead_min": (0, 240),
    "dashboard_break_warning_min": (1, 240),
    "dashboard_overdue_alert": (0, 100_000),
}
# A number to try a dial command with (it is never dialled by a check).
SAMPLE_NUMBER = "+79165551234"


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def _coerce(name: str, value: Any) -> Any:
    field_type = {f.name: f.type for f in fields(Settings)}[name]
    if field_type == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off", ""):
            return False
        raise ValidationError(
            Said("Setting {name} must be true or false, not “{value}”.", name=name,
                 value=str(value))
        )  # fmt: skip
    try:
        if field_type == "int":
            return int(value)
        if field_type == "float":
            return float(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            Said("Setting {name} must be a number, not “{value}”.", name=name, value=str(value))
        ) from exc
    return str(value)


def load(path: Path | None = None, *, environment: bool = True) -> Settings:
    """The settings file merged with environment overrides; unknown keys are ignored."""
    path = path or settings_path()
    values: dict[str, Any] = {}
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValidationError(
                Said("The settings file {path} cannot be read ({problem}); fix or delete it.",
                     path=str(path), problem=str(exc))
            ) from exc  # fmt: skip
        known = {f.name for f in fields(Settings)}
        values = {k: _coerce(k, v) for k, v in raw.items() if k in known}
    for name, var in ENV_OVERRIDES.items():
        if environment and os.environ.get(var):
            values[name] = _coerce(name, os.environ[var])
    return Settings(**values)


def load_file_only() -> Settings:
    """What the file says, without this run's environment overrides (for editing it)."""
    return load(environment=False)


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically so a crash never leaves half a settings file."""
    path = path or settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def with_value(settings: Settings, name: str, value: str) -> Settings:
    if name not in {f.name for f in fields(Settings)}:
        known = ", ".join(f.name for f in fields(Settings))
        raise ValidationError(
            Said("There is no setting “{name}”; known settings: {known}.", name=name,
                 known=known)
        )  # fmt: skip
    if name == "db_url" and _has_password(value):
        raise ValidationError(
            Said("A password does not belong in settings: set db_url without it "
                 "(postgresql://USER@HOST/DB); the console asks for it when it signs in and "
                 "can remember it in this computer's keyring.")
        )  # fmt: skip
    changed = replace(settings, **{name: _coerce(name, value)})
    said = problem(changed, name)
    if said is not None:
        raise ValidationError(said)
    return changed


def problem(settings: Settings, name: str) -> Said | None:
    """What is wrong with this one setting's value, on its own, or None.

    The CLI's ``settings set`` and the Settings dialog refuse the same values with the same
    sentence. Checks that involve two settings are in ``problems``.
    """
    value = getattr(settings, name)
    if name in RANGES:
        low, high = RANGES[name]
        if not low <= value <= high:
            return Said("Enter a whole number from {low} to {high}.", low=low, high=high)
    elif name == "theme" and value.strip().lower() not in THEMES:
        return Said("Choose light, dark or system.")
    elif name == "dial_scheme" and value.strip().lower() not in _dial_schemes():
        return Said("Choose tel, sip or callto.")
    elif name == "default_region" and value.strip():
        import phonenumbers

        if value.strip().upper() not in phonenumbers.SUPPORTED_REGIONS:
            return Said("“{region}” is not a country code: use two letters such as RU or TH.",
                        region=value[:10])  # fmt: skip
    elif name == "sip_domain" and value.strip():
        return _dial_problem(replace(settings, dial_scheme="sip", dial_command=""))
    elif name == "dial_command" and value.strip():
        return _dial_problem(settings)
    return None


def problems(settings: Settings) -> dict[str, Said]:
    """Every setting that cannot be saved, with why (for a form: one message per field)."""
    found = {f.name: p for f in fields(Settings) if (p := problem(settings, f.name)) is not None}
    if (
        "sip_domain" not in found
        and settings.dial_scheme.strip().lower() == "sip"
        and not settings.dial_command.strip()
        and not settings.sip_domain.strip()
    ):
        found["sip_domain"] = Said("Dialling by SIP needs your phone system's domain, such as "
                                   "pbx.example.com.")  # fmt: skip
    return found


def _dial_schemes() -> tuple[str, ...]:
    from console.integrations.dialer import URL_SCHEMES

    return URL_SCHEMES


def _dial_problem(settings: Settings) -> Said | None:
    from console.integrations.dialer import plan_dial

    try:
        plan_dial(SAMPLE_NUMBER, scheme=settings.dial_scheme or "tel",
                  sip_domain=settings.sip_domain, command=settings.dial_command)  # fmt: skip
    except ValidationError as exc:
        return exc.message if isinstance(exc.message, Said) else Said("{why}", why=exc.message)
    return None


def _has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return "://" in url and bool(make_url(url.strip()).password)
    except ArgumentError:
        return False


def shown(settings: Settings) -> dict[str, Any]:
    """The settings to print or export: a password given in AGENT_CONSOLE_DB is hidden."""
    values = asdict(settings)
    if _has_password(settings.db_url):
        from sqlalchemy.engine import make_url

        values["db_url"] = make_url(settings.db_url.strip()).render_as_string(hide_password=True)
    return values
