"""UI test set-up: no test meets a question it did not expect (a modal box would hang it)."""

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
