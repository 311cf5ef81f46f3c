from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ECBPLUS = ROOT.parent / "shared" / "bench" / "ecbplus"


@pytest.fixture
def in_root(monkeypatch):
    """Run with the repository as current folder, as the README's commands do."""
    monkeypatch.chdir(ROOT)
    return ROOT


def needs_ecbplus():
    return pytest.mark.skipif(not (ECBPLUS / "text").is_dir(), reason="../shared/bench/ecbplus absent")
