"""The quiz feedback formats the point's card description: its cautions show after an answer."""

from __future__ import annotations

from app import card
from app.card import CardCaution
from app.progress_store import ProgressStore
from app.ui import study_panel


def test_feedback_shows_the_cards_cautions(qtbot, mini_atlas, tmp_path, monkeypatch):
    extra = CardCaution("An extra caution only the description has.",
                        mini_atlas.sources["who-2008"])

    def describe(atlas, point):
        c = card.describe(atlas, point)
        return c._replace(cautions=(*c.cautions, extra))

    monkeypatch.setattr(study_panel, "describe", describe)
    panel = study_panel.StudyPanel(mini_atlas, ProgressStore(tmp_path))
    qtbot.addWidget(panel)
    session = panel.start("name", "channel:GB", length=1, seed=1)
    assert session is not None and session.question.code == "GB14"
    panel.answer_text("GB14")
    shown = panel.feedback.text()
    assert "Bruises easily." in shown and extra.text in shown
    assert shown.index("Bruises easily.") < shown.index(mini_atlas.point("GB14").location)
