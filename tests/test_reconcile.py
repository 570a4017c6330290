"""Reconciliation statuses and prose self-checks on hand-made facts (no model, no real text)."""
from dataclasses import dataclass, field

from infer.reconcile import reconcile
from infer.result import ProseFact, TableFact


def P(key, value):
    return ProseFact(field=key, value=value, start=0, end=1, text=str(value), score=1.0)


def T(key, value):
    return TableFact(field=key, value=value, row="", column="总计", start=0, end=1)


@dataclass
class Table:
    facts: list = field(default_factory=list)


def status(result, key):
    return {r.field: r for r in result.rows}[key]


def test_match_mismatch_only():
    r = reconcile([P("review.total", 0), P("litigation.total", 3)],
                  Table([T("review.total", 0), T("litigation.total", 2), T("requests.carried_over", 1)]))
    assert status(r, "review.total").status == "match"
    assert status(r, "litigation.total").status == "mismatch"
    assert status(r, "requests.carried_over").status == "table_only"


def test_received_explained_by_carry_over():
    r = reconcile([P("requests.received", 25)],
                  Table([T("requests.received", 23), T("requests.carried_over", 2)]))
    row = status(r, "requests.received")
    assert row.status == "explained" and "23" in row.explanation and "2" in row.explanation


def test_pre2019_category_against_2019_table_row():
    r = reconcile([P("requests.outcome.nonexistent", 5)],
                  Table([T("requests.outcome.unavailable.not_held", 5)]))
    assert status(r, "requests.outcome.nonexistent").status == "explained"


def test_prose_only_without_table():
    r = reconcile([P("requests.received", 125)], None)
    assert [x.status for x in r.rows] == ["prose_only"]


def test_outcomes_falling_short_of_received_fail_a_prose_check():
    facts = [P("requests.received", 412), P("requests.outcome.disclosed", 213),
             P("requests.outcome.withheld", 18), P("requests.outcome.nonexistent", 64),
             P("requests.outcome.not_this_agency", 23),
             P("requests.channel.in_person", 248), P("requests.channel.online", 71),
             P("requests.channel.mail", 75), P("requests.channel.other", 18)]
    checks = {c.rule: c for c in reconcile(facts, None).prose_checks}
    chan = next(c for r, c in checks.items() if "channels" in r)
    outc = next(c for r, c in checks.items() if "outcomes" in r)
    assert chan.passed and chan.actual == 412
    assert not outc.passed and outc.actual == 318 and outc.expected == 412


def test_two_prose_values_one_of_them_the_tables_is_a_match_that_names_the_other():
    # the prose's extra reading (a review about another matter, last year's figure) is named, not raised:
    # a linker error is far likelier than a report stating the table's value and another one
    r = reconcile([P("review.total", 1), P("review.total", 0)], Table([T("review.total", 0)]))
    row = status(r, "review.total")
    assert row.status == "match" and row.prose == 0 and "1 unexplained" in row.explanation


def test_two_prose_values_neither_the_tables_are_a_mismatch():
    r = reconcile([P("requests.received", 58), P("requests.received", 64)], Table([T("requests.received", 61)]))
    row = status(r, "requests.received")
    assert row.status == "mismatch" and "64" in row.explanation


def Pscore(key, value, score):
    return ProseFact(field=key, value=value, start=0, end=1, text=str(value), score=score)


def test_an_unsure_prose_fact_never_raises_a_mismatch():
    # the linker's low-score facts stay in the output but reconciliation ignores them
    r = reconcile([Pscore("requests.received", 40, 0.3)], Table([T("requests.received", 37)]))
    assert status(r, "requests.received").status == "table_only"
    r = reconcile([Pscore("requests.received", 40, 0.3), P("requests.received", 37)],
                  Table([T("requests.received", 37)]))
    assert status(r, "requests.received").status == "match"


def test_a_second_prose_value_explained_by_an_identity_is_no_mismatch():
    # prose 受理 31 (new) and, elsewhere, 办理 33 (new + carried over 2): both agree with the table
    r = reconcile([P("requests.received", 31), P("requests.received", 33)],
                  Table([T("requests.received", 31), T("requests.carried_over", 2)]))
    row = status(r, "requests.received")
    assert row.status == "match" and "33" in row.explanation


def test_every_prose_value_explained_is_explained():
    r = reconcile([P("requests.outcome.total", 30)],
                  Table([T("requests.outcome.total", 27), T("requests.carried_forward", 3)]))
    assert status(r, "requests.outcome.total").status == "explained"
    r = reconcile([P("requests.outcome.total", 31)],
                  Table([T("requests.outcome.total", 27), T("requests.carried_forward", 3)]))
    assert status(r, "requests.outcome.total").status == "mismatch"


def test_a_real_disagreement_is_raised():
    # prose and table count the same quantity and differ: the reader must see it
    r = reconcile([P("requests.channel.online", 6), P("requests.channel.mail", 2)],
                  Table([T("requests.channel.online", 2), T("requests.channel.mail", 6)]))
    assert status(r, "requests.channel.online").status == "mismatch"
    assert status(r, "requests.channel.mail").status == "mismatch"


def test_a_group_given_through_one_sub_reason_is_explained_by_that_sub_row():
    # prose: 因本机关不掌握…无法提供12件 (not_held 12, and by the guideline unavailable 12)
    r = reconcile([P("requests.outcome.unavailable.not_held", 12), P("requests.outcome.unavailable", 12)],
                  Table([T("requests.outcome.unavailable.not_held", 12), T("requests.outcome.unavailable.needs_creation", 3),
                         T("requests.outcome.unavailable", 15)]))
    assert status(r, "requests.outcome.unavailable.not_held").status == "match"
    row = status(r, "requests.outcome.unavailable")
    assert row.status == "explained" and "not_held" in row.explanation
    # a group value that is no sub-row of the table is still a mismatch
    r = reconcile([P("requests.outcome.unavailable", 13)],
                  Table([T("requests.outcome.unavailable.not_held", 12), T("requests.outcome.unavailable", 15)]))
    assert status(r, "requests.outcome.unavailable").status == "mismatch"
