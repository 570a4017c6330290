"""Reports a16–a30 of devset2/prose (invented bodies, places and numbers). See build.py."""
from build import Report

REPORTS: list[Report] = []
R = REPORTS.append

# a16 — 广东, 市部门 (公安局), 2012; 宗 as unit; 均维持; 胜诉; 无一例; 0元.
R(Report("a16", 2012, None, None, """
⟪海澄市公安局⟫2012年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》和《广东省政务公开条例》的规定，现公布海澄市公安局2012年度政府信息公开工作年度报告。报告所列数据统计期限为2012年1月1日至12月31日。

一、概述
2012年，我局把政府信息公开作为深化公安行政管理改革、提升执法公信力的重要手段，以户籍、出入境、交通管理、消防审批等与群众切身利益密切相关的事项为重点，推进警务公开。局警务公开工作领导小组办公室设在局法制支队，各分局、警种确定一名联络员，全年组织业务培训2期。

二、主动公开情况
全年通过市公安局门户网站、政务微博和各派出所公开栏主动公开政府信息2,146条，其中办事指南类318条，交通管理类614条，治安、消防提示类497条。全市110报警服务台全年接报各类警情41.3万宗，户籍、出入境业务窗口接受群众咨询约9万人次。

三、依申请公开情况
全年共受理公民、法人和其他组织提出的政府信息公开申请86宗，其中网上申请52宗、信函申请20宗、当面申请14宗。申请内容主要涉及交通事故处理、户籍档案、治安案件处理结果等。
全部在规定时限内答复。其中同意公开38宗，同意部分公开7宗，不予公开（涉及国家秘密、个人隐私等）21宗，信息不存在11宗，不属本机关公开范围9宗。

四、行政复议、行政诉讼情况
因依申请公开答复被申请行政复议3宗，复议机关均维持我局答复。行政诉讼1宗，已判决，我局胜诉。

五、投诉和收费情况
本年度无一例针对我局政府信息公开工作的投诉。依申请公开收取费用0元。

六、存在的问题和改进措施
一是部分基层单位对警务公开与保密的关系把握不准，二是依申请公开答复中引用法律依据不够准确。2013年，我局将制定依申请公开答复文书范本，加强法制部门对答复文书的审核。
""", {
    "requests.received": 86, "requests.channel.online": 52, "requests.channel.mail": 20,
    "requests.channel.in_person": 14, "requests.outcome.total": 86, "requests.outcome.disclosed": 38,
    "requests.outcome.partial": 7, "requests.outcome.withheld": 21, "requests.outcome.nonexistent": 11,
    "requests.outcome.not_this_agency": 9, "review.total": 3, "review.upheld": 3, "litigation.total": 1,
    "litigation.upheld": 1, "complaints.total": 0, "fees.amount_yuan": 0,
}, "均维持 after 3宗 → review.upheld 3. 胜诉 (the agency won) → litigation.upheld 1. 不予公开 reasons are listed "
   "jointly (国家秘密、个人隐私等) with one count: no sub-reason fact. 110警情 41.3万宗 and 咨询 are distractors."))

# a17 — 广西, 市政府, 2018, traditional (s2t); old statistics in a numbered list; 纠错; 万元; 申诉.
R(Report("a17", 2018, "2019-03-29", None, """
⟪邕岭市人民政府⟫2018年政府信息公开工作年度报告

发布日期：2019年3月29日

本年度报告根据《中华人民共和国政府信息公开条例》要求，由邕岭市人民政府办公室汇总市直各部门和各县（区）政府报告编制而成。报告中所列数据的统计期限为2018年1月1日至2018年12月31日。

一、概述
2018年，全市按照自治区关于全面推进政务公开工作的部署，着力推进重点领域信息公开，扶贫、财政、环保、食品药品监管、棚户区改造等领域公开质量明显提升。市政府门户网站全年访问量达到1,180万人次。

二、主动公开情况
全市共主动公开政府信息18.6万条。市政府常务会议审议的涉及群众切身利益的议题，均在会后通过网站和新闻媒体发布。12345政务服务热线全年受理群众诉求9.4万件。

三、依申请公开情况
（一）受理情况。全市共受理政府信息公开申请2,418件，其中当面申请608件，网上申请1,402件，信函申请376件，传真申请12件，其他形式20件。
（二）办理情况。办结2,390件（上年为1,987件），28件结转下年办理。其中，属于已主动公开范围412件，同意公开1,105件，同意部分公开163件，不同意公开94件，信息不存在318件，不属于本行政机关公开范围246件，申请内容不明确52件。
（三）收费情况。全市共收取费用0.32万元。
（四）行政复议情况。全市政府信息公开行政复议案件43件，其中维持28件，纠错9件，其他情形4件，尚未审结2件。
（五）行政诉讼情况。全市政府信息公开行政诉讼案件31件，其中维持（驳回诉讼请求）19件，纠错5件，其他情形3件，尚未审结4件。
（六）申诉情况。全年受理政府信息公开申诉8件。

四、存在的主要问题和改进措施
一是县（区）之间工作不平衡，个别乡镇公开内容更新滞后；二是依申请公开败诉案件仍有发生，答复的规范性有待加强。2019年，我市将全面贯彻新修订的《条例》，组织开展依申请公开答复规范化培训，建立复议、诉讼案件通报制度。
""", {
    "requests.received": 2418, "requests.channel.in_person": 608, "requests.channel.online": 1402,
    "requests.channel.mail": 376, "requests.channel.fax": 12, "requests.channel.other": 20,
    "requests.outcome.total": 2390, "requests.carried_forward": 28, "requests.outcome.already_public": 412,
    "requests.outcome.disclosed": 1105, "requests.outcome.partial": 163, "requests.outcome.withheld": 94,
    "requests.outcome.nonexistent": 318, "requests.outcome.not_this_agency": 246,
    "requests.outcome.unclear": 52, "fees.amount_yuan": 3200, "review.total": 43, "review.upheld": 28,
    "review.corrected": 9, "review.other": 4, "review.pending": 2, "litigation.total": 31,
    "litigation.upheld": 19, "litigation.corrected": 5, "litigation.other": 3, "litigation.pending": 4,
    "complaints.total": 8,
}, "Whole report converted to traditional (OpenCC s2t). 上年为1,987件 is last year's. 0.32万元 = 3200 yuan. "
   "12345热线 and 访问量 are distractors.", script="s2t"))

# a18 — 海南, 高校, 2014; email channel 均; combined 予以公开及部分公开 (not a fact); 举报 zero.
R(Report("a18", 2014, None, None, """
⟪南溟学院⟫2014年度信息公开工作报告

根据教育部《高等学校信息公开办法》和省教育厅的要求，现将我校2014年度（2014年1月至12月）信息公开工作情况报告如下。

一、概述
学校成立了由校长任组长的信息公开工作领导小组，办公室设在校长办公室，监察处负责监督检查。学校制定了《南溟学院信息公开实施细则》，编制了信息公开目录，在学校主页开设“信息公开”专栏，设置基本信息、招生考试、财务资产、人事师资、教学质量、学生管理、学风建设等栏目。

二、主动公开情况
全年通过学校主页信息公开专栏公开各类信息624条，在招生信息网发布招生章程、分省分专业招生计划和录取结果。招生办公室全年接受考生和家长咨询电话1,600余个，回复网上留言870条。学校按规定公开了2014年度预算、收费项目和标准。

三、依申请公开情况
本年度学校共收到信息公开申请4件，均通过电子邮件提交，申请内容涉及招生录取、职称评审和基建项目招标。经审查，予以公开及部分公开的3件，另有1件因涉及学生个人隐私，依法不予公开，均已在规定期限内书面答复申请人。

四、举报、复议诉讼及收费情况
全年未收到针对学校信息公开工作的举报。未发生因信息公开引起的行政复议及行政诉讼。学校依申请提供信息未收费。

五、存在的问题和改进措施
信息公开专栏部分栏目内容更新不够及时，二级学院公开工作进展不平衡。下一学年，学校将把信息公开纳入二级单位考核，完善信息公开工作的监督机制。
""", {
    "requests.received": 4, "requests.channel.email": 4, "requests.outcome.withheld": 1,
    "requests.outcome.total": 4, "complaints.total": 0, "review.total": 0, "litigation.total": 0,
    "fees.amount_yuan": 0,
}, "A university report (高等学校信息公开办法). 予以公开及部分公开的3件 is a combined category: neither disclosed "
   "nor partial. 均已…答复 → outcome.total 4. 个人隐私 has no pre-2019 sub-row: no sub-reason fact."))

# a19 — 重庆, 县区部门 (市场监管局), 2019, template 2019; table given as 见附表 (dropped);
# 结果均为维持; fees as a policy sentence.
R(Report("a19", 2019, "2020-01-21", "2019", """
⟪梁岩区市场监督管理局⟫2019年政府信息公开工作年度报告

发布机构：梁岩区市场监督管理局　成文日期：2020-01-21

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。

一、总体情况
（一）主动公开情况。2019年，我局在区政府门户网站发布市场主体登记、食品安全抽检、行政处罚等信息1,736条，“双随机、一公开”抽查结果全部向社会公示。
（二）依申请公开情况。2019年，我局共收到政府信息公开申请27件，上年结转0件。办结27件，其中予以公开11件，部分公开4件，不予公开2件，无法提供7件，不予处理3件。
（三）政府信息管理。对本局制发的规范性文件进行了清理，废止2件，修改3件。
（四）平台建设。完善区政府门户网站部门专栏，开通政务新媒体账号1个。
（五）监督保障。将政府信息公开工作纳入局年度目标考核，全年开展培训1次。

二、主动公开政府信息情况
（表格略）

三、收到和处理政府信息公开申请情况
见附表。

四、政府信息公开行政复议、行政诉讼情况
本年度因政府信息公开被申请行政复议2件，结果均为维持；被提起行政诉讼1件，尚在审理中。
另，全年办理消费者投诉举报3,982件，与政府信息公开无关，不在此列。

五、存在的主要问题及改进情况
一是新《条例》学习还不够深入；二是部分业务科室对申请答复的审查不够严格。下一步将加强培训，规范办理流程。

六、其他需要报告的事项
本机关依申请提供政府信息，不收取费用。
""", {
    "requests.received": 27, "requests.carried_over": 0, "requests.outcome.total": 27,
    "requests.outcome.disclosed": 11, "requests.outcome.partial": 4, "requests.outcome.withheld": 2,
    "requests.outcome.unavailable": 7, "requests.outcome.not_processed": 3, "review.total": 2,
    "review.upheld": 2, "litigation.total": 1, "litigation.pending": 1, "fees.amount_yuan": 0,
}, "The 2019-form statistics tables were dropped by the scraper (见附表 / 表格略): table empty, template 2019 "
   "from the headings. 消费者投诉举报3,982件 is not a disclosure complaint. Published = 成文日期."))

# a20 — 四川, 省部门, 2020, template 2019; sub-reasons in brackets; 均为 for unavailable.not_held; 被纠正.
R(Report("a20", 2020, "2021-01-28", "2019", """
⟪四川省蜀山水利工程管理局⟫2020年政府信息公开工作年度报告

本年度报告根据《中华人民共和国政府信息公开条例》和省政府办公厅关于做好政府信息公开工作年度报告的通知要求编制。本报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。报告电子版可在本局门户网站下载，如对报告内容有疑问，请与本局办公室联系（电话：028-0000000）。

一、总体情况
2020年，我局坚持以公开为常态、不公开为例外，围绕水利工程建设、运行管理、防汛抗旱和疫情防控期间复工复产政策等重点，推进政府信息公开工作。全年召开专题会议2次，更新政府信息公开指南和目录。
（一）主动公开。全年主动公开政府信息527条，其中工程建设项目信息148条，招标投标信息203条。
（二）依申请公开。2020年，我局新收政府信息公开申请52件，上年结转3件。从申请人看，自然人提出46件，法人或者其他组织提出6件。已办结51件，结转下年度继续办理4件。
（三）政府信息管理。开展规范性文件清理，对3件文件予以废止。
（四）监督保障。全年开展信息公开培训1次，参训60人次。

二、主动公开政府信息情况
（略）

三、收到和处理政府信息公开申请情况
（统计表略）办结的51件中，予以公开23件，部分公开5件，不予公开4件（其中属于三类内部事务信息3件，属于四类过程性信息1件），无法提供13件（均为本机关不掌握相关政府信息），不予处理2件（重复申请），其他处理4件。

四、政府信息公开行政复议、行政诉讼情况
2020年，我局政府信息公开行政复议案件3件，其中2件维持，1件被纠正；行政诉讼案件2件，1件法院判决驳回诉讼请求，1件尚未审结。

五、存在的主要问题及改进情况
依申请公开数量增加较快，部分申请涉及历史工程档案，查找难度大。下一步将推进档案数字化，提高答复效率。

六、其他需要报告的事项
无。

四川省蜀山水利工程管理局
2021年1月28日
""", {
    "requests.received": 52, "requests.carried_over": 3, "requests.applicant.natural_person": 46,
    "requests.applicant.organization": 6, "requests.outcome.total": 51, "requests.carried_forward": 4,
    "requests.outcome.disclosed": 23, "requests.outcome.partial": 5, "requests.outcome.withheld": 4,
    "requests.outcome.withheld.internal_affairs": 3, "requests.outcome.withheld.process_info": 1,
    "requests.outcome.unavailable": 13, "requests.outcome.unavailable.not_held": 13,
    "requests.outcome.not_processed": 2, "requests.outcome.not_processed.duplicate": 2,
    "requests.outcome.other": 4, "review.total": 3, "review.upheld": 2, "review.corrected": 1,
    "litigation.total": 2, "litigation.upheld": 1, "litigation.pending": 1,
}, "Tables dropped (统计表略), template 2019 from the headings. Sub-reasons in brackets give sub-rows; "
   "均为本机关不掌握 → not_held 13; 不予处理2件（重复申请） → duplicate 2. 其他需要报告的事项：无 does not name "
   "fees: no fee fact. The phone number is a placeholder."))

# a21 — 贵州, 乡, 2021, template 2021, terse; heading 四 + 无; 信息处理费.
R(Report("a21", 2021, "2022-01-14", "2021", """
⟪雾岭乡人民政府⟫2021年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》规定，现公布雾岭乡2021年政府信息公开工作年度报告。

一、总体情况
2021年，雾岭乡按照县政务公开办的统一要求，通过县政府门户网站乡镇专栏、乡政务公开栏和村务公开栏，公开乡村振兴项目、惠民惠农财政补贴资金发放、低保和特困供养、农村危房改造等信息。乡党政办公室负责政府信息公开日常工作，确定专职信息员1名，全年参加县级培训2次。乡政务服务中心全年为群众办理社保、民政、计生等事项1,062件。

二、主动公开政府信息情况
全年在县政府门户网站乡镇专栏发布信息94条，其中惠民惠农补贴发放公示31条，乡村振兴项目公示12条。各村村务公开栏按季度更新，乡纪委每季度抽查一次。

三、收到和处理政府信息公开申请情况
2021年度，本乡收到政府信息公开申请1件（通过信函申请），已按期答复，予以公开1件。

四、政府信息公开行政复议、行政诉讼情况
无。

五、存在的主要问题及改进情况
一是信息员业务能力有待提高，信息员同时承担党政办其他工作，精力有限；二是部分公开内容不够细化，惠农补贴公示只列总额、未列到户；三是个别村公开栏位置偏僻，群众查看不便。下一步，乡政府将加强对村干部和信息员的培训，规范各村公开栏设置，将补贴资金逐户公示到位。

六、其他需要报告的事项
本年度未收取信息处理费。

雾岭乡人民政府
2022年1月14日
""", {
    "requests.received": 1, "requests.channel.mail": 1, "requests.outcome.total": 1,
    "requests.outcome.disclosed": 1, "review.total": 0, "litigation.total": 0, "fees.amount_yuan": 0,
}, "No tables at all (the office wrote none or they were dropped); template 2021 from the national headings. "
   "Heading 四 names review and litigation, 无 under it → both 0. 办理事项1,062件 is services, not requests."))

# a22 — 云南, 开发区管委会, 2020, traditional (s2t), template 2019; Chinese numerals; 无上年结转; 均未发生.
R(Report("a22", 2020, None, "2019", """
⟪澜沧湾高新技术产业开发区管理委员会⟫2020年政府信息公开工作年度报告

一、总体情况
2020年，澜沧湾高新区管委会认真贯彻落实《中华人民共和国政府信息公开条例》，围绕疫情防控、复工复产、惠企政策兑现和重点项目建设，做好政府信息公开工作。管委会办公室牵头负责，经济发展局、规划建设局等部门配合，全年召开政务公开专题会议一次。
主动公开方面，全年通过高新区门户网站发布各类信息八百余条，发布惠企政策解读十二篇，举办企业政策宣讲会四场。
依申请公开方面，本年度管委会新收政府信息公开申请十四件，无上年结转，全部办结。
政府信息管理方面，对管委会制发的规范性文件进行全面清理。
平台建设方面，完成门户网站适老化改造。

二、主动公开政府信息情况
（附表略）

三、收到和处理政府信息公开申请情况
本年度收到的申请以企业申请为主。办理结果：予以公开六件，部分公开一件，无法提供五件，不予处理二件。
（附表略）

四、政府信息公开行政复议、行政诉讼情况
本年度行政复议、行政诉讼均未发生。

五、存在的主要问题及改进情况
管委会部分部门人员变动频繁，信息公开工作衔接不够顺畅；对企业申请中涉及其他企业商业信息的，征求第三方意见的程序还不够规范。下一步将加强业务培训，建立信息公开工作台账，制定第三方意见征求工作指引，并在门户网站开设“惠企政策一点通”专栏，集中发布政策文件和兑现结果。

六、其他需要报告的事项
无其他需要报告的事项。
""", {
    "requests.received": 14, "requests.carried_over": 0, "requests.outcome.total": 14,
    "requests.outcome.disclosed": 6, "requests.outcome.partial": 1, "requests.outcome.unavailable": 5,
    "requests.outcome.not_processed": 2, "review.total": 0, "litigation.total": 0,
}, "Whole report converted to traditional (OpenCC s2t). Tables dropped (附表略); template 2019. 无上年结转 → "
   "carried_over 0; 全部办结 → outcome.total 14. 以企业申请为主 gives no number.", script="s2t"))

# a23 — 陕西, 市政府, 2021, template 2021; other sub-rows in prose; direct/after-review split stated;
# 信息处理费 200元; 12345 distractor.
R(Report("a23", 2021, None, "2021", """
⟪渭岭市人民政府⟫2021年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《政府信息公开工作年度报告格式》要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。

一、总体情况
（一）主动公开。2021年，市政府通过门户网站主动公开政府信息4,312条，发布政策解读文章86篇，召开新闻发布会32场。12345政务服务便民热线全年受理群众诉求8.6万件，按时办结率99.2%。
（二）依申请公开。2021年，市政府本级共新收政府信息公开申请178件，上年结转9件；其中自然人申请159件，法人或其他组织申请19件。共办结180件，结转下年度继续办理7件。办理结果为：予以公开71件，部分公开18件，不予公开12件，无法提供46件，不予处理15件，其他处理18件。其他处理18件中，申请人逾期未按要求补正、行政机关不再处理其申请的11件，申请人逾期未缴纳信息处理费的1件，其他6件。
（三）政府信息管理。全面清理市政府规范性文件，公布现行有效文件目录。
（四）平台建设。推进政府网站集约化，整合市级部门网站14个。
（五）监督保障。将政务公开纳入全市目标责任考核，占比4%。

二、主动公开政府信息情况
详见附表（图片）。

三、收到和处理政府信息公开申请情况
详见附表（图片）。

四、政府信息公开行政复议、行政诉讼情况
2021年，市政府因政府信息公开申请答复被申请行政复议21件：维持14件，纠正3件，其他结果2件，尚未审结2件。被提起行政诉讼16件（未经复议直接起诉10件、复议后起诉6件），判决维持8件，纠正2件，其他结果1件，尚未审结5件。

五、存在的主要问题及改进情况
一是依申请公开办理质量仍需提升，被纠错案件时有发生；二是基层政务公开标准化规范化建设推进不平衡。2022年，我市将开展依申请公开答复文书评查，加强复议、诉讼案件分析研判。

六、其他需要报告的事项
2021年，市政府依据《政府信息公开信息处理费管理办法》共收取信息处理费200元。
""", {
    "requests.received": 178, "requests.carried_over": 9, "requests.applicant.natural_person": 159,
    "requests.applicant.organization": 19, "requests.outcome.total": 180, "requests.carried_forward": 7,
    "requests.outcome.disclosed": 71, "requests.outcome.partial": 18, "requests.outcome.withheld": 12,
    "requests.outcome.unavailable": 46, "requests.outcome.not_processed": 15, "requests.outcome.other": 18,
    "requests.outcome.other.overdue_correction": 11, "requests.outcome.other.unpaid_fee": 1,
    "requests.outcome.other.misc": 6, "review.total": 21, "review.upheld": 14, "review.corrected": 3,
    "review.other": 2, "review.pending": 2, "litigation.total": 16, "litigation.upheld": 8,
    "litigation.corrected": 2, "litigation.other": 1, "litigation.pending": 5, "fees.amount_yuan": 200,
}, "Tables were images (详见附表（图片）): table empty, template 2021. The direct/after-review split (10/6) is "
   "stated in prose but litigation.direct.* / after_review.* are table-only keys (fields.tsv): not in gold. "
   "12345热线 8.6万件, 4%, 99.2% are distractors."))

# a24 — 甘肃, 县政府, 2022, template 2021; sentence starting with the year; non-disclosure reviews handled by
# the county as review body; 裁定驳回起诉.
R(Report("a24", 2022, None, "2021", """
⟪石羊川县人民政府⟫2022年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》规定和省、市关于政府信息公开工作年度报告的要求，特向社会公布石羊川县2022年政府信息公开工作年度报告。

一、总体情况
2022年，县委、县政府坚持以人民为中心的发展思想，深入推进决策、执行、管理、服务、结果公开，全县政府信息公开工作取得新进展。
（一）主动公开。全县通过县政府门户网站主动公开各类政府信息6,204条，其中财政资金信息1,021条，乡村振兴信息873条，重大建设项目信息236条。
（二）依申请公开。全县共受理政府信息公开申请64件，均在法定时限内答复完毕，无结转下年度办理的申请。其中予以公开40件，部分公开6件，不予公开1件，无法提供11件，不予处理4件，其他处理2件。
（三）政府信息管理。对县政府及部门2018年以来制发的规范性文件进行清理，公布保留目录。
（四）平台建设。县政府门户网站全年访问量达230万人次，开设“乡村振兴”“营商环境”等专题专栏。
（五）监督保障。县政务公开领导小组开展督查2次，通报问题14个。

二、主动公开政府信息情况
（统计表以图片形式发布，此处略）

三、收到和处理政府信息公开申请情况
（统计表以图片形式发布，此处略）

四、政府信息公开行政复议、行政诉讼情况
2022年，全县发生政府信息公开类行政复议案件6件，其中市政府复议维持4件，确认违法1件，申请人撤回复议申请1件；政府信息公开类行政诉讼案件3件，其中法院裁定驳回起诉2件，1件尚在审理。
此外，县政府作为行政复议机关全年受理各类行政复议案件57件，涉及自然资源、市场监管、交通运输等领域。

五、存在的主要问题及改进情况
部分乡镇和部门对新《条例》理解不深，答复文书不规范的问题仍然存在。2023年，我县将组织开展政府信息公开业务培训，加强对依申请公开答复的合法性审查。

六、其他需要报告的事项
无。
""", {
    "requests.received": 64, "requests.outcome.total": 64, "requests.carried_forward": 0,
    "requests.outcome.disclosed": 40, "requests.outcome.partial": 6, "requests.outcome.withheld": 1,
    "requests.outcome.unavailable": 11, "requests.outcome.not_processed": 4, "requests.outcome.other": 2,
    "review.total": 6, "review.upheld": 4, "review.corrected": 1, "review.other": 1,
    "litigation.total": 3, "litigation.upheld": 2, "litigation.pending": 1,
}, "Tables published as images (此处略): template 2021. 均…答复完毕 → outcome.total 64; 无结转下年度办理的申请 → "
   "carried_forward 0. The 57 reviews the county decided as review body are not about its own disclosure: "
   "not counted. 裁定驳回起诉 → upheld (fields.tsv: 驳回起诉)."))

# a25 — 青海, 市部门 (生态环境局), 2023, template 2021; channels in prose; unavailable sub-reasons;
# neither review nor litigation.
R(Report("a25", 2023, "2024-01-19", "2021", """
⟪柴湾市生态环境局⟫2023年政府信息公开工作年度报告

索引号：CW-SHJ-2024-003　　发布日期：2024-01-19　　发布机构：柴湾市生态环境局

一、总体情况
2023年，我局深入贯彻落实《中华人民共和国政府信息公开条例》，围绕生态环境保护重点工作，做好环境质量、环境影响评价、排污许可、执法监管等领域信息公开，全年未发生因信息公开不当引发的舆情事件。
（一）主动公开。在市政府门户网站本局专栏发布信息412条，按月公开城市空气质量和饮用水水源地水质状况。
（二）依申请公开。本年度共收到政府信息公开申请8件，其中通过信函方式提出5件，通过互联网平台提出3件。
（三）政府信息管理。建立信息发布保密审查台账，全年审查拟公开信息412条。
（四）平台建设。优化本局专栏“环评公示”栏目。
（五）监督保障。将政府信息公开纳入各科室年度考核。

二、主动公开政府信息情况
（表格略）

三、收到和处理政府信息公开申请情况
8件申请全部按时办结：予以公开3件，部分公开1件，无法提供4件（本机关不掌握相关政府信息3件，没有现成信息需要另行制作1件）。
（统计表详见附件）

四、政府信息公开行政复议、行政诉讼情况
本年度本机关未被申请行政复议，也未被提起行政诉讼。

五、存在的主要问题及改进情况
一是政策解读形式较为单一；二是部分科室对依申请公开工作的时限要求把握不够。下一步我局将丰富解读形式，加强对科室的督促提醒。

六、其他需要报告的事项
本年度未收取信息处理费。全年办理环境信访件97件，办结率100%。
""", {
    "requests.received": 8, "requests.channel.mail": 5, "requests.channel.online": 3,
    "requests.outcome.total": 8, "requests.outcome.disclosed": 3, "requests.outcome.partial": 1,
    "requests.outcome.unavailable": 4, "requests.outcome.unavailable.not_held": 3,
    "requests.outcome.unavailable.needs_creation": 1, "review.total": 0, "litigation.total": 0,
    "fees.amount_yuan": 0,
}, "Table in an attachment (详见附件): template 2021. Channels stated in prose (the 2021 form has no channel "
   "rows). 信访件97件 is a distractor."))

# a26 — 宁夏, 街道, 2024, template 2021, terse; 上年无结转; 均予以答复; 0件 for both; 不存在收费情况.
R(Report("a26", 2024, None, "2021", """
⟪凤鸣路街道办事处⟫2024年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》和区政务公开办公室工作要求，现将凤鸣路街道办事处2024年政府信息公开工作情况报告如下。

一、总体情况
2024年，街道办事处坚持把政务公开作为服务居民的重要抓手，依托区政府门户网站街道专栏、街道和社区公开栏、社区居民微信群等渠道，重点公开民生保障、社区治理、老旧小区改造、就业帮扶等信息。街道党政办公室负责政务公开日常工作，各社区确定一名公开专员。全年组织社区工作人员学习《条例》2次。

二、主动公开政府信息情况
在区政府门户网站街道专栏发布信息67条，更新公开栏48期。街道便民服务中心全年接待居民咨询约1,500人次，代办各类民生事项2,230件。

三、收到和处理政府信息公开申请情况
2024年度，本街道共收到政府信息公开申请2件，上年无结转，均予以答复：1件予以公开，1件因本机关不掌握相关政府信息无法提供。

四、政府信息公开行政复议、行政诉讼情况
本年度行政复议0件，行政诉讼0件。

五、存在的主要问题及改进情况
个别社区公开内容更新不及时，公开形式不够多样，老年居民通过网络获取信息仍有困难。下一步，街道将定期检查社区公开栏，探索通过社区微信公众号公开居民关心的事项，同时保留纸质公开栏，在社区服务站放置老旧小区改造方案和就业帮扶政策的纸质材料，方便居民查阅。

六、其他需要报告的事项
本年度不存在收费情况。
""", {
    "requests.received": 2, "requests.carried_over": 0, "requests.outcome.total": 2,
    "requests.outcome.disclosed": 1, "requests.outcome.unavailable": 1,
    "requests.outcome.unavailable.not_held": 1, "review.total": 0, "litigation.total": 0,
    "fees.amount_yuan": 0,
}, "No tables in the text; template 2021 from the headings. 上年无结转 → carried_over 0. 因本机关不掌握…无法提供 "
   "→ not_held 1 and unavailable 1. 咨询1,500人次 / 代办2,230件 are distractors."))

# a27 — 新疆, 省部门, 2023, traditional (s2t), template 2021; 均为自然人; withheld sub-rows; 均以原告撤诉结案.
R(Report("a27", 2023, "2024-01-26", "2021", """
⟪新疆维吾尔自治区天山水文水资源局⟫2023年政府信息公开工作年度报告

（2024年1月26日）

本报告根据《中华人民共和国政府信息公开条例》和自治区人民政府办公厅有关要求编制。报告中所列数据统计期限为2023年1月1日至12月31日。

一、总体情况
2023年，我局围绕水文监测、水资源管理和防汛抗旱信息服务，推进政府信息公开。局办公室统筹，各业务处室、各水文勘测分局分工负责。全年修订《政府信息公开工作规程》，组织全局信息公开培训1次，参训人员86人次。
主动公开方面，通过门户网站发布水情信息、水资源公报、行政许可结果等信息1,285条。汛期每日发布主要河流水情，全年发布洪水预警12次。
依申请公开方面，本年度新收政府信息公开申请35件，上年结转2件；办结34件，结转下年度继续办理3件。申请人均为自然人。

二、主动公开政府信息情况
（见附表，略）

三、收到和处理政府信息公开申请情况
办结的34件中，予以公开15件，部分公开3件，不予公开2件（属于行政执法案卷1件，保护第三方合法权益1件），无法提供9件，不予处理1件，其他处理4件。

四、政府信息公开行政复议、行政诉讼情况
2023年度共发生政府信息公开行政复议案件4件，行政诉讼案件2件。复议案件中，维持3件，1件尚未审结；诉讼案件均以原告撤诉结案。

五、存在的主要问题及改进情况
部分申请涉及多年水文监测数据，需要汇总整理，答复时间较长。下一步将推进历史水文资料电子化，建设水文数据查询服务平台。

六、其他需要报告的事项
无。
""", {
    "requests.received": 35, "requests.carried_over": 2, "requests.outcome.total": 34,
    "requests.carried_forward": 3, "requests.applicant.natural_person": 35,
    "requests.outcome.disclosed": 15, "requests.outcome.partial": 3, "requests.outcome.withheld": 2,
    "requests.outcome.withheld.enforcement_file": 1, "requests.outcome.withheld.third_party": 1,
    "requests.outcome.unavailable": 9, "requests.outcome.not_processed": 1, "requests.outcome.other": 4,
    "review.total": 4, "review.upheld": 3, "review.pending": 1, "litigation.total": 2,
    "litigation.other": 2,
}, "Whole report converted to traditional (OpenCC s2t). Tables dropped; template 2021. 申请人均为自然人 → "
   "natural_person 35 (the new requests). 均以原告撤诉结案 → litigation.other 2.", script="s2t"))

# a28 — 上海, 区部门, 2024, template 2021; applicant sub-types only (organization not stated as a total);
# 比上年减少11%; 均为未经复议直接起诉.
R(Report("a28", 2024, None, "2021", """
⟪松浦区规划和自然资源局⟫2024年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》编制。报告全文包括：总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本报告有疑问，请与区规划资源局政务公开办公室联系。

一、总体情况
2024年，区规划资源局以规划编制、土地供应、不动产登记、征收补偿等领域为重点，深化政务公开标准化规范化建设。
（一）主动公开。全年在区政府门户网站发布规划公示、土地出让公告等信息1,974条，其中控制性详细规划公示58条，建设工程设计方案公示312条。
（二）依申请公开。2024年，本局新收政府信息公开申请203件，比上年减少11%，上年结转14件。申请人中，自然人186件，商业企业12件，社会公益组织2件，其他3件。全年办结205件，结转下年度12件。
（三）政府信息管理。动态更新政府信息公开目录，开展公开属性源头认定。
（四）平台建设。完善“规划资源”专栏，上线历史审批档案查询预约服务。
（五）监督保障。开展依申请公开答复文书质量抽查2次，办理人大代表建议9件、政协提案11件。

二、主动公开政府信息情况
（统计表格略）

三、收到和处理政府信息公开申请情况
全年办结的205件申请中，予以公开68件，部分公开21件，不予公开9件，无法提供83件，不予处理11件，其他处理13件。另受理政策咨询4,120人次。

四、政府信息公开行政复议、行政诉讼情况
本年度本局作为被申请人的政府信息公开行政复议案件11件，复议结果：维持6件，结果纠正2件，其他结果1件，尚未审结2件。行政诉讼8件，均为未经复议直接起诉，其中维持5件，尚未审结3件。

五、存在的主要问题及改进情况
一是历史档案查找耗时，部分申请需延期答复；二是“无法提供”类答复占比较高，说理还需加强。2025年，本局将加快档案数字化，规范答复说理。

六、其他需要报告的事项
本年度未收取信息处理费。
""", {
    "requests.received": 203, "requests.carried_over": 14, "requests.applicant.natural_person": 186,
    "requests.outcome.total": 205, "requests.carried_forward": 12, "requests.outcome.disclosed": 68,
    "requests.outcome.partial": 21, "requests.outcome.withheld": 9, "requests.outcome.unavailable": 83,
    "requests.outcome.not_processed": 11, "requests.outcome.other": 13, "review.total": 11,
    "review.upheld": 6, "review.corrected": 2, "review.other": 1, "review.pending": 2,
    "litigation.total": 8, "litigation.upheld": 5, "litigation.pending": 3, "fees.amount_yuan": 0,
}, "Tables dropped; template 2021. Organization applicants are stated only by sub-type (商业企业12, 社会公益组织2, "
   "其他3): the organization total (17) is computable but not stated, so not in gold. 比上年减少11%, 咨询4,120人次, "
   "人大建议9件, 政协提案11件 are distractors. litigation.direct.* is table-only."))

# a29 — 天津, 市部门, 2025, template 2021; zero requests written as 数量为零, 无…结转; 均为0.
R(Report("a29", 2025, "2026-01-20", "2021", """
⟪天津市河湖堤防管理局⟫2025年政府信息公开工作年度报告

发布日期：2026年1月20日

根据《中华人民共和国政府信息公开条例》和市政务公开办有关要求，现公布本局2025年政府信息公开工作年度报告。本报告所列数据统计期限为2025年1月1日至2025年12月31日。

一、总体情况
2025年，我局围绕河湖堤防工程运行管理、防汛安全、河湖管护等重点工作，做好政府信息公开。局办公室负责统筹，各科室按职责分工提供公开信息，全年召开政务公开专题会议1次，开展政务公开业务学习2次。
（一）主动公开。全年在市水务部门网站本局专栏发布工作动态、防汛提示、工程招标公告等信息163条。
（二）依申请公开。全年未收到政府信息公开申请。
（三）政府信息管理。对本局历年发布的信息进行核查，更新失效链接21处。
（四）平台建设。配合完成市水务部门网站栏目优化。
（五）监督保障。将政务公开纳入科室考核。

二、主动公开政府信息情况
（略）

三、收到和处理政府信息公开申请情况
本年度我局收到政府信息公开申请数量为零，无上年结转，无结转下年度办理的申请。全年接听群众来电咨询52次，均当场答复。

四、政府信息公开行政复议、行政诉讼情况
本年度未发生政府信息公开行政复议、行政诉讼案件，复议及诉讼数量均为0。

五、存在的主要问题及改进情况
信息发布的时效性有待提高，政策解读较少。下一步将加强对防汛和工程管理信息的及时发布。

六、其他需要报告的事项
无。
""", {
    "requests.received": 0, "requests.carried_over": 0, "requests.carried_forward": 0,
    "review.total": 0, "litigation.total": 0,
}, "A zero-request year; tables dropped (略 / none printed); template 2021. 来电咨询52次 is a distractor. "
   "Received zero stated twice (未收到 / 数量为零): one fact."))

# a30 — 西藏, 省政府办公厅, 2022, template 2021; Chinese numerals; 全部按期办结; 责令重新答复; 没有发生.
R(Report("a30", 2022, "2023-01-31", "2021", """
⟪西藏自治区人民政府办公厅⟫2022年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》规定，现公布自治区人民政府办公厅2022年政府信息公开工作年度报告。本报告中所列数据统计期限为2022年1月1日至12月31日。

一、总体情况
2022年，自治区人民政府办公厅坚持以公开为常态、不公开为例外，围绕稳经济、促发展、保民生重点任务，推进政府信息公开。全年通过自治区人民政府门户网站发布各类政务信息五千余条，编发政府公报十二期，组织政策解读六十余次，全区政府网站和政务新媒体检查两次。
依申请公开方面，2022年，自治区人民政府办公厅共收到政府信息公开申请三十八件，其中通过网上申请平台提交二十七件，通过邮寄方式提交九件，现场提交二件。全部按期办结，予以公开十四件，部分公开四件，不予公开一件，无法提供十二件，不予处理三件，其他处理四件。

二、主动公开政府信息情况
见附表一（略）。

三、收到和处理政府信息公开申请情况
见附表二（略）。

四、政府信息公开行政复议、行政诉讼情况
行政复议方面，本年度被申请行政复议一件，复议机关已责令重新答复，办公厅已依法重新作出答复。
行政诉讼方面，本年度没有发生。

五、存在的主要问题及改进情况
一是部分地（市）、县（区）依申请公开答复不够规范；二是政策解读的形式还不够丰富。2023年，办公厅将加强对全区政务公开工作的指导，组织开展依申请公开专题培训。

六、其他需要报告的事项
本年度未收取费用。全年办理自治区人大代表建议、政协委员提案共计一百二十三件。

西藏自治区人民政府办公厅
2023年1月31日
""", {
    "requests.received": 38, "requests.channel.online": 27, "requests.channel.mail": 9,
    "requests.channel.in_person": 2, "requests.outcome.total": 38, "requests.outcome.disclosed": 14,
    "requests.outcome.partial": 4, "requests.outcome.withheld": 1, "requests.outcome.unavailable": 12,
    "requests.outcome.not_processed": 3, "requests.outcome.other": 4, "review.total": 1,
    "review.corrected": 1, "litigation.total": 0, "fees.amount_yuan": 0,
}, "Tables dropped (附表略); template 2021. 责令重新答复 → review.corrected. 行政诉讼方面…没有发生 → litigation 0. "
   "建议提案123件 is a distractor."))

#: Scraping damage per report (build.apply_layout); the gold does not change with it.
LAYOUTS = {"a16": "wrap36", "a20": "indent", "a24": "fullwidth", "a27": "flatten"}
for _r in REPORTS:
    _r.extra["layout"] = LAYOUTS.get(_r.name)
