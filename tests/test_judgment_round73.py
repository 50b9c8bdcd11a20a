"""Round 73 of the judgment grammar (issue 16), on a class of the tuning part's false alarms
(spent batches): the last of several sentences someone said, read a sentence at a time ("One
victim told us: ‘I was kept informed. It was good.’"), is a quotation too, though it holds
no opening mark. Made-up sentences of this file's own."""

from __future__ import annotations

import pytest

from peelcheck.prose.judgments import Grammar
from tests.judgment_helpers import contradictions, unqualified_grades

FRS = ("FRS", "2021/22")


@pytest.mark.parametrize(
    "text",
    [
        "A resident told us: ‘They came the same day. The service was outstanding.’",
        "One victim said: 'The officer rang me every week. It was good.'",
        'A partner said: "We meet every month. The brigade is good."',
        "A firefighter told us: ‘We train every week. The brigade is inadequate!’",
    ],
)
def test_round_73_the_last_sentence_of_a_quotation_is_quoted(text: str) -> None:
    assert contradictions(text, *FRS, "Requires improvement") == []


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # the sentence opens a quotation after the grade: the mark at its end closes that
        ("Avon Fire Brigade is good, in what one resident called ‘a safe pair of hands.’", "Good"),
        ("Avon Fire Brigade is good, in what one resident called 'a safe pair of hands.'", "Good"),
        # a closing mark that ends no sentence, or a grade after the quotation closed
        ("Avon Fire Brigade is good at protection, the ‘best in years’, partners agree", "Good"),
        ("Avon Fire Brigade is good at protection.", "Good"),
    ],
)
def test_round_73_other_marks_are_not_a_quotation_s_end(
    reader: Grammar, text: str, grade: str
) -> None:
    assert unqualified_grades(reader, text) == [grade]


def test_round_73_a_narrative_of_our_own_after_a_quotation_is_still_read() -> None:
    text = (
        "A resident told us: ‘They came the same day. It was good.’ "
        "Avon Fire Brigade is outstanding at prevention."
    )
    found = contradictions(text, *FRS, "Requires improvement", ("narrative-contradicts-grade",))
    assert len(found) == 1  # our sentence, not the quotation's
    assert "'Avon Fire Brigade is outstanding at prevention'" in found[0]
