"""The field schema: the stable keys every output of nianbao uses.

These keys are a contract with users (``../shared/schema/fields.tsv``). They are written out here,
once, because the tool must run where that file is absent; ``tests/test_schema.py`` checks that this
module and the shared file never drift apart. Everything else imports :data:`FIELDS` / :func:`field`.
"""
from __future__ import annotations

from dataclasses import dataclass

from infer.tables.templates import (CASE_RESULTS, NOT_PROCESSED_ROWS, OTHER_ROWS, UNAVAILABLE_ROWS,
                                    WITHHELD_ROWS)


@dataclass(frozen=True)
class Field:
    """One statistic a report can state."""

    key: str
    zh: str
    group: str  # the leading part of the key: requests, review, litigation, ...
    parent: str | None = None  # the key this one is a sub-row of (summed into it)


def _f(key: str, zh: str, parent: str | None = None) -> Field:
    return Field(key=key, zh=zh, group=key.split(".", 1)[0], parent=parent)


# the form's row wording is written once, in infer.tables.templates
_WITHHELD = list(WITHHELD_ROWS)
_UNAVAILABLE = list(UNAVAILABLE_ROWS)
_NOT_PROCESSED = list(NOT_PROCESSED_ROWS)
_OTHER = list(OTHER_ROWS)
_CASE_RESULTS = list(CASE_RESULTS)


def _build() -> list[Field]:
    out: list[Field] = [
        _f("requests.received", "本年新收到的政府信息公开申请数"),
        _f("requests.carried_over", "上年结转的申请数"),
        _f("requests.carried_forward", "结转下年度继续办理的申请数"),
        _f("requests.channel.in_person", "当面申请"),
        _f("requests.channel.online", "网络申请"),
        _f("requests.channel.email", "电子邮件申请"),
        _f("requests.channel.mail", "信函申请"),
        _f("requests.channel.fax", "传真申请"),
        _f("requests.channel.phone", "电话申请"),
        _f("requests.channel.other", "其他形式申请"),
        _f("requests.applicant.natural_person", "自然人申请"),
        _f("requests.applicant.organization", "法人或其他组织申请"),
        _f("requests.outcome.disclosed", "予以公开 / 同意公开"),
        _f("requests.outcome.partial", "部分公开"),
        _f("requests.outcome.withheld", "不予公开"),
    ]
    out += [_f(f"requests.outcome.withheld.{k}", zh, "requests.outcome.withheld") for k, zh in _WITHHELD]
    out.append(_f("requests.outcome.unavailable", "无法提供"))
    out += [_f(f"requests.outcome.unavailable.{k}", zh, "requests.outcome.unavailable") for k, zh in _UNAVAILABLE]
    out.append(_f("requests.outcome.not_processed", "不予处理"))
    out += [_f(f"requests.outcome.not_processed.{k}", zh, "requests.outcome.not_processed")
            for k, zh in _NOT_PROCESSED]
    out.append(_f("requests.outcome.other", "其他处理"))
    out += [_f(f"requests.outcome.other.{k}", zh, "requests.outcome.other") for k, zh in _OTHER]
    out += [
        _f("requests.outcome.total", "办理结果总计 / 答复总数"),
        _f("requests.outcome.already_public", "属于已主动公开范围"),
        _f("requests.outcome.nonexistent", "申请信息不存在"),
        _f("requests.outcome.not_this_agency", "不属于本行政机关公开 / 非本机关政府信息"),
        _f("requests.outcome.unclear", "申请内容不明确 / 告知作出更改补充"),
        _f("requests.outcome.redirected", "告知通过其他途径办理"),
    ]
    out += [_f(f"review.{k}", f"行政复议 {zh}") for k, zh in
            [("total", "总计"), ("upheld", "结果维持"), ("corrected", "结果纠正"),
             ("other", "其他结果"), ("pending", "尚未审结")]]
    out += [_f(f"litigation.{k}", f"行政诉讼 {zh}") for k, zh in
            [("total", "总计"), ("upheld", "结果维持"), ("corrected", "结果纠正"),
             ("other", "其他结果"), ("pending", "尚未审结")]]
    for sub, zh_sub in (("direct", "未经复议直接起诉"), ("after_review", "复议后起诉")):
        out += [_f(f"litigation.{sub}.{k}", f"行政诉讼 {zh_sub} {zh}") for k, zh in _CASE_RESULTS]
    out += [
        _f("complaints.total", "申诉 / 举报投诉"),
        _f("consultations.total", "咨询 (人次/件)"),
        _f("fees.amount_yuan", "收取的费用 (元)"),
        _f("proactive.total", "主动公开政府信息数 (条)"),
    ]
    return out


FIELDS: list[Field] = _build()
FIELD_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS)
_BY_KEY = {f.key: f for f in FIELDS}

#: The keys prose extraction is scored on (issue "From tags to facts"): requests.*, review.*,
#: litigation.*, complaints.total and fees.amount_yuan.
SCORED_PREFIXES: tuple[str, ...] = ("requests.", "review.", "litigation.", "complaints.total",
                                    "fees.amount_yuan")


#: Keys the contract says come from the 2019+ table only (fields.tsv: "2019+ table only"): the split of
#: lawsuits into 未经复议直接起诉 / 复议后起诉. A sentence that states them is read (so its count is not
#: taken for another field) but gives no prose fact; ``tests/test_schema.py`` keeps this in step with fields.tsv.
TABLE_ONLY_PREFIXES: tuple[str, ...] = ("litigation.direct.", "litigation.after_review.")


def is_prose_field(key: str) -> bool:
    """True when ``key`` may be a prose fact: a field the contract does not reserve for the table."""
    return is_field(key) and not key.startswith(TABLE_ONLY_PREFIXES)


def field(key: str) -> Field:
    """Return the field for ``key``; a typo is a bug, so it raises ``KeyError`` loudly."""
    return _BY_KEY[key]


def is_field(key: str) -> bool:
    return key in _BY_KEY


def is_scored(key: str) -> bool:
    """True when ``key`` belongs to the prose-scoring set."""
    return any(key == p or key.startswith(p) for p in SCORED_PREFIXES)


def children(key: str) -> list[str]:
    """Sub-rows whose sum is ``key`` (e.g. the eight reasons under 不予公开)."""
    return [f.key for f in FIELDS if f.parent == key]
