"""Word (.docx) → report text, with python-docx (MIT).

The body is read in document order: each paragraph is one line, each table becomes TAB rows with a
blank line around it, as :mod:`infer.html_text` renders HTML tables. Merged cells follow the same
convention: a cell spanning N grid columns is followed by N-1 empty cells, and a vertically merged
cell is empty on the rows it continues into (its label is not repeated). A table nested in a cell
contributes its text to that cell. Page headers and footers are not part of the body, so they are
not read. A large picture (a table pasted as an image) is read by OCR like a scanned page
(:mod:`infer.documents.scan`) where Tesseract is installed, and named in a warning otherwise.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any, Iterator

from infer.documents import DocumentError, ocr
from infer.documents.lines import cell_text, table_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocxError(DocumentError):
    """A .docx that cannot be read: one line, without the file name."""


@dataclass
class DocxText:
    text: str
    extractor: str
    warnings: list[str] = field(default_factory=list)


def read_docx(data: bytes) -> DocxText:
    """Extract the text of a .docx (see the module docstring). Raises :class:`DocxError`."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise DocxError("the file is encrypted or in the old Word format, not a .docx")
        raise DocxError("not a readable .docx (not a ZIP package: damaged or truncated)")
    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise DocxError("not a Word document (the package has no main document part)") from None
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DocxError(f"not a readable .docx ({type(exc).__name__}: {exc})".splitlines()[0]) from None
    except Exception as exc:  # lxml errors on broken XML, etc.
        raise DocxError(f"not a readable .docx ({type(exc).__name__}: {exc})".splitlines()[0]) from None

    lines: list[str] = []
    warnings: list[str] = []
    unread = 0
    used_ocr = False
    for kind, el in _body_items(document.element.body):
        if kind == "p":
            text = _paragraph_text(el)
            if text.strip():
                lines.append(" ".join(text.split()) if "\t" not in text else text.strip())
            for image in _images(document, el):
                if not ocr.available():
                    unread += 1
                    continue
                used_ocr = True
                got = _ocr_image(image)
                if got:
                    if lines and lines[-1] != "":
                        lines.append("")
                    lines.extend(got)
                    lines.append("")
                    warnings.append(f"an image ({image.width}×{image.height}) was read by OCR ({len(got)} lines); "
                                    "OCR can misread digits: check the table's arithmetic checks")
        else:
            rows = _table_rows(el)
            if rows:
                if lines and lines[-1] != "":
                    lines.append("")
                lines.extend(rows)
                lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    if unread:
        warnings.append(f"the document holds {unread} large image(s) (possibly tables), not read: {ocr.install_hint()}")
    text = "\n".join(lines) + "\n" if lines else ""
    extractor = f"python-docx {getattr(docx, '__version__', '')}".strip()
    if used_ocr:
        extractor += f" + {ocr.version()}"
    return DocxText(text=text, extractor=extractor, warnings=warnings)


#: pictures smaller than this (pixels) are logos, seals or decorations, not tables
MIN_IMAGE_PIXELS = 250_000
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"


def _images(document: Any, p: Any) -> Iterator[Any]:
    """The large pictures of a paragraph (PIL images), in order; unreadable ones are skipped."""
    from PIL import Image

    ids = [b.get(_R_EMBED) for b in p.iter(_BLIP) if not _in_fallback(b)]
    ids += [v.get(_R_ID) for v in p.iter(_VML_IMAGE) if not _in_fallback(v)]
    for rid in ids:
        part = document.part.related_parts.get(rid) if rid else None
        if part is None:
            continue
        try:
            image = Image.open(io.BytesIO(part.blob))
            image.load()
        except Exception:  # EMF/WMF and other formats PIL cannot open
            continue
        if image.width * image.height >= MIN_IMAGE_PIXELS:
            yield image


def _ocr_image(image: Any) -> list[str]:
    """An embedded picture read like a scanned page (:mod:`infer.documents.scan`): its text lines,
    then its ruled tables as TAB rows, in vertical order."""
    from infer.documents.scan import read_image

    got = read_image(image.convert("RGB"), ocr.words, ocr.digits)
    items: list[tuple[float, list[str]]] = [(ln.top, [ln.text]) for ln in got.lines]
    items += [(top, table_lines(rows)) for top, rows in got.tables]
    return [line for _, block in sorted(items, key=lambda t: t[0]) for line in block]


def _body_items(body: Any) -> Iterator[tuple[str, Any]]:
    """Paragraphs and tables of the body in order (also those inside content controls)."""
    for child in body.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            yield "p", child
        elif tag == f"{_W}tbl":
            yield "tbl", child
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_items(content)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _in_fallback(el: Any) -> bool:
    """Inside ``mc:Fallback``: Word stores a text box twice (new and legacy form); read it once."""
    parent = el.getparent()
    while parent is not None:
        if parent.tag == _MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _paragraph_text(p: Any) -> str:
    """A paragraph's text: runs, hyperlinks, fields and text boxes in order; tabs kept, line breaks
    as spaces."""
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if _in_fallback(el):
            continue
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append("\t")
        else:
            parts.append(" ")
    return "".join(parts)


def _table_rows(tbl: Any) -> list[str]:
    """A table's rows as TAB lines, merged cells expanded as the module docstring says."""
    out: list[str] = []
    for tr in tbl.findall(f"{_W}tr"):
        cells: list[str] = []
        pr = tr.find(f"{_W}trPr")
        before = _int_val(pr.find(f"{_W}gridBefore")) if pr is not None else 0
        cells.extend([""] * before)
        for tc in tr.findall(f"{_W}tc"):
            tcpr = tc.find(f"{_W}tcPr")
            span = 1
            continued = False
            if tcpr is not None:
                span = max(1, _int_val(tcpr.find(f"{_W}gridSpan")) or 1)
                vm = tcpr.find(f"{_W}vMerge")
                continued = vm is not None and vm.get(f"{_W}val", "continue") == "continue"
            text = "" if continued else _cell_text(tc)
            cells.append(text)
            cells.extend([""] * (span - 1))
        if any(cells):
            out.append("\t".join(cells))
    return out


def _cell_text(tc: Any) -> str:
    """A cell's paragraphs joined like wrapped lines (nested tables included), on one line."""
    texts = [_paragraph_text(p) for p in tc.iter(f"{_W}p")]
    return cell_text("\n".join(t for t in texts if t.strip()))


def _int_val(el: Any) -> int:
    if el is None:
        return 0
    try:
        return int(el.get(f"{_W}val", "0"))
    except ValueError:
        return 0
