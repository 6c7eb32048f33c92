"""Click-to-dial: hand a callback's number to the agent's phone without the agent retyping it.

Two ways, chosen in Settings → Telephony:

* a URL (``tel:``, ``sip:`` or ``callto:``) that the UI opens with ``QDesktopServices``, so
  whatever softphone the operating system has registered for that scheme places the call;
* a command (a softphone's command line, such as ``linphonecsh dial {number}``) that
  ``run_dial_command`` starts directly.

The number never goes through a shell: ``plan_dial`` accepts only strict E.164 ("+" and 8 to
15 digits), and ``run_dial_command`` starts the program with an argument list, so neither a
number nor a template can smuggle shell syntax into the call.

How a command template is split
-------------------------------
The same rule on every operating system, so a template behaves the same on the agent's
Windows desktop and in the tests: words are separated by spaces, and single or double quotes
group a word that contains spaces (``"C:\\Program Files\\Soft Phone\\sp.exe" --call {number}``).
Backslashes are ordinary characters (Windows paths need no doubling); the price is that a
quote cannot be escaped, so a word containing a double quote is written in single quotes and
vice versa. ``{number}`` becomes the E.164 number (``+66812345678``) and ``{number_digits}``
the same without the plus (``66812345678``), wherever they appear in an argument
(``--call={number}`` works too). Other braces are left alone, so templates never go through
``str.format``.
"""

from __future__ import annotations

import logging
import os
import re
import shlex
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from console import phones
from console.errors import Said, UserFacingError, ValidationError

log = logging.getLogger(__name__)

URL_SCHEMES = ("tel", "sip", "callto")
NUMBER = "{number}"
NUMBER_DIGITS = "{number_digits}"
# How long run_dial_command blocks by default to catch a command that fails at once (a missing
# account, a softphone that is not running): long enough for a CLI that only forwards the
# number, short enough that the agent does not notice.
GRACE_S = 0.3

# "+" and 8 to 15 ASCII digits, no leading zero in the country code. [0-9], not \d: \d would
# accept Thai or Arabic-Indic digits, which no dialler understands.
_E164 = re.compile(r"\+[1-9][0-9]{7,14}")
# A SIP host: a DNS name or IPv4 address, or an IPv6 address in brackets, optionally a port.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_SIP_HOST = re.compile(rf"(?:{_LABEL}(?:\.{_LABEL})*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{{1,5}})?")
# Keep this much of a failing command's stderr: its first line is all the agent sees.
_STDERR_KEEP = 8192
_STDERR_LINE_CHARS = 200
# After a quick exit, how long to wait for the rest of stderr (a grandchild the command
# started may hold the pipe open for ever).
_STDERR_JOIN_S = 0.5


@dataclass(frozen=True)
class DialPlan:
    """How to place one call: a URL for the UI to open, or a command line to start."""

    kind: str  # "url" or "command"
    url: str = ""  # for kind == "url": "tel:+66812345678", "sip:+66812345678@pbx.example.com"
    argv: tuple[str, ...] = ()  # for kind == "command": program first, never run through a shell
    display: str = ""  # what to tell the agent: "Dialling +66 81 234 5678 with your softphone…"


def plan_dial(
    e164: str, *, scheme: str = "tel", sip_domain: str = "", command: str = ""
) -> DialPlan:
    """Decide how to dial ``e164`` from the agent's telephony settings.

    Everything is checked here, before anything is started, so a wrong setting is reported
    with what to change instead of failing somewhere in the operating system.
    """
    if not _E164.fullmatch(e164):
        raise ValidationError(
            Said("“{phone}” cannot be dialled: a number must be + and the country code, 8 to "
                 "15 digits in all, with nothing else. Correct the customer's phone number.",
                 phone=e164[:40])
        )  # fmt: skip
    readable = phones.display(e164)
    if command.strip():
        argv = _command_argv(command, e164)
        return DialPlan(
            kind="command",
            argv=argv,
            display=Said("Dialling {phone} with your softphone…", phone=readable),
        )
    chosen = scheme.strip().lower()
    if chosen == "sip":
        domain = sip_domain.strip()
        if not domain:
            raise ValidationError(
                Said("Dialling by SIP needs your phone system's domain (such as "
                     "pbx.example.com): enter it in Settings → Telephony.")
            )  # fmt: skip
        if not _SIP_HOST.fullmatch(domain):
            raise ValidationError(
                Said("“{domain}” is not a SIP domain: enter only the host name of your phone "
                     "system, such as pbx.example.com, in Settings → Telephony.",
                     domain=domain[:60])
            )  # fmt: skip
        return DialPlan(
            kind="url", url=f"sip:{e164}@{domain}",
            display=Said("Dialling {phone} via {domain}…", phone=readable, domain=domain),
        )  # fmt: skip
    if chosen in ("tel", "callto"):
        return DialPlan(kind="url", url=f"{chosen}:{e164}",
                        display=Said("Dialling {phone}…", phone=readable))  # fmt: skip
    raise ValidationError(
        Said("“{scheme}” is not a way to dial this console knows: choose tel, sip or callto in "
             "Settings → Telephony.", scheme=scheme[:20])
    )  # fmt: skip


def _command_argv(template: str, e164: str) -> tuple[str, ...]:
    """Split a dial command template and put the number into it (see the module docstring)."""
    lexer = shlex.shlex(template, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""  # "#" is an ordinary character (SIP URIs and DTMF use it)
    lexer.escape = ""  # backslashes are path separators on Windows, not escapes
    try:
        words = list(lexer)
    except ValueError as exc:  # "No closing quotation"
        raise ValidationError(
            Said("The dial command “{command}” has a quote that is never closed: correct it in "
                 "Settings → Telephony.", command=template[:80]),
            detail=str(exc),
        ) from exc  # fmt: skip
    if not words or not words[0]:
        raise ValidationError(
            Said("The dial command must start with the program to run: correct it in "
                 "Settings → Telephony.")
        )  # fmt: skip
    if NUMBER in words[0] or NUMBER_DIGITS in words[0]:
        raise ValidationError(
            Said("The dial command “{command}” must start with the program to run, then its "
                 "arguments with {{number}}: correct it in Settings → Telephony.",
                 command=template[:80])
        )  # fmt: skip
    if not any(NUMBER in w or NUMBER_DIGITS in w for w in words[1:]):
        raise ValidationError(
            Said("The dial command “{command}” does not say where the number goes: add "
                 "{{number}} (or {{number_digits}} for the number without +) in Settings → "
                 "Telephony.", command=template[:80])
        )  # fmt: skip
    digits = e164[1:]
    return tuple(w.replace(NUMBER_DIGITS, digits).replace(NUMBER, e164) for w in words)


def run_dial_command(
    plan: DialPlan,
    *,
    timeout_s: float = 5.0,
    grace_s: float = GRACE_S,
    on_late_failure: Callable[[UserFacingError], None] | None = None,
) -> None:
    """Start the softphone command of ``plan`` and return without waiting for the call.

    Blocks at most ``grace_s`` (never more than ``timeout_s``): a command that exits with an
    error in that moment is reported at once as a ``UserFacingError`` carrying its first line
    of stderr, and one that exits cleanly returns as soon as it does. A command still running
    then is watched in the background until ``timeout_s`` after the start; if it fails in
    that time, ``on_late_failure`` is called with the error, on the watcher thread (the UI
    must hand it to the GUI thread itself), and it is logged. After ``timeout_s`` the command
    is taken to be the softphone itself and is only reaped when it exits, whatever its code.

    The command runs in its own session (POSIX) or process group (Windows), so closing the
    console or pressing Ctrl+C in its terminal does not hang up the agent's softphone.
    """
    if plan.kind != "command" or not plan.argv:
        raise ValueError(f"run_dial_command needs a command plan, got {plan!r}")
    program = plan.argv[0]
    started = time.monotonic()
    try:
        process = subprocess.Popen(
            list(plan.argv),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            **_detached(),
        )
    except FileNotFoundError as exc:
        raise UserFacingError(
            Said("The dial command “{program}” was not found: check Settings → Telephony.",
                 program=program),
            detail=str(exc),
        ) from exc  # fmt: skip
    except PermissionError as exc:
        raise UserFacingError(
            Said("The dial command “{program}” may not be run (permission denied): check "
                 "Settings → Telephony, or ask IT to allow the program.", program=program),
            detail=str(exc),
        ) from exc  # fmt: skip
    except OSError as exc:
        raise UserFacingError(
            Said(
                "The dial command “{program}” could not be started ({problem}): check "
                "Settings → Telephony.",
                program=program,
                problem=exc.strerror or str(exc),
            ),
            detail=str(exc),
        ) from exc
    assert process.stderr is not None
    stderr = _StderrTail(process.stderr, program)
    try:
        code = process.wait(timeout=max(0.0, min(grace_s, timeout_s)))
    except subprocess.TimeoutExpired:
        threading.Thread(
            target=_watch,
            args=(process, stderr, program, started + timeout_s, on_late_failure),
            name=f"dial-watch-{process.pid}",
            daemon=True,
        ).start()
        return
    if code != 0:
        raise _failure(program, code, stderr.first_line(_STDERR_JOIN_S))


def _detached() -> dict[str, Any]:
    """Popen options that keep the softphone alive independently of the console."""
    if sys.platform == "win32":
        # No console window flashing up for a command-line dialler; Ctrl+C stays ours.
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW}
    return {"start_new_session": True}


def _watch(
    process: subprocess.Popen[bytes],
    stderr: _StderrTail,
    program: str,
    deadline: float,
    on_late_failure: Callable[[UserFacingError], None] | None,
) -> None:
    """Report a failure shortly after the start; in any case reap the process (no zombies)."""
    try:
        code = process.wait(timeout=max(0.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        code = process.wait()
        log.debug("Dial command %r exited with code %s after the watch period", program, code)
        return
    if code == 0:
        return
    error = _failure(program, code, stderr.first_line(_STDERR_JOIN_S))
    log.warning("Dial command %r failed after starting: %s", program, error.detail)
    if on_late_failure is not None:
        on_late_failure(error)


def _failure(program: str, code: int, first_line: str) -> UserFacingError:
    said = (
        Said("The dial command “{program}” failed (exit code {code}): {reason}. Check that "
             "your softphone is running and signed in, and the command in Settings → "
             "Telephony.", program=program, code=code, reason=first_line)
        if first_line else
        Said("The dial command “{program}” failed (exit code {code}) and printed no reason. "
             "Check that your softphone is running and signed in, and the command in "
             "Settings → Telephony.", program=program, code=code)
    )  # fmt: skip
    return UserFacingError(
        said,
        detail=f"exit code {code}; stderr: {first_line!r}",
    )


class _StderrTail:
    """Drains a command's stderr on a thread, keeping the start of it.

    Draining matters: a softphone that keeps running and writes to stderr would block once
    the pipe's buffer is full if nobody read it.
    """

    def __init__(self, stream: IO[bytes], program: str) -> None:
        self._stream = stream
        self._kept = bytearray()
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._drain, name=f"dial-stderr-{program[:20]}", daemon=True
        )
        self._thread.start()

    def _drain(self) -> None:
        try:
            # os.read returns whatever is there; a buffered read would sit on a partial line.
            while chunk := os.read(self._stream.fileno(), 4096):
                with self._lock:
                    if len(self._kept) < _STDERR_KEEP:
                        self._kept += chunk[: _STDERR_KEEP - len(self._kept)]
        except (OSError, ValueError):
            pass
        finally:
            self._stream.close()

    def first_line(self, wait_s: float) -> str:
        """The first non-empty line written so far (waiting up to ``wait_s`` for the rest)."""
        self._thread.join(wait_s)
        with self._lock:
            text = bytes(self._kept).decode("utf-8", errors="replace")
        for line in text.splitlines():
            if line.strip():
                line = line.strip()
                if len(line) > _STDERR_LINE_CHARS:
                    line = line[: _STDERR_LINE_CHARS - 1] + "…"
                return line
        return ""
