from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from console import secrets


def test_secrets_round_trip_through_the_keyring() -> None:
    assert secrets.get_secret("crm-token") is None
    secrets.set_secret("crm-token", "s3cret")
    assert secrets.get_secret("crm-token") == "s3cret"
    assert keyring.get_password(secrets.SERVICE, "crm-token") == "s3cret"
    secrets.delete_secret("crm-token")
    secrets.delete_secret("crm-token")  # twice is fine
    assert secrets.get_secret("crm-token") is None


def test_no_keyring_is_said_plainly_and_nothing_is_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(FailKeyring())
    with pytest.raises(secrets.SecretStoreUnavailable, match="no usable password store"):
        secrets.set_secret("crm-token", "s3cret")
    with pytest.raises(secrets.SecretStoreUnavailable):
        secrets.get_secret("crm-token")
