"""Moved to :mod:`infer.prose.segment`; kept so ``from infer.clauses import segment`` still works."""
from infer.prose.segment import (CLAUSE_ENDS, PIECE_ENDS, SENTENCE_ENDS, TABLE_SEPARATORS, Segmentation,
                                 segment, table_line_ranges)

__all__ = ["CLAUSE_ENDS", "PIECE_ENDS", "SENTENCE_ENDS", "TABLE_SEPARATORS", "Segmentation", "segment",
           "table_line_ranges"]
