"""Request-side prose facts on wording the tagger and the first rules missed (issue 10): each passage through
the whole pipeline (normaliser, the shipped tagger, the linker), against the facts it states.

Every passage was written for this project (invented bodies, numbers and wording; no real report's
sentence). The classes, from the errors of the blind-written tuning set ``devset2/prose`` (named, never
copied): the answered total stated sentences after the received total (截至年底已全部办结, N件申请已全部答复,
…均已按期答复 after the outcomes); requests carried into next year (结转至, 延期至<year>, 正在办理); the handled
total (received + carried over, 共办理N件) that is no received total; an applicant list qualifying the
received total (受理公民、法人和其他组织提出的申请N件); applicants said of all requests (申请人均为自然人);
the 2021 form's organization parts (商业企业, 社会公益组织, 其他) that are no organization total; sub-reasons in
brackets (不予处理2件（重复申请）) and reasons listed in an aside (不予公开（…、…等）N件); the 其他处理 sub-rows
(逾期未按要求补正、…的N件, 其他N件); untagged outcome and applicant words after a count; a count as a predicate
(…最多，为N件); and negatives (approvals, letters, hotline, training, persons) that state no request fact.

``REQUEST_CLASSES`` was written with the rules (they were tuned on it); ``UNSEEN_1`` and ``UNSEEN_2`` were written
after the rules and scored once before any further change: they measure the rules, then guard them.
"""
from __future__ import annotations

import pytest

from infer.evaluate import _pairs
from infer.textio import Document, sha256_text

Passage = tuple[str, str, dict[str, float]]

REQUEST_CLASSES: list[Passage] = [
    ("ans1", "全年共受理政府信息公开申请30件，其中网上申请20件，信函及传真申请10件。申请内容主要涉及拆迁安置和低保发放。截至年底，30件申请已全部答复。",
     {"requests.received": 30, "requests.channel.online": 20, "requests.outcome.total": 30}),
    ("ans2", "2015年，本委共收到政府信息公开申请十四件，较上年减少三件。从申请方式看，当面申请六件，网上申请八件。\n截至12月底已全部办结。其中同意公开十件，不予公开四件。",
     {"requests.received": 14, "requests.channel.in_person": 6, "requests.channel.online": 8, "requests.outcome.total": 14, "requests.outcome.disclosed": 10, "requests.outcome.withheld": 4}),
    ("ans3", "本年度共收到信息公开申请5件，均通过信函提交。经审查，同意公开及部分公开的4件，另有1件不予公开，均已在法定期限内答复申请人。",
     {"requests.received": 5, "requests.channel.mail": 5, "requests.outcome.total": 5, "requests.outcome.withheld": 1}),
    ("cf1", "全年办结申请40件，另有3件因需征求第三方意见，结转至2019年继续办理。",
     {"requests.outcome.total": 40, "requests.carried_forward": 3}),
    ("cf2", "从办理情况看，按期答复58件，另有2件延期至2021年1月答复。",
     {"requests.outcome.total": 58, "requests.carried_forward": 2}),
    ("cf3", "已办结25件，4件因涉及多个部门延期答复，转入下一年度办理。",
     {"requests.outcome.total": 25, "requests.carried_forward": 4}),
    ("ht1", "2020年，本局共收到政府信息公开申请21件，上年结转2件，共办理23件，已全部办结。",
     {"requests.received": 21, "requests.carried_over": 2, "requests.outcome.total": 23}),
    ("ht2", "全年新收申请8件，加上上年结转的1件，合计办理9件，均已答复。",
     {"requests.received": 8, "requests.carried_over": 1, "requests.outcome.total": 9}),
    ("aq1", "全年共受理公民、法人和其他组织提出的政府信息公开申请64件，其中网上申请40件、当面申请24件。",
     {"requests.received": 64, "requests.channel.online": 40, "requests.channel.in_person": 24}),
    ("aq2", "本年度共收到公民、法人或者其他组织的信息公开申请17份。",
     {"requests.received": 17}),
    ("br1", "办理结果：予以公开12件，不予公开的2件（属于国家秘密），无法提供3件。",
     {"requests.outcome.disclosed": 12, "requests.outcome.withheld": 2, "requests.outcome.withheld.state_secret": 2, "requests.outcome.unavailable": 3}),
    ("br2", "予以公开30件，部分公开4件，不予处理3件（重复申请），其他处理1件。",
     {"requests.outcome.disclosed": 30, "requests.outcome.partial": 4, "requests.outcome.not_processed": 3, "requests.outcome.not_processed.duplicate": 3, "requests.outcome.other": 1}),
    ("br3", "予以公开9件，不予公开（涉及商业秘密、个人隐私等）5件，信息不存在2件。",
     {"requests.outcome.disclosed": 9, "requests.outcome.withheld": 5, "requests.outcome.nonexistent": 2}),
    ("aa1", "本年度新收政府信息公开申请42件，上年结转1件；办结40件，结转下年度继续办理3件。申请人均为自然人。",
     {"requests.received": 42, "requests.carried_over": 1, "requests.outcome.total": 40, "requests.carried_forward": 3, "requests.applicant.natural_person": 42}),
    ("aa2", "共收到申请9份，均为公民个人通过网上提出。",
     {"requests.received": 9, "requests.applicant.natural_person": 9, "requests.channel.online": 9}),
    ("as1", "本年新收政府信息公开申请120件。申请人中，自然人101件，商业企业15件，科研机构1件，社会公益组织2件，其他1件。",
     {"requests.received": 120, "requests.applicant.natural_person": 101}),
    ("as2", "从申请主体看，自然人申请77件，法人或其他组织申请9件（其中商业企业6件，法律服务机构3件）。",
     {"requests.applicant.natural_person": 77, "requests.applicant.organization": 9}),
    ("ot1", "其他处理9件中，申请人逾期未按要求补正、行政机关不再处理其申请的5件，申请人逾期未缴纳信息处理费的1件，其他3件。",
     {"requests.outcome.other": 9, "requests.outcome.other.overdue_correction": 5, "requests.outcome.other.unpaid_fee": 1, "requests.outcome.other.misc": 3}),
    ("na1", "同意公开20件，不属本机关公开范围6件，告知申请人通过其他途径获取2件。",
     {"requests.outcome.disclosed": 20, "requests.outcome.not_this_agency": 6, "requests.outcome.redirected": 2}),
    ("na2", "信息不存在的3件，不属于本局职责权限范围的4件。",
     {"requests.outcome.nonexistent": 3, "requests.outcome.not_this_agency": 4}),
    ("ap1", "全年共收到信息公开申请18件，上述申请中，有11件由个人提出，7件由用人单位提出。",
     {"requests.received": 18, "requests.applicant.natural_person": 11, "requests.applicant.organization": 7}),
]

UNSEEN_1: list[Passage] = [
    ("f01", "2016年，本办共接收政府信息公开申请二十六件。其中，通过网站提交十七件，现场提交九件。所有申请均在规定期限内予以答复。",
     {"requests.received": 26, "requests.channel.online": 17, "requests.channel.in_person": 9, "requests.outcome.total": 26}),
    ("f02", "全年受理信息公开申请52件，比上年增加8件，申请人多为周边居民。截止12月31日，已全部办理完毕。",
     {"requests.received": 52, "requests.outcome.total": 52}),
    ("f03", "本年度共收到申请15件，其中同意公开9件，部分公开2件，信息不存在4件，上述申请均已按时答复。",
     {"requests.received": 15, "requests.outcome.disclosed": 9, "requests.outcome.partial": 2, "requests.outcome.nonexistent": 4, "requests.outcome.total": 15}),
    ("f04", "年内办结申请71件；另有5件因申请数量大、需调取档案，尚在办理中，将于次年答复。",
     {"requests.outcome.total": 71, "requests.carried_forward": 5}),
    ("f05", "已答复申请33件，1件因需书面征求第三方意见，延期至2020年2月答复。",
     {"requests.outcome.total": 33, "requests.carried_forward": 1}),
    ("f06", "对收到的申请，按时答复19件，有2件经批准延长答复期限，已于年内答复完毕。",
     {"requests.outcome.total": 19}),
    ("f07", "2021年，本局新收政府信息公开申请44件，上年结转3件，合计处理47件。",
     {"requests.received": 44, "requests.carried_over": 3}),
    ("f08", "本年度共受理自然人、法人和其他组织提出的政府信息公开申请39件。",
     {"requests.received": 39}),
    ("f09", "全年收到企业提出的信息公开申请3件，均已答复。",
     {"requests.received": 3, "requests.applicant.organization": 3, "requests.outcome.total": 3}),
    ("f10", "全年新收申请27件，上年结转0件。申请均由公民个人提出。",
     {"requests.received": 27, "requests.carried_over": 0, "requests.applicant.natural_person": 27}),
    ("f11", "从申请人类型看，个人申请22件，企业申请4件。",
     {"requests.applicant.natural_person": 22, "requests.applicant.organization": 4}),
    ("f12", "申请人构成：自然人63件，法人或其他组织7件，其中商业企业5件，法律服务机构2件。",
     {"requests.applicant.natural_person": 63, "requests.applicant.organization": 7}),
    ("f13", "按申请人划分，自然人申请58件，商业企业申请3件，科研机构申请1件，其他申请2件。",
     {"requests.applicant.natural_person": 58}),
    ("f14", "予以公开25件，不予公开3件（属于过程性信息），无法提供6件（均为本机关不掌握相关政府信息）。",
     {"requests.outcome.disclosed": 25, "requests.outcome.withheld": 3, "requests.outcome.withheld.process_info": 3, "requests.outcome.unavailable": 6, "requests.outcome.unavailable.not_held": 6}),
    ("f15", "部分公开2件，不予公开（涉及个人隐私、商业秘密）4件，告知通过其他途径办理1件。",
     {"requests.outcome.partial": 2, "requests.outcome.withheld": 4, "requests.outcome.redirected": 1}),
    ("f16", "其他处理5件，其中申请人无正当理由逾期不补正、行政机关不再处理其申请的3件，其他2件。",
     {"requests.outcome.other": 5, "requests.outcome.other.overdue_correction": 3, "requests.outcome.other.misc": 2}),
    ("f17", "同意公开16件，不属于本委公开职责的5件，告知申请人通过其他途径查询的2件。",
     {"requests.outcome.disclosed": 16, "requests.outcome.not_this_agency": 5, "requests.outcome.redirected": 2}),
    ("f18", "予以公开11件；另有3件申请的信息不属于本机关职责范围，已告知申请人。",
     {"requests.outcome.disclosed": 11, "requests.outcome.not_this_agency": 3}),
    ("f19", "当面申请数量最多，为14件；网上申请次之，为8件。",
     {"requests.channel.in_person": 14, "requests.channel.online": 8}),
    ("n01", "全年共办理群众来信来访120件，办结率100%，其中个人来信96件。",
     {}),
    ("n02", "全年编制公开目录，其中不予公开信息3条，另有2条属于内部事务信息。",
     {}),
    ("n03", "全年开展业务培训2次，参训人员结转至下一年度继续学习的6人。",
     {}),
    ("n04", "本年度共受理行政审批申请300件，办结298件，2件正在办理中。",
     {}),
    ("n05", "局机关下设科室5个，为群众办理各类证明材料160件。",
     {}),
]

UNSEEN_2: list[Passage] = [
    ("g01", "本年度共受理公民、法人和其他組織提出的政府資訊公開申請四十件，其中網上申請三十二件，當面申請八件。截至年底，已全部答覆。",
     {"requests.received": 40, "requests.channel.online": 32, "requests.channel.in_person": 8, "requests.outcome.total": 40}),
    ("g02", "全年收到申请10件，其中当面4件，网上6件。申请事项已全部录入管理台账。",
     {"requests.received": 10, "requests.channel.in_person": 4, "requests.channel.online": 6}),
    ("g03", "2013年共收到申请八件，均由企业提出，均已在法定时限内答复。",
     {"requests.received": 8, "requests.applicant.organization": 8, "requests.outcome.total": 8}),
    ("g04", "已办结申请62件，结转下一年度办理4件。",
     {"requests.outcome.total": 62, "requests.carried_forward": 4}),
    ("g05", "尚有2件申请因涉及第三方正在征求意见，结转至2023年办理。",
     {"requests.carried_forward": 2}),
    ("g06", "办结的申请中，同意公开的19件，信息不存在的2件，另有1件所申请内容不明确，已告知申请人更改补充。",
     {"requests.outcome.disclosed": 19, "requests.outcome.nonexistent": 2, "requests.outcome.unclear": 1}),
    ("g07", "不予处理4件（均属重复申请），其他处理2件（申请人逾期未补正）。",
     {"requests.outcome.not_processed": 4, "requests.outcome.not_processed.duplicate": 4, "requests.outcome.other": 2, "requests.outcome.other.overdue_correction": 2}),
    ("g08", "申请人中，自然人占多数，为41件；法人或其他组织为6件。",
     {"requests.applicant.natural_person": 41, "requests.applicant.organization": 6}),
    ("g09", "本年度新收申请31件，上年結轉2件，共辦理33件，已全部辦結。",
     {"requests.received": 31, "requests.carried_over": 2, "requests.outcome.total": 33}),
    ("m01", "全年接待群众现场咨询850人次，其中窗口咨询600人次。",
     {}),
    ("m02", "政务服务中心共受理行政许可申请1500件，其中网上申请1200件，现场申请300件，均已办结。",
     {}),
    ("m03", "全年发布政策解读12篇，其中图解4篇，正在制作中的2篇。",
     {}),
    ("m04", "12345热线转办群众诉求230件，其中企业诉求15件，均已回复。",
     {}),
    ("m05", "本年度组织培训3场，参训人员均为各科室信息员。",
     {}),
]

#: Written after UNSEEN_2 to look for more classes (old outcome wording, 群众/单位 applicants, answers promised
#: for next year, 政务服务网): tuned on (request_fallback, qualifier and deferred were extended for it).
EXPLORED_3: list[Passage] = [
    ("h01", "2011年，本局对申请的答复总数为23件，其中同意公开答复15件，同意部分公开答复3件，不同意公开答复2件，告知作出更改补充1件，告知通过其他途径办理2件。",
     {"requests.outcome.total": 23, "requests.outcome.disclosed": 15, "requests.outcome.partial": 3, "requests.outcome.withheld": 2, "requests.outcome.unclear": 1, "requests.outcome.redirected": 2}),
    ("h02", "申请方式上，通过电子邮箱提交5件，通过市政务服务网提交17件，来人来函申请4件。",
     {"requests.channel.email": 5, "requests.channel.online": 17}),
    ("h04", "从申请人身份看，公民申请30件，法人和其他组织申请6件，其中律师事务所申请2件。",
     {"requests.applicant.natural_person": 30, "requests.applicant.organization": 6}),
    ("h05", "本年度受理的17件申请中，属于已主动公开范围的3件，不属于本行政机关公开的4件，申请公开的信息不存在的2件，同意公开8件。",
     {"requests.outcome.already_public": 3, "requests.outcome.not_this_agency": 4, "requests.outcome.nonexistent": 2, "requests.outcome.disclosed": 8, "requests.received": 17}),
    ("h06", "2017年我办共接到信息公开申请21件，比2016年的15件增加6件。所有申请均已依法答复，答复率100%。",
     {"requests.received": 21, "requests.outcome.total": 21}),
    ("h07", "全年共处理政府信息公开申请9件，其中上年度结转1件，本年度新收8件。",
     {"requests.carried_over": 1, "requests.received": 8}),
    ("h09", "依申请公开方面，全年接收群众申请6件，均已按期答复，其中予以公开5件，无法提供1件。",
     {"requests.received": 6, "requests.outcome.total": 6, "requests.outcome.disclosed": 5, "requests.outcome.unavailable": 1}),
    ("h10", "在答复的52件申请中，予以公开31件，占59.6%；部分公开7件，占13.5%；不予公开4件；无法提供10件。",
     {"requests.outcome.total": 52, "requests.outcome.disclosed": 31, "requests.outcome.partial": 7, "requests.outcome.withheld": 4, "requests.outcome.unavailable": 10}),
    ("h11", "全年收到申请46件，办结44件，其余2件因涉及多个部门，将在2020年1月答复。",
     {"requests.received": 46, "requests.outcome.total": 44, "requests.carried_forward": 2}),
    ("h12", "申请人情况：个人提出申请40件，单位提出申请5件。",
     {"requests.applicant.natural_person": 40, "requests.applicant.organization": 5}),
]

#: Misses left: the tagger marks neither 一网通办 as a channel nor 本市居民 as applicants (h03), and the zero of
#: 年底无结转 (carried forward 0) is the zero rules' (h08). Kept to show them; not asserted.
KNOWN_MISSES: list[Passage] = [
    ("h03", "全年共收到政府信息公开申请12件，均通过“一网通办”平台提交，申请人均为本市居民。",
     {"requests.received": 12, "requests.channel.online": 12, "requests.applicant.natural_person": 12}),
    ("h08", "本机关全年无上年结转申请，本年新收申请11件，年底无结转。",
     {"requests.carried_over": 0, "requests.received": 11, "requests.carried_forward": 0}),
]

#: Written after EXPLORED_3, scored once before any change (29/3/0: the three extras were a 不动产登记 sentence,
#: fixed by the lexicon's approval words), then kept as a guard.
UNSEEN_4: list[Passage] = [
    ("u01", "（二）依申请公开情况。本年度共收到政府信息公开申请58件，其中自然人申请51件、法人或其他组织申请7件；已答复58件，答复率100%。",
     {"requests.received": 58, "requests.applicant.natural_person": 51, "requests.applicant.organization": 7, "requests.outcome.total": 58}),
    ("u02", "按申请方式分，当面申请6件，占15%；网络申请30件，占75%；信函申请4件，占10%。",
     {"requests.channel.in_person": 6, "requests.channel.online": 30, "requests.channel.mail": 4}),
    ("u03", "从答复情况看，“同意公开”21件，“同意部分公开”3件，“不予公开”2件，“信息不存在”5件。",
     {"requests.outcome.disclosed": 21, "requests.outcome.partial": 3, "requests.outcome.withheld": 2, "requests.outcome.nonexistent": 5}),
    ("u04", "办理结果：（一）予以公开17件；（二）部分公开4件；（三）无法提供9件；（四）不予处理1件。",
     {"requests.outcome.disclosed": 17, "requests.outcome.partial": 4, "requests.outcome.unavailable": 9, "requests.outcome.not_processed": 1}),
    ("u05", "全年共收到申请39件，较上年的27件增长44%。申请公开的内容主要集中在征收补偿和规划审批方面。",
     {"requests.received": 39}),
    ("u06", "申请人以自然人为主，共45件，占93.8%；法人或其他组织3件。",
     {"requests.applicant.natural_person": 45, "requests.applicant.organization": 3}),
    ("u07", "按照申请人类型划分，自然人88件、商业企业6件、科研机构1件、社会公益组织2件、法律服务机构3件、其他0件。",
     {"requests.applicant.natural_person": 88}),
    ("u08", "2022年新收申请中，有12件在法定期限内未能办结，已依法延长答复期限并结转至2023年继续办理。",
     {"requests.carried_forward": 12}),
    ("u09", "本年度共受理依申请公開11件，全部按時答覆，其中同意公開7件，不屬於本機關公開範圍4件。",
     {"requests.received": 11, "requests.outcome.total": 11, "requests.outcome.disclosed": 7, "requests.outcome.not_this_agency": 4}),
    ("u10", "上年结转的3件申请已于今年1月全部办结。本年新收申请20件，均已办结。",
     {"requests.carried_over": 3, "requests.received": 20, "requests.outcome.total": 20}),
    ("u11", "受理的申请中，以书面形式提出的15件，以口头形式提出的2件。",
     {}),
    ("u12", "本局共收到申请9件，申请人均通过电子邮件提出。",
     {"requests.received": 9, "requests.channel.email": 9}),
    ("v01", "全年办理人大代表建议12件、政协提案8件，均已按期办结，满意率100%。",
     {}),
    ("v02", "共受理不动产登记申请5400件，其中网上申请2100件，已全部办结。",
     {}),
    ("v03", "局长信箱全年收到群众来信216件，均已回复；其中企业来信9件。",
     {}),
    ("v04", "全年共开展普法宣传活动6次，发放资料3000份，接受群众咨询450人次，其中现场咨询320人次。",
     {}),
]

#: An answering clause after a new heading, or about something else, is not the requests' answered total.
GUARDS: list[Passage] = [
    ("w01", "全年共收到政府信息公开申请5件，其中网上申请3件，当面申请2件。\n三、政府信息公开咨询情况\n全年接待咨询若干，均已及时答复。",
     {"requests.received": 5, "requests.channel.online": 3, "requests.channel.in_person": 2}),
    ("w02", "本年收到申请7件，均为个人提出。对群众在网站留言中反映的问题，均已逐一答复。",
     {"requests.received": 7, "requests.applicant.natural_person": 7}),
]

#: Written after GUARDS as report-shaped passages (headings, hard wraps, traditional script, 2021-form wording),
#: scored once before any change (38/1/4: an untagged channel before a predicate count, a total of one described
#: without 均, 未按期缴纳 unpaid fees), then tuned on and kept as a guard. 村民 (x05) names no applicant kind:
#: residents are not a category of the form (devset's gold reads 居民 the same way).
UNSEEN_5: list[Passage] = [
    ("x01", "三、依申请公开政府信息情况\n2012年，我局共收到政府信息公开申请17件，其中\n通过网上申请10件，当面申请5件，信函申请2件。17件申请中，\n同意公开11件，同意部分公开2件，信息不存在3件，不属于本机关公开范围1件。\n以上申请均已在规定时限内答复。",
     {"requests.received": 17, "requests.channel.online": 10, "requests.channel.in_person": 5, "requests.channel.mail": 2, "requests.outcome.disclosed": 11, "requests.outcome.partial": 2, "requests.outcome.nonexistent": 3, "requests.outcome.not_this_agency": 1, "requests.outcome.total": 17}),
    ("x02", "二、依申請公開情況\n本年度本署共受理政府資訊公開申請二十九件，較上年減少四件。申請人均為自然人。已全部辦結，其中予以公開二十件，部分公開五件，無法提供四件。",
     {"requests.received": 29, "requests.applicant.natural_person": 29, "requests.outcome.total": 29, "requests.outcome.disclosed": 20, "requests.outcome.partial": 5, "requests.outcome.unavailable": 4}),
    ("x03", "（二）依申请公开。2023年，本委新收政府信息公开申请73件，上年结转5件，共计78件。已办结75件，结转下年度继续办理3件。办结的75件中，予以公开40件，部分公开9件，不予公开6件（其中属于第三方合法权益2件，属于行政执法案卷4件），无法提供15件，不予处理2件，其他处理3件。",
     {"requests.received": 73, "requests.carried_over": 5, "requests.outcome.total": 75, "requests.carried_forward": 3, "requests.outcome.disclosed": 40, "requests.outcome.partial": 9, "requests.outcome.withheld": 6, "requests.outcome.withheld.third_party": 2, "requests.outcome.withheld.enforcement_file": 4, "requests.outcome.unavailable": 15, "requests.outcome.not_processed": 2, "requests.outcome.other": 3}),
    ("x04", "全年依申请公开工作平稳有序。受理申请情况：本年度受理申请共计6件，全部为网上申请。答复情况：同意公开4件，不予公开1件，信息不存在1件。",
     {"requests.received": 6, "requests.channel.online": 6, "requests.outcome.disclosed": 4, "requests.outcome.withheld": 1, "requests.outcome.nonexistent": 1}),
    ("x05", "本镇全年仅收到政府信息公开申请1件，系村民通过来访方式提出，已当场答复并提供相关信息。",
     {"requests.received": 1, "requests.channel.in_person": 1, "requests.outcome.total": 1}),
    ("x06", "从申请渠道看，网上申请仍是主要渠道，共36件；当面申请次之，共9件；另有信函申请2件。",
     {"requests.channel.online": 36, "requests.channel.in_person": 9, "requests.channel.mail": 2}),
    ("x07", "全年共有2件申请因申请人逾期未补正而终止办理，1件因申请人未按期缴纳信息处理费而终止办理。",
     {"requests.outcome.other.overdue_correction": 2, "requests.outcome.other.unpaid_fee": 1}),
    ("y01", "全年共受理行政复议申请3件，均已审结；受理信访事项41件，其中网上信访28件，均已办结。",
     {"review.total": 3}),
    ("y02", "市民服务热线转来的群众诉求共860件，已全部办结，其中涉及信息公开咨询的12件。",
     {}),
]

#: Two whole invented reports (a 2018 county bureau on the old outline, a 2022 city bureau on the 2021 outline with its
#: tables dropped), written after UNSEEN_5 and scored once before any change (32/2/0: an enterprise-registration
#: count 受理企业开办申请 read as disclosure requests, fixed in request_topic), then kept as a guard.
UNSEEN_6: list[Passage] = [
    ("r1", "临川县水利局2018年政府信息公开工作年度报告\n\n一、概述\n2018年，我局认真贯彻《中华人民共和国政府信息公开条例》，由办公室具体负责政府信息公开工作，全年召开专题会议2次，组织培训1次。\n\n二、主动公开政府信息情况\n全年主动公开政府信息186条，其中水利工程建设项目信息42条，防汛抗旱信息57条，财政预决算信息6条。通过县政府门户网站公开134条，通过政务微信公开52条。\n\n三、依申请公开政府信息情况\n全年共受理政府信息公开申请14件，比上年增加3件，其中当面申请5件，网上申请9件。申请内容主要涉及河道采砂许可、水库移民后期扶持资金等。\n截至12月31日，14件申请均已答复。其中，同意公开9件，同意部分公开1件，申请信息不存在2件，不属于本机关公开职责范围2件。\n\n四、政府信息公开的收费及减免情况\n本年度未收取任何费用。\n\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生因政府信息公开申请提起的行政复议和行政诉讼。\n\n六、存在的主要问题及改进措施\n一是公开内容不够全面，二是信息更新不够及时。2019年，我局将进一步完善公开制度，对群众反映的问题及时答复。\n",
     {"requests.received": 14, "requests.channel.in_person": 5, "requests.channel.online": 9, "requests.outcome.total": 14, "requests.outcome.disclosed": 9, "requests.outcome.partial": 1, "requests.outcome.nonexistent": 2, "requests.outcome.not_this_agency": 2, "fees.amount_yuan": 0, "review.total": 0, "litigation.total": 0}),
    ("r2", "青崖市市场监督管理局2022年政府信息公开工作年度报告\n\n一、总体情况\n（一）主动公开。全年主动公开政府信息1,204条，其中行政处罚信息388条，行政许可信息517条。\n（二）依申请公开。2022年，本局新收政府信息公开申请96件，上年结转4件。从申请人看，自然人82件，法人或其他组织14件。全年办结93件，结转下年度7件。\n（三）政府信息管理。开展规范性文件清理1次，废止文件3件。\n（四）平台建设。全年受理企业开办申请2,310件，其中网上申请2,105件，已全部办结。\n（五）监督保障。全年开展培训2次。\n\n二、主动公开政府信息情况\n（表格略）\n\n三、收到和处理政府信息公开申请情况\n（表格略）办结的93件中，予以公开38件，部分公开11件，不予公开5件（均属于行政执法案卷），无法提供27件（其中本机关不掌握相关政府信息25件，没有现成信息需要另行制作2件），不予处理8件，其他处理4件。\n\n四、政府信息公开行政复议、行政诉讼情况\n全年因政府信息公开被申请行政复议3件，结果维持2件，尚未审结1件；被提起行政诉讼1件，尚未审结。\n\n五、存在的主要问题及改进情况\n依申请公开答复的规范化水平需进一步提高。\n\n六、其他需要报告的事项\n本年度未收取信息处理费。\n",
     {"requests.received": 96, "requests.carried_over": 4, "requests.applicant.natural_person": 82, "requests.applicant.organization": 14, "requests.outcome.total": 93, "requests.carried_forward": 7, "requests.outcome.disclosed": 38, "requests.outcome.partial": 11, "requests.outcome.withheld": 5, "requests.outcome.withheld.enforcement_file": 5, "requests.outcome.unavailable": 27, "requests.outcome.unavailable.not_held": 25, "requests.outcome.unavailable.needs_creation": 2, "requests.outcome.not_processed": 8, "requests.outcome.other": 4, "review.total": 3, "review.upheld": 2, "review.pending": 1, "litigation.total": 1, "litigation.pending": 1, "fees.amount_yuan": 0}),
]

#: Written after UNSEEN_6 (parts of an answered total, percentages, content breakdowns, approximate counts,
#: 撤回), scored once before any change (28/1/1 once t10's gold followed the guideline: a sub-reason stated alone
#: gives its group): the second part after 其中 (延期答复2件) and a span holding reason and outcome
#: (涉及国家秘密不予公开) were fixed in breakdown and sub_reasons.
UNSEEN_7: list[Passage] = [
    ("t01", "全年已答复申请45件，其中按时答复43件，延期答复2件。",
     {"requests.outcome.total": 45}),
    ("t02", "受理申请20件（含上年结转2件），已全部办结。",
     {"requests.received": 20, "requests.carried_over": 2, "requests.outcome.total": 20}),
    ("t03", "全年共受理申请33件，同意公开的占60.6%，计20件；不予公开的占9.1%，计3件。",
     {"requests.received": 33, "requests.outcome.disclosed": 20, "requests.outcome.withheld": 3}),
    ("t04", "从申请内容看，涉及征地拆迁的申请12件，涉及社会保障的申请8件。",
     {}),
    ("t05", "全年收到申请25件，其中9件因涉及国家秘密不予公开，16件予以公开。",
     {"requests.received": 25, "requests.outcome.withheld": 9, "requests.outcome.withheld.state_secret": 9, "requests.outcome.disclosed": 16}),
    ("t06", "全年共办理依申请公开事项11件，均在规定期限内办结，办结率100%。",
     {"requests.received": 11, "requests.outcome.total": 11}),
    ("t07", "我局2020年收到政府信息公开申请为零。",
     {"requests.received": 0}),
    ("t08", "全年共接收申请7件，其中：网上申请5件，当面申请2件；同意公开6件，信息不存在1件。截至年底，尚有1件正在办理。",
     {"requests.received": 7, "requests.channel.online": 5, "requests.channel.in_person": 2, "requests.outcome.disclosed": 6, "requests.outcome.nonexistent": 1, "requests.carried_forward": 1}),
    ("t09", "今年收到的申请中，约有30件涉及房屋征收，绝大部分已经答复。",
     {}),
    ("t10", "在办理的申请中，有2件申请人撤回申请，1件因申请人逾期不补正终止。",
     {"requests.outcome.other.overdue_correction": 1, "requests.outcome.other": 1}),
    ("t11", "2019年共收到申请164件，比上年减少21件，全部按照法定时限办结。其中，自然人申请151件，法人或者其他组织申请13件。",
     {"requests.received": 164, "requests.outcome.total": 164, "requests.applicant.natural_person": 151, "requests.applicant.organization": 13}),
    ("t12", "信息公开申请办理情况：本年度无上年结转申请；新收申请31件；办结29件；结转下年度2件。",
     {"requests.carried_over": 0, "requests.received": 31, "requests.outcome.total": 29, "requests.carried_forward": 2}),
]

#: Traditional script (Taiwan and mainland-traditional wording), written after UNSEEN_7 and scored once before any
#: change (16/1/1: 申請人均為自然人 took the handled total 43 instead of the new requests 42; fixed in all_of_total).
UNSEEN_8: list[Passage] = [
    ("k01", "全年共受理政府資訊公開申請三十一件，其中網路申請二十件，當面申請八件，信函申請三件。截至年底，三十一件申請均已答覆。",
     {"requests.received": 31, "requests.channel.online": 20, "requests.channel.in_person": 8, "requests.channel.mail": 3, "requests.outcome.total": 31}),
    ("k02", "本年度新收申請四十二件，上年結轉一件，共辦理四十三件，已全部辦結。申請人均為自然人。",
     {"requests.received": 42, "requests.carried_over": 1, "requests.outcome.total": 43, "requests.applicant.natural_person": 42}),
    ("k03", "辦結的申請中，予以公開二十件，部分公開四件，不予處理二件（重複申請），另有一件因涉及第三方權益延期至2021年答覆。",
     {"requests.outcome.disclosed": 20, "requests.outcome.partial": 4, "requests.outcome.not_processed": 2, "requests.outcome.not_processed.duplicate": 2, "requests.carried_forward": 1}),
    ("k04", "申請人中，自然人五十件，商業企業三件，社會公益組織一件。",
     {"requests.applicant.natural_person": 50}),
    ("k05", "全年受理公民、法人和其他組織提出的申請十二件，均通過網上提交。",
     {"requests.received": 12, "requests.channel.online": 12}),
]

#: Distractors around requests (items, downloads, combined categories, visitors, catalogue classes, proportions),
#: written after UNSEEN_8 and scored once before any change (10/1/0: 比例超过八成 read as 8 online requests; fixed in
#: request_topic).
UNSEEN_9: list[Passage] = [
    ("z01", "全年通过门户网站依申请公开信息38条，政府信息公开申请表下载126次。",
     {}),
    ("z02", "全年共受理申请19件，予以公开及部分公开的14件，不予公开和无法提供的共5件，均已按时答复。",
     {"requests.received": 19, "requests.outcome.total": 19}),
    ("z03", "全年共收到申请24件，其中通过信函、传真提交的申请共6件，其余18件为网上申请。",
     {"requests.received": 24, "requests.channel.online": 18}),
    ("z04", "本年度政务服务大厅窗口共接待办事群众1.2万人次，其中现场申请办理各类事项8600件。",
     {}),
    ("z05", "主动公开方面，全年共公开各类信息560条，其中不予公开类信息目录8条，依申请公开类12条。",
     {}),
    ("z06", "全年共收到申请16件。其中，网上申请11件，现场申请5件。16件申请中，已按时答复14件，2件正在办理中。",
     {"requests.received": 16, "requests.channel.online": 11, "requests.channel.in_person": 5, "requests.outcome.total": 14, "requests.carried_forward": 2}),
    ("z07", "2014年共收到申请42件，比2013年的36件略有增加，其中网上申请比例超过八成。",
     {"requests.received": 42}),
    ("z08", "接待来访群众咨询政府信息公开事宜65人次，均当场予以解答。",
     {}),
]

#: Old (pre-2019) outcome wording in quotes and with reasons, written after UNSEEN_9 and scored once: 17/1/0, the one
#: "extra" being a gold slip (非本机关掌握的3件 is the old form's 不属于本行政机关公开, as the lexicon has long read it).
UNSEEN_10: list[Passage] = [
    ("o01", "对申请的答复总数为36件，其中“属于已主动公开范围”4件，“同意公开答复”20件，“同意部分公开答复”3件，“否决公开答复”2件，“不属于本行政机关公开”3件，“申请信息不存在”2件，“告知作出更改补充”1件，“告知通过其他途径办理”1件。",
     {"requests.outcome.total": 36, "requests.outcome.already_public": 4, "requests.outcome.disclosed": 20, "requests.outcome.partial": 3, "requests.outcome.withheld": 2, "requests.outcome.not_this_agency": 3, "requests.outcome.nonexistent": 2, "requests.outcome.unclear": 1, "requests.outcome.redirected": 1}),
    ("o02", "在全部答复中，同意公开的11件，同意部分公开的2件，因属于商业秘密不予公开的1件，因申请内容不明确要求申请人补正的1件。",
     {"requests.outcome.disclosed": 11, "requests.outcome.partial": 2, "requests.outcome.withheld": 1, "requests.outcome.unclear": 1}),
    ("o03", "本年度依申请公开信息的答复情况为：已公开的10件，部分公开的1件，非本机关掌握的3件。",
     {"requests.outcome.disclosed": 10, "requests.outcome.partial": 1, "requests.outcome.not_this_agency": 3}),
    ("o04", "其中当面申请18件，占申请总数的45%；网络申请22件，占55%。",
     {"requests.channel.in_person": 18, "requests.channel.online": 22}),
]

ALL = (REQUEST_CLASSES + UNSEEN_1 + UNSEEN_2 + EXPLORED_3 + UNSEEN_4 + GUARDS + UNSEEN_5 + UNSEEN_6 + UNSEEN_7 + UNSEEN_8
       + UNSEEN_9 + UNSEEN_10)


@pytest.fixture(scope="module")
def tagger():
    from infer.pipeline import load_tagger

    return load_tagger(None)


@pytest.mark.parametrize(("pid", "text", "expected"), ALL, ids=[p[0] for p in ALL])
def test_request_passage(tagger, pid: str, text: str, expected: dict[str, float]):
    from infer.pipeline import extract

    doc = Document(path=f"{pid}.txt", text=text, encoding="utf-8", sha256=sha256_text(text))
    got = _pairs((f.field, f.value) for f in extract(doc, tagger=tagger).prose_facts)
    want = _pairs(expected.items())
    assert got == want, f"{pid}: extra {sorted(got - want)}, missed {sorted(want - got)}"


@pytest.mark.xfail(reason="known misses (see KNOWN_MISSES)", strict=False)
@pytest.mark.parametrize(("pid", "text", "expected"), KNOWN_MISSES, ids=[p[0] for p in KNOWN_MISSES])
def test_known_miss(tagger, pid: str, text: str, expected: dict[str, float]):
    test_request_passage(tagger, pid, text, expected)


def test_passage_ids_are_unique():
    every = ALL + KNOWN_MISSES
    assert len({p[0] for p in every}) == len(every)
