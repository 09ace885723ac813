"""The user's notes and bookmarks per point, and their export/import as one readable file."""

from __future__ import annotations

import json
import time
from collections.abc import Collection
from pathlib import Path

from app.user_store import RecordStore

EXPORT_FORMAT = "acupoint-atlas-notes"
EXPORT_SCHEMA = 1


KEPT_MARK = "— also written in another window at the same time (kept): —"


def keep_both(ours: str, theirs: str) -> str:
    """One note holding both texts, ours first; lines of theirs already in ours are not
    repeated."""
    have = set(ours.splitlines())
    extra = [line for line in theirs.splitlines() if line not in have]
    if not any(line.strip() for line in extra):
        return ours
    return f"{ours.rstrip()}\n\n{KEPT_MARK}\n" + "\n".join(extra)


class NotesImportError(ValueError):
    """An import file that is not a notes export (message says why)."""


class Notes:
    """Notes (``notes.json``) and bookmarks (``bookmarks.json``) in the user data folder."""

    def __init__(self, folder: Path | None = None):
        self.notes = RecordStore("notes", folder)
        self.bookmarks = RecordStore("bookmarks", folder)

    @property
    def problems(self) -> list[str]:
        return self.notes.problems + self.bookmarks.problems

    def note(self, code: str) -> str:
        """The note as it is on disk now (another copy of the app may have written it)."""
        self.notes.refresh()
        record = self.notes.get(code)
        return record.get("text", "") if record else ""

    def set_note(self, code: str, text: str, base: str | None = None) -> str:
        """Save a note edited from ``base`` (the text the editor started from); returns the
        text now stored. When another copy changed the note since ``base``, both are kept:
        ours, then theirs under a line that says so (KEPT_MARK)."""
        def change(record: dict | None) -> dict | None:
            theirs = record.get("text", "") if record else ""
            ours = text
            if base is not None and theirs not in (base, ours) and theirs.strip():
                ours = keep_both(ours, theirs)
            if ours == theirs:
                return record
            return {"text": ours} if ours.strip() else None

        record = self.notes.update(code, change)
        return record.get("text", "") if record else ""

    def is_bookmarked(self, code: str) -> bool:
        return self.bookmarks.get(code) is not None

    def set_bookmarked(self, code: str, on: bool) -> None:
        if on == self.is_bookmarked(code):
            return
        if on:
            self.bookmarks.put(code, {"on": True})
        else:
            self.bookmarks.delete(code)

    def bookmarked(self) -> set[str]:
        return set(self.bookmarks.live())

    # --- moving machines ----------------------------------------------------------------
    def export_to(self, path: Path) -> int:
        """Write every note and bookmark (with deletions) to one JSON file; returns the count."""
        document = {"format": EXPORT_FORMAT, "schema": EXPORT_SCHEMA,
                    "exported": time.strftime("%Y-%m-%d %H:%M:%S"),
                    "notes": self.notes.records, "bookmarks": self.bookmarks.records}
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True),
                       encoding="utf-8")
        tmp.replace(path)
        return len(self.notes.live()) + len(self.bookmarks.live())

    def import_from(self, path: Path, known: Collection[str] | None = None
                    ) -> tuple[int, list[str]]:
        """Merge an export into ours (newer record wins, nothing of ours is dropped); with
        ``known`` (the atlas's codes), records for other codes are left out. Returns how many
        records changed and the codes left out (each once, sorted)."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:   # RecursionError: deep JSON
            raise NotesImportError(f"{path.name} cannot be read: {exc}") from None
        if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
            raise NotesImportError(f"{path.name} is not an Acupoint Atlas notes export")
        if document.get("schema") != EXPORT_SCHEMA:
            raise NotesImportError(f"{path.name} has schema {document.get('schema')!r}, "
                               f"this version reads {EXPORT_SCHEMA}")
        parts = {}
        for key in ("notes", "bookmarks"):
            records = document.get(key, {})
            if not isinstance(records, dict) or not all(
                    isinstance(k, str) and isinstance(r, dict)
                    and isinstance(r.get("updated", 0), (int, float))
                    and isinstance(r.get("text", ""), str)
                    for k, r in records.items()):
                raise NotesImportError(f"{path.name}: '{key}' is not in the expected form")
            parts[key] = records
        unknown = sorted({code for records in parts.values() for code in records
                          if known is not None and code not in known})
        for key, records in parts.items():
            parts[key] = {k: r for k, r in records.items() if k not in unknown}
        changed = (self.notes.merge_in(parts["notes"])
                   + self.bookmarks.merge_in(parts["bookmarks"]))
        return changed, unknown
