"""Phrasing families: the sentences that state 依申请公开 and 复议/诉讼 facts, in many structures.

Each builder takes a :class:`~train.synth.grammar.Ctx` and the passage's :class:`Facts` and returns a
:class:`~train.synth.grammar.Sentence` (without its final 。 so the composer can join clauses). The
``family`` string of a sentence names its structure (``channels:num_pre`` = 48件当面申请) so the
dataset report can show how often each structure occurs. Word order, list separators, lead-ins,
quoting, nesting (其中 inside 其中) and trailing shares (占X%) are all varied independently.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from train.synth.grammar import (APPLICANTS, CASES, CHANNEL_ADJ, CHANNEL_VIA, CHANNEL_WEIGHTS,
                                 OUTCOME_SUBS, OUTCOMES_NEW, OUTCOMES_OLD, RECEIVE_VERBS,
                                 REQUEST_OBJECTS, RESULTS, TIME_PHRASES, Ctx, Sentence)
from train.synth.values import sample_count, split_total


@dataclass
class Facts:
    """A consistent set of numbers for one passage (channels sum to the total, and so on)."""

    received: int
    channels: list[tuple[str, int]]
    applicants: list[tuple[str, int]]
    outcomes: list[tuple[str, int, list[tuple[str, int]]]]
    answered: int
    carried_over: int
    carried_forward: int
    fee: float
    review: int
    review_results: list[tuple[str, int]]
    litigation: int
    litigation_results: list[tuple[str, int]]
    complaints: int
    extra: dict = field(default_factory=dict)


def _weighted_sample(ctx: Ctx, weights: dict[str, float], k: int) -> list[str]:
    keys = list(weights)
    out: list[str] = []
    for _ in range(min(k, len(keys))):
        pool = [x for x in keys if x not in out]
        out.append(ctx.rng.choices(pool, [weights[x] for x in pool])[0])
    return out


def sample_facts(ctx: Ctx) -> Facts:
    rng = ctx.rng
    scale = rng.choices(["tiny", "small", "mid", "large", "huge"], [30, 30, 25, 10, 5])[0]
    received = 0 if ctx.p("zero_requests", 0.12) else sample_count(rng, scale)
    k = rng.choices([1, 2, 3, 4, 5], [1, 3, 4, 3, 1])[0]
    ch_keys = _weighted_sample(ctx, CHANNEL_WEIGHTS, min(k, max(received, 1)))
    channels = list(zip(ch_keys, split_total(received, len(ch_keys), rng, allow_zero=ctx.p("zero_part", 0.1))))
    org = split_total(received, 2, rng)[0] // 3 if received else 0
    applicants = [("requests.applicant.natural_person", received - org), ("requests.applicant.organization", org)]
    carried_over = 0 if rng.random() < 0.5 else sample_count(rng, "tiny")
    carried_forward = 0 if rng.random() < 0.5 else min(sample_count(rng, "tiny"), received + carried_over)
    answered = received + carried_over - carried_forward if ctx.new_era else received - carried_forward
    answered = max(answered, 0)
    table = OUTCOMES_NEW if ctx.new_era else OUTCOMES_OLD
    ok = min(rng.choices([1, 2, 3, 4, 5, 6], [1, 3, 4, 3, 2, 1])[0], max(1, answered + (rng.random() < 0.3)))
    out_keys = rng.sample(list(table), min(ok, len(table)))
    if "requests.outcome.disclosed" not in out_keys and rng.random() < 0.7:
        out_keys[0] = "requests.outcome.disclosed"
    out_keys = list(dict.fromkeys(out_keys))
    parts = split_total(answered, len(out_keys), rng, allow_zero=ctx.p("zero_part", 0.1))
    outcomes = []
    for key, n in zip(out_keys, parts):
        subs: list[tuple[str, int]] = []
        if ctx.new_era and key in OUTCOME_SUBS and n > 0:
            sk = rng.sample(list(OUTCOME_SUBS[key]), min(len(OUTCOME_SUBS[key]), rng.choice([1, 1, 2, 3])))
            subs = list(zip(sk, split_total(n, len(sk), rng, allow_zero=False)))
        outcomes.append((key, n, subs))
    fee = 0.0 if rng.random() < 0.9 else float(rng.choice([5, 10, 20, 35.5, 60, 120, 300, 1200, 15000]))

    def cases() -> tuple[int, list[tuple[str, int]]]:
        if rng.random() < 0.45:
            return 0, []
        total = sample_count(rng, rng.choice(["tiny", "tiny", "small"]))
        kinds = rng.sample(["upheld", "corrected", "other", "pending"], rng.choice([1, 2, 2, 3, 4]))
        return total, list(zip(kinds, split_total(total, len(kinds), rng, allow_zero=False)))

    review, review_results = cases()
    litigation, litigation_results = cases()
    if review and rng.random() < 0.1:  # 行政复议和行政诉讼各2件
        litigation = review
        litigation_results = list(zip(rng.sample(["upheld", "corrected", "other", "pending"], 1), [review]))
    complaints = 0 if rng.random() < 0.7 else sample_count(rng, "tiny")
    return Facts(received, channels, applicants, outcomes, answered, carried_over, carried_forward, fee,
                 review, review_results, litigation, litigation_results, complaints)


# --- small helpers -------------------------------------------------------------------------------

def time_phrase(ctx: Ctx) -> str:
    return ctx.choice(TIME_PHRASES).format(y=ctx.year)


def head(ctx: Ctx) -> str:
    """Sentence opening: time and/or subject (2016年，全区 / 本年度我局 / 县政府及其工作部门2016年)."""
    r = ctx.rng.random()
    if r < 0.35:
        return f"{time_phrase(ctx)}，{ctx.subject}"
    if r < 0.6:
        return f"{time_phrase(ctx)}{ctx.subject}"
    if r < 0.75:
        return f"{ctx.subject}{time_phrase(ctx)}"
    if r < 0.88:
        return ctx.subject
    return ""


def sep(ctx: Ctx) -> str:
    return ctx.rng.choices(["、", "，", "；", ","], [5, 4, 1.5, 0.3])[0]


def join_items(ctx: Ctx, items: list[Sentence], family: str) -> Sentence:
    """Join list items with one separator, sometimes 和/及 before the last item."""
    s = Sentence(family)
    sp = sep(ctx)
    for i, it in enumerate(items):
        if i:
            if i == len(items) - 1 and len(items) > 1 and ctx.rng.random() < 0.15:
                s.o(ctx.choice(["和", "及", "以及"]) if sp == "、" else sp + ctx.choice(["另有", ""]))
            else:
                s.o(sp)
        s.extend(it)
    return s


def share(ctx: Ctx, s: Sentence, part: int, total: int) -> None:
    """Append a share (占87.08%) that must stay O."""
    if total > 0 and part <= total:
        p = ctx.pct(part, total)
        s.o(ctx.choice([f"，占{p}%", f"（占{p}%）", f"，占比{p}%", f"，占总数的{p}%"]))


# --- received ------------------------------------------------------------------------------------

def received(ctx: Ctx, f: Facts) -> Sentence:
    """The total of new requests (or its zero)."""
    rng = ctx.rng
    obj = ctx.choice(REQUEST_OBJECTS)
    verb = ctx.choice(RECEIVE_VERBS)
    adv = ctx.choice(["共", "共", "累计", "", "总计"])
    h = head(ctx)
    if f.received == 0:
        s = Sentence("received:zero")
        form = rng.random()
        if form < 0.7:
            z = ctx.choice(["未", "未", "没有", "并未", "均未"])
            v = ctx.choice(["收到", "收到", "接到", "受理"])
            if len(z) == 2 and z.endswith("未"):  # 并/均 are adverbs outside the ZERO span
                h, z = h + z[0], "未"
            o = ctx.choice(["政府信息公开申请", "有关政府信息公开的申请", "依申请公开事项", "公民、法人或其他组织提出的政府信息公开申请",
                            "群众提出的信息公开申请"])
            s.o(h).tag("ZERO", z).tag("RECEIVED", v).o(o)
        else:
            s.family = "received:zero_num"
            s.o(h, ctx.choice(["", "共"])).tag("RECEIVED", v if (v := verb) != "办理" else "收到").o(obj)
            ctx.count(s, 0)
        return s
    form = rng.choices(["v_obj_n", "v_n_obj", "v_de_obj_gong", "old_total", "n_first", "via_list"],
                       [10, 4, 2, 2, 1, 1.5 if len(f.channels) > 1 else 0])[0]
    s = Sentence(f"received:{form}")
    if form == "v_obj_n":
        s.o(h, adv).tag("RECEIVED", verb).o(obj)
        if rng.random() < 0.15:
            s.o(ctx.choice(["数量为", "总数为", "共计", "为"]))
        ctx.count(s, f.received)
    elif form == "v_n_obj":
        s.o(h, adv).tag("RECEIVED", verb)
        ctx.count(s, f.received)
        s.o(obj)
    elif form == "v_de_obj_gong":
        s.o(h).tag("RECEIVED", verb).o("的", obj, ctx.choice(["共", "共计", "总数为", "为"]))
        ctx.count(s, f.received)
    elif form == "old_total":
        s.o(h).tag("RECEIVED", ctx.choice(["受理", "收到"])).o(ctx.choice(["依申请公开信息总数", "政府信息公开申请总数"]))
        ctx.count(s, f.received)
    elif form == "via_list":  # 受理通过信函、网络等方式提交的申请64件: the channels qualify the total (all O)
        words = [ctx.choice(CHANNEL_ADJ[k]) for k, _ in f.channels]
        s.o(h, adv).tag("RECEIVED", ctx.choice(["受理", "收到", "接收"])).o(
            ctx.choice(["通过", "经", "以"]), "、".join(dict.fromkeys(words)), ctx.choice(["等方式", "等渠道", "", "方式"]),
            ctx.choice(["提交的", "提出的"]), ctx.choice(["申请", "政府信息公开申请"]), "" if adv else ctx.choice(["", "共"]))
        ctx.count(s, f.received)
    else:  # n_first: 共有186件政府信息公开申请被受理
        s.o(h, "共有")
        ctx.count(s, f.received)
        s.o(ctx.choice(["政府信息公开申请", "依申请公开申请"]), ctx.choice(["被", "获", "依法"])).tag("RECEIVED", "受理")
    if rng.random() < ctx.cfg.get("probabilities", {}).get("trend", 0.15):
        delta = max(1, f.received // rng.choice([3, 5, 8]))
        last = f.received + rng.choice([-1, 1]) * delta
        s.o(ctx.choice([f"，同比增长{rng.randint(2, 90)}.{rng.randint(0, 9)}%",
                        f"，较上年增加{delta}{ctx.unit}", f"，比上年减少{delta}{ctx.unit}",
                        f"，同比下降{rng.randint(1, 60)}%", "，与上年基本持平",
                        # last year's figure is not this year's total: O
                        f"（上年为{last}{ctx.unit}）", f"，上年同期为{last}{ctx.unit}", f"，{ctx.year - 1}年为{last}{ctx.unit}",
                        f"，比上年的{last}{ctx.unit}有所{'增加' if last < f.received else '减少'}"]))
    if f.received > 0 and f.answered == f.received and not f.carried_over and not f.carried_forward \
            and rng.random() < ctx.cfg.get("probabilities", {}).get("all_answered", 0.12):
        # distributive: 均已按时答复 restates the total as answered (the ANSWERED span has no count of its own)
        s.family += "+all_answered"
        s.o(ctx.choice(["，均已按时", "，均已", "，已全部", "，全部按期", "，均在法定期限内"])).tag(
            "ANSWERED", ctx.choice(["答复", "办结", "答复完毕", "处理完毕"]))
    return s


#: Short department names for breakdowns (invented examples of the genre's usage).
DEPT_SHORT = ("区住建局", "区教育局", "区公安分局", "区自然资源局", "区人社局", "县卫健局", "县民政局", "县城管局",
              "市场监管局", "交通运输局", "生态环境分局", "各街道办事处", "各乡镇", "区财政局", "区农业农村局")


def department_breakdown(ctx: Ctx, f: Facts) -> Sentence:
    """其中区住建局12件、区教育局9件: per-department counts are not the report's figures (all O)."""
    rng = ctx.rng
    depts = rng.sample(DEPT_SHORT, rng.choice([2, 3, 4]))
    parts = split_total(max(f.received, len(depts) + 1), len(depts) + 1, rng, allow_zero=False)
    s = Sentence("breakdown:department")
    s.o(ctx.choice(["其中", "从承办单位看，", "按部门分，", "申请较多的部门为："]))
    items = [f"{d}{n}{ctx.unit}" for d, n in zip(depts, parts)]
    s.o(ctx.choice(["、", "，"]).join(items))
    s.o(ctx.choice(["", "，其余部门较少", f"，其他部门共{parts[-1]}{ctx.unit}"]))
    return s


# --- channels ------------------------------------------------------------------------------------

CHANNEL_FORMS = ["adj_pre", "num_pre", "submit_de", "via", "shu", "bare", "de_you", "yi"]
CHANNEL_FORM_W = [10, 4, 3, 3, 2, 3, 1, 1]


def channel_item(ctx: Ctx, key: str, n: int, form: str, total: int) -> Sentence:
    s = Sentence(f"channels:{form}")
    word = ctx.choice(CHANNEL_VIA[key] if form == "via" else CHANNEL_ADJ[key])
    if form == "adj_pre":
        s.tag("CHANNEL", word, key).o(ctx.choice(["申请", "申请", "提交"]))
        ctx.count(s, n)
    elif form == "num_pre":
        ctx.count(s, n)
        s.o(ctx.choice(["", "为", "是"])).tag("CHANNEL", word, key).o("申请")
    elif form == "submit_de":
        s.tag("CHANNEL", word, key).o(ctx.choice(["提交申请的", "提交的", "申请的"]))
        ctx.count(s, n)
    elif form == "via":
        s.o(ctx.choice(["通过", "经"])).tag("CHANNEL", word, key).o(
            ctx.choice(["提交", "提交的", "方式申请的", "提出申请", "提出的"]))
        ctx.count(s, n)
    elif form == "shu":
        s.tag("CHANNEL", word, key).o(ctx.choice(["申请数", "申请数为", "申请数量"]))
        ctx.count(s, n)
    elif form == "bare":
        s.tag("CHANNEL", word, key)
        ctx.count(s, n)
    elif form == "de_you":
        s.tag("CHANNEL", word, key).o(ctx.choice(["申请的有", "方式的有"]) if not word.endswith(("方式", "形式")) else "的有")
        ctx.count(s, n)
    else:  # yi
        s.o("以").tag("CHANNEL", word, key).o("提出的" if word.endswith(("方式", "形式")) else "方式提出的")
        ctx.count(s, n)
    if ctx.p("share", 0.2):
        share(ctx, s, n, total)
    return s


def channels(ctx: Ctx, f: Facts, *, lead: bool = True) -> Sentence:
    form = ctx.rng.choices(CHANNEL_FORMS, CHANNEL_FORM_W)[0]
    items = []
    for key, n in f.channels:
        fm = form if ctx.rng.random() < 0.85 else ctx.rng.choices(CHANNEL_FORMS, CHANNEL_FORM_W)[0]
        if fm == "bare" and not lead:
            fm = "adj_pre"
        items.append(channel_item(ctx, key, n, fm, f.received))
    body = join_items(ctx, items, f"channels:{form}")
    s = Sentence(body.family)
    if lead:
        s.o(ctx.choice(["其中", "其中，", "其中", "从申请方式看，", "按申请渠道分，", "从申请渠道看，",
                        "按提交方式划分：", "申请方式上，", "具体为："]))
    s.extend(body)
    return s


# --- applicants ----------------------------------------------------------------------------------

def applicants(ctx: Ctx, f: Facts) -> Sentence:
    rng = ctx.rng
    nonzero = [(k, n) for k, n in f.applicants if n > 0 or rng.random() < 0.4]
    if len(nonzero) == 1 and rng.random() < 0.4:
        key = nonzero[0][0]
        s = Sentence("applicants:all")
        s.o(ctx.choice(["申请人均为", "申请主体均为", "全部为"])).tag("APPLICANT", ctx.choice(APPLICANTS[key]), key)
        s.o(ctx.choice(["", "申请"]))
        return s
    form = rng.choice(["a_n", "a_apply_n", "from_a", "n_by_a", "a_de"])
    items = []
    for key, n in nonzero:
        it = Sentence(f"applicants:{form}")
        word = ctx.choice(APPLICANTS[key])
        if form == "a_n":
            it.tag("APPLICANT", word, key)
            ctx.count(it, n)
        elif form == "a_apply_n":
            it.tag("APPLICANT", word, key).o(ctx.choice(["申请", "提出申请", "提出"]))
            ctx.count(it, n)
        elif form == "from_a":
            it.o("来自").tag("APPLICANT", word, key).o(ctx.choice(["的申请", "的"]))
            ctx.count(it, n)
        elif form == "n_by_a":
            ctx.count(it, n)
            it.o(ctx.choice(["由", "为"])).tag("APPLICANT", word, key).o(ctx.choice(["提出", "申请"]))
        else:
            it.tag("APPLICANT", word, key).o("提出的")
            ctx.count(it, n)
        items.append(it)
    s = Sentence(f"applicants:{form}")
    s.o(ctx.choice(["从申请主体看，", "按申请人类型分，", "其中", "申请人中，", "从申请人类型看，"]))
    s.extend(join_items(ctx, items, s.family))
    return s


# --- outcomes ------------------------------------------------------------------------------------

_TAKES_DAFU = {"requests.outcome.disclosed", "requests.outcome.partial", "requests.outcome.withheld"}


def outcome_item(ctx: Ctx, key: str, n: int, form: str, total: int) -> Sentence:
    table = OUTCOMES_NEW if ctx.new_era else OUTCOMES_OLD
    word = ctx.choice(table[key])
    s = Sentence(f"outcomes:{form}")
    if form == "dafu" and (key in _TAKES_DAFU or word == "其它公开"):
        s.tag("OUTCOME", word, key).o(ctx.choice(["答复", "答复数", "答复数为", "答复"]))
        ctx.count(s, n)
    elif form == "quoted":
        q = ctx.choice(["数", "答复", ""]) if key in _TAKES_DAFU else ctx.choice(["数", ""])
        s.o("“").tag("OUTCOME", word, key).o(q + "”")
        ctx.count(s, n)
    elif form == "n_pre":
        ctx.count(s, n)
        s.o(ctx.choice(["", "", "为"]) if not word.startswith("属于") else "").tag("OUTCOME", word, key)
    elif form == "de":
        s.tag("OUTCOME", word, key).o("的")
        ctx.count(s, n)
    else:  # plain
        s.tag("OUTCOME", word, key)
        ctx.count(s, n)
    if ctx.p("share", 0.2) and form != "n_pre":
        share(ctx, s, n, total)
    return s


def sub_items(ctx: Ctx, subs: list[tuple[str, int]], form: str) -> Sentence:
    items = []
    for sk, n in subs:
        it = Sentence("outcomes:sub")
        word = ctx.choice(OUTCOME_SUBS[_parent(sk)][sk])
        if form == "n_pre":
            ctx.count(it, n)
            it.o(ctx.choice(["", "为"])).tag("OUTCOME", word, sk)
        else:
            it.tag("OUTCOME", word, sk).o(ctx.choice(["", "的"]))
            ctx.count(it, n)
        items.append(it)
    return join_items(ctx, items, "outcomes:sub")


def _combine_outcomes(ctx: Ctx, outs: list) -> list:
    """Sometimes merge two listed outcomes into one combined category with their summed count."""
    p = ctx.cfg.get("probabilities", {}).get("combined_outcomes", 0.12)
    if len(outs) < 2 or ctx.rng.random() >= p:
        return outs
    i = ctx.rng.randrange(len(outs) - 1)
    (k1, n1, _), (k2, n2, _) = outs[i], outs[i + 1]
    return outs[:i] + [((k1, k2), n1 + n2, [])] + outs[i + 2:]


def combined_item(ctx: Ctx, keys: tuple[str, str], n: int) -> Sentence:
    """[予以公开]及[部分公开][15]件: both categories are tagged and share the count; the linker abstains."""
    table = OUTCOMES_NEW if ctx.new_era else OUTCOMES_OLD
    s = Sentence("outcomes:combined")
    s.tag("OUTCOME", ctx.choice(table[keys[0]]), keys[0]).o(ctx.choice(["及", "和", "与", "以及"]))
    s.tag("OUTCOME", ctx.choice(table[keys[1]]), keys[1]).o(ctx.choice(["", "的", "的共", "共", "合计"]))
    ctx.count(s, n)
    return s


def _parent(sub: str) -> str:
    return sub.rsplit(".", 1)[0]


def outcomes(ctx: Ctx, f: Facts, *, lead: bool = True) -> Sentence:
    rng = ctx.rng
    forms = ["plain", "dafu", "quoted", "n_pre", "de"] if not ctx.new_era else ["plain", "plain", "n_pre", "de", "quoted"]
    form = ctx.choice(forms)
    items = []
    nested = False
    merged = _combine_outcomes(ctx, f.outcomes)
    for key, n, subs in merged:
        if isinstance(key, tuple):  # 予以公开及部分公开15件: one count for two categories
            items.append(combined_item(ctx, key, n))
            continue
        if subs and len(subs) == 1 and rng.random() < 0.15:  # a sub-reason alone: 属于重复申请的2件
            it = Sentence("outcomes:sub_alone")
            word = ctx.choice(OUTCOME_SUBS[key][subs[0][0]])
            if form == "n_pre":
                ctx.count(it, n)
                it.o(ctx.choice(["", "为"])).tag("OUTCOME", word, subs[0][0])
            else:
                it.o(ctx.choice(["", "属于"]) if not word.startswith(("属于", "涉及", "危及", "保护")) else "")
                it.tag("OUTCOME", word, subs[0][0])
                it.o(ctx.choice(["的", ""]))
                ctx.count(it, n)
            items.append(it)
            continue
        it = outcome_item(ctx, key, n, form, f.answered)
        if subs and rng.random() < 0.6:
            nested = True
            sub = sub_items(ctx, subs, form)
            style = rng.random()
            if style < 0.6:
                it.o(ctx.choice(["（其中", "（"]))
                it.extend(sub)
                it.o("）")
            elif style < 0.8:
                it.o("，其中")
                it.extend(sub)
            else:  # only the sub-reasons: 因本机关不掌握相关政府信息无法提供7件
                it = Sentence("outcomes:because")
                sk, sn = subs[0]
                it.o(ctx.choice(["因", "由于"])).tag("OUTCOME", ctx.choice(OUTCOME_SUBS[key][sk]), sk)
                it.tag("OUTCOME", ctx.choice(OUTCOMES_NEW[key]), key) if key != "requests.outcome.other" else it.o("不予办理")
                ctx.count(it, sn)
        items.append(it)
    fam = f"outcomes:{form}" + (":nested" if nested else "")
    body = join_items(ctx, items, fam)
    body.family = fam
    s = Sentence(fam)
    if lead:
        s.o(ctx.choice(["其中", "其中，", "从办理结果看，", "办理结果方面，", "在已办结的申请中，", "答复情况为：",
                        "按答复类型分，", "从答复情况看，", ""]))
    s.extend(body)
    return s


# --- answered / carry-over / carry-forward -------------------------------------------------------

def answered(ctx: Ctx, f: Facts) -> Sentence:
    rng = ctx.rng
    form = rng.choice(["yi_dafu", "dafu_wanbi", "yijing_de", "total", "banjie", "n_banjie", "total_wei", "restated"])
    s = Sentence(f"answered:{form}")
    h = ctx.choice(["", "", "本年度", "全年", f"{ctx.year}年"])
    if form == "yi_dafu":
        s.o(h, ctx.choice(["已", "已", "共", "均已"])).tag("ANSWERED", "答复")
        ctx.count(s, f.answered)
    elif form == "dafu_wanbi":
        s.o(h, ctx.choice(["已", ""])).tag("ANSWERED", ctx.choice(["答复完毕", "答复完毕", "处理完毕"]))
        ctx.count(s, f.answered)
    elif form == "yijing_de":
        s.o(ctx.choice(["已经", "已"])).tag("ANSWERED", ctx.choice(["答复", "办结"])).o("的")
        ctx.count(s, f.answered)
    elif form == "total":
        s.o(ctx.choice(["对申请的", "对依申请公开的", "", "依申请公开"])).tag("ANSWERED", "答复").o(
            ctx.choice(["总数", "总数为", "数"]))
        ctx.count(s, f.answered)
    elif form == "banjie":
        s.o(h, ctx.choice(["共", "已", "按时", ""])).tag("ANSWERED", "办结")
        ctx.count(s, f.answered)
    elif form == "n_banjie":
        ctx.count(s, f.answered)
        s.o(ctx.choice(["已", "均已", "已按期"])).tag("ANSWERED", ctx.choice(["办结", "答复", "答复完毕"]))
    elif form == "restated":  # 在2468件政府信息公开申请中，已经答复的2468件
        s.o("在")
        ctx.count(s, f.received + f.carried_over)
        s.o(ctx.choice(["政府信息公开申请", "申请", "依申请公开申请"]), "中，", ctx.choice(["已经", "已", "共"]))
        s.tag("ANSWERED", ctx.choice(["答复", "办结"])).o(ctx.choice(["的", ""]))
        ctx.count(s, f.answered)
    else:
        s.o(ctx.choice(["", "本年度"])).tag("ANSWERED", ctx.choice(["答复", "办结"])).o(ctx.choice(["总数为", "总量为", "数量为"]))
        ctx.count(s, f.answered)
    if rng.random() < 0.3:
        s.o(ctx.choice(["，答复率100%", "，按时办结率100%", "，均在法定期限内予以答复", "，办结率100%",
                        f"，办结率{ctx.pct(f.answered, f.answered + f.carried_forward)}%"]))
    return s


def carried_over(ctx: Ctx, f: Facts) -> Sentence:
    s = Sentence("carry_over")
    lab = ctx.choice(["上年结转", "上年结转", "上年度结转", "上一年度结转"])
    if f.carried_over == 0 and ctx.rng.random() < 0.6:
        s.family = "carry_over:zero"
        s.tag("ZERO", ctx.choice(["无", "没有"])).tag("CARRY_OVER", lab).o(ctx.choice(["申请", "的申请", "件"]))
        return s
    form = ctx.rng.random()
    if form < 0.5:
        s.o(ctx.choice(["", "另有", "加上"])).tag("CARRY_OVER", lab).o(ctx.choice(["", "的", "申请", "政府信息公开申请"]))
        ctx.count(s, f.carried_over)
    elif form < 0.8:
        s.o("另有").tag("CARRY_OVER", lab).o("的")
        ctx.count(s, f.carried_over)
    else:
        s.family = "carry_over:n_pre"
        s.o(ctx.choice(["另有", "含"]))
        ctx.count(s, f.carried_over)
        s.o("为").tag("CARRY_OVER", lab).o(ctx.choice(["申请", "件"]) if ctx.unit != "件" else "申请")
    return s


def carried_forward(ctx: Ctx, f: Facts) -> Sentence:
    rng = ctx.rng
    s = Sentence("carry_forward")
    nxt = ctx.year + 1
    form = rng.choice(["n_shunyan", "jiezhuan_n", "zhengzai", "jiezhuan_year", "n_jiezhuan"])
    s.family = f"carry_forward:{form}"
    if form == "n_shunyan":
        s.o(ctx.choice(["另有", "", "尚有"]))
        ctx.count(s, f.carried_forward)
        s.tag("CARRY_FORWARD", ctx.choice(["顺延至下一年度", "顺延至下一年度", "顺延至下年度", f"顺延至{nxt}年"]))
        s.o(ctx.choice(["办理", "", "继续办理"]))
    elif form == "jiezhuan_n":
        s.tag("CARRY_FORWARD", ctx.choice(["结转下年度", "结转下年", "结转至下一年度"])).o(ctx.choice(["继续办理", "", "办理"]))
        ctx.count(s, f.carried_forward)
    elif form == "zhengzai":
        s.o(ctx.choice(["另有", "尚有", ""]))
        ctx.count(s, f.carried_forward)
        s.tag("CARRY_FORWARD", ctx.choice(["正在办理中", "正在办理"]))
    elif form == "jiezhuan_year":
        s.tag("CARRY_FORWARD", f"结转至{nxt}年")
        ctx.count(s, f.carried_forward)
    else:
        ctx.count(s, f.carried_forward)
        s.tag("CARRY_FORWARD", ctx.choice(["结转至下一年度", "结转下年度"])).o(ctx.choice(["办理", "继续办理", ""]))
    return s


# --- fees ----------------------------------------------------------------------------------------

def fees(ctx: Ctx, f: Facts) -> Sentence:
    from train.synth.values import render_amount

    rng = ctx.rng
    s = Sentence("fees")
    h = ctx.choice(["", f"{ctx.year}年，", "本年度", f"{ctx.subject}", f"{ctx.year}年{ctx.subject}"])
    if f.fee == 0 and rng.random() < 0.8:
        form = rng.choice(["wu_shoufei", "wei_shouqu", "meiyou", "wu_xiang", "ling", "wu_chuli", "bu"])
        s.family = f"fees:zero_{form}"
        s.o(h)
        if form == "wu_shoufei":
            s.o(ctx.choice(["依申请公开办理中", "", "政府信息公开工作", "依申请公开工作中"])).tag("ZERO", "无").tag("FEE", "收费")
            s.o(ctx.choice(["", "情况", "现象"]))
        elif form == "wei_shouqu":
            s.o(ctx.choice(["", "在办理政府信息公开申请中"]), ctx.choice(["", "均", "并"])).tag("ZERO", "未")
            s.o(ctx.choice(["", "向申请人"])).tag("FEE", ctx.choice(["收取任何费用", "收取费用", "收费"]))
        elif form == "meiyou":
            s.tag("ZERO", "没有").o(ctx.choice(["", "向申请人"])).tag("FEE", ctx.choice(["收取费用", "收取任何费用", "收费"]))
        elif form == "wu_xiang":
            s.tag("ZERO", "无").o(ctx.choice(["向申请人", "对信息公开申请人"])).tag("FEE", ctx.choice(["收费", "收取费用"])).o("的情况")
        elif form == "ling":
            s.o("实行").tag("ZERO", "零").tag("FEE", "收费")
        elif form == "bu":  # 暂不收费 / 不收取任何费用: ZERO is 不, the adverb 暂 stays outside
            s.o(ctx.choice(["依申请提供政府信息", "办理政府信息公开申请", ""]), ctx.choice(["暂", "均", "一律", ""]))
            s.tag("ZERO", "不").tag("FEE", ctx.choice(["收费", "收取费用", "收取任何费用"]))
        else:
            s.tag("ZERO", ctx.choice(["无", "未"])).tag("FEE", ctx.choice(["收取信息处理费", "收取信息处理费"])).o(
                ctx.choice(["", "情况"]))
        return s
    amount, unit = render_amount(f.fee, rng, ctx.style)
    s.family = "fees:amount"
    s.o(h, ctx.choice(["共", "", "累计"])).tag("FEE", ctx.choice(["收取信息处理费", "收取费用", "收费", "收取检索复制费用"]))
    s.tag("COUNT", amount).o(unit)
    return s


# --- reconsideration / litigation / complaints ---------------------------------------------------

def _result_item(ctx: Ctx, case: str, kind: str, n: int, form: str) -> Sentence:
    word = ctx.choice(RESULTS[case][kind])
    s = Sentence("cases:result")
    if form == "n_pre":
        ctx.count(s, n, ctx.case_unit)
        if case == "litigation" and kind == "other" and "撤诉" in word:
            s.o(ctx.choice(["原告", "原告主动", ""]))
        elif case == "litigation" and kind in ("upheld", "corrected") and word.startswith("判决"):
            s.o(ctx.choice(["经法院", "", "法院", "一审"]))
        elif kind in ("upheld", "corrected") and word in ("维持", "撤销", "纠正"):
            s.o(ctx.choice(["被", "", "结果为"]))
        s.tag("RESULT", word, kind)
    elif form == "r_n":
        if case == "litigation" and ctx.rng.random() < 0.15:
            s.o(ctx.choice(["一审", "二审"]) if word != "维持原判" else "二审")
        elif word in ("维持", "纠正") and ctx.rng.random() < 0.3:
            s.o(ctx.choice(["结果", "复议", "被"]) if case == "review" else ctx.choice(["结果", "被"]))
        s.tag("RESULT", word, kind)
        ctx.count(s, n, ctx.case_unit)
    else:  # r_de: 原告撤诉的2件
        if case == "litigation" and "撤诉" in word:
            s.o("原告")
        s.tag("RESULT", word, kind).o("的")
        ctx.count(s, n, ctx.case_unit)
    return s


def case_results(ctx: Ctx, case: str, results: list[tuple[str, int]]) -> Sentence:
    form = ctx.rng.choice(["n_pre", "r_n", "r_n", "r_de"])
    kept = [(k, n) for k, n in results if n > 0 or ctx.rng.random() < 0.25] or results[:1]
    items = [_result_item(ctx, case, k, n, form) for k, n in kept]
    return join_items(ctx, items, f"cases:results_{form}")


def case_total(ctx: Ctx, case: str, n: int) -> Sentence:
    s = Sentence("cases:total")
    word = ctx.choice(CASES[case])
    forms = ["case_n", "case_an_n", "bei_case_n", "n_case", "fasheng"] if n else ["case_n", "case_an_n", "fasheng"]
    form = ctx.rng.choice(forms)
    s.family = f"cases:total_{form}"
    if form == "case_n":
        s.tag("CASE", word, case)
        ctx.count(s, n, ctx.case_unit)
    elif form == "case_an_n":
        s.tag("CASE", word, case).o(ctx.choice(["案件", "案", "案件数"]) + ctx.choice(["", "为"]))
        ctx.count(s, n, ctx.case_unit)
    elif form == "bei_case_n":
        verb = {"review": "被申请", "litigation": "被提起", "complaints": "收到"}[case]
        s.o(ctx.choice(["", "因政府信息公开工作", "因政府信息公开答复"]) + verb).tag("CASE", word, case)
        ctx.count(s, n, ctx.case_unit)
    elif form == "n_case":
        ctx.count(s, n, ctx.case_unit)
        s.tag("CASE", word, case).o(ctx.choice(["案件", "", "申请"]) if case == "review" else ctx.choice(["案件", ""]))
    else:
        s.o(ctx.choice(["发生", "收到", "办理"]), ctx.choice(["涉及政府信息公开的", "政府信息公开", "因公开申请引发的", ""]))
        s.tag("CASE", word, case).o(ctx.choice(["案件", "", "申请"]) if case == "review" else ctx.choice(["案件", ""]))
        ctx.count(s, n, ctx.case_unit)
    return s


def cases(ctx: Ctx, f: Facts) -> Sentence:
    """Reconsideration and litigation totals, with their results nested under 其中 or in brackets."""
    rng = ctx.rng
    s = Sentence("cases")
    s.o(ctx.choice(["", f"{ctx.year}年，", "本年度，", f"{ctx.subject}", "全年", f"{ctx.year}年{ctx.subject}"]))
    if f.review and f.review == f.litigation and rng.random() < 0.6:
        s.extend(cases_each(ctx, f))
        s.family = "cases:each"
        return s
    blocks = []
    for case, total, results in (("review", f.review, f.review_results), ("litigation", f.litigation, f.litigation_results)):
        if total == 0 and rng.random() < 0.5:
            continue
        b = case_total(ctx, case, total)
        if case == "litigation" and total > 1 and rng.random() < 0.2:
            b.extend(litigation_kinds(ctx, total))
            results = results if rng.random() < 0.3 else []
        if len(results) == 1 and rng.random() < 0.35:  # 行政复议3件，均获维持
            b.extend(all_results(ctx, case, results[0][0]))
            b.family = "cases:total+all_results"
        elif results and rng.random() < 0.7:
            style = rng.random()
            if style < 0.5:
                b.o(ctx.choice(["，其中", "，其中，", "。其中"]))
                b.extend(case_results(ctx, case, results))
            elif style < 0.8:
                b.o("（")
                b.extend(case_results(ctx, case, results))
                b.o("）")
            else:
                b.o("，")
                b.extend(case_results(ctx, case, results))
            b.family = "cases:total+results"
        blocks.append(b)
    if not blocks:
        return zero_cases(ctx, f)
    fam = "+".join(sorted({b.family for b in blocks}))
    for i, b in enumerate(blocks):
        if i:
            s.o(ctx.choice(["；", "，", "。"]))
        s.extend(b)
    s.family = fam
    return s


#: (lead, result phrase) for one result that covers every counted case: 均获[维持], 均以原告[撤诉]结案.
_ALL_RESULTS: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = {
    ("review", "upheld"): (("，均获", "维持", ""), ("，均被", "维持", ""), ("，复议机关均", "维持原答复", "")),
    ("litigation", "upheld"): (("，均", "胜诉", ""), ("，法院均", "判决驳回原告诉讼请求", ""),
                               ("，均被", "驳回诉讼请求", ""), ("，均获", "维持", "")),
    ("review", "corrected"): (("，均被", "纠正", ""), ("，均被", "撤销", ""), ("，均被", "责令重新答复", "")),
    ("litigation", "corrected"): (("，均", "败诉", ""), ("，法院均", "判决撤销", ""), ("，均被", "纠正", "")),
    ("review", "other"): (("，申请人均已", "撤回复议申请", ""), ("，均已", "终止", "")),
    ("litigation", "other"): (("，均以原告", "撤诉", "结案"), ("，原告均已", "撤诉", ""), ("，均", "调解结案", "")),
    ("review", "pending"): (("，均", "尚未审结", ""), ("，目前均", "正在审理中", "")),
    ("litigation", "pending"): (("，均", "尚未审结", ""), ("，截至年底均", "尚在审理中", "")),
}


def all_results(ctx: Ctx, case: str, kind: str) -> Sentence:
    """，均获[维持] / ，均以原告[撤诉]结案: one result for every counted case (no count of its own)."""
    lead, word, tail = ctx.choice(_ALL_RESULTS[(case, kind)])
    s = Sentence("cases:all_results")
    s.o(lead).tag("RESULT", word, kind).o(tail)
    return s


def cases_each(ctx: Ctx, f: Facts) -> Sentence:
    """[行政复议]和[行政诉讼]各[2]件(，均获[维持]): one distributive count for both case types."""
    rev, lit = ctx.choice(CASES["review"][:3]), ctx.choice(CASES["litigation"][:3])
    s = Sentence("cases:each")
    s.o(ctx.choice(["", "发生", "因政府信息公开被申请", "收到涉及政府信息公开的"]))
    s.tag("CASE", rev, "review").o(ctx.choice(["和", "、", "与"])).tag("CASE", lit, "litigation")
    s.o(ctx.choice(["案件", ""]), ctx.choice(["各", "分别为", "均为"]))
    ctx.count(s, f.review, ctx.case_unit)
    if f.review_results and f.litigation_results and f.review_results[0][0] == f.litigation_results[0][0] \
            and len(f.review_results) == 1 and ctx.rng.random() < 0.6:
        s.extend(all_results(ctx, "review", f.review_results[0][0]))
    return s


def litigation_kinds(ctx: Ctx, total: int) -> Sentence:
    """，其中未经复议直接起诉2件、复议后起诉1件 (the two kinds of lawsuit of the 2021 table)."""
    direct, after = ctx.rng.choice([(total, 0), (0, total)] + [tuple(split_total(total, 2, ctx.rng))] * 3)
    s = Sentence("cases:litigation_kinds")
    s.o(ctx.choice(["，其中", "（其中", "，"]))
    opened = s.text.startswith("（")
    a = Sentence("x").tag("CASE", ctx.choice(["未经复议直接起诉", "直接起诉", "直接向人民法院起诉"]), "litigation.direct")
    ctx.count(a, direct, ctx.case_unit)
    b = Sentence("x").tag("CASE", ctx.choice(["复议后起诉", "经复议后起诉", "复议后提起诉讼"]), "litigation.after_review")
    ctx.count(b, after, ctx.case_unit)
    items = [a, b] if ctx.rng.random() < 0.8 else [b, a]
    s.extend(join_items(ctx, items, "cases:litigation_kinds"))
    if opened:
        s.o("）")
    s.parts = []
    return s


def zero_cases(ctx: Ctx, f: Facts) -> Sentence:
    rng = ctx.rng
    s = Sentence("cases:zero")
    h = ctx.choice(["", f"{ctx.year}年", f"{ctx.year}年，", "本年度", f"{ctx.subject}", "全年"])
    rev, lit = ctx.choice(CASES["review"][:3]), ctx.choice(CASES["litigation"][:3])
    form = rng.choice(["weifasheng", "wei_shoudao", "junwei0", "meiyou", "wu", "single", "three", "three"])
    s.family = f"cases:zero_{form}"
    s.o(h)
    if form == "weifasheng":
        s.o(ctx.choice(["", "", "均", "并"])).tag("ZERO", "未").o(
            ctx.choice(["发生", "发生"]), ctx.choice(["因政府信息公开引起的", "涉及政府信息公开的", "因依申请公开答复引发的", ""]))
        s.tag("CASE", rev, "review").o(ctx.choice(["、", "和", "或"])).tag("CASE", lit, "litigation")
        s.o(ctx.choice(["", "案件", "情况"]))
    elif form == "wei_shoudao":
        s.tag("ZERO", "未").o("收到", ctx.choice(["有关政府信息公开", "涉及政府信息公开的", ""])).tag("CASE", rev, "review")
        if rng.random() < 0.6:
            s.o(ctx.choice(["、提起", "和"])).tag("CASE", lit, "litigation")
        s.o(ctx.choice(["的申请", "申请", "案件"]))
    elif form == "junwei0":
        s.o(ctx.choice(["政府信息公开", "因信息公开引发的", ""])).tag("CASE", rev, "review").o(ctx.choice(["、", "和"]))
        s.tag("CASE", lit, "litigation").o(ctx.choice(["案件", ""]), ctx.choice(["均为", "数量均为", "均是"]))
        ctx.count(s, 0, ctx.choice([ctx.case_unit, "", ctx.case_unit]))
    elif form == "meiyou":
        s.tag("ZERO", "没有").o(ctx.choice(["发生", "出现"]), ctx.choice(["因政府信息公开申请而引起的", "因政府信息公开工作被申请", "涉及政府信息公开的"]))
        s.tag("CASE", rev, "review").o(ctx.choice(["或提起", "和", "、"])).tag("CASE", lit, "litigation")
        s.o(ctx.choice(["的情况", "案件", ""]))
    elif form == "wu":
        s.tag("ZERO", "无").o(ctx.choice(["因政府信息公开工作被申请", "政府信息公开", "涉及政府信息公开的"]))
        s.tag("CASE", rev, "review").o(ctx.choice(["、提起", "和", "或"])).tag("CASE", lit, "litigation")
        s.o(ctx.choice(["的情况", "案件", "情况"]))
    elif form == "three":  # 未发生…行政复议、行政诉讼及申诉案件: one zero for the whole list
        short = rng.random() < 0.35
        names = [("review", "复议" if short else rev), ("litigation", "诉讼" if short else lit),
                 ("complaints", ctx.choice(["申诉", "举报"] if short else ["申诉", "行政申诉", "举报"]))]
        z = ctx.choice(["未", "未", "没有", "无"])
        s.o(ctx.choice(["", "均", "并"]) if z == "未" else "").tag("ZERO", z)
        s.o(ctx.choice(["发生", "出现", "收到"]) if z != "无" else "", ctx.choice(["因政府信息公开引起的", "涉及政府信息公开的",
                                                          "政府信息公开方面的", "因依申请公开答复引发的", ""]))
        for i, (case, word) in enumerate(names):
            if i:
                s.o("、" if i == 1 else ctx.choice(["及", "和", "或", "、"]))
            s.tag("CASE", word, case)
        s.o(ctx.choice(["案件", "情况", "的情况", ""]))
    else:
        case = ctx.choice(["review", "litigation"])
        s.tag("ZERO", ctx.choice(["未", "未", "没有"])).o(ctx.choice(["发生", "收到"]), ctx.choice(["涉及政府信息公开的", "政府信息公开", ""]))
        s.tag("CASE", rev if case == "review" else lit, case).o(ctx.choice(["案件", "申请", ""]))
    return s


def complaints(ctx: Ctx, f: Facts) -> Sentence:
    s = Sentence("complaints")
    if f.complaints == 0:
        s.family = "complaints:zero"
        s.tag("ZERO", ctx.choice(["未", "没有"])).o(ctx.choice(["发生", "收到"]), "政府信息公开")
        s.tag("CASE", "申诉", "complaints").o(ctx.choice(["、", "和"])).tag("CASE", "举报", "complaints")
        s.o(ctx.choice(["", "案件", "情况"]))
        return s
    word = ctx.choice(["行政申诉", "申诉", "举报"])
    s.family = "complaints:n"
    s.o(ctx.choice(["收到有关政府信息公开的", "政府信息公开", ""])).tag("CASE", word, "complaints")
    ctx.count(s, f.complaints, ctx.case_unit)
    return s
