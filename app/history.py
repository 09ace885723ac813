"""Back and forward through the pages a user has looked at: points, conditions, sources (no Qt).

Each entry is (kind, id). Visiting a page after going back drops the pages ahead, as a browser
does; visiting the page already shown changes nothing.
"""

from __future__ import annotations

Entry = tuple[str, str]
LIMIT = 200   # entries kept; the oldest go first


class History:
    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._at = -1

    @property
    def current(self) -> Entry | None:
        return self._entries[self._at] if self._at >= 0 else None

    def visit(self, entry: Entry) -> None:
        if entry == self.current:
            return
        del self._entries[self._at + 1:]
        self._entries.append(entry)
        if len(self._entries) > LIMIT:
            del self._entries[0]
        self._at = len(self._entries) - 1

    def can_go(self, step: int) -> bool:
        return 0 <= self._at + step < len(self._entries)

    def go(self, step: int) -> Entry | None:
        """The entry ``step`` places back (-1) or forward (+1), now current; None at an end."""
        if not self.can_go(step):
            return None
        self._at += step
        return self._entries[self._at]
