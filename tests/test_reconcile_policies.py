"""Reconciliation policies that keep a linker error from posing as the report's own disagreement.

Facts are hand-made; the passages in comments are invented to say where such facts come from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from infer.reconcile import PART_GROUPS, over_read, reconcile
from infer.result import ProseFact, TableFact


def P(key: str, value: float, start: int = 0, score: float = 1.0) -> ProseFact:
    return ProseFact(field=key, value=value, start=start, end=start + len(str(value)), text=str(value), score=score)


def T(key: str, value: float) -> TableFact:
    return TableFact(field=key, value=value, row="", column="总计", start=0, end=1)


@dataclass
class Table:
    facts: list = field(default_factory=list)


def rows(result) -> dict:
    return {r.field: r for r in result.rows}


_CASE_TABLE = [T("litigation.total", 1), T("litigation.upheld", 0), T("litigation.corrected", 0),
               T("litigation.other", 0), T("litigation.pending", 1)]


def test_one_number_read_as_every_result_of_one_case_is_judged_by_the_table():
    # 本年度被提起行政诉讼1件，法院尚未作出判决。 — the "1" read as the total and as all four results
    facts = [P("litigation.total", 1, 40)] + [P(f"litigation.{r}", 1, 40) for r in ("upheld", "corrected", "other", "pending")]
    res = reconcile(facts, Table(_CASE_TABLE))
    got = rows(res)
    assert got["litigation.total"].status == "match"
    assert got["litigation.pending"].status == "match"
    for r in ("upheld", "corrected", "other"):
        assert got[f"litigation.{r}"].status == "table_only", r
        assert "cannot all be" in got[f"litigation.{r}"].explanation
    # the prose self-check is not blamed for the tool's confusion
    assert all(c.passed for c in res.prose_checks)


def test_an_over_read_number_with_no_table_confirmation_raises_nothing():
    facts = [P("review.total", 1, 10), P("review.upheld", 1, 10), P("review.corrected", 1, 10)]
    res = reconcile(facts, Table([T("review.total", 1), T("review.upheld", 0), T("review.corrected", 0),
                                  T("review.other", 1)]))
    assert not [r for r in res.rows if r.status == "mismatch"]


def test_readings_that_fit_the_total_are_kept_and_can_disagree():
    # 行政复议2件，维持和纠正各1件。 — one "1" for two results of two cases: possible, so reconciled
    facts = [P("review.total", 2, 5), P("review.upheld", 1, 20), P("review.corrected", 1, 20)]
    res = reconcile(facts, Table([T("review.total", 2), T("review.upheld", 2), T("review.corrected", 0)]))
    got = rows(res)
    assert got["review.upheld"].status == "mismatch" and got["review.corrected"].status == "mismatch"


def test_distributed_zeros_are_never_over_read():
    # 本年度无不予公开、无法提供的情况。 — one zero word for two outcomes
    facts = [P("requests.outcome.withheld", 0, 7), P("requests.outcome.unavailable", 0, 7)]
    assert over_read(facts, {"requests.outcome.total": 0}) == {}


def test_the_bound_is_the_tables_total_when_the_prose_gives_none():
    # 通过信函、网络提交申请15件 read as a mail count and an online count of 15 each, table received 15
    facts = [P("requests.channel.mail", 15, 30), P("requests.channel.online", 15, 30)]
    table = Table([T("requests.received", 15), T("requests.channel.mail", 4), T("requests.channel.online", 11)])
    got = rows(reconcile(facts, table))
    assert got["requests.channel.mail"].status == "table_only"
    assert got["requests.channel.online"].status == "table_only"


def test_separate_numbers_are_never_judged_together():
    # two statements, two numbers: an ordinary disagreement is still raised
    facts = [P("litigation.total", 1, 5), P("litigation.upheld", 1, 30), P("litigation.corrected", 1, 60)]
    got = rows(reconcile(facts, Table(_CASE_TABLE)))
    assert got["litigation.upheld"].status == "mismatch"


def test_without_a_table_the_prose_values_are_still_shown():
    facts = [P("litigation.total", 1, 40), P("litigation.upheld", 1, 40), P("litigation.pending", 1, 40)]
    res = reconcile(facts, None)
    assert {r.field: r.status for r in res.rows} == {k: "prose_only" for k in
                                                      ("litigation.total", "litigation.upheld", "litigation.pending")}


def test_part_groups_cover_every_case_result_and_sub_reason():
    parts = {p for _, ps in PART_GROUPS for p in ps}
    assert {"review.pending", "litigation.direct.other", "requests.outcome.withheld.state_secret",
            "requests.channel.fax", "requests.applicant.organization"} <= parts


def test_a_plain_group_value_equal_to_one_sub_row_by_chance_is_a_real_disagreement():
    # 不予公开2件。 against a table whose 不予公开 is 3 (国家秘密 2, 第三方 1): the prose names no sub-reason
    table = Table([T("requests.outcome.withheld", 3), T("requests.outcome.withheld.state_secret", 2),
                   T("requests.outcome.withheld.third_party", 1)])
    got = rows(reconcile([P("requests.outcome.withheld", 2)], table))
    assert got["requests.outcome.withheld"].status == "mismatch"
    # 因属于国家秘密不予公开2件。 gives the sub-reason and (by the guideline) the group: explained
    got = rows(reconcile([P("requests.outcome.withheld", 2, 9), P("requests.outcome.withheld.state_secret", 2, 9)], table))
    assert got["requests.outcome.withheld"].status == "explained"
    assert got["requests.outcome.withheld.state_secret"].status == "match"


def test_the_gold_follows_the_same_identities():
    from infer.evaluate import gold_disagreements

    table = {"requests.outcome.withheld": 3, "requests.outcome.withheld.state_secret": 2,
             "requests.received": 20, "requests.carried_over": 2}
    assert gold_disagreements({"requests.outcome.withheld": 2}, table) == {"requests.outcome.withheld"}
    assert gold_disagreements({"requests.outcome.withheld": 2, "requests.outcome.withheld.state_secret": 2},
                              table) == set()
    assert gold_disagreements({"requests.received": 22}, table) == set()


def test_old_categories_that_share_one_new_row_are_explained_together():
    # 信息不存在5件，非本机关职责范围2件。 against a 2021 table row 本机关不掌握相关政府信息 7
    facts = [P("requests.outcome.nonexistent", 5, 3), P("requests.outcome.not_this_agency", 2, 12)]
    got = rows(reconcile(facts, Table([T("requests.outcome.unavailable.not_held", 7)])))
    for key in ("requests.outcome.nonexistent", "requests.outcome.not_this_agency"):
        assert got[key].status == "explained" and "5 + 2" in got[key].explanation
    got = rows(reconcile(facts, Table([T("requests.outcome.unavailable.not_held", 6)])))
    assert got["requests.outcome.nonexistent"].status == "prose_only"


def test_a_value_explained_by_an_identity_beside_an_extra_reading_is_explained():
    # 共办理申请50件（含上年结转5件）……其中县住建局12件。 — the 12 is one department's, read as received
    facts = [P("requests.received", 50, 5), P("requests.received", 12, 40)]
    table = Table([T("requests.received", 45), T("requests.carried_over", 5)])
    row = rows(reconcile(facts, table))["requests.received"]
    assert row.status == "explained" and row.prose == 50 and "12 (unexplained)" in row.explanation
    # neither value accounted for: a mismatch
    row = rows(reconcile([P("requests.received", 49, 5), P("requests.received", 12, 40)], table))["requests.received"]
    assert row.status == "mismatch"
