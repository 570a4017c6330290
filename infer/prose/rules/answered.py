"""``收到申请9件，均已按时答复`` → ``requests.outcome.total`` 9: requests said to be all answered.

After a received total, a clause whose answer verb (答复, 回复, 办结 …) is preceded by 均/全部/都/已 (or
any answer verb, when the total is 1) gives the answered total the same value. The clause may be in
the same sentence, open the next one (``已全部办结：…``), or sit in a later sentence that says it speaks of
the requests (``对收到的申请……全部按时答复完毕``, ``所有申请均已按时答复``). The clause has no count of its
own, or restates the total (``3件申请均在法定期限内答复``); a bracketed aside after the verb is not read
(``全部办结（涉及行政复议1件…）``). Clauses that only break the total down (by
channel or applicant) may stand between; any other count stops the search. Nothing is added when the
prose states the answered total itself.

Example::

    全年[收到|RECEIVED]政府信息公开申请[9|COUNT]件，均已按时答复。
    → requests.received=9, requests.outcome.total=9

Example::

    全年[受理|RECEIVED]申请[12|COUNT]件，其中[网上|CHANNEL]申请[8|COUNT]件、[当面|CHANNEL]申请[4|COUNT]件。已全部办结。
    → requests.received=12, requests.channel.online=8, requests.channel.in_person=4, requests.outcome.total=12

Example::

    全年[收到|RECEIVED]政府信息公开申请[9|COUNT]件，其中[7|COUNT]件已答复。
    → requests.received=9

Breakdowns of the total may stand between it and the answering clause, in any number of sentences: channel or
applicant counts, parts of the year (上半年8件) or of the topics (涉及征收补偿的11件), a list by handling unit, a combined channel or outcome the linker abstained on (信函及传真申请7件), outcome counts. Then the
answering clause must open its sentence (after a time phrase such as 截至年底 at most), restate the total
(``截至年底，30件申请已全部答复``) or close a sentence that breaks the total down (``…不予公开1件，均已按期答复``): a clause deep
inside another sentence may speak of something else. The search stops at a top-level heading not about
requests (三、…咨询情况: a new section), and skips a clause that names something else a body answers (咨询, 留言, 问题,
建议).

Example::

    本年[受理|RECEIVED]申请[16|COUNT]件。其中[网上|CHANNEL]申请[10|COUNT]件，[当面|CHANNEL]申请[6|COUNT]件。截至年底已全部办结。
    → requests.received=16, requests.channel.online=10, requests.channel.in_person=6, requests.outcome.total=16

Example::

    共[收到|RECEIVED]申请[11|COUNT]件，[信函|CHANNEL]及[传真|CHANNEL]申请[4|COUNT]件。申请多涉及征地补偿。截至12月底，11件申请已全部答复。
    → requests.received=11, requests.outcome.total=11

Example::

    共[收到|RECEIVED]申请[5|COUNT]件，[予以公开|OUTCOME][3|COUNT]件，[不予公开|OUTCOME][2|COUNT]件，均已在期限内答复申请人。
    → requests.received=5, requests.outcome.disclosed=3, requests.outcome.withheld=2, requests.outcome.total=5

Example::

    共[收到|RECEIVED]申请[7|COUNT]件。经审查，[予以公开|OUTCOME][6|COUNT]件，[不予公开|OUTCOME][1|COUNT]件，均已按期答复。
    → requests.received=7, requests.outcome.disclosed=6, requests.outcome.withheld=1, requests.outcome.total=7

Example::

    本年[收到|RECEIVED]申请[5|COUNT]件。对群众反映的问题均及时答复。
    → requests.received=5

Example::

    共[受理|RECEIVED]申请[8|COUNT]件，[予以公开|OUTCOME][5|COUNT]件。办理中发现部分申请内容重复，均已答复。
    → requests.received=8, requests.outcome.disclosed=5

The received total's own clause may say it (``所受理的25件申请已全部答复``): after the count, 均/全部/已 and an answer
verb, no other count. And a count right after 已…答复 in the received total's sentence (``已全部依法作出答复37件``),
which nothing else linked, is the answered total itself (not when 延期/按时/部分 … qualify the verb: a part).

Example::

    （三）答复情况。所[受理|RECEIVED]的[25|COUNT]件申请已全部答复，其中[同意公开|OUTCOME][20|COUNT]件，[不予公开|OUTCOME][5|COUNT]件。
    → requests.received=25, requests.outcome.total=25, requests.outcome.disclosed=20, requests.outcome.withheld=5

Example::

    全年共[受理|RECEIVED]申请[40|COUNT]件，已全部[依法|OUTCOME]作出答复[37|COUNT]件，另有[3|COUNT]件结转至下一年度办理。
    → requests.received=40, requests.outcome.total=37, requests.carried_forward=3

A clause that only sums the answers up after outcome counts (``办结合计41件``, the verb untagged) states it too.

Example::

    [予以公开|OUTCOME][12|COUNT]件，[不予处理|OUTCOME][2|COUNT]件。办结合计[14|COUNT]件。
    → requests.outcome.disclosed=12, requests.outcome.not_processed=2, requests.outcome.total=14

Example::

    全年共[受理|RECEIVED]申请[40|COUNT]件，已延期答复[2|COUNT]件。
    → requests.received=40
"""
from __future__ import annotations

import re

from infer.lexicon import ANSWER_VERBS, NOT_REQUEST_MESSAGES
from infer.prose.doc import OTHER_SIDE, REQUEST_OR_PERSON_UNIT_AFTER, Doc, Linked
from infer.prose.spans import Span
from infer.prose.rules.breakdown import PART_OF_YEAR

NAME = "answered"
_ALL = re.compile(r"均|全部|都|皆|全|已|一律")
_VERB = re.compile("|".join(ANSWER_VERBS))
_CASE_WORDS = re.compile(r"复议|诉讼|申诉")
#: A later sentence that says it speaks of the requests already counted.
_THE_REQUESTS = re.compile(r"所有申请|全部申请|上述申请|以上申请|收到的申请|受理的申请|这些申请|申请均|申请全部")
_BREAKDOWN = ("requests.channel.", "requests.applicant.", "requests.outcome.")
#: Labels of the categories of a count the linker abstained on that still only break the total down.
_BREAKDOWN_LABELS = frozenset({"CHANNEL", "APPLICANT", "OUTCOME"})
#: A time phrase that may open the sentence before the answering clause (截至年底, 截至12月31日, 到年底).
_TIME_OPENER = re.compile(r"\s*(截至|截止|截止到|到|至)[^，,。；;]{0,12}[，,]?\s*$")
#: A top-level heading opens a new section (三、… / 第三部分): an answer after it is not this total's, unless the
#: heading itself is about requests (三、依申请公开办理情况; sub-headings such as （二）答复情况 never stop).
_HEADING = re.compile(r"\s*([一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+部分)[^\n。]*")
_REQUEST_HEADING = re.compile(r"申请|答复|办理|办结")
#: What else a body answers (咨询, 留言, 来信, 问题, 建议 …): such a clause is not about the requests.
_OTHER_OBJECTS = tuple(NOT_REQUEST_MESSAGES) + ("问题", "建议", "提案", "意见")
#: How far (characters) after the total a sentence naming "the requests" still refers to it.
REACH_CHARS = 600


def apply(doc: Doc, links: list[Linked]) -> list[Linked]:
    if any(l.field == "requests.outcome.total" for l in links):
        return links
    stated = _stated_after_verb(doc, links)
    if stated is not None:
        return links + [stated]
    out = list(links)
    for l in links:
        if l.field != "requests.received" or not l.value or l.number.label != "COUNT":
            continue
        if _answered_in_own_clause(doc, l) or _answered_after(doc, l, links):
            out.append(Linked("requests.outcome.total", l.value, l.number, l.categories,
                              l.link_confidence * OTHER_SIDE, NAME))
            break
    return out


def _answered_after(doc: Doc, l: Linked, links: list[Linked]) -> bool:
    seg = doc.seg
    breakdown = {x.number.start for x in links
                 if x.field.startswith(_BREAKDOWN) and x.field != "requests.outcome.total"}
    breakdown |= {pos for pos, cats in doc.abstained.items() if cats and {c.label for c in cats} <= _BREAKDOWN_LABELS}
    breakdown |= doc.by_unit
    breakdown |= {s.start for s in doc.spans if s.label == "COUNT" and l.number.end < s.start < l.number.end + REACH_CHARS
                  and _PART_BY.search(doc.simple(doc.clause_bounds(s.start)[0], s.start))}  # 上半年8件, 涉及…的4件
    _, clause_end = doc.clause_bounds(l.number.start)
    sid = seg.sentence_id(l.number.start)
    limit = min(len(doc.text), l.number.end + REACH_CHARS)
    pos = clause_end + 1
    while pos < limit:
        _, next_end = doc.clause_bounds(pos)
        c_end = _before_aside(doc, pos, next_end)
        counts = [s for s in doc.spans if s.label == "COUNT" and pos <= s.start < c_end
                  and doc.count_value(s) is not None and s.start not in breakdown]
        clause = doc.simple(pos, c_end)
        heading = _HEADING.match(doc.text, pos)
        if _CASE_WORDS.search(clause) or (heading and not _REQUEST_HEADING.search(doc.simple(*heading.span()))):
            return False  # cases, or a new section: the requests are behind us
        if any(w in clause for w in _OTHER_OBJECTS):
            pos = next_end + 1
            continue  # 对群众反映的问题均及时答复: something else was answered
        restated = all(doc.count_value(s) == l.value for s in counts)
        verb = _VERB.search(clause)
        if verb and restated and (l.value == 1 or _ALL.search(clause, 0, verb.start())):
            s_start, _ = seg.sentence_bounds(pos)
            own = seg.sentence_id(pos)
            if own == sid or _opens(doc, s_start, pos) or (counts and restated) \
                    or any(s_start <= b < pos for b in breakdown) \
                    or _THE_REQUESTS.search(doc.simple(s_start, c_end)):
                return True
        if counts and not restated:
            return False
        if c_end < next_end and not _LAST_YEAR_ASIDE.match(doc.simple(c_end, next_end)):
            return False  # an aside opened in this clause (…（涉及行政复议1件）): what follows is not the answer
        pos = next_end + 1
    return False


def _before_aside(doc: Doc, pos: int, end: int) -> int:
    """End of the clause at ``pos`` before a bracketed aside it opens (``全部办结（涉及行政复议1件，详见…）``)."""
    text = doc.text[pos:end]
    cuts = [i for i in (text.find("（"), text.find("(")) if i > 0]
    return pos + min(cuts) if cuts else end


def _opens(doc: Doc, s_start: int, pos: int) -> bool:
    """The clause at ``pos`` is the first of its sentence (only spaces, or a time phrase such as 截至年底,
    before it)."""
    before = doc.simple(s_start, pos)
    return not before.strip() or bool(_TIME_OPENER.fullmatch(before))


#: An answer verb with 已/全部 before it and nothing but an object phrase between it and a count after it
#: (已全部依法作出答复48件, 已办结申请30件), in simplified text; 延期/逾期 before the verb is a subset, not the total.
_STATED_TOTAL = re.compile(r"(已|全部|均)[^，,。；;\d]{0,10}?(作出|予以|进行)?("
                           + "|".join(ANSWER_VERBS) + r")(了)?(政府信息公开|信息公开)?(申请)?(共|合计)?\s*$")


def _stated_after_verb(doc: Doc, links: list[Linked]) -> Linked | None:
    """A count nothing linked, right after 已…答复 in the sentence of a received total
    (``共受理申请53件，已全部依法作出答复48件``, where the tagger read 全部依法 as an outcome)."""
    linked = {l.number.start for l in links}
    for l in links:
        if l.field != "requests.received" or l.number.label != "COUNT":
            continue
        _, s_end = doc.seg.sentence_bounds(l.number.start)
        for sp in doc.spans:
            if sp.label != "COUNT" or not l.number.end <= sp.start < s_end or sp.start in linked \
                    or sp.start in doc.consumed or not doc.is_prose(sp.start):
                continue
            c_start, _ = doc.clause_bounds(sp.start)
            value = doc.count_value(sp)
            m = _STATED_TOTAL.search(doc.simple(c_start, sp.start))
            if value and m and not _PART.search(m.group(0)) and _UNIT.match(doc.text, sp.end):
                return Linked("requests.outcome.total", value, sp, l.categories, l.link_confidence * OTHER_SIDE, NAME)
    for sp in doc.spans:  # 办结合计41件 closing a list of outcomes, the verb untagged
        if sp.label != "COUNT" or sp.start in linked or sp.start in doc.consumed or not doc.is_prose(sp.start):
            continue
        c_start, _ = doc.clause_bounds(sp.start)
        value = doc.count_value(sp)
        if value and _SUMMED_ANSWERS.fullmatch(doc.simple(c_start, sp.start)) and _UNIT.match(doc.text, sp.end) \
                and any(o.field.startswith("requests.outcome.") and 0 < sp.start - o.number.start < 200 for o in links):
            a, b = c_start, sp.start
            return Linked("requests.outcome.total", value, sp, [Span(a, b, "ANSWERED", 0.9, doc.text[a:b])],
                          OTHER_SIDE * 0.9, NAME)
    return _answered_in_time(doc, links, linked)


#: A clause that is only "answered within the legal time limit" before its count (在法定期限内答复42人次), the verb
#: untagged: the requests answered this year, in any unit a received total uses (件 or 人次).
_IN_TIME = re.compile(r"\s*(共|均|全部|已)?\s*(在|于)?\s*法定期限内\s*(共|均|全部|已|依法)?\s*(作出|予以)?\s*(答复|办结)"
                      r"\s*(了)?\s*(申请)?\s*(共|合计)?\s*")


def _answered_in_time(doc: Doc, links: list[Linked], linked: set[int]) -> Linked | None:
    """``共受理申请45人次。在法定期限内答复42人次``: a free count after a received total (not above it, within
    REACH_CHARS) whose clause says only that it was answered within the legal limit. Why: reports that count
    requests in 人次 often state the answered total this way and the tagger leaves the verb untagged."""
    totals = [l for l in links if l.field == "requests.received" and l.number.label == "COUNT" and l.value]
    for sp in doc.spans:
        if sp.label != "COUNT" or sp.start in linked or sp.start in doc.consumed or not doc.is_prose(sp.start):
            continue
        c_start, _ = doc.clause_bounds(sp.start)
        value = doc.count_value(sp)
        if not value or not _IN_TIME.fullmatch(doc.simple(c_start, sp.start)) \
                or not REQUEST_OR_PERSON_UNIT_AFTER.match(doc.text, sp.end):
            continue
        if any(0 < sp.start - t.number.start <= REACH_CHARS and value <= t.value for t in totals):
            a, b = c_start, sp.start
            return Linked("requests.outcome.total", value, sp, [Span(a, b, "ANSWERED", 0.9, doc.text[a:b])],
                          OTHER_SIDE * 0.9, NAME)
    return None


#: Before a count in its clause: a part of the year (上半年) or of the topics (涉及房屋征收的11件) breaks the total down;
#: last year's figure in a bracket (同比下降10%（上年20件）) is a comparison. Neither stops the search.
_PART_BY = re.compile(PART_OF_YEAR.pattern + r"|^\s*(其中)?\s*(涉及|关于|有关)[^，,。；;]{1,20}的\s*$"
                      r"|[（(]\s*(上年|去年|上一年度?)[^）)]{0,6}$")

_LAST_YEAR_ASIDE = re.compile(r"[（(]\s*(上年|去年|上一年度?)[^）)]{0,12}[）)]")

#: A clause that only sums the answers up (办结合计41件, 合计办结41件, 共答复41件).
_SUMMED_ANSWERS = re.compile(r"\s*(全年|本年度?|以上|上述)?\s*((共|合计|共计|总计)\s*(办结|答复)|(办结|答复)\s*(合计|共计|总计|共))"
                             r"\s*(申请)?\s*")


_UNIT = re.compile(r"\s*(件|份|宗|条|项|个)")
#: Before the verb, these make the count a part of the answered (延期答复3件, 按时办结40件), not their total.
_PART = re.compile(r"延期|逾期|延长|按时|按期|当场|当日|部分")


def _answered_in_own_clause(doc: Doc, l: Linked) -> bool:
    """``所受理的46件申请已全部答复``: the received total's own clause says, after it and with no other count,
    that all of them were answered."""
    _, c_end = doc.clause_bounds(l.number.start)
    c_end = _before_aside(doc, l.number.end, c_end)
    rest = doc.simple(l.number.end, c_end)
    verb = _VERB.search(rest)
    if verb is None or not _ALL.search(rest, 0, verb.start()) or _CASE_WORDS.search(rest):
        return False
    if any(w in rest for w in _OTHER_OBJECTS):
        return False
    return not any(s.label == "COUNT" and l.number.end <= s.start < c_end for s in doc.spans)
