"""Sentences that must stay entirely ``O``: the rest of a report, written in the genre's style.

They teach the tagger what a disclosure statistic is *not*: counts of proactively published items
(主动公开政府信息7526条), hotline and service statistics that use the same verbs (受理群众诉求59835件,
已办结15042件, 受理行政许可事项1946项), administrative fees that are not disclosure fees
(行政事业性收费14项), percentages, years and dates, phone numbers and postcodes, document numbers
(武清政办〔2016〕9号), ordinals (第53次常务会议), headings (三、依申请公开情况), article references
(第二十条第（八）项) and generic mentions of 依申请公开/行政复议/予以公开 without a count.
All text here was written for this project; none is copied from a real report.
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


_TEMPLATES: tuple[str, ...] = (
    # proactive disclosure (counts of items, not requests)
    "{t}，{s}通过政府门户网站主动公开政府信息{n1}条，其中规范性文件{n2}件。",
    "{t}，{s}累计发布政务信息{n1}条，更新政务公开专栏{n2}次。",
    "全年通过政务微博、微信公众号发布信息{n1}条，转载上级信息{n2}条。",
    "{s}共发布政策解读材料{n2}篇，其中图片图表解读{n3}件、视频解读{n3}个。",
    "{t}共召开新闻发布会{n3}场，发布权威信息{n2}条。",
    "举办在线访谈{n3}期，回应网民关切问题{n2}个。",
    "主动公开规范性文件{n2}件，公开率达{p}。",
    "通过政府公报刊登政府规章和规范性文件{n2}件，编印公报{n3}期。",
    "{s}在政府网站公开财政预决算信息{n2}条、重大建设项目信息{n2}条。",
    "全年解读政策文件{n2}件，配发解读材料{n2}份，解读率达到{p}。",
    "截至{d}，{s}政府网站累计访问量达{n1}人次。",
    # hard negatives: same verbs, other business
    "依托12345政务服务便民热线，{t}共受理群众诉求{n1}件，办结率{p}。",
    "{s}政务服务中心全年受理各类审批服务事项{n1}件，按时办结率{p}。",
    "受理行政许可事项{n2}项，办结{n2}项，提前办结率达{p}。",
    "全年办理群众咨询、投诉件{n1}件，已办结{n1}件，群众满意率{p}。",
    "办理人大代表建议{n2}件、政协委员提案{n2}件，办复率{p}。",
    "网站“领导信箱”收到网友留言{n2}条，已全部答复。",
    "共接受群众现场咨询{n1}人次，电话咨询{n2}人次。",
    "梳理公布行政权力事项{n1}项、公共服务事项{n2}项。",
    "政务服务事项网上可办率达到{p}，全年网上申请办件{n1}件。",
    "清理规范行政事业性收费项目{n3}项，取消涉企收费{n3}项。",
    "公开行政事业性收费目录清单，涉及收费项目{n2}项。",
    "政府集中采购项目{n2}个，采购总金额{n1}万元。",
    "开展“双随机、一公开”抽查{n2}次，公开抽查结果{n2}条。",
    "处理各类舆情线索{n2}宗，回应社会关切{n3}次。",
    # organisation and training
    "{s}组织开展政务公开业务培训{n3}次，参训人员{n2}人次。",
    "坚持每月对{n2}家政府信息公开单位进行检查，全年刊发情况通报{n3}期。",
    "在{d}召开的区政府第{n3}次常务会议上，专题研究部署政务公开工作。",
    "邀请{n3}名市民代表列席政府常务会议，听取意见建议{n2}条。",
    "将政务公开工作纳入绩效考核，分值权重为{n3}%。",
    "全区{n2}个部门、{n3}个镇街全部设立政务公开专区。",
    # dates, documents, contacts
    "{d}，印发了《关于进一步加强政务公开工作的通知》（{doc}）。",
    "根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（{doc}）要求编制本报告。",
    "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
    "本年度报告的电子版可在{s}政府门户网站下载。",
    "如对本报告有疑问，请与{s}政务公开办公室联系（地址：{road}{n3}号，邮编：{zip}，电话：{phone}）。",
    "联系电话：{phone}，传真：{phone}，电子邮箱：{mail}。",
    "按照《条例》第二十条第（{art}）项的规定，及时公开行政处罚和行政强制信息。",
    "依据《条例》第{n3}条规定，对涉及商业秘密、个人隐私的信息依法不予公开。",
    "行政许可信息上一年项目数量{n2}项，本年增/减{n3}项，处理决定数量{n1}件。",
    # generic mentions of the facts' vocabulary, no statistic
    "进一步规范依申请公开受理、登记、办理、答复、归档等工作流程。",
    "严格落实登记、审核、办理、答复、归档各环节要求，确保依申请公开工作规范有序。",
    "加强与申请人的沟通，准确把握申请人的实际诉求，依法依规作出答复。",
    "健全依申请公开会商机制，对疑难复杂申请组织相关部门会商研判，确保答复合法合规。",
    "着力提升答复质量，减少因答复不规范引发的行政复议和行政诉讼。",
    "严格执行依申请公开办理时限，对属于主动公开范围的政府信息，自该信息形成之日起{n3}个工作日内予以公开。",
    "在答复前、答复中、答复后均与申请人保持沟通，提高答复的针对性和准确性。",
    "探索引入法律顾问参与依申请公开答复审核，提高应诉复议能力，减少行政复议和行政诉讼纠错案件的发生。",
    "将政府信息公开申请答复在行政复议中被撤销、在行政诉讼中败诉的情况纳入年度考核。",
    "对拟不予公开的政府信息，严格依法依规说明理由。",
    "畅通当面、信函、传真、电子邮件、网上平台等申请渠道，方便公众提出政府信息公开申请。",
    "完善依申请公开工作机制，确保依法依规受理政府信息公开申请并按时答复。",
    "对申请人提出的政府信息公开申请，严格按照法定时限予以答复，未出现逾期答复情况。",
    "全年未发生因信息公开导致的失泄密事件。",
    "{t}未发生政府信息公开申请不予受理的情况。",
    "{t}没有出现逾期答复政府信息公开申请的情况。",
    "进一步加强政府信息公开保密审查，坚持“先审查、后公开”和“一事一审”原则。",
    "区政府办公室多次召开专题会议，研究部署全区政务公开和政府信息公开工作。",
    "坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。",
    "下一步，我们将进一步拓展公开渠道，加强政策解读，回应社会关切。",
    "部分单位对依申请公开工作重视程度不够，答复的规范性有待提升。",
    "政务公开工作人员业务水平有待提高，人员变动较为频繁。",
    "当前，政务公开工作仍存在公开内容不够全面、解读回应不够及时等问题。",
    "围绕“放管服”改革、优化营商环境等重点领域，加大信息公开力度。",
    "本单位不存在其他需要报告的事项。",
)

#: Section headings by the topic of the text that follows them.
_HEADINGS: dict[str, tuple[str, ...]] = {
    "requests": ("依申请公开政府信息情况", "收到和处理政府信息公开申请情况", "依申请公开方面",
                 "政府信息依申请公开工作情况", "依申请公开情况", "政府信息公开申请办理情况"),
    "cases": ("政府信息公开行政复议、行政诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼的情况",
              "复议、诉讼和申诉情况", "行政复议和行政诉讼情况"),
    "fees": ("政府信息公开的收费及减免情况", "政府信息公开相关费用情况", "收费及减免情况"),
    "other": ("主动公开政府信息情况", "总体情况", "存在的主要问题及改进情况", "其他需要报告的事项", "概述",
              "政府信息公开工作存在的主要问题和改进措施", "政府信息管理情况", "平台建设情况", "监督保障情况"),
}


def boilerplate(ctx: Ctx) -> Sentence:
    """One all-O report sentence with the distractor numbers filled in."""
    rng = ctx.rng
    tpl = ctx.choice(_TEMPLATES)
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
    s = Sentence("distractor:" + _family_of(tpl), is_fact=False)
    s.o(text)
    return s


def _family_of(tpl: str) -> str:
    i = _TEMPLATES.index(tpl)
    if i < 11:
        return "proactive"
    if i < 25:
        return "hard_negative"
    if i < 31:
        return "organisation"
    if i < 41:
        return "dates_docs_contacts"
    if "不予受理" in tpl or "逾期答复" in tpl:
        return "not_in_schema"
    return "generic_mention"


def heading(ctx: Ctx, topic: str = "other") -> Sentence:
    """A numbered section heading about ``topic`` (requests / cases / fees / other); always O."""
    s = Sentence("distractor:heading", is_fact=False)
    s.o(_heading_no(ctx) + ctx.choice(_HEADINGS[topic]))
    return s
