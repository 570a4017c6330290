"""Build devset2/long: 14 full-length fictional reports and their gold, from one place.

Why one builder: each report's text and its gold are written side by side (reports_a.py, reports_b.py), the
tables' gold is derived from the very grid that is printed (formlib.py), and issuer offsets are computed on
the text as ``infer.textio.load_report`` returns it, so gold and text cannot drift. Run from the repo root:
``.venv/bin/python devset2/long/build.py``; it rewrites reports/ and gold.json exactly. Traditional-script
reports are converted whole with OpenCC (s2t), as mirror sites do.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import formlib  # noqa: E402
import reports_a  # noqa: E402
import reports_b  # noqa: E402

ABOUT = ("devset2/long: 14 fictional full-length reports (overview clutter, request section, review/litigation, "
         "problems, other matters; national-form tables in scraped layouts or dropped; 4 pre-2019 narratives), "
         "written blind to the rules; every body, place and number is invented. Gold per "
         "annotations/gold/GUIDELINES.md, scored keys only; table gold derived from the printed grids. "
         "Built by build.py; see README.md.")


def to_trad(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def hard_wrap(text: str, width: int) -> str:
    """Break every long line at ``width`` characters, as a PDF copy does; a digit run is never cut, so each
    number the gold names stays whole."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = width
            while cut < len(line) and line[cut - 1].isdigit() and line[cut].isdigit():
                cut += 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def build() -> None:
    out_dir = HERE / "reports"
    out_dir.mkdir(exist_ok=True)
    gold: dict = {"_about": ABOUT}
    for rep in reports_a.REPORTS + reports_b.REPORTS:
        text = rep["text"].strip("\n") + "\n"
        issuer = rep["issuer"]
        if rep.get("wrap"):
            text = hard_wrap(text, rep["wrap"])
        if rep.get("trad"):
            text, issuer = to_trad(text), to_trad(issuer)
        name = f"{rep['id']}.txt"
        (out_dir / name).write_text(text, encoding="utf-8")
        start = text.index(issuer)
        table, amb = {}, {}
        if rep.get("tables"):
            req, cases, how = rep["tables"]
            if how == "glued":
                table, amb = formlib.glued_gold(req, cases)
            else:
                table = {**req.gold(), **cases.gold()}
        table.update(rep.get("table_extra", {}))
        gold[name] = {
            "report": {"issuer_span": [start, start + len(issuer)], "year": rep["year"],
                       "published": rep.get("published"), "template": rep["template"]},
            "prose": dict(sorted(rep["prose"].items())),
            "table": dict(sorted(table.items())),
            "table_ambiguous": dict(sorted(amb.items())),
            "notes": rep.get("notes", ""),
        }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
