"""Reports published as documents: PDF, Word (.docx) and, through LibreOffice, .doc/.wps.

:func:`load_document` is the one entry point; :func:`infer.textio.load_report` calls it for files
that :func:`is_document` recognises (by signature first, then by name), so every command that reads
reports (``extract``, batch mode, ``evaluate``) reads documents too. The text produced follows the
HTML conventions: paragraphs one per line, tables as TAB rows; all offsets refer to it and
``infer extract --show-text`` prints it. Which extractor produced it is recorded in
``Document.extractor``; anything not read (a scanned page without OCR, an image) is a warning naming
the page.
"""
from __future__ import annotations

from pathlib import Path

#: file name suffixes read as documents
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc", ".wps")



class DocumentError(Exception):
    """A document that cannot be read; ``str(err)`` is one line, without the file name."""


_PDF = b"%PDF-"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps (and .xls …): OLE compound files


def document_kind(name: str | Path, head: bytes) -> str | None:
    """``pdf``, ``docx``, ``office`` (.doc/.wps, converted by LibreOffice) or ``None`` for text/HTML.

    The signature decides where it is clear (a PDF named .txt is still a PDF; an ASCII-only PDF must
    never be read as an empty text report); the suffix decides for the rest."""
    suffix = Path(name).suffix.lower()
    if head.lstrip()[:5] == _PDF or (suffix == ".pdf" and _PDF in head[:1024]):
        return "pdf"
    if head.startswith(_OLE):
        return "office"
    if head.startswith(_ZIP) and suffix in (".docx", ".docm", ".wps", ".doc", ""):
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in (".doc", ".wps"):
        # many ".doc" downloads are really Word-saved HTML or plain text: those are read as such
        if head.lstrip()[:5] == b"{\\rtf" or b"\x00" in head:
            return "office"
        return None
    return None


def load_document(data: bytes, name: str, kind: str):  # -> infer.textio.Document
    """Read a document's bytes into a :class:`~infer.textio.Document` (format ``pdf``/``docx``).

    Raises :class:`~infer.textio.InputError` with one line for anything unreadable, and for a
    document in which nothing could be read (say, scanned pages without Tesseract)."""
    from infer.textio import Document, InputError, sha256_text

    if not data:
        raise InputError(f"{name}: the file is empty")
    try:
        return _load(data, name, kind)
    except ImportError as exc:  # the optional extra is not installed
        raise InputError(f"{name}: reading {kind.upper()} files needs {exc.name or 'pdfplumber/python-docx'}: "
                         "pip install 'nianbao[pdf]'") from None


def _load(data: bytes, name: str, kind: str):  # -> infer.textio.Document
    from infer.textio import Document, InputError, sha256_text

    if kind == "pdf":
        from infer.documents.pdf import read_pdf

        try:
            got = read_pdf(data)
        except DocumentError as exc:
            raise InputError(f"{name}: {exc}") from None
        text, extractor, warnings, fmt = got.text, got.extractor, got.warnings, "pdf"
    elif kind in ("docx", "office"):
        from infer.documents.docx import read_docx

        try:
            if kind == "office":
                from infer.documents.office import convert_to_docx

                data, via = convert_to_docx(data, name)
            else:
                via = ""
            got = read_docx(data)
        except DocumentError as exc:
            raise InputError(f"{name}: {exc}") from None
        text, extractor, warnings = got.text, got.extractor + via, got.warnings
        fmt = "docx" if kind == "docx" else Path(name).suffix.lower().lstrip(".") or "doc"
    else:
        raise ValueError(f"unknown document kind {kind!r}")
    if not text.strip():
        why = "; ".join(warnings) or "the document contains no text"
        raise InputError(f"{name}: no text could be read ({why})")
    # no text encoding for a binary document: the field names what decoded it (views show it there)
    return Document(path=name, text=text, encoding=extractor, sha256=sha256_text(text), format=fmt,
                    warnings=warnings, extractor=extractor)
