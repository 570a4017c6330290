"""Sentences that must stay entirely ``O``: the rest of a report, written in the genre's style.

They teach the tagger what a disclosure statistic is *not*: counts of proactively published items
(主动公开政府信息1200条，其中规划类35条; 不予公开信息4条 when classifying information; 依申请公开类信息
12条 counting items), administrative approvals and licences (窗口共受理行政审批申请3580件), hotline,
consultation and mailbox statistics that use the same verbs (受理热线诉求8213件, 已办结7960件, 信箱收到来信
326封), administrative fees that are not disclosure fees (行政事业性收费9项), procedure sentences that
contain outcome words (对不予公开的申请书面说明理由), percentages, years and dates, phone numbers and
postcodes, document numbers (某政办〔2016〕9号), ordinals (第12次常务会议), headings (三、依申请公开情况),
article references (第二十条第（八）项) and generic mentions of 依申请公开/行政复议/予以公开 without a count.
All text here was written for this project; none is copied from a real report (tests/test_no_copies.py).
"""
from __future__ import annotations

import re
from dataclasses import replace

from train.synth.grammar import Ctx, Sentence
from train.synth.values import render_count


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _n(ctx: Ctx, lo: int, hi: int) -> str:
    """A distractor number in the passage's number style (so the format alone is never the cue)."""
    v = ctx.rng.randint(lo, hi)
    # digits as the passage writes them (full-width, thousands); Chinese numerals only for small
    # numbers, as reports do (培训三次), never 四十九次
    style = replace(ctx.style, chinese=False, chinese_small_p=ctx.style.chinese_small_p if v <= 10 else 0.0,
                    zero_word_p=0.0)
    return render_count(v, ctx.rng, style)


def _pct(ctx: Ctx) -> str:
    r = ctx.rng.random()
    if r < 0.3:
        return "100%"
    return f"{ctx.rng.uniform(1, 99.9):.{ctx.rng.choice([0, 1, 2])}f}%"


def _date(ctx: Ctx) -> str:
    y = ctx.year if ctx.rng.random() < 0.7 else ctx.rng.randint(2008, 2025)
    return f"{y}年{ctx.rng.randint(1, 12)}月{ctx.rng.randint(1, 28)}日"


def _docno(ctx: Ctx) -> str:
    prefix = ctx.choice(["国办公开办函", "国办发", "国办函", "政办发", "府办发", "政发", "办发", "政办函",
                         "府办函", "政公开办", "发改办"])
    place = ctx.choice(["", "", "粤", "鲁", "津", "苏", "浙", "闽", "京", "湘", "川", "青", "辽"])
    return f"{place}{prefix}〔{ctx.rng.randint(2008, 2025)}〕{ctx.rng.randint(1, 120)}号"


def _phone(ctx: Ctx) -> str:
    r = ctx.rng.random()
    if r < 0.5:
        return f"0{ctx.rng.randint(10, 999)}-{ctx.rng.randint(2000000, 89999999)}"
    if r < 0.8:
        return str(ctx.rng.randint(2000000, 89999999))
    return f"（0{ctx.rng.randint(10, 999)}）{ctx.rng.randint(2000000, 89999999)}"


def _heading_no(ctx: Ctx) -> str:
    return ctx.choice(["一、", "二、", "三、", "四、", "五、", "六、", "（一）", "（二）", "（三）", "(四)", "1.", "2、", "3．"])


#: All-O report sentences by family (the family name is recorded in the passage meta).
_TEMPLATES: dict[str, tuple[str, ...]] = {
    # proactive disclosure (counts of items, not requests)
    "proactive": (
        "{t}，{s}依托门户网站共主动公开政府信息{n1}条，其中规范性文件{n2}件。",
        "{t}，{s}在政务公开专栏发布动态信息{n1}条，栏目更新{n2}次。",
        "全年经政务微信、微博推送信息{n1}条，转发上级部门信息{n2}条。",
        "{s}共刊发政策解读稿件{n2}篇，其中图解{n3}件、短视频解读{n3}个。",
        "{t}组织新闻发布活动{n3}场，对外发布权威信息{n2}条。",
        "开展在线访谈{n3}期，答复网民关注问题{n2}个。",
        "主动公开规范性文件{n2}件，做到应公开尽公开，公开率{p}。",
        "编印政府公报{n3}期，刊载规章和规范性文件{n2}件。",
        "{s}在门户网站发布财政预算决算信息{n2}条、重点项目信息{n2}条。",
        "全年解读重要政策文件{n2}件，同步配发解读材料{n2}份，解读率为{p}。",
        "截至{d}，{s}门户网站累计访问{n1}人次。",
        "{t}主动公开政府信息{n1}条，其中规划计划类{n2}条、财政资金类{n2}条、人事任免类{n3}条。",
        "经保密审查，主动公开信息{n2}条，不予公开信息{n3}条，均已登记备案。",
        "本年度梳理形成政府信息目录{n2}条，其中主动公开类{n2}条、依申请公开类{n3}条、不予公开类{n3}条。",
        "制发公文{n2}件，经审查确定为主动公开{n2}件、依申请公开{n3}件、不予公开{n3}件。",
    ),
    # approvals, licences, hotlines, consultations, mailboxes: same verbs, other business
    "hard_negative": (
        "依托热线服务平台，{t}共受理群众诉求{n1}件，办结率{p}。",
        "{s}政务服务大厅全年受理审批服务事项{n1}件，按期办结率{p}。",
        "受理行政许可申请{n2}件，办结{n2}件，提速办结率达{p}。",
        "{t}政务服务窗口共受理行政审批申请{n1}件，均在承诺时限内办结。",
        "全年受理企业开办、项目立项等审批申请{n1}件，已全部办结。",
        "全年办理群众咨询、投诉{n1}件，已办结{n1}件，满意率{p}。",
        "办理人大代表建议{n2}件、政协提案{n2}件，办复率{p}。",
        "门户网站“书记信箱”共收到来信{n2}封，已全部回复。",
        "“局长信箱”受理群众来信{n2}件，答复率{p}。",
        "网上咨询栏目收到留言{n2}条，已按时回复{n2}条。",
        "共接待群众来访咨询{n1}人次，接听咨询电话{n2}人次。",
        "政务热线接到政策咨询{n2}个，均当场答复。",
        "受理信访事项{n2}件，按期办结{n2}件。",
        "公布权力清单事项{n1}项、公共服务事项{n2}项。",
        "政务服务事项网办率达到{p}，全年网上办件{n1}件。",
        "清理行政事业性收费项目{n3}项，取消涉企收费{n3}项。",
        "公开行政事业性收费目录，共涉及收费项目{n2}项。",
        "完成集中采购项目{n2}个，采购金额{n1}万元。",
        "组织“双随机、一公开”抽查{n2}次，公开抽查结果{n2}条。",
        "处置网络舆情{n2}起，回应公众关切{n3}次。",
    ),
    # organisation and training
    "organisation": (
        "{s}举办政务公开业务培训{n3}次，参训{n2}人次。",
        "按月对{n2}个公开责任单位开展检查，全年编发工作通报{n3}期。",
        "在{d}召开的县政府第{n3}次常务会议上，专题研究政务公开工作。",
        "邀请{n3}名群众代表列席政府常务会议，收集意见建议{n2}条。",
        "政务公开工作纳入年度绩效考核，分值占比{n3}%。",
        "全县{n2}个部门、{n3}个乡镇均设立了政务公开专区。",
    ),
    # dates, documents, contacts
    "dates_docs_contacts": (
        "{d}，印发《关于做好政务公开重点工作的通知》（{doc}）。",
        "依据国务院办公厅关于年度报告格式的通知（{doc}）编制本报告。",
        "本报告中的统计数据起止时间为{y}年1月1日至{y}年12月31日。",
        "本年度报告电子文本可在{s}门户网站查阅下载。",
        "对本报告如有疑问，请联系{s}政务公开办公室（地址：{road}{n3}号，邮编：{zip}，电话：{phone}）。",
        "联系电话：{phone}，传真：{phone}，电子邮箱：{mail}。",
        "根据《条例》第二十条第（{art}）项，及时公开行政处罚、行政强制信息。",
        "依照《条例》第{n3}条，涉及商业秘密、个人隐私的信息依法不予公开。",
        "行政许可：上年项目数{n2}项，本年增减{n3}项，本年处理决定{n1}件。",
    ),
    # generic mentions of the facts' vocabulary, no statistic
    "generic_mention": (
        "进一步规范依申请公开的受理、登记、办理、答复、归档流程。",
        "登记、审核、办理、答复、归档环环相扣，依申请公开办理规范有序。",
        "主动与申请人沟通，准确了解其信息需求，依法依规作出答复。",
        "对疑难复杂的申请，组织法律顾问和业务部门会商后再作答复。",
        "着力提升答复质量，从源头上减少因答复不当引发的行政复议和行政诉讼。",
        "应当主动公开的信息，在法定时限内及时予以公开。",
        "答复前后均与申请人保持沟通，增强答复的针对性。",
        "邀请法律顾问审核依申请公开答复文书，努力降低复议和诉讼中被纠错的比例。",
        "将依申请公开答复被复议纠错、诉讼败诉的情况纳入年度考核。",
        "对拟不予公开的信息，严格依法说明理由并告知救济途径。",
        "畅通当面、信函、传真、电子邮件、网上平台等申请渠道，方便群众提出申请。",
        "健全依申请公开工作机制，确保申请件件有登记、件件有答复。",
        "对收到的政府信息公开申请，均严格按照法定时限予以答复。",
        "全年未发生因信息公开引发的泄密事件。",
        "{t}未出现对政府信息公开申请作出不予受理决定的情形。",
        "{t}没有出现超期答复政府信息公开申请的情形。",
        "严格落实“先审查、后公开”和“一事一审”的保密审查制度。",
        "县政府办公室多次召开专题会，研究部署全县政务公开工作。",
        "坚持以公开为常态、不公开为例外，推进五公开落实落细。",
        "下一步，我们将继续拓展公开渠道，加强政策解读和回应关切。",
        "个别单位对依申请公开重视不够，答复文书的规范性仍需提升。",
        "政务公开队伍业务能力有待加强，人员调整较为频繁。",
        "当前，政务公开仍存在内容不够全面、解读不够及时等问题。",
        "围绕优化营商环境等重点领域，持续加大信息公开力度。",
        "本机关无其他需要报告的事项。",
    ),
    # procedure sentences that contain outcome / case words
    "procedure_outcome_words": (
        "对决定不予公开的申请，均在答复书中说明理由和法律依据。",
        "对部分公开的申请，按照区分处理原则提供可以公开的内容。",
        "对本机关不掌握的信息，告知申请人该信息的掌握机关及联系方式。",
        "对申请内容不明确的，一次性告知申请人作出补正。",
        "需要延长答复期限的，经负责人同意后书面告知申请人。",
        "对复议机关作出的纠正决定，认真整改并重新作出答复。",
        "对法院判决撤销的答复，及时组织复盘，举一反三改进工作。",
        "办理中注重做好行政复议、行政诉讼的应诉准备工作。",
        "予以公开的信息，按申请人要求的形式提供。",
    ),
}

_FLAT: tuple[tuple[str, str], ...] = tuple((f, t) for f, ts in _TEMPLATES.items() for t in ts)

#: Section headings by the topic of the text that follows them.
_HEADINGS: dict[str, tuple[str, ...]] = {
    "requests": ("依申请公开政府信息情况", "收到和处理政府信息公开申请情况", "依申请公开方面",
                 "政府信息依申请公开工作情况", "依申请公开情况", "办理政府信息公开申请的情况"),
    "cases": ("政府信息公开行政复议、行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
              "复议、诉讼和申诉情况", "行政复议和行政诉讼情况"),
    "fees": ("政府信息公开的收费及减免情况", "政府信息公开相关费用情况", "收费及减免情况"),
    "other": ("主动公开政府信息情况", "总体情况", "存在的主要问题及改进情况", "其他需要报告的事项", "概述",
              "政府信息公开工作存在的主要问题和改进措施", "政府信息管理情况", "平台建设情况", "监督保障情况"),
}


def boilerplate(ctx: Ctx) -> Sentence:
    """One all-O report sentence with the distractor numbers filled in."""
    rng = ctx.rng
    family, tpl = ctx.choice(_FLAT)
    fill = {  # each placeholder occurrence gets a fresh value
        "t": lambda: ctx.choice([f"{ctx.year}年", "本年度", "全年", "今年以来"]),
        "s": lambda: ctx.subject if ctx.subject not in ("", "本机关") else ctx.choice(["全区", "我局", "我市"]),
        "n1": lambda: _n(ctx, 100, 80000), "n2": lambda: _n(ctx, 2, 600), "n3": lambda: _n(ctx, 1, 60),
        "p": lambda: _pct(ctx), "d": lambda: _date(ctx), "doc": lambda: _docno(ctx), "y": lambda: str(ctx.year),
        "phone": lambda: _phone(ctx), "zip": lambda: str(rng.randint(100000, 850000)),
        "road": lambda: ctx.choice(["人民路", "府前街", "解放大道", "文化北路", "中山路", "建设路", "行政中心大楼"]),
        "mail": lambda: f"zwgk{rng.randint(1, 999)}@{ctx.choice(['163.com', 'gov.cn', '126.com'])}",
        "art": lambda: ctx.choice(["一", "五", "六", "八", "九", "十二"]),
    }
    text = _PLACEHOLDER.sub(lambda m: fill[m.group(1)](), tpl)
    if "不予受理" in tpl or "超期答复" in tpl:
        family = "not_in_schema"  # assertions about things outside the schema
    s = Sentence("distractor:" + family, is_fact=False)
    s.o(text)
    return s


def heading(ctx: Ctx, topic: str = "other") -> Sentence:
    """A numbered section heading about ``topic`` (requests / cases / fees / other); always O."""
    s = Sentence("distractor:heading", is_fact=False)
    s.o(_heading_no(ctx) + ctx.choice(_HEADINGS[topic]))
    return s
