"""Ways to show an :class:`~infer.result.ExtractionResult` to a person: a terminal view
(:mod:`infer.views.terminal`) and a self-contained HTML page (:mod:`infer.views.html_page`).
The JSON contract itself is :meth:`~infer.result.ExtractionResult.to_json`."""
from __future__ import annotations

from infer.result import LOW_SCORE, ExtractionResult, Number, ProseFact
from infer.schema import field, is_field


def fmt_number(v: Number | None) -> str:
    """``12`` → ``12``, ``7004.69`` → ``7004.69``, ``None`` → ``—``."""
    if v is None:
        return "—"
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:.2f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


def field_label(key: str) -> str:
    """The Chinese label of a field key, or the key itself for an unknown one."""
    return field(key).zh if is_field(key) else key


#: Reconciliation statuses in the order a reader should see them, with a short English gloss.
STATUS_GLOSS = {
    "mismatch": "prose and table disagree",
    "explained": "differ by a known identity",
    "match": "prose and table agree",
    "prose_only": "stated in prose only",
    "table_only": "stated in the table only",
}


#: How every view marks a prose fact scored below :data:`~infer.result.LOW_SCORE`: reconciliation
#: (:func:`infer.reconcile.reconcile`) ignores it, so its value is in no field row and raises no
#: mismatch; shown like the others it would look like a value the report was checked on.
UNSURE_SHORT = "low confidence, not reconciled"
UNSURE_NOTE = f"{UNSURE_SHORT} (score below {LOW_SCORE:g})"


def unsure_facts(result: ExtractionResult) -> list[ProseFact]:
    """The prose facts reconciliation left out (:attr:`ProseFact.unsure`, the same threshold), in text order."""
    return sorted((f for f in result.prose_facts if f.unsure), key=lambda f: (f.start, f.field))
