"""The closing signature: the issuing body's name and the date at the end of a report.

A report closes with its body's name and a date (on one line, or the name above the date), often
followed by page numbers, a page's 打印/关闭 links or the attachments (附件：…统计表). The signature
gives the publication date when no header states one, and the issuer when nothing before it names one.
"""
from __future__ import annotations

import re

from infer.metadata.dates import _DATE_RX
from infer.metadata.layout import _OPENING_CHARS
from infer.metadata.names import _line_name, _name_before

#: a signature is in the last part of a report
_SIGNATURE_CHARS = 3000
#: what may follow a signature date on its line: page numbers, a page's 打印/关闭 links, an attachment
_SIG_AFTER = re.compile(
    r"(?:[ \t\u3000]|[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+"
    r"|[【\[（(]?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|收藏|分享)[】\]）)]?"
    r"|[（(][^）)\n]{1,12}[）)])*"  # （此件公开发布）, （盖章）
    r"(?:\r?\n|\Z|附件|附\s*[:：])")
#: a signature followed by the report's attachments (a statistics table, the form): the next line starts them
_ATTACHMENT_NEXT = re.compile(r"[^\n]*\n(?:[ \t\u3000]*\r?\n)*[ \t\u3000]*(?:附件|附表|附\s*[:：])")


def _signatures(text: str, sh: str) -> list[tuple[re.Match[str], tuple[int, int] | None]]:
    """Closing-signature candidates, in text order: dates in the report's last part that stand at the end
    of their line (page numbers, 打印/关闭 or an attachment may follow) with nothing before them on the
    line but the body's name or the end of a sentence; each with the body's name, on that line or the
    line above (``None`` when neither names one)."""
    tail = max(int(len(text) * 0.6), len(text) - _SIGNATURE_CHARS)
    found = []
    for m in _DATE_RX.finditer(sh, min(tail, _OPENING_CHARS, len(text) // 5)):
        if not _SIG_AFTER.match(sh, m.end()):
            continue
        line_start = sh.rfind("\n", 0, m.start()) + 1
        name = _name_before(text, sh, line_start, m.start())
        if name is False:
            continue
        if name is None and not sh[line_start:m.start()].strip(" \t\u3000"):
            name = _line_name(text, line_start, sh)
        # before the last part, only a named signature with the attachments after it (附件：…统计表)
        if m.start() < tail and (name is None or not _ATTACHMENT_NEXT.match(sh, m.end())):
            continue
        found.append((m, name))
    return found
