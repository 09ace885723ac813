"""One typed wrapper over QSettings: every option declared once, with its default."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app import paths

DEFAULTS = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "last/point": "",
    "last/view": "",
    "view/theme": "system",
    "view/text_size": 10,
    "view/how_to_find": True,
    "view/channels": False,
    "view/labels": False,
    "study/kind": "locate",
    "study/deck": "all",
    "study/length": 10,
}


class Settings:
    """Options stored in an INI file in the user data folder (ACUPOINTS_HOME in tests)."""

    def __init__(self, qsettings: QSettings | None = None):
        self.problem: str | None = None   # why nothing will be remembered, if so
        if qsettings is None:
            folder = paths.user_dir()
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:   # the app still runs; it just cannot remember anything
                self.problem = (f"The user data folder {folder} cannot be used "
                                f"({exc.strerror}): settings, notes and study progress "
                                "will not be saved in this session.")
            qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self._q = qsettings

    def get(self, key: str):
        default = DEFAULTS[key]
        value = self._q.value(key, default)
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if isinstance(default, int) and not str(value).lstrip("-").isdigit():
            return default   # a hand-edited or damaged INI value
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        return type(default)(value) if value is not None else default

    def set(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()
