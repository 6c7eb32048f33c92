"""End to end: a real console process, ``agent-console pop`` and the PBX listener against it.

The console runs offscreen with its own single-instance name (``AGENT_CONSOLE_INSTANCE``) and
``AGENT_CONSOLE_POP_PROBE=1``, which makes it print "agent-console: popped <id>" when a pop is
on screen and "agent-console: pop listener on 127.0.0.1:<port>" once the listener serves. The
listener token is shared with the child through a file-backed keyring in the test's temp dir
(an in-memory keyring is per process).
"""

from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import requests

from console import paths
from console.integrations.pop_listener import listener_token
from tests.console.integrations.file_keyring import PATH_ENV, FileKeyring

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 60.0

pytestmark = pytest.mark.slow


class Console:
    """A console process whose stdout lines are collected as they come."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.env = env
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "console", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
        )
        self._pump_thread = threading.Thread(target=self._pump, daemon=True)
        self._pump_thread.start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, pattern: str, timeout: float = STARTUP_TIMEOUT_S) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    break
                continue
            self.seen.append(line)
            match = regex.search(line)
            if match:
                return match
        raise AssertionError(f"no line matching {pattern!r}; the console said: {self.seen}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._pump_thread.join(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The child's environment: isolated dirs (from the autouse fixture), its own socket name,
    the pop probe, the listener enabled on any free port, and a keyring both sides read."""
    keyring_file = tmp_path / "keyring.json"
    settings = {"pop_listener": True, "pop_listener_port": 0}
    (paths.config_dir() / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AGENT_CONSOLE_INSTANCE": f"agent-console-test-{uuid.uuid4().hex[:12]}",
        "AGENT_CONSOLE_POP_PROBE": "1",
        "PYTHON_KEYRING_BACKEND": "tests.console.integrations.file_keyring.FileKeyring",
        PATH_ENV: str(keyring_file),
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture
def token(env: dict[str, str]) -> Iterator[str]:
    """The listener token, generated here and stored where the child's keyring reads it."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(Path(env[PATH_ENV])))
    try:
        yield listener_token()
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def running(env: dict[str, str], token: str, demo_db_url: str) -> Iterator[Console]:
    console = Console(["--db", demo_db_url, "--user", "dana"], env)
    try:
        console.expect(r"pop listener on 127\.0\.0\.1:\d+")
        yield console
    finally:
        console.stop()


def _listener_port(console: Console) -> int:
    line = next(s for s in console.seen if "pop listener on" in s)
    return int(line.rsplit(":", 1)[1])


def _pop_command(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", "pop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_pop_command_brings_the_running_console_to_that_caller(
    running: Console, env: dict[str, str]
) -> None:
    result = _pop_command(env, "+79165551234", "--call-id", "e2e-1", "--queue", "ru")
    assert result.returncode == 0, result.stderr
    assert "the running console shows +7 916 555-12-34" in result.stdout
    running.expect(r"agent-console: popped 1$", timeout=20)  # Ольга Петрова


def test_pop_command_refuses_something_that_is_not_a_number(
    running: Console, env: dict[str, str]
) -> None:
    result = _pop_command(env, "call me maybe")
    assert result.returncode == 1
    assert "is not a phone number" in result.stderr


def test_a_second_start_hands_over_to_the_running_console(
    running: Console, env: dict[str, str], demo_db_url: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console", "--db", demo_db_url],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "already running" in result.stdout


def test_the_http_listener_pops_the_caller_in_the_running_console(
    running: Console, token: str
) -> None:
    url = f"http://127.0.0.1:{_listener_port(running)}/pop"
    refused = requests.post(url, json={"phone": "+79165551234"},
                            headers={"Authorization": "Bearer nope"}, timeout=10)  # fmt: skip
    assert refused.status_code == 401
    response = requests.post(
        url,
        json={"phone": "+79165551234", "call_id": "pbx-9", "queue": "refunds"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 202
    running.expect(r"agent-console: popped 1$", timeout=20)
    unknown = requests.post(url, json={"phone": "+15555550123"},
                            headers={"Authorization": f"Bearer {token}"}, timeout=10)  # fmt: skip
    assert unknown.status_code == 202
    running.expect(r"agent-console: popped new caller \+15555550123$", timeout=20)


def test_pop_starts_a_console_when_none_runs_and_pops_once_it_is_shown(
    env: dict[str, str], token: str, demo_db_url: str
) -> None:
    console = Console(["--db", demo_db_url, "--user", "dana", "pop", "8 916 555-12-34"],
                      {**env, "AGENT_CONSOLE_REGION": "RU"})  # fmt: skip
    try:
        console.expect(r"agent-console: popped 1$")
        assert console.process.poll() is None  # it goes on running as the console
    finally:
        console.stop()
