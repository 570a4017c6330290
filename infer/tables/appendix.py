"""Reader of pre-2019 附表 (indicator | value [| 历年累计]) — stub replaced below."""
from __future__ import annotations

from infer.tables.model import TableResult


def read(text: str, shadow: str) -> TableResult | None:
    return None
