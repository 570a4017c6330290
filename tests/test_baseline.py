"""The regex baseline on sentences written for these tests: what it finds, and what it honestly misses."""
from __future__ import annotations

from infer.baseline import extract_prose


def facts(text: str) -> dict[str, int | float]:
    out: dict[str, int | float] = {}
    for f in extract_prose(text):
        assert text[f.start:f.end] == f.text
        assert f.field not in out, f"two values for {f.field}"
        out[f.field] = f.value
    return out


def test_channels_both_orders_and_received_total():
    got = facts("本年度全区共受理政府信息公开申请412件，其中58件当面申请、网上申请301件、39件信函申请、其他形式申请14件。")
    assert got == {"requests.received": 412, "requests.channel.in_person": 58,
                   "requests.channel.online": 301, "requests.channel.mail": 39,
                   "requests.channel.other": 14}


def test_traditional_script():
    got = facts("本年共收到政府信息公開申請1342件。其中，當面提交申請的944件，占70.3%；網路提交申請的398件，占29.7%。")
    assert got == {"requests.received": 1342, "requests.channel.in_person": 944,
                   "requests.channel.online": 398}


def test_outcomes_longest_keyword_wins():
    got = facts("同意公开答复88件，不予公开答复9件，同意部分公开答复4件，不属于本行政机关公开12件。")
    assert got == {"requests.outcome.disclosed": 88, "requests.outcome.withheld": 9,
                   "requests.outcome.partial": 4, "requests.outcome.not_this_agency": 12}


def test_cases_and_results_take_the_case_of_the_sentence():
    got = facts("发生行政复议案件4件，行政诉讼案件9件，其中3件原告撤诉，2件判决驳回诉讼请求，4件正在审理。")
    assert got == {"review.total": 4, "litigation.total": 9, "litigation.other": 3,
                   "litigation.upheld": 2, "litigation.pending": 4}


def test_zeros_fees_and_wan_yuan():
    assert facts("本年度未收到政府信息公开申请。") == {"requests.received": 0}
    assert facts("全年未发生涉及政府信息公开的行政复议和行政诉讼案件。") == {"review.total": 0, "litigation.total": 0}
    assert facts("依申请公开工作无收费。") == {"fees.amount_yuan": 0}
    assert facts("全年收取检索复制费用0.12万元。") == {"fees.amount_yuan": 1200}


def test_not_counts():
    assert facts("网上申请占87.5%。") == {}
    assert facts("自信息形成之日起20个工作日内予以公开。") == {}
    assert facts("开展网上访谈17次。") == {}  # a channel keyword without an application
    assert facts("当面申请数 | 12 | 0\n") == {}  # a table row


def test_plain_baseline_limits_are_real():
    # Honest misses the model is meant to close: the count far from its keyword, and bare 其他.
    assert "requests.channel.online" not in facts("通过政府门户网站依申请公开系统在线提交的申请，全年共计77件。")
    assert "requests.outcome.other" not in facts("“其他”763件。")
