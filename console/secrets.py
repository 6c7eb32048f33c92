"""The one way to secrets: the operating system's keyring (via ``keyring``), never a file.

Where no keyring backend exists (a headless Linux box without a Secret Service), the caller
gets ``SecretStoreUnavailable`` with a plain message, and must offer to go on without
remembering; nothing ever falls back to writing a secret in plain text.
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from console.errors import Said, UserFacingError

log = logging.getLogger(__name__)

SERVICE = "AgentConsole"


class SecretStoreUnavailable(UserFacingError):
    """No keyring backend on this machine, or it refused: secrets cannot be remembered."""


def _unavailable(exc: Exception) -> SecretStoreUnavailable:
    return SecretStoreUnavailable(
        Said(
            "This computer has no usable password store (keyring), so the secret cannot be "
            "remembered; enter it each time, or install and unlock a keyring "
            "(GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager)."
        ),
        detail=str(exc),
    )


def get_secret(name: str) -> str | None:
    """The stored secret, or None when none is stored."""
    try:
        value = keyring.get_password(SERVICE, name)
    except NoKeyringError as exc:
        raise _unavailable(exc) from exc
    except KeyringError as exc:
        raise _unavailable(exc) from exc
    return None if value is None else str(value)


def set_secret(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except (NoKeyringError, KeyringError) as exc:
        raise _unavailable(exc) from exc
    log.info("secret %s stored in the keyring", name)  # the name only, never the value


def delete_secret(name: str) -> None:
    """Forget a secret; forgetting one that is not there is not an error."""
    try:
        keyring.delete_password(SERVICE, name)
    except PasswordDeleteError:
        return
    except (NoKeyringError, KeyringError) as exc:
        raise _unavailable(exc) from exc
