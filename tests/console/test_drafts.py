"""Drafts survive crashes: atomic writes, ordered revisions, nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from console import paths
from console.drafts import DraftStore, database_id, note_customer, note_key


def test_save_load_and_discard(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    key = note_key("sqlite:///x.sqlite3", 42)
    assert store.load(key) is None
    assert store.save(key, "Обещала перезвонить 🙂", {"customer_id": 42, "mode": "note"})
    draft = store.load(key)
    assert draft is not None
    assert (draft.key, draft.text, draft.meta) == (key, "Обещала перезвонить 🙂", {
        "customer_id": 42, "mode": "note"})  # fmt: skip
    assert store.discard(key)
    assert store.load(key) is None
    assert store.discard(key)  # discarding twice is fine


def test_the_default_directory_is_in_the_user_data_dir() -> None:
    store = DraftStore()
    store.save("note:x:1", "hello")
    assert store.directory == paths.data_dir() / "drafts"
    assert len(list(store.directory.glob("*.json"))) == 1


def test_keys_are_per_database_and_customer() -> None:
    assert note_key("sqlite:///a", 1) != note_key("sqlite:///b", 1)
    assert note_key("sqlite:///a", 1) != note_key("sqlite:///a", 2)
    assert note_key("sqlite:///a", 7) == f"note:{database_id('sqlite:///a')}:7"


def test_blank_text_discards_the_draft(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("k", "something")
    store.save("k", "   \n")
    assert store.load("k") is None


def test_an_older_revision_never_overwrites_a_newer_one(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    assert store.save("k", "newer", revision=2)
    assert not store.save("k", "older", revision=1)
    draft = store.load("k")
    assert draft is not None and draft.text == "newer"
    assert store.discard("k", revision=3)
    assert not store.save("k", "still in flight", revision=2)
    assert store.load("k") is None


def test_pending_lists_every_draft_newest_first_and_skips_broken_files(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("a", "first")
    time.sleep(0.01)
    store.save("b", "second", {"customer_id": 2})
    (store.directory / "garbage.json").write_text("{not json", encoding="utf-8")
    (store.directory / ".tmp-leftover.json").write_text("{", encoding="utf-8")
    assert [(d.key, d.text) for d in store.pending()] == [("b", "second"), ("a", "first")]
    assert DraftStore(tmp_path / "missing").pending() == []


def test_a_file_whose_key_differs_is_not_returned(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    store.save("a", "text")
    document = json.loads(store.path_for("a").read_text(encoding="utf-8"))
    document["key"] = "b"
    store.path_for("a").write_text(json.dumps(document), encoding="utf-8")
    assert store.load("a") is None


def test_concurrent_savers_leave_one_complete_draft(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    texts = {f"writer {n} " + "x" * 5000 for n in range(8)}

    def write(text: str) -> None:
        for _ in range(20):
            store.save("k", text)

    threads = [threading.Thread(target=write, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    draft = store.load("k")
    assert draft is not None and draft.text in texts
    assert [p.name for p in store.directory.iterdir()] == [store.path_for("k").name]


_SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from console.drafts import DraftStore

    store = DraftStore(Path(sys.argv[1]))
    i = 0
    while True:
        # Texts of very different lengths, so a torn write could never look complete.
        store.save("note:crash:1", f"draft {i} " + "Ж" * (i % 7 * 3000), {"i": i})
        if i == 0:
            print("saving", flush=True)
        i += 1
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("delay", [0.05, 0.2, 0.37])
def test_a_process_killed_mid_save_leaves_a_valid_draft(tmp_path: Path, delay: float) -> None:
    directory = tmp_path / "drafts"
    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(directory)],
        cwd=root,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(root)},
    ) as proc:
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == b"saving"
            time.sleep(delay)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    files = [p for p in directory.iterdir() if not p.name.startswith(".tmp-")]
    assert len(files) == 1
    document = json.loads(files[0].read_text(encoding="utf-8"))  # always whole, valid JSON
    i = document["meta"]["i"]
    assert document["text"] == f"draft {i} " + "Ж" * (i % 7 * 3000)
    assert i > 0, "the loop ran long enough to be interrupted mid-way"
    draft = DraftStore(directory).load("note:crash:1")
    assert draft is not None and draft.text == document["text"]


def test_a_note_key_names_its_customer_only_for_its_own_database() -> None:
    key = note_key("sqlite:////a.sqlite3", 42)
    assert note_customer(key, "sqlite:////a.sqlite3") == 42
    assert note_customer(key, "sqlite:////b.sqlite3") is None
    assert note_customer("other:thing", "sqlite:////a.sqlite3") is None
