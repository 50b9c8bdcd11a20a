"""`date`: a date lies between limits computed for the draft (e.g. cycle start and today)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.checks.conftest import context, draft, hits, make, on, pack_with, rejected

PUBLISHED = {
    "type": "date",
    "field": "published",
    "not_before": "context('cycle_starts')",
    "not_after": "context('today')",
}


def published(value: str, **where: str) -> str:
    text = draft(**where)
    return text.replace("}\n", f", published: {value}}}\n", 1)


def test_a_date_between_the_limits_passes_the_limits_included() -> None:
    check = make(PUBLISHED)
    for value in ("2023-01-01", "2024-03-10", "2025-06-01"):  # cycle start, middle, today
        assert hits(check, published(value), "inspection") == [], value


def test_a_date_before_not_before_is_too_early() -> None:
    (hit,) = hits(make(PUBLISHED), published("2022-12-31"), "inspection")
    assert hit.path == "inspection.published"
    assert hit.snippet == "2022-12-31"
    assert hit.values == {
        "value": "2022-12-31",
        "limit": "2023-01-01",
        "problem": "before 2023-01-01",
    }


def test_a_date_after_not_after_is_too_late() -> None:
    (hit,) = hits(make(PUBLISHED), published("2025-06-02"), "inspection")
    assert hit.values == {
        "value": "2025-06-02",
        "limit": "2025-06-01",
        "problem": "after 2025-06-01",
    }


def test_each_limit_works_alone() -> None:
    early = make({"type": "date", "field": "published", "not_before": "'2024-01-01'"})
    assert len(hits(early, published("2023-06-01"), "inspection")) == 1
    assert hits(early, published("2030-01-01"), "inspection") == []
    late = make({"type": "date", "field": "published", "not_after": "'2024-01-01'"})
    assert len(hits(late, published("2030-01-01"), "inspection")) == 1
    assert hits(late, published("2023-06-01"), "inspection") == []


def test_too_early_and_too_late_word_the_problem() -> None:
    check = make(
        {**PUBLISHED, "too_early": "before the cycle began on {limit}", "too_late": "in the future"}
    )
    (hit,) = hits(check, published("2020-01-01"), "inspection")
    assert hit.values["problem"] == "before the cycle began on 2023-01-01"
    (hit,) = hits(check, published("2026-01-01"), "inspection")
    assert hit.values["problem"] == "in the future"


@pytest.mark.parametrize("value", ["not a date", "2024-13-01", "2024", 20240101, None, True])
def test_an_unreadable_or_absent_date_passes(value: object) -> None:
    # the draft schema reports these in `published`; a rule may also read a text field
    assert on(make(PUBLISHED), {"published": value}) == []
    assert on(make(PUBLISHED), {"subject": "Gwent Police"}) == []
    assert hits(make(PUBLISHED), published("null"), "inspection") == []


def test_a_limit_that_gives_null_or_no_date_is_not_applied() -> None:
    no_cycles = pack_with(programmes={})  # context('cycle_starts') is null
    ctx = context(published("1999-01-01"), pack=no_cycles)
    assert hits(make(PUBLISHED, pack=no_cycles), ctx, "inspection") == []
    check = make({"type": "date", "field": "published", "not_before": "subject"})  # not a date
    assert hits(check, published("1999-01-01"), "inspection") == []


def test_dates_as_values_and_text_with_spaces_are_read() -> None:
    check = make({"type": "date", "field": "on", "not_before": "since", "not_after": "until"})
    limits = {"since": " 2024-01-01 ", "until": dt.datetime(2024, 12, 31, 23, 0)}
    assert on(check, {"on": dt.date(2024, 6, 1), **limits}) == []
    (hit,) = on(check, {"on": dt.datetime(2025, 1, 1, 9, 30), **limits})
    assert hit.values["value"] == "2025-01-01"
    assert hit.values["limit"] == "2024-12-31"
    (hit,) = on(check, {"on": " 2023-12-31\n", **limits})
    assert hit.values["problem"] == "before 2024-01-01"


def test_a_limit_is_needed_and_templates_take_only_limit() -> None:
    assert "give `not_before`, `not_after` or both" in rejected(
        {"type": "date", "field": "published"}
    )
    message = rejected({**PUBLISHED, "too_late": "after {value}"})
    assert "`too_late` may only use the placeholder {limit}" in message
    message = rejected({**PUBLISHED, "too_early": "before {limit} ({when})"})
    assert "`too_early` may only use the placeholder {limit}" in message
    assert "field" in rejected({"type": "date", "not_before": "'2024-01-01'"})
