"""A zero assertion is a fact of value 0 for every category it denies, once for a whole list.

A zero word (the tagger's ZERO span, or a narrow lexicon phrase the tagger left unmarked:
:data:`infer.lexicon.ZERO_ASSERTIONS`) denies the categories that follow it up to the next number or
the clause end, crossing 、/和/及/或: every case type of the list gets 0 (tagged or not: the lexicon's
case phrases are read from the text, so 复议、诉讼和申诉 in any script counts), else the fee, else the
received anchor (未收到/没有接到…申请). Case types win over anchors in the same clause
(``未发生因…答复产生的行政复议``). Only when nothing follows does a zero look back, and only in the
predicate forms 为零 / ：无 (``核实无误`` asserts nothing).

Example::

    本年度未发生因政府信息公开引起的[行政复议|CASE]、行政诉讼及申诉案件。
    → review.total=0, litigation.total=0, complaints.total=0

Example::

    本年度[没有|ZERO]接到政府信息公开申请，未向申请人[收取|FEE]任何费用。
    → requests.received=0, fees.amount_yuan=0

Example::

    本年度未發生涉及政府資訊公開的行政複議和行政訴訟案件。
    → review.total=0, litigation.total=0

Example::

    （四）行政复议情况：无。
    → review.total=0

So is a denial of late answers (``无超期答复``): no answered total of 0.

Example::

    所有申请均已[办结|ANSWERED]，[无|ZERO]超期[答复|ANSWERED]。
    → nothing

In a breakdown of channels or applicants, 无 before one more kind and 申请 (no count) is that kind's 0.

Example::

    其中[网上|CHANNEL]申请[9|COUNT]件，[信函|CHANNEL]申请[3|COUNT]件，无[当面|CHANNEL]申请。
    → requests.channel.online=9, requests.channel.mail=3, requests.channel.in_person=0

Example::

    接待来访群众，无[当面|CHANNEL]申请。
    → nothing

A denial of *irregular* charging (``未发生违规收费``, ``无乱收费现象``) says nothing of whether fees were collected:
no fee zero comes from it.

Example::

    收取的费用全部上缴财政，全年[未发生|ZERO]违规[收费|FEE]情况。
    → nothing
"""
from __future__ import annotations

import re

from infer.lexicon import (CASE_SYNONYMS, FEE_CHARGE_WORDS, RESULT_SYNONYMS, ZERO_AFTER, ZERO_ASSERTIONS,
                           category_field, to_simplified)
from infer.prose.doc import DIRECT, ZERO_BACKWARD, Doc, Linked, field_of, resolve, ABSTAIN
from infer.prose.repair import phrases
from infer.prose.spans import Span
from infer.schema import is_field

NAME = "zeros"
#: 无 denies only what it stands right before (无行政复议事项), not a word it forms (无误, 无偿, 无法).
_WU_REACH = 8
#: …unless a qualifier follows it that opens a noun phrase (无因政府信息公开引起的行政复议, 无涉及…的诉讼):
#: then it denies what the phrase ends with, up to the clause end.
_WU_QUALIFIED = re.compile(r"因|涉及|关于|针对|有关|政府信息公开|信息公开|依申请")
_NOT_ZERO_AFTER = re.compile(r"法|误|偿|条件|正当|需|须|论|关|意|效|限|异议")
_RECEIVED_OBJECT = re.compile(r"申请|申請")


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    out = list(links)
    done: set[int] = set()  # clause ids already given their zeros by a tagged ZERO
    for i, z in enumerate(doc.spans):
        if z.label != "ZERO":
            continue
        got = _zero_facts(doc, z, _scope_after(doc, z)) if not _not_assertion(doc, z) else []
        if got:
            done.add(doc.seg.clause_id(z.start))
            out.extend(got)
            continue
        back = _scope_before(doc, i)
        if back and _predicate_zero(doc, z):
            for fld, ev in _fields(doc, z, back):
                out.append(Linked(fld, 0, z, ev, ZERO_BACKWARD, NAME))
    out.extend(_untagged(doc, done, out))
    out.extend(_stated_after(doc, out))
    out.extend(_zero_count_of_list(doc, out))
    out.extend(_none_of_a_kind(doc, out))
    return [l for l in out if not _irregular_fee_denied(doc, l) and not _late_answers_denied(doc, l)]


_NONE_BEFORE = re.compile(r"(无|没有|未有)\s*$")
_KIND_PARENTS = ("requests.channel.", "requests.applicant.")


def _none_of_a_kind(doc: Doc, links: list[Linked]) -> list[Linked]:
    """``网上申请9件，信函申请3件，无当面申请``: in a breakdown of channels (applicants), 无 before one more kind and
    申请, with no count in its clause, is that kind's 0 (the tagger may have put 无 inside the channel span)."""
    out: list[Linked] = []
    have = {l.field for l in links}
    for c in doc.spans:
        if c.label not in ("CHANNEL", "APPLICANT") or not doc.is_prose(c.start):
            continue
        fld = field_of(c)
        if not fld or fld in have or not fld.startswith(_KIND_PARENTS):
            continue
        lead = re.match(r"(无|没有|未有)", doc.simple(c.start, c.end))
        lo = max(0, c.start - 3)
        before = _NONE_BEFORE.search(doc.simple(lo, c.start))
        if lead:
            a, b = c.start, c.start + lead.end()
        elif before:
            a, b = lo + before.start(1), lo + before.end(1)
        else:
            continue
        c_start, c_end = doc.clause_bounds(c.start)
        if not doc.simple(c.end, c_end).lstrip().startswith("申请"):
            continue
        if any(s.is_number and c_start <= s.start < c_end for s in doc.spans):
            continue
        sid = doc.seg.sentence_id(c.start)
        family = fld.rsplit(".", 1)[0] + "."
        if not any(l.field.startswith(family) and l.value and doc.seg.sentence_id(l.number.start) == sid
                   for l in links):
            continue  # not a breakdown: 无 may qualify something else
        z = Span(a, b, "ZERO", 0.9, doc.text[a:b])
        out.append(Linked(fld, 0, z, [c], ZERO_BACKWARD, NAME))
        have.add(fld)
    return out


_LATE = re.compile(r"超期|逾期|延期|超时|超过期限")


def _late_answers_denied(doc: Doc, l: Linked) -> bool:
    """A zero of answers late (无超期答复, 未出现逾期答复): no answered total of 0."""
    if l.field != "requests.outcome.total" or l.value != 0:
        return False
    _, end = doc.clause_bounds(l.number.end)
    return bool(_LATE.search(doc.simple(l.number.end, end)))


#: Before a fee word: the charging denied is irregular charging, not charging at all.
_IRREGULAR = re.compile(r"(违规|违法|乱|擅自|超标准|超范围|不合理|多)\s*$")
_FEE_WORDS = re.compile(r"收费|收取|费用")


def _irregular_fee_denied(doc: Doc, l: Linked) -> bool:
    """A fee zero whose fee word follows 违规/乱/擅自 … (未发生违规收费): no statement about fees collected."""
    if l.field != "fees.amount_yuan" or l.value != 0 or l.number.label != "ZERO":
        return False
    _, end = doc.clause_bounds(l.number.end)
    after = doc.simple(l.number.end, end)
    fee = _FEE_WORDS.search(after)
    return fee is not None and bool(_IRREGULAR.search(after[:fee.start()]))


def _zero_count_of_list(doc: Doc, links: list[Linked]) -> list[Linked]:
    """A count of 0 after a list of case types (``行政复议、行政诉讼的情况为零``, ``复议、诉讼和申诉案件均为0件``) is
    0 for each of them: one total for two categories is no fact when it is positive, but a sum of zero
    leaves every part zero. Read back to the clause start or the previous number; not when a result word
    stands there (行政复议被纠错0件 counts a result)."""
    out: list[Linked] = []
    have = {(l.number.start, l.field) for l in links}
    numbers = [s for s in doc.spans if s.label == "COUNT"]
    for i, n in enumerate(numbers):
        if not doc.is_prose(n.start) or doc.count_value(n) != 0:
            continue
        c_start, _ = doc.clause_bounds(n.start)
        lo = max([c_start] + [p.end for p in numbers[:i] if p.end <= n.start])
        if _result_words(doc, lo, n.start):
            continue
        tagged = [s for s in doc.spans if s.label == "CASE" and lo <= s.start and s.end <= n.start]
        cases = sorted(tagged + _case_phrases(doc, lo, n.start, tagged), key=lambda s: s.start)
        fields = {f"{field_of(c)}.total": c for c in cases if field_of(c) is not None}
        if len(fields) < 2:
            continue
        for f, c in fields.items():
            if is_field(f) and (n.start, f) not in have:
                out.append(Linked(f, 0, n, [c], ZERO_BACKWARD, NAME))
    return out


#: 行政复议情况：无。 / 行政诉讼为零。 / 行政复议、行政诉讼均未发生。 / …无一例。 / 行政诉讼无。: a zero stated
#: after what it denies, ending its clause.
_ZERO_PREDICATES = (
    re.compile(r"(：|:|为|是)\s*(本年度|本年|全年|今年|当年|[0-9０-９]{4}年度?)?\s*(?P<z>无|零|没有|0|０)\s*"
               r"(件|起|宗|例|个|次)?\s*(?=[。；;，,\n]|$)"),
    # a line that says only 无。 under a heading naming what it denies (收费及减免情况 / 无。)
    re.compile(r"(?m)^[ \t\u3000]*(?P<z>无|没有|暂无)[ \t\u3000]*[。.]?[ \t\u3000]*$"),
    re.compile(r"(均|都|皆|也|亦|全部|全都)?\s*(?P<z>未发生|未曾发生|未出现|没有发生|没发生|未有|无一例|无一起|无一件|"
               r"无一宗|均无|都没有)\s*(?=[。；;，,\n]|$)"),
    # 行政诉讼无。 / 收费无。: a case or fee phrase of the lexicon, then 无 closing the clause
    re.compile("(" + "|".join(sorted({*(p for ps in CASE_SYNONYMS.values() for p in ps), "案件", *FEE_CHARGE_WORDS},
                                     key=len, reverse=True)) + r")\s*(?P<z>无|没有)\s*(?=[。；;，,\n]|$)"),
)


#: A count above zero with a unit of cases.
_POSITIVE_COUNT = re.compile(r"([1-9１-９][0-9０-９]*|[一二两兩三四五六七八九十]+)\s*(件|起|宗|例|个|個|次)")
_FIGURE_OR_SEMICOLON = re.compile(r"[0-9０-９]+(?![0-9０-９]|\s*年)|[；;]")  # a year (2021年) is no figure


def _stated_after(doc: Doc, links: list[Linked]) -> list[Linked]:
    """A predicate zero the tagger left unmarked denies the case types (or the fee) named before it in
    its sentence, with no number between (``（五）行政复议情况：无。`` → review.total 0)."""
    out: list[Linked] = []
    zero_at = {l.number.start for l in links if l.value == 0}
    simple = doc.simple_where("无無零没沒未0０")
    matches = sorted({(m.start("z"), m.end("z")) for rx in _ZERO_PREDICATES for m in rx.finditer(simple)})
    for a, b in matches:
        if a in zero_at or not doc.is_prose(a):
            continue
        s_start, _ = doc.seg.sentence_bounds(a)
        heading = _heading_above(doc, a)
        if heading is not None:
            s_start = heading
        numbers = [s.end for s in doc.spans if s.is_number and s_start <= s.start < a]
        before = doc.simple(s_start, a)
        # an untagged figure or a ； before the zero ends what it denies (行政复议：3件；行政诉讼：0件)
        cut = max([m.end() for m in _FIGURE_OR_SEMICOLON.finditer(before)] + [0])
        lo = max(numbers + [s_start, s_start + cut])
        tagged = [s for s in doc.spans if not s.is_number and lo <= s.start and s.end <= a]
        scope = sorted(tagged + _case_phrases(doc, lo, a, tagged) + _fee_phrase(doc, lo, a, tagged),
                       key=lambda s: s.start)
        scope = [s for s in scope if s.label in ("CASE", "FEE")]
        if scope and _result_words(doc, scope[-1].end, a):
            continue  # 行政复议被纠错的情况：无 denies a result, not the cases
        z = Span(a, b, "ZERO", 0.9, doc.text[a:b])
        for f, ev in _fields(doc, z, scope):
            out.append(Linked(f, 0, z, ev, ZERO_BACKWARD, NAME))
    return out


#: A heading line: short, no full stop (四、行政复议情况 / （三）收费及减免情况).
_HEADING_LINE = re.compile(r"[^。！？!?]{2,40}")


def _heading_above(doc: Doc, a: int) -> int | None:
    """Start of the heading line right above ``a`` when the zero at ``a`` opens its own line (``…情况\n无。``),
    else ``None``: the zero then denies what the heading names."""
    line_start = doc.text.rfind("\n", 0, a) + 1
    if doc.text[line_start:a].strip(" \t\u3000"):
        return None
    prev_end = line_start - 1
    while prev_end > 0 and not doc.text[doc.text.rfind("\n", 0, prev_end) + 1:prev_end].strip():
        prev_end = doc.text.rfind("\n", 0, prev_end)  # skip blank lines
    if prev_end <= 0:
        return None
    prev_start = doc.text.rfind("\n", 0, prev_end) + 1
    return prev_start if _HEADING_LINE.fullmatch(doc.text[prev_start:prev_end].strip()) else None


def _not_assertion(doc: Doc, z: Span) -> bool:
    """无 that forms a word (无误, 无偿, 无法) asserts no zero; nor does a zero word inside a category
    phrase (没有现成信息 is a reason, 尚未审结 a result)."""
    if any(not s.is_number and s.start <= z.start < s.end for s in doc.spans):
        return True
    if doc.simple(z.start, z.end + 4).startswith(_INSIDE_PHRASES):
        return True
    return doc.simple(z.start, z.end).endswith("无") and bool(_NOT_ZERO_AFTER.match(doc.simple(z.end, z.end + 2)))


#: Zero words that begin a category phrase of the lexicon, not a zero assertion.
_INSIDE_PHRASES = ("没有现成", "无法提供", "未审结", "未结案")


def _result_words(doc: Doc, lo: int, hi: int) -> bool:
    """A case result of the lexicon written in ``text[lo:hi]`` (没有发生行政复议被纠正的情况 denies a
    result, not the cases); 总计/合计 sum the cases and are no result."""
    simple = doc.simple(lo, hi)
    return any(p in simple for p in phrases("RESULT") if p not in RESULT_SYNONYMS["total"])


def _scope_after(doc: Doc, z: Span) -> list[Span]:
    scope: list[Span] = []
    clause = doc.seg.clause_id(z.start)
    for s in doc.spans:
        if s.start < z.end:
            continue
        if s.is_number or doc.seg.clause_id(s.start) != clause:
            break
        scope.append(s)
    return scope


def _scope_before(doc: Doc, i: int) -> list[Span]:
    z = doc.spans[i]
    scope: list[Span] = []
    for s in reversed(doc.spans[:i]):
        if s.is_number or doc.seg.piece_id(s.start) != doc.seg.piece_id(z.start):
            break
        scope.insert(0, s)
    return [s for s in scope if field_of(s) is not None]


def _predicate_zero(doc: Doc, z: Span) -> bool:
    """为零 / ：无 / a zero word ending its clause: a statement that what came before is zero."""
    around = doc.simple(max(0, z.start - 2), min(len(doc.text), z.end + 1))
    if any(w in around for w in ZERO_AFTER) or "零" in z.text:
        return True
    _, end = doc.clause_bounds(z.start)
    return not doc.text[z.end:end].strip(" 。．.")


def _case_phrases(doc: Doc, lo: int, hi: int, tagged: list[Span]) -> list[Span]:
    """Case phrases of the lexicon in ``text[lo:hi]`` that no tagged span covers (longest first)."""
    simple = doc.simple(lo, hi)
    taken = [(s.start, s.end) for s in tagged]
    found: list[Span] = []
    for p in phrases("CASE"):
        k = simple.find(p)
        while k != -1:
            a, b = lo + k, lo + k + len(p)
            if not any(a < e and s < b for s, e in taken):
                taken.append((a, b))
                found.append(Span(a, b, "CASE", 0.9, doc.text[a:b]))
            k = simple.find(p, k + 1)
    return sorted(found, key=lambda s: s.start)


#: A fee phrase the tagger left unmarked after a zero word (不收取任何费用, 免收复制费): the lexicon's charge
#: words, when the stretch names a charge (费), so 未收取申请材料 is no fee.
_FEE_WORDS = re.compile("|".join(sorted(map(re.escape, FEE_CHARGE_WORDS), key=len, reverse=True)))


def _fee_phrase(doc: Doc, lo: int, hi: int, tagged: list[Span]) -> list[Span]:
    """The first fee phrase of the lexicon in ``text[lo:hi]`` as an untagged FEE span, when no span is tagged
    there and the stretch says 费."""
    if tagged:
        return []
    simple = doc.simple(lo, hi)
    m = _FEE_WORDS.search(simple)
    if not m or "费" not in simple:
        return []
    if m.group() == "免费":
        c_start, c_end = doc.clause_bounds(lo)
        if "申请" not in doc.simple(c_start, c_end):
            return []  # 免费发放宣传资料: free of charge, but not a request's fee
    a, b = lo + m.start(), lo + m.end()
    return [Span(a, b, "FEE", 0.9, doc.text[a:b])]


def _case_types_in(phrase: str) -> list[str]:
    """Every case type a case phrase names, read longest phrase first without overlaps: 复议诉讼 (two words run
    together) names review and litigation, 复议后起诉 only litigation.after_review."""
    simple = to_simplified(phrase).lower()
    taken = [False] * len(simple)
    found: list[tuple[int, str]] = []
    for p in phrases("CASE"):
        k = simple.find(p)
        while k != -1:
            if not any(taken[k:k + len(p)]):
                taken[k:k + len(p)] = [True] * len(p)
                case = category_field("CASE", p)
                if case is not None:
                    found.append((k, case))
            k = simple.find(p, k + 1)
    cases = [c for _, c in sorted(found)]
    return list(dict.fromkeys(cases)) or [c for c in [category_field("CASE", phrase)] if c]


def _fields(doc: Doc, z: Span, scope: list[Span]) -> list[tuple[str, list[Span]]]:
    mapped = [c for c in scope if field_of(c) is not None]
    cases = [c for c in mapped if c.label == "CASE"]
    results = [c for c in mapped if c.label == "RESULT"]
    if cases and not results:
        seen: dict[str, list[Span]] = {}
        for c in cases:
            for case in _case_types_in(c.text):
                seen.setdefault(f"{case}.total", [c])
        return [(f, e) for f, e in seen.items() if is_field(f)]
    if not mapped:
        return []
    fees = [c for c in mapped if c.label == "FEE"]
    if fees and not results:
        return [("fees.amount_yuan", fees[:1])]
    r = resolve(doc, z, mapped, one_of_list=True)
    if r is None or r is ABSTAIN or not is_field(r[0]):
        return []
    return [(r[0], r[1])]


_RECEIVING = re.compile(r"\s*(收到|接到|受理|接收|收|接)")


def _receiving(doc: Doc, z: Span, stop: int, scope: list[Span]) -> list[Span]:
    """没有接到…申请 with no anchor tagged: the receiving verb right after the zero word, when the clause
    goes on to say 申请, stands for the RECEIVED anchor."""
    if any(field_of(s) is not None for s in scope):
        return []
    zero_text = doc.simple(z.start, z.end)
    simple = doc.simple(z.end, stop)
    m = _RECEIVING.match(simple)
    tail = zero_text[-2:] if len(zero_text) >= 2 else ""
    if m:
        a, b = z.end + m.start(1), z.end + m.end(1)
    elif tail in ("收到", "接到", "受理"):
        a, b = z.end - 2, z.end
    else:
        return []
    req = _RECEIVED_OBJECT.search(simple)
    if not req:
        return []
    obj = doc.simple(b, z.end + req.start())
    if len(obj) > 2 and "公开" not in obj:
        return []  # 未收到营业执照申请: not a disclosure request
    return [Span(a, b, "RECEIVED", 0.9, doc.text[a:b])]


def _zero_facts(doc: Doc, z: Span, scope: list[Span]) -> list[Linked]:
    _, end = doc.clause_bounds(z.start)
    stop = min([s.start for s in doc.spans if s.is_number and s.start >= z.end] + [end])
    if not any(s.label == "RESULT" for s in scope) and _result_words(doc, z.end, stop):
        return []  # a result the tagger left unmarked: which field is denied is unsure
    scope = scope + _case_phrases(doc, z.end, stop, scope)
    scope += _receiving(doc, z, stop, scope)
    scope.sort(key=lambda s: s.start)
    return [Linked(f, 0, z, ev, DIRECT, NAME) for f, ev in _fields(doc, z, scope)]


def _untagged(doc: Doc, done: set[int], links: list[Linked]) -> list[Linked]:
    """Zero phrases the tagger did not mark: 未发生…行政复议 with no ZERO span."""
    out: list[Linked] = []
    zero_at = {l.number.start for l in links if l.value == 0}
    pattern = re.compile("|".join(sorted(map(re.escape, ZERO_ASSERTIONS), key=len, reverse=True)))
    simple = doc.simple_where("未无無没沒零不免")
    for m in pattern.finditer(simple):
        a, b = m.start(), m.end()
        clause = doc.seg.clause_id(a)
        if clause in done or any(a <= p < b + 2 for p in zero_at) or not doc.is_prose(a):
            continue
        if simple.startswith("未经", a) or simple[max(0, a - 1):a] == "尚" and m.group() != "尚未发生":
            continue
        if m.group().startswith("免") and simple[max(0, a - 1):a] == "减":
            continue  # 减免费用: fees reduced or waived for some, not a zero fee
        if any(s.is_number and s.start < b <= s.end for s in doc.spans):
            continue
        z = Span(a, b, "ZERO", 0.9, doc.text[a:b])
        _, end = doc.clause_bounds(a)
        stop = min([s.start for s in doc.spans if s.is_number and s.start >= b] + [end])
        if m.group() == "无":
            if _NOT_ZERO_AFTER.match(simple, b):
                continue
            if not _WU_QUALIFIED.match(simple, b):
                stop = min(stop, b + _WU_REACH)
        # the zero phrase may hold its verb (没有收取): spans from its start on are in scope
        if _result_words(doc, b, stop) or doc.simple(a, a + 5).startswith(_INSIDE_PHRASES):
            continue
        if _POSITIVE_COUNT.search(simple, b, end):
            continue  # 因未及时答复被申请行政复议1件: the clause counts cases, the zero word qualifies a cause
        tagged = [s for s in doc.spans if not s.is_number and a <= s.start and s.end <= stop]
        scope = tagged + _case_phrases(doc, a, stop, tagged) + _fee_phrase(doc, a, stop, tagged)
        scope = sorted(scope + _receiving(doc, z, stop, scope), key=lambda s: s.start)
        if not any(s.label == "CASE" for s in scope):
            scope = [s for s in scope if s.label in ("FEE", "RECEIVED")]
            if any(s.label == "RECEIVED" for s in scope) and not _RECEIVED_OBJECT.search(simple, b, stop):
                scope = [s for s in scope if s.label != "RECEIVED"]
        for f, ev in _fields(doc, z, scope):
            out.append(Linked(f, 0, z, ev, DIRECT * 0.9, NAME))
        if scope:
            done.add(clause)
    return out
