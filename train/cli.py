"""``train --config configs/default.yaml [--output DIR] [--set key=value ...]``: fine-tune the tagger.

``train export --output DIR``: write a trained tagger as a standard Hugging Face folder (train/export.py).
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, help=__doc__)


def project_root() -> Path:
    """Relative paths in configs are resolved against the project checkout (where configs/ lives)."""
    return Path(__file__).resolve().parent.parent


@app.command()
def run(
    config: Path = typer.Option(..., "--config", "-c", help="YAML training config (see configs/default.yaml)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Model folder to write (default: the config's output)."),
    set_: Optional[List[str]] = typer.Option(None, "--set", help="Override a config key, e.g. --set train.max_steps=50."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress bar."),
) -> None:
    """Train a tagger as the config says, print held-out and transfer scores, save the model."""
    from annotations.corpus import CorpusError
    from train.config import ConfigError, load_config

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        cfg = load_config(config, set_ or [])
    except ConfigError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    root = project_root()
    out = output or (Path(cfg.output) if cfg.output else None)
    if out is not None and not out.is_absolute():
        out = Path.cwd() / out
    from infer.encoder import BaseModelError
    from infer.model_io import ModelLoadError
    from train.loop import run_training
    from train.evaluate import format_table

    try:
        res = run_training(cfg, root, out, progress=not quiet)
    except (ConfigError, CorpusError, BaseModelError, ModelLoadError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    except ValueError as e:  # the model library refusing the config (head counts, LoRA targets): one line
        msg = " ".join(str(e).split())
        typer.echo(f"error: the model cannot be built from {config}: {msg[:300]}", err=True)
        raise typer.Exit(2)
    typer.echo(f"\n{res.steps} steps in {res.seconds / 60:.1f} min; data {res.data_sizes}")
    typer.echo(format_table(res.heldout, "held-out"))
    if res.transfer is not None:
        typer.echo(format_table(res.transfer, "transfer (seed prose)"))
    if out is not None:
        typer.echo(f"saved to {out}")


def main() -> None:
    import sys

    if sys.argv[1:2] == ["export"]:  # a sub-command beside the default one, so `train --config` stays as it is
        from train.export import export_cli

        export_cli(sys.argv[2:])
        return
    app()


if __name__ == "__main__":
    main()
