"""Sentence grammar for the 依申请公开 / 行政复议诉讼 facts in report prose.

The annotation guideline these building blocks implement lives in one place,
``annotations/GUIDELINES.md`` (what each label covers, span boundaries, what stays ``O``); the
synthetic generator, human annotators and Label Studio users all follow it. Pieces here are
labelled so that offsets are exact by construction.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from infer.tables.templates import NOT_PROCESSED_ROWS, UNAVAILABLE_ROWS, WITHHELD_ROWS
from train.synth.values import NumberStyle, render_count


@dataclass
class Seg:
    text: str
    label: str | None = None
    intent: str | None = None  # the field/suffix the phrase is meant to map to (checked in tests)


@dataclass
class Sentence:
    """A sentence as a list of segments; ``family`` names the phrasing family it exercises."""

    family: str
    segs: list[Seg] = field(default_factory=list)
    is_fact: bool = True
    parts: list[str] = field(default_factory=list)  # families of the sentences merged into this one

    def o(self, *texts: str) -> "Sentence":
        for t in texts:
            if t:
                if self.segs and self.segs[-1].label is None:
                    self.segs[-1].text += t
                else:
                    self.segs.append(Seg(t))
        return self

    def tag(self, label: str, text: str, intent: str | None = None) -> "Sentence":
        if not text:
            raise ValueError(f"empty {label} span")
        self.segs.append(Seg(text, label, intent))
        return self

    def extend(self, other: "Sentence") -> "Sentence":
        self.parts += [other.family] + other.parts
        for s in other.segs:
            if s.label is None:
                self.o(s.text)
            else:
                self.segs.append(Seg(s.text, s.label, s.intent))
        return self

    def all_families(self) -> set[str]:
        return {self.family, *self.parts}

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segs)


@dataclass
class Ctx:
    """What one passage shares: randomness, number style, unit, year, agency and the config."""

    rng: random.Random
    cfg: dict
    style: NumberStyle
    year: int
    unit: str  # main unit for requests: 件/条/项/个/份
    case_unit: str  # unit for cases: 件/起/宗/个
    subject: str  # 全区 / 我局 / 县政府及其工作部门 ...
    new_era: bool  # 2019+ vocabulary (予以公开, 不予处理 ...)

    def p(self, key: str, default: float) -> bool:
        return self.rng.random() < self.cfg.get("probabilities", {}).get(key, default)

    def choice(self, seq):
        return self.rng.choice(seq)

    def count(self, s: Sentence, value: int, unit: str | None = None, *, unit_p: float = 1.0) -> Sentence:
        """Append a COUNT (and its unit, as O)."""
        text = render_count(value, self.rng, self.style)
        u = self.unit if unit is None else unit
        if text == "零" and u == "件":  # 零件 reads as "spare parts": reports write 0件
            text = "0"
        s.tag("COUNT", text)
        if value >= 20 and value % 10 == 0 and self.rng.random() < 0.15:
            s.o(self.rng.choice(["余", "多"]))  # approximators stay outside the COUNT span
        if u and self.rng.random() < unit_p:
            s.o(u)
        return s

    def pct(self, part: int, total: int) -> str:
        from train.synth.values import percent

        return percent(part, total, self.rng)


Builder = Callable[[Ctx], Sentence]

# ---------------------------------------------------------------------------------------------------
# Phrase inventories (simplified; traditional forms come from OpenCC at render time). Each entry is
# the span text; the key is the field (suffix) it must map to via infer.lexicon.category_field.

#: Channel words that can stand directly before 申请/提交 ([当面]申请).
CHANNEL_ADJ: dict[str, tuple[str, ...]] = {
    "requests.channel.in_person": ("当面", "当面", "当面", "现场", "现场", "窗口", "来访"),
    "requests.channel.online": ("网络", "网络", "网上", "网上", "在线", "互联网", "网站"),
    "requests.channel.email": ("电子邮件", "电子邮件", "电子邮箱", "邮箱"),
    "requests.channel.mail": ("信函", "信函", "信函", "邮寄", "邮递", "来信", "信件"),
    "requests.channel.fax": ("传真",),
    "requests.channel.phone": ("电话",),
    "requests.channel.other": ("其他形式", "其它形式", "其他方式"),
}
#: Channel phrases used after 通过 (通过[政府网站]提交).
CHANNEL_VIA: dict[str, tuple[str, ...]] = {
    "requests.channel.in_person": ("政务服务窗口", "窗口", "现场"),
    "requests.channel.online": ("政府网站", "网上平台", "互联网", "依申请公开系统", "网上申请平台",
                                "门户网站", "网络"),
    "requests.channel.email": ("电子邮件", "电子邮箱"),
    "requests.channel.mail": ("信函", "邮寄", "邮政"),
    "requests.channel.fax": ("传真",),
    "requests.channel.phone": ("电话",),
    "requests.channel.other": ("其他渠道", "其他途径", "其他方式"),
}
CHANNEL_WEIGHTS = {"requests.channel.in_person": 5, "requests.channel.online": 6, "requests.channel.mail": 4,
                   "requests.channel.email": 2, "requests.channel.fax": 1, "requests.channel.phone": 0.4,
                   "requests.channel.other": 1.5}

APPLICANTS: dict[str, tuple[str, ...]] = {
    "requests.applicant.natural_person": ("自然人", "自然人", "自然人", "公民", "个人", "群众"),
    "requests.applicant.organization": ("法人或其他组织", "法人或其他组织", "法人和其他组织", "企业",
                                        "社会组织", "法人"),
}

OUTCOMES_OLD: dict[str, tuple[str, ...]] = {
    "requests.outcome.disclosed": ("同意公开", "同意公开", "予以公开", "全部公开"),
    "requests.outcome.partial": ("同意部分公开", "部分公开"),
    "requests.outcome.withheld": ("不同意公开", "否决公开", "免于公开", "不予公开"),
    "requests.outcome.already_public": ("属于已主动公开范围", "属于已主动公开范围", "已主动公开"),
    "requests.outcome.nonexistent": ("申请信息不存在", "信息不存在", "政府信息不存在"),
    "requests.outcome.not_this_agency": ("不属于本行政机关公开", "不属于本机关", "非本机关政府信息",
                                         "不属于本单位"),
    "requests.outcome.unclear": ("申请内容不明确", "告知作出更改补充"),
    "requests.outcome.redirected": ("告知通过其他途径办理",),
    "requests.outcome.other": ("其他", "其它", "其它公开", "其他处理"),
}
OUTCOMES_NEW: dict[str, tuple[str, ...]] = {
    "requests.outcome.disclosed": ("予以公开", "予以公开", "予以公开", "同意公开"),
    "requests.outcome.partial": ("部分公开", "部分公开", "同意部分公开", "部分予以公开"),
    "requests.outcome.withheld": ("不予公开",),
    "requests.outcome.unavailable": ("无法提供",),
    "requests.outcome.not_processed": ("不予处理",),
    "requests.outcome.other": ("其他处理", "其他处理", "其他"),
}
#: Other ways reports word a sub-reason, after the form's own wording (``infer.tables.templates``, the one
#: place the form is written); a repeated entry weighs that wording more when the generator draws one.
_SUB_VARIANTS: dict[str, tuple[str, ...]] = {
    "requests.outcome.withheld.state_secret": ("涉及国家秘密",),
    "requests.outcome.withheld.prohibited_by_law": ("法律行政法规禁止公开",),
    "requests.outcome.withheld.three_safety": ("危及三安全一稳定",),
    "requests.outcome.withheld.third_party": ("涉及第三方合法权益",),
    "requests.outcome.withheld.internal_affairs": ("内部事务信息",),
    "requests.outcome.withheld.process_info": ("过程性信息",),
    "requests.outcome.unavailable.not_held": ("本机关不掌握相关政府信息", "本机关不掌握"),
    "requests.outcome.unavailable.needs_creation": ("需要另行制作",),
}


def _form_subs(group: str, rows: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """A group's sub-reasons: the form's wording first, then the variants above."""
    return {f"{group}.{k}": (label, *_SUB_VARIANTS.get(f"{group}.{k}", ())) for k, label in rows}


#: 2019+ sub-reasons, under their parent outcome.
OUTCOME_SUBS: dict[str, dict[str, tuple[str, ...]]] = {
    "requests.outcome.withheld": _form_subs("requests.outcome.withheld", WITHHELD_ROWS),
    "requests.outcome.unavailable": _form_subs("requests.outcome.unavailable", UNAVAILABLE_ROWS),
    "requests.outcome.not_processed": _form_subs("requests.outcome.not_processed", NOT_PROCESSED_ROWS),
    "requests.outcome.other": {
        "requests.outcome.other.overdue_correction": ("申请人无正当理由逾期不补正", "逾期不补正"),
        "requests.outcome.other.unpaid_fee": ("逾期未按收费通知要求缴纳费用",),
    },
}

CASES: dict[str, tuple[str, ...]] = {
    "review": ("行政复议", "行政复议", "行政复议", "复议"),
    "litigation": ("行政诉讼", "行政诉讼", "行政诉讼", "诉讼"),
    "complaints": ("申诉", "举报", "行政申诉"),
}

#: Result phrases per case type and result kind.
RESULTS: dict[str, dict[str, tuple[str, ...]]] = {
    "review": {
        "upheld": ("维持", "维持", "维持原行政行为", "驳回复议申请", "维持原答复", "维持原告知", "驳回申请人的复议请求"),
        "corrected": ("纠正", "纠正", "撤销", "责令重新答复", "确认违法", "撤销原答复", "责令限期重新作出答复"),
        "other": ("其他结果", "撤回复议申请", "终止", "终止审理", "撤回申请"),
        "pending": ("尚未审结", "正在审理中", "尚在审理中", "仍在审理中"),
    },
    "litigation": {
        "upheld": ("判决驳回原告诉讼请求", "驳回诉讼请求", "裁定驳回起诉", "维持", "判决驳回", "维持原判", "胜诉",
                   "判决驳回其全部诉讼请求", "裁定驳回原告起诉"),
        "corrected": ("判决履行法定职责", "败诉", "判决撤销", "判决确认违法", "纠正", "判决撤销被诉答复",
                      "责令重新答复"),
        "other": ("撤诉", "撤诉", "其他结果", "调解结案", "终结", "撤回起诉", "裁定准许撤诉"),
        "pending": ("尚未审结", "正在审理中", "正在审理过程中", "尚在审理中", "仍在审理中"),
    },
}
REQUEST_OBJECTS = ("政府信息公开申请", "政府信息公开申请", "政府信息公开申请", "依申请公开申请",
                   "信息公开申请", "有关政府信息公开的申请", "依申请公开事项", "依申请公开件")
RECEIVE_VERBS = ("受理", "受理", "受理", "收到", "收到", "接到", "新收", "办理", "接收")
TIME_PHRASES = ("{y}年", "{y}年度", "本年度", "全年", "报告期内", "{y}年全年", "今年以来")
