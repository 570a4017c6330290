"""The 30 held-out reports, each with its fact-level gold (annotations/gold/GUIDELINES.md).

Every body, place, person and number here is invented. Prose gold is written by hand beside the sentence that
states it; table gold comes from the cells (forms.py), with every split the arithmetic allows where a rendering
loses cell boundaries. LOCKED: see heldout/README.md.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import filler as F
from .damage import flatten, fullwidth_digits, hard_wrap, pinyin_gloss, spaced, traditional
from .forms import Form, OldRow, old_gold, render_form, render_old, solve_gold, vec


@dataclass
class Report:
    name: str
    year: int
    issuer: str  # as written in the (simplified) source; converted with the text
    text: str
    prose: dict
    table: dict = field(default_factory=dict)
    table_ambiguous: dict = field(default_factory=dict)
    notes: str | None = None
    template: str | None = None
    published: str | None = None
    script: str = "simplified"  # or s2t / s2tw
    ext: str = "txt"


def P(*parts: str) -> str:
    return "\n".join(p for p in parts if p is not None)


def title(b: str, y: int, word: str = "政府信息公开工作年度报告") -> str:
    return f"{b}{y}年{word}"


def html_page(t: str, blocks: list[str]) -> str:
    body = "\n".join(b if b.lstrip().startswith("<") else f"<p>{b}</p>" for b in blocks)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{t}</title></head>\n<body>\n"
            f"<div class=\"nav\">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n<h1>{t}</h1>\n{body}\n"
            f"<div class=\"foot\">主办单位：本站 | 技术支持：信息中心</div>\n</body></html>\n")


REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


# ----------------------------------------------------------------------------------------------------------
@report
def h01() -> Report:
    rng = random.Random(101)
    b, y = "松潮县人民政府", 2009
    text = P(title(b, y), "", F.intro_old(b, y, rng),
             "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 8, 6), F.platform(b, rng),
             "二、主动公开政府信息情况", F.proactive(b, rng),
             "县长信箱全年收到群众来信412封，均已转交有关部门办理；县政务服务中心接受群众现场咨询560人次。",
             "三、依申请公开政府信息情况",
             "2009年，县政府及所属部门共受理政府信息公开申请27件，其中当面申请15件、网络申请9件、信函申请3件。"
             "已答复27件，其中同意公开21件，同意部分公开2件，信息不存在3件，不属于本机关公开范围1件。",
             "四、政府信息公开的收费及减免情况",
             "本年度在提供政府信息过程中未收取任何费用。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
             "本年度未发生因政府信息公开引起的行政复议、行政诉讼和申诉案件。",
             "六、存在的主要问题及改进措施", F.problems(b, y, rng))
    prose = {"requests.received": 27, "requests.channel.in_person": 15, "requests.channel.online": 9,
             "requests.channel.mail": 3, "requests.outcome.total": 27, "requests.outcome.disclosed": 21,
             "requests.outcome.partial": 2, "requests.outcome.nonexistent": 3, "requests.outcome.not_this_agency": 1,
             "fees.amount_yuan": 0, "review.total": 0, "litigation.total": 0, "complaints.total": 0}
    return Report("h01", y, b, text, prose,
                  notes="Old narrative, no table. Zeros stated once for a list (复议、诉讼和申诉). Mailbox letters and "
                        "consultations are distractors.")


@report
def h02() -> Report:
    rng = random.Random(102)
    b, y = "岚溪市国土资源局", 2010
    rows = [OldRow("一、主动公开政府信息数", "条", 2140, "proactive.total"),
            OldRow("二、收到申请数", "件", 21, "requests.received"),
            OldRow("其中：当面申请数", "件", 13, "requests.channel.in_person"),
            OldRow("信函、传真申请数", "件", 8, None),
            OldRow("网络申请数", "件", 0, "requests.channel.online"),
            OldRow("三、对申请的答复总数", "件", 21, "requests.outcome.total"),
            OldRow("其中：同意公开答复数", "件", 17, "requests.outcome.disclosed"),
            OldRow("同意部分公开答复数", "件", 0, "requests.outcome.partial"),
            OldRow("不同意公开答复数", "件", 2, "requests.outcome.withheld"),
            OldRow("告知作出更改补充数", "件", 2, "requests.outcome.unclear"),
            OldRow("四、行政复议数", "件", 1, "review.total"),
            OldRow("五、行政诉讼数", "件", 0, "litigation.total"),
            OldRow("六、申诉数", "件", 0, "complaints.total"),
            OldRow("七、依申请公开收取的费用", "元", 86, "fees.amount_yuan")]
    text = P(title(b, y), "发布日期：2011-03-17", F.intro_old(b, y, rng),
             "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 12, 10), F.supervision(b, rng),
             "二、主动公开政府信息情况", F.proactive(b, rng), F.platform(b, rng),
             "三、依申请公开政府信息情况",
             "全年共收到政府信息公开申请23件。从申请形式看，当面申请14件，信函、传真申请9件。"
             "从办理结果看，同意公开18件，不予公开2件，其余3件因申请内容不明确，已告知申请人更改、补充后再行提出。",
             "四、收费及减免情况",
             "本年度依申请提供政府信息，按规定收取检索、复制费用共计86元，无减免情况。",
             "五、行政复议和行政诉讼情况",
             "因政府信息公开申请提起行政复议1件，经复议维持原答复。本年度未发生因政府信息公开引起的行政诉讼。",
             "六、存在的问题和改进措施", F.problems(b, y, rng),
             "附：政府信息公开情况统计表", render_old(rows, "tab", ["指标", "单位", "数量"]))
    prose = {"requests.received": 23, "requests.channel.in_person": 14, "requests.outcome.disclosed": 18,
             "requests.outcome.withheld": 2, "requests.outcome.unclear": 3, "fees.amount_yuan": 86,
             "review.total": 1, "review.upheld": 1, "litigation.total": 0}
    return Report("h02", y, b, text, prose, old_gold(rows), template="pre2019", published="2011-03-17",
                  script="s2t",
                  notes="Deliberate prose-vs-table disagreements: received 23 vs 21, in_person 14 vs 13, disclosed 18 vs "
                        "17, unclear 3 vs 2. Combined channel 信函、传真 (prose 9, table 8) is neither mail nor fax. "
                        "Table's proactive.total is unscored.")


@report
def h03() -> Report:
    rng = random.Random(103)
    b, y = "禾丰区人民政府", 2011
    text = P(title(b, y), "", F.intro_old(b, y, rng),
             "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 26, 22), F.organisation(b, random.Random(7)), F.supervision(b, rng),
             "二、主动公开政府信息情况", F.proactive(b, rng),
             "全区主动公开政府信息3172条。区行政服务中心各窗口全年受理行政审批申请5216件，按时办结率99.6%；"
             "区长热线受理群众来电2380个。", F.platform(b, rng), F.platform(b, random.Random(9)),
             "三、依申请公开政府信息情况",
             "（一）申请情况。全区共受理政府信息公开申请146件，比上年的98件增长49%。其中区政府办公室受理21件，"
             "区人社局受理37件，区住建局受理52件，其他部门受理36件。从申请方式看，网上申请88件，当面申请41件，"
             "信函申请17件。",
             "（二）答复情况。已办结139件，其中予以公开及部分公开104件，属于已主动公开范围12件，"
             "不属于本机关公开范围的9件，申请信息不存在的14件；另有7件正在办理中。",
             "四、政府信息公开的收费及减免情况",
             "全年共收取检索、复制、邮寄费用0.12万元，对低保对象等困难群众的申请免收费用。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
             "因政府信息公开引起的行政复议2件，行政诉讼1件。2件行政复议均维持原答复；行政诉讼案件经法院审理，"
             "判决驳回原告诉讼请求。因房屋征收补偿决定引发的行政复议11件，不属于政府信息公开事项，未列入本节统计。",
             "六、存在的主要问题及改进措施", F.problems(b, y, rng), F.other_items(rng))
    prose = {"requests.received": 146, "requests.channel.online": 88, "requests.channel.in_person": 41,
             "requests.channel.mail": 17, "requests.outcome.total": 139, "requests.outcome.already_public": 12,
             "requests.outcome.not_this_agency": 9, "requests.outcome.nonexistent": 14,
             "requests.carried_forward": 7, "fees.amount_yuan": 1200, "review.total": 2, "review.upheld": 2,
             "litigation.total": 1, "litigation.upheld": 1}
    return Report("h03", y, b, text, prose,
                  notes="Combined 予以公开及部分公开104 (neither disclosed nor partial). Per-department counts and last "
                        "year's 98 are not figures. 11 reviews about housing expropriation are not disclosure reviews. "
                        "行政审批申请5216 and hotline calls are distractors.")


@report
def h04() -> Report:
    rng = random.Random(104)
    b, y = "鹭门镇人民政府", 2012
    text = P(title(b, y), "", F.intro_old(b, y, rng),
             "（一）概述", F.organisation(b, rng), *F.body(b, y, rng, 10, 4),
             "（二）主动公开情况",
             "我镇通过镇政府公开栏、村务公开栏和县政府网站乡镇专栏公开政府信息，公开栏全年更新86期。"
             "镇便民服务中心全年办理各类服务事项1034件。",
             "（三）依申请公开情况",
             "本年度我镇未收到公民、法人或其他组织提出的政府信息公开申请。",
             "（四）政府信息公开收费及减免情况：本年度未收取费用。",
             "（五）行政复议和行政诉讼情况：无。",
             "（六）存在的问题及改进措施", F.problems(b, y, rng))
    prose = {"requests.received": 0, "fees.amount_yuan": 0, "review.total": 0, "litigation.total": 0}
    return Report("h04", y, b, text, prose,
                  notes="Township, zero year; 无 under a heading naming both 复议 and 诉讼 gives both 0.")


@report
def h05() -> Report:
    rng = random.Random(105)
    b, y = "东陵省交通运输厅", 2013
    text = P(title(b, y), "", F.intro_old(b, y, rng),
             "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 30, 30), F.organisation(b, random.Random(11)), F.supervision(b, rng),
             F.supervision(b, random.Random(12)),
             "二、主动公开政府信息情况", F.proactive(b, rng),
             "厅12328交通运输服务监督电话全年受理咨询、投诉和建议8905件，办结率100%。", F.platform(b, rng),
             F.platform(b, random.Random(13)),
             "三、依申请公开政府信息情况",
             "2013年，本厅共受理政府信息公开申请58件，较2012年的41件有所增加。其中，公民申请52件，"
             "法人和其他组织申请6件；网上申请33件，信函申请19件，当面申请6件。",
             "上述申请已全部按期答复。其中，同意公开31件，同意部分公开5件，申请信息不存在的7件，"
             "不属于本机关公开职责范围的4件，属于已主动公开范围的6件，不同意公开5件。",
             "四、政府信息公开的收费及减免情况",
             "本年度收取复印费、邮寄费合计215.5元。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
             "本年度发生政府信息公开行政复议3件，其中维持2件，撤销1件；行政诉讼2件，一审判决驳回原告诉讼请求1件，"
             "原告撤诉1件。另有涉及道路运输行政许可的行政复议9件，均不属于政府信息公开事项。",
             "六、存在的主要问题及改进措施", F.problems(b, y, rng), F.problems(b, y, random.Random(14)))
    prose = {"requests.received": 58, "requests.applicant.natural_person": 52, "requests.applicant.organization": 6,
             "requests.channel.online": 33, "requests.channel.mail": 19, "requests.channel.in_person": 6,
             "requests.outcome.total": 58, "requests.outcome.disclosed": 31, "requests.outcome.partial": 5,
             "requests.outcome.nonexistent": 7, "requests.outcome.not_this_agency": 4,
             "requests.outcome.already_public": 6, "requests.outcome.withheld": 5, "fees.amount_yuan": 215.5,
             "review.total": 3, "review.upheld": 2, "review.corrected": 1, "litigation.total": 2,
             "litigation.upheld": 1, "litigation.other": 1}
    return Report("h05", y, b, text, prose, script="s2t",
                  notes="已全部按期答复 after 受理58 gives outcome.total 58. Last year's 41 not a figure. 9 reviews about "
                        "transport licences are not disclosure reviews. Hotline 8905 is a distractor.")


@report
def h06() -> Report:
    rng = random.Random(106)
    b, y = "江屿市人民政府", 2014
    rows = [OldRow("一、主动公开情况", "", None),
            OldRow("主动公开政府信息数", "条", 8412, "proactive.total", 46218),
            OldRow("二、依申请公开情况", "", None),
            OldRow("收到申请数", "件", 1027, "requests.received", 4390),
            OldRow("当面申请数", "件", 312, "requests.channel.in_person", 1650),
            OldRow("网络申请数", "件", 598, "requests.channel.online", 2011),
            OldRow("信函申请数", "件", 96, "requests.channel.mail", 590),
            OldRow("传真申请数", "件", 21, "requests.channel.fax", 139),
            OldRow("申请答复数", "件", 1015, "requests.outcome.total", 4378),
            OldRow("同意公开答复数", "件", 702, "requests.outcome.disclosed", 2980),
            OldRow("同意部分公开答复数", "件", 88, "requests.outcome.partial", 401),
            OldRow("不同意公开答复数", "件", 43, "requests.outcome.withheld", 220),
            OldRow("属于已主动公开范围数", "件", 97, "requests.outcome.already_public", 410),
            OldRow("不属于本行政机关公开数", "件", 41, "requests.outcome.not_this_agency", 190),
            OldRow("申请信息不存在数", "件", 29, "requests.outcome.nonexistent", 120),
            OldRow("告知作出更改补充数", "件", 15, "requests.outcome.unclear", 57),
            OldRow("三、行政复议数", "件", 17, "review.total", 52),
            OldRow("四、行政诉讼数", "件", 6, "litigation.total", 19),
            OldRow("五、申诉数", "件", 3, "complaints.total", 11),
            OldRow("六、依申请公开收取的费用", "万元", 0.38, "fees.amount_yuan", 2.1)]
    paras = [F.intro_old(b, y, rng), F.organisation(b, rng) + "".join(F.body(b, y, rng, 10, 6)), F.proactive(b, rng), F.platform(b, rng),
             "2014年，全市各级行政机关共收到政府信息公开申请1,027件。其中，当面申请312件，网络申请598件，"
             "信函申请96件，传真申请21件。已答复1,015件，另有12件因申请人补正材料尚在办理。",
             "全年收取政府信息公开费用0.38万元。全市因政府信息公开引起的行政复议17件，行政诉讼6件，申诉3件。",
             F.supervision(b, rng), F.problems(b, y, rng)]
    heads = ["一、概述", None, "二、主动公开政府信息情况", None, "三、依申请公开政府信息情况",
             "四、收费、复议、诉讼和申诉情况", None, "五、存在的问题和改进措施"]
    body = []
    for h, p in zip(heads, paras):
        if h:
            body.append(h)
        body.append(hard_wrap(p, 37, rng, page_every=9))
    text = P(title(b, y), *body, "附件：江屿市2014年政府信息公开情况统计表",
             render_old(rows, "spaced", ["统计指标", "单位", "本年度", "累计"]))
    prose = {"requests.received": 1027, "requests.channel.in_person": 312, "requests.channel.online": 598,
             "requests.channel.mail": 96, "requests.channel.fax": 21, "requests.outcome.total": 1015,
             "requests.carried_forward": 12, "fees.amount_yuan": 3800, "review.total": 17, "litigation.total": 6,
             "complaints.total": 3}
    return Report("h06", y, b, text, prose, old_gold(rows), template="pre2019",
                  notes="PDF-like: prose hard-wrapped every 37 characters (inside numbers such as 1,027) with page "
                        "footers. Old table with 本年度/累计 columns separated by spaces: gold is 本年度. Prose and "
                        "table agree.")


@report
def h07() -> Report:
    rng = random.Random(107)
    b, y = "青石县教育局", 2015
    rows = [OldRow("收到申请数", "件", 6, "requests.received"), OldRow("当面申请数", "件", 0, "requests.channel.in_person"),
            OldRow("网上申请数", "件", 6, "requests.channel.online"), OldRow("信函申请数", "件", 0, "requests.channel.mail"),
            OldRow("对申请的答复总数", "件", 6, "requests.outcome.total"),
            OldRow("同意公开", "件", 4, "requests.outcome.disclosed"), OldRow("同意部分公开", "件", 1, "requests.outcome.partial"),
            OldRow("不同意公开", "件", 0, "requests.outcome.withheld"), OldRow("信息不存在", "件", 1, "requests.outcome.nonexistent"),
            OldRow("行政复议", "件", 1, "review.total"), OldRow("行政诉讼", "件", 1, "litigation.total"),
            OldRow("申诉", "件", 0, "complaints.total"), OldRow("收费", "元", 0, "fees.amount_yuan")]
    text = P(title(b, y), F.intro_old(b, y, rng), "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 10, 6),
             "二、主动公开政府信息情况", F.proactive(b, rng),
             "三、依申请公开政府信息情况",
             "本年度共收到政府信息公开申请6件，均为网上申请，均已按时答复。其中同意公开4件，同意部分公开1件，信息不存在1件。",
             "四、收费及减免情况", "本局在办理依申请公开事项中未收取任何费用。",
             "五、行政复议和行政诉讼情况",
             "因政府信息公开引发的行政复议和行政诉讼各1件，均获维持。",
             "六、存在的主要问题和改进措施", F.problems(b, y, rng),
             "七、政府信息公开情况统计表", render_old(rows, "glued", ["指标", "单位", "数量"]))
    text = flatten(text)
    prose = {"requests.received": 6, "requests.channel.online": 6, "requests.outcome.total": 6,
             "requests.outcome.disclosed": 4, "requests.outcome.partial": 1, "requests.outcome.nonexistent": 1,
             "fees.amount_yuan": 0, "review.total": 1, "litigation.total": 1, "review.upheld": 1,
             "litigation.upheld": 1}
    return Report("h07", y, b, text, prose, old_gold(rows), template="pre2019",
                  notes="Whole report on one line, old table glued (label, unit, value run together). Distributive: 均为网上申请, "
                        "均已按时答复, 各1件, 均获维持.")


@report
def h08() -> Report:
    rng = random.Random(108)
    b, y = "桥北区人民政府", 2016
    text = P(title(b, y), "", F.intro_old(b, y, rng), "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 16, 14), F.supervision(b, rng),
             "二、主动公开政府信息情况",
             "全年主动公开政府信息二千三百余条。区政务服务中心受理行政审批申请3410件，区长信箱收到来信217件，"
             "政务服务热线接听群众电话1.2万个。", F.platform(b, rng),
             "三、依申请公开政府信息情况",
             "全年共受理政府信息公开申请十二件，均已按时答复。其中，当面申请五件，网上申请七件。"
             "答复结果为：同意公开八件，同意部分公开两件，告知通过其他途径办理一件，非本机关政府信息一件。",
             "四、政府信息公开的收费及减免情况", "本年度未收取任何费用。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
             "本年度未发生针对本区政府信息公开工作的行政复议、行政诉讼。",
             "六、存在的主要问题及改进措施", F.problems(b, y, rng), F.other_items(rng))
    prose = {"requests.received": 12, "requests.outcome.total": 12, "requests.channel.in_person": 5,
             "requests.channel.online": 7, "requests.outcome.disclosed": 8, "requests.outcome.partial": 2,
             "requests.outcome.redirected": 1, "requests.outcome.not_this_agency": 1, "fees.amount_yuan": 0,
             "review.total": 0, "litigation.total": 0}
    return Report("h08", y, b, text, prose, script="s2t",
                  notes="Chinese numerals (十二, 两, 八). 行政审批申请3410, mailbox and hotline are distractors.")


@report
def h09() -> Report:
    rng = random.Random(109)
    b, y = "岚溪市环境保护局", 2017
    rows = [OldRow("主动公开信息数", "条", 1906, "proactive.total"),
            OldRow("收到申请数", "件", 39, "requests.received"),
            OldRow("其中：网络申请", "件", 27, "requests.channel.online"),
            OldRow("信函、传真申请", "件", 8, None),
            OldRow("当面申请", "件", 4, "requests.channel.in_person"),
            OldRow("申请答复数", "件", 39, "requests.outcome.total"),
            OldRow("同意公开", "件", 24, "requests.outcome.disclosed"),
            OldRow("同意部分公开", "件", 3, "requests.outcome.partial"),
            OldRow("不同意公开", "件", 2, "requests.outcome.withheld"),
            OldRow("信息不存在", "件", 6, "requests.outcome.nonexistent"),
            OldRow("不属于本机关", "件", 4, "requests.outcome.not_this_agency"),
            OldRow("行政复议数", "件", 3, "review.total"),
            OldRow("行政诉讼数", "件", 1, "litigation.total"),
            OldRow("申诉数", "件", 1, "complaints.total"),
            OldRow("依申请公开收费", "万元", 0.015, "fees.amount_yuan")]
    text = P(title(b, y), "", F.intro_old(b, y, rng), "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 14, 10),
             "二、主动公开政府信息情况", F.proactive(b, rng), "全年办理环境影响评价文件审批申请186件，均在网站公示审批结果。",
             "三、依申请公开政府信息情况",
             "全年共受理政府信息公开申请39件，其中网络申请27件、信函申请8件、当面申请4件。已办结39件，"
             "其中同意公开24件，同意部分公开3件，不予公开2件，信息不存在6件，不属于本机关职责4件。",
             "四、收费及减免情况", "收取检索复制费0.015万元。",
             "五、复议、诉讼和申诉情况",
             "因政府信息公开申请提起行政复议3件，其中维持原决定2件，尚在审理1件；行政诉讼1件，法院判决责令重新答复。"
             "收到针对政府信息公开工作的举报投诉1件，经核查已处理。",
             "六、存在的问题及改进措施", F.problems(b, y, rng),
             "附：政府信息公开情况统计表", render_old(rows, "cellline", ["指标", "单位", "数量"]))
    prose = {"requests.received": 39, "requests.channel.online": 27, "requests.channel.mail": 8,
             "requests.channel.in_person": 4, "requests.outcome.total": 39, "requests.outcome.disclosed": 24,
             "requests.outcome.partial": 3, "requests.outcome.withheld": 2, "requests.outcome.nonexistent": 6,
             "requests.outcome.not_this_agency": 4, "fees.amount_yuan": 150, "review.total": 3, "review.upheld": 2,
             "review.pending": 1, "litigation.total": 1, "litigation.corrected": 1, "complaints.total": 1}
    return Report("h09", y, b, text, prose, old_gold(rows), template="pre2019",
                  notes="Old table one cell per line; combined indicator 信函、传真申请 8 left out of the table gold (prose "
                        "says 信函8). 环评审批申请186 is a distractor. Fee 0.015万元 = 150元.")


@report
def h10() -> Report:
    rng = random.Random(110)
    b, y = "雁回县人民政府", 2018
    g = random.Random(1100)
    text = P(title(b, y), "", F.intro_old(b, y, rng), "一、概述", pinyin_gloss(F.organisation(b, rng), g),
             *[pinyin_gloss(x, g) for x in F.body(b, y, rng, 10, 8)],
             "二、主动公开政府信息情况", pinyin_gloss(F.proactive(b, rng), g),
             "三、依申请公开政府信息情况",
             pinyin_gloss("全年共受理依申请公开事项48件，其中网上申请30件，信函申请11件，当面申请7件。已答复46件，"
                          "正在办理2件。答复中，同意公开29件，同意部分公开6件，不予公开3件，申请内容不明确4件，"
                          "告知通过其他途径办理4件。", g, 0.45),
             "四、政府信息公开的收费及减免情况",
             pinyin_gloss("本年度未收取检索、复制、邮寄等费用。", g, 0.45),
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
             pinyin_gloss("因政府信息公开申请提起行政复议2件、行政诉讼1件。行政复议1件维持、1件终止；"
                          "行政诉讼以原告撤诉结案。", g, 0.45),
             "六、存在的主要问题及改进措施", pinyin_gloss(F.problems(b, y, rng), g))
    prose = {"requests.received": 48, "requests.channel.online": 30, "requests.channel.mail": 11,
             "requests.channel.in_person": 7, "requests.outcome.total": 46, "requests.carried_forward": 2,
             "requests.outcome.disclosed": 29, "requests.outcome.partial": 6, "requests.outcome.withheld": 3,
             "requests.outcome.unclear": 4, "requests.outcome.redirected": 4, "fees.amount_yuan": 0,
             "review.total": 2, "review.upheld": 1, "review.other": 1, "litigation.total": 1, "litigation.other": 1}
    return Report("h10", y, b, text, prose,
                  notes="Inline pinyin glosses after characters (受(shòu)理 ...). 终止 → review.other; 撤诉 → litigation.other.")


# --- national form reports ---------------------------------------------------------------------------------

def form_report(name, y, b, form, mode, rng, paras_before, paras_after, prose, *, script="simplified",
                notes=None, published=None, damage=None, ext="txt", heading3=None, heading4=None, cut_after=None,
                case_mode=None, merge_heading=False, subtitle=""):
    kw = {}
    if heading3:
        kw["heading3"] = heading3
    if heading4:
        kw["heading4"] = heading4
    tables, info = render_form(form, mode, rng, cut_after=cut_after, case_mode=case_mode, **kw)
    gold, amb = solve_gold(form, info)
    t = title(b, y)
    if ext == "html":
        text = html_page(t, [subtitle] + paras_before + [tables] + paras_after)
    else:
        if merge_heading:
            before = P(*paras_before[:-1]) + "\n" + paras_before[-1] + tables
        else:
            before = P(*paras_before, tables)
        text = P(t, subtitle, before, *paras_after)
    if damage:
        text = damage(text)
    return Report(name, y, b, text, prose, gold, amb, notes, form.template, published, script, ext)


def _facts(form: Form) -> dict:
    """The form's own totals, for prose that restates them."""
    c = form.cells()
    case = form.case_cells()
    return {"new": c["new"][6], "carry": c["carry"][6], "total": c["total"][6], "fwd": c["fwd"][6],
            "disclosed": c["disclosed"][6], "partial": c["partial"][6], "review": case[4],
            "lit": case[9] + case[14], "case": case}


@report
def h11() -> Report:
    rng = random.Random(111)
    b, y = "南屏省自然资源厅", 2019
    form = Form("2019", new=vec(112, [9, 0, 2, 3, 1]), carry=vec(4, [1]), rows={
        "disclosed": vec(41, [3, 0, 1, 1, 0]), "partial": vec(12, [2]), "w.state_secret": vec(1),
        "w.third_party": vec(3, [1]), "w.process_info": vec(5), "u.not_held": vec(28, [2, 0, 1, 1, 0]),
        "u.needs_creation": vec(6), "u.unclear": vec(3), "n.complaint": vec(4), "n.duplicate": vec(2),
        "other": vec(5, [1])}, review=(6, 1, 1, 2), direct=(3, 0, 1, 1), after=(2, 1, 0, 0))
    f = _facts(form)
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 12, 10), F.supervision(b, rng),
              f"2019年共收到政府信息公开申请{f['new']}件，上年结转{f['carry']}件；办结{f['total']}件，"
              f"{f['fwd']}件结转至2020年继续办理。",
              "二、主动公开政府信息情况", F.proactive(b, rng), "本年度办理矿业权登记和用地审批事项2104件。"]
    after = ["五、存在的主要问题及改进情况", F.problems(b, y, rng), "六、其他需要报告的事项", F.other_items(rng)]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "requests.outcome.total": f["total"],
             "requests.carried_forward": f["fwd"]}
    case = f["case"]
    after.insert(0, f"本年度因政府信息公开被申请行政复议{case[4]}件（维持{case[0]}件、纠正{case[1]}件、其他结果{case[2]}件、"
                    f"尚未审结{case[3]}件），被提起行政诉讼{f['lit']}件。")
    prose.update({"review.total": case[4], "review.upheld": case[0], "review.corrected": case[1],
                  "review.other": case[2], "review.pending": case[3], "litigation.total": f["lit"]})
    return form_report("h11", y, b, form, "pipe", rng, before, after, prose,
                       notes="2019 form as pipe rows, every cell written. 用地审批 2104 is a distractor.")


@report
def h12() -> Report:
    rng = random.Random(112)
    b, y = "澄溪县人民政府", 2019
    form = Form("2019", new=vec(9, [1]), rows={"disclosed": vec(5), "partial": vec(1), "u.not_held": vec(2, [1]),
                                               "n.duplicate": vec(1)}, review=(1, 0, 0, 0))
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 8, 5),
              "本年度共收到政府信息公开申请10件，均已办结。",
              "二、主动公开政府信息情况", F.proactive(b, rng)]
    after = ["行政复议1件，复议结果为维持；未发生行政诉讼。",
             "五、存在的主要问题及改进情况", F.problems(b, y, rng), "六、其他需要报告的事项", F.other_items(rng)]
    prose = {"requests.received": 10, "requests.outcome.total": 10, "review.total": 1, "review.upheld": 1,
             "litigation.total": 0}
    return form_report("h12", y, b, form, "dropped_tab", rng, before, after, prose, script="s2t",
                       notes="2019 form as TAB rows with empty cells dropped (zeros blank): applicant columns and the "
                             "review row are worked out by the arithmetic; what remains open is in table_ambiguous.")


@report
def h13() -> Report:
    rng = random.Random(113)
    b, y = "望潮市人民政府", 2020
    form = Form("2019", new=vec(63, [7, 0, 1, 0, 2]), carry=vec(3), rows={
        "disclosed": vec(22, [3]), "partial": vec(9, [1, 0, 0, 0, 1]), "w.internal_affairs": vec(2),
        "w.process_info": vec(3, [1]), "u.not_held": vec(14, [2, 0, 1]), "u.unclear": vec(4),
        "n.complaint": vec(3), "n.mass_repeat": vec(2), "other": vec(4)},
        review=(5, 2, 0, 1), direct=(2, 1, 1, 0), after=(1, 0, 0, 1))
    f = _facts(form)
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 12, 8), F.proactive(b, rng),
              f"依申请公开方面，全年共新收政府信息公开申请75件，上年结转{f['carry']}件，均在法定期限内依法作出答复或按规定结转。",
              "二、主动公开政府信息情况", F.platform(b, rng)]
    after = [f"全年发生政府信息公开行政复议{f['review']}件、行政诉讼{f['lit']}件。",
             "五、存在的主要问题及改进情况", F.problems(b, y, rng), F.problems(b, y, random.Random(5)),
             "六、其他需要报告的事项", F.other_items(rng)]
    prose = {"requests.received": 75, "requests.carried_over": f["carry"], "review.total": f["review"],
             "litigation.total": f["lit"]}
    return form_report("h13", y, b, form, "glued", rng, before, after, prose,
                       notes=f"2019 form with cells run together (zeros written). Deliberate disagreement: prose "
                             f"received 75, table {f['new']}. '均…作出答复或按规定结转' states no count.")


@report
def h14() -> Report:
    rng = random.Random(114)
    b, y = "蒲塘镇人民政府", 2020
    form = Form("2019", new=vec(3), rows={"disclosed": vec(2), "u.not_held": vec(1)})
    before = ["", F.intro_new(b, y, rng), "一、总体情况",
              "2020年，本镇收到政府信息公开申请3件，已全部办结。镇政务公开栏全年更新信息40余期。", *F.body(b, y, rng, 4, 0)]
    after = ["未发生政府信息公开行政复议、行政诉讼。", "五、存在的主要问题及改进情况", F.problems(b, y, rng)]
    prose = {"requests.received": 3, "requests.outcome.total": 3, "review.total": 0, "litigation.total": 0}
    return form_report("h14", y, b, form, "cellline", rng, before, after, prose,
                       notes="Short township report; 2019 form one cell per line.")


@report
def h15() -> Report:
    rng = random.Random(115)
    b, y = "霁川区人民政府", 2021
    form = Form("2021", new=vec(201, [14, 2, 1, 3, 0]), carry=vec(11, [1]), rows={
        "disclosed": vec(88, [6, 1]), "partial": vec(31, [2, 0, 0, 1]), "w.state_secret": vec(1),
        "w.prohibited_by_law": vec(2), "w.third_party": vec(5), "w.internal_affairs": vec(3),
        "w.process_info": vec(6, [1]), "w.enforcement_file": vec(4), "u.not_held": vec(30, [3, 0, 1]),
        "u.needs_creation": vec(8), "u.unclear": vec(5), "n.complaint": vec(6), "n.duplicate": vec(4),
        "n.publication": vec(1), "n.confirm": vec(2), "o.overdue_correction": vec(9, [1]), "o.misc": vec(3)},
        review=(12, 3, 4, 2), direct=(5, 1, 2, 3), after=(4, 0, 1, 1))
    f = _facts(form)
    before = [F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 14, 12),
              f"全年新收政府信息公开申请{f['new']}件，上年结转{f['carry']}件，办结{f['total']}件，"
              f"结转下年度{f['fwd']}件。其中予以公开{f['disclosed']}件。",
              "二、主动公开政府信息情况", F.proactive(b, rng), F.platform(b, rng)]
    after = [f"本年度行政复议{f['review']}件，行政诉讼{f['lit']}件。", "五、存在的主要问题及改进情况",
             F.problems(b, y, rng), "六、其他需要报告的事项", "本年度未收取信息处理费。"]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "requests.outcome.total": f["total"],
             "requests.carried_forward": f["fwd"], "requests.outcome.disclosed": f["disclosed"],
             "review.total": f["review"], "litigation.total": f["lit"], "fees.amount_yuan": 0}
    return form_report("h15", y, b, form, "html_blank", rng, before, after, prose, ext="html",
                       notes="HTML tables with rowspan/colspan; table 三's 总计 column left blank, so every 总计 fact "
                             "(received, outcomes, carried over/forward) is derived from the six applicant cells. "
                             "未收取信息处理费 → fees 0.")


@report
def h16() -> Report:
    rng = random.Random(116)
    b, y = "北溟省卫生健康委员会", 2021
    form = Form("2021", new=vec(76, [4, 1, 0, 2, 1]), carry=vec(6), rows={
        "disclosed": vec(30, [2]), "partial": vec(10, [1, 0, 0, 1]), "w.third_party": vec(2),
        "w.process_info": vec(4), "u.not_held": vec(20, [1, 1]), "u.needs_creation": vec(3), "n.duplicate": vec(2),
        "o.overdue_correction": vec(5), "o.misc": vec(1, [0, 0, 0, 0, 1])})
    f = _facts(form)
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 12, 8), F.supervision(b, rng),
              f"全年共收到政府信息公开申请{f['new']}件，上年结转{f['carry']}件；已办结{f['total']}件，"
              f"{f['fwd']}件结转下年度办理。",
              "二、主动公开政府信息情况", F.proactive(b, rng), "全年核发医疗机构执业许可证书318件。"]
    after = ["（表格未完）",
             "本年度因政府信息公开申请被申请行政复议3件，均维持原行政行为；被提起行政诉讼2件，1件法院驳回诉讼请求，"
             "1件尚在审理。", "五、存在的主要问题及改进情况", F.problems(b, y, rng)]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "requests.outcome.total": f["total"],
             "requests.carried_forward": f["fwd"], "review.total": 3, "review.upheld": 3, "litigation.total": 2,
             "litigation.upheld": 1, "litigation.pending": 1}
    return form_report("h16", y, b, form, "pipe", rng, before, after, prose, script="s2t",
                       cut_after="u.not_held",
                       notes="2021 form as pipe rows, cut off after 本机关不掌握相关政府信息 (rest of table 三 and all "
                             "of table 四 lost): only complete rows are gold; withheld is the sum of its complete "
                             "sub-rows, unavailable is not. Case results stated in prose only. 执业许可 is a distractor.")


@report
def h17() -> Report:
    rng = random.Random(117)
    b, y = "望潮市住房和城乡建设局", 2022
    form = Form("2021", new=vec(58, [6, 0, 0, 1, 0]), carry=vec(2), rows={
        "disclosed": vec(20, [2]), "partial": vec(7, [1]), "w.third_party": vec(3), "w.enforcement_file": vec(1),
        "u.not_held": vec(15, [2, 0, 0, 1]), "u.unclear": vec(2), "n.complaint": vec(5), "n.duplicate": vec(1),
        "o.overdue_correction": vec(3), "o.misc": vec(1)}, review=(2, 1, 0, 0), direct=(1, 0, 0, 1))
    f = _facts(form)
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 14, 10),
              f"2022年新收政府信息公开申请{f['new']}件，结转上年{f['carry']}件，办结{f['total']}件，"
              f"结转下年度{f['fwd']}件。", "二、主动公开政府信息情况", F.proactive(b, rng),
              "全年受理建筑工程施工许可申请427件，办理商品房预售许可89件。"]
    after = [f"本年度发生行政复议{f['review']}件，行政诉讼{f['lit']}件。", "五、存在的主要问题及改进情况",
             F.problems(b, y, rng), "六、其他需要报告的事项", "本年度未收取信息处理费。"]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "requests.outcome.total": f["total"],
             "requests.carried_forward": f["fwd"], "review.total": f["review"], "litigation.total": f["lit"],
             "fees.amount_yuan": 0}
    return form_report("h17", y, b, form, "spaced", rng, before, after, prose,
                       notes="2021 form whose whitespace marks some cell boundaries but not all (zeros written). "
                             "Licence applications are distractors.")


@report
def h18() -> Report:
    rng = random.Random(118)
    b, y = "栖梧县人民政府", 2022
    form = Form("2021", new=vec(31, [2]), carry=vec(1), rows={
        "disclosed": vec(14, [1]), "partial": vec(4), "w.internal_affairs": vec(1), "u.not_held": vec(8, [1]),
        "u.needs_creation": vec(1), "n.duplicate": vec(1), "o.overdue_correction": vec(2)},
        review=(1, 0, 1, 0), direct=(0, 0, 0, 1))
    f = _facts(form)
    before = [F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 10, 6),
              f"全年共收到政府信息公开申请{f['new']}件，上年结转{f['carry']}件，已办结{f['total']}件，"
              f"{f['fwd']}件结转2023年办理。", "二、主动公开政府信息情况", F.proactive(b, rng)]
    after = [f"发生行政复议{f['review']}件，行政诉讼{f['lit']}件（尚在审理中）。", "五、存在的主要问题及改进情况",
             F.problems(b, y, rng), "六、其他需要报告的事项", "本年度未收取任何费用。"]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "requests.outcome.total": f["total"],
             "requests.carried_forward": f["fwd"], "review.total": f["review"], "litigation.total": f["lit"],
             "litigation.pending": 1, "fees.amount_yuan": 0}
    return form_report("h18", y, b, form, "glued", rng, before, after, prose, damage=flatten,
                       notes="Whole report flattened onto one line, table cells run together (zeros written).")


@report
def h19() -> Report:
    rng = random.Random(119)
    b, y = "沄江市人民政府", 2023
    form = Form("2021", new=vec(402, [31, 3, 5, 6, 2]), carry=vec(17, [2]), rows={
        "disclosed": vec(160, [12, 1, 2, 2]), "partial": vec(51, [5, 0, 1, 1, 1]), "w.state_secret": vec(2),
        "w.prohibited_by_law": vec(3), "w.three_safety": vec(1), "w.third_party": vec(9, [1]),
        "w.internal_affairs": vec(6), "w.process_info": vec(11, [1]), "w.enforcement_file": vec(5),
        "w.admin_query": vec(4), "u.not_held": vec(88, [7, 1, 1, 2]), "u.needs_creation": vec(14, [1]),
        "u.unclear": vec(10), "n.complaint": vec(12), "n.duplicate": vec(9), "n.publication": vec(2),
        "n.mass_repeat": vec(4), "n.confirm": vec(3), "o.overdue_correction": vec(15, [2]), "o.unpaid_fee": vec(1),
        "o.misc": vec(6, [0, 0, 0, 1])}, review=(19, 4, 6, 3), direct=(7, 2, 3, 4), after=(5, 1, 2, 2))
    f = _facts(form)
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 20, 16), F.supervision(b, rng),
              f"2023年，全市共新收政府信息公开申请{f['new']}件，上年结转{f['carry']}件。其中市本级受理163件，"
              f"各区县受理{f['new'] - 163}件。", "二、主动公开政府信息情况", F.proactive(b, rng), F.platform(b, rng)]
    after = [f"全年因政府信息公开被申请行政复议33件，被提起行政诉讼{f['lit']}件。",
             "五、存在的主要问题及改进情况", F.problems(b, y, rng), "六、其他需要报告的事项", F.other_items(rng)]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "review.total": 33,
             "litigation.total": f["lit"]}
    return form_report("h19", y, b, form, "tab", rng, before, after, prose, script="s2t",
                       heading3="三、收到和处理政府信息公开申请情况况",
                       heading4="四、政府信息公开行政复复议、行政诉讼情况",
                       notes=f"2021 form as TAB rows; headings with typos (情况况, 复复议). Deliberate disagreement: prose "
                             f"review 33, table {f['review']}. 市本级/各区县 split is a breakdown.")


@report
def h20() -> Report:
    rng = random.Random(120)
    b, y = "石碾镇人民政府", 2023
    form = Form("2021", new=vec(5), rows={"disclosed": vec(3), "u.not_held": vec(1), "n.duplicate": vec(1)})
    before = [F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 6, 3),
              "本年度收到政府信息公开申请5件，全部按时办结。", "二、主动公开政府信息情况", F.proactive(b, rng)]
    after = ["本年度未发生政府信息公开行政复议、行政诉讼案件。", "五、存在的主要问题及改进情况", F.problems(b, y, rng),
             "六、其他需要报告的事项", "本年度未收取信息处理费。"]
    prose = {"requests.received": 5, "requests.outcome.total": 5, "review.total": 0, "litigation.total": 0,
             "fees.amount_yuan": 0}
    return form_report("h20", y, b, form, "html", rng, before, after, prose, ext="html",
                       notes="Township, HTML tables with rowspan/colspan, small numbers.")


@report
def h21() -> Report:
    rng = random.Random(121)
    b, y = "霁川区市场监督管理局", 2024
    form = Form("2021", new=vec(118, [22, 0, 0, 3, 1]), carry=vec(5, [1]), rows={
        "disclosed": vec(40, [8]), "partial": vec(12, [3, 0, 0, 1]), "w.third_party": vec(6, [2]),
        "w.enforcement_file": vec(7, [1]), "w.admin_query": vec(3), "u.not_held": vec(30, [5, 0, 0, 1]),
        "u.needs_creation": vec(4), "u.unclear": vec(3), "n.complaint": vec(9, [1]), "n.duplicate": vec(2),
        "o.overdue_correction": vec(5, [1]), "o.misc": vec(2)}, review=(3, 1, 0, 1), direct=(2, 0, 1, 0),
        after=(1, 0, 0, 0))
    f = _facts(form)
    s = (f"2024年共收到政府信息公开申请{f['new']}件，上年结转{f['carry']}件，办结{f['total']}件，结转下一年度"
         f"{f['fwd']}件。因政府信息公开被申请行政复议{f['review']}件、提起行政诉讼{f['lit']}件。全年处理市场监管"
         f"投诉举报4316件，不属于政府信息公开申请。")
    before = ["", hard_wrap(F.intro_new(b, y, rng), 31, rng), "一、总体情况", hard_wrap(F.organisation(b, rng), 31, rng),
              *[hard_wrap(x, 31, rng) for x in F.body(b, y, rng, 10, 8)],
              hard_wrap(s, 31, rng), "二、主动公开政府信息情况", hard_wrap(F.proactive(b, rng), 31, rng)]
    after = ["五、存在的主要问题及改进情况", hard_wrap(F.problems(b, y, rng), 31, rng), "六、其他需要报告的事项",
             F.other_items(rng)]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "requests.outcome.total": f["total"],
             "requests.carried_forward": f["fwd"], "review.total": f["review"], "litigation.total": f["lit"]}
    return form_report("h21", y, b, form, "cellline", rng, before, after, prose,
                       notes="PDF-like hard-wrapped prose (lines of 31 characters, breaks inside numbers); 2021 form "
                             "one cell per line. 投诉举报4316 is not a disclosure count.")


DEPTS = ["省发展改革委", "省教育厅", "省科技厅", "省公安厅", "省民政厅", "省司法厅", "省财政厅", "省人力资源社会保障厅",
         "省自然资源厅", "省生态环境厅", "省住房城乡建设厅", "省交通运输厅", "省水利厅", "省农业农村厅", "省商务厅",
         "省文化和旅游厅", "省卫生健康委", "省应急管理厅", "省审计厅", "省市场监管局", "省统计局", "省医保局"]


@report
def h22() -> Report:
    rng = random.Random(122)
    b, y = "东陵省人民政府办公厅", 2024
    form = Form("2021", new=vec(1236, [84, 6, 9, 17, 11]), carry=vec(58, [4, 0, 0, 1]), rows={
        "disclosed": vec(402, [30, 2, 3, 5, 3]), "partial": vec(133, [10, 1, 1, 2, 1]), "w.state_secret": vec(4),
        "w.prohibited_by_law": vec(9), "w.three_safety": vec(2), "w.third_party": vec(21, [3]),
        "w.internal_affairs": vec(17, [1]), "w.process_info": vec(26, [2, 0, 1]), "w.enforcement_file": vec(12, [1]),
        "w.admin_query": vec(8), "u.not_held": vec(311, [22, 1, 2, 4, 3]), "u.needs_creation": vec(37, [2]),
        "u.unclear": vec(22, [1]), "n.complaint": vec(48, [1]), "n.duplicate": vec(35), "n.publication": vec(6),
        "n.mass_repeat": vec(19), "n.confirm": vec(11, [1]), "o.overdue_correction": vec(52, [4, 0, 1, 1]),
        "o.unpaid_fee": vec(3), "o.misc": vec(27, [2, 1, 0, 1, 1])},
        review=(61, 9, 14, 8), direct=(22, 4, 6, 11), after=(17, 3, 2, 5))
    f = _facts(form)
    r2 = random.Random(2)
    before = ["", F.intro_new(b, y, rng), "一、总体情况",
              F.organisation(b, rng), *F.body(b, y, rng, 30, 30), F.organisation(b, r2), F.organisation(b, random.Random(3)),
              F.supervision(b, rng), F.supervision(b, r2),
              "（一）主动公开。" + F.proactive(b, rng) + F.proactive(b, r2),
              "全省政务服务平台全年受理行政许可申请21.6万件，12345政务服务便民热线受理群众诉求86.4万件，"
              "省政府门户网站“省长信箱”收到来信3209件。",
              f"（二）依申请公开。全年新收政府信息公开申请{f['new']}件，较上年的1180件增长"
              f"{round((f['new'] - 1180) / 1180 * 100)}%；上年结转{f['carry']}件。省政府办公厅直接受理212件，"
              f"省政府各部门受理{f['new'] - 212}件。办结{f['total']}件，结转下年度{f['fwd']}件。",
              "（三）政府信息管理。" + F.platform(b, rng), F.platform(b, r2), F.platform(b, random.Random(4)),
              "（四）省直部门公开工作。", *[f"{d}全年主动公开信息{r2.randint(120, 2600)}条，更新专栏{r2.randint(3, 30)}个，"
                                      f"开展业务培训{r2.randint(1, 6)}次。" for d in DEPTS],
              "二、主动公开政府信息情况", F.proactive(b, random.Random(6)), F.proactive(b, random.Random(8))]
    after = [f"全年涉及政府信息公开的行政复议{f['review']}件、行政诉讼{f['lit']}件。全省各级行政复议机关"
             f"办理各类行政复议案件1.3万件，其中涉及政府信息公开的比例不足5%。",
             "五、存在的主要问题及改进情况", F.problems(b, y, rng), F.problems(b, y, r2),
             F.problems(b, y, random.Random(10)),
             "六、其他需要报告的事项", "本年度未收取信息处理费。", F.other_items(rng)]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "requests.outcome.total": f["total"],
             "requests.carried_forward": f["fwd"], "review.total": f["review"], "litigation.total": f["lit"],
             "fees.amount_yuan": 0}
    return form_report("h22", y, b, form, "pipe", rng, before, after, prose, script="s2t",
                       notes="Long provincial report. Distractors: 行政许可申请21.6万, 12345 hotline, mailbox, province-wide "
                             "1.3万 reviews, last year's 1180, 办公厅/部门 breakdown.")


@report
def h23() -> Report:
    rng = random.Random(123)
    b, y = "沄江市人力资源和社会保障局", 2025
    form = Form("2021", new=vec(17, [1]), rows={
        "disclosed": vec(6), "partial": vec(2), "w.third_party": vec(1), "u.not_held": vec(5, [1]),
        "n.duplicate": vec(1), "o.overdue_correction": vec(1)}, review=(1, 0, 0, 0))
    f = _facts(form)
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 10, 7),
              f"全年新收政府信息公开申请{f['new']}件，办结{f['total']}件，{f['fwd']}件结转下年度继续办理。",
              "二、主动公开政府信息情况", F.proactive(b, rng), "全年受理劳动人事争议仲裁案件1288件。"]
    after = ["本年度发生行政复议1件，复议机关维持了原答复；未发生行政诉讼。", "五、存在的主要问题及改进情况",
             F.problems(b, y, rng), "六、其他需要报告的事项", F.other_items(rng)]
    prose = {"requests.received": f["new"], "requests.outcome.total": f["total"], "requests.carried_forward": f["fwd"],
             "review.total": 1, "review.upheld": 1, "litigation.total": 0}
    return form_report("h23", y, b, form, "dropped_glued", rng, before, after, prose,
                       notes="2021 form with empty cells dropped AND cells run together: many rows have several "
                             "splits; table_ambiguous lists every field the arithmetic leaves open.")


@report
def h24() -> Report:
    rng = random.Random(124)
    b, y = "栖梧县人民政府", 2025
    form = Form("2021", new=vec(46, [3, 0, 0, 0, 1]), carry=vec(1), rows={
        "disclosed": vec(19, [1]), "partial": vec(5), "w.process_info": vec(2), "u.not_held": vec(12, [1, 0, 0, 0, 1]),
        "u.unclear": vec(2), "n.duplicate": vec(2), "o.overdue_correction": vec(3), "o.misc": vec(1)},
        review=(2, 0, 1, 0), direct=(1, 0, 0, 0), after=(0, 0, 0, 1))
    f = _facts(form)
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 8, 6),
              f"全年新收申请{f['new']}件，上年结转{f['carry']}件，办结{f['total']}件，结转下年度{f['fwd']}件。",
              "二、主动公开政府信息情况", F.proactive(b, rng)]
    after = [f"行政复议{f['review']}件，行政诉讼{f['lit']}件。", "五、存在的主要问题及改进情况", F.problems(b, y, rng),
             "六、其他需要报告的事项", "本年度未收取信息处理费。"]
    prose = {"requests.received": f["new"], "requests.carried_over": f["carry"], "requests.outcome.total": f["total"],
             "requests.carried_forward": f["fwd"], "review.total": f["review"], "litigation.total": f["lit"],
             "fees.amount_yuan": 0}
    return form_report("h24", y, b, form, "tab", rng, before, after, prose, damage=fullwidth_digits,
                       notes="Every digit full-width (prose and TAB table).")


@report
def h25() -> Report:
    rng = random.Random(125)
    b, y = "沄江市人民政府", 2008
    text = P(title(b, y), "", F.intro_old(b, y, rng), "一、概述",
             "《中华人民共和国政府信息公开条例》自2008年5月1日起施行。" + F.organisation(b, rng), *F.body(b, y, rng, 10, 6),
             "二、主动公开政府信息情况", F.proactive(b, rng), "市政务服务中心全年接待群众咨询1340人次。",
             "三、依申请公开政府信息情况",
             "自5月1日至12月31日，市政府各部门共受理政府信息公开申请64件，其中市国土局22件、市劳动保障局17件。"
             "从申请方式看，当面申请38件，信函申请11件，网上申请15件。已答复60件，其中同意公开47件，同意部分公开3件，"
             "不予公开4件，信息不存在6件；尚有4件在办理中。",
             "四、政府信息公开的收费及减免情况", "收取复制费、邮寄费共计0.05万元。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
             "本年度未发生因政府信息公开申请引起的行政复议、行政诉讼和申诉。",
             "六、存在的主要问题及改进措施", F.problems(b, y, rng))
    prose = {"requests.received": 64, "requests.channel.in_person": 38, "requests.channel.mail": 11,
             "requests.channel.online": 15, "requests.outcome.total": 60, "requests.outcome.disclosed": 47,
             "requests.outcome.partial": 3, "requests.outcome.withheld": 4, "requests.outcome.nonexistent": 6,
             "requests.carried_forward": 4, "fees.amount_yuan": 500, "review.total": 0, "litigation.total": 0,
             "complaints.total": 0}
    return Report("h25", y, b, text, prose, script="s2tw",
                  notes="First-year report (regulation in force from May). Per-department 22/17 are breakdowns; "
                        "consultations a distractor. 0.05万元 = 500元.")


@report
def h26() -> Report:
    rng = random.Random(126)
    b, y = "南屏省水利厅", 2012
    rows = [OldRow("一、主动公开情况", "", None),
            OldRow("主动公开政府信息数", "条", 736, "proactive.total", 5120),
            OldRow("二、依申请公开情况", "", None),
            OldRow("收到申请数", "件", 14, "requests.received", 71),
            OldRow("其中：当面申请数", "件", 3, "requests.channel.in_person", 20),
            OldRow("网络申请数", "件", 9, "requests.channel.online", 38),
            OldRow("信函申请数", "件", 2, "requests.channel.mail", 13),
            OldRow("对申请的答复总数", "件", 14, "requests.outcome.total", 71),
            OldRow("同意公开答复数", "件", 9, "requests.outcome.disclosed", 47),
            OldRow("同意部分公开答复数", "件", 1, "requests.outcome.partial", 6),
            OldRow("不同意公开答复数", "件", 1, "requests.outcome.withheld", 5),
            OldRow("申请信息不存在数", "件", 2, "requests.outcome.nonexistent", 8),
            OldRow("不属于本行政机关公开数", "件", 1, "requests.outcome.not_this_agency", 5),
            OldRow("三、行政复议数", "件", 0, "review.total", 2),
            OldRow("四、行政诉讼数", "件", 0, "litigation.total", 1),
            OldRow("五、申诉数", "件", 0, "complaints.total", 0),
            OldRow("六、依申请公开收费", "元", 0, "fees.amount_yuan", 60)]
    blocks = ["发布时间：2013年3月8日", F.intro_old(b, y, rng), "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 8, 6),
              "二、主动公开政府信息情况", F.proactive(b, rng), "三、依申请公开政府信息情况",
              "全年共受理政府信息公开申请14件，全部予以答复。",
              "四、收费及减免情况", "未收取费用。", "五、行政复议和行政诉讼情况",
              "本年度未发生行政复议、行政诉讼和申诉情况。", "六、存在的问题及改进措施", F.problems(b, y, rng),
              "附表：政府信息公开情况统计表", render_old(rows, "html", ["统计指标", "单位", "本年度", "累计"])]
    text = html_page(title(b, y), blocks)
    prose = {"requests.received": 14, "requests.outcome.total": 14, "fees.amount_yuan": 0, "review.total": 0,
             "litigation.total": 0, "complaints.total": 0}
    return Report("h26", y, b, text, prose, old_gold(rows), template="pre2019", published="2013-03-08", ext="html",
                  notes="HTML old statistics table with 本年度/累计: gold is 本年度; 累计 values (e.g. 复议2, 收费60元) "
                        "are not this year's. 全部予以答复 → outcome.total 14.")


@report
def h27() -> Report:
    rng = random.Random(127)
    b, y = "青萍区人民政府", 2017
    text = P(title(b, y), "", F.intro_old(b, y, rng), "一、概述", F.organisation(b, rng), *F.body(b, y, rng, 12, 8),
             "二、主动公开政府信息情况", F.proactive(b, rng),
             "三、依申请公开政府信息情况",
             "全年共受理政府信息公开申请73件，其中网上申请46件、当面申请18件、信函申请9件。截至12月31日，已答复70件，"
             "另3件尚在办理。答复中，同意公开41件，同意部分公开8件，不同意公开5件，不属于本机关公开范围7件，"
             "申请信息不存在9件。",
             "四、政府信息公开的收费及减免情况", "本年度未收取任何费用。",
             spaced("五、因政府信息公开申请行政复议、提起行政诉讼的情况"),
             spaced("因政府信息公开申请行政复议4件，其中复议维持3件，复议机关责令重新答复1件。") +
             "行政诉讼2件，法院判决驳回原告诉讼请求1件，判决被告重新答复1件。" +
             spaced("收到针对政府信息公开工作的申诉2件，均已调查处理。"),
             "六、存在的主要问题及改进措施", F.problems(b, y, rng))
    prose = {"requests.received": 73, "requests.channel.online": 46, "requests.channel.in_person": 18,
             "requests.channel.mail": 9, "requests.outcome.total": 70, "requests.carried_forward": 3,
             "requests.outcome.disclosed": 41, "requests.outcome.partial": 8, "requests.outcome.withheld": 5,
             "requests.outcome.not_this_agency": 7, "requests.outcome.nonexistent": 9, "fees.amount_yuan": 0,
             "review.total": 4, "review.upheld": 3, "review.corrected": 1, "litigation.total": 2,
             "litigation.upheld": 1, "litigation.corrected": 1, "complaints.total": 2}
    return Report("h27", y, b, text, prose, script="s2t",
                  notes="Characters spaced out in section 五 (except the litigation sentence). 责令重新答复/判决重新答复 → "
                        "corrected.")


@report
def h28() -> Report:
    rng = random.Random(128)
    b, y = "蒲塘镇人民政府", 2022
    text = P(title(b, y), "", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 10, 5),
             "2022年，本镇共收到政府信息公开申请2件，均已按期答复。",
             "二、主动公开政府信息情况", "[图片]", "三、收到和处理政府信息公开申请情况", "[图片]",
             "四、政府信息公开行政复议、行政诉讼情况", "[图片]",
             "本年度未发生因政府信息公开引起的行政复议和行政诉讼。",
             "五、存在的主要问题及改进情况", F.problems(b, y, rng), "六、其他需要报告的事项", F.other_items(rng))
    prose = {"requests.received": 2, "requests.outcome.total": 2, "review.total": 0, "litigation.total": 0}
    return Report("h28", y, b, text, prose, template="2021",
                  notes="Tables were images ([图片]): table empty; template 2021 from the year and headings.")


@report
def h29() -> Report:
    rng = random.Random(129)
    b, y = "北溟省生态环境厅", 2022
    form = Form("2021", new=vec(92, [11, 2, 3, 6, 1]), carry=vec(3, [1]), rows={
        "disclosed": vec(30, [4, 1, 1, 2]), "partial": vec(14, [2, 0, 1, 1]), "w.third_party": vec(2, [1]),
        "w.process_info": vec(3), "w.enforcement_file": vec(2), "u.not_held": vec(25, [3, 1, 1, 2, 1]),
        "u.needs_creation": vec(5), "u.unclear": vec(2), "n.complaint": vec(4), "n.duplicate": vec(2),
        "o.overdue_correction": vec(4, [1]), "o.misc": vec(1)}, review=(4, 1, 1, 1), direct=(2, 1, 0, 1),
        after=(1, 0, 0, 0))
    f = _facts(form)
    before = [F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 12, 10),
              f"全年新收政府信息公开申请{f['new']}件，其中予以公开{f['disclosed']}件，部分公开19件。",
              "二、主动公开政府信息情况", F.proactive(b, rng), "全年审批建设项目环境影响报告书（表）241件。"]
    after = [f"因政府信息公开被申请行政复议{f['review']}件，被提起行政诉讼{f['lit']}件。",
             "五、存在的主要问题及改进情况", F.problems(b, y, rng), "六、其他需要报告的事项", F.other_items(rng)]
    prose = {"requests.received": f["new"], "requests.outcome.disclosed": f["disclosed"],
             "requests.outcome.partial": 19, "review.total": f["review"], "litigation.total": f["lit"]}
    return form_report("h29", y, b, form, "html", rng, before, after, prose, ext="html", script="s2t",
                       notes=f"HTML tables, traditional script. Deliberate disagreement: prose partial 19, table "
                             f"{f['partial']}.")


@report
def h30() -> Report:
    rng = random.Random(130)
    b, y = "江屿市教育局", 2019
    form = Form("2019", new=vec(24, [1]), rows={
        "disclosed": vec(10), "partial": vec(3), "w.process_info": vec(1), "u.not_held": vec(6, [1]),
        "u.unclear": vec(1), "n.duplicate": vec(1), "other": vec(1)}, review=(1, 0, 0, 1), direct=(1, 0, 0, 0))
    f = _facts(form)
    before = ["", F.intro_new(b, y, rng), "一、总体情况", F.organisation(b, rng), *F.body(b, y, rng, 8, 6),
              f"2019年共收到政府信息公开申请{f['new']}件，办结{f['total']}件，结转{f['fwd']}件。"
              "因政府信息公开引发行政复议3件、行政诉讼1件。",
              "二、主动公开政府信息情况", F.proactive(b, rng) + "全年接受教育招生考试政策咨询2600余人次。"]
    after = ["五、存在的主要问题及改进情况", F.problems(b, y, rng), "六、其他需要报告的事项", F.other_items(rng)]
    prose = {"requests.received": f["new"], "requests.outcome.total": f["total"], "requests.carried_forward": f["fwd"],
             "review.total": 3, "litigation.total": 1}
    return form_report("h30", y, b, form, "tab", rng, before, after, prose, merge_heading=True,
                       heading4="四、政府信息公开行政覆议、行政诉讼情况",
                       notes=f"2019 form as TAB rows; heading 三 glued to the end of the previous paragraph; heading 四 "
                             f"misspelt (覆议). Deliberate disagreement: prose review 3, table {f['review']}.")
