"""Study progress in the user data folder (``progress.json``), one record per point code."""

from __future__ import annotations

import time
from pathlib import Path

from app.quiz import PointProgress, Progress
from app.user_store import RecordStore


class ProgressStore:
    """Loads and saves a Progress through a RecordStore (atomic writes, merged with another
    running copy of the app). Raises StoreError when the folder cannot be written."""

    KIND = "progress"

    def __init__(self, folder: Path | None = None):
        self.folder = folder
        self._store = RecordStore(self.KIND, folder)
        self.problems: list[str] = list(self._store.problems)
        self.progress = Progress.from_records(self._store.live())

    @property
    def path(self) -> Path:
        return self._store.path

    def reload(self) -> Progress:
        """Read the file again (another copy of the app may have written it) and return the
        fresh Progress, which is also ``self.progress``."""
        self._store = RecordStore(self.KIND, self.folder)
        self.problems += self._store.problems
        self.progress = Progress.from_records(self._store.live())
        return self.progress

    def save(self, code: str, record: PointProgress | None = None) -> None:
        """Write one point's progress (by default the one ``self.progress`` holds)."""
        record = record if record is not None else self.progress.get(code)
        if record is not None:
            self._store.put(code, record.to_record())

    def reset(self) -> int:
        """Forget all progress; deletions are kept as tombstones so another running copy of
        the app does not bring the records back. Returns how many points were forgotten."""
        self.reload()
        stamp = time.time()
        gone = {code: {"deleted": True, "updated": stamp} for code in self._store.live()}
        if gone:
            self._store.merge_in(gone)
        self.progress.reset()
        return len(gone)
