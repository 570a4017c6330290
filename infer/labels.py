"""The tag set of the prose tagger, defined once.

Span labels (what an annotator marks in Label Studio) and the BIO tags the token classifier predicts
are both derived from :data:`SPAN_LABELS`; the Label Studio config, the training data and the
decoder all import from here.

Why these labels: a fact in prose is a number plus what it counts. The number is ``COUNT`` (or a
zero assertion, ``ZERO``: 未/没有/无 in 未收到申请, 未发生行政复议). What it counts is one of the
category labels. ``RECEIVED``/``ANSWERED``/``CARRY_OVER``/``CARRY_FORWARD``/``FEE`` anchor the totals
and carry-overs that are not a channel or an outcome. Only numbers that count disclosure
requests, their results, reconsiderations/lawsuits/complaints or fees are ``COUNT``: percentages,
dates, years, phone numbers and counts of proactively published items stay ``O``.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpanLabel:
    name: str
    zh: str
    description: str
    color: str  # for the Label Studio config


SPAN_LABELS: tuple[SpanLabel, ...] = (
    SpanLabel("COUNT", "数量", "a numeral counting requests, cases, or a fee amount (248, ２４８, 两, 十二, 零)", "#e6194b"),
    SpanLabel("ZERO", "零断言", "a word asserting zero: 未/没有/无 in 未收到申请, 未发生行政复议, 无收费", "#911eb4"),
    SpanLabel("CHANNEL", "申请渠道", "how a request arrived: 当面, 网络, 信函, 传真, 电子邮件, 电话, 其他形式", "#3cb44b"),
    SpanLabel("APPLICANT", "申请人", "who applied: 自然人/公民, 法人或其他组织/企业", "#46f0f0"),
    SpanLabel("OUTCOME", "答复结果", "how a request was answered: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他 ...", "#4363d8"),
    SpanLabel("CASE", "案件类型", "行政复议, 行政诉讼, 申诉, 举报投诉", "#f58231"),
    SpanLabel("RESULT", "案件结果", "维持, 纠正, 撤诉, 驳回, 尚未审结, 正在审理 ...", "#f032e6"),
    SpanLabel("RECEIVED", "收到申请", "anchor of the request total: 受理/收到/接到 ... 申请", "#bcf60c"),
    SpanLabel("ANSWERED", "办结答复", "anchor of the answered total: 已答复, 办结, 答复总数", "#fabebe"),
    SpanLabel("CARRY_OVER", "上年结转", "requests carried over from last year: 上年结转", "#008080"),
    SpanLabel("CARRY_FORWARD", "结转下年", "requests carried into next year: 结转下年, 顺延至下一年度, 正在办理", "#9a6324"),
    SpanLabel("FEE", "收费", "fees charged for disclosure: 收费, 收取费用", "#800000"),
)

LABEL_NAMES: tuple[str, ...] = tuple(l.name for l in SPAN_LABELS)

#: BIO tags in a fixed order: ``O`` first, then ``B-X``/``I-X`` per label. The order is part of a
#: trained model's head, so append new labels at the end of SPAN_LABELS, never reorder.
BIO_TAGS: tuple[str, ...] = ("O",) + tuple(t for n in LABEL_NAMES for t in (f"B-{n}", f"I-{n}"))
TAG2ID: dict[str, int] = {t: i for i, t in enumerate(BIO_TAGS)}
ID2TAG: dict[int, str] = dict(enumerate(BIO_TAGS))

#: Labels that name what a number counts (everything except the number itself).
CATEGORY_LABELS: frozenset[str] = frozenset(LABEL_NAMES) - {"COUNT", "ZERO"}


def is_label(name: str) -> bool:
    return name in LABEL_NAMES
