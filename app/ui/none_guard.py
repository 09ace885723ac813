"""Work around PySide6 >= 6.12 on Python < 3.12: its void methods drop a reference to None.

Every call of a Qt method that returns nothing (setText, setZValue, …) gives back None without
counting the reference, so a long session drives None's count to zero and Python aborts with
"none_dealloc: deallocating None". Python 3.12 made None immortal (PEP 683), which hides the
bug there; on older Pythons ``protect_none`` does the same for this process.
"""

from __future__ import annotations

import sys

_MARGIN = 1 << 40   # references no session can use up


def needed() -> bool:
    import PySide6

    return (sys.version_info < (3, 12) and sys.implementation.name == "cpython"
            and tuple(PySide6.__version_info__[:2]) >= (6, 12))


def protect_none() -> None:
    """Give None a reference count no session can use up (idempotent; a no-op elsewhere)."""
    if not needed():
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _MARGIN:
        count.value += _MARGIN
