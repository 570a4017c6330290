"""Reports e01–e08: pre-2019 narrative reports (2008–2018), each with its gold written beside its sentences.

Every body, place, person and number is invented; only the genre's standard headings are common wording.
"""
from __future__ import annotations


def e01() -> dict:
    iss = "岚江县国土资源局"
    t = f"""{iss}2009年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》规定，现将本局2009年度政府信息公开工作情况报告如下。本报告所列数据统计期限自2009年1月1日起至2009年12月31日止。本报告电子版可在县人民政府门户网站“政府信息公开”专栏下载。

一、概述
2009年是我局全面推行政府信息公开工作的第二年。局里调整了政府信息公开工作领导小组，由局长任组长，分管副局长任副组长，办公室、地籍股、耕地保护股、矿管股、监察大队负责人为成员，办公室具体承办日常工作，明确一名兼职人员负责信息的收集、审核和发布。全年修订了《政府信息公开指南》和《政府信息公开目录》，建立了信息发布保密审查、依申请公开登记和工作考核等制度，做到有人管事、有章理事。

二、主动公开政府信息情况
（一）公开内容。全年主动公开政府信息146条，主要是土地利用总体规划调整、征地补偿标准、建设用地审批结果、采矿权出让公告、土地登记程序等。
（二）公开形式。以县政府门户网站为主，同时利用局政务公开栏、服务大厅电子显示屏、县档案馆和县图书馆查阅点等方式公开，方便群众查询。

三、依申请公开政府信息情况
本年度共受理政府信息公开申请7件，其中当面申请5件，信函申请2件。已全部按期答复：同意公开4件，申请信息不存在2件，不属于本机关公开范围1件。申请内容主要涉及征地补偿款发放和宅基地审批。

四、政府信息公开的收费及减免情况
本局在依申请公开工作中未收取任何费用。

五、因政府信息公开申请行政复议、提起行政诉讼的情况
没有发生针对本局政府信息公开事项的行政复议和行政诉讼。

@@X@@
六、存在的主要问题和改进措施
主要问题：一是部分股室对信息公开认识不足，报送信息不够及时；二是网上公开的信息更新较慢，内容还不够丰富；三是兼职人员业务水平有待提高。
改进措施：一是加强学习培训，把信息公开纳入股室年度考核；二是进一步梳理公开目录，做到应公开尽公开；三是规范依申请公开办理流程，提高答复质量和效率。

{iss}
二〇一〇年三月二十日
"""
    return dict(id="e01", issuer=iss, year=2009, published="2010-03-20", template=None, text=t,
                prose={"requests.received": 7, "requests.channel.in_person": 5, "requests.channel.mail": 2,
                       "requests.outcome.disclosed": 4, "requests.outcome.nonexistent": 2,
                       "requests.outcome.not_this_agency": 1, "requests.outcome.total": 7,
                       "fees.amount_yuan": 0, "review.total": 0, "litigation.total": 0},
                table={}, amb={},
                notes="已全部按期答复 after 受理7件 gives outcome.total 7. 主动公开146条 is proactive (not scored).")


def e02() -> dict:
    iss = "北岭市人民政府"
    t = f"""{iss}2012年政府信息公开年度报告

　　本报告依据《中华人民共和国政府信息公开条例》要求，由北岭市人民政府办公室根据市政府各部门、各县（市、区）政府年度报告汇总编制。全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、复议诉讼和申诉情况、收费及减免情况、存在问题及改进措施和附表。如对本报告有疑问，请与北岭市人民政府办公室联系（地址：北岭市新华大街88号，邮编：150000，电话：0450-0000000）。

　　一、概述
　　2012年，全市政府信息公开工作以保障人民群众知情权、参与权和监督权为目标，坚持“公开为原则、不公开为例外”，重点推进财政预决算、“三公”经费、保障性住房、食品药品安全、环境保护等领域信息公开。市政府召开专题会议两次，对全市信息公开工作进行部署；组织市直部门业务骨干培训一期，参训人员120余人；将信息公开工作纳入全市绩效考评，分值由上年的2分提高到3分。

　　二、主动公开政府信息情况
　　全年全市主动公开政府信息2.3万余条，其中市政府门户网站发布1.1万条，通过政府公报、新闻发布会、报刊广播电视等途径公开的占其余部分。市档案馆、市图书馆设立政府信息查阅中心，全年接待查阅群众1300余人次。

　　三、依申请公开政府信息情况
　　全市各级行政机关全年共受理政府信息公开申请286件，较上年增加41件，增长16.7%。自2008年《条例》施行以来，累计受理申请1132件。从申请方式看，当面申请103件，占36%；网络申请139件，占48.6%；信函申请38件；传真申请6件。从申请内容看，涉及城市房屋征收的最多，其次是土地出让、社会保障和工程招投标。
　　已答复的申请中：同意公开191件，同意部分公开22件，不予公开17件（主要涉及商业秘密和个人隐私），信息不存在24件，非本机关政府信息21件，申请内容不明确11件。

　　四、因政府信息公开申请行政复议、提起行政诉讼和申诉的情况
　　全市因政府信息公开引起的行政复议案件9起，其中维持原具体行政行为6起，被依法纠正2起，申请人撤回1起；行政诉讼案件4起，法院判决维持3起，1起尚在审理中。另有举报投诉2件，均已调查处理。

　　五、政府信息公开的收费及减免情况
　　全市依申请提供政府信息共收取检索、复制、邮寄成本费1280元，对城乡低保对象等经济困难申请人减免费用130元。

　　六、存在的问题和改进措施
　　全市政府信息公开工作虽取得了一定成效，但仍有一些不足：部分县（市、区）和部门对依申请公开答复不够规范，个别答复书未告知救济途径；信息公开与政府网站建设衔接不够紧密。2013年，我们将重点完善依申请公开答复文书范本，加大督查力度，开展第三方评估，进一步推进重点领域信息公开。

　　附表：北岭市2012年政府信息公开情况统计表
　　统计指标　单位　统计数
　　一、主动公开情况
　　主动公开政府信息数　条　23416
　　二、依申请公开情况
　　（一）收到申请数　件　286
　　1.当面申请数　件　103
　　2.传真申请数　件　6
　　3.网络申请数　件　139
　　4.信函申请数　件　38
　　（二）申请办结数　件　286
　　1.按时办结数　件　286
　　2.延期办结数　件　0
　　（三）申请答复数　件　286
　　1.属于已主动公开范围数　件　0
　　2.同意公开答复数　件　191
　　3.同意部分公开答复数　件　22
　　4.不同意公开答复数　件　17
　　5.信息不存在数　件　24
　　6.非本机关政府信息数　件　21
　　7.申请内容不明确数　件　11
　　三、行政复议数量　件　9
　　四、行政诉讼数量　件　4
　　五、举报投诉数量　件　2
　　六、依申请公开信息收取的费用　元　1280
"""
    return dict(id="e02", issuer=iss, year=2012, published=None, template="pre2019", text=t,
                prose={"requests.received": 286, "requests.channel.in_person": 103, "requests.channel.online": 139,
                       "requests.channel.mail": 38, "requests.channel.fax": 6, "requests.outcome.disclosed": 191,
                       "requests.outcome.partial": 22, "requests.outcome.withheld": 17,
                       "requests.outcome.nonexistent": 24, "requests.outcome.not_this_agency": 21,
                       "requests.outcome.unclear": 11, "review.total": 9, "review.upheld": 6,
                       "review.corrected": 2, "review.other": 1, "litigation.total": 4, "litigation.upheld": 3,
                       "litigation.pending": 1, "complaints.total": 2, "fees.amount_yuan": 1280},
                table={"requests.received": 286, "requests.channel.in_person": 103, "requests.channel.fax": 6,
                       "requests.channel.online": 139, "requests.channel.mail": 38,
                       "requests.outcome.total": 286, "requests.outcome.already_public": 0,
                       "requests.outcome.disclosed": 191, "requests.outcome.partial": 22,
                       "requests.outcome.withheld": 17, "requests.outcome.nonexistent": 24,
                       "requests.outcome.not_this_agency": 21, "requests.outcome.unclear": 11,
                       "review.total": 9, "litigation.total": 4, "complaints.total": 2, "fees.amount_yuan": 1280},
                amb={},
                notes="较上年增加41件 and 累计受理1132件 (since 2008) are not this year's figure. 减免130元 is not a "
                      "fee charged. Table: 申请答复数 286 -> outcome.total; 申请办结数 not a field. 举报投诉 -> complaints.")


def e03() -> dict:
    iss = "云桥镇人民政府"
    t = f"""甘肃省松宁县{iss}
2015年政府信息公开工作年度报告

按照县政府办公室关于做好年度报告编制工作的通知要求，结合我镇实际，现将2015年政府信息公开工作情况报告如下：

一、基本情况
我镇地处县境东部，辖14个行政村、1个社区，总人口2.6万人。镇党委、政府高度重视政务公开和政府信息公开工作，成立了由镇长任组长的工作领导小组，党政办公室负责日常工作，配备工作人员2名（兼职）。各村（社区）确定1名村干部为信息员，负责村务公开栏内容更新。

二、主动公开情况
全年通过县政府信息公开网站镇级栏目、镇政务公开栏、村务公开栏等途径主动公开信息312条。其中机构职能类9条，规划计划类17条，财政资金类48条，惠农补贴发放类131条，民生救助类62条，其他45条。特别是对退耕还林补助、农村低保、危房改造、粮食直补等群众关心的资金发放情况，全部以村为单位张榜公示，公示期不少于7天，接受群众监督。

三、依申请公开情况
2015年度，我镇未收到公民、法人和其他组织提出的政府信息公开申请。

四、收费及减免情况
无。

五、行政复议和行政诉讼情况
本年度我镇没有发生因政府信息公开引起的行政复议、行政诉讼和申诉案件。

@@X@@
六、存在问题及下一步打算
一是信息公开的内容还不够全面，部分信息公开不及时；二是工作人员均为兼职，业务能力有限，网站栏目维护跟不上；三是群众对依申请公开的渠道了解不多。
下一步，我镇将从以下几方面改进：（一）加大宣传力度，利用赶集日、村民大会等时机宣传《条例》，让群众知道可以依申请获取政府信息；（二）加强信息员培训，每季度至少组织一次业务学习；（三）完善公开目录，按月检查各村公开栏更新情况，对公开不及时、内容不全的进行通报；（四）规范档案管理，做到公开信息有据可查。

{iss}
2016年2月26日
"""
    return dict(id="e03", issuer=iss, year=2015, published="2016-02-26", template=None, text=t,
                prose={"requests.received": 0, "review.total": 0, "litigation.total": 0, "complaints.total": 0,
                       "fees.amount_yuan": 0},
                table={}, amb={},
                notes="四、收费及减免情况 / 无。: the heading names the fee statistic, so fees.amount_yuan 0 (guideline). "
                      "主动公开312条 not scored.")


def e04() -> dict:
    """Traditional script (mirror site); Chinese numerals throughout."""
    iss = "东屿区教育局"
    t = f"""{iss}二〇一七年度政府信息公开工作年度报告

　　现根据《中华人民共和国政府信息公开条例》和省、市有关要求，公布福建省东屿区教育局二〇一七年度政府信息公开工作年度报告。本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请提起行政复议、行政诉讼的情况，存在的主要问题及改进措施等部分组成。

　　一、概述
　　二〇一七年，我局把政府信息公开作为推进依法治教、建设阳光教育的重要抓手，围绕招生入学、教育收费、教师招聘、学校安全等社会关注度高的事项，及时准确公开信息。局机关各科室和区属各中小学、幼儿园均明确一名分管领导和一名信息员，全年召开专题工作会议三次。

　　二、主动公开政府信息情况
　　全年主动公开政府信息二百一十七条。其中，通过区政府门户网站“教育局”栏目公开一百六十四条，通过“东屿教育”微信公众号推送五十三条。义务教育阶段招生政策、学区划分、民办学校收费标准在每年四月底前向社会公布，并在各学校门口张贴。

　　三、依申请公开政府信息情况
　　（一）申请情况。全年共受理政府信息公开申请十二件，其中网上申请九件，信函申请三件，无当面申请。申请人以学生家长为主，内容集中在学区划分、教师招聘成绩、校舍建设项目等方面。
　　（二）答复情况。十二件申请均在法定期限内答复完毕。其中：同意公开八件；同意部分公开二件；不予公开一件（涉及第三方个人隐私）；告知申请人通过其他途径办理一件。

　　四、政府信息公开的收费及减免情况
　　本年度按规定收取复印费用共计三十六元，未有减免情况。

　　五、因政府信息公开申请提起行政复议、行政诉讼的情况
　　本年度有一位申请人对我局作出的不予公开答复不服，向区人民政府申请行政复议一件，经审查，复议机关决定维持我局的答复。本年度未发生因政府信息公开引起的行政诉讼。

@@X@@
　　六、存在的主要问题及改进措施
　　一是部分学校信息员变动频繁，信息报送的及时性有待加强；二是公开内容以结果公开为主，过程公开还不够；三是依申请公开答复文书的规范程度仍需提高。二〇一八年，我局将组织信息员集中培训两次，制定答复文书范本，并把信息公开纳入学校年度考核。

东屿区教育局
二〇一八年三月十五日
"""
    return dict(id="e04", trad=True, issuer=iss, year=2017, published="2018-03-15", template=None, text=t,
                prose={"requests.received": 12, "requests.channel.online": 9, "requests.channel.mail": 3,
                       "requests.channel.in_person": 0, "requests.outcome.total": 12,
                       "requests.outcome.disclosed": 8, "requests.outcome.partial": 2,
                       "requests.outcome.withheld": 1, "requests.outcome.redirected": 1,
                       "fees.amount_yuan": 36, "review.total": 1, "review.upheld": 1, "litigation.total": 0},
                table={}, amb={},
                notes="Whole report converted to traditional script. Numbers in Chinese numerals. 无当面申请 -> "
                      "in_person 0. 均在法定期限内答复完毕 -> outcome.total 12.")


def e05() -> dict:
    """Provincial department; half-year figures and percentages."""
    iss = "江西省水利厅"
    t = f"""{iss}2010年政府信息公开工作年度报告

    本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求编制。报告中所列数据的统计期限自2010年1月1日起至2010年12月31日止。本报告的电子版可在省水利厅门户网站（www.example-slt.gov.cn）查阅或下载。如对本报告有任何疑问，请与省水利厅办公室联系。

    一、概述
    2010年，厅党组把政府信息公开工作摆上重要议事日程，坚持与防汛抗旱、水利工程建设、水资源管理等中心工作同部署、同检查。一是健全机构。厅政府信息公开工作领导小组下设办公室，设在厅办公室，厅属各单位相应明确了承办机构和人员。二是完善制度。制定了《省水利厅政府信息公开保密审查办法》《依申请公开工作规程》，规范了受理、审核、答复各个环节。三是强化监督。将信息公开工作列入厅机关处室和厅属单位年度目标考核内容。

    二、主动公开政府信息情况
    全年主动公开政府信息1046条，其中机构职能类38条，政策法规类92条，规划计划类41条，水利工程建设项目招投标及建设管理类326条，防汛抗旱水情雨情类412条，其他137条。全年在省政府门户网站发布信息87条。

    三、依申请公开政府信息情况
    全年我厅共收到政府信息公开申请21件。其中上半年8件，下半年13件。申请方式以网络申请为主，共16件，占76.2%；当面申请3件，占14.3%；电子邮件申请2件。
    对收到的申请，我厅均在规定时限内予以答复，平均答复时间为9个工作日。答复结果为：属于已主动公开范围的5件；同意公开9件；同意部分公开2件；信息不存在3件；不属于本机关公开范围的2件。
    申请内容主要涉及水库移民后期扶持资金、河道采砂许可、农村饮水安全工程建设等。

    四、政府信息公开的收费及减免情况
    我厅依申请提供政府信息，均未收取费用。

    五、因政府信息公开申请行政复议、提起行政诉讼的情况
    2010年，未发生针对我厅政府信息公开事项的行政复议、行政诉讼案件。

@@X@@
    六、政府信息公开工作存在的主要问题及改进情况
    我厅政府信息公开工作虽然取得了一定成效，但也存在一些问题：信息公开的深度和广度有待进一步拓展，厅属单位工作进展不平衡，网站互动功能不够完善。下一步，我们将进一步完善公开目录，及时更新网站内容，加强对厅属单位的指导和检查，不断提高政府信息公开工作水平。
"""
    return dict(id="e05", issuer=iss, year=2010, published=None, template=None, text=t,
                prose={"requests.received": 21, "requests.channel.online": 16, "requests.channel.in_person": 3,
                       "requests.channel.email": 2, "requests.outcome.total": 21,
                       "requests.outcome.already_public": 5, "requests.outcome.disclosed": 9,
                       "requests.outcome.partial": 2, "requests.outcome.nonexistent": 3,
                       "requests.outcome.not_this_agency": 2, "fees.amount_yuan": 0, "review.total": 0,
                       "litigation.total": 0},
                table={}, amb={},
                notes="上半年8件/下半年13件 are breakdowns of 21, not facts. 均在规定时限内予以答复 -> outcome.total 21. "
                      "平均答复时间 not a field.")


def e06() -> dict:
    """Prefecture police bureau; requests counted in 人次; withdrawn requests."""
    iss = "凉溪州公安局"
    t = f"""四川省{iss}关于2014年度政府信息公开工作情况的报告

州政府办公室：
　　按照《关于做好2014年度政府信息公开工作年度报告编制发布工作的通知》要求，现将我局2014年度政府信息公开工作情况报告如下。

　　一、工作开展情况
　　1.组织领导。我局成立了以局长为组长、各副局长为副组长、各警种部门主要负责人为成员的政务公开暨政府信息公开工作领导小组，领导小组办公室设在局警务公开办公室。
　　2.平台建设。依托州公安局门户网站、“平安凉溪”政务微博和各派出所警务公开栏，构建了网上网下相结合的公开体系。全年门户网站发布户籍、出入境、交通管理、消防等办事指南和警务动态信息893条，政务微博发布信息1560余条。
　　3.便民服务。在州政务服务中心公安窗口设立政府信息公开申请受理点，提供申请表格和填写示范。

　　二、依申请公开办理情况
　　2014年，我局共接受群众依申请公开45人次。其中：窗口现场申请27人次，网上申请11人次，来信申请7人次。涉及户籍档案查询的最多，其次为交通事故处理、治安案件办理进度等。在法定期限内答复42人次，其余3人次因申请人主动撤回申请而终止办理。答复中，同意公开31人次，同意部分公开4人次，不予公开3人次（属于正在办理中的案件信息），信息不存在2人次，告知申请人向其他机关申请2人次。
　　
　　三、收费情况
　　依申请公开信息，我局未收取任何费用。

　　四、复议、诉讼及申诉情况
　　全年因政府信息公开申请引起行政复议2件，其中1件维持原答复，1件因申请人撤回复议申请而终止；引起行政诉讼1件，经法院审理判决驳回原告诉讼请求。无申诉案件。

@@X@@
　　五、存在的问题和下一步工作
　　（1）基层派出所对依申请公开的程序掌握不够，个别申请存在转办不及时的情况；（2）网上申请系统与内部办公系统尚未对接，申请需要人工转录。2015年，我局将开展一次全警信息公开业务培训，推动网上申请系统升级，并把依申请公开办理情况纳入执法质量考评。

凉溪州公安局
2015年3月
"""
    return dict(id="e06", issuer=iss, year=2014, published=None, template=None, text=t,
                prose={"requests.received": 45, "requests.channel.in_person": 27, "requests.channel.online": 11,
                       "requests.channel.mail": 7, "requests.outcome.total": 42,
                       "requests.outcome.disclosed": 31, "requests.outcome.partial": 4,
                       "requests.outcome.withheld": 3, "requests.outcome.nonexistent": 2,
                       "requests.outcome.not_this_agency": 2, "fees.amount_yuan": 0,
                       "review.total": 2, "review.upheld": 1, "review.other": 1,
                       "litigation.total": 1, "litigation.upheld": 1, "complaints.total": 0},
                table={}, amb={},
                notes="Requests counted in 人次 (the office's unit): annotated as requests. 在法定期限内答复42人次 -> "
                      "outcome.total 42; 3人次 withdrawn by the applicant: no pre-2019 field, not annotated. "
                      "告知申请人向其他机关申请 = 不属于本机关 -> not_this_agency (decision). Published only as month: null.")


def e07() -> dict:
    """City housing bureau; requests counted in 条, topics, average time, review and suit with results."""
    iss = "澜苍市住房和城乡建设局"
    t = f"""{iss}
2016年度政府信息公开工作报告

    本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、复议诉讼情况、收费情况、存在问题和改进措施组成。统计期限为2016年1月1日至12月31日。

（一）概述
    一年来，我局在市委、市政府领导下，以保障性住房、棚户区改造、房屋征收补偿、建筑市场监管等领域为重点，深入推进政府信息公开。全年召开信息公开专题会议2次，修订公开目录1次，组织业务培训1期，局属12个单位信息员参训。

（二）主动公开政府信息情况
    全年主动公开信息584条。其中保障性住房分配、轮候名单及退出信息公开212条；棚户区改造项目和征收补偿方案公开47条；建筑企业资质、施工许可、竣工验收备案等审批结果公开325条。

（三）依申请公开政府信息情况
    ①申请数量。全年共受理政府信息公开申请18条，同比下降10%（上年20条）。
    ②申请内容。涉及房屋征收补偿的11条，涉及保障性住房分配的4条，涉及建设工程规划及施工许可的3条。
    ③申请方式。当面提交6条，邮寄信函9条，网上提交3条。
    ④办理结果。所有申请均已办结，平均答复时间为11个工作日，无超期答复。其中，同意公开的10条，同意部分公开的3条，不同意公开的2条，申请公开的信息不存在的3条。

（四）因政府信息公开申请提起行政复议、行政诉讼情况
    2016年，因我局政府信息公开答复引起的行政复议2件，复议机关维持1件，另1件至报告编制时尚在审理中；引起行政诉讼1件，人民法院判决驳回原告的诉讼请求。

（五）政府信息公开收费及减免情况
    本年度未收取检索费、复制费、邮寄费等任何费用。

@@X@@
（六）存在的主要问题和改进措施
    1.问题：部分局属单位公开意识不强，信息报送滞后；依申请答复中引用法律条款不够准确。
    2.措施：建立信息公开工作月通报制度；邀请法律顾问对答复文书进行审核；继续做好保障性住房分配和房屋征收补偿信息公开，主动回应社会关切。

                                        {iss}
                                        2017年3月28日
"""
    return dict(id="e07", issuer=iss, year=2016, published="2017-03-28", template=None, text=t,
                prose={"requests.received": 18, "requests.channel.in_person": 6, "requests.channel.mail": 9,
                       "requests.channel.online": 3, "requests.outcome.total": 18,
                       "requests.outcome.disclosed": 10, "requests.outcome.partial": 3,
                       "requests.outcome.withheld": 2, "requests.outcome.nonexistent": 3, "review.total": 2,
                       "review.upheld": 1, "review.pending": 1, "litigation.total": 1, "litigation.upheld": 1,
                       "fees.amount_yuan": 0},
                table={}, amb={},
                notes="Requests counted in 条. 上年20条 and topic counts (11/4/3) are not facts. 所有申请均已办结 -> "
                      "outcome.total 18. 判决驳回原告的诉讼请求 -> litigation.upheld.")


def e08() -> dict:
    """Provincial general office, traditional script; carried-over figure in brackets; terse sentences."""
    iss = "贵州省人民政府办公厅"
    t = f"""{iss}2018年政府信息公开工作年度报告

一、总体情况
2018年，省政府办公厅认真贯彻落实国家关于全面推进政务公开工作的部署，围绕决策、执行、管理、服务、结果“五公开”，推动政府信息公开工作制度化、规范化。全年办理依申请公开58件（含2017年结转6件），比上年增长23.4%。主动公开省政府文件、省政府办公厅文件及政策解读材料共计1294条。

二、主动公开政府信息情况
（一）文件公开。全年通过省政府门户网站公开省政府规章4件、省政府文件89件、省政府办公厅文件143件，同步发布政策解读材料96篇，其中图表图解、视频解读31篇。
（二）重点领域信息公开。按照国家部署，督促指导各地各部门做好财政预决算、重大建设项目、公共资源配置、脱贫攻坚、生态环境等领域信息公开，组织专项检查两次。
（三）政策发布与回应。全年举行省政府新闻发布会32场，回应社会关切问题47个。

三、依申请公开政府信息办理情况
本年度新收到申请52件。按申请渠道分：网上申请38件，信函申请10件，当面申请4件。按申请人分：公民46件，法人或其他组织6件。
办理结果：已办结55件，结转至2019年继续办理3件。办结的申请中，同意公开24件，同意部分公开7件，不予公开4件，信息不存在9件，非本机关政府信息8件，告知通过其他途径办理3件。

四、收费及减免情况
本年度未收取任何费用。

五、行政复议、行政诉讼情况
因政府信息公开申请提起行政复议3件，结果均为维持；提起行政诉讼2件，其中法院判决驳回诉讼请求1件，原告撤诉1件。

@@X@@
六、存在的主要问题及改进措施
一是政策解读的针对性、可读性有待提高；二是依申请公开办理的规范化水平仍有提升空间，部分申请涉及多个部门，协调时间较长。2019年，将按照新修订的《条例》要求，完善依申请公开工作机制，加强对市县政府和省直部门的业务指导。
"""
    return dict(id="e08", trad=True, issuer=iss, year=2018, published=None, template=None, text=t,
                prose={"requests.carried_over": 6, "requests.received": 52, "requests.channel.online": 38,
                       "requests.channel.mail": 10, "requests.channel.in_person": 4,
                       "requests.applicant.natural_person": 46, "requests.applicant.organization": 6,
                       "requests.outcome.total": 55, "requests.carried_forward": 3,
                       "requests.outcome.disclosed": 24, "requests.outcome.partial": 7,
                       "requests.outcome.withheld": 4, "requests.outcome.nonexistent": 9,
                       "requests.outcome.not_this_agency": 8, "requests.outcome.redirected": 3,
                       "fees.amount_yuan": 0, "review.total": 3, "review.upheld": 3, "litigation.total": 2,
                       "litigation.upheld": 1, "litigation.other": 1},
                table={}, amb={},
                notes="Traditional script. 办理依申请公开58件（含2017年结转6件）: 58 includes carry-over; the report's "
                      "own figure for this year's new requests is 新收到申请52件, kept as requests.received; 58 noted. "
                      "已办结55件 -> outcome.total. 比上年增长23.4% not a fact.")
