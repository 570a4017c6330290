"""Reports a01–a15 of devset2/prose (invented bodies, places and numbers). See build.py."""
from build import Report

REPORTS: list[Report] = []
R = REPORTS.append

# a01 — 河北, 县政府, 2009, verbose, combined 信函及传真 channel, one zero sentence for three statistics.
R(Report("a01", 2009, "2010-03-22", None, """
⟪清漪县人民政府⟫2009年政府信息公开工作年度报告

发布日期：2010-03-22

根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和省、市有关要求，现将清漪县2009年度政府信息公开工作情况报告如下。本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼的情况，存在的问题和改进措施等部分组成。本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。

一、概述
2009年是《条例》施行的第二年。县政府把政府信息公开作为转变政府职能、建设阳光政府的一项基础性工作来抓，调整充实了县政府信息公开工作领导小组，由常务副县长任组长，县政府办公室主任任副组长，县直各部门、各乡镇明确一名分管领导和一名信息员。县政府办公室先后两次组织全县信息员集中学习，对照公开目录逐项梳理本单位应公开的信息。

二、主动公开政府信息情况
全年通过县政府门户网站、政府公报、公开栏和档案馆查阅点共主动公开政府信息1263条，其中机构职能类82条，规范性文件47条，财政预决算及专项资金类136条，其余为工作动态和公示公告。县政府门户网站全年访问量达到41万人次，比上年增长近三成。县档案馆、县图书馆设立的政府信息查阅点共接待查阅群众530余人次。

三、依申请公开政府信息情况
全年共受理政府信息公开申请47件，其中当面申请21件，网上申请19件，信函及传真申请7件。申请内容主要集中在征地补偿、农村低保、危房改造和涉农补贴资金发放等方面。
截至年底，47件申请已全部答复，其中同意公开38件，同意部分公开3件，不予公开2件，申请公开的信息不存在4件。
此外，县政府办公室和各部门通过电话、来访等方式接受群众咨询312人次，均当场或限期作了解答。

四、政府信息公开的收费及减免情况
本年度在依申请公开工作中未收取任何费用。

五、因政府信息公开申请行政复议、提起行政诉讼的情况
本年度没有发生针对本县政府信息公开的行政复议和行政诉讼案件，也未收到有关政府信息公开工作的申诉。

六、存在的问题和改进措施
一是部分乡镇公开的信息更新不及时，栏目内容不够充实；二是个别部门对依申请公开的办理程序还不够熟悉。2010年，我县将进一步完善考核办法，把信息公开工作纳入年度目标考核，加强对乡镇和部门信息员的业务指导，推动政府信息公开工作向基层延伸。
""", {
    "requests.received": 47, "requests.channel.in_person": 21, "requests.channel.online": 19,
    "requests.outcome.total": 47, "requests.outcome.disclosed": 38, "requests.outcome.partial": 3,
    "requests.outcome.withheld": 2, "requests.outcome.nonexistent": 4,
    "fees.amount_yuan": 0, "review.total": 0, "litigation.total": 0, "complaints.total": 0,
}, "信函及传真申请7件 is a combined channel: neither mail nor fax. 咨询312人次, 主动公开1263条, "
   "访问量 are distractors. One sentence states review, litigation and complaints zero."))

# a02 — 山西, 镇, 2012, terse; zero requests; 行政审批 distractor; signature with date.
R(Report("a02", 2012, "2013-02-26", None, """
⟪槐荫岭镇人民政府⟫2012年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》要求，现将我镇2012年政府信息公开工作情况报告如下：

一、基本情况
我镇成立了由镇长任组长的政务公开领导小组，党政办公室具体负责日常工作，配备兼职人员2名。镇政府院内设置政务公开栏1处，各行政村设置村务公开栏，按季度更新。年初制定了《镇政务公开工作制度》，明确公开的内容、时限和审核程序，做到先审后发。镇纪委对各村村务公开情况进行季度检查，对公开不及时的3个村进行了督促整改。

二、主动公开情况
全年通过县政府网站乡镇专栏和公开栏主动公开信息86条，主要包括镇政府领导分工、惠农补贴发放、新型农村合作医疗、计划生育奖励扶助、救灾物资发放等内容。镇便民服务大厅全年为群众代办各类审批、许可和证照事项1420件。对群众反映较多的退耕还林补助兑现问题，镇政府专门在各村公开栏张贴了兑现名单和标准，接受群众监督。

三、依申请公开情况
本年度我镇未接到公民、法人或其他组织提出的政府信息公开申请。

四、复议、诉讼和收费情况
无因政府信息公开引起的行政复议、行政诉讼和申诉案件。未收取费用。

五、存在问题及下一步打算
我镇信息公开工作人员均为兼职，业务水平有待提高，公开内容更新不够及时，部分村的公开栏破损后未及时修缮。下一步，我镇将加强人员培训，规范公开程序，确保群众关心的事项及时公开。

槐荫岭镇人民政府
2013年2月26日
""", {
    "requests.received": 0, "review.total": 0, "litigation.total": 0, "complaints.total": 0,
    "fees.amount_yuan": 0,
}, "便民服务大厅代办1420件 is administrative approvals, not requests. Published = signature date."))

# a03 — 内蒙古, 市部门, 2014; Chinese numerals; disclosure review zero beside non-disclosure reviews;
# 驳回原告诉讼请求; header with 索引号.
R(Report("a03", 2014, "2015-03-10", None, """
索引号：KL-03-2015-0041　　发布机构：乌兰锡勒市国土资源局　　发布日期：2015年03月10日
主题分类：政务公开

⟪乌兰锡勒市国土资源局⟫2014年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》和自治区、市有关规定编制，内容包括：概述、主动公开政府信息情况、依申请公开政府信息情况、收费情况、行政复议和行政诉讼情况、存在的问题及改进措施。统计时限为2014年1月1日至12月31日。

一、概述
2014年，我局把政府信息公开与土地征收、矿产资源管理、不动产登记准备工作结合起来，局办公室为信息公开工作机构，各科室、分局确定专人负责。全年召开专题会议两次，修订了《依申请公开工作规程》。

二、主动公开政府信息情况
全年主动公开信息四百一十二条，其中征地批复及补偿安置方案一百零六条，采矿权、探矿权出让公告三十八条，土地供应结果公示一百七十三条。

三、依申请公开政府信息情况
2014年，我局共受理政府信息公开申请二十三件，较上年增加九件。从申请方式看，现场提交十一件，通过信函邮寄八件，网上提交四件；从申请主体看，公民个人申请二十件，企业申请三件。
截至年底已全部办结。其中，同意公开十五件，同意部分公开二件，告知申请人通过其他途径获取三件，因申请内容不明确告知其补充更改一件，不属于本机关职责范围二件。

四、收费情况
依申请提供信息，收取复制费、邮寄费共计86元，未减免。

五、行政复议和行政诉讼情况
本年度，我局作为被申请人的行政复议案件共6件，均涉及土地登记和矿业权行政处罚，与政府信息公开无关。因政府信息公开引起的行政复议为零，行政诉讼1件，经乌兰锡勒市人民法院审理，判决驳回原告诉讼请求。

六、存在的问题及改进措施
个别科室对申请答复的格式把握不准，征地信息公开的及时性还需提高。2015年我局将加强对科室人员的培训，规范答复文书，进一步做好征地信息公开平台的维护工作。
""", {
    "requests.received": 23, "requests.channel.in_person": 11, "requests.channel.mail": 8,
    "requests.channel.online": 4, "requests.applicant.natural_person": 20,
    "requests.applicant.organization": 3, "requests.outcome.total": 23,
    "requests.outcome.disclosed": 15, "requests.outcome.partial": 2, "requests.outcome.redirected": 3,
    "requests.outcome.unclear": 1, "requests.outcome.not_this_agency": 2,
    "fees.amount_yuan": 86, "review.total": 0, "litigation.total": 1, "litigation.upheld": 1,
}, "行政复议案件共6件 concern land registration and penalties, not disclosure: not counted; disclosure "
   "review is stated as 为零. 较上年增加九件 is a comparison. outcome.total = 受理 23 已全部办结."))

# a04 — 辽宁, 市政府, 2011, traditional (s2t); per-department breakdown; 万元 fees; full review and
# litigation results; 举报投诉.
R(Report("a04", 2011, None, None, """
⟪鹤川市人民政府⟫2011年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》要求，由市政府办公厅根据全市各级行政机关年度报告汇总编制。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，咨询情况，收费及减免情况，因政府信息公开申请行政复议、提起行政诉讼和举报投诉情况，存在的主要问题和改进措施七个部分。本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。

一、概述
2011年，全市以推进行政权力公开透明运行为重点，把财政预决算、“三公”经费、保障性住房分配和征地拆迁补偿作为公开重点，建成市、县（区）、乡镇（街道）三级政府信息公开目录系统，市政府门户网站改版上线“政府信息公开专栏”。

二、主动公开政府信息情况
全市各级行政机关全年主动公开政府信息21.7万条，其中市政府各部门公开4.3万条。市政府新闻办召开新闻发布会46场。

三、依申请公开政府信息情况
（一）申请情况。全市各级行政机关共受理政府信息公开申请1,326件。其中，当面申请512件，占38.6%；网络申请604件，占45.6%；信函申请187件；传真申请23件。申请量较多的部门是市国土资源局（318件）、市住房和城乡建设委员会（241件）、市人力资源和社会保障局（156件）。
（二）答复情况。在已答复的1,298件中，同意公开874件，同意部分公开96件，不同意公开71件，信息不存在135件，非本机关掌握信息88件，申请内容不明确34件；另有28件正在办理中，将结转至2012年答复。

四、咨询情况
全市通过电话、网站、现场等方式接受群众咨询3.2万人次。

五、收费及减免情况
全市共收取检索、复制、邮寄等费用1.46万元，对城乡低保对象等经济困难的申请人减免费用。

六、因政府信息公开申请行政复议、提起行政诉讼和举报投诉情况
全市因政府信息公开引发行政复议案件17件，其中维持原具体行政行为11件，责令重新答复4件，申请人撤回申请2件；提起行政诉讼9件，法院判决驳回诉讼请求5件，原告撤诉1件，尚在审理中3件。全年受理有关政府信息公开的举报投诉6件，均已调查处理完毕。

七、存在的主要问题和改进措施
一是各地区、各部门工作进展不平衡，部分县（区）依申请公开答复不够规范；二是公开内容与群众需求还有差距。2012年，我市将健全考核、社会评议和责任追究制度，加强对县（区）和部门的督促检查，提高答复质量。
""", {
    "requests.received": 1326, "requests.channel.in_person": 512, "requests.channel.online": 604,
    "requests.channel.mail": 187, "requests.channel.fax": 23, "requests.outcome.total": 1298,
    "requests.outcome.disclosed": 874, "requests.outcome.partial": 96, "requests.outcome.withheld": 71,
    "requests.outcome.nonexistent": 135, "requests.outcome.not_this_agency": 88,
    "requests.outcome.unclear": 34, "requests.carried_forward": 28, "fees.amount_yuan": 14600,
    "review.total": 17, "review.upheld": 11, "review.corrected": 4, "review.other": 2,
    "litigation.total": 9, "litigation.upheld": 5, "litigation.other": 1, "litigation.pending": 3,
    "complaints.total": 6,
}, "Whole report converted to traditional (OpenCC s2t). Per-department counts (318/241/156) are breakdowns. "
   "1.46万元 = 14600 yuan. 正在办理中28件 将结转 → carried_forward.", script="s2t"))

# a05 — 吉林, 省部门, 2015; channels in brackets; already_public; list （一）（二）（三） with 0件.
R(Report("a05", 2015, None, None, """
⟪吉林省农垦事务局⟫2015年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》规定，特向社会公布2015年度本局政府信息公开工作年度报告。本报告中使用数据统计期限为2015年1月1日至2015年12月31日。如对本报告有任何疑问，请与本局办公室联系。

一、工作开展情况
本局高度重视政府信息公开工作，将其列入局党组年度重点工作，由局办公室牵头，法规处、财务处配合。全年组织信息公开业务培训3次，培训人员140人次；办理人大代表建议12件、政协委员提案17件，办理结果均按要求在网站公开。

二、主动公开政府信息情况
本年度通过局门户网站主动公开政府信息318条，其中农垦改革政策文件21条，项目资金安排信息44条，人事任免信息9条。

三、依申请公开政府信息情况
2015年本局共收到政府信息公开申请9件（电子邮件5件、传真1件、当面3件），均在法定期限内予以答复。答复结果为：属于已主动公开范围的2件，同意公开4件，信息不存在的1件，不属于本局公开职责权限范围的2件。

四、行政复议、行政诉讼和申诉情况
（一）行政复议：0件。
（二）行政诉讼：0件。
（三）申诉：0件。

五、收费情况
本局在依申请公开工作中，没有收取检索、复制、邮寄等任何费用。

六、存在的主要问题和改进措施
本局信息公开工作仍存在公开内容不够全面、网站栏目更新不及时等问题。下一步将按照“以公开为原则、不公开为例外”的要求，完善信息发布审查流程，加强网站建设和维护，及时公开农垦改革进展和惠农资金发放情况，并加强对各农场信息公开工作的指导。
""", {
    "requests.received": 9, "requests.channel.email": 5, "requests.channel.fax": 1,
    "requests.channel.in_person": 3, "requests.outcome.total": 9, "requests.outcome.already_public": 2,
    "requests.outcome.disclosed": 4, "requests.outcome.nonexistent": 1,
    "requests.outcome.not_this_agency": 2, "review.total": 0, "litigation.total": 0,
    "complaints.total": 0, "fees.amount_yuan": 0,
}, "培训3次/140人次, 人大建议12件, 政协提案17件 are distractors. 均…予以答复 after 收到9件 → outcome.total 9."))

# a06 — 黑龙江, 县部门 (人社局), 2016; non-disclosure reviews and litigation; 劳动保障举报投诉 distractor;
# sub-reason 国家秘密; complaints zero as 情况：无.
R(Report("a06", 2016, "2017-01-18", None, """
⟪青岚县人力资源和社会保障局⟫2016年度政府信息公开工作报告

（2017年1月18日）

按照《中华人民共和国政府信息公开条例》和县政府办公室关于做好年度报告编制工作的通知要求，现将我局2016年度政府信息公开工作情况报告如下。

一、基本情况
我局政府信息公开工作由局办公室统一负责，各股室、局属单位分工配合。全年依托县政府门户网站“部门信息公开”栏目和局服务大厅电子显示屏发布信息，重点公开就业创业扶持政策、社会保险待遇调整、工资指导线、人事考试录用等信息。

二、主动公开情况
全年主动公开信息192条。12333咨询服务电话接听群众来电1.8万个，服务大厅接待政策咨询约4600人次。

三、依申请公开情况
全年共收到信息公开申请36件，其中通过县政府门户网站在线申请28件，来信申请5件，到服务大厅窗口现场申请3件。上述申请中，有31件由社会保险参保人员个人提出，5件由用人单位提出。
对收到的申请，均按规定时限作出答复，按时答复率100%。其中：予以公开的29件，部分公开的3件，不予公开的1件（属于国家秘密），不属于本机关职责范围、已告知向有关机关申请的3件。

四、行政复议、行政诉讼情况
2016年度，我局共发生行政复议案件4起、行政诉讼案件2起，均为工伤认定、社会保险待遇核定引起，不涉及政府信息公开。涉及政府信息公开的行政复议、行政诉讼均为0起。

五、举报投诉和收费情况
全年受理劳动保障监察举报投诉45件，已全部办结。因政府信息公开工作被举报、投诉的情况：无。本年度依申请公开信息没有收费。

六、存在的不足及改进措施
部分股室对信息公开重视程度不够，主动公开信息数量偏少。下一步，我局将把信息公开纳入股室年度考核，提高公开的主动性和时效性，对就业创业补贴、公益性岗位安置等事项实行定期公示。
""", {
    "requests.received": 36, "requests.channel.online": 28, "requests.channel.mail": 5,
    "requests.channel.in_person": 3, "requests.applicant.natural_person": 31,
    "requests.applicant.organization": 5, "requests.outcome.total": 36, "requests.outcome.disclosed": 29,
    "requests.outcome.partial": 3, "requests.outcome.withheld": 1,
    "requests.outcome.withheld.state_secret": 1, "requests.outcome.not_this_agency": 3,
    "review.total": 0, "litigation.total": 0, "complaints.total": 0, "fees.amount_yuan": 0,
}, "行政复议4起/行政诉讼2起 are about work-injury and insurance decisions: not counted; disclosure ones 均为0起. "
   "劳动保障监察举报投诉45件 is not a disclosure complaint. 个人/用人单位 → applicants. Published = date under "
   "the title."))

# a07 — 江苏, 事业单位 (住房公积金管理中心), 2017; carried over; review upheld several sentences later;
# 收费情况：无.
R(Report("a07", 2017, None, None, """
⟪澄湖市住房公积金管理中心⟫2017年政府信息公开工作年度报告

一、概述
2017年，中心按照《中华人民共和国政府信息公开条例》和市政府关于政务公开工作的部署，以缴存、提取、贷款业务政策和资金运行情况为重点，做好信息公开工作。中心办公室负责信息公开的日常工作，各管理部确定一名联络员。全年召开信息公开工作会议2次。中心建立了信息发布“三审”制度，由经办人员初审、部门负责人复审、分管主任终审，全年未发生因信息发布引起的泄密事件。对缴存职工关心的异地转移接续、租房提取等新政策，中心在营业网点张贴办事指南，并在网站开设“政策问答”栏目。

二、主动公开政府信息情况
全年在中心网站和微信公众号发布信息274条，按季度公开住房公积金归集、提取、贷款数据，按规定公布2016年住房公积金年度报告。12329服务热线全年接听来电4.6万个，网上留言回复1,130条。

三、依申请公开政府信息情况
2017年，中心共收到依申请公开13件，上年结转1件，共办理14件，已全部办结。13件申请中，网上申请10件，当面申请3件。办理结果为：同意公开9件，同意部分公开2件，申请信息不存在3件。

四、行政复议和行政诉讼情况
全年收到行政复议申请1件，申请人认为中心作出的信息不存在答复不当。该案经市人民政府审理，于2017年9月作出复议决定。
复议决定维持了中心的答复。
行政诉讼案件未发生。

五、收费情况
收费情况：无。

六、存在的问题及改进措施
一是信息公开的形式较为单一，政策解读不够；二是依申请公开答复的说理还需加强。2018年，中心将加强政策解读，规范答复文书格式，提升信息公开服务水平。
""", {
    "requests.received": 13, "requests.carried_over": 1, "requests.outcome.total": 14,
    "requests.channel.online": 10, "requests.channel.in_person": 3, "requests.outcome.disclosed": 9,
    "requests.outcome.partial": 2, "requests.outcome.nonexistent": 3, "review.total": 1,
    "review.upheld": 1, "litigation.total": 0, "fees.amount_yuan": 0,
}, "共办理14件，已全部办结 → outcome.total 14 (13 new + 1 carried over). Review result stated two "
   "sentences after the count. 12329热线 and 网上留言 are distractors."))

# a08 — 浙江, 区政府, 2013; old statistics sentence list (no table); 撤销, 败诉, 尚未审结; fees with 角.
R(Report("a08", 2013, None, None, """
⟪云溪区人民政府⟫2013年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》规定，现公布2013年云溪区政府信息公开工作年度报告。报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。本报告的电子版可在区政府门户网站下载。

一、概述
2013年，区政府以推进权力运行公开为主线，围绕财政预算决算、“三公”经费、征地拆迁、保障性住房、食品药品安全等领域加大公开力度。区政府办公室为全区政府信息公开工作主管部门，区法制办、区监察局参与监督检查。

二、主动公开情况
全年全区主动公开政府信息5,830条，其中区政府本级1,207条。区政府召开常务会议23次，会议决定事项均在会后及时公开。

三、依申请公开情况
（一）申请情况。全年区政府及各部门共受理申请209件。其中，当面申请74件，网络申请108件，信函申请21件，电子邮件申请6件。申请人中，公民194人次，法人和其他组织15人次。
（二）申请答复情况。已答复202件，其中：属于已主动公开范围的31件，同意公开的117件，同意部分公开的18件，不同意公开的9件，信息不存在的15件，非本机关政府信息的8件，申请内容不明确的4件；尚有7件正在办理中。
（三）收费情况。依申请提供政府信息，全区共收取检索费、复制费等费用合计312.5元。
（四）行政复议、行政诉讼和申诉情况。全年发生涉及政府信息公开的行政复议案件5件，其中维持3件，撤销1件，另有1件在年底时尚未审结；行政诉讼3件，一审判决驳回原告诉讼请求2件，败诉1件。未收到申诉。

四、存在的问题和改进措施
一是部分部门公开内容不够及时，二是依申请公开办理人员业务水平参差不齐。下一步，区政府将完善依申请公开受理、审查、答复流程，建立疑难申请会商制度，做好诉讼应对工作。
""", {
    "requests.received": 209, "requests.channel.in_person": 74, "requests.channel.online": 108,
    "requests.channel.mail": 21, "requests.channel.email": 6, "requests.applicant.natural_person": 194,
    "requests.applicant.organization": 15, "requests.outcome.total": 202,
    "requests.outcome.already_public": 31, "requests.outcome.disclosed": 117,
    "requests.outcome.partial": 18, "requests.outcome.withheld": 9, "requests.outcome.nonexistent": 15,
    "requests.outcome.not_this_agency": 8, "requests.outcome.unclear": 4,
    "requests.carried_forward": 7, "fees.amount_yuan": 312.5, "review.total": 5, "review.upheld": 3,
    "review.corrected": 1, "review.pending": 1, "litigation.total": 3, "litigation.upheld": 2,
    "litigation.corrected": 1, "complaints.total": 0,
}, "尚有7件正在办理中 → carried_forward 7. 主动公开5,830条 / 区政府本级1,207条 are distractors."))

# a09 — 安徽, 省政府办公厅, 2016, traditional (s2hk); Chinese numerals throughout; 确认违法; 应诉.
R(Report("a09", 2016, None, None, """
⟪安徽省人民政府办公厅⟫2016年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开情况、依申请公开情况、复议诉讼情况、收费情况、存在的问题及改进措施等部分。数据统计期限自2016年1月1日至2016年12月31日。

一、总体情况
2016年，省政府办公厅认真落实国务院办公厅关于全面推进政务公开工作的部署，围绕稳增长、促改革、调结构、惠民生、防风险等重点工作，推进决策、执行、管理、服务、结果公开。省政府门户网站开设政策解读专栏，全年发布解读材料二百余篇。

二、主动公开情况
全年通过省政府门户网站、省政府公报等渠道主动公开政府信息六千八百余条，省政府公报出版二十四期。省长信箱全年收到群众来信五千八百二十件，均按程序转办。

三、依申请公开情况
2016年，省政府办公厅共收到政府信息公开申请一百四十六件，比上年增加三十二件。从申请渠道看，通过省政府门户网站在线申请九十八件，信函申请三十一件，当面申请十件，传真申请七件。从申请人看，自然人申请一百三十一件，法人或其他组织申请十五件。
从办理情况看，已办结一百四十件，另有六件因法定答复期限尚未届满，结转至2017年继续办理。在已办结的申请中，予以公开五十二件，部分公开八件，不予公开五件，属于已主动公开范围二十一件，信息不存在二十四件，不属于本机关公开职责二十七件，告知通过其他途径办理三件。

四、复议诉讼情况
因政府信息公开被申请行政复议八件，其中七件经复议机关审查予以维持，一件被确认违法。全年应诉政府信息公开行政诉讼案件十二件，法院一审判决驳回诉讼请求九件，原告撤回起诉二件，一件正在审理。

五、收费情况
全年未收取任何费用。

六、存在的问题及改进措施
政策解读的针对性和互动性还需增强，依申请公开答复的规范化水平有待提高。2017年，办公厅将制定依申请公开办理规范，加强对市、县政府信息公开工作的指导。
""", {
    "requests.received": 146, "requests.channel.online": 98, "requests.channel.mail": 31,
    "requests.channel.in_person": 10, "requests.channel.fax": 7, "requests.applicant.natural_person": 131,
    "requests.applicant.organization": 15, "requests.outcome.total": 140, "requests.carried_forward": 6,
    "requests.outcome.disclosed": 52, "requests.outcome.partial": 8, "requests.outcome.withheld": 5,
    "requests.outcome.already_public": 21, "requests.outcome.nonexistent": 24,
    "requests.outcome.not_this_agency": 27, "requests.outcome.redirected": 3,
    "review.total": 8, "review.upheld": 7, "review.corrected": 1, "litigation.total": 12,
    "litigation.upheld": 9, "litigation.other": 2, "litigation.pending": 1, "fees.amount_yuan": 0,
}, "Whole report converted to traditional (OpenCC s2hk). All numbers in Chinese numerals. 确认违法 → corrected; "
   "原告撤回起诉 → other. 省长信箱来信 and 比上年增加三十二件 are distractors.", script="s2hk"))

# a10 — 福建, 市部门 (环保局), 2018; received includes carried over; 宗; heading 行政诉讼情况：无.
R(Report("a10", 2018, "2019-01-25", None, """
发布时间：2019-01-25　来源：榕溪市环境保护局　字号：大 中 小

⟪榕溪市环境保护局⟫2018年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》规定，现公布本局2018年政府信息公开工作年度报告。

一、主动公开情况
2018年，我局重点公开建设项目环境影响评价审批、排污许可、环境行政处罚、重点排污单位名录和空气、水环境质量状况等信息。全年主动公开信息1,044条，其中环评审批结果公告233条，行政处罚决定书162份。全年受理环境信访投诉326件，办结率100%。

二、依申请公开情况
全年共受理政府信息公开申请57件（其中上年结转2件），已按期办结55件，2件因需征求第三方意见延期答复，结转至2019年。网上申请占绝大多数，为49件。企业、社会组织申请12件。
办结的申请中，同意公开41件，同意部分公开5件，不予公开3件，信息不存在6件。

三、行政复议、行政诉讼和投诉情况
（一）行政复议情况。被申请人为我局的政府信息公开类行政复议共2宗，复议机关作出维持决定1宗，责令我局重新答复1宗。
（二）行政诉讼情况：无。
（三）投诉举报情况。全年未发生有关政府信息公开事务的投诉、举报。

四、收费情况
本局依申请公开信息未收费。

五、存在的主要问题及改进措施
依申请公开的数量逐年上升，涉及企业环境信息的申请需征求第三方意见，办理难度较大。2019年我局将做好新修订条例实施的准备工作，细化第三方意见征求程序，对企业环境信息公开中涉及商业秘密的判断标准进行梳理，并组织各县（区）分局开展依申请公开业务培训。
""", {
    "requests.received": 57, "requests.carried_over": 2, "requests.outcome.total": 55,
    "requests.carried_forward": 2, "requests.channel.online": 49, "requests.applicant.organization": 12,
    "requests.outcome.disclosed": 41, "requests.outcome.partial": 5, "requests.outcome.withheld": 3,
    "requests.outcome.nonexistent": 6, "review.total": 2, "review.upheld": 1, "review.corrected": 1,
    "litigation.total": 0, "complaints.total": 0, "fees.amount_yuan": 0,
}, "受理57件（其中上年结转2件）: received is the prose figure 57 (includes carried over, per guideline). "
   "环境信访投诉326件 is not a disclosure complaint. 环评/处罚 counts are proactive."))

# a11 — 江西, 街道办事处, 2015, terse; one sentence: no requests, no review/litigation.
R(Report("a11", 2015, "2016-01-29", None, """
⟪赣川区东湖岸街道办事处⟫2015年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》和区政府办公室要求，现将我街道2015年政府信息公开工作情况报告如下。

一、工作开展情况
街道党工委、办事处重视政务公开，明确由党政办负责政府信息公开日常工作，确定兼职信息员1名。街道和各社区均设立公开栏，全年更新43期，重点公开低保、医疗救助、廉租住房、计划生育、就业援助等群众关心的事项。
低保对象的审核结果在社区公示栏张榜公示七天，公示期间群众有异议的，由街道民政干部入户核查后再作决定。街道财务收支情况每半年在办事处大厅公布一次。

二、主动公开情况
通过区政府网站街道专栏公开工作动态、通知公告等信息57条，街道便民服务中心全年接待群众咨询260余人次。对辖区内棚户区改造项目，街道在项目现场和各社区公开栏公布了改造范围、补偿标准和安置方式，召开居民代表座谈会5次，听取群众意见。

三、依申请公开及复议诉讼情况
本年度，我街道办未收到政府信息公开申请，也未发生因信息公开而引起的行政复议、诉讼案件。

四、收费情况
无收费情况。

五、存在问题和下一步工作
一是公开内容还不够全面，部分事项只公开结果、未公开办理过程；二是社区公开栏更新不够及时，个别社区存在内容过期的情况；三是信息员为兼职，业务培训不足。下一步我们将规范公开流程，定期检查各社区公开栏，加强对信息员的培训，做到应公开尽公开。

赣川区东湖岸街道办事处
2016年1月29日
""", {
    "requests.received": 0, "review.total": 0, "litigation.total": 0, "fees.amount_yuan": 0,
}, "行政复议、诉讼案件 with 未发生 → review and litigation 0. 咨询260余人次 is a distractor."))

# a12 — 山东, 省部门, 2008 (first year of the regulation); 份 as unit; 均为 distributive over applicant and
# channel.
R(Report("a12", 2008, None, None, """
⟪山东省沿海防护林管理局⟫2008年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十一条的规定，本局编制本年度报告。本报告统计期限为2008年5月1日《条例》施行之日起至2008年12月31日止。

一、概述
为贯彻实施《条例》，本局于2008年4月成立政府信息公开工作领导小组，下设办公室，设在局办公室。编制并公布了《政府信息公开指南》和《政府信息公开目录》，在局机关一楼设立政府信息公开受理点，配备专用电脑和查阅设施。

二、主动公开政府信息情况
《条例》施行以来，本局主动公开政府信息132条，其中机构职能及法规文件类41条，规划计划类18条，沿海防护林工程建设项目及资金安排类55条，其他类18条。

三、依申请公开政府信息情况
共收到申请6份，均为公民个人通过信函提出，主要涉及防护林占用补偿和工程招投标结果。已答复6份，其中同意公开4份；另有2份所申请信息不属于本局职责范围，已告知申请人向有关部门咨询。

四、收费及减免情况
未收取任何费用。

五、行政复议、行政诉讼和申诉情况
未发生针对本局的政府信息公开行政复议、行政诉讼及申诉案件。

六、存在的主要问题和改进措施
由于《条例》施行时间不长，本局信息公开工作还处于起步阶段，公开目录还需进一步细化，工作人员业务能力有待提高。2009年，本局将继续完善各项制度，加强信息公开工作的监督和检查，重点做好工程建设项目和专项资金使用情况的公开，并组织基层林场开展业务培训。
""", {
    "requests.received": 6, "requests.applicant.natural_person": 6, "requests.channel.mail": 6,
    "requests.outcome.total": 6, "requests.outcome.disclosed": 4, "requests.outcome.not_this_agency": 2,
    "fees.amount_yuan": 0, "review.total": 0, "litigation.total": 0, "complaints.total": 0,
}, "均为公民个人通过信函提出 after 6份 → natural_person 6 and mail 6 (distributive)."))

# a13 — 河南, 县部门 (教育局), 2010, traditional (s2t); 来访/电话; a non-disclosure review (no review fact);
# litigation zero as heading + 无; fees 0元.
R(Report("a13", 2010, None, None, """
⟪淇源县教育局⟫2010年政府信息公开工作年度报告

一、基本情况
2010年，我局按照《中华人民共和国政府信息公开条例》和县政府的统一部署，将招生考试、教师招聘、学生资助、收费项目及标准、校舍安全工程等群众关注的事项作为公开重点，在县政府网站教育专栏和各学校公示栏进行公开。局办公室负责信息公开日常工作，各中小学确定专人负责校务公开。年内修订了《教育局政府信息公开工作制度》和《依申请公开办理流程》，明确受理、登记、审核、答复各环节的时限和责任人。每年中考、教师招聘期间，我局在网站设立专题，公布报名条件、考试安排、成绩和录取结果，接受社会监督。

二、主动公开情况
全年主动公开政府信息265条，各中小学校务公开栏更新1,100余期。接待家长和群众来访咨询580余人次。

三、依申请公开情况
全年共受理信息公开申请十二件，其中：来访申请五件，网上申请四件，电话申请三件。已全部答复，答复率百分之百，其中同意公开十件，同意部分公开二件。

四、行政复议和行政诉讼情况
本年度我局行政复议案件一件，系教师资格认定事项，非政府信息公开事项，已依法处理。
因政府信息公开被起诉的案件：无。

五、收费情况
收费：0元。

六、存在的问题及改进措施
部分学校对校务公开重视不够，公开内容不够规范。下一步，我局将加强对学校校务公开的检查指导，把公开情况纳入学校年度考核，重点规范学校收费、学生资助和招生信息的公开，畅通家长反映问题的渠道。
""", {
    "requests.received": 12, "requests.channel.in_person": 5, "requests.channel.online": 4,
    "requests.channel.phone": 3, "requests.outcome.total": 12, "requests.outcome.disclosed": 10,
    "requests.outcome.partial": 2, "litigation.total": 0, "fees.amount_yuan": 0,
}, "Whole report converted to traditional (OpenCC s2t). The one 行政复议 is about a teacher licence, not "
   "disclosure, and no disclosure review count is stated: no review fact. 来访申请 → in_person. "
   "已全部答复 → outcome.total 12.", script="s2t"))

# a14 — 湖北, 开发区管委会, 2017; 各1件 for review and litigation; results in later sentences.
R(Report("a14", 2017, None, None, """
⟪汉津经济技术开发区管理委员会⟫2017年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》要求，现公布汉津经济技术开发区管理委员会2017年政府信息公开工作年度报告。本报告所列数据统计期限为2017年1月1日至12月31日。

一、概述
2017年，管委会围绕优化营商环境，重点公开招商引资政策、产业扶持资金兑现、建设项目审批和征收补偿等信息。管委会党政办公室负责政府信息公开工作，各局、办及园区街道确定专人负责。全年开展信息公开专题培训2次。

二、主动公开情况
全年通过开发区门户网站主动公开信息689条，发布产业扶持政策解读14篇。开发区政务服务中心办理企业投资项目备案、建设工程规划许可等审批事项2,350件，企业服务热线接听来电3,900余个。

三、依申请公开情况
本年度共受理依申请公开18件，较2016年的11件有所增长。申请人主要为区内企业，其中法人申请13件，自然人申请5件。截至12月31日，18件申请均已办结，其中予以公开12件，部分公开2件，信息不存在1件，不属于本机关公开职责的3件。

四、行政复议、行政诉讼情况
全年发生行政复议、行政诉讼各1件，均因申请人对依申请公开答复不服引起。
行政复议案件经复议机关审查，维持了管委会的答复决定。
行政诉讼案件在报告期末仍在审理中。

五、收费情况
管委会未收取信息公开相关费用。

六、存在的问题及改进措施
部分部门主动公开意识不强，答复文书的说理性不够。2018年，管委会将建立依申请公开会商机制，提升答复质量；同时梳理各部门公开目录，推动产业扶持资金兑现结果全部公开，方便企业查询。
""", {
    "requests.received": 18, "requests.applicant.organization": 13, "requests.applicant.natural_person": 5,
    "requests.outcome.total": 18, "requests.outcome.disclosed": 12, "requests.outcome.partial": 2,
    "requests.outcome.nonexistent": 1, "requests.outcome.not_this_agency": 3,
    "review.total": 1, "review.upheld": 1, "litigation.total": 1, "litigation.pending": 1,
    "fees.amount_yuan": 0,
}, "行政复议、行政诉讼各1件 → both 1; results in two later sentences. 2016年的11件 is last year's. "
   "审批事项2,350件 and 热线 are distractors."))

# a15 — 湖南, 县政府, 2018; per-level breakdown; results before the count; 确认违法; 申诉2件; fees 420元.
R(Report("a15", 2018, "2019-03-15", None, """
⟪潇源县人民政府⟫2018年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》和省政府办公厅、市政府办公室有关要求，由县政务公开办公室汇总全县各单位报告编制。报告中所列数据统计期限为2018年1月1日至2018年12月31日。

一、概述
2018年，全县以推进“五公开”为抓手，重点抓好脱贫攻坚、财政资金、重大建设项目、公共资源配置和社会公益事业等领域的信息公开，完成县政府门户网站集约化改造，建成全县统一的政府信息公开平台。

二、主动公开情况
全县主动公开政府信息9,412条，其中县政府门户网站发布6,870条。县政府新闻发布会召开11场。县长热线受理群众来电1.2万个，办结率98.6%。

三、依申请公开情况
2018年，全县共受理政府信息公开申请312件，其中县政府本级39件，县直部门246件，乡镇（街道）27件。从申请方式看，网络申请187件，当面申请76件，信函申请38件，电子邮件申请11件。
从办理情况看，按期答复309件，按时答复率99%，另有3件延期至2019年1月答复。答复结果：同意公开216件，同意部分公开23件，不同意公开17件，信息不存在28件，非本行政机关政府信息19件，告知通过其他途径办理6件。

四、行政复议和行政诉讼情况
经复议维持的5件、撤销的2件，全县因政府信息公开被申请复议的案件共计7件。
行政诉讼方面，全县全年发生政府信息公开行政诉讼案件4起，法院判决驳回诉讼请求2起，判决确认违法1起，1起原告撤诉。

五、申诉和收费情况
全年受理公民对政府信息公开工作的申诉2件，经核查后均已答复申诉人。各单位按规定收取复制、邮寄成本费共计420元。

六、存在的主要问题和改进措施
乡镇信息公开工作力量薄弱，部分县直部门答复不规范，败诉风险依然存在。2019年，我县将按照新修订的条例做好各项准备，开展依申请公开业务培训。

潇源县人民政府办公室
2019年3月15日
""", {
    "requests.received": 312, "requests.channel.online": 187, "requests.channel.in_person": 76,
    "requests.channel.mail": 38, "requests.channel.email": 11, "requests.outcome.total": 309,
    "requests.carried_forward": 3, "requests.outcome.disclosed": 216, "requests.outcome.partial": 23,
    "requests.outcome.withheld": 17, "requests.outcome.nonexistent": 28,
    "requests.outcome.not_this_agency": 19, "requests.outcome.redirected": 6,
    "review.total": 7, "review.upheld": 5, "review.corrected": 2, "litigation.total": 4,
    "litigation.upheld": 2, "litigation.corrected": 1, "litigation.other": 1, "complaints.total": 2,
    "fees.amount_yuan": 420,
}, "本级39/部门246/乡镇27 are breakdowns. 延期至2019年1月答复3件 → carried_forward 3. Review results are "
   "stated before the total. 县长热线 and 按时答复率 are distractors. Published = signature date; the signature "
   "is the county government office, the title names the county government (issuer)."))

#: Scraping damage per report (build.apply_layout); the gold does not change with it.
LAYOUTS = {"a05": "wrap36", "a08": "flatten", "a15": "indent"}
for _r in REPORTS:
    _r.extra["layout"] = LAYOUTS.get(_r.name)
