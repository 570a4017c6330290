"""``annotate``: the Label Studio round trip.

    annotate export REPORT_OR_DIR... --out DIR [--model DIR | --no-model] [--url URL --api-key KEY --project NAME]
    annotate import EXPORT.json --out annotations/corpus/NAME.json [--stand-off] [--fix-shifted] [--report R.json]
    annotate import --url URL --api-key KEY --project ID --out annotations/corpus/NAME.json
    annotate config [--out config.xml]
    annotate dataset CORPUS.json... | --config configs/default.yaml  --output DIR   (train/hf_dataset.py)

User mistakes (missing file, wrong export format, server down, bad key) end with a one-line
``error:`` message and exit code 2, never a traceback.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(add_completion=False, help="Label Studio round trip: export passages with the model's "
                  "predictions, import annotations into the corpus.", no_args_is_help=True)
err = Console(stderr=True)
out = Console()


def _fail(msg: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {msg}", highlight=False)
    raise typer.Exit(code)


def _load_tagger(model: Optional[Path]):  # -> (tagger, version)
    from annotations.ls_export import model_version

    try:
        from infer.tagger import DEFAULT_MODEL_DIR, Tagger
    except ImportError as e:
        _fail(f"the tagger is not available ({e}); export without predictions with --no-model")
    model_dir = model or DEFAULT_MODEL_DIR
    if not Path(model_dir).is_dir():
        _fail(f"no model at {model_dir}: pass --model DIR, or --no-model to export without predictions")
    try:
        tagger = Tagger.load(model_dir)
    except Exception as e:  # any load failure is the user's model folder, not a bug here
        _fail(f"cannot load the model in {model_dir}: {type(e).__name__}: {e}")
    return tagger, model_version(tagger, model_dir)


@app.command("export")
def export_cmd(
    inputs: List[Path] = typer.Argument(..., help="Report files (.txt/.html), corpus files (.json) or folders of them."),
    out_dir: Path = typer.Option(..., "--out", "-o", help="Folder for tasks.json and config.xml."),
    model: Optional[Path] = typer.Option(None, "--model", help="Model folder for the predictions (default: the shipped models/tagger)."),
    no_model: bool = typer.Option(False, "--no-model", help="Export without predictions."),
    max_chars: int = typer.Option(300, "--max-chars", help="Cut longer paragraphs at sentence ends."),
    url: Optional[str] = typer.Option(None, "--url", envvar="LABEL_STUDIO_URL", help="Also push into this Label Studio."),
    api_key: Optional[str] = typer.Option(None, "--api-key", envvar="LABEL_STUDIO_API_KEY", help="Label Studio API key."),
    project: str = typer.Option("nianbao", "--project", help="Project title to create or add to."),
) -> None:
    """Write Label Studio tasks (one per passage, with predictions) and the labeling config."""
    from annotations.ls_export import ExportError, export_tasks, write_export

    if model is not None and no_model:
        _fail("--model and --no-model exclude each other")
    tagger, version = (None, "") if no_model else _load_tagger(model)
    try:
        tasks, stats = export_tasks(inputs, tagger=tagger, version=version, max_chars=max_chars)
    except ExportError as e:
        _fail(str(e))
    tasks_path, config_path = write_export(out_dir, tasks)
    out.print(f"{stats.passages} passages from {stats.documents} files -> {tasks_path} (+ {config_path.name})"
              + (f"; {stats.predicted_spans} predicted spans, model {version}" if tagger else "; no predictions"))
    for msg in stats.dropped_predictions or []:
        err.print(f"[yellow]prediction dropped:[/] {msg}", highlight=False, markup=False)
    for msg in stats.skipped_tasks or []:
        err.print(f"[yellow]task skipped:[/] {escape(msg)}", highlight=False)
    if url:
        from annotations.ls_server import ServerError, connect, push_tasks

        try:
            res = push_tasks(connect(url, api_key), project, tasks)
        except ServerError as e:
            _fail(str(e))
        out.print(f"Label Studio project {project!r} (id {res.project_id}{', created' if res.created else ''}): "
                  f"{res.imported} tasks imported, {res.already_present} already there")


def _summary(result, source: str, show: int) -> None:
    t = Table(title=f"annotate import: {source}")
    t.add_column("what")
    t.add_column("count", justify="right")
    t.add_row("tasks in the export", str(result.tasks_in))
    t.add_row("tasks written", str(result.tasks_out))
    t.add_row("tasks skipped", str(result.skipped_tasks()))
    t.add_row("spans written", str(result.spans_out))
    for key, n in result.counts().items():
        t.add_row(key, str(n))
    out.print(t)
    if result.issues:
        it = Table(title="issues" + (f" (first {show} of {len(result.issues)}; all in --report)"
                                     if len(result.issues) > show else ""))
        for col in ("task", "kind", "action", "detail"):
            it.add_column(col, overflow="fold")
        for i in result.issues[:show]:
            it.add_row(i.task, i.kind, i.action, i.detail)
        out.print(it)


def _existing_corpus(out_path: Path, merge: bool, overwrite: bool) -> list:
    """The tasks already in ``--out`` (empty if none), refusing to touch a non-empty corpus without
    ``--merge`` or ``--overwrite``: re-using one ``--out`` per batch must not erase the last batch."""
    from annotations.corpus import CorpusError, load_tasks

    if not out_path.exists() or (out_path.is_file() and out_path.stat().st_size == 0):
        return []
    if out_path.is_dir():
        _fail(f"--out {out_path} is a directory: give the corpus file's name")
    try:
        existing = load_tasks(out_path)
    except (CorpusError, OSError, ValueError) as e:
        if overwrite:
            return []
        _fail(f"--out {out_path} exists and is not a corpus file ({str(e).splitlines()[0]}): refusing to replace "
              "it (add --overwrite if that is really meant)")
    if existing and not (merge or overwrite):
        _fail(f"--out {out_path} already holds {len(existing)} tasks: add --merge to add this import to them "
              "(the same passage imported again replaces the older task) or --overwrite to replace the file")
    return existing


@app.command("import")
def import_cmd(
    export: Optional[Path] = typer.Argument(None, help="A Label Studio JSON export (omit with --url/--project)."),
    out_path: Path = typer.Option(..., "--out", "-o", help="Corpus file to write, e.g. annotations/corpus/real_ls.json."),
    url: Optional[str] = typer.Option(None, "--url", help="Pull the export from this Label Studio (env LABEL_STUDIO_URL)."),
    api_key: Optional[str] = typer.Option(None, "--api-key", envvar="LABEL_STUDIO_API_KEY", help="Label Studio API key."),
    project: Optional[str] = typer.Option(None, "--project", help="Project id or title (with --url)."),
    stand_off: bool = typer.Option(False, "--stand-off", help="Store offsets only (text re-read from ../shared, sha256-checked)."),
    fix_shifted: bool = typer.Option(False, "--fix-shifted", help="Move a span whose value.text sits a few characters away to that exact text."),
    keep_partial: bool = typer.Option(False, "--keep-partial", help="Keep a task with a bad region (drop the region) instead of skipping the task."),
    annotator: Optional[str] = typer.Option(None, "--annotator", help="Import only this annotator's work (email or user id)."),
    merge_policy: str = typer.Option("latest", "--merge-policy", help="Several annotations on a task: latest | earliest | ground-truth."),
    report: Optional[Path] = typer.Option(None, "--report", help="Write every skipped/fixed item as JSON here."),
    save_export: Optional[Path] = typer.Option(None, "--save-export", help="With --url: also keep the raw export here."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 if any task was skipped or any span fixed."),
    show: int = typer.Option(40, "--show", help="Issues listed on screen (all go to --report)."),
    merge: bool = typer.Option(False, "--merge", help="--out exists: add these tasks to it; a task for the same "
                               "passage (same document and offsets, or same text) replaces the older one."),
    overwrite: bool = typer.Option(False, "--overwrite", help="--out exists: replace it (never with an empty corpus)."),
    allow_outside_shared: bool = typer.Option(False, "--allow-outside-shared", help="--stand-off: let meta.source/"
                                              "meta.doc point outside ../shared (absolute paths, '..')."),
) -> None:
    """Read a Label Studio JSON export into the corpus format, checking every span against its text."""
    from annotations.corpus import save_tasks
    from annotations.ls_import import (DROPPED_REGION, FIXED, MERGE_POLICIES, SKIPPED_TASK, ExportFormatError,
                                       ImportOptions, check_export_shape, import_export, merge_tasks, read_export)

    if merge_policy not in MERGE_POLICIES:
        _fail(f"--merge-policy must be one of {', '.join(MERGE_POLICIES)}")
    if merge and overwrite:
        _fail("--merge and --overwrite exclude each other")
    existing = _existing_corpus(out_path, merge, overwrite)
    url = url or (os.environ.get("LABEL_STUDIO_URL") if export is None else None)
    if (export is None) == (url is None):
        _fail("give either an export file or --url with --project")
    users: dict[int, str] = {}
    try:
        if export is not None:
            tasks, source = read_export(export), str(export)
        else:
            if not project:
                _fail("--url needs --project ID (or title)")
            from annotations.ls_server import ServerError, connect, pull_export

            try:
                raw, users = pull_export(connect(url, api_key), project)
            except ServerError as e:
                _fail(str(e))
            source = f"{url} project {project}"
            if save_export:
                save_export.parent.mkdir(parents=True, exist_ok=True)
                save_export.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
            tasks = check_export_shape(raw, source)
    except ExportFormatError as e:
        _fail(str(e))
    opts = ImportOptions(fix_shifted=fix_shifted, keep_partial=keep_partial, stand_off=stand_off,
                         annotator=annotator, merge_policy=merge_policy, users=users,
                         allow_outside_shared=allow_outside_shared)
    result = import_export(tasks, opts)
    _summary(result, source, show)
    if existing and not result.tasks:
        _fail(f"no task could be imported: {out_path} keeps its {len(existing)} tasks (an empty corpus never "
              "replaces a non-empty one)", code=1)
    if merge and existing:
        merged, replaced = merge_tasks(existing, result.tasks)
        out.print(f"merged into {out_path}: {len(existing)} tasks before, {replaced} replaced by a newer import "
                  f"of the same passage, {len(merged) - len(existing)} added", highlight=False)
        save_tasks(out_path, merged)
    else:
        save_tasks(out_path, result.tasks)
    seeds = sorted({t["data"]["meta"].get("doc", "?") for t in result.tasks
                    if str(t["data"].get("meta", {}).get("source", "")).rstrip("/").endswith("seeds")})
    if seeds and "eval" not in out_path.parts:
        err.print(f"[bold yellow]warning:[/] {len(seeds)} documents come from the seeds, the public test set "
                  f"({', '.join(seeds[:3])}{' ...' if len(seeds) > 3 else ''}): keep them out of training "
                  "(write them under annotations/eval/)", highlight=False)
    out.print(f"wrote {result.tasks_out} tasks, {result.spans_out} spans -> {out_path}")
    if report:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result.report(source), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                          encoding="utf-8")
    if strict and any(i.action in (FIXED, SKIPPED_TASK, DROPPED_REGION) for i in result.issues):
        raise typer.Exit(1)


@app.command("config")
def config_cmd(out_path: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout.")) -> None:
    """Print the Label Studio labeling config generated from the tag set."""
    from annotations.ls_config import labeling_config

    xml = labeling_config()
    if out_path:
        out_path.write_text(xml, encoding="utf-8")
    else:
        typer.echo(xml, nl=False)


@app.command("dataset")
def dataset_cmd(
    inputs: Optional[List[Path]] = typer.Argument(None, help="Corpus files (.json, Label Studio tasks; stand-off is resolved)."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to write (datasets save_to_disk)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Instead of files: the data of this training config, split as training splits it."),
    set_: Optional[List[str]] = typer.Option(None, "--set", help="Override a config key, as in train."),
) -> None:
    """Write the annotated corpus as a Hugging Face datasets folder, for training elsewhere."""
    from train.hf_dataset import corpus_to_folder

    try:
        dd = corpus_to_folder(inputs or [], config, output, set_ or [])
    except ValueError as e:  # CorpusError and ConfigError included
        _fail(str(e))
    out.print(f"wrote {output}: " + ", ".join(f"{k} {len(v)} passages" for k, v in dd.items())
              + "; load with datasets.load_from_disk")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
