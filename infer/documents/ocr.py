"""A small wrapper around the Tesseract command line, for scanned pages and tables printed as images.

The ``tesseract`` program (Debian: ``tesseract-ocr`` plus ``tesseract-ocr-chi-sim`` for simplified
Chinese) is called directly with TSV output, which gives every recognised word with its box; the
boxes go through the same line and cell rules as PDF glyphs (:mod:`infer.documents.lines`), so an
OCR'd table arrives at the table parser as TAB rows and its arithmetic checks catch misread digits.
No Python binding is needed. ``NIANBAO_TESSERACT`` names another binary; ``NIANBAO_NO_OCR=1`` turns
OCR off (the tests use it to check the warnings given when Tesseract is absent).
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

#: seconds allowed for one page
TIMEOUT = 120
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    confidence: float


def binary() -> str | None:
    if os.environ.get("NIANBAO_NO_OCR"):
        return None
    return shutil.which(os.environ.get("NIANBAO_TESSERACT", "tesseract"))


@lru_cache(maxsize=4)
def _languages(exe: str) -> frozenset[str]:
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def available() -> bool:
    """Tesseract is installed with its simplified Chinese model."""
    exe = binary()
    return exe is not None and "chi_sim" in _languages(exe)


def install_hint() -> str:
    exe = binary()
    if exe is not None and "chi_sim" not in _languages(exe):
        return "Tesseract has no simplified Chinese model (apt-get install tesseract-ocr-chi-sim)"
    return f"OCR needs Tesseract ({INSTALL})"


@lru_cache(maxsize=1)
def _version(exe: str) -> str:
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
        first = (out.stdout or out.stderr).splitlines()[0]
        return first.strip() or "tesseract"
    except (OSError, subprocess.SubprocessError, IndexError):
        return "tesseract"


def version() -> str:
    exe = binary()
    return _version(exe) if exe else "tesseract (not installed)"


def words(image: Any, *, lang: str = "chi_sim", psm: int = 11, whitelist: str | None = None) -> list[Word]:
    """Recognise the words of a PIL image; boxes in the image's pixels. ``psm=11`` (sparse text)
    finds text wherever it is, which suits a page whose table rules were erased (lines and cells
    are rebuilt from the boxes); ``whitelist`` limits the characters (digits, for number cells)."""
    exe = binary()
    if exe is None:
        raise RuntimeError(install_hint())
    with tempfile.TemporaryDirectory(prefix="nianbao-ocr-") as tmp:
        path = Path(tmp) / "page.png"
        image.save(path)
        extra = ["-c", f"tessedit_char_whitelist={whitelist}"] if whitelist else []
        proc = subprocess.run([exe, str(path), "stdout", "-l", lang, "--psm", str(psm), *extra, "tsv"],
                              capture_output=True, text=True, timeout=TIMEOUT)
    if proc.returncode != 0:
        raise RuntimeError(f"tesseract failed: {proc.stderr.strip().splitlines()[-1:] or proc.returncode}")
    return parse_tsv(proc.stdout)


def digits(image: Any, *, single_line: bool = False) -> list[Word]:
    """Numbers only: the cells of a table's number columns with everything else blanked (read
    as a block of rows), or one cell (``single_line``)."""
    return words(image, lang="eng", psm=7 if single_line else 6, whitelist="0123456789.")


def parse_tsv(tsv: str) -> list[Word]:
    """Tesseract's TSV (level, …, left, top, width, height, conf, text) → the recognised words."""
    out: list[Word] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if not text or row.get("level") != "5":
            continue
        left, top = float(row["left"]), float(row["top"])
        out.append(Word(text=text, x0=left, x1=left + float(row["width"]), top=top,
                        bottom=top + float(row["height"]), confidence=float(row.get("conf") or -1)))
    return out
