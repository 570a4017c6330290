"""Old Word (.doc) and WPS (.wps) files: converted to .docx by LibreOffice, then read as .docx.

``soffice --headless --convert-to docx`` runs with a throw-away user profile (so it works next to a
running LibreOffice and in parallel batch workers) and a time limit. Without LibreOffice the file is
refused with one line saying what to install.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from infer.documents import DocumentError

#: seconds allowed for one conversion (LibreOffice's first start in a fresh profile takes a few)
TIMEOUT = 180
INSTALL = "apt-get install libreoffice-writer-nogui"


class OfficeError(DocumentError):
    """A .doc/.wps that cannot be converted: one line, without the file name."""


def soffice() -> str | None:
    """The LibreOffice binary (``NIANBAO_SOFFICE`` overrides; ``NIANBAO_NO_SOFFICE=1`` hides it)."""
    if os.environ.get("NIANBAO_NO_SOFFICE"):
        return None
    override = os.environ.get("NIANBAO_SOFFICE")
    if override:
        return shutil.which(override)
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, name: str) -> tuple[bytes, str]:
    """Convert .doc/.wps bytes to .docx bytes; returns them and a note for the extractor name."""
    exe = soffice()
    suffix = Path(name).suffix.lower() or ".doc"
    if exe is None:
        raise OfficeError(f"reading {suffix} files needs LibreOffice ({INSTALL}), or save the file as .docx")
    with tempfile.TemporaryDirectory(prefix="nianbao-office-") as tmp:
        src = Path(tmp) / f"report{suffix if suffix in ('.doc', '.wps') else '.doc'}"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(Path(tmp) / "out"), str(src)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT,
                                  env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired:
            raise OfficeError(f"LibreOffice did not convert the file within {TIMEOUT} s") from None
        out = Path(tmp) / "out" / (src.stem + ".docx")
        if not out.exists():
            detail = (proc.stderr or proc.stdout or "").strip().splitlines()
            raise OfficeError("LibreOffice could not convert the file (damaged, encrypted or not a Word/WPS "
                              f"document){': ' + detail[-1] if detail else ''}")
        return out.read_bytes(), " (converted by LibreOffice)"
