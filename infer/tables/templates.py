"""What the standard tables look like: row and column labels of the 2019 and 2021 national forms
(国办公开办函〔2019〕60号, revised by 〔2021〕30号) and the indicator names of pre-2019 附表.

This is the only module that knows label wording. Each row is matched by a few short, distinctive
*cores* (not the full label) so that typos seen in the wild still match: 危机“三安全一稳定”,
属于行政法案卷, 无法提 供, 申请数量 vs 申请数, 需另行制作 vs 需要另行制作. Cores are simplified
Chinese; the parser matches them against a simplified shadow of the text, so traditional-script
reports need no second list.
"""
from __future__ import annotations

from dataclasses import dataclass

CN_NUM = "一二三四五六七八九十"


@dataclass(frozen=True)
class RowSpec:
    """One row of the 收到和处理政府信息公开申请情况 table."""

    key: str | None  # field key; None for a heading row that only delimits (三、本年度办理结果)
    cores: tuple[str, ...]
    numbering: str  # how the form numbers it: "一、" | "（三）" | "1."  (tolerated when absent)
    parent: str | None = None  # group key for sub-rows
    group: bool = False  # a group row ((三)不予公开 …) whose value may be the sum of its sub-rows
    form: str = "both"  # "both" | "2021" (only the 2021 form has this row)
    numbering_required: bool = False  # the core alone is too common (3.其他)


#: the forms' own wording of the sub-rows of table 三 (2021 form, numbering dropped), written once:
#: ``infer.schema`` builds its field descriptions from these, and the row cores below are parts of them
WITHHELD_ROWS: tuple[tuple[str, str], ...] = (
    ("state_secret", "属于国家秘密"),
    ("prohibited_by_law", "其他法律行政法规禁止公开"),
    ("three_safety", "危及“三安全一稳定”"),
    ("third_party", "保护第三方合法权益"),
    ("internal_affairs", "属于三类内部事务信息"),
    ("process_info", "属于四类过程性信息"),
    ("enforcement_file", "属于行政执法案卷"),
    ("admin_query", "属于行政查询事项"),
)
UNAVAILABLE_ROWS: tuple[tuple[str, str], ...] = (
    ("not_held", "本机关不掌握相关政府信息"),
    ("needs_creation", "没有现成信息需要另行制作"),
    ("unclear", "补正后申请内容仍不明确"),
)
NOT_PROCESSED_ROWS: tuple[tuple[str, str], ...] = (
    ("complaint", "信访举报投诉类申请"),
    ("duplicate", "重复申请"),
    ("publication", "要求提供公开出版物"),
    ("mass_repeat", "无正当理由大量反复申请"),
    ("confirm", "要求行政机关确认或重新出具已获取信息"),
)
OTHER_ROWS: tuple[tuple[str, str], ...] = (
    ("overdue_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("unpaid_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("misc", "其他"),
)
#: the top rows' wording (form label without numbering)
TOP_ROWS: tuple[tuple[str, str], ...] = (
    ("requests.received", "本年新收政府信息公开申请数量"),
    ("requests.carried_over", "上年结转政府信息公开申请数量"),
    ("requests.outcome.disclosed", "予以公开"),
    ("requests.outcome.partial", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("requests.outcome.withheld", "不予公开"),
    ("requests.outcome.unavailable", "无法提供"),
    ("requests.outcome.not_processed", "不予处理"),
    ("requests.outcome.other", "其他处理"),
    ("requests.outcome.total", "总计"),
    ("requests.carried_forward", "结转下年度继续办理"),
)

W = "requests.outcome.withheld"
U = "requests.outcome.unavailable"
N = "requests.outcome.not_processed"
O = "requests.outcome.other"

REQUEST_ROWS: tuple[RowSpec, ...] = (
    RowSpec("requests.received", ("本年新收", "本年度新收", "新收到"), "一、"),
    RowSpec("requests.carried_over", ("上年结转", "上年度结转", "上一年度结转"), "二、"),
    RowSpec(None, ("本年度办理结果",), "三、"),
    RowSpec("requests.outcome.disclosed", ("予以公开",), "（一）"),
    RowSpec("requests.outcome.partial", ("部分公开",), "（二）"),
    RowSpec(W, ("不予公开",), "（三）", group=True),
    RowSpec(f"{W}.state_secret", ("国家秘密",), "1.", W),
    RowSpec(f"{W}.prohibited_by_law", ("禁止公开",), "2.", W),
    RowSpec(f"{W}.three_safety", ("三安全一稳定", "三安全"), "3.", W),
    RowSpec(f"{W}.third_party", ("第三方合法权益", "第三方"), "4.", W),
    RowSpec(f"{W}.internal_affairs", ("内部事务",), "5.", W),
    RowSpec(f"{W}.process_info", ("过程性信息", "过程性"), "6.", W),
    RowSpec(f"{W}.enforcement_file", ("执法案卷", "法案卷", "案卷"), "7.", W),
    RowSpec(f"{W}.admin_query", ("行政查询", "查询事项"), "8.", W),
    RowSpec(U, ("无法提供",), "（四）", group=True),
    RowSpec(f"{U}.not_held", ("不掌握",), "1.", U),
    RowSpec(f"{U}.needs_creation", ("另行制作", "现成信息"), "2.", U),
    RowSpec(f"{U}.unclear", ("仍不明确", "补正后申请内容"), "3.", U),
    RowSpec(N, ("不予处理",), "（五）", group=True),
    RowSpec(f"{N}.complaint", ("信访举报投诉", "信访举报", "举报投诉"), "1.", N),
    RowSpec(f"{N}.duplicate", ("重复申请",), "2.", N),
    RowSpec(f"{N}.publication", ("公开出版物", "出版物"), "3.", N),
    RowSpec(f"{N}.mass_repeat", ("大量反复", "反复申请"), "4.", N),
    RowSpec(f"{N}.confirm", ("确认或重新出具", "重新出具"), "5.", N),
    RowSpec(O, ("其他处理", "其它处理"), "（六）", group=True),
    RowSpec(f"{O}.overdue_correction", ("逾期不补正", "不补正"), "1.", O, form="2021"),
    RowSpec(f"{O}.unpaid_fee", ("收费通知", "缴纳费用"), "2.", O, form="2021"),
    RowSpec(f"{O}.misc", ("其他", "其它"), "3.", O, form="2021", numbering_required=True),
    RowSpec("requests.outcome.total", ("总计", "合计"), "（七）"),
    RowSpec("requests.carried_forward", ("结转下年度", "下年度继续办理", "结转下年", "结转下一年度"), "四、"),
)

#: rows whose 总计 column gives a field; the 2019 form has 20 result rows, the 2021 form 22.
RESULT_ROW_COUNT = {"2019": 20, "2021": 22}

#: columns of the 申请 table, in the order of both national forms.
REQUEST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("natural_person", "自然人"),
    ("commercial", "商业企业"),
    ("research", "科研机构"),
    ("public_interest", "社会公益组织"),
    ("legal_services", "法律服务机构"),
    ("other_org", "其他"),
    ("total", "总计"),
)
ORG_COLUMNS: tuple[str, ...] = ("commercial", "research", "public_interest", "legal_services", "other_org")
#: header words looked for (in any order: the header is nested) to confirm the column layout
REQUEST_HEADER_CORES: tuple[str, ...] = ("自然人", "商业企业", "科研机构", "公益", "法律服务", "总计")
#: the named organisation columns and their header words, in the forms' order (其他 follows them)
ORG_HEADER_CORES: tuple[tuple[str, str], ...] = (
    ("commercial", "商业企业"), ("research", "科研机构"), ("public_interest", "公益"), ("legal_services", "法律服务"),
)

#: section headings (cores) that open / close the tables
REQUEST_SECTION = "收到和处理政府信息公开申请"
CASE_SECTION_CORES: tuple[str, ...] = ("行政复议、行政诉讼情况", "行政复议和行政诉讼情况", "行政复议、行政诉讼",
                                       "行政复议和行政诉讼")
#: heading wordings the cores miss (被申请行政复议、提起行政诉讼情况; 行政复议及行政诉讼)
CASE_SECTION_PATTERN = r"行政复议[、和及与,]?\s*(?:被)?(?:提起)?行政诉讼"
#: the case table's own column header (its first words), which locates it when its heading is garbled,
#: merged into the previous paragraph or missing: 行政复议 … 结果维持 结果纠正
CASE_HEADER_PATTERN = r"结\s*果\s*维\s*持[\s|]*结\s*果\s*纠\s*正"

#: the 行政复议、行政诉讼 table: 15 columns in three blocks of (维持, 纠正, 其他, 尚未审结, 总计)
#: the case table's result columns (``infer.schema`` imports them for its field descriptions)
CASE_RESULTS: tuple[tuple[str, str], ...] = (
    ("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
    ("total", "总计"),
)
CASE_BLOCKS: tuple[tuple[str, str], ...] = (
    ("review", "行政复议"), ("litigation.direct", "行政诉讼 未经复议直接起诉"),
    ("litigation.after_review", "行政诉讼 复议后起诉"),
)
#: row labels that may stand before a block's five numbers when the table is printed as sub-rows
#: (行政复议 1 0 1 1 3 / 未经复议直接起诉 0 1 0 0 1 / 复议后起诉 …): (regex, blocks it covers).
#: Tried in this order, so 复议后起诉 is never read as 复议; 行政诉讼 alone covers both lawsuit blocks.
CASE_BLOCK_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"(经)?复议后(起诉|提起)", ("litigation.after_review",)),
    (r"(未经复议)?直接(起诉|向人民法院)|未经复议", ("litigation.direct",)),
    (r"行政复议|^复议$", ("review",)),
    (r"行政诉讼|^诉讼$", ("litigation.direct", "litigation.after_review")),
)
#: row labels of the transposed case table (one row per result, one column per block)
CASE_RESULT_LABELS: tuple[tuple[str, str], ...] = (
    (r"(结果)?维持", "upheld"), (r"(结果)?纠正", "corrected"), (r"其他结果|其它结果", "other"),
    (r"尚未审结|未审结", "pending"), (r"总计|合计", "total"),
)


@dataclass(frozen=True)
class IndicatorSpec:
    """One indicator of a pre-2019 附表 (indicator | value [| 历年累计])."""

    key: str | None  # None: a known indicator that is not a field (网站公开, 政府公报公开 …)
    pattern: str  # regex on the simplified shadow (spaces between characters are tolerated by the parser)
    block: str | None = None  # opens a block (sub-indicators 1. 2. … belong to it): "apply" | "reply"


#: top-level indicators (most specific first). Sub-indicators of 申请 / 答复 blocks are mapped with
#: infer.lexicon (当面申请数 → channel.in_person, 同意部分公开答复数 → outcome.partial).
INDICATORS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec("requests.outcome.total", r"对申请的?答复(总)?数|^(申请|已)?答复(申请)?(总)?数?量?$", "reply"),
    IndicatorSpec("requests.received", r"(受理|收到)?(政府信息)?依申请公开(信息)?总数|申请总数|受理申请总数"
                                       r"|依申请公开(信息|申请)数$|^(受理|收到)?依申请公开(申请)?$"
                                       r"|^(受理|收到)?(政府)?信息公开申请(总)?(数量?|件数)?$|^申请(总)?数量?$", "apply"),
    IndicatorSpec("review.total", r"行政复议(案件)?数|^行政复议(案件)?$"),
    IndicatorSpec("litigation.total", r"(?<!接受)行政诉讼(案件)?数|^行政诉讼(案件)?$"),
    IndicatorSpec("complaints.total", r"(行政)?申诉(、举报)?(案件)?数|举报投诉数|^(行政)?申诉(、举报)?$|^举报投诉$"),
    IndicatorSpec("consultations.total", r"接受咨询数量?|咨询(人次|数量)"),
    IndicatorSpec("proactive.total", r"主动公开(政府)?(信息|文件)数|^主动公开(政府)?(信息|文件)$", "proactive"),
    IndicatorSpec(None, r"接受行政诉讼、举报数"),  # a garbled label; not guessed into a field
    # a fee-and-waiver amount says neither what was charged nor what was waived: not guessed
    IndicatorSpec(None, r"(政府信息公开)?收费减免金额|减免金额"),
    # the old regulation's fee names (检索费、复制费、邮寄费) as one row are the fees charged
    IndicatorSpec("fees.amount_yuan", r"收费金额|收取(的)?费用|^(依申请公开)?(信息)?收费$"
                                      r"|^(?:(?:检索|复制|邮寄|打印)费?[、，,和及]?){1,4}费用?$"),
    IndicatorSpec(None, r"公开政府信息公开工作年度报告"),
)
#: sub-indicators inside a block: "1.当面申请数", "5.其他" — a numbered label ending in 数 or 其他
SUB_INDICATOR = r"(?P<num>\d{1,2})\s*[.、．]\s*(?P<label>[^\d\s|]{1,20}?(数|其[他它]))"


@dataclass(frozen=True)
class StatRow:
    """One indicator of the national 政府信息公开情况统计表 used until 2018 (统计指标 | 单位 | 统计数).

    ``numbering`` is the form's own (一、 （一） 1. 其中：); rows with ``key`` None are read only to end the
    row before them (their number must not be glued onto it)."""

    key: str | None
    core: str
    numbering: str = ""
    #: the row opens a part of the form (一、 … 七、, or the first row after an unread part): it may stand
    #: far from the row before it; any other row follows its predecessor closely
    opens: bool = False


#: the 依申请公开, 复议, 诉讼, 举报投诉 and 收费 parts of the form, in its order (its 主动公开 part gives
#: proactive.total only). A channel indicator printed combined (信函、传真申请数) is reported as such.
STAT_FORM_ROWS: tuple[StatRow, ...] = (
    StatRow("proactive.total", "主动公开政府信息数", "（一）", opens=True),
    StatRow(None, "主动公开规范性文件数", "其中："),
    StatRow("requests.received", "收到申请数", "（一）", opens=True),
    StatRow("requests.channel.in_person", "当面申请数", "1."),
    StatRow("requests.channel.fax", "传真申请数", "2."),
    StatRow("requests.channel.online", "网络申请数", "3."),
    StatRow("requests.channel.mail", "信函申请数", "4."),
    StatRow(None, "申请办结数", "（二）"),
    StatRow(None, "按时办结数", "1."),
    StatRow(None, "延期办结数", "2."),
    StatRow("requests.outcome.total", "申请答复数", "（三）"),
    StatRow("requests.outcome.already_public", "已主动公开范围数", "1."),
    StatRow("requests.outcome.disclosed", "同意公开答复数", "2."),
    StatRow("requests.outcome.partial", "同意部分公开答复数", "3."),
    StatRow("requests.outcome.withheld", "不同意公开答复数", "4."),
    StatRow(None, "涉及国家秘密", "其中："),
    StatRow(None, "涉及商业秘密"),
    StatRow(None, "涉及个人隐私"),
    StatRow(None, "危及国家安全"),
    StatRow(None, "所指政府信息"),
    StatRow(None, "规定的其他情形"),
    StatRow("requests.outcome.not_this_agency", "不属于本行政机关公开数", "5."),
    StatRow("requests.outcome.nonexistent", "申请信息不存在数", "6."),
    StatRow("requests.outcome.unclear", "告知作出更改补充数", "7."),
    StatRow("requests.outcome.redirected", "告知通过其他途径办理数", "8."),
    StatRow("review.total", "行政复议数量", "四、", opens=True),
    StatRow("review.upheld", "维持具体行政行为数", "（一）"),
    StatRow("review.corrected", "被依法纠错数", "（二）"),
    StatRow("review.other", "其他情形数", "（三）"),
    StatRow("litigation.total", "行政诉讼数量", "五、", opens=True),
    StatRow("litigation.upheld", "驳回原告诉讼请求数", "（一）"),
    StatRow("litigation.corrected", "被依法纠错数", "（二）"),
    StatRow("litigation.other", "其他情形数", "（三）"),
    StatRow("complaints.total", "举报投诉数量", "六、", opens=True),
    StatRow("fees.amount_yuan", "收取的费用", "七、", opens=True),
    StatRow(None, "机构建设和保障经费情况", "八、", opens=True),
)
#: the form's sums (pre-2019 勾稽): (total row, its items)
STAT_FORM_SUMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("requests.received", ("requests.channel.in_person", "requests.channel.fax", "requests.channel.online",
                           "requests.channel.mail")),
    ("requests.outcome.total", ("requests.outcome.already_public", "requests.outcome.disclosed",
                                "requests.outcome.partial", "requests.outcome.withheld",
                                "requests.outcome.not_this_agency", "requests.outcome.nonexistent",
                                "requests.outcome.unclear", "requests.outcome.redirected")),
    ("review.total", ("review.upheld", "review.corrected", "review.other")),
    ("litigation.total", ("litigation.upheld", "litigation.corrected", "litigation.other")),
)
#: channel words: a channel indicator naming two of them (信函、传真申请数) is combined, not one channel
CHANNEL_WORDS: tuple[str, ...] = ("当面", "传真", "网络", "网上", "信函", "电子邮件", "电话")
