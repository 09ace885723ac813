"""The Qt side of the app: widgets that receive the Atlas and talk in point codes."""

from app.ui.none_guard import protect_none

protect_none()   # before any PySide6 call: see none_guard for the binding bug it works around
