"""Shared fixtures. Real reports are read from ``../shared`` at run time and never copied here;
tests that need them skip cleanly where ``../shared`` is absent."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is absent: real reports are not available here")
    return SHARED


@pytest.fixture(scope="session")
def seed_paths(shared_dir: Path) -> list[Path]:
    return sorted((shared_dir / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def gold(shared_dir: Path) -> dict:
    data = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.fixture(scope="session")
def raw_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "raw"
