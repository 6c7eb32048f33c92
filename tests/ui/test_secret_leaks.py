"""No secret leaks: after a realistic team-mode session, no password or token appears in any
file of the data, config and log directories, nor in anything a command printed.

The session: an admin adds a user (password from stdin), that user signs in through the
dialog with "Remember me", a failed sign-in with a wrong password, CLI commands with the
password in the URL (text and --json), AGENT_CONSOLE_DB carrying a password and `settings
show`, an attempt to save a password in settings, the CRM token set and checked, the pop
listener with its token refusing a near-miss token and taking a good one, and a crash written
to the log by the crash hook.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console import logs
from console.cli import main
from console.integrations.pop_listener import PopListener, listener_token
from console.login import ServerLogin
from console.settings import Settings
from tests.support.pgserver import PgServer
from tests.support.team import scram_login
from ui import tasks
from ui.login_dialog import LoginDialog

pytestmark = pytest.mark.postgres


@pytest.fixture
def log_here() -> Iterator[None]:
    """The log file in this test's log directory (an earlier test's handler, kept by the
    idempotent ``logs.setup``, would write the session somewhere the scan does not look)."""
    root = logging.getLogger()
    earlier = [h for h in root.handlers if getattr(h, "_agent_console", False)]
    for h in earlier:
        root.removeHandler(h)
    logs.setup()
    yield
    for h in [h for h in root.handlers if getattr(h, "_agent_console", False)]:
        root.removeHandler(h)
        h.close()
    for h in earlier:
        root.addHandler(h)


def test_no_password_or_token_is_left_in_files_or_output(
    qtbot: QtBot, scram_server: PgServer, isolated_env: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, log_here: None,
) -> None:  # fmt: skip
    from ui.app import _open_signed_in
    from ui.errors import excepthook

    admin = scram_login(scram_server, "leak", role="admin")
    new_user, new_password = f"{admin.database}_kai", "Kai-pass-7f3c9e21b0"
    wrong_password = "Kai-wrong-5d1e88a0"
    crm_token = "crm-tok-" + "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    printed: list[str] = []

    def cli(*argv: str, stdin: str = "") -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        out, err = capsys.readouterr()
        printed.extend((out, err))
        return code

    def url(user: str, password: str) -> str:
        return (f"postgresql+psycopg://{user}:{password}@127.0.0.1:{admin.port}/"
                f"{admin.database}")  # fmt: skip

    as_admin = url(admin.user, admin.password)
    assert cli("admin", "add-user", new_user, "--role", "agent", "--password-stdin", "--json",
               "--db", as_admin, stdin=new_password + "\n") == 0  # fmt: skip
    assert cli("admin", "list-users", "--db", as_admin) == 0
    assert cli("admin", "list-users", "--json", "--db", as_admin) == 0
    assert cli("customers", "find", "petrova", "--json", "--db", url(new_user, new_password)) == 0
    assert cli("callbacks", "list", "--db", url(new_user, new_password)) in (0, 1)
    assert cli("customers", "find", "petrova", "--db", url(new_user, wrong_password)) == 1
    assert cli("db", "status", "--json", "--db", url(new_user, new_password)) == 0
    # Settings: a password is refused in the file, and hidden when it comes from the environment.
    assert cli("settings", "set", "db_url", url(new_user, new_password)) == 1
    assert cli("settings", "set", "db_url", url(new_user, "").replace(":@", "@")) == 0
    monkeypatch.setenv("AGENT_CONSOLE_DB", url(new_user, new_password))
    assert cli("settings", "show") == 0
    assert cli("settings", "show", "--json") == 0
    monkeypatch.delenv("AGENT_CONSOLE_DB")
    # The CRM token, checked against a CRM that is not there.
    assert cli("settings", "set", "crm_url", "http://127.0.0.1:9/api") == 0
    assert cli("crm", "set-token", "--token-stdin", stdin=crm_token + "\n") == 0
    assert cli("crm", "check", "--json") == 1
    # The pop listener: a near-miss token refused, the real one accepted.
    pop_token = listener_token()
    near_miss = pop_token[:-4] + "XXXX"
    listener = PopListener(lambda request: None, token=pop_token, port=0)
    listener.start()
    try:
        for token in (near_miss, pop_token):
            requests.post(listener.url, json={"phone": "+79165551234"},
                          headers={"Authorization": f"Bearer {token}"}, timeout=5)  # fmt: skip
    finally:
        listener.stop()

    # The desktop: signing in through the dialog, first wrong, then right with Remember me.
    def answer(attempts: list[str] = []) -> None:  # noqa: B006 - one list for the session
        d = QApplication.activeModalWidget()
        if not isinstance(d, LoginDialog) or not d.sign_in.isEnabled() \
                or tasks.pending_count():  # fmt: skip
            QTimer.singleShot(20, answer)
            return
        attempts.append(d.error.text())
        d.password.setText(wrong_password if len(attempts) == 1 else new_password)
        d.remember.setChecked(True)
        d.sign_in.click()
        if len(attempts) == 1:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    bare = ServerLogin("127.0.0.1", admin.port, admin.database, new_user).url()
    window = _open_signed_in(bare.render_as_string(hide_password=False), None,
                             settings=Settings(), title_suffix="")  # fmt: skip
    assert window is not None
    qtbot.addWidget(window)
    # A bug while signed in: the crash hook writes it to the log.
    try:
        raise RuntimeError("something broke while signed in")
    except RuntimeError as exc:
        monkeypatch.setattr("ui.errors.show_crash", lambda details: None)
        excepthook(type(exc), exc, exc.__traceback__)
    window.close()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0)
    window.context.db.dispose()

    secrets = {"admin password": admin.password, "user password": new_password,
               "wrong password": wrong_password, "CRM token": crm_token,
               "pop token": pop_token, "near-miss pop token": near_miss,
               "server owner password": scram_server.password}  # fmt: skip
    files = [p for p in isolated_env.rglob("*") if p.is_file()]
    assert any(p.name == "agent-console.log" for p in files)
    assert any(p.name == "settings.json" for p in files)
    log_text = (isolated_env / "log" / "agent-console.log").read_text(encoding="utf-8")
    assert "screen-pop refused" in log_text and "unhandled exception" in log_text
    found = []
    for path in files:
        content = path.read_bytes().decode("utf-8", errors="replace")
        found += [f"{what} in {path}" for what, value in secrets.items() if value in content]
    for n, text in enumerate(printed):
        found += [f"{what} in output {n}" for what, value in secrets.items() if value in text]
    assert found == []
    assert json.loads(printed[0])["username"] == new_user  # the scan read real output
