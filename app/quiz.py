"""Study mode rules: decks, judging answers, Leitner scheduling and the quiz state machine (no Qt).

A locate answer is judged by its distance in B-cun (the view's ``cun``) to the nearest drawn
position of the point, so either side of a bilateral point counts. Progress per point follows
Leitner boxes 1–5: a correct answer on a due (or new) point moves it up a box, a close answer
keeps its box, a wrong one sends it back to box 1; a box's interval says when it is due again.
Time is always passed in (``now``, seconds since the epoch), so the scheduling is testable.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from app import categories
from app.card import describe
from app.decks import Deck, DeckError
from app.decks import deck as named_deck
from app.model import Atlas, Point, Point2, View
from app.search import index_for

KINDS = ("locate", "name")
CORRECT, CLOSE, WRONG = "correct", "close", "wrong"
CORRECT_CUN = 0.5          # within this many B-cun: correct (inclusive)
CLOSE_CUN = 1.0            # within this many: close (inclusive); further: wrong
INTERVAL_DAYS = (0, 1, 3, 7, 21)   # box 1..5: days until the point is due again
MAX_BOX = len(INTERVAL_DAYS)
DAY = 86400.0
WEAK_ACCURACY = 0.6        # a seen point answered right less often than this is "weak"
FACE_VIEW = "face-front"
_EPSILON = 1e-9            # thresholds are inclusive despite float rounding


class QuizError(RuntimeError):
    """An action the quiz's current state does not allow (answering twice, and so on)."""


# --- judging -----------------------------------------------------------------------------------
def judge_distance(distance_cun: float) -> str:
    if distance_cun <= CORRECT_CUN + _EPSILON:
        return CORRECT
    if distance_cun <= CLOSE_CUN + _EPSILON:
        return CLOSE
    return WRONG


def judge_locate(view: View, point: Point, click: Point2) -> tuple[str, float, Point2]:
    """(verdict, distance in B-cun, the nearest drawn position) for a click on ``view``;
    a bilateral point's mirror image counts as well as its given mark."""
    spots = point.marks_on(view)
    if not spots:
        raise ValueError(f"{point.code} has no mark on view {view.id}")
    nearest = min(spots, key=lambda at: math.hypot(at[0] - click[0], at[1] - click[1]))
    distance = math.hypot(nearest[0] - click[0], nearest[1] - click[1]) / view.cun
    return judge_distance(distance), distance, nearest


# --- decks -------------------------------------------------------------------------------------
def _face_view(atlas: Atlas) -> str:
    if FACE_VIEW in atlas.views:
        return FACE_VIEW
    front = [v.id for v in atlas.views.values() if v.side == "front"]
    if not front:
        raise DeckError("the atlas has no face view")
    return front[0]


def deck_choices(atlas: Atlas) -> list[tuple[str, str]]:
    """(spec, title) of every deck worth offering, in the order a chooser lists them."""
    present = {p.channel for p in atlas.points.values() if p.marks}
    choices = [("all", "All points")]
    if FACE_VIEW in atlas.views:
        choices.append(("face", "Face"))
    choices += [(f"view:{v.id}", f"View: {v.title}") for v in atlas.views.values()
                if v.id != FACE_VIEW and any(v.id in p.views for p in atlas.points.values())]
    choices += [(f"channel:{ch}", f"Channel: {ch} — {name}")
                for ch, name in ((c.code, c.name) for c in atlas.channels.values())
                if ch in present]
    choices += [(f"condition:{c.id}", f"Condition: {c.name}") for c in atlas.conditions.values()
                if any(p.marks for p in atlas.points_for_condition(c.id))]
    choices += [(f"category:{k.id}", f"Category: {k.title}") for k in categories.KINDS
                if any(p.marks for p in atlas.points_in_category(k.id))]
    choices.append(("due", "Due and weak points"))
    return choices


def build_deck(atlas: Atlas, spec: str, progress: Progress | None = None,
               now: float | None = None) -> Deck:
    """The points a deck spec names that have a mark to quiz on: ``all``, ``face`` (the
    face-front view), ``view:ID``, ``channel:XX``, ``condition:ID``, ``category:ID`` (a point
    category: yuan-source …), or ``due`` (due points, then weak ones). Raises DeckError when the
    spec names nothing."""
    spec = spec.strip()
    if spec == "due":
        progress = progress or Progress()
        now = time.time() if now is None else now
        marked = [p.code for p in atlas.points.values() if p.marks]
        return Deck("due", "Due and weak points", tuple(progress.due_or_weak(marked, now)))
    if spec == "face":
        view = _face_view(atlas)
        base = named_deck(atlas, f"view:{view}")
        base = Deck("face", "Face", base.codes, view)
    else:
        base = named_deck(atlas, spec)
    codes = tuple(c for c in base.codes if atlas.points[c].marks)
    if not codes:
        raise DeckError(f"deck '{spec}' has no points drawn on a diagram")
    return replace(base, codes=codes)


# --- progress ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PointProgress:
    """One point's record: answers so far, its Leitner box, when it is due, when last seen."""

    seen: int = 0
    right: int = 0
    close: int = 0
    wrong: int = 0
    box: int = 1
    due: float = 0.0
    last: float | None = None

    @property
    def accuracy(self) -> float:
        return self.right / self.seen if self.seen else 0.0

    def to_record(self) -> dict:
        return {"seen": self.seen, "right": self.right, "close": self.close,
                "wrong": self.wrong, "box": self.box, "due": self.due, "last": self.last}

    @classmethod
    def from_record(cls, record: Mapping) -> PointProgress | None:
        """The record read back, or None when it is not one of ours (it is then ignored)."""
        try:
            counts = {k: int(record.get(k, 0)) for k in ("seen", "right", "close", "wrong")}
            box = min(MAX_BOX, max(1, int(record.get("box", 1))))
            due = float(record.get("due", 0.0))
            last = record.get("last")
            last = None if last is None else float(last)
        except (TypeError, ValueError, AttributeError):
            return None
        if any(v < 0 for v in counts.values()) or not math.isfinite(due):
            return None
        return cls(box=box, due=due, last=last, **counts)


@dataclass(frozen=True)
class Stats:
    seen: int = 0
    right: int = 0
    close: int = 0
    wrong: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.seen if self.seen else 0.0

    def __add__(self, p: PointProgress | Stats) -> Stats:
        return Stats(self.seen + p.seen, self.right + p.right, self.close + p.close,
                     self.wrong + p.wrong)


@dataclass(frozen=True)
class Summary:
    """Accuracy overall, by channel and by region (the view a point is first drawn on), the
    points most often missed, and how many points are due now or were never asked."""

    overall: Stats
    by_channel: dict[str, Stats]
    by_region: dict[str, Stats]
    most_missed: list[tuple[str, PointProgress]]
    due: int
    new: int


class Progress:
    """Every point's PointProgress, with the Leitner rules; pure (saving is someone else's)."""

    def __init__(self, records: Mapping[str, PointProgress] | None = None):
        self._records: dict[str, PointProgress] = dict(records or {})

    @classmethod
    def from_records(cls, records: Mapping[str, Mapping]) -> Progress:
        parsed = {code: PointProgress.from_record(r) for code, r in records.items()}
        return cls({code: p for code, p in parsed.items() if p is not None})

    def to_records(self) -> dict[str, dict]:
        return {code: p.to_record() for code, p in self._records.items()}

    def get(self, code: str) -> PointProgress | None:
        return self._records.get(code)

    def __contains__(self, code: str) -> bool:
        return code in self._records

    def __len__(self) -> int:
        return len(self._records)

    def codes(self) -> list[str]:
        return list(self._records)

    def reset(self) -> None:
        self._records.clear()

    # --- the Leitner rules ---------------------------------------------------------------------
    def is_due(self, code: str, now: float) -> bool:
        p = self._records.get(code)
        return p is not None and p.due <= now

    def is_weak(self, code: str, now: float) -> bool:
        p = self._records.get(code)
        return p is not None and p.due > now and p.accuracy < WEAK_ACCURACY

    def record(self, code: str, verdict: str, now: float) -> PointProgress:
        """Count an answer and move the point between boxes. An early correct answer (the
        point was not due yet) counts but does not promote, so cramming cannot skip boxes."""
        old = self._records.get(code)
        p = old or PointProgress()
        was_due = old is None or p.due <= now
        if verdict == CORRECT:
            box = min(MAX_BOX, p.box + 1) if was_due else p.box
            due = now + INTERVAL_DAYS[box - 1] * DAY if was_due else p.due
            p = replace(p, right=p.right + 1, box=box, due=due)
        elif verdict == CLOSE:
            p = replace(p, close=p.close + 1, due=now + INTERVAL_DAYS[p.box - 1] * DAY)
        elif verdict == WRONG:
            p = replace(p, wrong=p.wrong + 1, box=1, due=now + INTERVAL_DAYS[0] * DAY)
        else:
            raise ValueError(f"unknown verdict {verdict!r}")
        p = replace(p, seen=p.seen + 1, last=now)
        self._records[code] = p
        return p

    def order(self, codes: Iterable[str], now: float, rng: random.Random | None = None
              ) -> list[str]:
        """What to ask first: due points (lowest box, longest overdue first), then weak points
        (lowest accuracy first), then new points (in random order), then the rest (soonest due
        first). Ties are broken by ``rng``."""
        codes = list(dict.fromkeys(codes))
        (rng or random.Random()).shuffle(codes)

        def key(code: str) -> tuple:
            p = self._records.get(code)
            if p is None:
                return (2, 0.0, 0.0)
            if p.due <= now:
                return (0, p.box, p.due)
            if p.accuracy < WEAK_ACCURACY:
                return (1, p.accuracy, p.box)
            return (3, p.due, 0.0)

        return sorted(codes, key=key)

    def due_or_weak(self, codes: Iterable[str], now: float) -> list[str]:
        """The points of ``codes`` that are due or weak, in the order they should be asked."""
        chosen = [c for c in codes if self.is_due(c, now) or self.is_weak(c, now)]
        return self.order(chosen, now, random.Random(0))

    def summary(self, atlas: Atlas, now: float, missed: int = 10) -> Summary:
        overall = Stats()
        by_channel: dict[str, Stats] = {}
        by_region: dict[str, Stats] = {}
        for code, p in self._records.items():
            point = atlas.points.get(code)
            if point is None or not p.seen:
                continue
            overall += p
            by_channel[point.channel] = by_channel.get(point.channel, Stats()) + p
            region = atlas.best_view(code)   # the view a point is shown on
            if region is not None:
                by_region[region] = by_region.get(region, Stats()) + p
        channel_order = list(atlas.channels)   # the loader declares every point's channel
        view_order = list(atlas.views)
        worst = sorted(((c, p) for c, p in self._records.items()
                        if c in atlas.points and p.wrong + p.close),
                       key=lambda cp: (-cp[1].wrong, -cp[1].close, cp[1].accuracy, cp[0]))
        marked = [c for c, p in atlas.points.items() if p.marks]
        return Summary(
            overall=overall,
            by_channel=dict(sorted(by_channel.items(), key=lambda kv: channel_order.index(kv[0]))),
            by_region=dict(sorted(by_region.items(), key=lambda kv: view_order.index(kv[0]))),
            most_missed=worst[:missed],
            due=sum(1 for c in marked if self.is_due(c, now)),
            new=sum(1 for c in marked if c not in self._records))


# --- the quiz ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Question:
    number: int             # 1-based
    total: int
    kind: str               # "locate" | "name"
    code: str               # the point asked about
    view: str               # the view to show (and, for locate, to click on)
    prompt: str
    choices: tuple[str, ...] = ()   # name quizzes: the answer and its distractors, shuffled


@dataclass(frozen=True)
class Answer:
    question: Question
    verdict: str
    explanation: str
    distance_cun: float | None = None   # locate
    click: Point2 | None = None         # locate: where the student clicked (scene units)
    nearest: Point2 | None = None       # locate: the true position nearest the click
    given: str | None = None            # name: the code the student named


class QuizSession:
    """question → answered → (next) question … → finished. ``leave()`` finishes early; every
    answer is already counted in ``progress``. Each point of the deck is asked at most once,
    in the order ``Progress.order`` gives (due first).

    Name quizzes take a choice (``answer_name(code)``) or typed text (``answer_typed``) that
    ``SearchIndex.resolve`` understands: GB14, gb-14, Gallbladder 14, yangbai, 阳白 …"""

    def __init__(self, atlas: Atlas, kind: str, deck: Deck | str,
                 progress: Progress | None = None, rng: random.Random | None = None,
                 length: int = 10, now: float | None = None):
        if kind not in KINDS:
            raise ValueError(f"unknown quiz kind {kind!r} (kinds: {', '.join(KINDS)})")
        if length < 1:
            raise ValueError("a quiz needs at least one question")
        self.atlas, self.kind, self.now = atlas, kind, now
        self.progress = progress if progress is not None else Progress()
        self.rng = rng if rng is not None else random.Random()
        if isinstance(deck, str):
            deck = build_deck(atlas, deck, self.progress, self._now())
        self.deck = deck
        if not self.deck.codes:
            raise DeckError(f"deck '{self.deck.title}' has no points to ask about")
        self._index = index_for(atlas)
        self.codes = self.progress.order(self.deck.codes, self._now(), self.rng)[:length]
        self.total = len(self.codes)
        self.answers: list[Answer] = []
        self.state = "question"
        self.question: Question | None = self._ask(0)

    def _now(self) -> float:
        return time.time() if self.now is None else self.now

    # --- questions ------------------------------------------------------------------------------
    def _ask(self, index: int) -> Question:
        point = self.atlas.points[self.codes[index]]
        if self.deck.view is not None and self.deck.view in point.views:
            view_id = self.deck.view
        else:
            view_id = self.rng.choice(point.views)
        title = self.atlas.views[view_id].title
        if self.kind == "locate":
            prompt = (f"Where is {point.code} {point.pinyin} ({point.english})? "
                      f"Click it on the {title} view.")
            choices: tuple[str, ...] = ()
        else:
            prompt = f"Which point is highlighted on the {title} view?"
            options = [point.code, *self._distractors(point)]
            self.rng.shuffle(options)
            choices = tuple(options)
        return Question(index + 1, self.total, self.kind, point.code, view_id, prompt, choices)

    def _distractors(self, point: Point, count: int = 3) -> list[str]:
        """Wrong choices drawn by the rng from the deck, topped up from the same channel, then
        from the whole atlas."""
        chosen: list[str] = []
        pools = (self.deck.codes,
                 [p.code for p in self.atlas.points.values() if p.channel == point.channel],
                 list(self.atlas.points))
        for pool in pools:
            left = [c for c in dict.fromkeys(pool) if c != point.code and c not in chosen]
            chosen += self.rng.sample(left, min(count - len(chosen), len(left)))
            if len(chosen) == count:
                break
        return chosen

    # --- answers --------------------------------------------------------------------------------
    def _expect(self, state: str, kind: str | None = None) -> Question:
        if self.state != state:
            raise QuizError(f"the quiz is {self.state}, not waiting for that")
        if kind is not None and self.kind != kind:
            raise QuizError(f"this is a {self.kind} quiz")
        assert self.question is not None
        return self.question

    def answer_locate(self, click: Point2) -> Answer:
        q = self._expect("question", "locate")
        point = self.atlas.points[q.code]
        verdict, distance, nearest = judge_locate(self.atlas.views[q.view], point, click)
        words = {CORRECT: "Correct", CLOSE: "Close", WRONG: "Wrong"}[verdict]
        card = describe(self.atlas, point)
        explanation = (f"{words}: {distance:.1f} B-cun from {card.code} {card.pinyin}. "
                       f"{card.location}")
        return self._finish_answer(Answer(q, verdict, explanation, distance,
                                          (float(click[0]), float(click[1])), nearest))

    def answer_name(self, code: str) -> Answer:
        q = self._expect("question", "name")
        if code not in self.atlas.points:
            raise KeyError(code)
        point = self.atlas.points[q.code]
        verdict = CORRECT if code == q.code else WRONG
        card = describe(self.atlas, point)
        named = f"{card.code} {card.pinyin} ({card.english})"
        if verdict == CORRECT:
            explanation = f"Correct: this is {named}. {card.location}"
        else:
            other = self.atlas.points[code]
            explanation = (f"Wrong: you named {other.code} {other.pinyin}; this is {named}. "
                           f"{card.location}")
        return self._finish_answer(Answer(q, verdict, explanation, given=code))

    def answer_typed(self, text: str) -> Answer | None:
        """Judge typed text; None (and still waiting) when it names no point at all."""
        self._expect("question", "name")
        code = self._index.resolve(text)
        return None if code is None else self.answer_name(code)

    def _finish_answer(self, answer: Answer) -> Answer:
        self.progress.record(answer.question.code, answer.verdict, self._now())
        self.answers.append(answer)
        self.state = "answered"
        return answer

    def next(self) -> Question | None:
        """The next question, or None when the quiz is over."""
        q = self._expect("answered")
        if q.number >= self.total:
            self.state, self.question = "finished", None
            return None
        self.question = self._ask(q.number)
        self.state = "question"
        return self.question

    def leave(self) -> None:
        self.state, self.question = "finished", None

    @property
    def last_answer(self) -> Answer | None:
        return self.answers[-1] if self.answers else None

    @property
    def score(self) -> dict[str, int]:
        counts = {CORRECT: 0, CLOSE: 0, WRONG: 0}
        for a in self.answers:
            counts[a.verdict] += 1
        return counts
