"""Benchmark nianbao on this machine: model load, per-report latency, batch throughput, peak memory.

    python bench/run.py                       # the shipped model (models/tagger), 300 copies, 2 workers
    python bench/run.py --model DIR --copies 500 --out bench/results.md
    python bench/run.py --model standin       # the shipped architecture with random weights (timing only)

Not a test: it takes minutes and needs the real reports in ../shared (seeds and corpus/raw). What it
measures, each in a fresh process so one measurement does not warm or bloat the next:

* **load**: ``Tagger.load`` in a new Python process, after ``import torch`` and the pipeline (timed
  separately: what ``infer extract`` imports anyway), median of 3 runs;
* **latency**: ``infer.pipeline.extract`` on each of the five seeds, warm (after one warm-up),
  3 rounds → median and p90; the tagger's share is timed apart;
* **batch**: ``infer extract DIR --jsonl`` with N workers over a few hundred copies of the seeds and
  corpus reports (txt and html, under different names): wall time from launch (worker start-up and
  model loads included) → reports/s and characters/s, plus the steady rate after the first report;
* **peak memory**: the whole process tree (main + workers) polled every 0.1 s: sum of RSS (counts
  shared pages once per process: an upper bound) and of PSS (shared pages split: the honest total);
* the same for the **regex baseline** (:mod:`infer.baseline` instead of tagger + linker).

Results are printed as a markdown table and written to ``--out`` (default ``bench/results.md``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))
TARGETS = {"load_s": 3.0, "median_s": 1.0, "reports_per_s": 3.0, "peak_mb": 1536}


# --- helpers -----------------------------------------------------------------------------------------

def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import psutil
    import torch

    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return {"cpu": cpu, "cores": cores, "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "torch": torch.__version__, "python": platform.python_version(),
            "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
            "loadavg": " / ".join(f"{x:.1f}" for x in os.getloadavg())}


def seeds() -> list[Path]:
    paths = sorted((SHARED / "seeds").glob("*.txt"))
    if len(paths) < 5:
        sys.exit(f"bench: the five seed reports are not in {SHARED / 'seeds'} (set NIANBAO_SHARED)")
    return paths


def corpus_sources() -> list[Path]:
    raw = SHARED / "corpus" / "raw"
    return seeds() + sorted(raw.glob("*.txt")) + sorted(raw.glob("*.html"))


def make_copies(folder: Path, n: int) -> list[Path]:
    """``n`` reports: the seeds and corpus reports copied round-robin under distinct names."""
    folder.mkdir(parents=True, exist_ok=True)
    src = corpus_sources()
    out = []
    for i in range(n):
        s = src[i % len(src)]
        dst = folder / f"copy{i:05d}_{s.name}"
        shutil.copyfile(s, dst)
        out.append(dst)
    return out


def decoded_chars(paths: list[Path]) -> int:
    from infer.textio import load_report

    cache: dict[str, int] = {}
    total = 0
    for p in paths:
        key = p.name.split("_", 1)[1]
        if key not in cache:
            cache[key] = len(load_report(p).text)
        total += cache[key]
    return total


def run_json(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last stdout line."""
    res = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, **(env or {})})
    if res.returncode != 0:
        raise SystemExit(f"bench: a measurement failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def watch_tree(cmd: list[str], first_line_of: Path | None = None, env: dict[str, str] | None = None
               ) -> dict[str, Any]:
    """Run ``cmd``; poll its process tree's memory; note when ``first_line_of`` gets its first byte."""
    import resource

    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    root = psutil.Process(proc.pid)
    peak_rss = peak_pss = 0
    first = None
    while proc.poll() is None:
        rss = pss = 0
        try:
            procs = [root] + root.children(recursive=True)
        except psutil.NoSuchProcess:
            break
        for p in procs:
            try:
                mi = p.memory_full_info()
                rss += mi.rss
                pss += getattr(mi, "pss", mi.rss)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        if first is None and first_line_of is not None and first_line_of.exists() \
                and first_line_of.stat().st_size > 0:
            first = time.perf_counter() - t0
        time.sleep(0.1)
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its (joined) workers
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0,):
        raise SystemExit(f"bench: {' '.join(cmd[:4])} ... exited {proc.returncode}:\n{err[-3000:]}")
    return {"wall_s": wall, "cpu_s": cpu, "first_s": first, "peak_rss_mb": peak_rss / 2**20, "peak_pss_mb": peak_pss / 2**20,
            "stderr_tail": err.strip().splitlines()[-3:]}


# --- measurements (each runs in a fresh process) -----------------------------------------------------

LOAD = """
import json, sys, time
t0 = time.perf_counter()
import torch
from infer.pipeline import extract
t1 = time.perf_counter()
from bench_support import load_engine
tagger = load_engine(sys.argv[1], sys.argv[2] == "1")
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1}))
"""

LATENCY = """
import json, resource, sys, time
import torch
torch.set_num_threads(int(sys.argv[3]))
from bench_support import load_engine, extract_with
engine = load_engine(sys.argv[1], sys.argv[2] == "1")
paths = sys.argv[4:]
extract_with(engine, paths[0])  # warm-up
total, cpu, tag_only = [], [], []
for _ in range(3):
    for p in paths:
        t, c = time.perf_counter(), time.process_time()
        extract_with(engine, p)
        total.append(time.perf_counter() - t); cpu.append(time.process_time() - c)
        if hasattr(engine, "tag"):
            from infer.textio import load_report
            text = load_report(p).text
            t = time.perf_counter(); engine.tag(text); tag_only.append(time.perf_counter() - t)
print(json.dumps({"total": total, "cpu": cpu, "tag": tag_only,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def bench_engine(name: str, engine: str, quantize: bool, copies: list[Path], chars: int, workers: int,
                 threads: int, work: Path) -> dict[str, Any]:
    env = {"PYTHONPATH": f"{ROOT / 'bench'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    q = "1" if quantize else "0"
    print(f"[{name}] load ...", file=sys.stderr)
    loads = [run_json(LOAD, engine, q, env=env) for _ in range(3)]
    print(f"[{name}] latency ...", file=sys.stderr)
    lat = run_json(LATENCY, engine, q, str(threads), *map(str, seeds()), env=env)
    print(f"[{name}] batch over {len(copies)} reports with {workers} workers ...", file=sys.stderr)
    out = work / f"{name}.jsonl"
    out.unlink(missing_ok=True)
    if engine not in ("baseline", "standin") and not quantize:  # exactly the user's command
        cmd = [sys.executable, "-m", "infer.cli", "extract", str(copies[0].parent), "--jsonl", str(out),
               "--overwrite", "--workers", str(workers), "--model", engine]
    else:
        cmd = [sys.executable, str(ROOT / "bench" / "bench_support.py"), "batch", engine, q, str(workers),
               str(copies[0].parent), str(out)]
    b = watch_tree(cmd, first_line_of=out, env=env)
    ok = sum(1 for line in out.read_text(encoding="utf-8").splitlines() if json.loads(line).get("error") is None)
    steady = (len(copies) - 1) / (b["wall_s"] - b["first_s"]) if b["first_s"] else float("nan")
    return {
        "name": name,
        "import_s": statistics.median(x["import_s"] for x in loads),
        "load_s": statistics.median(x["load_s"] for x in loads),
        "median_s": statistics.median(lat["total"]), "p90_s": pct(lat["total"], 0.9),
        "cpu_median_s": statistics.median(lat["cpu"]),
        "tag_median_s": statistics.median(lat["tag"]) if lat["tag"] else None,
        "single_maxrss_mb": lat["maxrss_mb"],
        "reports": len(copies), "ok": ok, "batch_wall_s": b["wall_s"],
        "reports_per_s": len(copies) / b["wall_s"], "chars_per_s": chars / b["wall_s"],
        "steady_reports_per_s": steady,
        "cpu_reports_per_s": len(copies) / b["cpu_s"] * min(workers, len(os.sched_getaffinity(0))),
        "peak_rss_mb": b["peak_rss_mb"], "peak_pss_mb": b["peak_pss_mb"],
    }


# --- report -------------------------------------------------------------------------------------------

def fmt_row(label: str, values: list[str], target: str = "") -> str:
    return f"| {label} | " + " | ".join(values) + f" | {target} |"


def render(m: dict[str, Any], results: list[dict[str, Any]], workers: int, note: str) -> str:
    def ok(v: float, limit: float, lower_is_better: bool = True) -> str:
        good = v <= limit if lower_is_better else v >= limit
        return "" if v != v else (" ✓" if good else " ✗")  # v != v: NaN

    lines = [
        "# nianbao benchmark",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM; Python {m['python']}, "
        f"torch {m['torch']}; {m['date']}; load average before the run {m['loadavg']} "
        "(other work on the machine slows every number down).",
        "",
        note,
        "",
        "| measure | " + " | ".join(r["name"] for r in results) + " | target |",
        "|---|" + "---|" * len(results) + "---|",
    ]
    T = TARGETS
    lines.append(fmt_row("import torch + the pipeline (s)", [f"{r['import_s']:.2f}" for r in results]))
    lines.append(fmt_row("model load (s, median of 3 fresh processes)",
                         [f"{r['load_s']:.2f}{ok(r['load_s'], T['load_s'])}" for r in results], f"≤ {T['load_s']:g}"))
    lines.append(fmt_row("latency per seed report, median (s, warm)",
                         [f"{r['median_s']:.3f}{ok(r['median_s'], T['median_s'])}" for r in results],
                         f"≤ {T['median_s']:g}"))
    lines.append(fmt_row("latency per seed report, p90 (s, warm)", [f"{r['p90_s']:.3f}" for r in results]))
    lines.append(fmt_row("CPU time per seed report, median (s, all threads)",
                         [f"{r['cpu_median_s']:.3f}" for r in results]))
    lines.append(fmt_row("… of which tagging, median (s)",
                         ["–" if r["tag_median_s"] is None else f"{r['tag_median_s']:.3f}" for r in results]))
    lines.append(fmt_row(f"batch: reports/s ({workers} workers, start-up included)",
                         [f"{r['reports_per_s']:.2f}{ok(r['reports_per_s'], T['reports_per_s'], False)}"
                          for r in results], f"≥ {T['reports_per_s']:g}"))
    lines.append(fmt_row("batch: reports/s after the first report", [f"{r['steady_reports_per_s']:.2f}" for r in results]))
    lines.append(fmt_row(f"batch: reports/s if {workers} cores were free (reports ÷ CPU-seconds × {workers})",
                         [f"{r['cpu_reports_per_s']:.2f}" for r in results]))
    lines.append(fmt_row("batch: characters/s", [f"{r['chars_per_s']:,.0f}" for r in results]))
    lines.append(fmt_row("batch: reports (extracted ok)", [f"{r['reports']} ({r['ok']})" for r in results]))
    lines.append(fmt_row("batch: wall time (s)", [f"{r['batch_wall_s']:.1f}" for r in results]))
    lines.append(fmt_row("peak memory, all processes, PSS (MB)",
                         [f"{r['peak_pss_mb']:.0f}{ok(r['peak_pss_mb'], T['peak_mb'])}" for r in results],
                         f"< {T['peak_mb']}"))
    lines.append(fmt_row("peak memory, all processes, RSS sum (MB, upper bound)",
                         [f"{r['peak_rss_mb']:.0f}" for r in results]))
    lines.append(fmt_row("peak RSS, single process latency run (MB)", [f"{r['single_maxrss_mb']:.0f}" for r in results]))
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(ROOT / "models" / "tagger"),
                    help="model folder (default models/tagger), or 'standin' for the shipped architecture "
                         "with random weights (timing only)")
    ap.add_argument("--quantize", action="store_true", help="also measure the model with dynamic int8 quantization")
    ap.add_argument("--copies", type=int, default=300, help="reports in the batch run (default 300)")
    ap.add_argument("--workers", type=int, default=2, help="batch worker processes (default 2)")
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads for the latency run (default 1: as each batch worker; on a busy "
                         "machine more threads mostly wait for each other)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the regex baseline")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md", help="markdown file to write")
    args = ap.parse_args()
    if args.model != "standin" and not (Path(args.model) / "meta.json").is_file():
        sys.exit(f"bench: no model in {args.model} (train one, or use --model standin for timing)")

    m = machine()
    work = Path(tempfile.mkdtemp(prefix="nianbao-bench-"))
    try:
        copies = make_copies(work / "reports", args.copies)
        chars = decoded_chars(copies)
        engines = [("model", args.model, False)]
        if args.quantize:
            engines.append(("model int8", args.model, True))
        if not args.no_baseline:
            engines.append(("regex baseline", "baseline", False))
        results = [bench_engine(n, e, q, copies, chars, args.workers, args.threads, work) for n, e, q in engines]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    model_note = ("model: **stand-in** (the shipped architecture with random weights: timing only, not the "
                  "trained model)" if args.model == "standin" else f"model: `{os.path.relpath(args.model, ROOT)}`")
    note = textwrap.fill(
        f"{model_note}. Latency: `infer.pipeline.extract` on the 5 seed reports, 3 warm rounds, torch threads = "
        f"{args.threads}. Batch: `{len(copies)}` copies of the seeds and corpus reports (txt + html, "
        f"{chars:,} characters), {args.workers} worker processes, wall time from launch. "
        "Produced by `python bench/run.py`.", 110)
    table = render(m, results, args.workers, note)
    from pdf_pages import measure as pdf_measure, render as pdf_render  # bench/pdf_pages.py (issue 12)

    table += "\n" + pdf_render(pdf_measure())
    print(table)
    args.out.write_text(table, encoding="utf-8")
    print(f"bench: wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
