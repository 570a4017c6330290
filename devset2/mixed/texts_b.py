"""Reports e09–e20: 2019+ reports, e09–e16 with the national form's tables in scraped layouts (gold read off
the rendered grid, :mod:`formlib`), e17–e20 prose only (the table dropped by the scrape).

Every body, place, person and number is invented; only the form's standard wording is common property.
"""
from __future__ import annotations

from formlib import Form, label_glued, numbers_below, per_line, pipe, sec2_rows, tab, zero_as


def _scored(g: dict) -> dict:
    return dict(g)


def e09() -> dict:
    """County general office, 2019 form, pipe layout; summary prose restating the totals."""
    iss = "平阳县人民政府办公室"
    f = Form("2019", {"disclosed": (5, 1), "partial": 2, "withheld.third_party": 1, "unavailable.not_held": 3,
                      "not_processed.duplicate": 1, "other": 1}, carried_over=1, carried_forward=2,
             review=(1, 0, 0, 0), direct=(0, 0, 0, 1))
    g = f.gold()
    t = f"""{iss}2020年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，由山西省平阳县人民政府办公室编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。

一、总体情况
2020年，县政府办公室坚持以公开为常态、不公开为例外，围绕疫情防控、复工复产、脱贫攻坚等重点工作做好信息发布。
（一）主动公开。全年在县政府门户网站发布各类信息2315条，其中疫情防控信息418条。
（二）依申请公开。全年新收政府信息公开申请{g['requests.received']}件，加上上年结转的{g['requests.carried_over']}件，本年度共办结{g['requests.outcome.total']}件，另有{g['requests.carried_forward']}件因需征求第三方意见，依法延期，结转至2021年办理。申请人中自然人{g['requests.applicant.natural_person']}件、法人或其他组织{g['requests.applicant.organization']}件。
（三）政府信息管理。对2019年以前制发的规范性文件进行了全面清理，废止失效文件12件。
（四）平台建设。完成县政府门户网站集约化迁移，开设“政策文件库”专栏。
（五）监督保障。将政务公开纳入各乡镇、各部门年度目标责任考核，占比4%。

二、主动公开政府信息情况
{pipe(sec2_rows((9, 3, 41), 1260, 37, 2, "0"))}

三、收到和处理政府信息公开申请情况
{pipe(f.rows())}

四、政府信息公开行政复议、行政诉讼情况
{pipe(f.case_rows())}

五、存在的主要问题及改进情况
一是部分乡镇和部门信息更新不够及时；二是政策解读形式较单一。2021年将加强培训和日常监测，每月通报网站栏目更新情况。上年度报告提出的“规范依申请公开答复文书”问题已整改，统一了答复书格式。

六、其他需要报告的事项
本年度未收取信息处理费。
"""
    prose = {"requests.received": g["requests.received"], "requests.carried_over": g["requests.carried_over"],
             "requests.outcome.total": g["requests.outcome.total"],
             "requests.carried_forward": g["requests.carried_forward"],
             "requests.applicant.natural_person": g["requests.applicant.natural_person"],
             "requests.applicant.organization": g["requests.applicant.organization"], "fees.amount_yuan": 0}
    return dict(id="e09", issuer=iss, year=2020, published=None, template="2019", text=t, prose=prose,
                table=g, amb={}, notes="Pipe table, 2019 form. 未收取信息处理费 -> fees 0 (prose). Section 二 "
                "行政事业性收费 is not fees.amount_yuan.")


def e10() -> dict:
    """Banner (county-level) government, 2021 form, TAB layout; detail-first; review/litigation only in table."""
    iss = "察汗旗人民政府"
    f = Form("2021", {"disclosed": (14, 2, 0, 0, 1), "partial": (3, 1), "withheld.process_info": 2,
                      "withheld.enforcement_file": 1, "unavailable.not_held": (6, 1),
                      "unavailable.needs_creation": 1, "not_processed.complaint": 2,
                      "other.overdue_correction": 1, "other.misc": 2},
             carried_over=(2, 0), carried_forward=3, review=(2, 1, 0, 1), direct=(1, 0, 1, 0),
             after=(0, 0, 0, 1))
    g = f.gold()
    t = f"""内蒙古自治区{iss}2021年政府信息公开工作年度报告

　　根据《中华人民共和国政府信息公开条例》和自治区、盟有关要求，{iss}编制了2021年度政府信息公开工作年度报告。

　　一、总体情况
　　（一）主动公开。2021年，旗政府门户网站发布政务信息3907条，旗政府常务会议纪要12期，旗本级预决算、“三公”经费全部公开。
　　（二）依申请公开。全旗各苏木镇、旗直各部门本年度共受理政府信息公开申请103件，其中旗政府本级{g['requests.received']}件。旗政府本级申请中，网上申请{g['requests.received'] - 9}件、信函申请9件。从内容看，涉及征地拆迁补偿的最多，共15件；涉及草原确权的8件。
　　办理结果：予以公开{g['requests.outcome.disclosed']}件，部分公开{g['requests.outcome.partial']}件，不予公开{g['requests.outcome.withheld']}件，无法提供{g['requests.outcome.unavailable']}件，不予处理{g['requests.outcome.not_processed']}件，其他处理{g['requests.outcome.other']}件（其中申请人撤回申请2件）。
　　（三）政府信息管理。建立政府信息公开属性源头认定机制，公文拟制时同步明确公开属性。
　　（四）平台建设。升级旗政府门户网站依申请公开模块，实现网上申请全流程留痕。
　　（五）监督保障。全年组织培训2次，参训120人次。

　　二、主动公开政府信息情况
{tab(sec2_rows((17, 5, 88), 4412, 311, 26, "52.7"))}

　　三、收到和处理政府信息公开申请情况
{tab(f.rows())}

　　四、政府信息公开行政复议、行政诉讼情况
{tab(f.case_rows())}

　　五、存在的主要问题及改进情况
　　（一）存在问题：依申请公开答复的说理性不足，个别答复对不予公开理由阐述不充分；苏木镇一级公开专栏更新不及时。
　　（二）改进情况：聘请法律顾问参与复杂申请的审核；建立苏木镇公开专栏季度检查制度。

　　六、其他需要报告的事项
　　本年度未收取政府信息公开信息处理费。
"""
    prose = {"requests.received": g["requests.received"], "requests.channel.online": g["requests.received"] - 9,
             "requests.channel.mail": 9, "requests.outcome.disclosed": g["requests.outcome.disclosed"],
             "requests.outcome.partial": g["requests.outcome.partial"],
             "requests.outcome.withheld": g["requests.outcome.withheld"],
             "requests.outcome.unavailable": g["requests.outcome.unavailable"],
             "requests.outcome.not_processed": g["requests.outcome.not_processed"],
             "requests.outcome.other": g["requests.outcome.other"], "fees.amount_yuan": 0}
    return dict(id="e10", issuer=iss, year=2021, published=None, template="2021", text=t, prose=prose, table=g,
                amb={}, notes="全旗…共受理103件 is a whole-banner figure including sub-units; the report's own figure is "
                "旗政府本级 N (kept). Topic counts (15, 8) not facts. 申请人撤回2件 is inside 其他处理 (not a field). "
                "Review/litigation only in the TAB table.")
