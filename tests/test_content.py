"""What an anatomy teacher would check in the bundled atlas: codes, WHO measurements, overlaps,
sources and cautions (plain pytest, no Qt)."""

from __future__ import annotations

import math
import re
from itertools import combinations

import pytest

from app import card, caveat, pages
from app.card import card_text, condition_facts
from app.codes import parse as parse_code
from app.codes import sort_key as codes_sort_key
from app.loader import load_atlas
from app.pages import NO_BENEFIT_COLOUR, badge_colour
from app.search import index_for

EXPECTED_CODES = (
    ["LI4", "LI19", "LI20"]
    + [f"ST{n}" for n in range(1, 9)] + ["ST36"]
    + ["SI18", "SI19"]
    + [f"BL{n}" for n in range(1, 11)]
    + ["TE6"] + [f"TE{n}" for n in range(17, 24)]
    + [f"GB{n}" for n in range(1, 21)]
    + [f"GV{n}" for n in range(15, 29)]
    + ["CV24"]
    + [f"EX-HN{n}" for n in range(1, 9)] + ["EX-HN14", "EX-HN15"]
)
SOURCE_POINTS = ("GB14", "EX-HN4", "ST2", "ST4", "ST6", "ST36", "TE6")
ORBIT_POINTS = ("ST1", "BL1", "EX-HN7")
MIN_GAP_CUN = 0.2      # closer than this, two marks lie on top of each other
ON_LINE_CUN = 0.05     # "directly above/below" tolerance


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def mark(atlas, code, view_id):
    """The first mark of a point on a view."""
    spots = [m.at for m in atlas.points[code].marks if m.view == view_id]
    assert spots, f"{code} has no mark on {view_id}"
    return spots[0]


def lm(atlas, view_id, name):
    return atlas.views[view_id].landmarks[name]


def cun(atlas, view_id):
    return atlas.views[view_id].cun


def test_every_listed_code_exists(atlas):
    missing = [code for code in EXPECTED_CODES if code not in atlas.points]
    assert not missing, f"missing points: {missing}"


def test_points_are_in_channel_order(atlas):
    order = ["LU", "LI", "ST", "SP", "HT", "SI", "BL", "KI", "PC", "TE", "GB", "LR", "GV",
             "CV", "EX"]
    codes = list(atlas.points)
    assert codes == sorted(codes, key=lambda code: codes_sort_key(code, order))


def test_every_location_follows_a_location_standard(atlas):
    # WHO 2008 covers the 361 channel points only; the extra points follow GB/T 40997-2021.
    for source in ("who-2008", "gbt-40997-2021"):
        assert atlas.sources[source].kind == "standard"
    for point in atlas.points.values():
        expected = "gbt-40997-2021" if point.channel == "EX" else "who-2008"
        assert point.location_source == expected, point.code


def test_every_point_is_drawn_or_says_why_not(atlas):
    undrawn = {p.code: p.unmarked for p in atlas.points.values() if not p.marks}
    assert "GV28" in undrawn
    for code, reason in undrawn.items():
        assert reason and len(reason.split()) >= 6, code
    assert all(p.unmarked is None for p in atlas.points.values() if p.marks)


def test_a_point_no_view_draws_says_why_on_its_card(atlas):
    from app import card, pages

    text = card.card_text(atlas, atlas.points["GV28"])
    assert "Not drawn: It lies inside the mouth" in text
    assert "Drawn on:" not in text
    assert "Not drawn: It lies inside the mouth" in pages.point_page(atlas, atlas.points["GV28"])


def test_midline_points_are_not_bilateral(atlas):
    for p in atlas.points.values():
        if p.channel in ("GV", "CV") or p.code in ("EX-HN1", "EX-HN3"):
            assert not p.bilateral, p.code


def test_gb14_one_cun_above_the_eyebrow_in_line_with_the_pupil(atlas):
    c = cun(atlas, "face-front")
    gb14 = mark(atlas, "GB14", "face-front")
    brow = lm(atlas, "face-front", "eyebrow-middle")
    pupil = lm(atlas, "face-front", "pupil")
    assert abs(gb14[0] - pupil[0]) <= ON_LINE_CUN * c
    assert brow[1] - gb14[1] == pytest.approx(1 * c, abs=ON_LINE_CUN * c)


def test_yuyao_is_in_the_eyebrow_above_the_pupil(atlas):
    c = cun(atlas, "face-front")
    yuyao = mark(atlas, "EX-HN4", "face-front")
    assert math.dist(yuyao, lm(atlas, "face-front", "eyebrow-middle")) <= ON_LINE_CUN * c
    assert abs(yuyao[0] - lm(atlas, "face-front", "pupil")[0]) <= ON_LINE_CUN * c


def test_st4_is_04_cun_lateral_to_the_mouth_corner_at_its_level(atlas):
    view = atlas.views["face-front"]
    st4 = mark(atlas, "ST4", "face-front")
    corner = lm(atlas, "face-front", "mouth-corner")
    assert st4[1] == pytest.approx(corner[1], abs=ON_LINE_CUN * view.cun)
    # lateral = away from the midline
    assert abs(st4[0] - view.midline) - abs(corner[0] - view.midline) == pytest.approx(
        0.4 * view.cun, abs=ON_LINE_CUN * view.cun)


def _fraction_along(p, a, b):
    """Where p lies on segment a-b (fraction of its length) and how far off the line it is."""
    ab = (b[0] - a[0], b[1] - a[1])
    ap = (p[0] - a[0], p[1] - a[1])
    length2 = ab[0] ** 2 + ab[1] ** 2
    t = (ap[0] * ab[0] + ap[1] * ab[1]) / length2
    off = abs(ap[0] * ab[1] - ap[1] * ab[0]) / math.sqrt(length2)
    return t, off


@pytest.mark.parametrize("view_id", ["body-front", "body-side"])
def test_st36_three_cun_below_st35_on_the_st35_st41_line(atlas, view_id):
    st36 = mark(atlas, "ST36", view_id)
    knee = lm(atlas, view_id, "knee-eye-lateral")
    ankle = lm(atlas, view_id, "ankle-front")
    t, off = _fraction_along(st36, knee, ankle)
    leg_cun = math.dist(knee, ankle) / 16       # ST35 to ST41 = 16 B-cun
    assert t == pytest.approx(3 / 16, abs=0.01)
    assert off <= ON_LINE_CUN * leg_cun
    assert st36[1] > knee[1]                      # below the knee


def test_te6_three_cun_above_the_dorsal_wrist_crease(atlas):
    te6 = mark(atlas, "TE6", "body-back")
    wrist = lm(atlas, "body-back", "wrist-crease-dorsal")
    elbow = lm(atlas, "body-back", "olecranon")
    t, off = _fraction_along(te6, wrist, elbow)
    assert t == pytest.approx(3 / 12, abs=0.01)   # wrist crease to elbow tip = 12 B-cun
    assert off <= ON_LINE_CUN * math.dist(wrist, elbow) / 12


def test_li4_beside_the_middle_of_the_second_metacarpal(atlas):
    li4 = mark(atlas, "LI4", "body-back")
    base = lm(atlas, "body-back", "metacarpal2-base")
    head = lm(atlas, "body-back", "metacarpal2-head")
    t, _off = _fraction_along(li4, base, head)
    assert t == pytest.approx(0.5, abs=0.01)


def test_gv20_five_cun_behind_the_anterior_hairline_on_head_top(atlas):
    view = atlas.views["head-top"]
    gv20 = mark(atlas, "GV20", "head-top")
    hairline = lm(atlas, "head-top", "scalp-0")
    assert gv20[1] > hairline[1]                  # behind = toward the back of the head
    assert math.dist(gv20, hairline) == pytest.approx(5 * view.cun, abs=ON_LINE_CUN * view.cun)
    assert gv20[0] == pytest.approx(view.midline, abs=ON_LINE_CUN * view.cun)


def test_sishencong_is_four_points_one_cun_around_gv20(atlas):
    view = atlas.views["head-top"]
    gv20 = mark(atlas, "GV20", "head-top")
    spots = atlas.points["EX-HN1"].marks_on(view)
    assert len(spots) == 4
    for spot in spots:
        assert math.dist(spot, gv20) == pytest.approx(view.cun, abs=ON_LINE_CUN * view.cun)


def test_scalp_lines_on_head_top(atlas):
    """BL3-BL8 lines, GB13, GB15-GB18 and ST8 keep their WHO distances from the midline."""
    view = atlas.views["head-top"]
    expected = {"BL4": 1.5, "BL5": 1.5, "BL6": 1.5, "BL7": 1.5, "BL8": 1.5, "GB13": 3,
                "GB15": 2.25, "GB16": 2.25, "GB17": 2.25, "GB18": 2.25, "EX-HN2": 2.25}
    for code, lateral in expected.items():
        x = mark(atlas, code, "head-top")[0]
        assert abs(x - view.midline) == pytest.approx(lateral * view.cun,
                                                      abs=ON_LINE_CUN * view.cun), code


def test_st1_st2_st3_directly_below_the_pupil_top_to_bottom(atlas):
    c = cun(atlas, "face-front")
    pupil = lm(atlas, "face-front", "pupil")
    ys = [pupil[1]]
    for code in ("ST1", "ST2", "ST3"):
        x, y = mark(atlas, code, "face-front")
        assert abs(x - pupil[0]) <= ON_LINE_CUN * c, code
        ys.append(y)
    assert ys == sorted(ys) and len(set(ys)) == 4


def test_no_two_points_are_drawn_on_top_of_each_other(atlas):
    """On every view (the legibility rule, tests/ui/test_legibility.py, asks more of one view
    per point): two points' marks never coincide, unless the data says they are one place (a
    mark measured as nothing but the other point's code, as the ring-little Baxie is TE2)."""
    same = {frozenset((p.code, m.steps[0].label)) for p in atlas.points.values()
            for m in p.marks if len(m.steps) == 1 and m.steps[0].kind == "anchor"
            and m.steps[0].label in atlas.points}
    close = []
    for view in atlas.views.values():
        spots = [(p.code, at) for p in atlas.points.values() for at in p.marks_on(view)]
        for (code_a, a), (code_b, b) in combinations(spots, 2):
            gap = math.dist(a, b) / view.cun
            if code_a != code_b and gap < MIN_GAP_CUN and frozenset((code_a, code_b)) not in same:
                close.append(f"{view.id}: {code_a}-{code_b} {gap:.2f} cun")
    assert not close, f"marks closer than {MIN_GAP_CUN} B-cun:\n" + "\n".join(close)


def test_the_seven_source_points_have_sourced_indications(atlas):
    # (that every source and condition named exists is the loader's job: tests/test_loader.py)
    for code in SOURCE_POINTS:
        indications = atlas.points[code].indications
        assert any(i.source == "livestrong-hemifacial" for i in indications), code


def test_traditional_ideas_are_not_clinical_claims(atlas):
    for code in ("ST36", "TE6"):
        (ind,) = [i for i in atlas.points[code].indications if i.source == "livestrong-hemifacial"]
        assert ind.traditional and ind.condition is None


def test_no_indication_without_a_registered_source(atlas):
    sourced = {"GB14", "EX-HN4", "ST2", "ST4", "ST6", "ST36", "TE6", "LI4"}
    sourced |= {"PC6"}   # evidence.md F1-F4: reviews and trials that name PC6 for nausea
    sourced |= {"BL67"}   # evidence.md M: the breech trials (cardini-1998, coulon-2014) name BL67
    sourced |= {"SP6"}   # evidence.md J1: the Cochrane review's acupressure trials name SP6
    for p in atlas.points.values():
        if p.code not in sourced:
            assert not p.indications, p.code


LOCATION_STANDARDS = ("who-2008", "gbt-40997-2021")
ADVICE_WORDS = ("needle", "needling", "never", "avoid", "keep", "only", "trained", "should")


def test_a_location_standard_is_credited_with_anatomy_only(atlas):
    """WHO 2008 and GB/T say where a point is and what lies under it (an artery, a nerve), not
    how to needle it: a caution credited to them states the anatomy and gives no advice
    (advice needs a source that gives it; README, "Cautions")."""
    advice = [f"{p.code}: {c.text}" for p in atlas.points.values() for c in p.cautions
              if c.source in LOCATION_STANDARDS
              and any(w in c.text.lower().replace(",", " ").split() for w in ADVICE_WORDS)]
    assert not advice, "\n".join(advice)


def test_li4_has_a_pregnancy_caution(atlas):
    cautions = atlas.points["LI4"].cautions
    assert any("pregnan" in c.text.lower() for c in cautions)
    assert {c.source for c in cautions} >= {"carr-2015-pregnancy", "nhs-acupuncture"}


EYE_CASE_SOURCES = ("lee-2023-periocular", "you-2014-ocular", "tsai-2025-periocular",
                    "bmas-2025-periocular")
BRUISING_POINTS = ("BL2", "GB1", "GB14", "ST2", "TE23", "EX-HN4")   # evidence.md B2


@pytest.mark.parametrize("code", ORBIT_POINTS)
def test_orbit_points_carry_the_eye_injury_caution(atlas, code):
    """evidence.md B2: Lee 2023 collected case reports of punctured eyeballs, retinal damage
    and bleeding from needling around the eye."""
    cautions = atlas.points[code].cautions
    assert any(c.source == "lee-2023-periocular" and "punctured eyeball" in c.text
               for c in cautions)


def test_eye_cautions_credit_each_case_to_the_source_that_reports_it(atlas):
    """B2: the case reports and reviews report harms; the advice in B2 ("trained
    practitioners only, never self-needled") is the compiler's wording, so none of them is
    credited with it. The inner-corner bleed is the BMAS blog's case (BL1), severe bruising
    near the eye Tsai 2025's (not Lee's review of severe injuries)."""
    compilers = ("never", "only", "trained", "self-needled", "self-needle")
    advice = [f"{p.code}: {c.text}" for p in atlas.points.values() for c in p.cautions
              if c.source in EYE_CASE_SOURCES
              and any(w in c.text.lower().replace(",", " ").split() for w in compilers)]
    assert not advice, "\n".join(advice)
    assert "bmas-2025-periocular" in {c.source for c in atlas.points["BL1"].cautions}
    for code in BRUISING_POINTS:
        by_source = {c.source: c.text for c in atlas.points[code].cautions}
        assert "bruising" in by_source["tsai-2025-periocular"], code
        assert "lee-2023-periocular" not in by_source, code


# (certainty, direction) as ../shared/evidence.md gives them, section by section
EVIDENCE_TABLE = {
    "facial-myokymia": ("none", "untested"),        # A1: no trial or review found
    "hemifacial-spasm": ("very-low", "unclear"),    # A3: all reviews critically low
    "bells-palsy": ("low", "unclear"),              # A4: too poor to conclude
    "tmd": ("low", "benefit"),                      # A5: short-term relief, limited vs sham
    "facial-pain": ("very-low", "unclear"),         # A6: low or critically low reviews
    "headache-migraine": ("moderate", "benefit"),   # I: Xu 2020 fewer days than sham (A6 unchecked)
    "cosmetic-facial": ("very-low", "unclear"),     # A8: unproven
    "ponv": ("low", "benefit"),                     # F1: Cochrane 2015, low, better than sham
    "cinv": ("low", "benefit"),                     # F2: small add-on effect on acute symptoms
    "pregnancy-nausea": ("low", "unclear"),         # F3: limited for acupressure, none needling
    "motion-sickness": ("very-low", "no-benefit"),  # F4: controlled trials negative
    "chronic-constipation": ("moderate", "benefit"),  # K1: one large sham-controlled trial
    "postoperative-ileus": ("low", "benefit"),      # K2: low overall, mostly vs usual care
    "insomnia": ("very-low", "unclear"),            # L: Cochrane, cannot support or refute
    "depression": ("low", "benefit"),               # L: possible benefit, mostly as an add-on
    "hot-flushes": ("low", "no-benefit"),           # L: no better than sham, less than HRT
    "ivf": ("moderate", "no-benefit"),              # L: no more live births than sham
    "smoking-cessation": ("low", "no-benefit"),     # L: no consistent lasting benefit
    "weight-loss": ("very-low", "unclear"),         # L: small short-term differences, weak
    "chronic-low-back-pain": ("low", "unclear"),    # G1: small over usual care, not clearly sham
    "neck-pain": ("moderate", "benefit"),           # G2: slightly less pain than sham, short term
    "knee-osteoarthritis": ("moderate", "no-benefit"),  # H: nothing that matters over sham
    "tension-type-headache": ("moderate", "benefit"),   # I: more helped than usual care or sham
    "labour-pain": ("moderate", "benefit"),         # J1: fewer pain drugs vs sham (GRADE moderate)
    "labour-pain-acupressure": ("very-low", "benefit"),  # J1: acupressure (LI4/SP6) vs usual care
    "period-pain": ("very-low", "benefit"),         # J2: "low to very-low" overall (Zhang 2018)
    "labour-induction": ("low", "no-benefit"),      # J3 + N3: no reliable sign it starts labour
    "breech-presentation": ("low", "unclear"),      # M: open trials positive, placebo ones null
}


def test_every_condition_has_the_certainty_and_direction_of_the_evidence(atlas):
    assert set(atlas.conditions) == set(EVIDENCE_TABLE)
    for cid, (certainty, direction) in EVIDENCE_TABLE.items():
        ev = atlas.conditions[cid].evidence
        assert (ev.certainty, ev.direction) == (certainty, direction), cid


FACE_CONDITIONS = ("facial-myokymia", "hemifacial-spasm", "bells-palsy", "tmd", "facial-pain",
                   "headache-migraine", "cosmetic-facial")


@pytest.mark.parametrize("condition_id", FACE_CONDITIONS)
def test_face_conditions_name_the_stroke_signs(atlas, condition_id):
    # a new facial droop or weakness may be a stroke: each face condition says what to do (FAST)
    cond = atlas.conditions[condition_id]
    assert "FAST" in cond.see_a_doctor
    assert cond.evidence.refs


BLEEDING_SOURCES = {"hsieh-2023-bleeding", "bacc-anticoagulants"}   # evidence.md N4


def _gives_advice(text):
    return any(w in text.lower().replace(",", " ").replace(";", " ").split()
               for w in ADVICE_WORDS)


@pytest.mark.parametrize("code", ["GV15", "GV16", "GB20", "BL10", "EX-HN15"])
def test_nape_points_carry_the_brainstem_and_bleeding_cautions(atlas, code):
    """evidence.md N6: the nape lies over the medulla and the vertebral artery; subarachnoid
    bleeding is among the commonest serious harms (Zhang 2010, cited for that frequency only)
    and a case of bleeding in the skull followed a needle at GV16 (Choo 2000). N4 names neck
    points among those where a bleed matters: the bleeding risk data and the BACC's advice."""
    cautions = atlas.points[code].cautions
    text = " ".join(c.text.lower() for c in cautions)
    assert "vertebral artery" in text and "brainstem" in text and "emergency" in text
    assert {c.source for c in cautions} >= {"zhang-2010-adverse", "choo-2000-nape",
                                            *BLEEDING_SOURCES}
    # how to needle is the compiler's suggestion in N6: no caution credits it to Zhang 2010
    assert not [c.text for c in cautions
                if c.source == "zhang-2010-adverse" and _gives_advice(c.text)]


def test_st36_deep_in_the_leg_carries_the_bleeding_cautions(atlas):
    """evidence.md N4: on blood thinners, avoid deep needling where a bleed could press on
    nerves and vessels, deep calf points among them; ST36 is needled deep into the leg's front
    compartment (README, "Cautions"). `show ST36` prints both, under their sources."""
    cautions = atlas.points["ST36"].cautions
    assert {c.source for c in cautions} >= BLEEDING_SOURCES
    text = " ".join(card_text(atlas, atlas.points["ST36"]).split())
    assert "CAUTION" in text and "warfarin" in text and "0.20 mm" in text
    for source in BLEEDING_SOURCES:
        assert " ".join(atlas.sources[source].title.split()) in text


@pytest.mark.parametrize(("code", "facial"), [("GB14", True), ("GB20", True), ("PC6", False),
                                              ("LI4", False), ("ST36", False)])
def test_the_line_under_each_card_fits_the_points_region(atlas, code, facial):
    """The face's red flags stay on the head; a limb or body point gets the body's."""
    line = caveat.compose(atlas, atlas.points[code]).general
    assert ("facial" in line) == facial
    assert "not medical advice" in line


NAUSEA_USES = {   # condition -> the source that names PC6 for it (evidence.md F1-F4)
    "ponv": "lee-2015-ponv",
    "cinv": "pilkington-2021-cinv",
    "pregnancy-nausea": "matthews-2015-pregnancy",
    "motion-sickness": "miller-2004-motion",
}


def test_show_pc6_lists_each_nausea_use_with_its_certainty_verdict_and_source(atlas):
    """What `acupoints show PC6` prints: each nausea use, under its certainty word and which
    way the evidence points, with the source that names PC6 for it."""
    from app.card import card_text
    text = " ".join(card_text(atlas, atlas.points["PC6"]).split())
    uses = text.split("What the sources say it is used for", 1)[1].split("Evidence caveat")[0]
    for cid, sid in NAUSEA_USES.items():
        cond, source = atlas.conditions[cid], atlas.sources[sid]
        assert f"evidence: {caveat.evidence_label(cond.evidence)}" in uses, cid
        assert " ".join(source.title.split()) in uses, sid
        assert cond.name in text, cid
    assert "Low certainty · less nausea and vomiting than sham" in uses
    assert "Very low certainty · no better than placebo in controlled trials" in uses
    # the headline names the best-studied use, never the one found no better than placebo
    assert "Best-studied use listed here: Postoperative nausea and vomiting" in text


def test_pc6_nausea_indications_come_from_sources_that_name_it(atlas):
    got = {i.condition: i.source for i in atlas.points["PC6"].indications if i.condition}
    assert got == NAUSEA_USES


@pytest.mark.parametrize("condition_id", list(NAUSEA_USES))
def test_nausea_conditions_give_care_red_flags_and_the_point_studied(atlas, condition_id):
    cond = atlas.conditions[condition_id]
    assert cond.evidence.refs and cond.care_refs and cond.established_care
    assert cond.see_a_doctor
    assert "PC6" in cond.studied_points


def test_pregnancy_sickness_names_hyperemesis_as_the_red_flag(atlas):
    """evidence.md F3: about 1% develop hyperemesis gravidarum, which may need hospital care."""
    flags = atlas.conditions["pregnancy-nausea"].see_a_doctor.lower()
    assert "hyperemesis" in flags and "fluids" in flags


# --- evidence.md K and L: the bowel uses and the much-advertised ones ---

ILEUS_POINTS = ("ST36", "LI4", "TE6")   # the Hong Kong trial's points the atlas holds (K2)


# "Points the trials used" (app/card.py STUDIED), condition by condition: only points a cited
# trial or review used, as ../shared/evidence.md names them. Knee OA (H names points only in
# its heading) and tension-type headache (I: GB20 and LI4 "appear in protocols") list none.
STUDIED_POINTS = {
    "ponv": {"PC6"}, "cinv": {"PC6"}, "pregnancy-nausea": {"PC6"},    # F1-F3
    "motion-sickness": {"PC6"},                                        # F4
    "headache-migraine": {"GB20", "TE5", "GB34", "GB40", "TE19", "TE8", "GB33", "GB42",
                          "ST8", "LI6", "ST36", "ST42"},               # I: Li 2012's sets
    "labour-pain": {"LI4", "SP6", "BL67"},                             # J1: acupressure trials
    "labour-pain-acupressure": {"LI4", "SP6", "BL67"},                 # J1
    "period-pain": {"SP6", "LI4", "LR3"},                              # J2: Cochrane's trials
    "labour-induction": {"LI4", "SP6", "BL32", "BL54"},                # J3: the US trial
    "postoperative-ileus": {"ST36", "SP6", "LI4", "TE6"},              # K2: Ng 2013
    "breech-presentation": {"BL67"},                                   # M
}


def test_points_the_trials_used_are_the_points_evidence_md_names(atlas):
    got = {cid: set(c.studied_points) for cid, c in atlas.conditions.items() if c.studied_points}
    assert got == STUDIED_POINTS


def test_ileus_condition_lists_the_trials_points_and_marks_the_missing_one(atlas):
    facts = condition_facts(atlas, atlas.conditions["postoperative-ileus"])
    assert dict(facts.studied) == {"ST36": True, "SP6": "SP6" in atlas.points,
                                   "LI4": True, "TE6": True}


@pytest.mark.parametrize("condition_id", ["ivf", "hot-flushes", "smoking-cessation"])
def test_uses_no_better_than_sham_never_read_as_support(atlas, condition_id):
    """A use good trials found no better than sham: slate badge, and the verdict says so."""
    ev = atlas.conditions[condition_id].evidence
    assert badge_colour(ev.certainty, ev.direction) == NO_BENEFIT_COLOUR
    label = caveat.evidence_label(ev)
    assert label.startswith(caveat.CERTAINTY_LABELS[ev.certainty] + " · no")


def test_ivf_says_no_more_live_births_than_sham(atlas):
    ev = atlas.conditions["ivf"].evidence
    assert caveat.evidence_label(ev) == "Moderate certainty · no more live births than sham"
    assert "18.3%" in ev.summary and "17.8%" in ev.summary


@pytest.mark.parametrize(("query", "condition_id"), [
    ("hot flashes", "hot-flushes"), ("IVF", "ivf"), ("constipation", "chronic-constipation"),
    ("post-op ileus", "postoperative-ileus"), ("quit smoking", "smoking-cessation"),
    ("obesity", "weight-loss"), ("trouble sleeping", "insomnia"), ("low mood", "depression")])
def test_a_student_finds_the_condition_by_its_everyday_name(atlas, query, condition_id):
    assert condition_id in index_for(atlas).conditions(query)


def test_figures_marked_unchecked_in_k_and_l_are_not_shown(atlas):
    """evidence.md gives these from memory: the constipation trial's points, the smoking
    risk ratio against sham, the Cochrane depression grading and the JAMA Surgery ileus trial."""
    constipation = atlas.conditions["chronic-constipation"]
    assert not {"ST25", "SP14", "ST37"} & set(constipation.studied_points)
    assert not any(p in constipation.evidence.summary for p in ("ST25", "SP14", "ST37"))
    assert "1.18" not in atlas.conditions["smoking-cessation"].evidence.summary
    assert "JAMA" not in atlas.conditions["postoperative-ileus"].evidence.summary
    assert "248" not in atlas.conditions["postoperative-ileus"].evidence.summary
# --- pain: back, neck, knee, headache (../shared/evidence.md G, H, I) ---


def _card_words(atlas, code):
    """A point's text card as one line, as a user reads it (wrapping aside)."""
    return " ".join(card.card_text(atlas, atlas.points[code]).split())


@pytest.mark.parametrize("code", ["GB20", "TE5"])
def test_the_migraine_points_are_on_the_condition_page_not_given_its_effect(atlas, code):
    """evidence.md I: the 'migraine-specific' set (TE5, GB34, GB40, GB20) was tested as a set
    and did no better than other points, so no point card claims the use as its own: the
    migraine page lists the trial's points, and the point's card shows no migraine badge."""
    migraine = atlas.conditions["headache-migraine"]
    assert code in migraine.studied_points
    assert f'href="point:{code}"' in pages.condition_page(atlas, migraine)
    assert all(i.condition != "headache-migraine" for i in atlas.points[code].indications)
    words = _card_words(atlas, code)
    assert caveat.evidence_label(migraine.evidence) not in words
    assert "Migraine" not in words


def test_the_migraine_badge_rests_on_the_checked_trials_not_the_cochrane_memory(atlas):
    """evidence.md A6 and I give the Cochrane review's results and grades from memory: the
    summary names none of them, and the verdict says what the checked trials found, against
    sham, with the choice of points making no difference."""
    ev = atlas.conditions["headache-migraine"].evidence
    label = caveat.evidence_label(ev)
    assert label.startswith("Moderate certainty · slightly fewer migraine days than sham")
    assert "no acupuncture" not in ev.verdict      # that comparison is the unchecked one
    assert "moderate-quality" not in ev.summary and "could not be checked" in ev.summary


def test_knee_osteoarthritis_badge_does_not_read_as_support(atlas):
    """evidence.md H: moderate certainty that the gain over sham is too small to matter."""
    page = pages.condition_page(atlas, atlas.conditions["knee-osteoarthritis"])
    assert "Moderate certainty · no clinically important gain over sham" in page
    assert pages.NO_BENEFIT_COLOUR in page


def test_back_pain_sends_cauda_equina_signs_to_emergency_care(atlas):
    """evidence.md G1 red flags: saddle numbness, bladder or bowel change, weak legs."""
    text = atlas.conditions["chronic-low-back-pain"].see_a_doctor.lower()
    for sign in ("saddle", "urine or stool", "weakness in both legs", "cauda equina",
                 "emergency", "cancer", "fever", "night"):
        assert sign in text, sign


def test_neck_pain_warns_of_a_collapsed_lung_after_needling(atlas):
    """evidence.md N2: neck-pain needling has caused pneumothorax, sometimes days later."""
    cond = atlas.conditions["neck-pain"]
    for words in ("collapsed a lung", "chest pain or breathlessness", "a day or two later"):
        assert words in cond.see_a_doctor, words
    assert {"hampton-2014-pneumothorax", "smith-2021-pneumothorax"} <= set(cond.red_flag_refs)


@pytest.mark.parametrize("condition_id", ["headache-migraine", "tension-type-headache"])
def test_headache_conditions_name_the_stroke_signs_and_the_nape_harm(atlas, condition_id):
    text = atlas.conditions[condition_id].see_a_doctor
    assert "FAST" in text and "back of the neck" in text


@pytest.mark.parametrize(("condition_id", "unchecked"), [
    # evidence.md marks these "from memory, unchecked": never shown
    ("headache-migraine", ["22 trials", "4,985", "5,000", "41%", "17%"]),
    ("chronic-low-back-pain", ["9 points", "20 points"]),
])
def test_figures_from_memory_are_not_shown(atlas, condition_id, unchecked):
    summary = atlas.conditions[condition_id].evidence.summary
    for figure in unchecked:
        assert figure not in summary, figure


def _run(channel, first, last):
    return tuple(f"{channel}{n}" for n in range(first, last + 1))


# ../shared/evidence.md N2, N3 and N6: the points each safety section names, keyed by the source
# of the caution they must carry. Points not in the atlas yet are skipped, so the table keeps
# holding every region that is entered later.
SAFETY_CAUTIONS = {
    # N2: needling over the lung can collapse it (the list is evidence.md's anatomical judgement)
    "peuker-2004-pneumothorax": ("GB21", *_run("BL", 11, 21), *_run("ST", 12, 18), "LU1", "LU2",
                                 *_run("KI", 22, 27), *_run("GB", 22, 24), *_run("SP", 17, 21),
                                 "LR14"),
    # N3: traditionally avoided in pregnancy; lower-abdominal CV points as evidence.md's example
    # (CV3-CV7). Its "lumbosacral points" name no codes, so none are listed here.
    "carr-2015-pregnancy": ("LI4", "SP6", "BL60", "BL67", "GB21", *_run("CV", 3, 7)),
    # N6: the nape, over the medulla and the vertebral artery
    "choo-2000-nape": ("GV15", "GV16", "GB20", "BL10", "EX-HN15"),
}


def test_points_the_safety_sections_name_carry_their_caution(atlas):
    """A practitioner looking up a point over the lung, in the nape or on the pregnancy list
    finds the warning on its card, with the source behind it."""
    assert set(SAFETY_CAUTIONS) <= set(atlas.sources)
    named = [(code, source) for source, codes in SAFETY_CAUTIONS.items() for code in codes]
    assert [code for code, _ in named if parse_code(code) is None] == []   # a typo would skip
    entered = [(code, source) for code, source in named if code in atlas.points]
    assert entered   # LI4 and the nape points today
    missing = [f"{code} lacks the caution from {source}" for code, source in entered
               if source not in {c.source for c in atlas.points[code].cautions}]
    assert not missing, "\n".join(missing)


def test_li4_card_shows_labour_acupressure_with_its_own_certainty(atlas):
    """`show LI4`: pressing LI4 in labour is acupressure, which evidence.md J1 rates very low
    against usual care; the moderate grade is needle acupuncture's (against sham, fewer pain
    drugs). The card shows the acupressure record's words, never the needle record's."""
    text = " ".join(card_text(atlas, atlas.points["LI4"]).split())
    pressure = atlas.conditions["labour-pain-acupressure"].evidence
    needles = atlas.conditions["labour-pain"].evidence
    assert caveat.evidence_label(pressure) == (
        "Very low certainty · less pain than usual care in weak trials")
    assert f"evidence: {caveat.evidence_label(pressure)}" in text
    assert caveat.evidence_label(needles) not in text and "Moderate certainty ·" not in text
    assert "acupuncture than with sham" in needles.verdict   # says which method, against what
    assert "LI4" in atlas.conditions["labour-pain-acupressure"].studied_points


def test_li4_pregnancy_cautions_say_only_what_their_sources_say(atlas):
    """evidence.md B3/N3: Carr 2015 found no objective evidence of harm (5,885 women) and leaves
    it to a risk-benefit judgement; telling the practitioner is the NHS's advice (B1). "Never
    self-needle" is the compiler's suggestion, which no source gives, so no caution says it."""
    by_source = {c.source: c.text for c in atlas.points["LI4"].cautions}
    carr = by_source["carr-2015-pregnancy"]
    assert "5,885" in carr and "risk and benefit" in carr and "never" not in carr.lower()
    assert "tell the practitioner" in by_source["nhs-acupuncture"]
    assert not any("self-needle" in text for text in by_source.values())


# Uses the trials tested only as whole protocols, several points needled or pressed together
# (evidence.md I, J2, J3, K2; general caution 1 before section F): the condition page lists the
# points, and no point card claims the protocol's effect as its own.
PROTOCOL_CONDITIONS = {
    "headache-migraine": ("GB20", "TE5", "ST36"),   # I: Li 2012's three point sets
    "postoperative-ileus": ILEUS_POINTS,            # K2: ST36, SP6, LI4 and TE6 together
    "labour-induction": ("LI4",),                   # J3: LI4 with SP6, BL32 and BL54
    "period-pain": ("LI4",),                        # J2: LI4 only together with SP6
}


@pytest.mark.parametrize("condition_id", list(PROTOCOL_CONDITIONS))
def test_uses_tried_only_as_point_combinations_stay_on_the_condition(atlas, condition_id):
    cond = atlas.conditions[condition_id]
    page = pages.condition_page(atlas, cond)
    label = caveat.evidence_label(cond.evidence)
    for code in PROTOCOL_CONDITIONS[condition_id]:
        assert code in cond.studied_points, code
        assert f'href="point:{code}"' in page, code      # the page links the point
        assert all(i.condition != condition_id for i in atlas.points[code].indications), code
        words = _card_words(atlas, code)
        assert cond.name not in words and label not in words, code
    assert atlas.points_for_condition(condition_id) == []


# Conditions whose red flags evidence.md does not give and no registered source is credited
# with (evidence audit C1): they stay general advice, with no figures that would need a source.
GENERAL_RED_FLAGS = ("chronic-constipation", "postoperative-ileus", "cinv", "ponv",
                     "motion-sickness", "insomnia", "depression", "hot-flushes", "ivf",
                     "smoking-cessation", "weight-loss", "knee-osteoarthritis")


@pytest.mark.parametrize("condition_id", GENERAL_RED_FLAGS)
def test_unsourced_red_flags_give_no_figures(atlas, condition_id):
    flags = atlas.conditions[condition_id].see_a_doctor
    assert flags and not re.search(r"(?<![A-Z-])\d", flags), flags   # point codes aside
    spelled = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "year",
               "years", "hundred"}
    assert not spelled & set(re.findall(r"[a-z]+", flags.lower())), flags


@pytest.mark.parametrize("condition", ["bells-palsy", "tmd", "ivf", "knee-osteoarthritis"])
def test_a_condition_page_gives_its_own_red_flags_not_another_regions(atlas, condition):
    """A knee page never ends with the face's warning: the page's red flags are its own."""
    cond = atlas.conditions[condition]
    page = pages.condition_page(atlas, cond)
    assert page.endswith(f"<i>{caveat.STUDY_REFERENCE}</i></p>")
    assert caveat.GENERAL not in page and caveat.GENERAL_BODY not in page
    assert "See a doctor instead" in page


def test_a_protocol_only_condition_says_why_no_point_carries_it(atlas):
    ileus = pages.condition_page(atlas, atlas.conditions["postoperative-ileus"])
    assert "tested their points together" in ileus and 'href="point:ST36"' in ileus
    knee = pages.condition_page(atlas, atlas.conditions["knee-osteoarthritis"])
    assert "no registered source names a point" in knee


# Sources that give warning signs, not treatment: never listed as what established care offers
RED_FLAG_SOURCES = {"mayo-stroke-fast", "choo-2000-nape", "bmj-best-practice-cauda-equina",
                    "hey-neurosurgery-red-flags", "hampton-2014-pneumothorax",
                    "smith-2021-pneumothorax", "uhb-call-the-midwife", "mayo-eye-twitching"}


def test_red_flag_sources_stand_under_the_red_flags_not_under_established_care(atlas):
    """Evidence audit C14: the stroke page is not 'what established care offers' for TMD."""
    for cond in atlas.conditions.values():
        assert not RED_FLAG_SOURCES & set(cond.care_refs), cond.id
    page = pages.condition_box(atlas, atlas.conditions["tmd"])
    care, _, flags = page.partition("See a doctor instead")
    mayo = atlas.sources["mayo-stroke-fast"].title
    assert mayo not in care and mayo in flags


def test_every_point_over_the_lung_says_all_three_things_the_evidence_does(atlas):
    """evidence.md N2: the risk (zhang-2010), that training does not remove it (peuker-2004)
    and that the collapse can show hours or days later (smith-2021): all three wherever any
    of them is given, and on ST11 (the dome of the pleura rises above the clavicle's inner
    end, as at ST12)."""
    lung = {"zhang-2010-adverse", "peuker-2004-pneumothorax", "smith-2021-pneumothorax"}
    over_lung = [p for p in atlas.points.values()
                 if any(c.source == "peuker-2004-pneumothorax" for c in p.cautions)]
    assert {"ST11", "ST12", "KI25", "SP19", "LR14", "LU1", "GB22", "PC1"} <= {
        p.code for p in over_lung}
    for p in over_lung:
        assert lung <= {c.source for c in p.cautions}, p.code


def test_every_neck_point_carries_the_bleeding_cautions(atlas):
    """evidence.md N4 names the neck among the places where a bleed can press on vessels: the
    front-of-neck points each carry the two anticoagulant cautions."""
    for code in ("ST9", "ST10", "ST11", "ST12", "LI17", "LI18", "SI16", "SI17", "TE16", "CV22",
                 "CV23"):
        sources = {c.source for c in atlas.points[code].cautions}
        assert {"hsieh-2023-bleeding", "bacc-anticoagulants"} <= sources, code


def test_a_point_drawn_nowhere_ends_with_its_own_regions_line(atlas):
    """CV1 (on the perineum) is not a face point; the points inside the mouth are."""
    from app import caveat

    assert caveat.general_line(atlas, atlas.points["CV1"]) == caveat.GENERAL_BODY
    # a point of the back also drawn on head-back ends with the body's line
    assert caveat.general_line(atlas, atlas.points["GV14"]) == caveat.GENERAL_BODY
    assert caveat.general_line(atlas, atlas.points["GB20"]) == caveat.GENERAL
    for code in ("GV28", "EX-HN9", "EX-HN12"):
        assert caveat.general_line(atlas, atlas.points[code]) == caveat.GENERAL, code
