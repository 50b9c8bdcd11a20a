"""The judgment rules against the labelled sentence corpus (issue 16): the scores printed,
and the floors reached on the tuning part asserted so that a change cannot lose them."""

from __future__ import annotations

import pytest

from tests import judgment_cases, judgments

# The figures reached on the tuning part (precision, recall), in %: raise them as the
# grammar improves, never lower them to pass. Round 8 (grammar8): the tuning part now also
# holds batch 7 (scored once, spent; kept as a validation set in round 8, its failures
# unread); the floors were set afresh on it, then raised at the end of the round. Round 9
# (grammar9) raised them again after batch 7's one validation score. Stop 28: batch 8, scored
# once after round 9, joined the tuning part; narrative-contradicts-grade's real precision
# there is 96.9 (batch 8's real part: 90) and its made-up recall 84.96; summary-states-
# overall-grade's made-up recall 85.6: those floors were set afresh (96/84, 95/85). Round 10
# (grammar10) raised the recall floors to its figures (made-up: 86.2, 87.0, 86.6, 82.4, 82.8).
# Batch 9 (a new hand's, scored twice by the lead, figures only: before and after round 10)
# then joined the tuning part: made-up recall there is now 85.2, 86.0, 85.6, 81.7, 82.8 and
# previous-grade-statement's real precision 91.4 (batch 9's two real year-on-year
# sentences: one false reading): the floors were set afresh to those figures. Round 11
# (grammar11) raised them to its figures (made-up recall: 88.8, 89.0, 88.8, 83.5, 83.3;
# precision, the lower of real and made-up: 97.1, 98.8, 96.2, 97.4, 91.4). Batch 10 (a new
# hand's, scored twice by the lead, figures only: before and after round 11) then joined the
# tuning part; the floors were set afresh to its figures (recall: 87.8, 88.0, 88.0, 82.5,
# 83.0; precision: 96.7, 98.7, 96.2, 97.0, 91.7).
# Round 12 (grammar12, batch 10 left out while tuning) raised them to its figures (made-up
# recall: 91.9, 92.0, 91.7, 89.5, 84.8; precision, the lower of real and made-up: 97.6, 98.7,
# 96.5, 98.8, 91.7). Batch 11 (a new hand's, weighted to the hardest shapes; scored twice by
# the lead, figures only: before and after round 12) then joined the tuning part; the floors
# were set afresh to its figures (made-up recall: 87.5, 88.2, 88.2, 83.8, 80.9; precision,
# the lower of real and made-up: 97.6, 98.7, 96.8, 98.8, 91.9).
# Round 13 (grammar13, batch 10 left out while tuning) raised them to its figures (made-up
# recall: 89.7, 90.1, 89.97, 86.2, 80.9; precision, the lower of real and made-up: 97.6, 98.7,
# 96.9, 98.8, 91.9).
# Round 14 (grammar14, batch 10 left out while tuning) raised them to its figures (made-up
# recall: 93.5, 93.6, 93.4, 90.9, 86.0; precision, the lower of real and made-up: 97.7, 98.7,
# 97.1, 98.8, 92.1).
# Batch 12 (a new hand's, wholly held back; scored twice by the lead, figures only: before
# and after round 14) then joined the tuning part; the floors were set afresh to its figures
# (made-up recall: 89.7, 90.5, 90.4, 87.7, 82.9; precision, the lower of real and made-up:
# 97.7, 98.8, 97.1, 98.8, 92.1).
# Round 15 (grammar15, batch 10 left out while tuning) raised them to (97, 90), (98, 91),
# (97, 91), (98, 88), (92, 84).
# Batch 13 (a new hand's, wholly held back; scored once by the lead, figures only, before
# round 16) then joined the tuning part; the floors were set afresh to its figures (made-up
# recall: 88.56, 89.87, 90.05, 86.81, 82.59; precision, the lower of real and made-up: 97.65,
# 98.76, 97.31, 98.84, 92.11).
# Round 16 (grammar16, batch 10 left out while tuning) raised them to its figures (made-up
# recall: 91.70, 92.65, 92.62, 89.29, 85.44; precision, the lower of real and made-up:
# 98.11, 98.76, 97.47, 99.75, 92.11).
FLOORS: dict[str, tuple[float, float]] = {
    "narrative-contradicts-grade": (98, 91),
    "narrative-states-grade": (98, 92),
    "summary-states-overall-grade": (97, 92),
    "summary-contradicts-question": (99, 89),
    "previous-grade-statement": (92, 85),
}


@pytest.fixture(scope="module")
def tuning() -> judgments.Scores:
    return judgments.score(judgments.tuning_part())


def test_the_corpus_is_split_as_labelled() -> None:
    ids = {s["id"] for s in judgments.sentences()}
    back = judgments.held_back()
    assert back <= ids
    assert len(back) == 136
    second = judgments.held_back("held-back-2")
    assert second <= ids and not second & back
    assert len(second) == 92
    third = judgments.held_back("held-back-3")
    assert third <= ids and not third & (back | second)
    assert len(third) == 267  # all of batch3.yaml
    fourth = judgments.held_back("held-back-4")
    assert fourth <= ids and not fourth & (back | second | third)
    assert len(fourth) == 232  # all of batch4.yaml
    fifth = judgments.held_back("held-back-5")
    assert fifth <= ids and not fifth & (back | second | third | fourth)
    assert len(fifth) == 235  # all of batch5.yaml
    sixth = judgments.held_back("held-back-6")
    assert sixth <= ids and not sixth & (back | second | third | fourth | fifth)
    assert len(sixth) == 253  # all of batch6.yaml
    seventh = judgments.held_back("held-back-7")
    assert seventh <= ids and not seventh & (back | second | third | fourth | fifth | sixth)
    assert len(seventh) == 219  # all of batch7.yaml
    eighth = judgments.held_back("held-back-8")
    assert eighth <= ids and not eighth & (back | second | third | fourth | fifth | sixth | seventh)
    assert len(eighth) == 240  # all of batch8.yaml
    ninth = judgments.held_back("held-back-9")
    earlier = back | second | third | fourth | fifth | sixth | seventh | eighth
    assert ninth <= ids and not ninth & earlier
    assert len(ninth) == 260  # all of batch9.yaml
    tenth = judgments.held_back("held-back-10")
    assert tenth <= ids and not tenth & (earlier | ninth)
    assert len(tenth) == 248  # all of batch10.yaml
    eleventh = judgments.held_back("held-back-11")
    assert eleventh <= ids and not eleventh & (earlier | ninth | tenth)
    assert len(eleventh) == 305  # all of batch11.yaml
    twelfth = judgments.held_back("held-back-12")
    assert twelfth <= ids and not twelfth & (earlier | ninth | tenth | eleventh)
    assert len(twelfth) == 373  # all of batch12.yaml
    thirteenth = judgments.held_back("held-back-13")
    assert thirteenth <= ids and not thirteenth & (earlier | ninth | tenth | eleventh | twelfth)
    assert len(thirteenth) == 283  # all of batch13.yaml
    fourteenth = judgments.held_back("held-back-14")
    assert fourteenth <= ids and not fourteenth & (earlier | ninth | tenth | eleventh | twelfth)
    assert not fourteenth & thirteenth
    assert len(fourteenth) == 285  # all of batch14.yaml
    fifteenth = judgments.held_back("held-back-15")
    assert fifteenth <= ids and not fifteenth & (earlier | ninth | tenth | eleventh | twelfth)
    assert not fifteenth & (thirteenth | fourteenth)
    assert len(fifteenth) == 195  # all of batch15.yaml
    # batches 3-13 were scored (rounds 3-15; batches 9-13 before and after rounds 10, 11, 12,
    # 14 and 16) and are spent; batch 14 is held back (a yardstick for round 16), and so is
    # batch 15 (written after it, never scored but for figures)
    unspent = {"held-back", "held-back-2", "held-back-14", "held-back-15"}
    assert set(judgments.SPENT) == set(judgments.SPLITS) - unspent
    tuning = {s["id"] for s in judgments.tuning_part()}
    assert not tuning & (back | second | fourteenth | fifteenth)
    later = seventh | eighth | ninth | tenth | eleventh | twelfth | thirteenth
    assert third | fourth | fifth | sixth | later <= tuning


def test_scores_on_the_tuning_part(tuning: judgments.Scores) -> None:
    # held-back figures are printed by `python -m tests.judgments --held-back`, not here
    print("\n" + tuning.table(["all", "real", "made-up"]))
    for rule, (precision, recall) in FLOORS.items():
        for origin in ("real", "made-up"):
            tally = tuning.tallies[(rule, origin)]
            # figures only: the failures are listed by `python -m tests.judgments --failures`
            # (with `--without batch7` while batch 7 is a validation set, round 8)
            figures = (rule, origin, tally.precision, tally.recall)
            assert (tally.precision or 0) * 100 >= precision, figures
            assert (tally.recall or 0) * 100 >= recall, figures


def test_a_stated_grade_agrees_with_a_rise_whose_earlier_grade_is_not_given() -> None:
    # "The service is now outstanding at it, an improvement of two grades": good after
    # requires improvement is a rise, but not to the grade the sentence states (round 14)
    scale = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    assert judgment_cases._year_pairs("up", None, "Outstanding", scale)[0] == (
        "Outstanding",
        "Requires improvement",
    )
    assert judgment_cases._year_pairs("up", None, None, scale)[0] == (
        "Good",
        "Requires improvement",
    )


def test_a_stated_grade_alone_agrees_with_a_change() -> None:
    # "It has improved by two grades, from inadequate to good": requires improvement after
    # inadequate is a rise, but not the one the sentence states
    scale = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
    assert judgment_cases._year_pairs("up", "Inadequate", "Good", scale)[0] == (
        "Good",
        "Inadequate",
    )
    assert judgment_cases._year_pairs("up", "Inadequate", None, scale)[0] == (
        "Requires improvement",
        "Inadequate",
    )
    assert judgment_cases._year_pairs("down", "Outstanding", "Requires improvement", scale)[0] == (
        "Requires improvement",
        "Outstanding",
    )
