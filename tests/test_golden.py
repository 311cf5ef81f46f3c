"""The committed seed reports are exactly what the code produces now."""

from __future__ import annotations

import json

from factcheck.api import analyse
from factcheck.render import render_json, render_markdown


def test_markdown_report_matches_committed(in_root):
    expected = (in_root / "reports" / "provenance.md").read_text(encoding="utf-8")
    assert render_markdown(analyse(["seeds"])) == expected, "regenerate: factcheck report"


def test_json_report_matches_committed(in_root):
    expected = (in_root / "reports" / "provenance.json").read_text(encoding="utf-8")
    assert render_json(analyse(["seeds"])) == expected, "regenerate: factcheck report --format json"


def test_every_claim_grouped_and_verbatim(in_root):
    data = json.loads((in_root / "reports" / "provenance.json").read_text(encoding="utf-8"))
    texts = {s["path"]: (in_root / s["path"]).read_text(encoding="utf-8") for s in data["sources"]}
    seen = set()
    for cluster in data["clusters"]:
        for claim in cluster["claims"]:
            assert texts[claim["source"]][claim["start"]:claim["end"]] == claim["text"]
            line = texts[claim["source"]].count("\n", 0, claim["start"]) + 1
            assert line == claim["line"]
            seen.add((claim["source"], claim["start"]))
    assert len(seen) == sum(s["claims"] for s in data["sources"])


def test_every_markdown_quote_cites_file_and_line(in_root):
    markdown = (in_root / "reports" / "provenance.md").read_text(encoding="utf-8")
    data = json.loads((in_root / "reports" / "provenance.json").read_text(encoding="utf-8"))
    for cluster in data["clusters"]:
        for claim in cluster["claims"]:
            assert f"`{claim['source']}:{claim['line']}`" in markdown


def test_output_independent_of_path_order(in_root):
    files = sorted(str(p.relative_to(in_root)) for p in (in_root / "seeds").iterdir())
    assert render_markdown(analyse(files)) == render_markdown(analyse(list(reversed(files))))
