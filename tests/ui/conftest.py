"""UI test set-up: no test meets a question it did not expect (a modal box would hang it);
the window on the bundled atlas."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def real_ask_leave(monkeypatch):
    """Asking whether to leave a running quiz fails the test unless the test answers it
    (monkeypatch ``study_panel.ask_leave``); returns the real question, for the test of it."""
    from app.ui import study_panel

    real = study_panel.ask_leave

    def unexpected(parent, session):
        raise AssertionError("the app asked whether to leave the quiz; the test did not expect it")

    monkeypatch.setattr(study_panel, "ask_leave", unexpected)
    return real


@pytest.fixture
def mini_window(qtbot, mini_atlas):
    """The window on the small fixture atlas at 1200×800, shown."""
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def bundled_window(qtbot):
    """The window on the bundled atlas at 1280×800, shown."""
    from app.loader import load_atlas
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    window = MainWindow(load_atlas(), Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window
