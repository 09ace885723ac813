"""Study rules without a window: judging in B-cun, mirroring, Leitner boxes, decks, sessions."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.model import Mark, Point, View
from app.quiz import (
    CLOSE,
    CORRECT,
    DAY,
    WRONG,
    Deck,
    DeckError,
    PointProgress,
    Progress,
    QuizError,
    QuizSession,
    build_deck,
    deck_choices,
    judge_distance,
    judge_locate,
)

NOW = 1_700_000_000.0
FACE = View(id="face-front", title="Face", image=Path("face.svg"), side="front", cun=28.0,
            viewbox=(0, 0, 600, 800), midline=300)
SIDE = View(id="head-side", title="Side", image=Path("side.svg"), side="right", cun=20.0,
            viewbox=(0, 0, 600, 800))


GB14_MARK = (Mark("face-front", (252.0, 254.0)),)


def _point(code="GB14", bilateral=True, marks=GB14_MARK):
    return Point(code=code, pinyin="Yángbái", hanzi="阳白", english="Yang White", channel="GB",
                 bilateral=bilateral, location="One B-cun above the eyebrow.",
                 location_source="who-2008", marks=tuple(marks))


# --- judging -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("dx", "verdict"), [
    (0.0, CORRECT), (13.9, CORRECT), (14.0, CORRECT),      # 0.5 B-cun (28 units a cun) counts
    (14.05, CLOSE), (27.9, CLOSE), (28.0, CLOSE),          # 1.0 B-cun still counts as close
    (28.05, WRONG), (-60.0, WRONG),   # (to the right would near the mirror image)
])
def test_locate_thresholds_at_half_and_one_cun(dx, verdict):
    got, distance, nearest = judge_locate(FACE, _point(), (252.0 + dx, 254.0))
    assert got == verdict
    assert distance == pytest.approx(abs(dx) / 28.0)
    assert nearest == (252.0, 254.0)


def test_thresholds_are_inclusive_along_a_diagonal():
    # 3-4-5 triangle: 14 units = exactly 0.5 B-cun away, diagonally
    assert judge_locate(FACE, _point(), (252.0 + 8.4, 254.0 + 11.2))[0] == CORRECT
    assert judge_distance(0.5) == CORRECT and judge_distance(0.5000001) == CLOSE
    assert judge_distance(1.0) == CLOSE and judge_distance(1.0000001) == WRONG


def test_the_mirror_image_of_a_bilateral_point_counts():
    verdict, distance, nearest = judge_locate(FACE, _point(), (350.0, 254.0))
    assert (verdict, nearest) == (CORRECT, (348.0, 254.0))
    assert distance == pytest.approx(2 / 28)


def test_a_midline_or_one_sided_point_has_no_mirror():
    assert judge_locate(FACE, _point(bilateral=False), (348.0, 254.0))[0] == WRONG
    side = _point(marks=(Mark("head-side", (410.0, 190.0)),))
    verdict, distance, _ = judge_locate(SIDE, side, (190.0, 190.0))   # side views never mirror
    assert verdict == WRONG and distance == pytest.approx(11.0)
    with pytest.raises(ValueError):
        judge_locate(SIDE, _point(), (0.0, 0.0))    # not drawn on that view


@given(st.floats(0, 600), st.floats(0, 800))
def test_a_click_and_its_mirror_image_are_judged_alike(x, y):
    left = judge_locate(FACE, _point(), (x, y))
    right = judge_locate(FACE, _point(), (600 - x, y))
    assert left[0] == right[0]
    assert left[1] == pytest.approx(right[1], abs=1e-9)


# --- Leitner scheduling ------------------------------------------------------------------------
def test_correct_moves_up_close_stays_wrong_goes_back_to_box_one():
    progress = Progress()
    p = progress.record("GB14", CORRECT, NOW)
    assert (p.box, p.due, p.seen, p.right, p.last) == (2, NOW + 1 * DAY, 1, 1, NOW)
    p = progress.record("GB14", CORRECT, NOW + 1 * DAY)
    assert (p.box, p.due) == (3, NOW + 1 * DAY + 3 * DAY)
    later = NOW + 10 * DAY
    p = progress.record("GB14", CLOSE, later)
    assert (p.box, p.due, p.close) == (3, later + 3 * DAY, 1)
    p = progress.record("GB14", WRONG, later + 5 * DAY)
    assert (p.box, p.due, p.wrong, p.seen) == (1, later + 5 * DAY, 1, 4)


def test_boxes_top_out_at_five_with_a_three_week_interval():
    progress = Progress({"GB14": PointProgress(seen=4, right=4, box=5, due=NOW)})
    p = progress.record("GB14", CORRECT, NOW)
    assert (p.box, p.due) == (5, NOW + 21 * DAY)


def test_an_early_correct_answer_counts_but_does_not_promote():
    progress = Progress()
    progress.record("GB14", CORRECT, NOW)                 # box 2, due tomorrow
    p = progress.record("GB14", CORRECT, NOW + 60)        # again a minute later
    assert (p.box, p.due, p.right, p.seen) == (2, NOW + DAY, 2, 2)


def test_due_points_come_first_then_weak_then_new_then_the_rest():
    progress = Progress({
        "DUE-BOX2": PointProgress(seen=3, right=2, wrong=1, box=2, due=NOW - 10),
        "DUE-BOX1": PointProgress(seen=1, wrong=1, box=1, due=NOW - 5),
        "WEAK": PointProgress(seen=4, right=1, wrong=3, box=2, due=NOW + DAY),
        "STRONG-LATE": PointProgress(seen=5, right=5, box=5, due=NOW + 20 * DAY),
        "STRONG-SOON": PointProgress(seen=2, right=2, box=3, due=NOW + 2 * DAY),
    })
    codes = ["STRONG-LATE", "NEW-A", "WEAK", "STRONG-SOON", "DUE-BOX2", "NEW-B", "DUE-BOX1"]
    order = progress.order(codes, NOW, random.Random(1))
    assert order[:3] == ["DUE-BOX1", "DUE-BOX2", "WEAK"]
    assert set(order[3:5]) == {"NEW-A", "NEW-B"}
    assert order[5:] == ["STRONG-SOON", "STRONG-LATE"]
    assert progress.due_or_weak(codes, NOW) == ["DUE-BOX1", "DUE-BOX2", "WEAK"]
    # a day later the strong-soon point is still not due, two days later it is
    assert "STRONG-SOON" in progress.due_or_weak(codes, NOW + 2 * DAY)


def test_new_points_are_shuffled_by_the_rng():
    codes = [f"P{i}" for i in range(12)]
    orders = {tuple(Progress().order(codes, NOW, random.Random(seed))) for seed in range(5)}
    assert len(orders) > 1
    assert Progress().order(codes, NOW, random.Random(3)) == \
        Progress().order(codes, NOW, random.Random(3))


def test_records_round_trip_and_junk_is_ignored():
    progress = Progress()
    progress.record("GB14", WRONG, NOW)
    progress.record("CV24", CORRECT, NOW)
    again = Progress.from_records({**progress.to_records(),
                                   "ST36": {"seen": "many"}, "TE6": {"seen": -1},
                                   "LI4": {"box": 99, "due": 5}})
    assert again.get("GB14") == progress.get("GB14")
    assert again.get("CV24") == progress.get("CV24")
    assert "ST36" not in again and "TE6" not in again
    assert again.get("LI4").box == 5


# --- decks -------------------------------------------------------------------------------------
def test_decks_from_the_atlas(mini_atlas):
    assert build_deck(mini_atlas, "all").codes == ("ST36", "TE6", "GB14", "CV24")
    gb = build_deck(mini_atlas, "channel:GB")
    assert gb.codes == ("GB14",)
    side = build_deck(mini_atlas, "view:side")
    assert (side.codes, side.view) == (("GB14",), "side")
    assert build_deck(mini_atlas, "condition:twitch").codes == ("GB14",)
    face = build_deck(mini_atlas, "face")   # no face-front here: the first front view
    assert (face.spec, face.view, len(face.codes)) == ("face", "front", 4)
    with pytest.raises(DeckError):
        build_deck(mini_atlas, "channel:LU")
    with pytest.raises(DeckError):
        build_deck(mini_atlas, "nonsense")


def test_points_without_marks_are_left_out(mini_atlas):
    bare = mini_atlas.points["CV24"]._replace(code="CV23", marks=())
    atlas = mini_atlas._replace(points={**mini_atlas.points, "CV23": bare})
    assert "CV23" not in build_deck(atlas, "all").codes
    with pytest.raises(DeckError):
        build_deck(atlas._replace(points={"CV23": bare}), "all")


def test_the_due_deck_lists_due_then_weak_points(mini_atlas):
    progress = Progress()
    assert build_deck(mini_atlas, "due", progress, NOW).codes == ()
    progress.record("ST36", WRONG, NOW)
    progress.record("GB14", CORRECT, NOW)
    progress.record("TE6", CLOSE, NOW)
    assert set(build_deck(mini_atlas, "due", progress, NOW + 1).codes) == {"ST36", "TE6"}


def test_deck_choices_offer_every_kind_of_deck(mini_atlas):
    specs = [spec for spec, _title in deck_choices(mini_atlas)]
    assert specs[0] == "all" and specs[-1] == "due"
    for spec in ("view:front", "view:side", "channel:GB", "channel:CV", "condition:twitch",
                 "category:five-shu", "category:lower-he-sea", "category:crossing"):
        assert spec in specs
    assert "category:yuan-source" not in specs   # no point of the fixture is one
    assert "face" not in specs      # offered only when the atlas has the face-front view
    for spec in specs[:-1]:
        assert build_deck(mini_atlas, spec).codes


# --- sessions ----------------------------------------------------------------------------------
def test_a_category_quiz_asks_only_its_points(mini_atlas):
    session = QuizSession(mini_atlas, "name", "category:five-shu", Progress(), random.Random(1),
                          now=NOW)
    assert set(session.codes) == {"ST36", "TE6"}
    assert session.deck.title == "Five transport (five-shu) points"


def _only(code: str, view: str | None = None) -> Deck:
    return Deck("test", "test", (code,), view)


def test_a_locate_session_runs_question_answered_next_finished(mini_atlas):
    progress = Progress()
    session = QuizSession(mini_atlas, "locate", "view:front", progress, random.Random(2),
                          length=10, now=NOW)
    assert session.total == 4            # each point at most once
    asked = []
    while session.state != "finished":
        q = session.question
        assert q.view == "front" and q.kind == "locate" and q.choices == ()
        assert q.code in q.prompt and mini_atlas.points[q.code].english in q.prompt
        with pytest.raises(QuizError):
            session.next()               # answer first
        at = mini_atlas.points[q.code].marks_on(mini_atlas.views["front"])[0]
        answer = session.answer_locate((at[0] + 3, at[1]))
        assert answer.verdict == CORRECT and answer.distance_cun == pytest.approx(0.3)
        assert mini_atlas.points[q.code].location in answer.explanation
        with pytest.raises(QuizError):
            session.answer_locate(at)    # no second answer
        asked.append(q.code)
        session.next()
    assert sorted(asked) == sorted(mini_atlas.points)
    assert session.score == {CORRECT: 4, CLOSE: 0, WRONG: 0}
    assert all(progress.get(c).box == 2 for c in asked)


def test_a_session_asks_due_points_first_and_stops_at_its_length(mini_atlas):
    progress = Progress()
    progress.record("TE6", WRONG, NOW - DAY)
    progress.record("GB14", CORRECT, NOW - 60)
    session = QuizSession(mini_atlas, "locate", "all", progress, random.Random(5),
                          length=3, now=NOW)
    assert session.total == 3
    assert session.codes[0] == "TE6"
    assert "GB14" not in session.codes    # not due: the new points come before it


def test_leaving_keeps_the_answers_given(mini_atlas):
    progress = Progress()
    session = QuizSession(mini_atlas, "locate", "all", progress, random.Random(1), now=NOW)
    session.answer_locate((0.0, 0.0))
    session.leave()
    assert session.state == "finished" and session.question is None
    assert progress.get(session.codes[0]).wrong == 1
    with pytest.raises(QuizError):
        session.next()


def test_name_choices_are_four_distinct_points_drawn_by_the_rng(mini_atlas):
    def choices(seed):
        return QuizSession(mini_atlas, "name", "all", Progress(), random.Random(seed),
                           now=NOW).question.choices

    first = choices(11)
    assert len(first) == 4 and len(set(first)) == 4
    assert choices(11) == first                        # same seed, same question
    assert len({choices(seed) for seed in range(8)}) > 1
    session = QuizSession(mini_atlas, "name", _only("GB14"), Progress(), random.Random(0),
                          now=NOW)
    q = session.question
    assert q.code in q.choices and sorted(q.choices) == sorted(mini_atlas.points)


def test_distractors_come_from_the_deck_first(mini_atlas):
    deck = Deck("two", "two", ("GB14", "ST36"))
    for seed in range(6):
        q = QuizSession(mini_atlas, "name", deck, Progress(), random.Random(seed),
                        now=NOW).question
        other = "ST36" if q.code == "GB14" else "GB14"
        assert other in q.choices and len(set(q.choices)) == 4


@pytest.mark.parametrize("typed", ["GB14", "gb14", "GB-14", "gb 14", "Gallbladder 14",
                                   "yangbai", "Yángbái", "阳白", "yang white"])
def test_typed_names_in_any_spelling(mini_atlas, typed):
    session = QuizSession(mini_atlas, "name", _only("GB14", "front"), Progress(),
                          random.Random(0), now=NOW)
    assert session.question.view == "front"
    answer = session.answer_typed(typed)
    assert answer.verdict == CORRECT and answer.given == "GB14"


def test_typed_triple_energizer_spellings_and_unknown_text(mini_atlas):
    progress = Progress()
    session = QuizSession(mini_atlas, "name", _only("TE6"), progress, random.Random(0),
                          now=NOW)
    assert session.answer_typed("no such point") is None
    assert session.state == "question" and "TE6" not in progress
    assert session.answer_typed("SJ6").verdict == CORRECT
    for typed in ("TW6", "triple warmer 6"):
        again = QuizSession(mini_atlas, "name", _only("TE6"), Progress(), random.Random(0))
        assert again.answer_typed(typed).verdict == CORRECT
    wrong = QuizSession(mini_atlas, "name", _only("TE6"), progress, random.Random(0), now=NOW)
    answer = wrong.answer_typed("st36")
    assert (answer.verdict, answer.given) == (WRONG, "ST36")
    assert "ST36" in answer.explanation and "TE6" in answer.explanation


def test_quiz_kind_must_fit_the_answer(mini_atlas):
    with pytest.raises(ValueError):
        QuizSession(mini_atlas, "draw", "all")
    locate = QuizSession(mini_atlas, "locate", "all", rng=random.Random(0))
    with pytest.raises(QuizError):
        locate.answer_name("GB14")
    with pytest.raises(DeckError):
        QuizSession(mini_atlas, "locate", "due", Progress(), now=NOW)


def test_summary_by_channel_region_and_most_missed(mini_atlas):
    progress = Progress()
    progress.record("GB14", WRONG, NOW)
    progress.record("GB14", WRONG, NOW)
    progress.record("GB14", CORRECT, NOW)
    progress.record("ST36", CORRECT, NOW)
    progress.record("TE6", CLOSE, NOW)
    progress.record("TE6", CORRECT, NOW)
    progress.record("UNKNOWN1", WRONG, NOW)     # not in this atlas: left out
    summary = progress.summary(mini_atlas, NOW + 1)
    assert (summary.overall.seen, summary.overall.right, summary.overall.close,
            summary.overall.wrong) == (6, 3, 1, 2)
    assert summary.overall.accuracy == pytest.approx(0.5)
    assert summary.by_channel["GB"].accuracy == pytest.approx(1 / 3)
    assert summary.by_channel["ST"].accuracy == 1.0
    assert list(summary.by_channel) == ["ST", "TE", "GB"]      # in channel order
    assert summary.by_region["front"].seen == 6                # GB14's home view is front
    assert "side" not in summary.by_region
    assert [code for code, _ in summary.most_missed] == ["GB14", "TE6"]
    assert summary.new == 1                                    # CV24
    assert summary.due == 0       # GB14 and TE6 were answered right last: not due today
