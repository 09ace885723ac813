"""Study progress survives restarts, is shared by two running copies, and resets for good."""

from __future__ import annotations

import json

from app.progress_store import ProgressStore
from app.quiz import CORRECT, DAY, WRONG

NOW = 1_700_000_000.0


def test_progress_survives_a_restart(tmp_path):
    store = ProgressStore(tmp_path)
    store.progress.record("GB14", WRONG, NOW)
    store.save("GB14")
    store.progress.record("ST36", CORRECT, NOW)
    store.save("ST36")
    again = ProgressStore(tmp_path)              # a new app start
    assert again.progress.get("GB14") == store.progress.get("GB14")
    assert again.progress.get("ST36").box == 2
    assert again.progress.due_or_weak(["GB14", "ST36"], NOW + 1) == ["GB14"]
    document = json.loads((tmp_path / "progress.json").read_text(encoding="utf-8"))
    assert document["kind"] == "progress"
    assert set(document["records"]["GB14"]) >= {"seen", "right", "close", "wrong", "box",
                                                 "due", "last", "updated"}


def test_two_running_copies_keep_each_others_answers(tmp_path):
    first, second = ProgressStore(tmp_path), ProgressStore(tmp_path)
    first.progress.record("GB14", CORRECT, NOW)
    first.save("GB14")
    second.progress.record("CV24", WRONG, NOW)
    second.save("CV24")
    assert second.reload().get("GB14").right == 1
    assert set(ProgressStore(tmp_path).progress.codes()) == {"GB14", "CV24"}


def test_reset_forgets_everything_even_in_another_copy(tmp_path):
    first, second = ProgressStore(tmp_path), ProgressStore(tmp_path)
    for code in ("GB14", "TE6"):
        first.progress.record(code, WRONG, NOW)
        first.save(code)
    second.reload()
    assert first.reset() == 2
    assert len(first.progress) == 0
    second.progress.record("ST36", CORRECT, NOW + DAY)   # the other copy saves later on
    second.save("ST36")
    assert ProgressStore(tmp_path).progress.codes() == ["ST36"]   # no resurrection


def test_a_corrupt_progress_file_is_set_aside_and_reported(tmp_path):
    (tmp_path / "progress.json").write_text("{broken", encoding="utf-8")
    store = ProgressStore(tmp_path)
    assert len(store.progress) == 0
    assert store.problems and "progress.json could not be read" in store.problems[0]
    assert list(tmp_path.glob("progress.json.corrupt-*"))
