"""A probe set for case and fee facts: how offices across China state reviews, lawsuits, complaints and fees.

Every passage here was written for this project (invented bodies, numbers and wording; no real report's
sentence), in the many ways such facts are stated: units 件/起/宗/次/个/例, Chinese numerals, passive forms
(被申请行政复议, 被提起行政诉讼), results before and after their counts (维持, 驳回诉讼请求, 确认违法, 责令重新答复,
原告撤诉, 尚在审理), numbered lists （一）（二）, zeros in many forms (无, 为零, 0件, 均未发生, 没有, 无一例, 情况：无。),
cases that do not concern disclosure (no fact), fees (未收取任何费用, 收取…费用X元, 0元, 万元) and complaints about
disclosure work; simplified and traditional.

Each entry is ``(id, passage, expected facts)``: the expected facts are *all* the scored facts the passage
states, under the fact-level guideline (``annotations/gold/GUIDELINES.md``). ``bench/prose_probe.py`` prints the
model pipeline against the regex baseline per field group on it; ``tests/test_prose_probe.py`` holds the
shipped model to it.

It is a tuning set (the linker's rules were fixed on it): its numbers say what the rules cover, not how they
generalise.
"""
from __future__ import annotations

from infer.schema import is_prose_field

Probe = tuple[str, str, dict[str, float]]

#: A report around a passage, for ``bench/prose_probe.py --context``: the tagger reads whole reports in
#: overlapping windows, so a passage is also measured inside a report of ordinary length. Written for this
#: project (an invented county office); it states no scored fact of its own.
CONTEXT_BEFORE = (
    "青禾县农业农村局2022年政府信息公开工作年度报告\n"
    "本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
    "一、总体情况\n"
    "本局坚持以公开为常态、不公开为例外，围绕乡村振兴、农田建设和农产品质量安全等重点工作，"
    "通过门户网站专栏、政务新媒体和公示栏发布信息，及时回应群众关切。全年召开新闻发布会2场，"
    "开展公开业务学习3次，更新公开指南和公开目录。\n"
    "二、主动公开政府信息情况\n"
    "全年通过门户网站发布各类信息540条，其中规范性文件4件，政策解读11篇，财政预决算信息6条。\n"
)
CONTEXT_AFTER = (
    "\n七、政府信息公开工作存在的主要问题及改进情况\n"
    "一是公开内容的深度还需拓展，二是基层站所的业务能力有待提升。下一步，本局将加强培训，"
    "完善发布审核流程，提高公开质量。\n"
    "八、其他需要报告的事项\n本年度无其他需要报告的事项。\n"
)
#: The heading a passage stands under in the context report.
CONTEXT_HEADING = "六、因政府信息公开申请行政复议、提起行政诉讼的情况\n"

R, L, C, F = "review", "litigation", "complaints.total", "fees.amount_yuan"


def _cases(**kw: float) -> dict[str, float]:
    """``_cases(r=2, l_up=1)`` → ``{"review.total": 2, "litigation.upheld": 1}`` (short keys for the table)."""
    names = {"r": "review.total", "r_up": "review.upheld", "r_cor": "review.corrected", "r_oth": "review.other",
             "r_pen": "review.pending", "l": "litigation.total", "l_up": "litigation.upheld",
             "l_cor": "litigation.corrected", "l_oth": "litigation.other", "l_pen": "litigation.pending",
             "l_dir": "litigation.direct.total", "l_aft": "litigation.after_review.total",
             "c": C, "fee": F}
    # the lawsuit kinds are table-only keys (fields.tsv): the pipeline reads them but states no prose fact
    return {names[k]: float(v) for k, v in kw.items() if is_prose_field(names[k])}


PROBES: list[Probe] = [
    # --- counts of reviews and lawsuits, many units and verbs ------------------------------------------
    ("count-passive", "本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件。", _cases(r=2, l=1)),
    ("count-qi", "全年共发生政府信息公开行政复议案件3起，行政诉讼案件1起。", _cases(r=3, l=1)),
    ("count-zong", "因政府信息公开引发的行政复议4宗、行政诉讼2宗。", _cases(r=4, l=2)),
    ("count-cn-numeral", "本机关被申请行政复议一件，被提起行政诉讼两件。", _cases(r=1, l=2)),
    ("count-ci", "本年度收到涉及政府信息公开的行政复议申请5次。", _cases(r=5)),
    ("count-ge", "申请人对本局信息公开答复不服而申请行政复议的共有6个。", _cases(r=6)),
    ("count-li", "全年发生信息公开类行政诉讼案件7例。", _cases(l=7)),
    ("count-fullwidth", "全年政府信息公开行政复议案件２件，行政诉讼案件１件。", _cases(r=2, l=1)),
    ("count-colon", "行政复议：2件；行政诉讼：1件。", _cases(r=2, l=1)),
    ("count-shuliang", "行政复议数量为3件，行政诉讼数量为0件。", _cases(r=3, l=0)),
    ("count-cishu", "被申请行政复议次数：1次。", _cases(r=1)),
    ("count-heji", "涉及政府信息公开的行政复议案件合计2件。", _cases(r=2)),
    ("count-three-kinds", "信息公开工作方面，行政复议1件、行政诉讼1件、申诉0件。", _cases(r=1, l=1, c=0)),
    ("count-yingsu", "本年度本局作为被告应诉信息公开行政案件3件。", _cases(l=3)),
    ("count-xiang-court", "申请人向区人民法院提起行政诉讼的有2件。", _cases(l=2)),
    ("count-shou-review", "全年收到信息公开行政复议申请12件。", _cases(r=12)),
    ("count-cn-big", "本年度共收到信息公开行政复议申请十二件，其中维持九件，纠正三件。", _cases(r=12, r_up=9, r_cor=3)),
    ("count-direct-after", "行政诉讼3件，其中未经复议直接起诉2件、复议后起诉1件。", _cases(l=3, l_dir=2, l_aft=1)),
    # --- results after the total --------------------------------------------------------------------
    ("res-chengqi", "本年度涉及政府信息公开的复议案件3件，其中维持原答复2件，责令重新答复1件。",
     _cases(r=3, r_up=2, r_cor=1)),
    ("res-yingsu", "本局应诉政府信息公开行政诉讼案件4件，其中法院判决驳回诉讼请求3件，原告撤诉1件。",
     _cases(l=4, l_up=3, l_oth=1)),
    ("res-qi-list", "行政诉讼5起，1起败诉，3起胜诉，1起尚在审理中。", _cases(l=5, l_cor=1, l_up=3, l_pen=1)),
    ("res-all-upheld", "因政府信息公开被申请行政复议2件，复议结果均为维持。", _cases(r=2, r_up=2)),
    ("res-illegal", "被提起行政诉讼1件，法院判决确认违法。", _cases(l=1, l_cor=1)),
    ("res-rechecked", "申请人不服本局答复，向市政府申请行政复议2件，复议机关维持1件、确认违法1件。",
     _cases(r=2, r_up=1, r_cor=1)),
    ("res-court-two", "申请人向法院提起行政诉讼3件，一审判决驳回2件，1件原告撤回起诉。", _cases(l=3, l_up=2, l_oth=1)),
    ("res-pending-all", "涉及本局的政府信息公开行政诉讼案件共2宗，目前均在审理中。", _cases(l=2, l_pen=2)),
    ("res-redo", "政府信息公开类行政复议案件1件，经复议被责令重新答复。", _cases(r=1, r_cor=1)),
    ("res-win", "行政应诉案件2件，法院已作出判决，本局均胜诉。", _cases(l=2, l_up=2)),
    ("res-withdrawn", "共被提起行政诉讼1件，因原告撤诉而结案。", _cases(l=1, l_oth=1)),
    ("res-bracket", "发生信息公开行政复议案件1件（结果：维持）。", _cases(r=1, r_up=1)),
    ("res-doumaintain", "被申请行政复议的案件有两起，都维持了原答复。", _cases(r=2, r_up=2)),
    ("res-count-first", "行政复议2件，其中1件维持原答复，1件被撤销。", _cases(r=2, r_up=1, r_cor=1)),
    ("res-lit-count-first", "行政诉讼4件，2件驳回原告诉讼请求，1件确认违法，1件尚未审结。",
     _cases(l=4, l_up=2, l_cor=1, l_pen=1)),
    ("res-cn-list", "提起行政诉讼二十一件，其中驳回十五件、撤诉四件、审理中两件。", _cases(l=21, l_up=15, l_oth=4, l_pen=2)),
    ("res-corrected-word", "因政府信息公开被申请行政复议3件，被纠错1件，其余2件维持。", _cases(r=3, r_cor=1, r_up=2)),
    ("res-terminated", "行政复议1件，因申请人撤回申请，复议机关决定终止审理。", _cases(r=1, r_oth=1)),
    ("res-both-upheld", "本年度行政复议和行政诉讼各1件，结果均为维持。", _cases(r=1, l=1, r_up=1, l_up=1)),
    # --- results before their counts ----------------------------------------------------------------
    ("pre-review", "行政复议结果维持1件、纠正1件。", _cases(r_up=1, r_cor=1)),
    ("pre-review-list", "行政复议案件中，维持2件、撤销1件、终止1件。", _cases(r_up=2, r_cor=1, r_oth=1)),
    ("pre-form-words", "行政复议结果维持3件，结果纠正0件，其他结果1件，尚未审结0件，总计4件。",
     _cases(r_up=3, r_cor=0, r_oth=1, r_pen=0, r=4)),
    ("pre-lit", "行政诉讼案件判决驳回诉讼请求2件，判决撤销1件。", _cases(l_up=2, l_cor=1)),
    # --- numbered sections ----------------------------------------------------------------------------
    ("list-two", "（一）行政复议情况。本年度被申请行政复议3件，均维持。\n"
                 "（二）行政诉讼情况。本年度被提起行政诉讼2件，其中驳回原告诉讼请求1件，尚在审理1件。",
     _cases(r=3, r_up=3, l=2, l_up=1, l_pen=1)),
    ("list-none-complaints", "（三）申诉情况：无。", _cases(c=0)),
    ("list-none-both", "（四）行政复议情况：无。\n（五）行政诉讼情况：无。", _cases(r=0, l=0)),
    ("list-numbers", "1.行政复议：本年度0件。\n2.行政诉讼：本年度1件，法院判决驳回原告诉讼请求。",
     _cases(r=0, l=1, l_up=1)),
    # --- zeros --------------------------------------------------------------------------------------
    ("zero-weifasheng", "本年度未发生因政府信息公开引起的行政复议和行政诉讼。", _cases(r=0, l=0)),
    ("zero-weiling", "因政府信息公开申请行政复议、提起行政诉讼的情况为零。", _cases(r=0, l=0)),
    ("zero-0jian", "行政复议0件、行政诉讼0件。", _cases(r=0, l=0)),
    ("zero-wu-lead", "全年无因政府信息公开被申请行政复议或提起行政诉讼的情况。", _cases(r=0, l=0)),
    ("zero-junwei", "政府信息公开行政复议、行政诉讼均未发生。", _cases(r=0, l=0)),
    ("zero-meiyou-two", "本年度没有发生政府信息公开方面的行政复议案件，也没有行政诉讼案件。", _cases(r=0, l=0)),
    ("zero-wuyili", "涉及政府信息公开的行政复议和行政诉讼无一例。", _cases(r=0, l=0)),
    ("zero-shu", "行政复议数：0；行政诉讼数：0。", _cases(r=0, l=0)),
    ("zero-anjianshu", "本机关政府信息公开行政复议案件数为0，行政诉讼案件数为0。", _cases(r=0, l=0)),
    ("zero-three", "未出现因信息公开引起的行政复议、行政诉讼及举报投诉。", _cases(r=0, l=0, c=0)),
    ("zero-short-three", "复议、诉讼和申诉案件均为零。", _cases(r=0, l=0, c=0)),
    ("zero-shuliang", "因政府信息公开被申请行政复议的数量为零。", _cases(r=0)),
    ("zero-jun0", "被申请行政复议和被提起行政诉讼的数量均为0件。", _cases(r=0, l=0)),
    ("zero-twice", "未发生政府信息公开行政复议案件，未发生行政诉讼案件。", _cases(r=0, l=0)),
    ("zero-complaint", "全年没有收到有关政府信息公开工作的申诉。", _cases(c=0)),
    ("zero-qingkuang", "因政府信息公开产生的行政复议、行政诉讼情况：无。", _cases(r=0, l=0)),
    ("zero-lit-only", "被申请行政复议1件，未被提起行政诉讼。", _cases(r=1, l=0)),
    ("zero-wu-lit", "行政复议案件2件，均维持；无行政诉讼案件。", _cases(r=2, r_up=2, l=0)),
    ("zero-complaint-tousu", "全年未收到涉及政府信息公开的投诉、举报。", _cases(c=0)),
    ("zero-complaint-0", "政府信息公开申诉案件0件。", _cases(c=0)),
    ("zero-jun-wei-bei", "本年度本局均未被申请行政复议或提起行政诉讼。", _cases(r=0, l=0)),
    # --- traditional script -------------------------------------------------------------------------
    ("trad-zero", "本年度未發生因政府資訊公開引起之行政複議及行政訴訟案件。", _cases(r=0, l=0)),
    ("trad-zero-count", "行政複議0件，行政訴訟0件。", _cases(r=0, l=0)),
    ("trad-results", "因政府資訊公開被申請行政複議3件，其中維持2件，撤銷1件。", _cases(r=3, r_up=2, r_cor=1)),
    ("trad-lit", "被提起行政訴訟1件，法院判決駁回原告訴訟請求。", _cases(l=1, l_up=1)),
    ("trad-fee", "本年度未收取任何費用。", _cases(fee=0)),
    ("trad-fee-amount", "全年共收取資訊檢索複製費用60元。", _cases(fee=60)),
    ("trad-complaint", "因政府資訊公開工作被投訴1件。", _cases(c=1)),
    # --- cases that are not about disclosure: no fact ---------------------------------------------------
    ("not-unrelated", "全年办理行政复议案件86件，均与政府信息公开工作无关。", {}),
    ("not-training", "组织开展行政复议应诉工作培训2次。", {}),
    ("not-court-approx", "全市法院审结行政诉讼案件1200余件。", {}),
    ("not-student", "受理学生申诉3件，均已妥善处理。", {}),
    ("not-petition", "处理信访举报投诉15件。", {}),
    ("not-fee-reduce", "对3件困难群众的申请减免了信息处理费。", {}),
    # --- complaints about disclosure ----------------------------------------------------------------
    ("comp-tousu", "因政府信息公开工作被举报投诉1件，已按规定办结。", _cases(c=1)),
    ("comp-shensu", "收到公民对政府信息公开工作的申诉2件。", _cases(c=2)),
    ("comp-jubao", "受理有关政府信息公开的举报1起。", _cases(c=1)),
    # --- fees ---------------------------------------------------------------------------------------
    ("fee-none", "本年度未收取任何费用。", _cases(fee=0)),
    ("fee-yuan", "全年共收取信息检索复制费用120元。", _cases(fee=120)),
    ("fee-wan", "按规定收取信息处理费0.3万元。", _cases(fee=3000)),
    ("fee-0yuan", "收取费用0元。", _cases(fee=0)),
    ("fee-qingkuang-wu", "（六）收费情况：无。", _cases(fee=0)),
    ("fee-meiyou", "本机关在政府信息公开工作中没有收取任何费用。", _cases(fee=0)),
    ("fee-wei-chansheng", "依申请公开政府信息未产生收费。", _cases(fee=0)),
    ("fee-weiling", "政府信息公开收费为零。", _cases(fee=0)),
    ("fee-bi", "共收取信息处理费2笔，合计380元。", _cases(fee=380)),
    # (the pipeline links nothing in a text where the tagger marks nothing; a real report always has a count)
    ("fee-bu", "本年度收到申请5件。办理依申请公开事项不收取任何费用。", {"requests.received": 5.0, **_cases(fee=0)}),
    ("fee-wan-total", "收取信息处理费共计1.5万元，均已上缴国库。", _cases(fee=15000)),
    ("fee-jine", "收费金额：0元。", _cases(fee=0)),
    ("fee-small-wan", "全年收取复印费0.05万元。", _cases(fee=500)),
    ("fee-jianmian-zero", "本年度没有收取政府信息公开费用，也没有减免情况。", _cases(fee=0)),
    # --- mixed passages -------------------------------------------------------------------------------
    ("mix-year", "本年度，本机关共收到政府信息公开申请12件，全部按时答复，未收取任何费用。"
                 "因政府信息公开被申请行政复议1件，结果维持；未发生行政诉讼。",
     {"requests.received": 12.0, "requests.outcome.total": 12.0, **_cases(fee=0, r=1, r_up=1, l=0)}),
    ("mix-section", "六、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
                    "本年度被申请行政复议2件，其中维持1件、责令重新答复1件；被提起行政诉讼1件，尚在审理。",
     _cases(r=2, r_up=1, r_cor=1, l=1, l_pen=1)),
    ("mix-fee-section", "五、政府信息公开的收费及减免情况\n本年度未收取检索、复制、邮寄等费用。", _cases(fee=0)),
    ("mix-review-zero-lit", "本年度收到政府信息公开行政复议申请1件，经复议维持原答复；行政诉讼0件。",
     _cases(r=1, r_up=1, l=0)),
]


#: A second batch, written after the first was tuned on, in the shape of flattened provincial reports (headings
#: glued to their text, full-width spaces, the year and the body named in each statement, a section's zero
#: and the body's other cases in one sentence). Invented bodies and numbers. Measured once before any rule
#: was changed for it (see the commit that added it), then tuned on like the first.
REPORT_STYLE: list[Probe] = [
    ("rs-glued-heading", "（四）行政复议及行政诉讼情况　　2020年，在依申请公开工作中，省林业和草原局被申请行政复议2件，"
                         "经复议均维持原答复。", _cases(r=2, r_up=2)),
    ("rs-none-heading", "（四）行政复议及行政诉讼情况　　2019年，在依申请公开工作中，省林业和草原局未发生行政复议和行政诉讼。",
     _cases(r=0, l=0)),
    ("rs-wu-shixiang", "（三）行政复议及行政诉讼情况　　2018年，省商务厅无政府信息公开行政复议及诉讼事项。", _cases(r=0, l=0)),
    ("rs-only-review-none", "五、行政复议情况　　2017年，在依申请公开政府信息中，省统计局无行政复议事项。", _cases(r=0)),
    ("rs-among-disclosure", "2021年，省水利厅共办理行政复议案件9起，其中涉及政府信息公开的2起，均已依法审结。", _cases(r=2)),
    ("rs-body-cases-none", "　　五、政府信息公开复议、诉讼情况　　2016年，省民政厅共办理行政复议4起、行政诉讼2起，"
                           "无因政府信息公开引起的行政复议和行政诉讼。", _cases(r=0, l=0)),
    ("rs-fee-none-year", "　　四、依申请收费及减免情况　　2015年，省民政厅办理依申请公开时均未收取检索、复制等费用。", _cases(fee=0)),
    ("rs-fee-none-short", "2020年未收取信息处理费。", _cases(fee=0)),
    ("rs-fee-and-cases-none", "当年未发生因政府信息公开引起的行政复议或行政诉讼，也未发生收费情况。", _cases(r=0, l=0, fee=0)),
    ("rs-fee-amount", "　　三、收费及减免情况　　2014年，省卫生计生委依申请提供信息收取复制费共计86元，减免费用0元。",
     _cases(fee=86)),
    ("rs-lit-result", "2022年，本厅作为被告的政府信息公开行政诉讼案件1起，经一审判决驳回原告诉讼请求，原告未上诉。",
     _cases(l=1, l_up=1)),
    ("rs-two-reviews-results", "本年度因政府信息公开被申请行政复议3件，其中复议机关维持2件、责令本厅重新答复1件；"
                               "被提起行政诉讼1件，目前法院尚未作出判决。", _cases(r=3, r_up=2, r_cor=1, l=1, l_pen=1)),
    ("rs-yi-qi", "　　六、行政复议和行政诉讼情况　　本年度，省文化和旅游厅发生政府信息公开行政复议一起，复议结果为维持。",
     _cases(r=1, r_up=1)),
    ("rs-lit-only", "　　四、因政府信息公开申请行政复议、提起行政诉讼的情况　　2018年，省自然资源厅未被申请行政复议，"
                    "被提起行政诉讼2件，均胜诉。", _cases(r=0, l=2, l_up=2)),
    ("rs-numbers-colon", "行政复议：本年度共1件，结果为撤销原答复；行政诉讼：本年度共0件。", _cases(r=1, r_cor=1, l=0)),
    ("rs-overview", "全年共收到政府信息公开申请21件，全部办结（涉及行政复议1件，详见第四部分）。",
     {"requests.received": 21.0, "requests.outcome.total": 21.0, **_cases(r=1)}),
    ("rs-complaint-none", "全年没有发生针对本单位政府信息公开工作的举报投诉。", _cases(c=0)),
    ("rs-complaint-one", "2019年，收到对本局政府信息公开工作的投诉1件，经核查已妥善处理。", _cases(c=1)),
    ("rs-trad", "（四）行政複議及行政訴訟情況　　2021年，本署被申請行政複議1件，經複議維持原答覆；未被提起行政訴訟。",
     _cases(r=1, r_up=1, l=0)),
    ("rs-trad-fee", "本年度本署辦理政府資訊公開申請，未向申請人收取任何費用。", _cases(fee=0)),
]
