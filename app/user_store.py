"""User data (notes, bookmarks, study progress) kept safe: one JSON file per kind of record.

Each file holds ``{"schema": 1, "kind": ..., "records": {key: {..., "updated": t}}}``. Saving
takes a lock, re-reads the file and merges it with ours record by record (the newer ``updated``
wins, deletions are kept as tombstones), then writes through QSaveFile, so two running copies
of the app never lose each other's records and a kill mid-save leaves the old or the new file.
``refresh`` takes in what another copy wrote since; ``update`` changes one record from what is
on disk at that moment, under the lock (so an edit can see that its starting point is stale).
A file that cannot be read is moved aside as ``NAME.corrupt-TIMESTAMP`` and reported.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app import paths

SCHEMA = 1
LOCK_TIMEOUT_MS = 5000


class StoreError(OSError):
    """The user data folder cannot be written (the message says why)."""


def _newer(a: dict | None, b: dict | None) -> dict | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if b.get("updated", 0) > a.get("updated", 0) else a


def merge(ours: dict[str, dict], theirs: dict[str, dict]) -> dict[str, dict]:
    """Record-wise merge: for each key the more recently updated record wins."""
    return {key: _newer(theirs.get(key), ours.get(key)) for key in {*ours, *theirs}}


class RecordStore:
    """Records of one kind (e.g. "notes") in ``<user dir>/<kind>.json``.

    ``problems`` lists what went wrong while reading (a corrupt file set aside), for the
    window to tell the user."""

    def __init__(self, kind: str, folder: Path | None = None):
        self.kind = kind
        self.folder = folder or paths.user_dir()
        self.path = self.folder / f"{kind}.json"
        self.records: dict[str, dict] = {}
        self.problems: list[str] = []
        self._seen: tuple[int, int] | None = None   # (mtime, size) of the file last read
        self.records = self._read()

    # --- reading ----------------------------------------------------------------------------
    def _stat(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def refresh(self) -> bool:
        """Take in what another copy of the app wrote since we last read or wrote the file
        (record by record, the newer wins); True when the file had changed."""
        if self._stat() == self._seen:
            return False
        self.records = merge(self.records, self._read())
        return True

    def _read(self) -> dict[str, dict]:
        self._seen = self._stat()
        if self._seen is None:
            return {}
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            self._check(document)
        except (OSError, ValueError, RecursionError) as exc:   # RecursionError: deep JSON
            self._set_aside(str(exc))
            return {}
        return document["records"]

    def _check(self, document) -> None:
        if not isinstance(document, dict) or document.get("kind") != self.kind:
            raise ValueError(f"not a {self.kind} file")
        if document.get("schema") != SCHEMA:
            raise ValueError(f"unknown schema {document.get('schema')!r}")
        records = document.get("records")
        if not isinstance(records, dict) or not all(
                isinstance(r, dict) and isinstance(r.get("updated", 0), (int, float))
                for r in records.values()):
            raise ValueError("records are not in the expected form")

    def _set_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            self.path.rename(target)
            self.problems.append(f"{self.path.name} could not be read ({reason}); it was kept "
                                 f"as {target.name} and a new one was started.")
        except OSError as exc:
            self.problems.append(f"{self.path.name} could not be read ({reason}) nor moved "
                                 f"aside ({exc.strerror}); it was left as it is.")

    # --- records ----------------------------------------------------------------------------
    def get(self, key: str) -> dict | None:
        record = self.records.get(key)
        return None if record is None or record.get("deleted") else record

    def live(self) -> dict[str, dict]:
        return {k: r for k, r in self.records.items() if not r.get("deleted")}

    def put(self, key: str, record: dict) -> None:
        """Store one record (stamped now) and save."""
        self.records[key] = {**record, "updated": time.time()}
        self.save()

    def delete(self, key: str) -> None:
        if key in self.records:
            self.records[key] = {"deleted": True, "updated": time.time()}
            self.save()

    def update(self, key: str, change: Callable[[dict | None], dict | None]) -> dict | None:
        """Change one record from what is on disk now: under the lock, take in the file, call
        ``change`` with the live record (or None) and store what it returns (None deletes);
        returns the record now stored. Nothing is written when it returns the same record."""
        with self._locked():
            if self.path.exists():
                self.records = merge(self.records, self._read())
            old = self.get(key)
            new = change(old)
            if new == old:
                return old
            self.records[key] = ({**new, "updated": time.time()} if new is not None
                                 else {"deleted": True, "updated": time.time()})
            self._write()
            return self.get(key)

    def merge_in(self, records: dict[str, dict]) -> int:
        """Merge records from elsewhere (an import); returns how many changed; saves."""
        merged = merge(self.records, records)
        changed = sum(1 for k, r in merged.items() if self.records.get(k) != r)
        self.records = merged
        self.save()
        return changed

    # --- writing ----------------------------------------------------------------------------
    def save(self) -> None:
        """Lock, merge with what another copy of the app may have written, write atomically."""
        with self._locked():
            if self.path.exists():
                self.records = merge(self.records, self._read())
            self._write()

    @contextmanager
    def _locked(self) -> Iterator[None]:
        from PySide6.QtCore import QLockFile  # here, with QSaveFile: reading needs neither

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {self.folder}: {exc.strerror}") from None
        lock = QLockFile(str(self.path) + ".lock")
        lock.setStaleLockTime(30_000)
        if not lock.tryLock(LOCK_TIMEOUT_MS):
            raise StoreError(f"{self.path.name} is locked by another program")
        try:
            yield
        finally:
            lock.unlock()

    def _write(self) -> None:
        from PySide6.QtCore import QSaveFile

        document = {"schema": SCHEMA, "kind": self.kind, "records": self.records}
        data = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()
        out = QSaveFile(str(self.path))
        if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
            raise StoreError(f"cannot write {self.path}: {out.errorString()}")
        out.write(data)
        if not out.commit():
            raise StoreError(f"cannot write {self.path}: {out.errorString()}")
        self._seen = self._stat()
