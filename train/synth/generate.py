"""Compose synthetic passages from the phrasing families and turn them into corpus examples.

A passage is one to four sentences, or a whole section (heading + 依申请公开 paragraph + 复议诉讼 +
收费), optionally embedded among unrelated report sentences. Every passage gets its own random
stream derived from ``(seed, index)``, so ``generate(cfg, n, seed)`` is deterministic and any
prefix of a larger run equals a smaller run. Traditional script is produced by OpenCC per segment,
so span offsets are recomputed after conversion and stay character-exact.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from opencc import OpenCC

from annotations.corpus import Example, Span
from train.synth import families as fam
from train.synth.distractors import boilerplate, heading
from train.synth.grammar import Ctx, Seg, Sentence
from train.synth.values import sample_style

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parents[2] / "configs" / "synth.yaml"

_PLACES = ("武陵", "青山", "东湖", "临川", "平安", "清河", "南岭", "白云", "金水", "沙湾", "龙泉", "高新",
           "经开", "滨海", "西城", "长安", "新华", "城关", "开元", "望江", "兴隆", "永宁", "江北", "海陵",
           "桃源", "云岩", "凤翔", "石门", "柳林", "双桥", "北湖", "丰泽")
_DEPTS = ("生态环境局", "自然资源和规划局", "住房和城乡建设局", "卫生健康委员会", "发展和改革委员会", "教育局",
          "公安局", "人力资源和社会保障局", "市场监督管理局", "交通运输局", "财政局", "民政局", "农业农村局",
          "水务局", "应急管理局", "城市管理局", "司法局", "退役军人事务局", "统计局", "商务局", "卫健委",
          "住建委", "规划和自然资源委员会")
_CONVERTERS: dict[str, OpenCC] = {}
#: The section a passage kind belongs under (for its heading).
_TOPIC = {"requests_full": "requests", "requests_short": "requests", "outcomes": "requests", "cases": "cases",
          "fees": "fees", "zero_report": "requests"}
#: Families of sentences that only glue others together (not a phrasing of their own).
_CONTAINER_FAMILIES = {"block", "cases", "outcomes:sub", "cases:result"}


class SynthConfigError(ValueError):
    """The generator configuration is unusable (missing file, bad weights)."""


def load_config(path: Path | str | None = None) -> dict[str, Any]:
    p = Path(path) if path else DEFAULT_CONFIG_PATH
    try:
        cfg = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except FileNotFoundError as e:
        raise SynthConfigError(f"generator config not found: {p}") from e
    except yaml.YAMLError as e:
        raise SynthConfigError(f"{p}: not valid YAML: {e}") from e
    if not isinstance(cfg, dict):
        raise SynthConfigError(f"{p}: expected a mapping at the top level")
    mix = cfg.get("mix", {})
    if mix and (not all(isinstance(v, (int, float)) and v >= 0 for v in mix.values()) or sum(mix.values()) <= 0):
        raise SynthConfigError(f"{p}: mix weights must be non-negative numbers with a positive sum")
    return cfg


# --- context ------------------------------------------------------------------------------------

def _subject(rng: random.Random) -> str:
    place = rng.choice(_PLACES)
    r = rng.random()
    if r < 0.45:
        return rng.choice(["全区", "全县", "全市", "我区", "我县", "我市", "我局", "我委", "本机关", "本单位",
                           "全镇", "本街道", "我办"])
    if r < 0.6:
        return rng.choice(["县政府及其工作部门", "区政府及各部门", "县政府及县直各单位", "各镇（街道）",
                           "区政府各部门、各街道", "全区各级行政机关"])
    if r < 0.8:
        return f"{place}{rng.choice(['区', '县', '市'])}{rng.choice(_DEPTS)}"
    return f"{place}{rng.choice(['区人民政府', '县人民政府', '街道办事处', '镇人民政府', '市人民政府'])}"


def make_ctx(rng: random.Random, cfg: dict) -> Ctx:
    year = rng.randint(cfg.get("years", [2008, 2025])[0], cfg.get("years", [2008, 2025])[1])
    new_era = year >= 2019
    if rng.random() < cfg.get("probabilities", {}).get("era_crossover", 0.1):
        new_era = not new_era
    units = cfg.get("units", {"件": 70, "条": 10, "项": 5, "个": 4, "份": 4, "宗": 3, "人次": 1})
    if not new_era and rng.random() < 0.3:
        unit = "条"
    else:
        unit = rng.choices(list(units), list(units.values()))[0]
    cunits = cfg.get("case_units", {"件": 60, "起": 25, "宗": 8, "个": 5})
    case_unit = rng.choices(list(cunits), list(cunits.values()))[0]
    return Ctx(rng=rng, cfg=cfg, style=sample_style(rng, cfg.get("numbers", {})), year=year, unit=unit,
               case_unit=case_unit, subject=_subject(rng), new_era=new_era)


# --- passage types ------------------------------------------------------------------------------

def _clauses_to_sentence(ctx: Ctx, clauses: list[Sentence], family: str) -> Sentence:
    """Join clauses into one sentence with ，/；/。 and a final 。."""
    s = Sentence(family)
    for i, c in enumerate(clauses):
        if i:
            s.o(ctx.rng.choices(["，", "；", "。"], [6, 1, 2])[0])
        s.extend(c)
    s.o("。")
    return s


def _requests_block(ctx: Ctx, f: fam.Facts, *, short: bool) -> list[Sentence]:
    p = ctx.p
    out: list[Sentence] = []
    first = [fam.received(ctx, f)]
    if f.received > 0 and p("channels", 0.75):
        first.append(fam.channels(ctx, f))
    if f.carried_over and p("carry_over", 0.25):
        c = fam.carried_over(ctx, f)
        first.insert(0 if ctx.rng.random() < 0.3 else len(first), c)
    out.append(_clauses_to_sentence(ctx, first, "block"))
    if f.received > 2 and p("department_breakdown", 0.08):  # per-department counts: not the total (O)
        out.append(_clauses_to_sentence(ctx, [fam.department_breakdown(ctx, f)], "block"))
    if short and ctx.rng.random() < 0.5:
        return out
    if f.received > 0 and p("applicants", 0.45 if ctx.new_era else 0.15):
        out.append(_clauses_to_sentence(ctx, [fam.applicants(ctx, f)], "block"))
    second: list[Sentence] = []
    if (f.received > 0 or f.carried_over) and p("outcomes", 0.65):
        if p("answered", 0.5) and f.answered > 0:
            second.append(fam.answered(ctx, f))
            second.append(fam.outcomes(ctx, f, lead=True))
        else:
            second.append(fam.outcomes(ctx, f, lead=True))
    elif f.received > 0 and f.answered > 0 and p("answered", 0.4):
        second.append(fam.answered(ctx, f))
    if f.carried_forward and p("carry_forward", 0.4):
        second.append(fam.carried_forward(ctx, f))
    if second:
        out.append(_clauses_to_sentence(ctx, second, "block"))
    if not short and p("fees_in_requests", 0.3):
        out.append(_clauses_to_sentence(ctx, [fam.fees(ctx, f)], "block"))
    return out


def _cases_block(ctx: Ctx, f: fam.Facts) -> list[Sentence]:
    out = [_clauses_to_sentence(ctx, [fam.cases(ctx, f)], "block")]
    if ctx.p("complaints", 0.15):
        out.append(_clauses_to_sentence(ctx, [fam.complaints(ctx, f)], "block"))
    return out


def _outcomes_block(ctx: Ctx, f: fam.Facts) -> list[Sentence]:
    for _ in range(20):  # an outcome breakdown needs answered requests
        if f.answered > 0:
            break
        f = fam.sample_facts(ctx)
    clauses = []
    if ctx.p("answered", 0.5):
        clauses.append(fam.answered(ctx, f))
    clauses.append(fam.outcomes(ctx, f, lead=bool(clauses) or ctx.rng.random() < 0.5))
    return [_clauses_to_sentence(ctx, clauses, "block")]


def _zero_report(ctx: Ctx, f: fam.Facts) -> list[Sentence]:
    f.received = 0
    f.review = f.litigation = 0
    f.fee = 0
    out = [_clauses_to_sentence(ctx, [fam.received(ctx, f)], "block")]
    if ctx.rng.random() < 0.8:
        out.append(_clauses_to_sentence(ctx, [fam.zero_cases(ctx, f)], "block"))
    if ctx.rng.random() < 0.5:
        out.append(_clauses_to_sentence(ctx, [fam.fees(ctx, f)], "block"))
    ctx.rng.shuffle(out) if ctx.rng.random() < 0.2 else None
    return out


def _section(ctx: Ctx, f: fam.Facts) -> list[Sentence]:
    """A whole 依申请公开 + 复议诉讼 section, as it sits in a report."""
    out = [heading(ctx, "requests")]
    if ctx.rng.random() < 0.5:
        out.append(boilerplate(ctx))
    out += _requests_block(ctx, f, short=False)
    if ctx.rng.random() < 0.6:
        out.append(heading(ctx, "cases"))
    out += _cases_block(ctx, f)
    return out


def _passage(ctx: Ctx, kind: str) -> list[Sentence]:
    f = fam.sample_facts(ctx)
    if kind == "requests_full":
        return _requests_block(ctx, f, short=False)
    if kind == "requests_short":
        return _requests_block(ctx, f, short=True)
    if kind == "outcomes":
        return _outcomes_block(ctx, f)
    if kind == "cases":
        return _cases_block(ctx, f)
    if kind == "fees":
        return [_clauses_to_sentence(ctx, [fam.fees(ctx, f)], "block")]
    if kind == "zero_report":
        return _zero_report(ctx, f)
    if kind == "section":
        return _section(ctx, f)
    if kind == "distractors":
        return [boilerplate(ctx) for _ in range(ctx.rng.randint(1, 4))]
    raise SynthConfigError(f"unknown passage kind {kind!r} in mix")


# --- rendering ----------------------------------------------------------------------------------

_HALF = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"})


def _converter(name: str):
    if name == "simplified":
        return None
    base = "s2twp" if name == "s2twp_web" else name
    if base not in _CONVERTERS:
        _CONVERTERS[base] = OpenCC(base)
    cc = _CONVERTERS[base]
    if name == "s2twp_web":  # Taiwan phrasing (網路, 檔案) but 信息 kept, as converted web pages do
        return lambda t: cc.convert(t).replace("資訊", "信息")
    return cc.convert


@dataclass
class Rendered:
    example: Example
    intents: list[str | None]  # per span, the field the generator meant (for tests)


def render(sentences: list[Sentence], *, script: str, half_punct: bool, joiner: str,
           meta: dict[str, Any]) -> Rendered:
    conv = _converter(script)
    text_parts: list[str] = []
    spans: list[tuple[Span, str | None]] = []
    pos = 0
    for i, sent in enumerate(sentences):
        if i:
            text_parts.append(joiner)
            pos += len(joiner)
        for seg in sent.segs:
            t = seg.text
            if conv:
                t = conv(t)
            if half_punct and "“" not in t:
                t = t.translate(_HALF)
            if seg.label:
                spans.append((Span(pos, pos + len(t), seg.label), seg.intent))
            text_parts.append(t)
            pos += len(t)
    ex = Example(text="".join(text_parts), spans=[s for s, _ in spans], part="synthetic", meta=meta)
    ex.check()
    return Rendered(ex, [i for _, i in spans])


def generate_one(cfg: dict, seed: int, index: int) -> Rendered:
    rng = random.Random(seed * 1_000_003 + index)
    ctx = make_ctx(rng, cfg)
    mix = cfg.get("mix") or {"requests_full": 1}
    kind = rng.choices(list(mix), list(mix.values()))[0]
    sents = _passage(ctx, kind)
    has_context = False
    if kind not in ("distractors", "section") and ctx.p("context", 0.45):
        has_context = True
        before = [boilerplate(ctx) for _ in range(rng.choice([0, 1, 1, 2]))]
        after = [boilerplate(ctx) for _ in range(rng.choice([0, 1, 1, 2]))]
        if not before and not after:
            before = [boilerplate(ctx)]
        if rng.random() < 0.25:
            before.append(heading(ctx, _TOPIC.get(kind, "other")))
        sents = before + sents + after
    elif kind not in ("distractors", "section") and ctx.p("heading", 0.15):
        sents = [heading(ctx, _TOPIC.get(kind, "other"))] + sents
    elif kind == "distractors" and rng.random() < 0.2:
        sents = [heading(ctx, rng.choice(["other", "other", "requests", "cases", "fees"]))] + sents
    trad = cfg.get("traditional", {})
    script = "simplified"
    if rng.random() < trad.get("p", 0.2):
        variants = trad.get("variants", {"s2twp_web": 2, "s2twp": 1, "s2t": 1, "s2tw": 1, "s2hk": 1})
        script = rng.choices(list(variants), list(variants.values()))[0]
    half = ctx.p("half_width_punct", 0.25)
    joiner = rng.choices(["", "\n", " "], [6, 3, 1])[0]
    # headings always end a line
    meta = {
        "generator": "train.synth", "seed": seed, "index": index, "kind": kind, "script": script,
        "year": ctx.year, "new_era": ctx.new_era,
        "families": sorted({f for s in sents if s.is_fact for f in s.all_families()} - _CONTAINER_FAMILIES),
        "distractors": sorted({s.family for s in sents if not s.is_fact}),
        "context": has_context,
    }
    return render(sents, script=script, half_punct=half, joiner=joiner, meta=meta)


def generate(config: dict | None, n: int, seed: int) -> list[Example]:
    """``n`` synthetic examples, deterministic for ``(config, seed)``."""
    cfg = config if config is not None else load_config()
    return [generate_one(cfg, seed, i).example for i in range(n)]


# --- dataset report -----------------------------------------------------------------------------

def report(examples: list[Example]) -> dict[str, Any]:
    labels: Counter[str] = Counter()
    families: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    dis = 0
    pure = 0
    for ex in examples:
        labels.update(s.label for s in ex.spans)
        families.update(ex.meta.get("families", []))
        kinds[ex.meta.get("kind", "?")] += 1
        scripts[ex.meta.get("script", "?")] += 1
        if ex.meta.get("distractors"):
            dis += 1
        if not ex.spans:
            pure += 1
    n = max(len(examples), 1)
    return {
        "examples": len(examples),
        "labels": dict(labels.most_common()),
        "kinds": dict(kinds.most_common()),
        "families": dict(sorted(families.items())),
        "scripts": dict(scripts.most_common()),
        "traditional_ratio": round(1 - scripts.get("simplified", 0) / n, 3),
        "with_distractor_ratio": round(dis / n, 3),
        "no_span_ratio": round(pure / n, 3),
        "mean_chars": round(sum(len(e.text) for e in examples) / n, 1),
    }
