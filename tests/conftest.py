from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import analyse
from factcheck.models import Result
from factcheck.normalise import AliasTable, Features, featurize

ROOT = Path(__file__).resolve().parent.parent
ECBPLUS = ROOT.parent / "shared" / "bench" / "ecbplus"


@pytest.fixture
def in_root(monkeypatch):
    """Run with the repository as current folder, as the README's commands do."""
    monkeypatch.chdir(ROOT)
    return ROOT


def needs_ecbplus():
    return pytest.mark.skipif(not (ECBPLUS / "text").is_dir(), reason="../shared/bench/ecbplus absent")


def features_of(*texts: str) -> list[Features]:
    """The features of lone sentences, read with one alias table as one run reads them."""
    aliases = AliasTable()
    return [featurize(text, aliases=aliases) for text in texts]


def analyse_articles(folder: Path, articles: dict[str, str]) -> Result:
    """Write each article to ``folder`` and analyse the folder on one process."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return analyse([str(folder)], jobs=1)
