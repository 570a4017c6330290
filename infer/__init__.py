"""nianbao runtime: read a government information-disclosure annual report and extract its statistics.

The pipeline (see :mod:`infer.pipeline`) has four components, each in its own module:
text loading (:mod:`infer.textio`), table parsing (:mod:`infer.tables`), prose tagging
(:mod:`infer.tagger`) with linking (:mod:`infer.linker`), and reconciliation (:mod:`infer.reconcile`).
Shared knowledge lives in exactly one place each: field keys in :mod:`infer.schema`, the tag set in
:mod:`infer.labels`, Chinese synonyms in :mod:`infer.lexicon`, numerals in :mod:`infer.numerals`.
"""

__version__ = "0.1.0"
