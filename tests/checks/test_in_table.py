"""`in-table`: a value is, or is not, listed in a pack table (the built-in `forces`)."""

from __future__ import annotations

from tests.checks.conftest import context, draft, hits, make, on, pack_with, rejected

WELSH = {
    "type": "in-table",
    "field": "subject",
    "table": "forces",
    "columns": ["force_name"],
    "where": {"country": "Wales"},
    "flag": "listed",
}
GWENT = {
    "force_id": "gwent",
    "force_name": "Gwent Police",
    "country": "Wales",
    "welsh_name": "Heddlu Gwent",
    "aliases": "",
}


def test_listed_reports_a_value_found_with_its_row() -> None:
    (hit,) = hits(make(WELSH), draft(), "inspection")
    assert hit.path == "inspection.subject"
    assert hit.snippet == "Gwent Police"
    assert hit.values == {"value": "Gwent Police", **GWENT}
    assert hits(make(WELSH), draft(subject="Kent Police"), "inspection") == []


def test_unlisted_reports_a_value_not_found() -> None:
    check = make({**WELSH, "flag": "unlisted"})
    assert hits(check, draft(), "inspection") == []
    (hit,) = hits(check, draft(subject="Gwent Constabulary"), "inspection")
    assert hit.values == {"value": "Gwent Constabulary"}


def test_where_keeps_only_the_rows_it_names() -> None:
    assert hits(make(WELSH), draft(subject="Kent Police"), "inspection") == []  # in England
    england = make({**WELSH, "where": {"country": "England"}})
    assert len(hits(england, draft(subject="Kent Police"), "inspection")) == 1
    anywhere = make({**WELSH, "where": {}})
    assert len(hits(anywhere, draft(subject="Kent Police"), "inspection")) == 1


def test_matching_ignores_case_spaces_and_reads_ampersand_as_and() -> None:
    check = make({**WELSH, "where": {}})
    for subject in ("GWENT  police", " gwent police ", "Avon and Somerset Constabulary"):
        assert len(on(check, {"subject": subject})) == 1, subject
    assert on(check, {"subject": "Gwent Police Service"}) == []


def test_any_of_the_columns_may_hold_the_value() -> None:
    check = make({**WELSH, "columns": ["force_name", "welsh_name"]})
    (hit,) = on(check, {"subject": "Heddlu Gwent"})
    assert hit.values["force_name"] == "Gwent Police"
    assert on(make(WELSH), {"subject": "Heddlu Gwent"}) == []


def test_at_points_the_finding_elsewhere() -> None:
    check = make({**WELSH, "at": "welsh_version"})
    (hit,) = hits(check, draft(), "inspection")
    assert hit.path == "inspection.welsh_version"


def test_absent_blank_and_non_text_values_pass() -> None:
    for check in (make(WELSH), make({**WELSH, "flag": "unlisted"})):
        for node in ({}, {"subject": None}, {"subject": "  "}, {"subject": 3}, "Gwent Police"):
            assert on(check, node) == [], node


def test_the_table_and_its_columns_are_checked_when_loaded() -> None:
    assert "no table named 'force' (known: forces" in rejected({**WELSH, "table": "force"})
    assert "(known: none)" in rejected(WELSH, pack=pack_with(tables={}))
    two = pack_with(tables={"forces": [], "services": []})
    assert "no table named 'force' (known: forces, services)" in rejected(
        {**WELSH, "table": "force"}, pack=two
    )
    one_row = pack_with(tables={"forces": [{"force_name": "Gwent Police", "country": "Wales"}]})
    assert len(hits(make(WELSH, pack=one_row), context(draft(), pack=one_row), "inspection")) == 1
    message = rejected({**WELSH, "columns": ["name"]})
    assert "table 'forces' has no column 'name'" in message
    message = rejected({**WELSH, "where": {"nation": "Wales"}})
    assert "table 'forces' has no column 'nation'" in message
    assert make({**WELSH, "columns": ["name"]}, pack=pack_with(tables={"forces": []}))
    assert rejected({**WELSH, "columns": []})
    assert rejected({**WELSH, "flag": "found"})
