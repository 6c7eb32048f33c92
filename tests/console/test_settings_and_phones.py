from __future__ import annotations

import json
from pathlib import Path

import pytest

from console import settings
from console.errors import UserFacingError, ValidationError
from console.phones import display, looks_like_phone, parse_phone, to_e164
from console.settings import Settings


def test_defaults_are_declared_in_one_place() -> None:
    assert settings.load() == Settings()


def test_settings_round_trip_and_environment_override(monkeypatch: pytest.MonkeyPatch) -> None:
    settings.save(settings.with_value(Settings(), "search_limit", "25"))
    assert settings.load().search_limit == 25
    monkeypatch.setenv("AGENT_CONSOLE_REGION", "ee")
    assert settings.load().default_region == "ee"
    assert settings.load_file_only().default_region == ""


def test_broken_settings_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserFacingError, match="fix or delete it"):
        settings.load(path)
    path.write_text(json.dumps({"search_limit": "lots"}), encoding="utf-8")
    with pytest.raises(ValidationError, match="must be a number"):
        settings.load(path)


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("+66 81 234 5678", None, "+66812345678"),
        ("081-234-5678", "TH", "+66812345678"),
        ("0066812345678", None, "+66812345678"),
        ("8 (916) 555-12-34", "RU", "+79165551234"),
        ("(212) 555-0187", "US", "+12125550187"),
        ("0912 345 6789", "ir", "+989123456789"),
    ],
)
def test_phone_formats_normalise_to_e164(typed: str, region: str | None, e164: str) -> None:
    assert to_e164(typed, region) == e164
    assert parse_phone(typed, region).typed == typed.strip()


@pytest.mark.parametrize("bad", ["12", "+66 81", "hello", "081-234-5678"])
def test_bad_phone_is_refused_with_what_to_do(bad: str) -> None:
    with pytest.raises(ValidationError, match="is not a phone number"):
        parse_phone(bad, None)


def test_phone_display_and_detection() -> None:
    assert display("+66812345678") == "+66 81 234 5678"
    assert looks_like_phone("081-234-5678")
    assert not looks_like_phone("AC1007922")
    assert not looks_like_phone("12 34")


def test_boolean_settings_accept_the_usual_words() -> None:
    assert settings.with_value(Settings(), "pop_listener", "on").pop_listener is True
    assert settings.with_value(Settings(), "pop_listener", "false").pop_listener is False
    with pytest.raises(ValidationError, match="true or false"):
        settings.with_value(Settings(), "pop_listener", "maybe")


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("callback_reminder_lead_min", "-1", "Enter a whole number from 0 to 240."),
        ("dashboard_break_warning_min", "0", "Enter a whole number from 1 to 240."),
        ("dial_command", "linphonecsh dial", "does not say where the number goes"),
        ("dial_scheme", "skype", "Choose tel, sip or callto."),
        ("theme", "purple", "Choose light, dark or system."),
        ("default_region", "ZZ", "is not a country code"),
        ("sip_domain", "pbx example", "is not a SIP domain"),
    ],
)
def test_settings_set_refuses_what_the_console_could_not_use(
    name: str, value: str, said: str
) -> None:
    with pytest.raises(ValidationError, match=said):
        settings.with_value(Settings(), name, value)
    assert not settings.settings_path().exists()


def test_a_good_dial_setup_passes_and_sip_needs_a_domain() -> None:
    good = settings.with_value(Settings(), "dial_command", "sp --call={number_digits}")
    assert settings.problems(good) == {}
    sip = settings.with_value(Settings(), "dial_scheme", "sip")  # the domain comes next
    assert "needs your phone system's domain" in settings.problems(sip)["sip_domain"]
    assert settings.problems(settings.with_value(sip, "sip_domain", "pbx.example.com")) == {}
    quiet = settings.with_value(Settings(), "callback_reminder_sound", "off")
    assert quiet.callback_reminder_sound is False
