"""A small fictional collection for the overview tests: report texts written for the tests (fictional
bodies of a fictional city), their results built through the JSON contract, and a batch JSONL."""
from __future__ import annotations

import json
from pathlib import Path

from infer.metadata import read_metadata
from infer.result import Check, ExtractionResult, Reconciliation, TableFact
from infer.textio import load_report

BODY = ("本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。\n"
        "一、总体情况\n{y}年，{who}坚持依法公开，完善公开目录，规范依申请公开办理流程，做好解读回应工作。\n"
        "二、收到和处理政府信息公开申请情况\n全年新收政府信息公开申请{n}件，均已按期答复。\n"
        "三、行政复议和行政诉讼情况\n因政府信息公开被申请行政复议{r}件。\n")


def write_report(folder: Path, name: str, who: str, year: int, figures: dict[str, int], *,
                 prose: dict[str, int] | None = None, failed: tuple[int, int] | None = None,
                 extra: str = "") -> dict:
    """Write one fictional report and return its JSON line (table facts for ``figures``)."""
    text = (f"{who}{year}年政府信息公开工作年度报告\n发布时间：{year + 1}-02-10\n"
            + BODY.format(y=year, who=who, n=figures.get("requests.received", 0), r=figures.get("review.total", 0))
            + extra)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    doc = load_report(path)
    at = doc.text.index(str(year))
    facts = [TableFact(k, v, "row", "总计", at, at + 4) for k, v in figures.items()]
    recon = []
    for k, v in figures.items():
        p = (prose or {}).get(k)
        status = "table_only" if p is None else ("match" if p == v else "mismatch")
        recon.append(Reconciliation(k, p, v, status))
    checks = [Check("outcomes sum to requests", failed[0], failed[1], False)] if failed else []
    res = ExtractionResult(file=str(path), encoding=doc.encoding, text_sha256=doc.sha256, table_template="2021",
                           table_status="parsed", table_facts=facts, table_checks=checks, reconciliation=recon)
    res.report = read_metadata(doc.text)
    return res.to_json()


def make_collection(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        # a body over two years: requests ×6 (a jump), review 3 → 2 (not), the same wording (copy-paste)
        write_report(folder, "edu2019.txt", "云岭市教育局", 2019, {"requests.received": 10, "review.total": 3}),
        write_report(folder, "edu2020.txt", "云岭市教育局", 2020, {"requests.received": 60, "review.total": 2},
                     prose={"requests.received": 6}),
        # another body of the same city, same year; its prose disagrees slightly through a failed check
        write_report(folder, "traffic2020.txt", "云岭市交通运输局", 2020, {"requests.received": 4, "review.total": 1},
                     failed=(20, 21), extra="另：本局全年举办公开培训两次，参训人员覆盖各科室。\n"),
        # the city's own report for 2020: fewer requests than its two bodies together (60 + 4)
        write_report(folder, "city2020.txt", "云岭市人民政府", 2020, {"requests.received": 50, "review.total": 9}),
        {"file": str(folder / "broken.txt"), "error": "cannot decode: not a text file"},
    ]
    jsonl = folder / "facts.jsonl"
    jsonl.write_text("".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in lines), encoding="utf-8")
    return jsonl
