"""User data is never lost: corrupt files are set aside, two writers merge, saves are atomic."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSaveFile

from app.notes import Notes, NotesImportError
from app.user_store import RecordStore, StoreError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("content", [
    b"{not json", b"\xff\xfe\x00\x01binary", b"[]", b'{"schema": 1, "kind": "bookmarks"}',
    b'{"schema": 99, "kind": "notes", "records": {}}',
    b'{"schema": 1, "kind": "notes", "records": {"GB14": "just text"}}',
    b'{"schema": 1, "kind": "notes", "records": {"GB14": {"updated": "yesterday"}}}', b"",
    b"[" * 100_000 + b"]" * 100_000,
])
def test_a_corrupt_file_is_set_aside_and_reported(tmp_path, content):
    (tmp_path / "notes.json").write_bytes(content)
    store = RecordStore("notes", tmp_path)
    assert store.records == {}
    (problem,) = store.problems
    assert "notes.json could not be read" in problem
    aside = list(tmp_path.glob("notes.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == content   # nothing lost
    store.put("GB14", {"text": "fresh"})
    assert RecordStore("notes", tmp_path).get("GB14")["text"] == "fresh"


def test_two_instances_keep_each_others_records(tmp_path):
    first = RecordStore("notes", tmp_path)
    second = RecordStore("notes", tmp_path)     # both opened before either wrote
    first.put("GB14", {"text": "from the first window"})
    second.put("ST36", {"text": "from the second window"})
    first.put("TE6", {"text": "first again"})
    merged = RecordStore("notes", tmp_path)
    assert {k: r["text"] for k, r in merged.live().items()} == {
        "GB14": "from the first window", "ST36": "from the second window",
        "TE6": "first again"}


def test_newer_edit_wins_and_deletions_stick(tmp_path):
    first = RecordStore("notes", tmp_path)
    second = RecordStore("notes", tmp_path)
    first.put("GB14", {"text": "old"})
    second.put("GB14", {"text": "new"})
    first.save()
    assert RecordStore("notes", tmp_path).get("GB14")["text"] == "new"
    second.delete("GB14")
    first.save()     # the first window still has no newer record: the deletion stands
    assert RecordStore("notes", tmp_path).get("GB14") is None


WRITER = """
import sys
from pathlib import Path
from app.user_store import RecordStore
folder, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
store = RecordStore("notes", folder)
for i in range(count):
    store.put(f"{name}{i}", {"text": f"{name} note {i}"})
"""


def test_concurrent_processes_lose_nothing(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name, "40"],
                              env=env) for name in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    records = RecordStore("notes", tmp_path).live()
    assert len(records) == 80
    assert records["a39"]["text"] == "a note 39" and records["b0"]["text"] == "b note 0"


SAVER = """
import sys
from pathlib import Path
from app.user_store import RecordStore
store = RecordStore("notes", Path(sys.argv[1]))
big = "x" * 200_000
i = 0
while True:
    i += 1
    store.put("GB14", {"text": f"version {i} " + big})
"""


def test_a_kill_during_saving_leaves_a_whole_file(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for attempt in range(6):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(tmp_path)], env=env)
        time.sleep(0.4 + attempt * 0.07)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        document = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
        assert document["records"]["GB14"]["text"].startswith("version ")
    store = RecordStore("notes", tmp_path)
    assert store.problems == []


def test_a_failed_commit_keeps_the_old_file(tmp_path, monkeypatch):
    store = RecordStore("notes", tmp_path)
    store.put("GB14", {"text": "safe"})
    before = (tmp_path / "notes.json").read_bytes()

    def broken_commit(self):
        self.cancelWriting()
        return False

    monkeypatch.setattr(QSaveFile, "commit", broken_commit)
    with pytest.raises(StoreError):
        store.put("GB14", {"text": "lost in the crash"})
    assert (tmp_path / "notes.json").read_bytes() == before


def test_notes_export_and_import_merge(tmp_path):
    home, other = tmp_path / "home", tmp_path / "other"
    mine = Notes(home)
    mine.set_note("GB14", "my newer note")
    mine.set_bookmarked("ST36", True)
    theirs = Notes(other)
    theirs.set_note("TE6", "their note")
    theirs.set_bookmarked("GB14", True)
    export = tmp_path / "export.json"
    assert theirs.export_to(export) == 2
    assert "their note" in export.read_text(encoding="utf-8")   # readable
    mine.import_from(export)
    assert mine.note("GB14") == "my newer note" and mine.note("TE6") == "their note"
    assert mine.bookmarked() == {"ST36", "GB14"}
    assert Notes(home).note("TE6") == "their note"               # saved


@pytest.mark.parametrize("content", ["{}", "not json", '{"format": "acupoint-atlas-notes", '
                                     '"schema": 1, "notes": {"GB14": 5}}',
                                     "[" * 100_000 + "]" * 100_000])
def test_bad_import_is_refused_and_changes_nothing(tmp_path, content):
    notes = Notes(tmp_path / "home")
    notes.set_note("GB14", "keep me")
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(NotesImportError):
        notes.import_from(bad)
    assert Notes(tmp_path / "home").note("GB14") == "keep me"


def test_a_copy_that_was_open_sees_the_other_copys_note(tmp_path):
    """Copy B is open; copy A writes a note and quits; B opening the point shows A's note."""
    b = Notes(tmp_path)
    assert b.note("GV28") == ""
    Notes(tmp_path).set_note("GV28", "from A")
    assert b.note("GV28") == "from A"


def test_an_edit_over_stale_text_keeps_the_other_copys_words(tmp_path):
    b = Notes(tmp_path)
    base = b.note("GV28")                         # what B's editor shows: nothing yet
    Notes(tmp_path).set_note("GV28", "inside the upper lip\nfrom A")
    stored = b.set_note("GV28", "from B", base=base)
    assert "from A" in stored and "from B" in stored and "inside the upper lip" in stored
    assert Notes(tmp_path).note("GV28") == stored
    # an edit from an up-to-date base simply replaces the note
    assert b.set_note("GV28", "only B", base=stored) == "only B"


def test_keeping_both_does_not_repeat_shared_lines(tmp_path):
    a, b = Notes(tmp_path), Notes(tmp_path)
    a.set_note("GB14", "one cun above the brow")
    base = b.note("GB14")
    a.set_note("GB14", "one cun above the brow\nA adds this")
    stored = b.set_note("GB14", "one cun above the brow\nB adds that", base=base)
    assert stored.count("one cun above the brow") == 1
    assert "A adds this" in stored and "B adds that" in stored


def test_import_leaves_out_codes_the_atlas_does_not_have(tmp_path):
    theirs = Notes(tmp_path / "other")
    theirs.set_note("GB14", "kept")
    theirs.set_note("XX99", "a code no atlas has")
    theirs.set_bookmarked("ZZ1", True)
    export = tmp_path / "export.json"
    theirs.export_to(export)
    mine = Notes(tmp_path / "home")
    changed, unknown = mine.import_from(export, known={"GB14", "ST36"})
    assert changed == 1 and unknown == ["XX99", "ZZ1"]
    assert mine.note("GB14") == "kept" and mine.note("XX99") == "" and not mine.bookmarked()
