"""Annotation guideline and sentence grammar for the 依申请公开 / 行政复议诉讼 facts in report prose.

ANNOTATION GUIDELINE (the synthetic generator, the human annotators and Label Studio users all follow
this; ``annotations/GUIDELINES.md`` carries the same text)
==============================================================================================

A span marks the *shortest phrase that carries the meaning*; surrounding function words (共, 已,
已经, 均, 并, 其中, 的, 为, 被, 通过, 数, 总数, 案/案件, 申请 after a channel) stay outside. Spans never
overlap and never include punctuation, except quotes inside a fixed name (危及“三安全一稳定”);
quotes around a phrase (“[其他]”) stay outside.

Only mentions that *state a disclosure statistic* are tagged: a category mention is tagged when a
count (``COUNT``) or a zero assertion (``ZERO``) belongs to it in the same passage. Generic mentions
(进一步规范依申请公开受理流程, 避免行政复议和行政诉讼纠错的发生, 自形成之日起20个工作日内予以公开,
均在法定期限内予以答复, 登记、审查、办理、答复、归档), headings (四、行政复议和行政诉讼情况) and
look-alike statistics that are not about disclosure requests (受理行政许可事项1946项, 12345热线受理
群众诉求59835件、已办结…, 行政事业性收费14项, 收到网友留言11条, 接受咨询75015人次) stay ``O``.
So do assertions about things outside the schema (未发生政府信息公开申请不予受理的情况: 不予受理 is
not an outcome of the schema).

COUNT
    The numeral only: 373 in 373件, ２２５, 1,234, 两 in 两件, 十二, 一百零五, 0/零 in 均为0件. Not the
    unit (件/条/项/宗/起/个/份/人次/元/万元: [1.5]万元, the linker multiplies by 万) and not
    approximators ([20]余件). COUNT is only a number that counts disclosure requests, their
    channels/applicants/outcomes, answered totals, carry-overs, reconsiderations/lawsuits/complaints
    and their results, or a disclosure fee. Restated totals are COUNT too (在[3561]件申请中).
    NOT COUNT: percentages (占87.08%, 答复率100%), years and dates, phone numbers, postcodes,
    document numbers (〔2021〕30号), ordinals (第53次), counts of proactively published items,
    meetings, trainings, hotline cases, and year-on-year deltas (较上年增加12件).
ZERO
    The negation word only: [未]收到申请, 均[未]发生行政复议, [无]收费情况, [没有]收取费用, 暂[不]收费,
    实行[零]收费. One ZERO may cover several categories ([未]发生[行政复议]、[行政诉讼]). A written
    number zero (0件, 均为零) is COUNT, not ZERO.
CHANNEL
    The minimal phrase naming how a request arrived, without 申请/提交/方式 around it: [当面]申请,
    [网上]申请, 通过[政府网站]提交, 通过[电子邮件], [信函]提交的, [传真]申请数, [其他形式]申请
    (其他形式/其他方式/其他渠道 are the channel's name and stay whole).
APPLICANT
    Who applied: [自然人], [公民], [法人或其他组织], [商业企业], [企业] (without 申请/提出).
OUTCOME
    The outcome phrase, without 答复/数/件/的 and without quotes: [予以公开], [同意部分公开]答复,
    [不同意公开]答复数, “[属于已主动公开范围]数”, [申请信息不存在], [不属于本行政机关公开],
    [免于公开], [其他处理], “[其他]”. 2019+ sub-reasons are OUTCOME spans of their own:
    [属于国家秘密], [本机关不掌握相关政府信息], [重复申请], [申请人无正当理由逾期不补正] (the whole
    reason, so 没有/举报 inside it are not ZERO/CASE). 因[本机关不掌握相关政府信息][无法提供]2件 has two.
CASE
    The case type that is counted or zero-asserted: [行政复议], [行政诉讼], [复议], [诉讼],
    [行政申诉], [申诉], [举报] (without 案/案件/申请). 复议 inside a result phrase (复议维持,
    经复议后被维持) is not tagged.
RESULT
    The whole result predicate, including 判决/裁定 and the object, without the subject
    (原告/法院/复议机关), passive 被, court level (一审/二审) or a leading 结果: [维持], [纠正], [撤销],
    [责令重新答复], 原告[撤诉], [判决驳回诉讼请求], 一审[判决驳回], 二审[维持原判],
    [判决履行信息公开职责], [撤回复议申请], [其他结果], [尚未审结], [正在审理过程中], [尚在审理中].
RECEIVED
    The verb of receiving disclosure requests: [受理], [收到], [接到], [新收], [接收], [办理]
    (全年[办理]政府信息公开申请218件); 共/累计/全年 stay outside. A receiving verb whose object is a
    case (收到1份行政复议申请, 办理…行政复议36起) is not RECEIVED: the CASE span carries it.
ANSWERED
    The answering verb with its completive: 已[答复], [答复完毕], [处理完毕], 共[办结], [答复]总数
    (已/已经/均/共 and 总数/数 stay outside). 答复 after an outcome (同意公开答复) is in no span.
CARRY_OVER
    [上年结转], [上年度结转], [上一年度结转].
CARRY_FORWARD
    The whole carry phrase with its target, without 办理/继续办理: [结转下年度]继续办理,
    [顺延至下一年度]办理, [结转至2026年] (the year is part of the phrase, never COUNT),
    [正在办理中] (when it counts requests still open).
FEE
    The charging verb with its object: [收费], [收取费用], [收取任何费用], [收取信息处理费]; 收费 in
    行政事业性收费 / 涉企收费 / 收费项目 is not FEE.

These decisions agree with the real-corpus specs (annotations/specs/README.md).

This module holds that guideline and the building blocks of the grammar: :class:`Sentence` (text
segments, some labelled, so every span is character-exact by construction) and the phrase
inventories. Phrasing families that combine them live in :mod:`train.synth.families`.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

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
    subject: str  # 全区 / 我局 / 市政府和市直各部门 ...
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
                                        "商业企业", "社会组织", "法人"),
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
#: 2019+ sub-reasons, under their parent outcome.
OUTCOME_SUBS: dict[str, dict[str, tuple[str, ...]]] = {
    "requests.outcome.withheld": {
        "requests.outcome.withheld.state_secret": ("属于国家秘密", "涉及国家秘密"),
        "requests.outcome.withheld.prohibited_by_law": ("其他法律行政法规禁止公开", "法律行政法规禁止公开"),
        "requests.outcome.withheld.three_safety": ("危及“三安全一稳定”", "危及三安全一稳定"),
        "requests.outcome.withheld.third_party": ("保护第三方合法权益", "涉及第三方合法权益"),
        "requests.outcome.withheld.internal_affairs": ("属于三类内部事务信息", "内部事务信息"),
        "requests.outcome.withheld.process_info": ("属于四类过程性信息", "过程性信息"),
        "requests.outcome.withheld.enforcement_file": ("属于行政执法案卷",),
        "requests.outcome.withheld.admin_query": ("属于行政查询事项",),
    },
    "requests.outcome.unavailable": {
        "requests.outcome.unavailable.not_held": ("本机关不掌握相关政府信息", "本机关不掌握相关政府信息",
                                                  "本机关不掌握"),
        "requests.outcome.unavailable.needs_creation": ("没有现成信息需要另行制作", "需要另行制作"),
        "requests.outcome.unavailable.unclear": ("补正后申请内容仍不明确",),
    },
    "requests.outcome.not_processed": {
        "requests.outcome.not_processed.complaint": ("信访举报投诉类申请",),
        "requests.outcome.not_processed.duplicate": ("重复申请",),
        "requests.outcome.not_processed.publication": ("要求提供公开出版物",),
        "requests.outcome.not_processed.mass_repeat": ("无正当理由大量反复申请",),
        "requests.outcome.not_processed.confirm": ("要求行政机关确认或重新出具已获取信息",),
    },
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
        "upheld": ("维持", "维持", "维持原行政行为", "驳回复议申请", "维持原答复"),
        "corrected": ("纠正", "纠正", "撤销", "责令重新答复", "确认违法"),
        "other": ("其他结果", "撤回复议申请", "终止"),
        "pending": ("尚未审结", "正在审理中", "尚在审理中"),
    },
    "litigation": {
        "upheld": ("判决驳回诉讼请求", "驳回诉讼请求", "裁定驳回起诉", "维持", "判决驳回", "维持原判", "胜诉"),
        "corrected": ("判决履行信息公开职责", "败诉", "判决撤销", "判决确认违法", "纠正"),
        "other": ("撤诉", "撤诉", "其他结果", "调解结案", "终结"),
        "pending": ("尚未审结", "正在审理中", "正在审理过程中", "尚在审理中"),
    },
}

REQUEST_OBJECTS = ("政府信息公开申请", "政府信息公开申请", "政府信息公开申请", "依申请公开申请",
                   "信息公开申请", "有关政府信息公开的申请", "依申请公开事项", "依申请公开件")
RECEIVE_VERBS = ("受理", "受理", "受理", "收到", "收到", "接到", "新收", "办理", "接收")
TIME_PHRASES = ("{y}年", "{y}年度", "本年度", "全年", "报告期内", "{y}年全年", "今年以来")
