"""Headless Chromium for the browser tests, started the one way this machine allows (no network, no sandbox
as root, a fresh profile per test): shared by tests/test_views.py and tests/test_overview_browser.py."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def browser(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with ``args`` (e.g. ``--dump-dom URL``); skip the test when it is not installed
    (CI installs it and fails on that skip)."""
    exe = chromium()
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chromium-profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)
