"""The extraction pipeline, in one function: load → tables → prose tags → links → reconciliation.

:func:`extract` is what the CLI, the batch runner and the evaluation call. Each stage lives in its
own module; this file only wires them, so the order of work reads top to bottom in one place.

Every stage exists: an error inside one is a real error and propagates. The prose stage is the
package :mod:`infer.prose` (normalise → tag → link rules), beside :mod:`infer.tables`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, Sequence

from infer.prose.linker import link
from infer.reconcile import reconcile
from infer.result import ExtractionResult, ProseFact
from infer.tables import parse_tables
from infer.textio import DEFAULT_MAX_BYTES, Document, load_report


class TaggerLike(Protocol):
    def tag(self, text: str) -> Sequence[Any]: ...


class ModelError(RuntimeError):
    """The prose model could not be loaded (one-line message; the CLI suggests ``--no-model``)."""


@lru_cache(maxsize=4)
def load_tagger(model_dir: str | None = None) -> TaggerLike:
    """The prose tagger, loaded once per process and model directory (it is the slow part).

    A model that cannot be loaded raises :class:`ModelError`. (The tagger module imports torch, so it
    is imported here, not at the top: ``--no-model`` runs never load it.)"""
    from infer.tagger import Tagger

    try:
        return Tagger.load(model_dir)
    except (OSError, ValueError, RuntimeError, KeyError) as exc:
        where = model_dir or "the shipped model (models/tagger)"
        raise ModelError(f"cannot load the prose model from {where}: {exc}".splitlines()[0]) from exc


def extract(source: str | Path | Document, *, tagger: TaggerLike | None = None, use_model: bool = True,
            model_dir: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> ExtractionResult:
    """Extract the statistics of one report.

    ``source`` is a path or an already loaded :class:`~infer.textio.Document`. ``tagger`` is a loaded
    tagger (the batch runner loads one per worker); if absent and ``use_model`` is true, the tagger of
    ``model_dir`` (default: the shipped model) is loaded once per process. ``use_model=False`` skips
    prose tagging: tables are still parsed and reconciled against nothing.
    Raises :class:`~infer.textio.InputError` for unreadable input, :class:`ModelError` for a broken model.
    """
    # 1. Text: decoded once; every offset below refers to doc.text.
    doc = source if isinstance(source, Document) else load_report(source, max_bytes=max_bytes)
    warnings = list(doc.warnings)
    text = doc.text

    # 2. Tables: the standard statistics tables in whatever layout they survived.
    table = parse_tables(text)
    warnings.extend(getattr(table, "warnings", []) or [])

    # 3. Prose: normalise (glosses, wraps, spacing, a flattened table set apart; offsets kept to the
    #    original), tag spans with the model, then link each count to what it counts.
    from infer.prose.normalize import normalize_for_tagging

    norm = normalize_for_tagging(text)
    exclude = norm.regions_to_normalized(getattr(table, "regions", None) or ())
    spans: Sequence[Any] = []
    if use_model:
        tagger = tagger or load_tagger(model_dir)
        warnings.extend(norm.notes + norm.skipped_prose(exclude))  # never drop prose silently
        spans = tagger.tag(norm.text)
    else:
        warnings.append("prose tagging skipped (--no-model): only tables were read")
    prose_facts: list[ProseFact] = []
    if spans:
        prose_facts = norm.facts_to_original(link(norm.text, spans, exclude=exclude))

    # 4. Reconciliation: prose against table, field by field, and the prose against itself.
    rec = reconcile(prose_facts, table)
    rows, prose_checks = rec.rows, rec.prose_checks

    result = ExtractionResult(
        file=doc.path, encoding=doc.encoding, text_sha256=doc.sha256,
        prose_facts=prose_facts,
        table_template=getattr(table, "template", None),
        table_facts=list(getattr(table, "facts", []) or []),
        table_checks=list(getattr(table, "checks", []) or []),
        table_status=getattr(table, "status", None) or "absent",
        table_ambiguous=table.ambiguous_fields() if table is not None else {},
        prose_checks=prose_checks, reconciliation=rows, warnings=warnings,
        extractor=getattr(doc, "extractor", None),
    )
    from infer.metadata import read_metadata  # 5. who issued it, for which year (issue 15)
    result.report = read_metadata(text, table)
    _check_offsets(result, text)
    return result


def _check_offsets(result: ExtractionResult, text: str) -> None:
    """The contract says ``text == decoded[start:end]``: a fact that breaks it is dropped, loudly."""
    good = []
    for f in result.prose_facts:
        if 0 <= f.start <= f.end <= len(text) and text[f.start:f.end] == f.text:
            good.append(f)
        else:
            result.warnings.append(f"dropped prose fact {f.field}={f.value}: its offsets {f.start}:{f.end} "
                                   f"do not slice to {f.text!r}")
    result.prose_facts = good
    kept = []
    for t in result.table_facts:
        if 0 <= t.start <= t.end <= len(text):
            kept.append(t)
        else:
            result.warnings.append(f"dropped table fact {t.field}={t.value}: offsets {t.start}:{t.end} "
                                   "outside the text")
    result.table_facts = kept
