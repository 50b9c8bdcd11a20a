"""`frame-subject`: a name of another row in the slot of a fixed sentence is reported."""

from __future__ import annotations

from typing import Any

from tests.checks.conftest import context, draft, hits, make, marked, rejected

FRAMES = {"frames": ["with which {name} keeps people safe", "assessment of {name}\\."]}
CHECK: dict[str, Any] = {
    "type": "frame-subject",
    "fields": ["summary"],
    "frames": "frames",
    "table": "forces",
    "columns": ["force_name", "welsh_name", "aliases"],
}


def summary(text: str, subject: str = "Sussex Police") -> str:
    return draft(f"overall:\n  summary: {text}\n", cycle="2015", subject=subject)


def test_another_force_in_the_slot_is_reported_with_the_subject_as_fix() -> None:
    text = "the legitimacy with which Surrey Police keeps people safe."
    (hit,) = hits(make(CHECK, data=FRAMES), summary(text), "overall")
    assert hit.path == "overall.summary"
    assert marked([hit]) == ["Surrey Police"]
    assert hit.fix == ("Sussex Police", True)
    assert hit.values["subject"] == "Sussex Police"


def test_the_subject_its_other_names_and_other_words_in_the_slot_are_not() -> None:
    check = make(CHECK, data=FRAMES)
    for text in (
        "the legitimacy with which Sussex Police keeps people safe.",
        "the legitimacy with which the force keeps people safe.",
        "the legitimacy with which it works with Surrey Police and keeps people safe.",
        "HMIC's assessment of the effectiveness with which it keeps people safe.",
    ):
        assert hits(check, summary(text), "overall") == [], text
    gwent = summary("This is our assessment of Heddlu Gwent.", subject="Gwent Police")
    assert hits(check, gwent, "overall") == []
    (hit,) = hits(check, summary("This is our assessment of the Kent Police."), "overall")
    assert marked([hit]) == ["the Kent Police"]


def test_a_subject_the_table_does_not_know_is_not_compared() -> None:
    text = "the legitimacy with which Surrey Police keeps people safe."
    assert hits(make(CHECK, data=FRAMES), summary(text, subject="Gotham Police"), "overall") == []


def test_a_frame_without_one_slot_or_a_missing_table_is_rejected() -> None:
    assert "must hold the slot {name} once" in rejected(CHECK, data={"frames": ["keeps people"]})
    assert "no table named 'nope'" in rejected({**CHECK, "table": "nope"}, data=FRAMES)


def test_a_draft_holding_no_frame_is_passed_over_after_one_scan() -> None:
    check = make(CHECK, data=FRAMES)
    assert not check.may_report(context(summary("The force keeps people safe.")))
    # a frame, even with the subject in its slot, is read
    assert check.may_report(context(summary("with which Sussex Police keeps people safe.")))


def test_an_anchored_frame_or_a_text_utf8_cannot_hold_is_always_read() -> None:
    anchored = make(CHECK, data={"frames": ["^With which {name} keeps people safe"]})
    text = summary("With which Surrey Police keeps people safe.")
    assert len(hits(anchored, text, "overall")) == 1  # conftest's hits: the screen said yes
    assert anchored.may_report(context(summary("The force keeps people safe.")))
    for frame in ("{name} keeps$", "\\A{name}", "{name}\\z", "(?m)^{name}", "(?im){name}"):
        assert make(CHECK, data={"frames": [frame]}).may_report(context(summary("x"))), frame
    assert make(CHECK, data=FRAMES)._anchored is False

    class _Surrogate:
        corpus = "a \udc80 b".encode("utf-8", "surrogatepass")

    surrogate: Any = _Surrogate()
    assert make(CHECK, data=FRAMES).may_report(surrogate)
