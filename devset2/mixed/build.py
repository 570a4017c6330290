"""Write devset2/mixed: 20 invented reports and their gold, from one place (texts_a.py, texts_b.py).

Why one builder: each report's gold sits next to its sentences (and table gold is read off the rendered grid),
so text and gold cannot drift. Run from the repo root: ``.venv/bin/python devset2/mixed/build.py``; it
reproduces the committed files exactly. Traditional-script reports are converted whole with OpenCC (s2t), as
mirror sites do; issuer offsets are computed on the text ``infer.textio.load_report`` returns.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import texts_a  # noqa: E402
from extras import fill  # noqa: E402
from infer.schema import is_field, is_prose_field, is_scored  # noqa: E402
from infer.textio import load_report  # noqa: E402

try:
    import texts_b  # noqa: E402
except ImportError:  # while the second half is being written
    texts_b = None

ABOUT = ("devset2/mixed: 20 invented reports (8 pre-2019 narrative, 8 with the 2019/2021 form's tables in scraped "
         "layouts, 4 prose-only 2019+), many provinces and levels, 5 in traditional script. Written blind to the "
         "rules; see README.md. Gold per annotations/gold/GUIDELINES.md.")


def to_trad(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def reports() -> list[dict]:
    out = []
    for mod in (texts_a, texts_b):
        if mod is None:
            continue
        for name in sorted(n for n in dir(mod) if n[0] == "e" and n[1:].isdigit()):
            out.append(getattr(mod, name)())
    return out


def _check(keys: dict, prose: bool) -> None:
    for k in keys:
        assert is_field(k) and is_scored(k), k
        if prose:
            assert is_prose_field(k), k


def build() -> None:
    rep_dir = HERE / "reports"
    rep_dir.mkdir(exist_ok=True)
    gold: dict = {"_about": ABOUT}
    for r in reports():
        text, issuer = fill(r["id"], r["text"]), r["issuer"]
        if r.get("trad"):
            text, issuer = to_trad(text), to_trad(issuer)
        path = rep_dir / f"{r['id']}.txt"
        path.write_text(text, encoding="utf-8")
        loaded = load_report(path).text
        start = loaded.index(issuer)
        _check(r["prose"], True)
        _check(r["table"], False)
        _check(r["amb"], False)
        gold[path.name] = {
            "report": {"issuer_span": [start, start + len(issuer)], "year": r["year"],
                       "published": r["published"], "template": r["template"]},
            "prose": r["prose"], "table": r["table"], "table_ambiguous": r["amb"], "notes": r["notes"]}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
