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
    iss = "平峪县人民政府办公室"
    f = Form("2019", {"disclosed": (5, 1), "partial": 2, "withheld.third_party": 1, "unavailable.not_held": 3,
                      "not_processed.duplicate": 1, "other": 1}, carried_over=1, carried_forward=2,
             review=(1, 0, 0, 0), direct=(0, 0, 0, 1))
    g = f.gold()
    t = f"""{iss}2020年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，由山西省平峪县人民政府办公室编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。

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
    iss = "乌仁旗人民政府"
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


def e11() -> dict:
    """City natural-resources bureau, 2021 form one cell per line; year-on-year in prose; review in a list."""
    iss = "石河源市自然资源局"
    f = Form("2021", {"disclosed": (21, 3), "partial": (4, 2), "withheld.third_party": 2,
                      "withheld.process_info": 1, "unavailable.not_held": (9, 1), "unavailable.unclear": 2,
                      "not_processed.complaint": 3, "not_processed.mass_repeat": 4, "other.overdue_correction": 2},
             carried_over=4, carried_forward=(3, 1), review=(3, 1, 1, 0), direct=(2, 0, 0, 1), after=(1, 0, 0, 0))
    g = f.gold()
    t = f"""新疆维吾尔自治区{iss}
2022年政府信息公开工作年度报告
发布时间：2023-01-18

　　本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2022年1月1日至2022年12月31日。

　　一、总体情况
　　2022年，我局政府信息公开工作呈现“三个增长”：主动公开信息量增长、依申请公开数量增长、公众参与度增长。
　　1.依申请公开。本年度新收政府信息公开申请{g['requests.received']}件，同比增长21%（2021年为{g['requests.received'] - 10}件），另有上年结转申请{g['requests.carried_over']}件。申请主要集中在土地征收成片开发方案、不动产登记资料、矿业权出让等方面。全部申请均在法定期限内答复，{g['requests.carried_forward']}件正在办理中，依法顺延至下一年度。
　　2.复议诉讼及其他。全年涉及政府信息公开的行政复议{g['review.total']}件、行政诉讼{g['litigation.total']}件，其中行政复议被纠正1件，我局已依复议决定重新答复；收到社会公众对信息公开工作的意见建议6条，均已吸纳改进。
　　3.主动公开。在市政府门户网站“自然资源”专栏发布信息1476条，召开新闻发布会3场。
　　4.平台与监督。落实信息发布“三审”制度，开展网站专项检查4次。

　　二、主动公开政府信息情况
{per_line(sec2_rows((6, 2, 35), 2688, 94, 0, "0"))}

　　三、收到和处理政府信息公开申请情况
{per_line(f.rows())}

　　四、政府信息公开行政复议、行政诉讼情况
{per_line(f.case_rows())}

　　五、存在的主要问题及改进情况
　　申请量增长较快，涉及历史档案的申请检索难度大、答复时间长。下一步将推进档案数字化，建立常见申请答复口径库。

　　六、其他需要报告的事项
　　本年度我局未收取信息处理费。
"""
    prose = {"requests.received": g["requests.received"], "requests.carried_over": g["requests.carried_over"],
             "requests.carried_forward": g["requests.carried_forward"], "review.total": g["review.total"],
             "litigation.total": g["litigation.total"], "review.corrected": 1, "fees.amount_yuan": 0}
    return dict(id="e11", issuer=iss, year=2022, published="2023-01-18", template="2021", text=t, prose=prose,
                table=g, amb={}, notes="2021年为N件 (last year) not a fact. 全部申请均在法定期限内答复 is not given a "
                "count (no figure stated next to it; outcome.total left out). 意见建议6条 not complaints.")


def e12() -> dict:
    """Prefecture ecology bureau, traditional script, 2019 form with labels run into their numbers."""
    iss = "柯河州生态环境局"
    f = Form("2019", {"disclosed": 6, "partial": 1, "unavailable.not_held": 2, "unavailable.needs_creation": 1,
                      "not_processed.publication": 1},
             carried_over=0, carried_forward=1, review=(0, 0, 0, 0), direct=(0, 0, 0, 0))
    g = f.gold()
    t = f"""青海省{iss}2020年度政府信息公开工作报告

一、总体情况
今年以来，州生态环境局以生态环境质量信息、建设项目环评审批、环境执法监管等为公开重点，全面落实政府信息公开各项要求。
主动公开方面，通过州政府网站生态环境专栏公开信息418条，发布空气质量月报12期、重点流域水质月报12期。
依申请公开方面，共收到申请{g['requests.received']}件，全部来自自然人，均通过网络平台提交。已办结{g['requests.outcome.total']}件，其中予以公开{g['requests.outcome.disclosed']}件，部分公开{g['requests.outcome.partial']}件，因本机关不掌握相关信息告知申请人{g['requests.outcome.unavailable.not_held']}件；尚有{g['requests.carried_forward']}件在办理中。
政府信息管理方面，对现行有效的规范性文件进行了清理。
平台建设方面，建设了“生态柯河”政务新媒体矩阵。
监督保障方面，全年开展内部检查2次。

二、主动公开政府信息情况
{label_glued(sec2_rows((2, 0, 9), 57, 23, 4, "0"))}

三、收到和处理政府信息公开申请情况
{label_glued(f.rows())}

四、政府信息公开行政复议、行政诉讼情况
{label_glued(f.case_rows())}

@@X@@
五、存在的主要问题及改进情况
基层生态环境分局信息公开力量薄弱，环评公示信息格式不统一。2021年将制定环评信息公开模板，开展分局人员轮训。

六、其他需要报告的事项
无。
"""
    prose = {"requests.received": g["requests.received"],
             "requests.applicant.natural_person": g["requests.received"],
             "requests.channel.online": g["requests.received"],
             "requests.outcome.total": g["requests.outcome.total"],
             "requests.outcome.disclosed": g["requests.outcome.disclosed"],
             "requests.outcome.partial": g["requests.outcome.partial"],
             "requests.outcome.unavailable.not_held": g["requests.outcome.unavailable.not_held"],
             "requests.outcome.unavailable": g["requests.outcome.unavailable.not_held"],
             "requests.carried_forward": g["requests.carried_forward"]}
    return dict(id="e12", trad=True, issuer=iss, year=2020, published=None, template="2019", text=t, prose=prose,
                table=g, amb={}, notes="Traditional script; labels run into the first number, numbers space-"
                "separated. 全部来自自然人，均通过网络平台提交 -> natural_person and channel.online = received "
                "(distributive, decided). 因本机关不掌握…N件 -> not_held and its group (guideline sub-reason rule).")


def e13() -> dict:
    """Township, 2021 form copied from a PDF (labels on one line, numbers below); almost all zeros."""
    iss = "椰湾镇人民政府"
    f = Form("2021", {"disclosed": 1})
    g = f.gold()
    t = f"""海南省万岭县{iss}2023年政府信息公开工作年度报告

一、总体情况
（一）主动公开情况。2023年我镇在县政府门户网站镇级专栏公开信息196条，主要包括镇级财政预决算、乡村振兴项目、农村低保和特困供养对象名单、防汛防风通知等；在11个村委会公开栏张贴公示材料340余份。
（二）依申请公开情况。本年度收到政府信息公开申请{g['requests.received']}件，为群众申请查询本村土地承包经营权确权资料，已在法定期限内予以公开。没有需要结转到下一年度办理的申请。
（三）政府信息管理情况。镇党政办统一负责信息的收集、审核和发布，做到“谁公开、谁审核、谁负责”。
（四）平台建设情况。镇政务服务中心设立政务公开专区，配置查阅电脑一台。
（五）监督保障情况。镇纪委对村务公开开展监督检查4次。

二、主动公开政府信息情况
{numbers_below(sec2_rows((0, 0, 2), 0, 0, 0, "0"))}

三、收到和处理政府信息公开申请情况
{numbers_below(f.rows())}

四、政府信息公开行政复议、行政诉讼情况
{numbers_below(f.case_rows())}

五、存在的主要问题及改进情况
我镇信息公开工作人员均为兼职，专业能力不足；部分村公开栏设施老化。下一步将争取县里支持，更新村级公开栏，每半年开展一次业务学习。

六、其他需要报告的事项
本年度未收取信息处理费。无其他需要报告的事项。

万岭县椰湾镇人民政府
2024年1月22日
"""
    prose = {"requests.received": 1, "requests.outcome.disclosed": 1, "requests.carried_forward": 0,
             "fees.amount_yuan": 0}
    return dict(id="e13", issuer=iss, year=2023, published="2024-01-22", template="2021", text=t, prose=prose,
                table=g, amb={}, notes="PDF copy: labels on one line, the row's numbers below. 已…予以公开 after 1件 "
                "-> disclosed 1 (distributive). 没有需要结转…的申请 -> carried_forward 0.")


def e14() -> dict:
    """Provincial bureau, 2021 form TAB with zeros printed as dashes; detail-first prose with percentages."""
    iss = "吉林省粮食和物资储备局"
    f = Form("2021", {"disclosed": (8, 2), "partial": 1, "withheld.internal_affairs": 1,
                      "unavailable.not_held": 4, "other.misc": 1}, carried_over=1, review=(0, 0, 0, 1))
    g = f.gold()
    rows = zero_as(f.rows(), "—")
    cases = zero_as(f.case_rows(), "—")
    t = f"""{iss}2024年政府信息公开工作年度报告

　　一、总体情况
　　2024年，省局坚持把政务公开作为转变职能、接受监督的重要手段，围绕粮食安全保障、储备粮管理、粮食收购政策、应急物资储备等工作推进信息公开。
　　依申请公开办理方面：全年共受理政府信息公开申请{g['requests.received'] + g['requests.carried_over']}件（含上年结转{g['requests.carried_over']}件）。其中予以公开{g['requests.outcome.disclosed']}件，占{round(100 * g['requests.outcome.disclosed'] / g['requests.outcome.total'], 1)}%；部分公开{g['requests.outcome.partial']}件；不予公开{g['requests.outcome.withheld']}件；本机关不掌握相关政府信息{g['requests.outcome.unavailable.not_held']}件；其他处理{g['requests.outcome.other']}件。平均办理时长8.6个工作日。
　　主动公开方面：在省局门户网站公开各类信息866条，发布政策解读21篇。
　　复议诉讼方面：收到行政复议申请1件，截至报告期末尚在审理中。
　　政府信息管理、平台建设、监督保障方面：修订完善《省局政务公开工作规程》，开展政务公开培训1次。

　　二、主动公开政府信息情况
{tab(zero_as(sec2_rows((3, 1, 27), 48, 6, 0, "0"), "—"))}

　　三、收到和处理政府信息公开申请情况
{tab(rows)}

　　四、政府信息公开行政复议、行政诉讼情况
{tab(cases)}

　　五、存在的主要问题及改进情况
　　一是对市县粮食部门公开工作的指导不够；二是政策解读的形式不够丰富。下一步将编印业务指引，推行图解、视频解读。

　　六、其他需要报告的事项
　　依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。
"""
    total_handled = g["requests.received"] + g["requests.carried_over"]
    prose = {"requests.received": total_handled, "requests.carried_over": g["requests.carried_over"],
             "requests.outcome.disclosed": g["requests.outcome.disclosed"],
             "requests.outcome.partial": g["requests.outcome.partial"],
             "requests.outcome.withheld": g["requests.outcome.withheld"],
             "requests.outcome.unavailable.not_held": g["requests.outcome.unavailable.not_held"],
             "requests.outcome.unavailable": g["requests.outcome.unavailable.not_held"],
             "requests.outcome.other": g["requests.outcome.other"], "review.total": 1, "review.pending": 1,
             "fees.amount_yuan": 0}
    return dict(id="e14", issuer=iss, year=2024, published=None, template="2021", text=t, prose=prose, table=g,
                amb={}, notes="Zeros printed as —. Prose 共受理N件（含上年结转1件）: per the guideline the prose's "
                "received figure is kept even though it includes the carry-over (table 本年新收 is one less). "
                "Percentage beside a count is not a fact.")


def e15() -> dict:
    """Sub-district office, traditional script, 2019 form in pipes; everything zero but one request."""
    iss = "岩泉街道办事处"
    f = Form("2019", {"unavailable.not_held": 1, "disclosed": 2})
    g = f.gold()
    t = f"""辽宁省岩川市松岗区{iss}2019年政府信息公开工作年度报告

根据新修订的《中华人民共和国政府信息公开条例》要求，特向社会公布2019年度本街道政府信息公开工作年度报告。

一、总体情况
2019年，街道办事处以贯彻落实新修订的《条例》为契机，完善政府信息公开工作机制。一是调整政务公开领导小组，由街道办事处主任任组长，党政综合办公室承担日常工作；二是梳理本街道主动公开基本目录，涵盖机构职能、民生保障、城市管理、社区建设等八个方面；三是在街道政务服务大厅设置政府信息公开申请受理窗口。
依申请公开方面，本年度共收到政府信息公开申请三件，办结三件，其中予以公开两件，本机关不掌握相关政府信息一件。本年度没有发生政府信息公开行政复议、行政诉讼。

二、主动公开政府信息情况
本街道全年主动公开信息152条，其中社区服务类64条，民生保障类48条，城市管理类40条。

三、收到和处理政府信息公开申请情况
{pipe(f.rows())}

四、政府信息公开行政复议、行政诉讼情况
{pipe(f.case_rows())}

五、存在的主要问题及改进情况
街道层面政府信息公开工作基础相对薄弱：一是社区工作人员对《条例》理解不深；二是公开信息的及时性有待提高。2020年将组织社区工作人员专题学习，建立信息报送周提醒制度。

六、其他需要报告的事项
无。

岩泉街道办事处
2020年1月31日
"""
    prose = {"requests.received": 3, "requests.outcome.total": 3, "requests.outcome.disclosed": 2,
             "requests.outcome.unavailable.not_held": 1, "requests.outcome.unavailable": 1,
             "review.total": 0, "litigation.total": 0}
    return dict(id="e15", trad=True, issuer=iss, year=2019, published="2020-01-31", template="2019", text=t,
                prose=prose, table=g, amb={}, notes="Traditional script; Chinese numerals in prose (三件, 兩件, 一件).")


def e16() -> dict:
    """City HR bureau 2025, 2021 form in pipes with dashes for zeros; big numbers; lawsuits both kinds."""
    iss = "淮川市人力资源和社会保障局"
    f = Form("2021", {"disclosed": (132, 11, 0, 0, 2, 1), "partial": (18, 3), "withheld.state_secret": 0,
                      "withheld.third_party": (7, 1), "withheld.process_info": 5, "withheld.admin_query": 3,
                      "unavailable.not_held": (41, 4), "unavailable.needs_creation": 6, "unavailable.unclear": 3,
                      "not_processed.complaint": 9, "not_processed.duplicate": 4, "not_processed.confirm": 2,
                      "other.overdue_correction": 5, "other.misc": (3, 1)},
             carried_over=(12, 1), carried_forward=(9, 2), review=(6, 2, 1, 2), direct=(3, 1, 1, 2),
             after=(2, 0, 0, 1))
    g = f.gold()
    t = f"""安徽省{iss}2025年度政府信息公开工作年度报告

　　一、总体情况
　　2025年，市人社局深入贯彻《中华人民共和国政府信息公开条例》，围绕就业创业、社会保险、劳动关系、人才人事等领域，持续提升政务公开质量。
　　（一）主动公开。全年发布政策文件及解读96件，发布招聘、考试、公示公告类信息1830条。
　　（二）依申请公开。全年新收政府信息公开申请{g['requests.received']}件，较上年减少17件；上年结转{g['requests.carried_over']}件。申请人为自然人的{g['requests.applicant.natural_person']}件，法人或其他组织{g['requests.applicant.organization']}件。本年度办结{g['requests.outcome.total']}件，结转下年度办理{g['requests.carried_forward']}件。申请内容集中在工伤认定、劳动保障监察投诉处理、社保缴费记录等方面。
　　（三）行政复议和行政诉讼。本年度因政府信息公开被申请行政复议{g['review.total']}件，结果维持{g['review.upheld']}件、纠正{g['review.corrected']}件、其他结果{g['review.other']}件、尚未审结{g['review.pending']}件；被提起行政诉讼{g['litigation.total']}件，其中未经复议直接起诉{g['litigation.direct.total']}件、复议后起诉{g['litigation.after_review.total']}件。
　　（四）监督保障。将政务公开纳入局机关处室和直属单位年度考核，开展专题培训3次。

　　二、主动公开政府信息情况
{pipe(zero_as(sec2_rows((11, 4, 63), 5204, 57, 3, "0"), "-"))}

　　三、收到和处理政府信息公开申请情况
{pipe(zero_as(f.rows(), "-"))}

　　四、政府信息公开行政复议、行政诉讼情况
{pipe(zero_as(f.case_rows(), "-"))}

　　五、存在的主要问题及改进情况
　　申请中涉及劳动争议、信访诉求的比例较高，部分申请人以申请信息公开方式表达诉求。下一步将加强与信访、仲裁部门的衔接，分类引导；完善答复口径库，提高答复的规范性。

　　六、其他需要报告的事项
　　本年度未收取信息处理费。
"""
    prose = {k: g[k] for k in ("requests.received", "requests.carried_over", "requests.applicant.natural_person",
                               "requests.applicant.organization", "requests.outcome.total",
                               "requests.carried_forward", "review.total", "review.upheld", "review.corrected",
                               "review.other", "review.pending", "litigation.total")}
    prose["fees.amount_yuan"] = 0
    return dict(id="e16", issuer=iss, year=2025, published=None, template="2021", text=t, prose=prose, table=g,
                amb={}, notes="Zeros printed as -. Prose lawsuit split (直接起诉/复议后起诉) is table-only per "
                "fields.tsv: not prose gold; litigation.total is. 较上年减少17件 not a fact.")


def e17() -> dict:
    """District health commission 2020, table dropped by the scrape; channels and sub-reasons in prose."""
    iss = "溪望区卫生健康局"
    t = f"""{iss}2020年度政府信息公开工作年度报告
来源：区卫生健康局　发布日期：2021-01-29　浏览次数：

　　本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求，由浙江省溪望区卫生健康局编制。报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。

　　一、总体情况
　　2020年是极不平凡的一年。面对突如其来的新冠肺炎疫情，我局把疫情信息发布作为政务公开的首要任务，每日通过区政府门户网站、“健康溪望”公众号发布疫情防控通告、核酸检测点位和就医指引，全年发布疫情相关信息1120余条，组织新闻发布会14场，及时回应群众关切，有效稳定了社会预期。
　　同时，围绕医疗卫生机构设置审批、医师和护士执业注册、公共场所卫生许可、基本公共卫生服务项目资金等事项，做好常态化公开。局领导班子专题研究政务公开工作2次，局办公室负责统筹协调，各科室、各直属单位明确信息员，形成了“分管领导把关、科室负责、办公室统筹”的工作格局。

　　二、主动公开政府信息情况
　　全年主动公开政府信息2076条，其中制发行政规范性文件3件，作出行政许可决定1689件，作出行政处罚决定213件。（统计表格略）

　　三、收到和处理政府信息公开申请情况
　　2020年，我局共收到政府信息公开申请46件，上年结转2件。从申请渠道看，通过网上申请平台提交31件，当面提交8件，信函邮寄5件，电子邮件2件。从申请人看，自然人41件，法人或其他组织5件。
　　办理结果如下：（一）予以公开19件；（二）部分公开6件；（三）不予公开4件，其中保护第三方合法权益3件，属于四类过程性信息1件；（四）无法提供11件，其中本机关不掌握相关政府信息9件，没有现成信息需要另行制作2件；（五）不予处理3件，均为信访举报投诉类申请；（六）其他处理2件（申请人撤回申请）。上述合计办结45件，另有3件结转下年度继续办理。
　　（原文此处为统计表，网页转载时未能显示）

　　四、政府信息公开行政复议、行政诉讼情况
　　全年因政府信息公开被申请行政复议1件，复议机关决定维持；被提起行政诉讼1件，法院判决驳回原告诉讼请求。

@@X@@
　　五、存在的主要问题及改进情况
　　一是疫情期间信息发布量大、时效要求高，个别信息出现更新不及时的情况；二是依申请公开的答复说理还不够充分；三是直属医疗机构公开工作参差不齐。2021年，我们将建立疫情信息发布审核清单，加强答复文书合法性审查，把直属单位公开工作纳入年度绩效考核。

　　六、其他需要报告的事项
　　本年度未收取信息处理费。
"""
    prose = {"requests.received": 46, "requests.carried_over": 2, "requests.channel.online": 31,
             "requests.channel.in_person": 8, "requests.channel.mail": 5, "requests.channel.email": 2,
             "requests.applicant.natural_person": 41, "requests.applicant.organization": 5,
             "requests.outcome.disclosed": 19, "requests.outcome.partial": 6, "requests.outcome.withheld": 4,
             "requests.outcome.withheld.third_party": 3, "requests.outcome.withheld.process_info": 1,
             "requests.outcome.unavailable": 11, "requests.outcome.unavailable.not_held": 9,
             "requests.outcome.unavailable.needs_creation": 2, "requests.outcome.not_processed": 3,
             "requests.outcome.not_processed.complaint": 3, "requests.outcome.other": 2,
             "requests.outcome.total": 45, "requests.carried_forward": 3, "review.total": 1, "review.upheld": 1,
             "litigation.total": 1, "litigation.upheld": 1, "fees.amount_yuan": 0}
    return dict(id="e17", issuer=iss, year=2020, published="2021-01-29", template="2019", text=t, prose=prose,
                table={}, amb={}, notes="Table dropped by the scrape; headings show the 2019 form. 均为信访举报投诉类 "
                "after 不予处理3件 -> not_processed.complaint 3 (distributive). 行政许可1689件 etc. are section 二 "
                "counts, not requests.")


def e18() -> dict:
    """County market regulator 2021, own headings, requests in 项, ①② list, zero review only as 'X：0件'."""
    iss = "卢水县市场监督管理局"
    t = f"""河南省{iss}
关于2021年度政府信息公开工作情况的报告

县政务公开办：
　　现将我局2021年度政府信息公开工作报告如下：

　　一、基本情况
　　我局于2019年机构改革后组建，内设股室14个，下设市场监管所11个。局政务公开工作由办公室牵头，法规股负责合法性审查，各股室、所按照“谁制作、谁公开”的原则负责本单位信息的公开。2021年，我局重点公开了食品安全监督抽检结果、“双随机、一公开”抽查结果、行政处罚决定、企业登记注册指南等信息。

　　二、主动公开
　　全年在县政府网站“市场监管”栏目发布信息602条；在“卢水市场监管”微信公众号推送信息347条；通过国家企业信用信息公示系统公示行政处罚信息158条。

　　三、依申请公开
　　①受理情况：全年共收到政府信息公开申请27项，比2020年的19项增加8项。其中，网上申请20项，信函申请4项，当面申请3项。
　　②办理情况：已答复25项，其中予以公开12项，部分公开3项，无法提供7项（均为本机关不掌握相关政府信息），不予处理3项（均为重复申请）。另有2项因申请人在答复期限内书面撤回申请，终止办理。
　　③办理时效：所有申请均在法定期限内办结，平均办理时间为7个工作日，最短当日办结。
　　④主要特点：申请人多为职业打假人和投诉举报人，申请内容多为投诉举报处理结果、企业登记档案等。

　　四、收费情况
　　信息处理费：0元。

　　五、行政复议及行政诉讼情况
　　行政复议：0件；行政诉讼：0件。

@@X@@
　　六、存在的问题和改进措施
　　（一）基层市场监管所人员对信息公开业务不熟悉，转办的申请材料不完整；（二）投诉举报类申请占比较高，与信息公开申请的界限需要进一步厘清。下一步，我局将组织全系统开展《条例》专题学习，编印依申请公开工作手册，对投诉举报类申请及时引导至相应渠道办理。

　　七、其他事项
　　无。

{iss}
2022年1月20日
"""
    prose = {"requests.received": 27, "requests.channel.online": 20, "requests.channel.mail": 4,
             "requests.channel.in_person": 3, "requests.outcome.total": 25, "requests.outcome.disclosed": 12,
             "requests.outcome.partial": 3, "requests.outcome.unavailable": 7,
             "requests.outcome.unavailable.not_held": 7, "requests.outcome.not_processed": 3,
             "requests.outcome.not_processed.duplicate": 3, "fees.amount_yuan": 0, "review.total": 0,
             "litigation.total": 0}
    return dict(id="e18", issuer=iss, year=2021, published="2022-01-20", template=None, text=t, prose=prose,
                table={}, amb={}, notes="No national-form headings and no table: template null. Requests counted in 项. "
                "2项 withdrawn are outside 已答复25项 and not labelled 其他处理: not annotated (decision). "
                "2020年的19项 / 增加8项 not facts.")


def e19() -> dict:
    """City transport bureau 2023, traditional script, prose only; sub-units' figures and bracketed numbers."""
    iss = "海屿市交通运输局"
    t = f"""{iss}2023年政府信息公开工作年度报告

一、总体情况
2023年，市交通运输局以群众需求为导向，围绕交通基础设施建设、道路运输管理、出租汽车和网约车服务、农村公路养护等重点领域，深入推进政府信息公开。局属市公路事业发展中心、市道路运输服务中心、市交通运输综合执法支队分别在各自职责范围内开展公开工作，由局办公室统一归口管理。

（一）主动公开
全年通过市政府门户网站、局政务公开专栏主动公开信息1384条（上年1197条），其中重大建设项目批准和实施信息106条，交通运输行政执法公示信息641条，公路建设养护项目招投标信息88条。制作发布“一图读懂”等政策解读材料14件。

（二）依申请公开
全系统全年共收到政府信息公开申请（不含咨询）63件，其中局机关41件，市公路事业发展中心12件，市道路运输服务中心7件，市交通运输综合执法支队3件。按照信息公开工作归口管理的要求，本报告以下所列为局机关数据。
局机关本年度新收申请41件（同比增长28.1%），上年结转3件。申请人中，自然人37件，法人或其他组织4件；网上申请33件（占80.5%），信函申请6件，当面申请2件。
局机关本年度办理结果：予以公开（17件），部分公开（5件），不予公开（2件，均属于行政执法案卷），无法提供（12件，其中本机关不掌握相关政府信息10件、补正后申请内容仍不明确2件），不予处理（3件），其他处理（2件）。办结合计41件，结转至2024年办理3件。

（三）政府信息管理
建立公开属性动态调整机制，对2015年以来的规范性文件进行了清理，清理结果向社会公布。

（四）平台建设
完成局政务公开专栏改版，开设“重点领域信息公开”“政策解读”“互动交流”三个一级栏目。

（五）监督保障
将政务公开工作纳入局属单位年度目标考核，全年开展业务培训2次。

二、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况
（表格內容見附件，附件無法下載）
2023年，局机关因政府信息公开引发行政复议2件（1件维持，1件尚未审结），行政诉讼3件（2件驳回诉讼请求，1件原告撤诉）。

@@X@@
三、存在的主要问题及改进情况
（一）局属单位之间工作水平不平衡，部分单位网站栏目存在空白；（二）涉及历史档案的申请检索难度大，个别申请答复时间接近法定期限。改进措施：一是开展局属单位政务公开专项督查；二是推进档案电子化管理；三是完善答复审核机制。

四、其他需要报告的事项
本年度未收取信息处理费。
"""
    prose = {"requests.received": 41, "requests.carried_over": 3, "requests.applicant.natural_person": 37,
             "requests.applicant.organization": 4, "requests.channel.online": 33, "requests.channel.mail": 6,
             "requests.channel.in_person": 2, "requests.outcome.disclosed": 17, "requests.outcome.partial": 5,
             "requests.outcome.withheld": 2, "requests.outcome.withheld.enforcement_file": 2,
             "requests.outcome.unavailable": 12, "requests.outcome.unavailable.not_held": 10,
             "requests.outcome.unavailable.unclear": 2, "requests.outcome.not_processed": 3,
             "requests.outcome.other": 2, "requests.outcome.total": 41, "requests.carried_forward": 3,
             "review.total": 2, "review.upheld": 1, "review.pending": 1, "litigation.total": 3,
             "litigation.upheld": 2, "litigation.other": 1, "fees.amount_yuan": 0}
    return dict(id="e19", trad=True, issuer=iss, year=2023, published=None, template="2021", text=t, prose=prose,
                table={}, amb={}, notes="Traditional script. Whole-system 63件 and per-unit figures (12/7/3) are "
                "breakdowns; the report says its figures are the bureau's own (41). Counts in brackets. Table in an "
                "attachment that could not be downloaded: table empty, template from the year and headings.")


def e20() -> dict:
    """District government 2025, terse, prose only; cumulative since 2008 and half-year figures as distractors."""
    iss = "凤岭区人民政府"
    t = f"""宁夏回族自治区宁原市{iss}
2025年政府信息公开工作年度报告

一、总体情况
全年主动公开信息2941条。依申请公开：新收申请58件，上年结转5件，办结60件，结转下年3件。上半年收到申请26件、下半年32件。自2008年开展依申请公开工作以来，累计受理申请612件。行政复议4件，行政诉讼2件。未收取信息处理费。

二、主动公开政府信息情况
制发规范性文件7件，废止2件，现行有效54件。行政许可决定3126件。行政处罚决定418件。行政强制决定15件。

三、收到和处理政府信息公开申请情况
申请人：自然人50件；法人或其他组织8件（商业企业6件、法律服务机构2件）。
办理结果：予以公开22件；部分公开9件；不予公开5件（国家秘密1件，保护第三方合法权益2件，行政查询事项2件）；无法提供17件（本机关不掌握14件，需另行制作3件）；不予处理4件（信访举报投诉类3件，重复申请1件）；其他处理3件（逾期不补正2件，其他1件）。
（统计表原为图片，未能转为文字）

四、政府信息公开行政复议、行政诉讼情况
行政复议4件：维持2件，纠正1件，尚未审结1件。
行政诉讼2件：1件驳回诉讼请求，1件尚未审结。

@@X@@
五、存在的主要问题及改进情况
1.街道、部门公开质量不均衡。改进：开展季度抽查通报。
2.政策解读形式单一。改进：增加图解、短视频解读。
3.上年度问题“依申请答复格式不统一”已整改，全区推行统一文书模板。

六、其他需要报告的事项
无。

凤岭区人民政府办公室
2026年1月26日
"""
    prose = {"requests.received": 58, "requests.carried_over": 5, "requests.outcome.total": 60,
             "requests.carried_forward": 3, "review.total": 4, "litigation.total": 2, "fees.amount_yuan": 0,
             "requests.applicant.natural_person": 50, "requests.applicant.organization": 8,
             "requests.outcome.disclosed": 22, "requests.outcome.partial": 9, "requests.outcome.withheld": 5,
             "requests.outcome.withheld.state_secret": 1, "requests.outcome.withheld.third_party": 2,
             "requests.outcome.withheld.admin_query": 2, "requests.outcome.unavailable": 17,
             "requests.outcome.unavailable.not_held": 14, "requests.outcome.unavailable.needs_creation": 3,
             "requests.outcome.not_processed": 4, "requests.outcome.not_processed.complaint": 3,
             "requests.outcome.not_processed.duplicate": 1, "requests.outcome.other": 3,
             "requests.outcome.other.overdue_correction": 2, "requests.outcome.other.misc": 1,
             "review.upheld": 2, "review.corrected": 1, "review.pending": 1, "litigation.upheld": 1,
             "litigation.pending": 1}
    return dict(id="e20", issuer=iss, year=2025, published="2026-01-26", template="2021", text=t, prose=prose,
                table={}, amb={}, notes="Terse. Half-year (26/32) and cumulative since 2008 (612) are not facts. "
                "Table was an image: empty. 附 8: 全区…共收到407件（含区政府本级） is a whole-district figure, not the report's. Organisation sub-columns (商业企业6, 法律服务机构2) are not fields.")
