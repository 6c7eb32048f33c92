"""What an agent is typing, kept on the local disk so a crash, a restart or a lost database
never costs them a note.

One small JSON file per draft in ``data_dir()/drafts``, named by a hash of its key (keys hold
characters such as ``:`` that Windows does not allow in file names). Every write goes to a
temporary file in the same directory, is flushed and fsynced, then renamed over the old one
with ``os.replace``: a crash at any instant, even SIGKILL or a power cut, leaves either the
previous draft or the new one, never half of one.

Saves may come from worker threads in any order. A caller that numbers its saves
(``revision``) gets the guarantee that an older revision never overwrites a newer one, and a
discard with a revision is not undone by an older save still in flight.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console import paths

log = logging.getLogger(__name__)

DRAFTS_DIR = "drafts"
FORMAT_VERSION = 1
_SUFFIX = ".json"
_TEMP_PREFIX = ".tmp-"


@dataclass(frozen=True)
class Draft:
    key: str
    text: str
    saved_at: dt.datetime
    meta: dict[str, Any] = field(default_factory=dict)


def database_id(database: str) -> str:
    """A short, stable id for a database (its display URL), so drafts never cross databases."""
    return hashlib.sha256(database.encode("utf-8")).hexdigest()[:12]


def note_key(database: str, customer_id: int) -> str:
    """The key of the note an agent is writing about one customer in one database."""
    return f"note:{database_id(database)}:{customer_id}"


def note_customer(key: str, database: str) -> int | None:
    """The customer a note draft of this database is about, or None for any other key."""
    prefix = f"note:{database_id(database)}:"
    tail = key[len(prefix) :] if key.startswith(prefix) else ""
    return int(tail) if tail.isdigit() else None


class DraftStore:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else paths.data_dir() / DRAFTS_DIR
        self._lock = threading.Lock()
        # Highest revision written or discarded per key (only for callers that number saves).
        self._revisions: dict[str, int] = {}

    def path_for(self, key: str) -> Path:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        return self.directory / f"{digest}{_SUFFIX}"

    def save(
        self,
        key: str,
        text: str,
        meta: dict[str, Any] | None = None,
        *,
        revision: int | None = None,
    ) -> bool:
        """Store ``text`` as the draft for ``key``; blank text discards it instead.

        Returns False when a newer revision was already written (nothing changed).
        """
        if not text.strip():
            return self.discard(key, revision=revision)
        document = {
            "format": FORMAT_VERSION,
            "key": key,
            "text": text,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(),
            "meta": dict(meta or {}),
        }
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        with self._lock:
            if self._stale(key, revision):
                return False
            self.directory.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.path_for(key), data)
            return True

    def load(self, key: str) -> Draft | None:
        """The draft saved for ``key``, or None (also for an unreadable file, which is logged)."""
        draft = _read(self.path_for(key))
        if draft is None or draft.key != key:
            return None
        return draft

    def discard(self, key: str, *, revision: int | None = None) -> bool:
        """Forget the draft for ``key`` (after its text was saved for good)."""
        with self._lock:
            if self._stale(key, revision):
                return False
            with contextlib.suppress(FileNotFoundError):
                self.path_for(key).unlink()
            return True

    def pending(self) -> list[Draft]:
        """Every draft on disk, newest first (to offer them back when the console starts)."""
        if not self.directory.is_dir():
            return []
        drafts = [
            draft
            for path in self.directory.glob(f"*{_SUFFIX}")
            if not path.name.startswith(_TEMP_PREFIX) and (draft := _read(path)) is not None
        ]
        drafts.sort(key=lambda d: d.saved_at, reverse=True)
        return drafts

    def _stale(self, key: str, revision: int | None) -> bool:
        if revision is None:
            return False
        if revision < self._revisions.get(key, -1):
            return True
        self._revisions[key] = revision
        return False


def _write_atomically(path: Path, data: bytes) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_SUFFIX, dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a directory, and need not."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read(path: Path) -> Draft | None:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        saved_at = dt.datetime.fromisoformat(document["saved_at"])
        key, text, meta = document["key"], document["text"], document.get("meta", {})
        if not (isinstance(key, str) and isinstance(text, str) and isinstance(meta, dict)):
            raise TypeError("unexpected field types")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring unreadable draft %s: %s", path, exc)
        return None
    return Draft(key=key, text=text, saved_at=saved_at, meta=meta)
