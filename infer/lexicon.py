"""Chinese synonyms for every category a count can be linked to, simplified and traditional.

This is the single place where a phrase such as 当面申请 / 現場申請 / 窗口 is tied to a field of
:mod:`infer.schema`. The linker, the table parser, the regex baseline and the synthetic-data
generator all import it. Traditional variants are not typed twice: lookups first convert the
phrase to simplified with OpenCC (``t2s`` then Taiwan phrases such as 網路→网络), so one simplified
synonym list serves both scripts; :func:`traditional_variants` produces the traditional forms the
generator needs.
"""
from __future__ import annotations

from functools import lru_cache

from opencc import OpenCC

_T2S = OpenCC("t2s")
_TW2SP = OpenCC("tw2sp")
_S2T = {name: OpenCC(name) for name in ("s2t", "s2tw", "s2twp", "s2hk")}

# --- category synonyms per span label, most specific first within a field ------------------------
# (phrase in simplified Chinese, field key or field suffix). Longest phrase wins at lookup time.

CHANNEL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "requests.channel.in_person": ("当面", "现场", "窗口", "视窗", "来访", "到场", "面对面", "上门"),
    "requests.channel.online": ("网络", "网上", "在线", "线上", "政府网站", "网上平台", "互联网", "网站", "网路",
                                "依申请公开系统", "网上申请平台", "政务服务网", "网上办事大厅"),
    "requests.channel.email": ("电子邮件", "电子邮箱", "邮箱", "email", "e-mail"),
    "requests.channel.mail": ("信函", "邮寄", "邮递", "来信", "信件", "邮政", "书面信函"),
    "requests.channel.fax": ("传真", "传真电话"),
    "requests.channel.phone": ("电话",),
    "requests.channel.other": ("其他形式", "其它形式", "其他方式", "其它方式", "其他渠道", "其它渠道",
                               "其他途径", "其他", "其它"),
}

#: The 2021 form splits 法人或其他组织 into five columns; a count of one of them is a part of the organization
#: total, not the total: an APPLICANT span naming one of these maps to no field (商业企业 is not 企业).
APPLICANT_ORGANIZATION_PARTS: tuple[str, ...] = ("商业企业", "科研机构", "社会公益组织", "法律服务机构")

#: Applicant words that mean "the public" (接收群众申请6件): qualifying a total, they name no kind of applicant.
APPLICANT_THE_PUBLIC: tuple[str, ...] = ("群众", "公众", "社会公众")

APPLICANT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "requests.applicant.natural_person": ("自然人", "公民", "个人", "群众"),
    "requests.applicant.organization": ("法人或其他组织", "法人和其他组织", "法人", "企业", "组织",
                                        "社会组织", "用人单位", "企事业单位", "社会团体", "单位"),
}

OUTCOME_SYNONYMS: dict[str, tuple[str, ...]] = {
    "requests.outcome.disclosed": ("予以公开", "同意公开", "全部公开", "准予公开", "依法公开", "已公开",
                                   "提供信息", "公开"),
    "requests.outcome.partial": ("部分公开", "同意部分公开", "部分同意公开", "部分予以公开", "区分处理"),
    "requests.outcome.withheld": ("不予公开", "不同意公开", "免于公开", "否决公开", "不公开", "不宜公开"),
    "requests.outcome.unavailable": ("无法提供",),
    "requests.outcome.not_processed": ("不予处理",),  # pre-2019 不予受理 is outside the schema
    "requests.outcome.other": ("其他处理", "其他", "其它", "其他方式处理", "其它公开"),
    "requests.outcome.already_public": ("已主动公开", "属于已主动公开范围", "已主动公开范围", "主动公开范围"),
    "requests.outcome.nonexistent": ("信息不存在", "申请信息不存在", "政府信息不存在", "不存在"),
    "requests.outcome.not_this_agency": ("不属于本行政机关", "不属于本机关", "非本机关", "不属于本单位",
                                         "非本行政机关", "不属于本行政机关公开",
                                         # 不属本机关公开范围, 不属于本局职责, 不属于我委…: the body named any way
                                         "不属于本", "不属本", "不属于我", "不属我", "非本局", "非本部门"),
    "requests.outcome.unclear": ("申请内容不明确", "内容不明确", "告知作出更改补充", "更改补充"),
    "requests.outcome.redirected": ("告知通过其他途径办理", "其他途径办理", "告知其他途径", "其他途径"),
    # 2019+ sub-rows, also met in prose
    "requests.outcome.withheld.state_secret": ("国家秘密",),
    "requests.outcome.withheld.prohibited_by_law": ("法律行政法规禁止公开", "法律法规禁止公开"),
    "requests.outcome.withheld.three_safety": ("三安全一稳定",),
    "requests.outcome.withheld.third_party": ("第三方合法权益", "保护第三方"),
    "requests.outcome.withheld.internal_affairs": ("内部事务信息", "三类内部事务", "内部事务"),
    "requests.outcome.withheld.process_info": ("过程性信息", "四类过程性"),
    "requests.outcome.withheld.enforcement_file": ("行政执法案卷", "执法案卷"),
    "requests.outcome.withheld.admin_query": ("行政查询事项", "行政查询"),
    "requests.outcome.unavailable.not_held": ("本机关不掌握", "不掌握相关政府信息", "不掌握"),
    "requests.outcome.unavailable.needs_creation": ("另行制作", "没有现成信息"),
    "requests.outcome.unavailable.unclear": ("补正后申请内容仍不明确", "补正后仍不明确"),
    "requests.outcome.not_processed.complaint": ("信访举报投诉",),
    "requests.outcome.not_processed.duplicate": ("重复申请",),
    "requests.outcome.not_processed.publication": ("公开出版物",),
    "requests.outcome.not_processed.mass_repeat": ("大量反复申请",),
    "requests.outcome.not_processed.confirm": ("确认或重新出具",),
    "requests.outcome.other.overdue_correction": ("逾期不补正", "逾期未补正", "未按要求补正", "逾期未按要求补正"),
    "requests.outcome.other.unpaid_fee": ("逾期未按收费通知", "逾期未缴纳费用", "逾期未缴纳", "未缴纳信息处理费",
                                          "未缴纳费用", "未按期缴纳", "未按时缴纳"),
}

#: Outcome phrases that only the linker reads: the regex baseline (:mod:`infer.baseline`, a fixed comparison point)
#: keeps reading :data:`OUTCOME_SYNONYMS` alone. :data:`LINKER_OUTCOME_SYNONYMS` is both.
OUTCOME_LINKER_EXTRA: dict[str, tuple[str, ...]] = {
    # 告知申请人向其他机关申请: the information is another body's
    "requests.outcome.not_this_agency": ("向其他机关申请", "向其他行政机关申请", "向有关机关申请", "向相关机关申请"),
    "requests.outcome.other.unpaid_fee": ("未按规定缴纳",),
}
LINKER_OUTCOME_SYNONYMS: dict[str, tuple[str, ...]] = {
    k: v + OUTCOME_LINKER_EXTRA.get(k, ()) for k, v in OUTCOME_SYNONYMS.items()}

CASE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "review": ("行政复议", "复议"),
    "litigation": ("行政诉讼", "诉讼", "起诉", "行政应诉", "应诉"),
    "complaints": ("申诉", "举报", "投诉", "举报投诉"),
    # the two kinds of lawsuit of the 2019+ table (longest match beats 复议/起诉 alone)
    "litigation.direct": ("未经复议直接起诉", "直接起诉", "直接向人民法院起诉"),
    "litigation.after_review": ("复议后起诉", "经复议后起诉", "复议后提起诉讼", "复议后提起行政诉讼"),
}

#: RESULT synonyms map to a field *suffix*; the case type (review/litigation) comes from context.
RESULT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "upheld": ("维持", "驳回", "判决驳回", "驳回诉讼请求", "驳回起诉", "胜诉", "结果维持"),
    "corrected": ("纠正", "撤销", "责令", "败诉", "判决履行", "确认违法", "结果纠正", "履行信息公开职责",
                  "履行职责", "纠错", "责令重新答复"),
    "other": ("撤诉", "撤回", "终止", "终结", "其他结果", "调解", "和解", "其他情形"),
    "pending": ("尚未审结", "正在审理", "审理中", "未审结", "未结案", "尚在审理", "审理过程中", "尚未判决",
                "尚未作出判决"),
    "total": ("总计", "合计"),
}

#: Words that sum the cases of a type after its results (…维持2件，撤销1件，共计3件): its total. Wider than the
#: RESULT ``total`` phrases (共计 also opens 共计收到申请12件 and 收取费用共计80元), so only the linker's keyword
#: fallback reads it, after the model linked nothing to the count.
CASE_SUM_WORDS: tuple[str, ...] = ("总计", "合计", "共计")

#: Anchor labels name one field each.
ANCHOR_FIELDS: dict[str, str] = {
    "RECEIVED": "requests.received",
    "ANSWERED": "requests.outcome.total",
    "CARRY_OVER": "requests.carried_over",
    "CARRY_FORWARD": "requests.carried_forward",
    "FEE": "fees.amount_yuan",
}

#: Phrases for the anchors (used by the generator and the regex baseline, never by the model).
ANCHOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    "RECEIVED": ("受理", "收到", "接到", "接收", "共受理", "共收到", "办理", "新收"),
    "ANSWERED": ("答复", "已答复", "办结", "答复完毕", "已办结", "答复总数", "处理"),
    "CARRY_OVER": ("上年结转", "上年度结转", "上一年度结转"),
    "CARRY_FORWARD": ("结转下年", "结转至下一年度", "顺延至下一年度", "正在办理", "结转下年度", "结转"),
    "FEE": ("收费", "收取费用", "收取", "费用"),
}

#: Words that name a charge, for rules that read fees the tagger left unmarked (收取信息处理费0.3万元,
#: 免收复制费): wider than the FEE anchors, which the generator and the baseline also read.
FEE_CHARGE_WORDS: tuple[str, ...] = ("收费", "收取费用", "收取", "费用", "信息处理费", "处理费", "复制费", "检索费",
                                     "邮寄费", "工本费", "免费")

#: Before an amount in its clause, these make it money waived, not a fee collected (减免信息处理费120元).
FEE_WAIVER_WORDS: tuple[str, ...] = ("减免", "减收", "免收", "免除", "免予", "减免金额")

#: A carry-over or carry-forward span must say it carries something (上年 alone is last year's figure).
CARRY_WORDS: tuple[str, ...] = ("转", "顺延", "办理", "延续", "继续")

#: Words that, before a category, assert that its count is zero (未收到申请, 未发生行政复议).
ZERO_WORDS: tuple[str, ...] = ("未", "没有", "无", "均未", "并未", "尚未发生", "零")

#: A zero assertion as written before what it denies, for text the tagger did not mark as ZERO
#: (未发生…行政复议、行政诉讼及申诉, 没有接到…申请, 未向申请人收取费用). Deliberately narrow: 尚未审结 is a
#: result, 未经复议 means "without review", 无法提供 is an outcome, 无误 and 无偿 assert nothing.
ZERO_ASSERTIONS: tuple[str, ...] = (
    "未发生", "未收到", "未接到", "未受理", "未收取", "未出现", "未产生", "未有", "未向", "未曾", "未因", "未被",
    "未涉及", "未就", "未引起", "未引发", "未遇到", "未提起", "未办理", "零收费", "免收", "免费",
    "均未", "并未", "从未", "尚未发生", "没有发生", "没有收到", "没有接到", "没有收取", "没有", "没发生",
    "没收到", "无", "不收取", "不收费", "不存在",
)

#: Words that begin with a zero character but assert no zero: 未经 ("without going through"), 不服 / 不满
#: ("dissatisfied with": 不服本机关答复而申请行政复议 counts a review, it does not deny one).
NOT_ZERO_WORDS: tuple[str, ...] = ("未经", "不服", "不满")

#: After an applicant word, these make it a topic, not who applied (个人隐私, 企业商业秘密, 个人信息): the word is
#: read as no applicant (:func:`infer.prose.repair.repair`). 信息公开 after it is still an applicant (个人信息公开申请).
APPLICANT_TOPIC_AFTER: tuple[str, ...] = ("隐私", "商业秘密", "信息")

#: A zero assertion that follows what it denies (行政复议为零, 行政复议：无).
ZERO_AFTER: tuple[str, ...] = ("为零", "为0", "为０", "为无", "是零", "：无", ":无", "：0", "：零")

#: Words that make a receiving or answering verb speak of something other than a disclosure request.
#: Approvals and licences (行政审批, 行政许可 … 申请 is still not a disclosure request):
NOT_REQUEST_APPROVALS: tuple[str, ...] = (
    "行政审批", "行政许可", "审批事项", "许可事项", "权力事项", "行政确认", "行政处罚", "办事事项",
    "服务事项", "审批服务", "政务服务事项",
    # registrations and certificates are applied for too (不动产登记申请5400件), never disclosure requests
    "不动产登记", "登记申请", "营业执照", "户籍办理", "证照办理",
)
#: Messages, consultations, hotline calls and letters (unless 申请 is said after them):
NOT_REQUEST_MESSAGES: tuple[str, ...] = (
    "咨询", "留言", "来电", "热线", "信箱", "诉求", "信访", "来信", "信件", "投诉",
)
#: Proactive disclosure: counts of published or classified items, not of requests.
PROACTIVE_WORDS: tuple[str, ...] = ("主动公开", "发布信息", "公开目录")
#: Documents and catalogue entries, counted when a body classifies what it publishes (目录, 公文):
#: a sentence about them that never says 申请 holds no request fact.
DOCUMENT_WORDS: tuple[str, ...] = ("信息目录", "公文", "发文", "制发", "文件目录", "类信息")
#: Counts of information items (依申请公开信息数46条, 不予公开信息4条): items, not requests.
ITEM_WORDS: tuple[str, ...] = ("信息数", "公开信息", "条信息", "信息条目")

#: Appeals of another kind than a disclosure complaint (学生申诉: a school matter).
OTHER_APPEALS: tuple[str, ...] = ("学生", "教师", "考生", "职工", "人事", "劳动", "学位")

#: Money a body collects that is not a disclosure fee (行政事业性收费, fines, budgets): a sentence naming one
#: of these states no ``fees.amount_yuan``.
NOT_DISCLOSURE_FEES: tuple[str, ...] = (
    "行政事业性", "罚款", "罚没", "税款", "税收", "经费", "资金", "预算", "拨款", "补贴", "补助", "工资", "采购",
)

#: Appeals and messages that are no complaint about disclosure work (信访举报投诉, 咨询投诉件, 12345).
NOT_DISCLOSURE_COMPLAINTS: tuple[str, ...] = ("信访", "咨询", "热线", "12345", "便民", "来电", "留言", "信箱")

#: Matters a report (举报) may be about other than disclosure work (涉河湖问题举报, 环境污染举报, 市场监管举报): a
#: complaint phrase with one of them before it in its clause, and no disclosure word, counts no disclosure complaint.
OTHER_REPORT_MATTERS: tuple[str, ...] = (
    "问题", "环境", "生态", "污染", "河湖", "河道", "水利", "市场", "食品", "药品", "安全生产", "质量", "价格", "消费",
    "违法", "扰民", "噪声", "噪音", "违建", "治安", "偷税", "欠薪", "医保", "税务", "交通", "执法", "涉河", "涉湖",
    "涉黑", "涉恶", "涉农", "涉企")

#: Outcome phrases that name no single category of the form (其它公开: other? disclosed?).
AMBIGUOUS_OUTCOMES: tuple[str, ...] = ("其它公开", "其他公开")

#: Verbs that say requests were answered (均已按时答复, 全部办结, 予以了回复).
ANSWER_VERBS: tuple[str, ...] = ("答复", "回复", "办结", "答覆", "回覆", "处理完毕", "办理完毕")

#: Units that may follow a count; 万元 multiplies by 10,000.
COUNT_UNITS: tuple[str, ...] = ("件", "条", "项", "宗", "起", "个", "份", "人次", "次", "例", "元", "万元")


def to_simplified(text: str) -> str:
    """Simplified form of ``text`` for lookups (Taiwan phrases too: 網路→网络, 答覆→答复)."""
    # Taiwan phrases first: tw2sp expects traditional input (資訊→信息, 視窗→窗口, 線上→在线);
    # run after t2s it would see simplified text and miss them.
    # Only text that is traditional gets the Taiwan phrase table: on simplified text tw2sp would
    # "convert" 文件→文档 and break every lookup of 规范性文件, 主动公开文件数 ...
    simple = _T2S.convert(text)
    if simple == text:
        return text
    return _T2S.convert(_TW2SP.convert(text))


def traditional_variants(text: str) -> list[str]:
    """The distinct traditional renderings of a simplified phrase (mainland, Taiwan, Hong Kong)."""
    seen: list[str] = []
    for cc in _S2T.values():
        t = cc.convert(text)
        if t not in seen:
            seen.append(t)
    return seen


def _longest_match(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    # Two readings: with Taiwan phrases mapped (資訊→信息) and character-only (查詢→查询, which the
    # Taiwan phrase table would turn into 查找).
    readings = {to_simplified(text).lower(), _T2S.convert(text).lower()}
    best: tuple[int, str] | None = None
    for key, phrases in table.items():
        for p in phrases:
            if any(p in r for r in readings) and (best is None or len(p) > best[0]):
                best = (len(p), key)
    return best[1] if best else None


@lru_cache(maxsize=4096)
def category_field(label: str, text: str) -> str | None:
    """Map a tagged category span to its field key (or, for CASE/RESULT, to its group/suffix).

    ``category_field("CHANNEL", "網路提交")`` is ``"requests.channel.online"``;
    ``category_field("CASE", "行政複議")`` is ``"review"``; ``category_field("RESULT", "撤訴")`` is
    ``"other"``. Returns ``None`` when no synonym matches, so an unknown phrase never becomes a
    guessed field.
    """
    if label in ANCHOR_FIELDS:
        # A carry-over is always a phrase (结转, 上年结转, 顺延至下一年度): a lone 转 as in 一天内转派 is a
        # fragment the tagger half-recognised, not evidence. (收 for 收取 or 收费 stays acceptable.)
        simple = to_simplified(text).strip()
        if label in ("CARRY_OVER", "CARRY_FORWARD") and (len(simple) < 2 or not any(w in simple for w in CARRY_WORDS)):
            return None  # 上年 alone is last year, not the carry-over
        return ANCHOR_FIELDS[label]
    if label == "APPLICANT" and _names_organization_part(text):
        return None
    table = {
        "CHANNEL": CHANNEL_SYNONYMS,
        "APPLICANT": APPLICANT_SYNONYMS,
        "OUTCOME": LINKER_OUTCOME_SYNONYMS,
        "CASE": CASE_SYNONYMS,
        "RESULT": RESULT_SYNONYMS,
    }.get(label)
    return _longest_match(text, table) if table else None


def _names_organization_part(text: str) -> bool:
    """``text`` names one of the 2021 form's organization parts, and no applicant phrase longer than it."""
    readings = {to_simplified(text).lower(), _T2S.convert(text).lower()}
    part = max((len(p) for p in APPLICANT_ORGANIZATION_PARTS if any(p in r for r in readings)), default=0)
    if not part:
        return False
    longest = max((len(p) for ps in APPLICANT_SYNONYMS.values() for p in ps if any(p in r for r in readings)),
                  default=0)
    return part >= longest
