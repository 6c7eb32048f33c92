"""A throwaway PostgreSQL server for the test session (recipe from shared/TESTING.md)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def find_bin_dir() -> Path | None:
    """Debian's versioned directory, else whatever pg_ctl is on PATH (macOS, Windows)."""
    dirs = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
    )
    for d in reversed(dirs):
        if (Path(d) / "initdb").exists():
            return Path(d)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bin_dir: Path
    base: Path
    port: int

    @property
    def data(self) -> Path:
        return self.base / "data"

    password: str = ""  # the superuser's, on a server started with password authentication

    def url(self, dbname: str = "postgres", user: str = "postgres") -> str:
        auth = f"{user}:{self.password}" if user == "postgres" and self.password else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:  # initdb refuses to run as root
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> None:
        self._run(
            "pg_ctl", "-D", str(self.data), "-w", "-l", str(self.base / "log"),
            "-o", f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200",
            "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)


def start_server(password: str = "") -> PgServer:
    """Trust authentication by default; with ``password``, SCRAM for every login (team mode's
    login tests), the superuser's password being ``password``."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl) found")
    base = Path(tempfile.mkdtemp(prefix="ac-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    server = PgServer(bin_dir, base, free_port(), password)
    auth = ["-A", "trust"]
    if password:
        pwfile = base / "pw"
        pwfile.write_text(password + "\n", encoding="utf-8")
        if os.geteuid() == 0:
            shutil.chown(pwfile, "postgres", "postgres")
        auth = ["-A", "scram-sha-256", f"--pwfile={pwfile}"]
    server._run(
        "initdb", "-D", str(server.data), "-U", "postgres", *auth, "-E", "UTF8",
        "--no-sync", "--locale=C.UTF-8",
    )  # fmt: skip
    started = time.monotonic()
    while True:
        try:
            server.start()
            return server
        except subprocess.CalledProcessError:
            # A port grabbed by someone else between free_port() and start: try another.
            if time.monotonic() - started > 30:
                raise
            server.port = free_port()
