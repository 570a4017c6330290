"""The project holds only text its developers wrote: no real report's sentences, numbers or names.

Three checks against every report under ``../shared`` (``seeds/*.txt``, ``corpus/raw/*.txt`` and the
text of ``corpus/raw/*.html``), skipped cleanly where ``../shared`` is absent:

1. **Long runs**, in every tracked file: no run of 25 characters (whitespace removed) that stands in
   one real report (or in two, with a digit in it). Text many reports share is the genre's boilerplate
   (the regulation's title, the national form's row and column labels): a run whose words (digits,
   punctuation and table separators dropped) stand in two or more reports, or in ``fields.tsv``, is
   not one report's own text. This is the rule of ``../shared/hooks/before-stop``, made robust to form
   labels glued to their cell values (``申请数量143…``).
2. **Distinctive numbers**, in the text we write by hand to teach and describe the model (the
   generator, the annotation guidelines, the tests that own them): no number of three or more digits
   (not a year, not a round number) that stands in only one or two reports (a seed's totals, a hotline's call count).
3. **Phrases**, in the same files: no run of 10 Chinese characters that stands in exactly one report,
   unless it lies inside a term of the project's vocabulary (``infer/lexicon.py``, ``infer/schema.py``:
   category names such as 属于已主动公开范围 are the form's words, not a report's).

``python tests/test_no_copies.py`` prints every hit with the report it comes from.
"""
from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.corpus import default_shared_root  # noqa: E402

SHARED = default_shared_root()
RUN = 25  # characters, whitespace removed
PHRASE = 10  # Chinese characters
MAX_BYTES = 8_000_000

#: Hand-written teaching text: the generator, the annotation guidelines, the tests of that area.
HAND_WRITTEN = ("train/synth/", "annotations/GUIDELINES.md", "annotations/gold/GUIDELINES.md",
                "annotations/specs/README.md", "tests/test_synth.py", "tests/test_train.py",
                "tests/test_no_copies.py", "configs/synth.yaml")

pytestmark = pytest.mark.skipif(not (SHARED / "seeds").is_dir(),
                                reason="../shared is absent: no real reports to compare with")

#: Wording every report of an era shares by regulation: the regulation's title and the section titles of
#: the national outlines (before 2019 and since), which reports number and glue to their neighbours, and the
#: form's column labels.
FORM_WORDING = (
    "中华人民共和国政府信息公开条例", "政府信息公开工作年度报告",
    "概述", "主动公开政府信息情况", "依申请公开政府信息情况", "政府信息公开的收费及减免情况",
    "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进情况",
    "其他需要报告的事项", "总体情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    # the 2019/2021 form's column labels, which tables repeat block after block
    "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
    "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
)

_WS = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^A-Za-z\u3400-\u9fff]+")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_NUMBER = re.compile(r"(?<![A-Za-z0-9.,_])\d+(?![\d_])")  # not inside a code like E402


def squash(text: str) -> str:
    """Whitespace removed: a copy re-wrapped or re-indented is still a copy."""
    return _WS.sub("", text)


def words(text: str) -> str:
    """Only the letters (Chinese and Latin), in simplified script: digits, punctuation and table
    separators dropped, so the form's wording compares equal however it was glued or converted."""
    from infer.lexicon import to_simplified

    return _NOT_WORD.sub("", to_simplified(text))


@lru_cache(maxsize=1)
def reports() -> dict[str, str]:
    """Decoded text of every real report, by file name (HTML as the text ``infer`` reads from it)."""
    from infer.textio import load_report

    paths = (sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "raw").glob("*.txt"))
             + sorted((SHARED / "corpus" / "raw").glob("*.html")))
    return {p.name: load_report(p, max_bytes=None).text for p in paths}


def _doc(name: str) -> str:
    """pt2024.txt and pt2024.html are one report."""
    return name.rsplit(".", 1)[0]


@lru_cache(maxsize=1)
def form_text() -> str:
    path = SHARED / "schema" / "fields.tsv"
    return words(path.read_text(encoding="utf-8")) if path.exists() else ""


@lru_cache(maxsize=1)
def report_words() -> tuple[str, ...]:
    return tuple({_doc(n): words(t) for n, t in reports().items()}.values())


@lru_cache(maxsize=1)
def copy_grams() -> dict[str, frozenset[str]]:
    """25-character runs that belong to one report: ``{run: reports holding it}``."""
    df: dict[str, set[str]] = defaultdict(set)
    for name, text in reports().items():
        t = squash(text)
        for i in range(len(t) - RUN + 1):
            df[t[i:i + RUN]].add(_doc(name))
    form = form_text()
    out = {}
    for g, docs in df.items():
        if len(docs) > 2 or (len(docs) == 2 and not any(c.isdigit() for c in g)):
            continue
        if sum(ord(c) > 0x2E80 for c in g) <= RUN // 2 or words(g) in form:
            continue
        out[g] = frozenset(docs)
    return out


def is_boilerplate(run: str) -> bool:
    """The run's words are the genre's (two or more reports, or the form's field list), or what is left
    once the form's wording is taken out is too short to be one report's own sentence."""
    w = words(run)
    if w in form_text() or sum(w in r for r in report_words()) >= 2:
        return True
    for title in sorted(FORM_WORDING, key=len, reverse=True):
        w = w.replace(words(title), "")
    return len(w) <= RUN // 2


def long_runs(text: str) -> list[tuple[str, list[str]]]:
    """Maximal copied runs in ``text`` with the reports they come from."""
    grams = copy_grams()
    t = squash(text)
    hits: list[tuple[str, list[str]]] = []
    i = 0
    while i <= len(t) - RUN:
        g = t[i:i + RUN]
        if g not in grams:
            i += 1
            continue
        j = i + RUN
        while j < len(t) and t[j - RUN + 1:j + 1] in grams:
            j += 1
        run = t[i:j]
        if not is_boilerplate(run):
            hits.append((run, sorted(grams[g])))
        i = j
    return hits


@lru_cache(maxsize=1)
def number_reports() -> dict[str, frozenset[str]]:
    df: dict[str, set[str]] = defaultdict(set)
    for name, text in reports().items():
        for m in _NUMBER.finditer(text):
            df[m.group()].add(_doc(name))
    return {k: frozenset(v) for k, v in df.items()}


def is_distinctive_number(num: str) -> bool:
    """Three or more digits, no leading zero, not a year, not round, in one or two reports only."""
    if len(num) < 3 or num[0] == "0" or num.endswith("0"):
        return False
    if len(num) == 4 and 1949 <= int(num) <= 2035:
        return False
    return 1 <= len(number_reports().get(num, ())) <= 2


def distinctive_numbers(text: str) -> list[tuple[str, list[str]]]:
    nums = sorted({m.group() for m in _NUMBER.finditer(text) if is_distinctive_number(m.group())})
    return [(n, sorted(number_reports()[n])) for n in nums]


@lru_cache(maxsize=1)
def phrase_reports() -> dict[str, str]:
    """8-character Chinese runs that stand in exactly one report: ``{phrase: report}``."""
    df: dict[str, set[str]] = defaultdict(set)
    for name, text in reports().items():
        for run in _CJK_RUN.findall(text):
            for i in range(len(run) - PHRASE + 1):
                df[run[i:i + PHRASE]].add(_doc(name))
    return {g: next(iter(d)) for g, d in df.items() if len(d) == 1}


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """The project's own terms (category synonyms, field names): the form's words, in both scripts."""
    from infer import lexicon
    from infer.schema import FIELDS

    terms: set[str] = {f.zh for f in FIELDS} | set(FORM_WORDING)
    for table in (lexicon.CHANNEL_SYNONYMS, lexicon.APPLICANT_SYNONYMS, lexicon.OUTCOME_SYNONYMS,
                  lexicon.CASE_SYNONYMS, lexicon.RESULT_SYNONYMS, lexicon.ANCHOR_SYNONYMS):
        for syns in table.values():
            terms.update(syns)
    terms |= {v for t in list(terms) for v in lexicon.traditional_variants(t)}
    return tuple(t for t in terms if len(t) >= PHRASE)


def unique_phrases(text: str) -> list[tuple[str, str]]:
    known = phrase_reports()
    vocab = vocabulary()
    out: set[tuple[str, str]] = set()
    for run in _CJK_RUN.findall(text):
        for i in range(len(run) - PHRASE + 1):
            g = run[i:i + PHRASE]
            if g in known and not any(g in term for term in vocab):
                out.add((g, known[g]))
    return sorted(out)


def tracked_files() -> list[str]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: no list of tracked files")
    return [f for f in out.splitlines() if (ROOT / f).is_file()]


def read_text(rel: str) -> str | None:
    p = ROOT / rel
    if p.stat().st_size > MAX_BYTES:
        return None
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None  # binary (model weights)


def hand_written_files() -> list[str]:
    return [f for f in tracked_files() if f.startswith(HAND_WRITTEN) and f.endswith((".py", ".md", ".yaml"))]


# --- the checks ----------------------------------------------------------------------------------

def test_no_long_run_of_a_real_report_in_any_tracked_file():
    found = {}
    for rel in tracked_files():
        text = read_text(rel)
        if text and (hits := long_runs(text)):
            found[rel] = hits[:3]
    assert not found, f"real report text copied into the repository: {found}"


def test_no_distinctive_number_of_a_real_report_in_hand_written_text():
    found = {rel: hits for rel in hand_written_files() if (hits := distinctive_numbers(read_text(rel) or ""))}
    assert not found, f"numbers of one real report in text we write: {found}"


def test_no_phrase_of_one_real_report_in_hand_written_text():
    found = {rel: hits[:5] for rel in hand_written_files() if (hits := unique_phrases(read_text(rel) or ""))}
    assert not found, f"phrases of one real report in text we write: {found}"


# --- the checks can fail ------------------------------------------------------------------------------

def _a_sentence_of_one_report() -> tuple[str, str]:
    """Some 40 characters of one report's prose that the long-run check must catch."""
    grams = copy_grams()
    for name, text in sorted(reports().items()):
        for m in re.finditer(r"[^。\n]{40,}", text):
            cand = squash(m.group())[:40]
            if all(cand[i:i + RUN] in grams for i in range(0, len(cand) - RUN + 1)) and not is_boilerplate(cand):
                return name, cand
    raise AssertionError("no report has a sentence of its own?")


def test_the_checks_catch_a_copy_and_pass_invented_text():
    name, sentence = _a_sentence_of_one_report()
    wrapped = "x = '''" + sentence[:17] + "\n    " + sentence[17:] + "'''"
    assert long_runs(wrapped), "a copied sentence, re-wrapped, must be found"
    invented = "二〇二四年，青山县政府信息公开办公室共受理公民提出的政府信息公开申请四十二件，均已按期答复完毕。"
    assert not long_runs(invented)
    num = next(n for n, docs in sorted(number_reports().items()) if is_distinctive_number(n))
    assert distinctive_numbers(f"共收到申请{num}件") and not distinctive_numbers("共收到申请20件，2021年")
    phrase, _ = next(iter(sorted(phrase_reports().items())))
    assert unique_phrases(f"例如{phrase}。") or any(phrase in t for t in vocabulary())


def test_form_labels_glued_to_numbers_are_boilerplate():
    """A flattened form row (label + its cells) is the form's wording, whatever numbers it carries."""
    row = "一、本年新收政府信息公开申请数量93100004二、上年结转政府信息公开申请数量"
    assert is_boilerplate(row) or not long_runs(row)
    assert not long_runs("|商业企业|科研机构|社会公益组织|法律服务机构|其他|0|0|0|0|0|0|0|0|")


if __name__ == "__main__":  # print every hit, for cleaning up
    for rel in tracked_files():
        text = read_text(rel)
        if not text:
            continue
        for run, docs in long_runs(text):
            print(f"{rel}: RUN {run[:70]} {docs}")
        if rel in hand_written_files():
            for n, docs in distinctive_numbers(text):
                print(f"{rel}: NUMBER {n} {docs}")
            for p, doc in unique_phrases(text):
                print(f"{rel}: PHRASE {p} {doc}")
