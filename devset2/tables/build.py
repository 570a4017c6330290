"""Builder of devset2/tables: each report's text and its gold, written side by side.

Run ``.venv/bin/python devset2/tables/build.py`` from the repository root: it (re)writes
``reports/b01…b20`` and ``gold.json`` and prints any table arithmetic that does not add up (only the
reports whose notes say so should appear). Every body, place and number is invented; the national
form's row and column labels are the form's own wording.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from opencc import OpenCC

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from formlib import (CASE_HEAD, FORM_HEAD, Form, case_readings, check_form, drop_blank, flat,  # noqa: E402
                     form_gold, form_rows, fullwidth, glued, html_form, html_page, numbers_below,
                     paras, per_line, pipe, row_readings, tab, zeros)

S2T = OpenCC("s2t").convert
REPORTS: list[dict] = []


def add(name: str, text: str, issuer: str, year: int, published: str | None, template: str | None,
        prose: dict, table: dict, ambiguous: dict | None = None, notes: str = "",
        trad: bool = False) -> None:
    """Register one report; ``issuer`` is the body name as the title writes it (simplified)."""
    if trad:
        text, issuer = S2T(text), S2T(issuer)
    REPORTS.append(dict(name=name, text=text, issuer=issuer, year=year, published=published,
                        template=template, prose=prose, table=table, ambiguous=ambiguous or {},
                        notes=notes))


def _gold(f: Form) -> dict[str, int]:
    """Table gold of a form; prints the arithmetic the printed table breaks (only b08, b12 should)."""
    for msg in check_form(f):
        print(f"  {sys._getframe(1).f_code.co_name}: {msg}")
    return form_gold(f)


def case_rows(f: Form) -> list[list[str]]:
    return [r[:] for r in CASE_HEAD] + [[str(x) for x in f.case_rows()]]


def sec2_2021(rule: list[int], norm: list[int], lic: int, pen: int, force: int, fee: str) -> list[list[str]]:
    return [["第二十条第（一）项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章"] + [str(x) for x in rule], ["行政规范性文件"] + [str(x) for x in norm],
            ["第二十条第（五）项"], ["信息内容", "本年处理决定数量"], ["行政许可", str(lic)],
            ["第二十条第（六）项"], ["信息内容", "本年处理决定数量"], ["行政处罚", str(pen)],
            ["行政强制", str(force)], ["第二十条第（八）项"], ["信息内容", "本年收费金额（单位：万元）"],
            ["行政事业性收费", fee]]


def sec2_2019(norm: list[int], lic: list[int], pen: list[int], fee: list[int], buy: list[str]) -> list[list[str]]:
    s = lambda xs: [str(x) for x in xs]  # noqa: E731
    return [["第二十条第（一）项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            ["规章", "0", "0", "0"], ["规范性文件"] + s(norm),
            ["第二十条第（五）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
            ["行政许可"] + s(lic), ["其他对外管理服务事项", "0", "0", "0"],
            ["第二十条第（六）项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
            ["行政处罚"] + s(pen), ["行政强制", "0", "0", "0"],
            ["第二十条第（八）项"], ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费"] + s(fee),
            ["第二十条第（九）项"], ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购"] + buy]


H3 = "三、收到和处理政府信息公开申请情况"
H4 = "四、政府信息公开行政复议、行政诉讼情况"
_CASE_TABLE = '<table border="1" cellspacing="0">\n<tr><td colspan="5" rowspan="2">行政复议'


def _h4_before_case(html: str) -> str:
    """Put the heading 四 between the two HTML tables, where the portal page has it."""
    assert _CASE_TABLE in html
    return html.replace(_CASE_TABLE, f"<p>{H4}</p>\n" + _CASE_TABLE)


# ------------------------------------------------------------------------------------------- b01
def b01() -> None:
    f = Form("2021", leaves={"disclosed": (16, 4), "partial": (5, 0, 0, 0, 1), "withheld.third_party": 2,
                             "withheld.process_info": 1, "unavailable.not_held": (8, 1),
                             "unavailable.needs_creation": 1, "not_processed.duplicate": 2,
                             "other.overdue_correction": 3, "other.misc": 1},
             carried_over=2, carried_forward=(2, 1), review=(1, 0, 0, 0))
    g = _gold(f)
    r, t = g["requests.received"], g["requests.outcome.total"]
    text = f"""临澜县自然资源和规划局2021年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》和上级有关要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。所列数据统计期限自2021年1月1日起至2021年12月31日止。本报告电子版可在临澜县人民政府门户网站下载。

一、总体情况

2021年，我局以“阳光国土”为抓手，围绕耕地保护、不动产登记和征地补偿等群众关注的领域持续推进公开。全年通过局网站专栏发布各类信息600余条，编制征地信息公开目录一册，在各乡镇便民服务中心设置查阅点。

依申请公开方面，全年新收政府信息公开申请{r}件，加上上年结转的2件，办结{t}件，另有3件因需征求第三方意见，结转下年度继续办理。申请内容主要集中在征地补偿安置、宅基地审批和采矿权出让等方面。

复议诉讼方面，本年度发生政府信息公开行政复议1起，经县政府复议维持原答复；未发生政府信息公开行政诉讼。

二、主动公开政府信息情况

{pipe(sec2_2021([0, 0, 0], [3, 1, 9], 214, 37, 2, "0"))}

{H3}

{pipe(FORM_HEAD + form_rows(f))}

{H4}

{pipe(case_rows(f))}

五、存在的主要问题及改进情况

一是征地信息公开的及时性仍有差距，个别乡镇报送材料滞后；二是答复文书的说理不够充分。下一步，我局将建立征地信息报送台账，并组织业务科室开展答复文书规范化培训。

六、其他需要报告的事项

本年度未收取信息处理费。

临澜县自然资源和规划局
2022年1月26日
"""
    add("b01.txt", text, "临澜县自然资源和规划局", 2021, "2022-01-26", "2021",
        prose={"requests.received": r, "requests.carried_over": 2, "requests.outcome.total": t,
               "requests.carried_forward": 3, "review.total": 1, "review.upheld": 1,
               "litigation.total": 0, "fees.amount_yuan": 0},
        table=g,
        notes="Pipe rows; the 三、本年度办理结果 and group labels (rowspan) stand only on their first row. "
              "Section 二 has a 行政事业性收费 row (万元) that is not fees.amount_yuan. Prose: 本年度未收取信息处理费 → fees 0.")


# ------------------------------------------------------------------------------------------- b02
def b02() -> None:
    f = Form("2021", leaves={"disclosed": 2, "unavailable.not_held": (0, 1)})
    g = _gold(f)
    rows = drop_blank(zeros(form_rows(f), ""))
    for k in ("requests.applicant.natural_person", "requests.applicant.organization"):
        g.pop(k)
    text = f"""桂芦镇人民政府2022年政府信息公开工作年度报告

2022年，桂芦镇人民政府认真落实《中华人民共和国政府信息公开条例》，依托县政府信息公开平台镇级专栏，及时公开财政预决算、惠农补贴发放、低保五保名单和村级项目建设等信息。

一、总体情况
（一）主动公开情况。全年在镇级专栏发布信息132条，在各村村务公开栏张贴公示材料四十余期。
（二）依申请公开情况。全年收到依申请公开3件，均按期答复。
（三）行政复议和行政诉讼情况。全年未发生因政府信息公开引起的行政复议、行政诉讼。

二、主动公开政府信息情况
（略）

{H3}
{tab(FORM_HEAD)}
{tab(rows)}

{H4}
{tab(case_rows(f))}

五、存在的不足和改进措施
镇级专栏更新还不够及时，村级公开栏内容与网上公开衔接不紧。2023年将明确专人负责，每月检查一次更新情况。
"""
    add("b02.txt", text, "桂芦镇人民政府", 2022, None, "2021",
        prose={"requests.received": 3, "requests.outcome.total": 3, "review.total": 0, "litigation.total": 0},
        table=g,
        ambiguous={"requests.applicant.natural_person": [2, 0], "requests.applicant.organization": [1, 3]},
        notes="TAB rows with zero cells left blank and dropped, so numbers shift left. Row 一 reads '2 1 3': "
              "自然人 2 + one legal-person column 1, or two legal-person columns 2 and 1 (自然人 blank); the "
              "outcome rows are dropped the same way, so the column arithmetic does not decide it: applicant "
              "fields ambiguous. Total-column values are the last cell of each row; a row with no number is 0. "
              "The 复议/诉讼 table prints its zeros. Prose 均按期答复 after 收到3件 → outcome.total 3.")


# ------------------------------------------------------------------------------------------- b03
def b03() -> None:
    f = Form("2019", leaves={"disclosed": (9, 2), "partial": 3, "withheld.third_party": 1,
                             "withheld.process_info": (0, 1), "unavailable.not_held": 2,
                             "unavailable.unclear": 1, "not_processed.complaint": 1, "other": 1},
             review=(1, 0, 0, 1), direct=(1, 0, 0, 0))
    g = _gold(f)
    text = f"""沙洲市生态环境局
2019年政府信息公开工作年度报告

根据新修订的《中华人民共和国政府信息公开条例》要求，现公布沙洲市生态环境局2019年政府信息公开工作年度报告。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。如对本报告有疑问，请与沙洲市生态环境局办公室联系。

一、总体情况

（一）主动公开。围绕污染防治攻坚战，按月公开空气质量排名和重点排污单位监督性监测结果，全年公开建设项目环评受理、拟审批和审批决定公示信息共计五百余条。

（二）依申请公开。2019年共受理政府信息公开申请23件，申请事项主要涉及建设项目环评文件、企业排污许可和信访件处理结果。我局按照新条例规定的程序和时限办理，未出现超期答复。

（三）复议诉讼。因政府信息公开引发行政复议2件，其中维持1件、尚在审理1件；行政诉讼1件，法院判决驳回原告诉讼请求。

二、主动公开政府信息情况
{per_line(sec2_2019([2, 2, 31], [40, -3, 186], [0, 0, 122], [2, 0], ["0", "0"]))}

{H3}
{per_line(FORM_HEAD + form_rows(f))}

{H4}
{per_line(case_rows(f))}

五、存在的主要问题及改进情况
部分科室对新条例理解不深，答复告知书的引用条款不够准确。2020年将制定依申请公开答复范本，并纳入年度业务培训。

六、其他需要报告的事项
无。
"""
    add("b03.txt", text, "沙洲市生态环境局", 2019, None, "2019",
        prose={"requests.received": 23, "review.total": 2, "review.upheld": 1, "review.pending": 1,
               "litigation.total": 1, "litigation.upheld": 1},
        table=g,
        notes="One cell per line (section 二 too). PROSE-VS-TABLE DISAGREEMENT: prose 受理申请23件, table 一、本年新收 21 "
              "with 二、上年结转 0 and 四、结转 0: no identity of the form explains the difference of 2. Prose and table "
              "agree on review (2: 维持1, 尚未审结1) and litigation (1, direct, 维持).")


# ------------------------------------------------------------------------------------------- b04
def b04() -> None:
    f = Form("2019", leaves={"disclosed": (5, 2), "partial": 1, "unavailable.not_held": (3, 0, 0, 0, 0, 1),
                             "not_processed.duplicate": 1, "other": 1},
             carried_over=1, review=(0, 1, 0, 0), direct=(0, 0, 1, 0))
    g = _gold(f)
    for key in ("received", "total", "disclosed", "unavailable.not_held"):
        digits = "".join(str(x) for x in f.row(key))
        reads = row_readings(digits)
        seen = {(x[0], sum(x[1:6]), x[6]) if key == "received" else x[6] for x in reads}
        assert len(seen) == 1, (key, reads)
    assert len(case_readings("".join(str(x) for x in f.case_rows()))) == 1
    body = glued(FORM_HEAD + form_rows(f))
    r, co, t = g["requests.received"], g["requests.carried_over"], g["requests.outcome.total"]
    glue_r = "".join(str(x) for x in f.row("received"))
    glue_t = "".join(str(x) for x in f.row("total"))
    text = f"""东堤区人民政府办公室2020年政府信息公开工作年度报告
发布时间：2021-01-29 来源：区政府办公室 浏览次数：
　　本报告根据《中华人民共和国政府信息公开条例》要求编制。报告所列数据统计期限为2020年1月1日至12月31日。　　一、总体情况　　2020年，区政府办公室围绕疫情防控、复工复产和民生保障，加强政策文件和权威信息发布。　　（一）主动公开。全年通过区政府网站发布信息2100余条，召开新闻发布会6场。　　（二）依申请公开。全年收到政府信息公开申请{r}件，上年结转{co}件，办结{t}件。　　（三）行政复议及诉讼。被申请行政复议1件，复议机关责令重新答复；被提起行政诉讼1件，原告撤诉。　　二、主动公开政府信息情况{glued(sec2_2019([4, 4, 57], [0, 0, 0], [0, 0, 0], [0, 0], ["3", "46.2"]))}　　{H3}{body}　　{H4}{glued(case_rows(f))}　　五、存在的主要问题及改进情况　　一是基层公开人员流动较大；二是政策解读形式较为单一。下一步将加强培训，丰富图解、视频等解读形式。　　六、其他需要报告的事项　　无。
"""
    add("b04.txt", text, "东堤区人民政府办公室", 2020, "2021-01-29", "2019",
        prose={"requests.received": r, "requests.carried_over": co, "requests.outcome.total": t,
               "review.total": 1, "review.corrected": 1, "litigation.total": 1, "litigation.other": 1},
        table=g,
        notes="Whole report on one line with full-width spaces; every table glued with no separator "
              "(labels, cells and the next label's item number run together). Rows with a two-digit cell "
              f"(row 一 '{glue_r}', 三(七) '{glue_t}') have one 总计 reading under row total = applicant columns (and row 一 one 自然人/法人 split). "
              "Review corrected 1, litigation direct other 1 (prose: 责令重新答复 → corrected; 撤诉 → other).")


# ------------------------------------------------------------------------------------------- b05
def b05() -> None:
    f = Form("2021", leaves={"disclosed": (40, 6, 1), "partial": (12, 2), "withheld.three_safety": 1,
                             "withheld.third_party": (3, 1), "withheld.internal_affairs": 2,
                             "withheld.process_info": 4, "withheld.enforcement_file": 2,
                             "withheld.admin_query": 3, "unavailable.not_held": (28, 3),
                             "unavailable.needs_creation": 6, "unavailable.unclear": 2,
                             "not_processed.complaint": 5, "not_processed.duplicate": 4,
                             "not_processed.publication": 1, "not_processed.mass_repeat": 2,
                             "not_processed.confirm": 1, "other.overdue_correction": 7,
                             "other.misc": (3, 0, 0, 0, 1)},
             carried_over=(3, 1), carried_forward=(5, 0, 0, 0, 1),
             review=(2, 1, 0, 1), direct=(1, 0, 1, 0), after=(1, 0, 0, 0))
    g = _gold(f)
    r = g["requests.received"]
    online = r - 19 - 6
    body = paras(
        "根据《中华人民共和国政府信息公开条例》规定，特发布本报告。报告数据统计时限为2023年1月1日至2023年12月31日。",
        "一、总体情况",
        "2023年，湖南省渔政和水产管理局坚持以公开为常态、不公开为例外，重点做好禁捕退捕、水产养殖补助资金和执法检查结果的公开。",
        f"依申请公开方面，全年共收到政府信息公开申请{r}件，其中网上申请{online}件、信函申请19件、当面申请6件。"
        "申请内容集中于渔民退捕补偿、养殖水域滩涂规划和渔业船舶检验等事项。",
        "因政府信息公开工作被申请行政复议4件、被提起行政诉讼3件，具体结果见下表。",
        "二、主动公开政府信息情况",
        "全年主动公开各类信息1312条，其中行政规范性文件4件。",
        H3) + _h4_before_case(html_form(f)) + "\n" + paras(
        "五、存在的主要问题及改进情况",
        "依申请公开量增长较快，答复质量有待提升。2024年将完善申请办理会商机制。",
        "六、其他需要报告的事项", "本年度未收取信息处理费。")
    page = html_page("湖南省渔政和水产管理局2023年政府信息公开工作年度报告", body,
                     "发布时间：2024-01-30　信息来源：办公室　字号：【大 中 小】")
    add("b05.html", page, "湖南省渔政和水产管理局", 2023, "2024-01-30", "2021",
        prose={"requests.received": r, "requests.channel.online": online, "requests.channel.mail": 19,
               "requests.channel.in_person": 6, "review.total": 4, "litigation.total": 3,
               "fees.amount_yuan": 0},
        table=g,
        notes="Portal HTML: section 三 with colspan/rowspan header (申请人情况 over 自然人/法人或其他组织/总计), "
              "rowspan group labels; the 四 table has merged 行政复议/行政诉讼/未经复议直接起诉/复议后起诉 headers "
              "(three header rows, then one row of fifteen numbers). "
              "All 8 withheld, 3 unavailable, 5 not-processed and 2 of 3 other sub-rows are non-zero.")


# ------------------------------------------------------------------------------------------- b06
def b06() -> None:
    f = Form("2021", leaves={"disclosed": 6, "partial": (1, 1), "unavailable.not_held": 3,
                             "not_processed.complaint": 2, "other.misc": 1},
             carried_forward=1, direct=(0, 0, 0, 1))
    g = _gold(f)
    text = f"""屏川县人民政府2024年政府信息公开工作年度报告
【字体：大 中 小】 打印
　　本报告依据《中华人民共和国政府信息公开条例》编制，数据统计时限为2024年1月1日至2024年12月31日。
　　一、总体情况
　　2024年，县政府围绕营商环境、乡村振兴和民生实事项目推进公开，县政府门户网站全年发布信息3000余条。
　　全年共收到政府信息公开申请15件，办结14件，1件结转至2025年继续办理。被提起行政诉讼1件，目前尚在审理中。
　　二、主动公开政府信息情况
{pipe(fullwidth(sec2_2021([0, 0, 0], [6, 2, 41], 1890, 233, 12, "35.4")))}
　　{H3}
{pipe(fullwidth(FORM_HEAD + form_rows(f)))}
　　{H4}
{pipe(fullwidth(case_rows(f)))}
　　五、存在的主要问题及改进情况
　　部分乡镇政务公开专栏内容更新不及时。下一步将开展季度检查并通报结果。
　　六、其他需要报告的事项
　　本年度未收取信息处理费。
屏川县人民政府办公室
2025年1月21日
"""
    add("b06.txt", text, "屏川县人民政府", 2024, "2025-01-21", "2021",
        prose={"requests.received": 15, "requests.outcome.total": 14, "requests.carried_forward": 1,
               "litigation.total": 1, "litigation.pending": 1, "fees.amount_yuan": 0},
        table=g, trad=True,
        notes="Mirror site: whole report converted to traditional script; pipe rows with full-width digits. "
              "Section 二 行政事业性收费 35.4 (万元) is not fees.amount_yuan. Litigation: 1 direct, 尚未审结.")


# ------------------------------------------------------------------------------------------- b07
def b07() -> None:
    f = Form("2021", leaves={"disclosed": 1, "unavailable.not_held": 1})
    g = _gold(f)
    text = f"""长青街道办事处2022年政府信息公开工作年度报告

2022年，鹤岭区长青街道办事处在区政务公开办指导下开展政府信息公开工作，现将有关情况报告如下。

一、总体情况
（一）主动公开。在区政府网站街道专栏发布工作动态、社区服务、救助帮扶等信息86条。
（二）依申请公开。2022年，本街道办事处收到政府信息公开申请2件，均为自然人提出，已按期答复。
（三）政府信息管理。建立信息发布审核制度，坚持先审后发。
（四）平台建设。在街道便民服务中心设置政务公开专区。
（五）监督保障。将政务公开纳入社区年度考核。

二、主动公开政府信息情况
（略）

{H3}
{numbers_below(FORM_HEAD + form_rows(f))}

{H4}
{numbers_below(case_rows(f))}

五、存在的主要问题及改进情况
工作人员多为兼职，业务能力有待提高。

六、其他需要报告的事项
无。
"""
    add("b07.txt", text, "长青街道办事处", 2022, None, "2021",
        prose={"requests.received": 2, "requests.applicant.natural_person": 2, "requests.outcome.total": 2},
        table=g,
        notes="Street office. Each row's labels on one line and its seven numbers on the next line; the 复议/诉讼 "
              "table is transposed: three header lines of labels, then one line of fifteen numbers. The title names "
              "the office without the district; the district-qualified name follows in the opening.")


# ------------------------------------------------------------------------------------------- b08
def b08() -> None:
    f = Form("2021", leaves={"disclosed": (11, 3), "partial": 2, "withheld.process_info": 1,
                             "withheld.admin_query": 2, "unavailable.not_held": (6, 2),
                             "unavailable.needs_creation": 1, "not_processed.duplicate": 1,
                             "other.overdue_correction": 2},
             carried_over=1, carried_forward=2, review=(0, 0, 1, 0))
    true_total = f.row("total")[6]
    f.override["total"] = true_total + 1
    g = _gold(f)
    r = g["requests.received"]
    rows = FORM_HEAD + form_rows(f)
    # PDF copy: long labels wrap, page footer and running header inside the table
    lines = []
    for i, row in enumerate(rows):
        cells = row[:]
        lab = cells[-8] if len(cells) >= 8 else None
        line = "\t".join(cells)
        if lab and len(lab) > 14:
            cut = 10
            line = line.replace(lab, lab[:cut] + "\n" + lab[cut:], 1)
        lines.append(line)
        if i == 12:
            lines.append("— 4 —")
            lines.append("")
            lines.append("岱阳市市场监督管理局2021年政府信息公开工作年度报告")
    text = f"""岱阳市市场监督管理局2021年政府信息公开工作年度报告

　　根据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。报告中所列数据统计期限自2021年1月1日起至2021年12月31日止。

　　一、总体情况

　　2021年，我局以食品安全、特种设备安全和价格监管信息为重点推进公开。全年共收到政府信息公开申请{r}件，上年结转1件。申请主要涉及企业登记档案、投诉举报处理结果和抽检不合格产品处置情况。本年度被申请行政复议1件，申请人已撤回复议申请。我局依申请提供信息未收取任何费用。

　　二、主动公开政府信息情况

{tab(sec2_2021([0, 0, 0], [2, 0, 7], 4210, 388, 41, "0"))}

— 3 —

岱阳市市场监督管理局2021年政府信息公开工作年度报告

　　{H3}

{chr(10).join(lines)}

　　{H4}

{tab(case_rows(f))}

— 5 —

　　五、存在的主要问题及改进情况

　　依申请公开答复的规范化程度有待提高。2022年将修订办理流程。

　　六、其他需要报告的事项

　　无。
"""
    add("b08.txt", text, "岱阳市市场监督管理局", 2021, None, "2021",
        prose={"requests.received": r, "requests.carried_over": 1, "review.total": 1, "review.other": 1,
               "fees.amount_yuan": 0},
        table=g,
        notes=f"PDF copy: TAB cells, long row labels wrapped over two lines, page footer and running header "
              f"inside the section 三 table. TABLE ARITHMETIC DOES NOT ADD UP: (七)总计 prints {true_total + 1} while "
              f"(一)…(六) sum to {true_total} (and so 一+二 = {r + 1} ≠ 七+四 = {true_total + 3}); gold keeps the "
              f"printed {true_total + 1}. Review 1 withdrawn (撤回 → other).")


# ------------------------------------------------------------------------------------------- b09
def b09() -> None:
    f = Form("2021", leaves={"disclosed": 2, "partial": (0, 1), "unavailable.not_held": 1, "other.misc": 1})
    g = _gold(f)
    rows = zeros(FORM_HEAD + form_rows(f), "-")
    crow = zeros(case_rows(f), "-")
    text = f"""云南省勐川傣族自治州民族宗教事务委员会2024年度政府信息公开工作报告

按照《中华人民共和国政府信息公开条例》和省、州政务公开工作要求，现将州民族宗教委2024年度政府信息公开工作情况报告如下。

一、总体情况。我委坚持把政务公开作为依法行政的重要内容，及时公开民族团结进步创建、少数民族发展资金分配和宗教活动场所登记等信息，全年在州政府网站部门专栏发布信息214条。本年度无行政复议、行政诉讼。

二、主动公开政府信息情况。本年度制发行政规范性文件1件，现行有效4件。

{H3} {flat(rows)} {H4} {flat(crow)}

五、存在的主要问题及改进情况。双语信息发布不够及时。2025年将加强少数民族语言文字信息发布。

六、其他需要报告的事项。无。

勐川州民族宗教事务委员会
2025年1月15日
"""
    add("b09.txt", text, "云南省勐川傣族自治州民族宗教事务委员会", 2024, "2025-01-15", "2021",
        prose={"review.total": 0, "litigation.total": 0},
        table=g,
        notes="Sections 三 and 四 flattened into one long line of space-separated cells, '-' for zero. "
              "Prose states no request figures, only 无行政复议、行政诉讼.")


# ------------------------------------------------------------------------------------------- b10
def b10() -> None:
    f = Form("2019", leaves={"disclosed": (12, 2), "partial": 3, "withheld.third_party": 1,
                             "unavailable.not_held": (7, 1), "unavailable.unclear": 1,
                             "not_processed.duplicate": 2, "other": 1},
             carried_over=2, carried_forward=1)
    g = _gold(f)
    r = g["requests.received"]
    body = paras(
        "本报告根据《中华人民共和国政府信息公开条例》编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
        "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据统计期限自2020年1月1日至12月31日。",
        "一、总体情况",
        "2020年，溧川市教育局重点公开招生入学政策、学区划分、教育收费和疫情期间线上教学安排等信息。",
        f"全年共收到政府信息公开申请{r}件，上年结转2件。其中予以公开12件、部分公开3件、无法提供9件、不予处理2件。"
        "本年度未发生政府信息公开行政复议和行政诉讼。",
        "二、主动公开政府信息情况", "全年主动公开信息1046条。",
        H3) + _h4_before_case(html_form(f, zero="0")) + "\n" + paras(
        "五、存在的主要问题及改进情况",
        "学校层面公开工作发展不平衡。2021年将把学校信息公开纳入督导评估。",
        "六、其他需要报告的事项", "无。")
    page = html_page("溧川市教育局2020年政府信息公开工作年度报告", body, "发布日期：2021-01-28 11:02")
    add("b10.html", page, "溧川市教育局", 2020, "2021-01-28", "2019",
        prose={"requests.received": r, "requests.carried_over": 2, "requests.outcome.partial": 3,
               "requests.outcome.disclosed": 12, "requests.outcome.unavailable": 9,
               "requests.outcome.not_processed": 2, "review.total": 0, "litigation.total": 0},
        table=g,
        notes="Portal HTML, 2019 form, merged header cells. PROSE-VS-TABLE DISAGREEMENT: prose 予以公开12件, table "
              f"(一)予以公开 {g['requests.outcome.disclosed']} (partial 3 in both; no identity explains 12 vs 14). "
              "Other prose figures agree with the table.")


# ------------------------------------------------------------------------------------------- b11
def b11() -> None:
    f = Form("2021", leaves={"disclosed": 3, "partial": 1, "withheld.third_party": (0, 0, 0, 0, 1),
                             "unavailable.not_held": 2, "not_processed.complaint": 1},
             direct=(1, 0, 0, 1))
    g = _gold(f)
    rows = zeros(FORM_HEAD + form_rows(f), "—")
    crow = zeros(case_rows(f), "/")
    text = f"""陇禾县卫生健康局2023年政府信息公开工作年度报告

按照《中华人民共和国政府信息公开条例》要求，现公布本局2023年度政府信息公开工作年度报告。

一、总体情况

2023年，我局紧扣医疗卫生服务、公共卫生和计划生育奖励扶助等群众关切事项开展公开。全年收到政府信息公开申请8件，均在法定期限内答复。被提起行政诉讼2件，其中1件法院判决驳回诉讼请求，1件尚未审结。

二、主动公开政府信息情况

全年公开信息355条，其中医疗机构执业登记信息49条。

{H3}

{numbers_below(rows)}

{H4}

{numbers_below(crow)}

五、存在的主要问题及改进情况

信息公开与业务工作衔接不够紧密。下一步将推进重点领域信息标准化发布。

六、其他需要报告的事项

无。
"""
    add("b11.txt", text, "陇禾县卫生健康局", 2023, None, "2021",
        prose={"requests.received": 8, "requests.outcome.total": 8, "litigation.total": 2,
               "litigation.upheld": 1, "litigation.pending": 1},
        table=g,
        notes="Numbers on the line below their labels; zeros printed as '—' in section 三 and '/' in the 复议/诉讼 "
              "row. One withheld (third party) request from the 法律服务机构 column.")


# ------------------------------------------------------------------------------------------- b12
def b12() -> None:
    f = Form("2021", leaves={"disclosed": (9, 2), "partial": 2, "withheld.third_party": 1,
                             "unavailable.not_held": 5, "unavailable.needs_creation": 1,
                             "not_processed.complaint": 2, "other.overdue_correction": 1, "other.misc": (0, 1)},
             carried_over=1, carried_forward=3, review=(2, 0, 0, 0))
    # printed row 一 (20 natural, 2 business = 22) does not balance 一+二 = 七+四 (24 + 3 - 1 = 26)
    real = f.row

    def row(key: str) -> list[int]:
        return [20, 2, 0, 0, 0, 0, 22] if key == "received" else real(key)
    f.row = row  # type: ignore[method-assign]
    g = _gold(f)
    text = f"""青岚区住房和城乡建设局2022年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》和自治区有关工作部署，桂东市青岚区住房和城乡建设局编制本年度报告。

一、总体情况

2022年，我局围绕保障性住房分配、老旧小区改造、建筑市场监管等领域推进公开。全年共受理政府信息公开申请22件，上年结转1件。被申请行政复议2件，均维持原处理决定，未发生行政诉讼。

二、主动公开政府信息情况

{tab(sec2_2021([0, 0, 0], [1, 0, 5], 316, 28, 0, "0"))}

{H3}

{tab(FORM_HEAD + form_rows(f))}

{H4}

{tab(case_rows(f))}

五、存在的主要问题及改进情况

公开内容的解读不够通俗。2023年将增加图解和短视频解读。

六、其他需要报告的事项

无。
"""
    add("b12.txt", text, "青岚区住房和城乡建设局", 2022, None, "2021",
        prose={"requests.received": 22, "requests.carried_over": 1, "review.total": 2, "review.upheld": 2,
               "litigation.total": 0},
        table=g, trad=True,
        notes="Traditional script (mirror), TAB rows. TABLE ARITHMETIC DOES NOT ADD UP: 一 22 + 二 1 = 23, but "
              f"七 {g['requests.outcome.total']} + 四 3 = {g['requests.outcome.total'] + 3}; each row balances across its "
              "columns, so no split explains it. Gold keeps the printed cells.")


# ------------------------------------------------------------------------------------------- old tables
OLD_HEAD = ["指标名称", "单位", "数量"]


def old_gold(rows: list[tuple]) -> dict[str, int]:
    return {r[3]: r[4] if len(r) > 4 else r[2] for r in rows if len(r) > 3 and r[3]}


def b13() -> None:
    rows = [("一、主动公开政府信息数", "条", "1245", None), ("其中：全文电子化信息数", "条", "1160", None),
            ("二、依申请公开信息数（申请总数）", "件", "27", "requests.received", 27),
            ("1.当面申请数", "件", "5", "requests.channel.in_person", 5),
            ("2.传真申请数", "件", "0", "requests.channel.fax", 0),
            ("3.网上申请数", "件", "18", "requests.channel.online", 18),
            ("4.信函申请数", "件", "4", "requests.channel.mail", 4),
            ("三、对申请的答复总数", "件", "25", "requests.outcome.total", 25),
            ("1.同意公开答复数", "件", "17", "requests.outcome.disclosed", 17),
            ("2.同意部分公开答复数", "件", "3", "requests.outcome.partial", 3),
            ("3.不同意公开答复数", "件", "2", "requests.outcome.withheld", 2),
            ("4.信息不存在数", "件", "2", "requests.outcome.nonexistent", 2),
            ("5.不属于本机关公开数", "件", "1", "requests.outcome.not_this_agency", 1),
            ("四、行政复议数", "件", "1", "review.total", 1),
            ("五、行政诉讼数", "件", "0", "litigation.total", 0),
            ("六、申诉数", "件", "0", "complaints.total", 0),
            ("七、依申请公开收取费用", "元", "0", "fees.amount_yuan", 0)]
    table = pipe([OLD_HEAD] + [list(r[:3]) for r in rows])
    text = f"""陕西省渭北农垦局2009年政府信息公开工作年度报告

　　根据《中华人民共和国政府信息公开条例》和省政府办公厅的统一部署，现将我局2009年政府信息公开工作情况报告如下。

　　一、概述
　　2009年是《条例》实施的第二年。我局调整了政府信息公开工作领导小组，修订了信息公开指南和目录，在局机关一楼设立了政府信息查阅室。

　　二、主动公开政府信息情况
　　全年主动公开政府信息1245条，内容包括机构职能、农垦经济运行、国有农场改革和招商引资项目等。

　　三、依申请公开政府信息情况
　　2009年共受理申请27件，已答复25件，其余2件正在办理。申请主要涉及农场土地承包和职工安置政策。

　　四、收费及减免情况
　　我局未收取检索、复制、邮寄等费用。

　　五、行政复议和行政诉讼情况
　　发生行政复议1件，未发生行政诉讼。

　　六、存在的问题和改进措施
　　信息公开的主动性和及时性有待加强，基层农场公开工作基础薄弱。

　　附表：陕西省渭北农垦局2009年政府信息公开情况统计表

{table}

二〇一〇年三月
"""
    add("b13.txt", text, "陕西省渭北农垦局", 2009, None, "pre2019",
        prose={"requests.received": 27, "requests.outcome.total": 25, "requests.carried_forward": 2,
               "fees.amount_yuan": 0, "review.total": 1, "litigation.total": 0},
        table=old_gold(rows),
        notes="Old 附表 in pipe rows (指标名称/单位/数量). Publication month only (二〇一〇年三月), no day: published null. "
              "Prose 其余2件正在办理 → carried_forward 2.")


def b14() -> None:
    rows = [("主动公开政府信息数", "条", "2876", None, None, "15410"),
            ("受理申请总数", "件", "34", "requests.received", 34, "198"),
            ("其中：当面申请数", "件", "9", "requests.channel.in_person", 9, "60"),
            ("网上申请数", "件", "19", "requests.channel.online", 19, "101"),
            ("信函、传真申请数", "件", "6", None, None, "37"),
            ("对申请的答复总数", "件", "34", "requests.outcome.total", 34, "198"),
            ("其中：同意公开", "件", "21", "requests.outcome.disclosed", 21, "133"),
            ("同意部分公开", "件", "4", "requests.outcome.partial", 4, "19"),
            ("不同意公开", "件", "3", "requests.outcome.withheld", 3, "14"),
            ("信息不存在", "件", "4", "requests.outcome.nonexistent", 4, "20"),
            ("非本机关政府信息", "件", "2", "requests.outcome.not_this_agency", 2, "12"),
            ("行政复议数", "件", "0", "review.total", 0, "3"),
            ("行政诉讼数", "件", "1", "litigation.total", 1, "2"),
            ("申诉数", "件", "0", "complaints.total", 0, "1"),
            ("收取费用", "元", "0", "fees.amount_yuan", 0, "0")]
    grid = [["指标", "单位", "本年度", "累计"]] + [[r[0], r[1], r[2], r[5]] for r in rows]
    text = f"""鞍河市人民政府2011年政府信息公开年度报告

本报告根据《中华人民共和国政府信息公开条例》要求，由鞍河市人民政府办公厅编制。报告统计时间为2011年1月1日至12月31日。

一、概述
2011年，市政府进一步完善政府信息公开制度，编制了政府信息公开保密审查办法，各县区和市直部门的政府信息公开工作进一步规范。

二、主动公开情况
市政府及所属部门全年主动公开政府信息2876条。

三、依申请公开情况
全年共受理政府信息公开申请37件，主要涉及城市房屋拆迁、社会保障和规划审批等方面，均已按规定答复。

四、行政复议和行政诉讼情况
被提起行政诉讼1件，法院判决维持市政府的答复。全年未发生行政复议。

五、收费情况
未收取任何费用。

六、存在的主要问题及改进措施
部分部门对信息公开重视不够。2012年将加强考核。

附件：2011年政府信息公开情况统计表
{tab(grid)}
"""
    add("b14.txt", text, "鞍河市人民政府", 2011, None, "pre2019",
        prose={"requests.received": 37, "requests.outcome.total": 37, "litigation.total": 1, "litigation.upheld": 1, "review.total": 0,
               "fees.amount_yuan": 0},
        table=old_gold(rows),
        notes="Old table with 本年度 and 累计 columns, TAB rows; only 本年度 is the report's figure. Combined indicator "
              "信函、传真申请数 6 left out (not guessed into mail or fax). PROSE-VS-TABLE DISAGREEMENT: prose 受理申请37件, "
              "table 受理申请总数 34 (no carry-over is stated; no identity explains it). Prose 均已按规定答复 after 37件 → "
              "outcome.total 37 per the guideline, so outcome.total disagrees too (table 答复总数 34).")


def b15() -> None:
    t1 = [("依申请公开情况", "", ""), ("项目", "单位", "数量"),
          ("申请总数", "件", "8"), ("其中：当面申请", "件", "3"), ("网上申请", "件", "4"), ("电子邮件申请", "件", "1"),
          ("答复总数", "件", "8"), ("其中：同意公开", "件", "5"), ("属于已主动公开范围", "件", "1"),
          ("告知通过其他途径办理", "件", "1"), ("不予公开", "件", "1")]
    t2 = [("行政复议、诉讼及申诉情况", "", ""), ("项目", "单位", "数量"),
          ("行政复议", "件", "0"), ("行政诉讼", "件", "0"), ("申诉", "件", "0")]
    t3 = [("收费情况", "", ""), ("项目", "单位", "数量"), ("检索、复制、邮寄费", "元", "0")]
    gold = {"requests.received": 8, "requests.channel.in_person": 3, "requests.channel.online": 4,
            "requests.channel.email": 1, "requests.outcome.total": 8, "requests.outcome.disclosed": 5,
            "requests.outcome.already_public": 1, "requests.outcome.redirected": 1,
            "requests.outcome.withheld": 1, "review.total": 0, "litigation.total": 0, "complaints.total": 0,
            "fees.amount_yuan": 0}
    cells = lambda t: per_line([[c for c in r if c] for r in t])  # noqa: E731
    text = f"""江西省禾溪县人民政府
2013年政府信息公开工作年度报告

　　根据《中华人民共和国政府信息公开条例》规定，现公布禾溪县人民政府2013年政府信息公开工作年度报告。

　　一、概述
　　2013年，县政府把政府信息公开作为转变作风、服务群众的重要举措，重点推进财政预决算、“三公”经费、保障性住房和征地拆迁信息公开。

　　二、主动公开情况
　　全年主动公开政府信息1587条。

　　三、依申请公开情况
　　全年受理的申请均在规定期限内予以答复，详见附表一。

　　四、收费情况
　　依申请公开未收取任何费用。

　　五、复议、诉讼和申诉情况
　　详见附表二。

　　六、存在问题及改进措施
　　乡镇公开工作不平衡。2014年将开展专项督查。

附表一
{cells(t1)}

附表二
{cells(t2)}

附表三
{cells(t3)}

禾溪县人民政府办公室
2014年3月31日
"""
    add("b15.txt", text, "江西省禾溪县人民政府", 2013, "2014-03-31", "pre2019",
        prose={"fees.amount_yuan": 0},
        table=gold,
        notes="Three separate old tables (依申请公开 / 复议诉讼申诉 / 收费), one cell per line. Prose gives only the fee "
              "zero; the other figures are in the tables.")


def b16() -> None:
    rows = [("统计指标", "单位", "统计数"),
            ("一、主动公开情况", "", ""), ("（一）主动公开政府信息数", "条", "742"),
            ("二、依申请公开情况", "", ""), ("（一）收到申请数", "件", "6"), ("1.当面申请数", "件", "2"),
            ("2.传真申请数", "件", "0"), ("3.网络申请数", "件", "3"), ("4.信函申请数", "件", "1"),
            ("（二）申请办结数", "件", "6"), ("1.按时办结数", "件", "6"), ("2.延期办结数", "件", "0"),
            ("（三）申请答复数", "件", "6"), ("1.属于已主动公开范围数", "件", "1"), ("2.同意公开答复数", "件", "3"),
            ("3.同意部分公开答复数", "件", "1"), ("4.不同意公开答复数", "件", "0"),
            ("5.不属于本行政机关公开数", "件", "1"), ("6.申请信息不存在数", "件", "0"),
            ("7.告知作出更改补充数", "件", "0"), ("8.告知通过其他途径办理数", "件", "0"),
            ("三、行政复议数量", "件", "0"), ("四、行政诉讼数量", "件", "0"), ("五、举报投诉数量", "件", "0"),
            ("六、依申请公开信息收取的费用", "万元", "0")]
    gold = {"requests.received": 6, "requests.channel.in_person": 2, "requests.channel.fax": 0,
            "requests.channel.online": 3, "requests.channel.mail": 1, "requests.outcome.total": 6,
            "requests.outcome.already_public": 1, "requests.outcome.disclosed": 3, "requests.outcome.partial": 1,
            "requests.outcome.withheld": 0, "requests.outcome.not_this_agency": 1,
            "requests.outcome.nonexistent": 0, "requests.outcome.unclear": 0, "requests.outcome.redirected": 0,
            "review.total": 0, "litigation.total": 0, "complaints.total": 0, "fees.amount_yuan": 0}
    text = f"""巴音塔拉旗人民政府2015年政府信息公开工作年度报告

　　本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2015年1月1日至12月31日。

　　一、概述。2015年，巴音塔拉旗人民政府进一步健全信息公开工作机制，重点公开草原生态保护补助奖励、牧区危房改造和扶贫资金使用情况。

　　二、主动公开情况。全年主动公开政府信息742条。

　　三、依申请公开情况。2015年，本旗共收到政府信息公开申请6件，全部按时办结。

　　四、复议诉讼情况。全年未发生政府信息公开方面的行政复议、行政诉讼和举报投诉。

　　五、收费情况。无收费。

　　附件：政府信息公开情况统计表
{glued([list(r) for r in rows])}
"""
    add("b16.txt", text, "巴音塔拉旗人民政府", 2015, None, "pre2019",
        prose={"requests.received": 6, "requests.outcome.total": 6, "review.total": 0, "litigation.total": 0,
               "complaints.total": 0, "fees.amount_yuan": 0},
        table=gold, trad=True,
        notes="Traditional script (mirror); the 2015-style statistics table glued into one run (label, unit and "
              "value run into the next label's item number: '件61.當面申請數件22.…'). The item numbers run 1,2,3,4 and "
              "the channels sum to the total, so the split is unique. 申請辦結數 is not mapped (答復數 is outcome.total). "
              "Prose 全部按時辦結 after 收到6件 → outcome.total 6; 無收費 → fees 0.")


def b17() -> None:
    rows = [("主动公开信息数", "条", "412", "3307", None),
            ("依申请公开信息数", "件", "11", "64", "requests.received"),
            ("当面申请", "件", "2", "17", "requests.channel.in_person"),
            ("网上申请", "件", "7", "35", "requests.channel.online"),
            ("信函申请", "件", "2", "12", "requests.channel.mail"),
            ("对申请的答复总数", "件", "10", "62", "requests.outcome.total"),
            ("同意公开", "件", "6", "40", "requests.outcome.disclosed"),
            ("同意部分公开", "件", "1", "6", "requests.outcome.partial"),
            ("不同意公开", "件", "1", "5", "requests.outcome.withheld"),
            ("信息不存在", "件", "1", "6", "requests.outcome.nonexistent"),
            ("不属于本机关公开", "件", "1", "5", "requests.outcome.not_this_agency"),
            ("行政复议数", "件", "0", "1", "review.total"),
            ("行政诉讼数", "件", "0", "0", "litigation.total"),
            ("申诉数", "件", "0", "0", "complaints.total"),
            ("依申请公开收费", "元", "0", "0", "fees.amount_yuan")]
    h = ['<table border="1" cellspacing="0">',
         '<tr><td rowspan="2">指标名称</td><td rowspan="2">单位</td><td colspan="2">数量</td></tr>',
         "<tr><td>本年度</td><td>累计</td></tr>"]
    for i, (lab, u, a, b, _) in enumerate(rows):
        pre = ""
        if i == 2:
            pre = '<td rowspan="3">其中</td>'
        if i == 6:
            pre = '<td rowspan="5">其中</td>'
        if i in (2, 3, 4, 6, 7, 8, 9, 10):
            h.append(f"<tr>{pre}<td>{lab}</td><td>{u}</td><td>{a}</td><td>{b}</td></tr>")
        else:
            h.append(f'<tr><td colspan="2">{lab}</td><td>{u}</td><td>{a}</td><td>{b}</td></tr>')
    h.append("</table>")
    h[1] = '<tr><td rowspan="2" colspan="2">指标名称</td><td rowspan="2">单位</td><td colspan="2">数量</td></tr>'
    body = paras(
        "根据《中华人民共和国政府信息公开条例》规定，现公布黔岭市交通运输局2016年政府信息公开工作年度报告。",
        "一、概述",
        "2016年，我局围绕交通基础设施建设、道路运输管理和出租汽车改革等工作推进信息公开。",
        "二、主动公开情况", "全年主动公开信息412条。",
        "三、依申请公开情况",
        "全年受理依申请公开11件，已答复10件，尚有1件正在办理。",
        "四、复议、诉讼和收费情况", "全年未发生行政复议和行政诉讼，未收取费用。",
        "五、存在的问题及改进措施", "网站栏目设置有待优化。",
        "附表：2016年政府信息公开情况统计表") + "\n".join(h)
    page = html_page("黔岭市交通运输局2016年政府信息公开工作年度报告", body, "发布日期：2017-03-20")
    gold = {k: int(a) for (_, _, a, _, k) in rows if k}
    add("b17.html", page, "黔岭市交通运输局", 2016, "2017-03-20", "pre2019",
        prose={"requests.received": 11, "requests.outcome.total": 10, "requests.carried_forward": 1,
               "review.total": 0, "litigation.total": 0, "fees.amount_yuan": 0},
        table=gold,
        notes="Portal HTML old table: 指标名称 header spans two columns, 数量 spans 本年度/累计, '其中' label cells with "
              "rowspan. Only 本年度 is the report's figure.")


def b18() -> None:
    labels = ["指标", "主动公开信息数（条）", "依申请公开申请数（件）", "行政复议（件）", "行政诉讼（件）",
              "申诉（件）", "收费（元）"]
    nums = ["数量", "86", "0", "0", "0", "0", "0"]
    text = f"""岳川县青枫乡人民政府2017年政府信息公开工作年度报告

　　根据《中华人民共和国政府信息公开条例》和县政府办公室通知要求，现将青枫乡2017年政府信息公开工作情况报告如下：
　　一、基本情况。乡党委、政府高度重视政务公开工作，明确分管领导和信息员各1名，在乡政务服务中心设立公开栏。
　　二、主动公开情况。全年在县政府网站乡镇专栏公开信息86条，公开内容主要为扶贫资金项目、低保和危房改造名单、乡财政预决算等。
　　三、依申请公开及复议诉讼情况。本年度我乡未收到政府信息公开申请，未发生因政府信息公开引起的行政复议、行政诉讼及申诉，未收取任何费用。
　　四、存在的问题及改进措施。公开内容还不够全面，村级公开不够规范。
　　附表：2017年青枫乡政府信息公开情况统计
{tab([labels, nums])}
"""
    add("b18.txt", text, "岳川县青枫乡人民政府", 2017, None, "pre2019",
        prose={"requests.received": 0, "review.total": 0, "litigation.total": 0, "complaints.total": 0,
               "fees.amount_yuan": 0},
        table={"requests.received": 0, "review.total": 0, "litigation.total": 0, "complaints.total": 0,
               "fees.amount_yuan": 0},
        notes="Township. Transposed old table: indicator labels in one TAB row, their values in the next. "
              "Zeros stated in prose (未收到申请; 未发生…行政复议、行政诉讼及申诉; 未收取任何费用).")


def b19() -> None:
    rows = [("统计指标", "单位", "统计数"),
            ("三、依申请公开情况", "", ""), ("（一）收到申请数", "件", "9"), ("1.当面申请数", "件", "1"),
            ("2.传真申请数", "件", "—"), ("3.网络申请数", "件", "6"), ("4.信函申请数", "件", "2"),
            ("（二）申请办结数", "件", "9"), ("1.按时办结数", "件", "9"), ("2.延期办结数", "件", "—"),
            ("（三）申请答复数", "件", "9"), ("1.属于已主动公开范围数", "件", "2"), ("2.同意公开答复数", "件", "4"),
            ("3.同意部分公开答复数", "件", "1"), ("4.不同意公开答复数", "件", "—"),
            ("5.不属于本行政机关公开数", "件", "1"), ("6.申请信息不存在数", "件", "1"),
            ("7.告知作出更改补充数", "件", "—"), ("8.告知通过其他途径办理数", "件", "—"),
            ("四、行政复议数量", "件", "3"), ("（一）维持具体行政行为数", "件", "2"), ("（二）被依法纠错数", "件", "—"),
            ("（三）其他情形数", "件", "1"),
            ("五、行政诉讼数量", "件", "—"), ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "—"),
            ("（二）被依法纠错数", "件", "—"), ("（三）其他情形数", "件", "—"),
            ("六、举报投诉数量", "件", "—"), ("七、依申请公开信息收取的费用", "万元", "—")]
    lines = []
    for i, r in enumerate(rows):
        lab = r[0]
        if len(lab) > 16:
            lab = lab[:12] + "\n" + lab[12:]
        lines.append(" ".join(x for x in (lab, r[1], r[2]) if x))
        if i == 13:
            lines += ["", "林源市统计局2018年政府信息公开工作年度报告　第 3 页 共 4 页", ""]
    gold = {"requests.received": 9, "requests.channel.in_person": 1, "requests.channel.fax": 0,
            "requests.channel.online": 6, "requests.channel.mail": 2, "requests.outcome.total": 9,
            "requests.outcome.already_public": 2, "requests.outcome.disclosed": 4, "requests.outcome.partial": 1,
            "requests.outcome.withheld": 0, "requests.outcome.not_this_agency": 1,
            "requests.outcome.nonexistent": 1, "requests.outcome.unclear": 0, "requests.outcome.redirected": 0,
            "review.total": 3, "review.upheld": 2, "review.corrected": 0, "review.other": 1,
            "litigation.total": 0, "litigation.upheld": 0, "litigation.corrected": 0, "litigation.other": 0,
            "complaints.total": 0, "fees.amount_yuan": 0}
    text = f"""林源市统计局2018年政府信息公开工作年度报告

　　本报告根据《中华人民共和国政府信息公开条例》要求，结合我局工作实际编制。报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。

　　一、概述
　　2018年，我局以统计数据发布为重点，按照统计发布日程表及时发布月度、季度主要经济指标和统计公报。

　　二、主动公开政府信息情况
　　全年主动公开政府信息473条，其中统计数据类信息312条。

　　三、依申请公开政府信息情况
　　全年收到政府信息公开申请9件，全部按时办结。

　　四、复议诉讼情况
　　全年发生政府信息公开行政复议2件，均维持了我局的答复，未发生行政诉讼。

　　五、存在的主要问题及改进措施
　　统计数据解读还不够深入。

林源市统计局
2019年3月28日

附件：
林源市统计局2018年政府信息公开情况统计表（节选）
{chr(10).join(lines)}
　　　　　　　　　　　　　　　　－4－
"""
    add("b19.txt", text, "林源市统计局", 2018, "2019-03-28", "pre2019",
        prose={"requests.received": 9, "requests.outcome.total": 9, "review.total": 2, "review.upheld": 2,
               "litigation.total": 0},
        table=gold,
        notes="PDF copy of the 2015-style statistics table (sections 三–七 only), space-separated, '—' for zero, "
              "long labels wrapped, a page footer inside the table. PROSE-VS-TABLE DISAGREEMENT: prose 行政复议2件 "
              "(均维持 → upheld 2), table 行政复议数量 3 (维持 2, 其他情形 1); upheld agrees, total does not. 申请办结数 not mapped; 申请答复数 → outcome.total.")


def b20() -> None:
    rows = [("指标名称", "单位", "数量"), ("主动公开政府信息", "条", "３５６"),
            ("受理依申请公开", "件", "１４"), ("其中：当面申请", "件", "５"), ("网上申请", "件", "６"),
            ("电子邮件申请", "件", "２"), ("其他形式申请", "件", "１"), ("答复申请", "件", "１３"),
            ("其中：同意公开", "件", "９"), ("同意部分公开", "件", "２"), ("不予公开", "件", "１"),
            ("不属于本机关公开", "件", "１"), ("行政复议", "件", "０"), ("行政诉讼", "件", "０"),
            ("申诉", "件", "１"), ("收取费用", "万元", "０.０３")]
    gold = {"requests.received": 14, "requests.channel.in_person": 5, "requests.channel.online": 6,
            "requests.channel.email": 2, "requests.channel.other": 1, "requests.outcome.total": 13,
            "requests.outcome.disclosed": 9, "requests.outcome.partial": 2, "requests.outcome.withheld": 1,
            "requests.outcome.not_this_agency": 1, "review.total": 0, "litigation.total": 0,
            "complaints.total": 1, "fees.amount_yuan": 300}
    text = f"""重庆市南岭区人民政府2008年政府信息公开工作年度报告

　　2008年5月1日《中华人民共和国政府信息公开条例》正式施行。根据《条例》规定，现将南岭区人民政府2008年政府信息公开工作情况报告如下。

　　一、工作开展情况
　　成立了以常务副区长为组长的政府信息公开工作领导小组，编制了区政府信息公开指南和目录，在区档案馆、区图书馆设立政府信息查阅点。

　　二、主动公开情况
　　《条例》施行以来，区政府通过政府网站、政府公报和公开栏共主动公开政府信息356条。

　　三、依申请公开情况
　　共受理政府信息公开申请14件，办结13件，1件正在办理。收取检索、复制等费用共计300元。

　　四、行政复议、行政诉讼和申诉情况
　　未发生针对本机关政府信息公开的行政复议和行政诉讼，收到申诉1件，已妥善处理。

　　五、存在的问题和改进措施
　　部分部门对《条例》认识不到位，公开内容不够规范。

　　附：南岭区人民政府2008年政府信息公开情况统计表 {flat([list(r) for r in rows])}

　　　　　　　　　　　　　　　　　　　　　　　　　　二〇〇九年三月二十六日
"""
    add("b20.txt", text, "重庆市南岭区人民政府", 2008, "2009-03-26", "pre2019",
        prose={"requests.received": 14, "requests.outcome.total": 13, "requests.carried_forward": 1,
               "fees.amount_yuan": 300, "review.total": 0, "litigation.total": 0, "complaints.total": 1},
        table=gold,
        notes="First year of the regulation. Old table flattened into one line, full-width digits; fees 0.03 万元 "
              "(full-width digits, ASCII point) → 300 元, matching the prose 300元. Date in Chinese numerals.")


# ------------------------------------------------------------------------------------------- write

ABOUT = ("devset2/tables: 20 fictional reports whose statistics tables come in scraped layouts (national 2019/2021 "
         "forms and pre-2019 statistics tables), written blind to the rules; every body, place and number is "
         "invented. Gold per annotations/gold/GUIDELINES.md; only scored keys. Built by build.py (text and gold "
         "from the same grids). See README.md.")


def main() -> None:
    for fn in (b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18,
               b19, b20):
        fn()
    from infer.textio import load_report
    out = HERE / "reports"
    out.mkdir(exist_ok=True)
    gold: dict = {"_about": ABOUT}
    for r in REPORTS:
        p = out / r["name"]
        p.write_text(r["text"], encoding="utf-8")
        doc = load_report(str(p))
        i = doc.text.find(r["issuer"])
        assert i >= 0, (r["name"], r["issuer"])
        gold[r["name"]] = {
            "report": {"issuer_span": [i, i + len(r["issuer"])], "year": r["year"],
                       "published": r["published"], "template": r["template"]},
            "prose": dict(sorted(r["prose"].items())),
            "table": dict(sorted(r["table"].items())),
            "table_ambiguous": r["ambiguous"],
            "notes": r["notes"]}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(REPORTS)} reports")


if __name__ == "__main__":
    main()
