"""``infer``: the command line of nianbao's runtime.

``infer extract FILE...`` reads annual reports (the formats of :data:`infer.textio.REPORT_SUFFIXES`:
plain text in any common Chinese encoding, saved HTML pages, PDF, Word) and shows or writes their
statistics. Errors about inputs are one line on stderr
(``infer: error: <file>: <reason>``) and exit code 2; a traceback is never a user's problem.

Commands are added to :data:`app` independently (``evaluate`` and batch options live next to
``extract``); the per-file work is :func:`extract_one` so a batch mode can reuse it unchanged.
"""
from __future__ import annotations

import errno
import io
import json
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from infer.batch.inputs import is_dir_safely
from infer.result import ExtractionResult
from infer.textio import DEFAULT_MAX_BYTES, Document, InputError, describe_report_suffixes, load_report, printable

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2

#: The accepted file names, for help texts: built from the loader's one list (infer.textio.REPORT_SUFFIXES).
_SUFFIXES = describe_report_suffixes()

app = typer.Typer(
    name="infer",
    help=("Extract the statistics of Chinese government information-disclosure annual reports "
          "(政府信息公开工作年度报告): the numbers stated in the prose, the numbers in the standard "
          "tables, and where the two disagree."),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root() -> None:
    """Extract statistics from 政府信息公开工作年度报告 (``infer extract --help`` lists the formats read)."""


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


class Engine(str, Enum):
    """Where a batch runs: worker processes on this machine, or a Ray cluster (infer/batch/ray_engine.py)."""

    local = "local"
    ray = "ray"


@dataclass
class ExtractOptions:
    """What ``extract`` needs per file; batch mode can build the same object."""

    use_model: bool = True
    model_dir: str | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES


def err(message: str) -> None:
    """One line on stderr, prefixed like every other Unix tool's; file names with escape sequences or
    other control characters are shown escaped, never interpreted by the terminal."""
    print(f"infer: error: {printable(message.strip())}", file=sys.stderr)


def _oserror_line(exc: OSError) -> str:
    return exc.strerror or str(exc)


def extract_one(path: str | Path, opts: ExtractOptions) -> tuple[Document, ExtractionResult]:
    """Load and extract one report (raises InputError / ModelError with one-line messages)."""
    from infer.pipeline import extract

    doc = load_report(path, max_bytes=opts.max_bytes)
    return doc, extract(doc, use_model=opts.use_model, model_dir=opts.model_dir)


def _html_target(src: str, output: Path | None, many: bool) -> Path:
    if output is None:
        return Path(src + ".nianbao.html")
    if many or is_dir_safely(str(output)):
        output.mkdir(parents=True, exist_ok=True)
        return output / (Path(src).name + ".nianbao.html")
    return output


def _write_html(target: Path, page: str, default_target: bool) -> bool:
    """Write one HTML page; a failure is one line (with a hint when the default place next to the
    input is not writable) and ``False``."""
    try:
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        hint = ""
        if default_target and (isinstance(exc, PermissionError) or exc.errno == errno.EROFS):
            hint = " (the report's folder is not writable: choose the page's place with --output FILE.html or DIR)"
        err(f"{target}: cannot write the page: {_oserror_line(exc)}{hint}")
        return False
    print(f"infer: wrote {printable(str(target))}", file=sys.stderr)
    return True


@app.command("extract")
def extract_command(
    files: Annotated[list[Path], typer.Argument(
        help=(f"Report files to read ({_SUFFIXES}): plain text in UTF-8 (with or without BOM), UTF-16, "
              "GB18030/GBK or Big5; saved HTML pages; PDF (scanned pages by OCR when Tesseract is installed); "
              "Word .docx (the old Word/WPS formats through LibreOffice, when installed)."),
        metavar="FILE", show_default=False)],
    fmt: Annotated[OutputFormat, typer.Option(
        "--format", "-f",
        help=("text: a readable terminal view (fields, prose vs table, failed checks); json: the stable "
              "JSON contract (one object, or a list for several files); html: a self-contained page "
              "with every fact highlighted in the report text."))] = OutputFormat.text,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o",
        help=("Write here instead of stdout. For --format html the default is <FILE>.nianbao.html; "
              "with several files --output is a directory. With --engine ray: the folder of Parquet parts."),
        show_default=False)] = None,
    show_text: Annotated[bool, typer.Option(
        "--show-text",
        help=("Print the decoded text (for HTML: the extracted text, tables as TAB-separated rows) and "
              "nothing else: the text every start/end offset in the JSON refers to."))] = False,
    show_all: Annotated[bool, typer.Option(
        "--all",
        help=("Text view: also list the table-only sub-rows whose value is 0 (不予公开 reasons, 直接起诉/"
              "复议后起诉 breakdown ...), which are otherwise summed up in one line per section. JSON and "
              "HTML always hold every field."))] = False,
    model: Annotated[Optional[Path], typer.Option(
        "--model", help="Directory of a trained prose tagger (default: the shipped models/tagger).",
        show_default=False)] = None,
    no_model: Annotated[bool, typer.Option(
        "--no-model", help="Do not run the prose model: read the tables only (fast, no torch model load).")] = False,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", metavar="N",
        help="Refuse files larger than N bytes (a report is rarely above 5 MB); 0 removes the limit.")
    ] = DEFAULT_MAX_BYTES,
    force_workers: Annotated[bool, typer.Option(
        "--force-workers", help="With --jsonl: allow more --workers than available cores.")] = False,
    jsonl: Annotated[Optional[Path], typer.Option(
        "--jsonl", metavar="OUT.jsonl",
        help=("Batch mode for whole collections: FILE may then also be a folder (searched recursively for "
              f"{_SUFFIXES}) or a quoted glob. Each finished report is appended to OUT.jsonl at once (one "
              "JSON object per line, with 'file' and 'error'); at the end it is rewritten in input order. "
              "Runs in worker processes with a progress bar; a broken file is reported and skipped. "
              "Exit 0 unless every report failed (1). --format/--output do not apply."),
        show_default=False)] = None,
    table: Annotated[Optional[Path], typer.Option(
        "--table", metavar="OUT.csv|OUT.parquet",
        help=("With --jsonl: also write a flat table, one row per report and prose/table/status columns per "
              "field (CSV in UTF-8 with BOM for Excel, or Parquet by suffix)."), show_default=False)] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help=("With --jsonl: continue an interrupted run: reports already extracted in OUT.jsonl "
                          "are skipped, failed ones are tried again; the result is identical to an "
                          "uninterrupted run."))] = False,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="With --jsonl: start over even if OUT.jsonl exists (without it, an existing "
                            "OUT.jsonl is refused so a run is never lost by a forgotten --resume).")] = False,
    shard: Annotated[Optional[str], typer.Option(
        "--shard", metavar="K/N",
        help=("With --jsonl: process only the K-th of N disjoint parts of the inputs (chosen by a hash of "
              "each path), to split a collection across N machines; use the same relative paths on each."),
        show_default=False)] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", metavar="N",
        help=("With --jsonl: worker processes, each loading the model once (default: one per available "
              "core; each needs about the model's memory). With --engine ray: Ray actors, one CPU each "
              "(default: the cluster's CPUs)."), show_default=False)] = None,
    engine: Annotated[Engine, typer.Option(
        "--engine",
        help=("Batch engine. local: worker processes on this machine (--jsonl). ray: a Ray cluster through Ray "
              "Data (needs the 'ray' extra of nianbao), written as Parquet parts to --output DIR (the --table columns "
              "plus each report's JSON record), resumable with --resume; FILE may also be @MANIFEST, a file "
              "of paths or URIs (s3://, hdfs://, any filesystem pyarrow opens)."))] = Engine.local,
    address: Annotated[Optional[str], typer.Option(
        "--address", metavar="auto|ray://HOST:PORT",
        help=("With --engine ray: the cluster to join (default: $RAY_ADDRESS, as `ray job submit` sets it, "
              "else a private Ray runtime on this machine, listening on 127.0.0.1 only)."),
        show_default=False)] = None,
) -> None:
    """Read reports and show the statistics they state, in prose and in tables, and where they disagree."""
    if max_bytes < 0:
        err(f"--max-bytes must be 0 (no limit) or a positive number of bytes, got {max_bytes}")
        raise typer.Exit(EXIT_INPUT)
    if engine is Engine.ray:
        if output is None or jsonl is not None or table is not None or show_text or force_workers:
            err("--engine ray writes Parquet parts to --output DIR (add it); --jsonl, --table, --show-text and "
                "--force-workers do not apply")
            raise typer.Exit(EXIT_INPUT)
        from infer.batch.ray_engine import ray_command

        raise typer.Exit(ray_command(
            [str(f) for f in files], output, address=address, resume=resume, overwrite=overwrite,
            shard_spec=shard, workers=workers, model_dir=str(model) if model else None,
            use_model=not no_model, max_bytes=max_bytes or None))
    if address is not None:
        err("--address belongs to --engine ray")
        raise typer.Exit(EXIT_INPUT)
    if jsonl is not None or table is not None or resume or shard is not None or workers is not None \
            or force_workers:
        if jsonl is None:
            err("--table, --resume, --shard and --workers belong to batch mode: add --jsonl OUT.jsonl")
            raise typer.Exit(EXIT_INPUT)
        if output is not None or show_text:
            err("--output/--show-text do not apply to --jsonl batch runs (the JSONL is the output)")
            raise typer.Exit(EXIT_INPUT)
        from infer.batch import batch_command

        raise typer.Exit(batch_command(
            [str(f) for f in files], jsonl, table_path=table, resume=resume, overwrite=overwrite,
            shard_spec=shard, workers=workers, model_dir=str(model) if model else None,
            use_model=not no_model, max_bytes=max_bytes or None, force_workers=force_workers))
    folders = [str(f) for f in files if is_dir_safely(str(f))]
    if folders:
        err(f"{folders[0]}: is a directory; to extract every report in it, add --jsonl OUT.jsonl (batch mode)")
        raise typer.Exit(EXIT_INPUT)
    if output is not None and is_dir_safely(str(output)) and (show_text or fmt is not OutputFormat.html):
        err(f"--output {output} is a directory: give a file name (only --format html writes one page per "
            "report into a directory)")
        raise typer.Exit(EXIT_INPUT)
    opts = ExtractOptions(use_model=not no_model, model_dir=str(model) if model else None,
                          max_bytes=max_bytes or None)
    raise typer.Exit(run_extract([str(f) for f in files], fmt, output, show_text, opts, show_all=show_all))


def run_extract(files: list[str], fmt: OutputFormat, output: Path | None, show_text: bool,
                opts: ExtractOptions, *, show_all: bool = False) -> int:
    """The body of ``infer extract``: returns the exit code. Every file is tried; failures are
    reported one line each and make the exit code 2. ``show_all``: the text view lists every row."""
    from infer.pipeline import ModelError

    code = EXIT_OK
    json_records: list[dict] = []
    text_chunks: list[str] = []
    many = len(files) > 1
    for src in files:
        try:
            if show_text:
                doc = load_report(src, max_bytes=opts.max_bytes)
                text_chunks.append((f"==> {src} <==\n" if many else "") + doc.text)
                continue
            doc, result = extract_one(src, opts)
        except InputError as exc:
            err(str(exc))
            code = EXIT_INPUT
            json_records.append({"file": src, "error": f"InputError: {_without_name(str(exc), src)}"})
            continue
        except ModelError as exc:
            err(f"{exc} (use --no-model to read the tables only)")
            return EXIT_INPUT
        except Exception as exc:  # a bug in the pipeline: still one line, and a distinct exit code
            err(f"{src}: internal error: {type(exc).__name__}: {exc}")
            code = max(code, EXIT_INTERNAL) if code != EXIT_INPUT else code
            json_records.append({"file": src, "error": f"{type(exc).__name__}: {exc}".splitlines()[0]})
            continue

        if fmt is OutputFormat.json:
            json_records.append(result.to_json())
        elif fmt is OutputFormat.html:
            from infer.views.html_page import render_html

            try:
                target = _html_target(src, output, many)
            except OSError as exc:
                err(f"--output {output}: cannot create the folder: {_oserror_line(exc)}")
                return EXIT_INPUT
            if not _write_html(target, render_html(result, doc.text, document_format=doc.format), output is None):
                code = EXIT_INPUT
        else:
            from infer.views.terminal import PIPE_WIDTH, make_console, render_terminal

            if output is None:
                if many and src != files[0]:
                    print()
                render_terminal(result, make_console(), document_format=doc.format, show_all=show_all)
            else:
                buffer = io.StringIO()
                render_terminal(result, Console(file=buffer, width=PIPE_WIDTH, highlight=False, color_system=None),
                                document_format=doc.format, show_all=show_all)
                text_chunks.append(buffer.getvalue())

    try:
        if show_text:
            _write("".join(text_chunks), output)
        elif fmt is OutputFormat.text and output is not None:
            _write("\n".join(text_chunks), output)
        elif fmt is OutputFormat.json and json_records and (many or "error" not in json_records[0]):
            # several files: a list with every file, failed ones as {"file", "error"} (none go missing)
            payload = json_records if many else json_records[0]
            _write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", output)
    except OSError as exc:
        err(f"{output if output is not None else '<stdout>'}: cannot write: {_oserror_line(exc)}")
        return EXIT_INPUT
    return code


def _without_name(message: str, src: str) -> str:
    """An InputError message names its file; a JSON record already does."""
    return message[len(src) + 2:] if message.startswith(f"{src}: ") else message


def _write(data: str, output: Path | None) -> None:
    """Write the whole output, or raise OSError having left no half-written file behind."""
    if not data:
        return
    if output is None:
        sys.stdout.write(data)
        sys.stdout.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(data)
    except OSError:
        if output.is_file() and not output.is_char_device():
            output.unlink(missing_ok=True)  # a truncated output is worse than none
        raise


# ``infer evaluate GOLD.json``: prose P/R/F1 and table accuracy against gold (infer/evaluate.py).
from infer.evaluate import evaluate_cli as _evaluate_cli  # noqa: E402

app.command("evaluate")(_evaluate_cli)

# ``infer overview FACTS.jsonl``: a collection on one page, and an Excel workbook (infer/overview/).
from infer.overview import overview_cli as _overview_cli  # noqa: E402

app.command("overview")(_overview_cli)


def main() -> None:
    """Console-script entry point (``infer = "infer.cli:main"``)."""
    app(prog_name="infer")


if __name__ == "__main__":
    main()
