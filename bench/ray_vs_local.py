"""Local batch vs the Ray engine on the same cores and reports: what Ray costs on one machine.

    python bench/ray_vs_local.py                      # 300 copies of the seeds and corpus reports, 2 workers
    python bench/ray_vs_local.py --copies 500 --out bench/ray_results.md

Not a test (minutes; needs ``../shared`` and the ``ray`` extra). Both engines run as the real command,
in a fresh process, from launch to exit (start-up included: worker spawn and model loads for the local
engine; the Ray runtime, its actors and the object store for Ray):

* ``infer extract DIR --jsonl OUT --workers N``
* ``infer extract DIR --engine ray --output DIR --workers N`` (a private runtime on this machine)

It reports each engine's wall time and reports/s, the **overhead ratio** (Ray wall / local wall), the
per-core rate of the local engine (what one cluster CPU does), and checks that both wrote the same
records. The batch helpers (copies, memory-polling runner, machine description) are bench/run.py's.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from run import decoded_chars, machine, make_copies, watch_tree  # noqa: E402  (bench/run.py)


def _run(cmd: list[str], first_of: Path | None) -> dict[str, Any]:
    return watch_tree(cmd, first_line_of=first_of, env={"RAY_USAGE_STATS_ENABLED": "0"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "ray_results.md")
    args = ap.parse_args()
    m = machine()
    with tempfile.TemporaryDirectory(prefix="nianbao-raybench-") as tmp:
        work = Path(tmp)
        copies = make_copies(work / "reports", args.copies)
        chars = decoded_chars(copies)
        folder = str(copies[0].parent)
        jsonl, parts = work / "local.jsonl", work / "ray"
        print(f"[local] {len(copies)} reports, {args.workers} workers ...", file=sys.stderr)
        local = _run([sys.executable, "-m", "infer.cli", "extract", folder, "--jsonl", str(jsonl),
                      "--workers", str(args.workers)], jsonl)
        print(f"[ray] {len(copies)} reports, {args.workers} actors ...", file=sys.stderr)
        ray = _run([sys.executable, "-m", "infer.cli", "extract", folder, "--engine", "ray", "--output", str(parts),
                    "--workers", str(args.workers)], None)

        from infer.batch import read_done
        from infer.batch.parts import read_records

        a, b = read_done(jsonl), read_records(parts)
        same = sum(1 for f in a if b.get(f) == a[f])
    n = len(copies)
    ratio = ray["wall_s"] / local["wall_s"]
    per_core = n / local["wall_s"] / min(args.workers, m["cores"])
    lines = [
        "# Ray engine vs local batch",
        "",
        f"`python bench/ray_vs_local.py --copies {n} --workers {args.workers}` on {m['cpu']}, {m['cores']} cores, "
        f"{m['ram_gb']} GB, Python {m['python']}, torch {m['torch']}, {m['date']} (load average before: "
        f"{m['loadavg']}). Shipped tagger; {n} copies of the seeds and corpus reports ({chars:,} characters). "
        "Wall time from launch to exit, start-up included.",
        "",
        "| engine | wall | reports/s | characters/s | peak memory (PSS, all processes) |",
        "| --- | --- | --- | --- | --- |",
        f"| local batch, {args.workers} workers | {local['wall_s']:.1f} s | {n / local['wall_s']:.2f} | "
        f"{chars / local['wall_s'] / 1000:.1f}k | {local['peak_pss_mb'] / 1024:.2f} GB |",
        f"| Ray, {args.workers} actors (private runtime) | {ray['wall_s']:.1f} s | {n / ray['wall_s']:.2f} | "
        f"{chars / ray['wall_s'] / 1000:.1f}k | {ray['peak_pss_mb'] / 1024:.2f} GB |",
        "",
        f"- **Ray overhead ratio** (Ray wall / local wall): **{ratio:.2f}**",
        f"- local per-core rate: {per_core:.2f} reports/s per core",
        f"- same records in both outputs: {same} of {n}",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
