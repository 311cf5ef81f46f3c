"""The editor's Markdown report on a small hand-built result: order, matrix, checklist, links."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from factcheck.models import (
    AgreedValue,
    Attribution,
    AttributionKind,
    Certainty,
    Claim,
    Cluster,
    Conflict,
    ConflictKind,
    Match,
    Result,
    Source,
    Status,
    ValueMention,
    WireCopy,
)
from factcheck.render import escape_markdown, github_anchor, render_json, render_markdown

ROE = Attribution(AttributionKind.NAMED, "Interior Minister Jane Roe")
ROE_SHORT = Attribution(AttributionKind.NAMED, "Roe")
SOURCES_SAID = Attribution(AttributionKind.ANONYMOUS, "diplomatic sources")


def _claim(source: str, line: int, text: str, attribution: Attribution = Attribution(),
           certainty: Certainty = Certainty.ASSERTED) -> Claim:
    return Claim(source=source, line=line, start=line * 100, end=line * 100 + len(text), text=text,
                 attribution=attribution, certainty=certainty)


A1 = _claim("a.txt", 1, "The bridge reopens on April 10.")
B1 = _claim("b.txt", 1, "The bridge reopens on April 11.")
C1 = _claim("c.txt", 1, "Traffic returns to the bridge on April 10.")
A2 = _claim("a.txt", 2, "Roe said the repairs cost $5 million.", ROE)
B2 = _claim("b.txt", 2, "The repairs cost $5 million, Roe said.", ROE_SHORT)
A3 = _claim("a.txt", 3, "The old bridge opened in 1931 | a toll was charged.")
C2 = _claim("c.txt", 2, "A second bridge may be built, diplomatic sources said.", SOURCES_SAID,
            Certainty.HEDGED)
C3 = _claim("c.txt", 5, "A second bridge could follow.", certainty=Certainty.HEDGED)

CONTRADICTED = Cluster(
    id="aaaa000001", status=Status.CONTRADICTED, claims=(A1, B1, C1), score=0.8,
    shared_terms=("bridge", "reopens"),
    conflicts=(Conflict(ConflictKind.DATE, A1, "April 10", B1, "April 11"),
               Conflict(ConflictKind.DATE, C1, "April 10", B1, "April 11")),
    independent_sources=3,
)
CORROBORATED = Cluster(id="bbbb000002", status=Status.CORROBORATED, claims=(A2, B2), score=0.9,
                       shared_terms=("cost", "repairs"), shared_values=("$5 million",),
                       independent_sources=1)
SINGLE_A = Cluster(id="cccc000003", status=Status.SINGLE_SOURCE, claims=(A3,), score=1.0)
SINGLE_C = Cluster(id="dddd000004", status=Status.SINGLE_SOURCE, claims=(C2, C3), score=0.7)

RESULT = Result(
    sources=tuple(Source(path=p, text="", sha256=f"{n}" * 64)
                  for n, p in enumerate(("a.txt", "b.txt", "c.txt"))),
    claims=(A1, A2, A3, B1, B2, C1, C2, C3),
    clusters=(CONTRADICTED, CORROBORATED, SINGLE_A, SINGLE_C),
)


@pytest.fixture(scope="module")
def report() -> str:
    return render_markdown(RESULT)


def test_sections_in_editor_order(report):
    headings = [line for line in report.splitlines() if line.startswith("#")]
    assert headings == [
        "# Provenance report",
        "## Summary",
        "## Contradictions",
        "### Fact `aaaa000001`",
        "## Coverage matrix",
        "## Corroborated facts",
        "### Fact `bbbb000002`",
        "## Needs a second source",
        "### `a.txt`",
        "### `c.txt`",
        "## Files",
    ]


def _table_row(report: str, start: str) -> list[str]:
    line = next(line for line in report.splitlines() if line.startswith(start))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_coverage_matrix_marks_states_and_contradicts(report):
    assert _table_row(report, "| fact")[1:] == ["`a`", "`b`", "`c`"]
    # b.txt holds the minority date: it contradicts; a.txt and c.txt state the fact
    assert _table_row(report, "| [aaaa000001](#fact-aaaa000001)")[1:] == ["\u2713", "\u2717", "\u2713"]
    assert _table_row(report, "| [bbbb000002](#fact-bbbb000002)")[1:] == ["\u2713", "\u2713", ""]


def test_matrix_row_names_its_fact_by_its_shortest_claim(report):
    assert _table_row(report, "| [aaaa000001](#fact-aaaa000001)")[0] == (
        "[aaaa000001](#fact-aaaa000001) The bridge reopens on April 10.")
    assert _table_row(report, "| [bbbb000002](#fact-bbbb000002)")[0] == (
        "[bbbb000002](#fact-bbbb000002) Roe said the repairs cost \\$5 million.")


def test_matrix_row_names_its_fact_by_a_claim_that_says_what_they_share():
    # The shortest claim joined on a side clause; the label is one that says the shared terms.
    plea = _claim("a.txt", 9, "Roe pleaded not guilty on Monday.")
    arraigned = _claim("b.txt", 9, "Roe will be arraigned in district court on Monday.")
    cluster = Cluster(id="gggg000007", status=Status.CORROBORATED, claims=(plea, arraigned), score=0.6,
                      shared_terms=("arraigned", "district court", "Monday"))
    result = Result(sources=RESULT.sources, claims=(plea, arraigned), clusters=(cluster,))
    label = _table_row(render_markdown(result), "| [gggg000007]")[0]
    assert label == "[gggg000007](#fact-gggg000007) Roe will be arraigned in district court on Monday."


def test_long_matrix_label_is_cut_at_a_word_with_an_ellipsis():
    long = _claim("a.txt", 7, "The committee, which met behind closed doors for three days in the "
                  "capital, voted to reopen the bridge.")
    cluster = Cluster(id="eeee000005", status=Status.CORROBORATED, claims=(long, B1), score=0.9)
    result = Result(sources=RESULT.sources, claims=(long, B1), clusters=(cluster,))
    label = _table_row(render_markdown(result), "| [eeee000005]")[0]
    assert label == "[eeee000005](#fact-eeee000005) The bridge reopens on April 11."
    longer = _claim("b.txt", 8, long.text + " It did so twice.")
    both = Cluster(id="ffff000006", status=Status.CORROBORATED, claims=(long, longer), score=0.9)
    label = _table_row(render_markdown(Result(sources=RESULT.sources, claims=(long, longer),
                                              clusters=(both,))), "| [ffff000006]")[0]
    assert label == ("[ffff000006](#fact-ffff000006) The committee, which met behind closed doors "
                     "for three days in the\u2026")


def test_contradiction_shows_both_values_side_by_side(report):
    assert _table_row(report, "| date") == ["date", "**April 10** in `a.txt:1`", "**April 11** in `b.txt:1`"]


def test_single_upstream_is_flagged_and_counted_once(report):
    assert "**Repeated in 2 files, from 1 independent source: not an independent confirmation.**" in report
    assert ("> \u26a0 **One upstream:** both files trace back to Interior Minister Jane Roe; "
            "this is one confirmation, not 2.") in report


def test_attribution_and_certainty_beside_each_quote(report):
    assert ("- `a.txt:2` *named: Interior Minister Jane Roe; asserted* \u2014 "
            "Roe said the repairs cost \\$5 million.") in report.splitlines()


def test_checklist_items_mark_hedged_and_anonymous_claims(report):
    section = report.split("## Needs a second source")[1].split("## Files")[0]
    items = [line for line in section.splitlines() if line.lstrip().startswith("- ")]
    assert items == [
        "- [ ] `a.txt:3` *unattributed; asserted* \u2014 "
        "The old bridge opened in 1931 \\| a toll was charged.",
        "- [ ] `c.txt:2` \u26a0 **anonymous: diplomatic sources; hedged** \u2014 "
        "A second bridge may be built, diplomatic sources said.",
        "  - same fact again: `c.txt:5` \u26a0 **unattributed; hedged** \u2014 A second bridge could follow.",
    ]


def test_per_source_shares(report):
    assert _table_row(report, "| `c.txt`")[:8] == [
        "`c.txt`", "3", "0", "1", "[2 (67%)](#ctxt)", "2 (67%)", "1 (33%)", "2 (67%)"]


def test_every_claim_once_with_its_citation(report):
    # the coverage matrix names each row's fact by its shortest claim: not a citation
    before, matrix = report.split("## Coverage matrix")
    outside = before + matrix.split("## Corroborated facts")[1]
    for claim in RESULT.claims:
        assert outside.count(escape_markdown(claim.text)) == 1, claim.text
        assert f"`{claim.location}`" in report


def _moved(result: Result, folder: str) -> Result:
    """RESULT with every file under ``folder``, as a user naming absolute paths gets it."""
    def move(claim: Claim) -> Claim:
        return replace(claim, source=folder + claim.source)

    clusters = tuple(replace(cluster, claims=tuple(map(move, cluster.claims)), conflicts=tuple(
        replace(conflict, a=move(conflict.a), b=move(conflict.b)) for conflict in cluster.conflicts))
        for cluster in result.clusters)
    return Result(tuple(replace(source, path=folder + source.path) for source in result.sources),
                  tuple(map(move, result.claims)), clusters)


def test_absolute_paths_are_named_once_relative_to_their_common_folder():
    report = render_markdown(_moved(RESULT, "/srv/desk/story/"))
    assert "Files are named relative to `/srv/desk/story/`." in report.splitlines()
    assert report.replace("Files are named relative to `/srv/desk/story/`.\n\n", "") == render_markdown(RESULT)
    # the JSON keeps every name whole, for scripts
    paths = [s["path"] for s in json.loads(render_json(_moved(RESULT, "/srv/desk/story/")))["sources"]]
    assert paths == ["/srv/desk/story/a.txt", "/srv/desk/story/b.txt", "/srv/desk/story/c.txt"]
    # a folder as shallow as "/srv/" is not worth naming
    assert "named relative" not in render_markdown(_moved(RESULT, "/srv/"))


def test_every_link_points_to_a_heading(report):
    headings = [line.lstrip("#").strip() for line in report.splitlines() if line.startswith("#")]
    anchors = {github_anchor(heading) for heading in headings}
    links = re.findall(r"\]\(#([^)]+)\)", report)
    assert links and set(links) <= anchors


ANCHORS = [
    ("Coverage matrix", "coverage-matrix"),
    ("Fact `aaaa000001`", "fact-aaaa000001"),
    ("`seeds/000_d156.txt`", "seeds000_d156txt"),
    ("Needs a second source", "needs-a-second-source"),
    ("`../shared/a b.txt`", "shareda-btxt"),
]


@pytest.mark.parametrize(("heading", "anchor"), ANCHORS)
def test_github_anchor(heading, anchor):
    assert github_anchor(heading) == anchor


def test_long_file_names_get_numbered_columns_with_a_key():
    long_paths = ("reports/first-article-about-it.txt", "reports/second-article-about-it.txt", "c.txt")
    renamed = {old: new for old, new in zip(("a.txt", "b.txt", "c.txt"), long_paths, strict=True)}

    def moved(claim: Claim) -> Claim:
        return Claim(renamed[claim.source], claim.line, claim.start, claim.end, claim.text,
                     claim.attribution, claim.certainty)

    clusters = tuple(Cluster(c.id, c.status, tuple(moved(x) for x in c.claims), c.score, c.shared_terms,
                             c.shared_values, (), c.independent_sources) for c in RESULT.clusters)
    result = Result(tuple(Source(p, "", "0" * 64) for p in long_paths),
                    tuple(moved(c) for c in RESULT.claims), clusters)
    report = render_markdown(result)
    assert _table_row(report, "| fact")[1:] == ["F1", "F2", "F3"]
    assert "- F1: `reports/first-article-about-it.txt`" in report.splitlines()


def test_one_source_says_nothing_could_be_compared():
    result = Result(RESULT.sources[:1], (A3,), (SINGLE_A,))
    report = render_markdown(result)
    assert "> Note: only one source was given" in report
    assert "No fact was found in two or more files." in report


def test_files_sharing_several_sentences_are_called_one_wire_story():
    texts = [f"The council approved plan number {n} for the new bridge over the river today."
             for n in range(3)]
    clusters = tuple(
        Cluster(id=f"eeee00000{n}", status=Status.CORROBORATED, score=1.0, independent_sources=1,
                claims=(_claim("a.txt", n + 1, text), _claim("b.txt", n + 1, text)))
        for n, text in enumerate(texts))
    reworded = Cluster(id="eeee000009", status=Status.CORROBORATED, score=0.8, independent_sources=1,
                       claims=(_claim("a.txt", 4, "The new bridge will cost $5 million, the mayor said."),
                               _claim("b.txt", 4, "The bridge is to cost five million dollars, said Roe.")))
    clusters += (reworded,)
    result = Result(RESULT.sources[:2], tuple(c for cluster in clusters for c in cluster.claims), clusters,
                    wire_copies=(WireCopy("a.txt", "b.txt", 3),))
    report = render_markdown(result)
    assert ("\u26a0 Likely one wire story: `a.txt` and `b.txt` share 3 copied or lightly edited sentences; "
            "they count as one source for the facts they share.") in report
    assert "\u26a0 4 facts found in several files rest on one upstream source" in report
    assert ("> \u26a0 **One upstream:** both files trace back to one wire story; this is one "
            "confirmation, not 2.") in report


def test_a_single_source_claim_names_the_close_claims_of_other_facts():
    close = replace(SINGLE_A, partial_matches=(Match(B2, 0.49),))
    result = replace(RESULT, clusters=(CONTRADICTED, CORROBORATED, close, SINGLE_C))
    report = render_markdown(result)
    section = report.split("## Needs a second source")[1].split("## Files")[0]
    assert section.splitlines()[4] == (
        '"Close" names a claim of another file judged to state the same fact, which was grouped '
        "with claims this one does not match: a second source to check by hand.")
    items = [line for line in section.splitlines() if line.lstrip().startswith("- ")]
    assert items[:2] == [
        "- [ ] `a.txt:3` *unattributed; asserted* \u2014 The old bridge opened in 1931 \\| a toll was charged.",
        "  - close: `b.txt:2` in [Fact `bbbb000002`](#fact-bbbb000002) (score 0.49)"]
    assert "Close" not in render_markdown(RESULT)
    data = json.loads(render_json(result))
    matches = {cluster["id"]: cluster["partial_matches"] for cluster in data["clusters"]}
    assert matches["cccc000003"] == [{"source": "b.txt", "line": 2, "start": 200, "score": 0.49,
                                      "cluster": "bbbb000002"}]
    assert matches["aaaa000001"] == []


def test_a_wire_story_carried_by_several_files_is_one_line():
    copies = (WireCopy("b.txt", "c.txt", 14), WireCopy("a.txt", "c.txt", 3), WireCopy("a.txt", "b.txt", 5),
              WireCopy("d.txt", "e.txt", 4))
    lines = [line for line in render_markdown(replace(RESULT, wire_copies=copies)).splitlines()
             if "Likely one wire story" in line]
    assert lines == [
        "\u26a0 Likely one wire story: `a.txt`, `b.txt` and `c.txt` share copied or lightly edited sentences "
        "(3 to 14 between two of them); they count as one source for the facts they share.",
        "\u26a0 Likely one wire story: `d.txt` and `e.txt` share 4 copied or lightly edited sentences; they "
        "count as one source for the facts they share."]


def test_summary_counts_the_facts_confirmed_by_two_independent_sources(report):
    table = report.split("## Summary")[1].split("\n\n")[1].splitlines()
    assert [[cell.strip() for cell in row.strip("|").split("|")] for row in table[2:]] == [
        ["contradicted", "1", "3", "1"],
        ["corroborated", "1", "2", "0"],  # one upstream, Roe: repeated, not confirmed
        ["single-source", "2", "3", "0"],
        ["total", "4", "8", "1"],
    ]
    assert table[0].split("|")[4].strip() == "with 2+ independent sources"


def test_a_file_dated_months_from_the_others_is_noted():
    dates = {"a.txt": "Sep 18, 2013", "b.txt": "Sep 19, 2013", "c.txt": "Wed, Sep 19 2012"}
    sources = tuple(replace(source, text=f"{dates[source.path]}\nThe bridge reopens.\n") for source in RESULT.sources)
    result = replace(RESULT, sources=sources)
    report = render_markdown(result)
    assert ("> Note: `c.txt` is dated 2012-09, 12 months from the other dated files (2013-09): "
            "it may tell of another event.") in report.splitlines()
    assert "`a.txt` is dated" not in report
    assert [source["date"] for source in json.loads(render_json(result))["sources"]] == \
        ["2013-09", "2013-09", "2012-09"]


def test_no_file_is_dated_apart_with_fewer_than_three_dates():
    sources = tuple(replace(source, text=text) for source, text in
                    zip(RESULT.sources, ["Sep 18, 2013\nA.\n", "Sep 19, 2012\nB.\n", "C.\n"], strict=True))
    assert "dated" not in render_markdown(replace(RESULT, sources=sources))


def _reopening(folder: str = "") -> Result:
    a = _claim(folder + "a.txt", 4, "The First-ever bridge reopens on April 10.")
    b = _claim(folder + "b.txt", 4, "The first ever bridge reopens on the 10th.")
    c = _claim(folder + "c.txt", 4, "The first-ever bridge reopens, the mayor said.")
    values = (AgreedValue((ValueMention(a, "April 10"), ValueMention(b, "the 10th"))),
              AgreedValue((ValueMention(a, "First-ever"), ValueMention(b, "first ever"),
                           ValueMention(c, "first-ever"))))
    cluster = Cluster(id="hhhh000008", status=Status.CORROBORATED, claims=(a, b, c), score=0.7,
                      shared_terms=("bridge",), independent_sources=3, agreed_values=values)
    sources = tuple(Source(path=folder + p, text="", sha256=f"{n}" * 64)
                    for n, p in enumerate(("a.txt", "b.txt", "c.txt")))
    return Result(sources=sources, claims=(a, b, c), clusters=(cluster,))


def test_why_grouped_names_the_values_given_alike_and_each_other_wording():
    why = next(line for line in render_markdown(_reopening()).splitlines() if "Why grouped" in line)
    assert why.split("** ", 1)[1] == (
        "Why grouped: score 0.70; shared terms: bridge; values given alike: April 10 in 2 of 3 files "
        "(\u201cthe 10th\u201d in `b.txt:4`); First-ever in 3 of 3 files.")
    # in a folder the report names once, each wording cites the file by its short name
    moved = render_markdown(_reopening("/srv/desk/story/"))
    assert "(\u201cthe 10th\u201d in `b.txt:4`)" in moved


def test_json_lists_each_value_given_alike_with_its_wordings():
    cluster = json.loads(render_json(_reopening()))["clusters"][0]
    assert cluster["agreed_values"][0] == {
        "value": "April 10", "files": 2,
        "mentions": [{"source": "a.txt", "line": 4, "value": "April 10"},
                     {"source": "b.txt", "line": 4, "value": "the 10th"}]}
    assert [value["files"] for value in cluster["agreed_values"]] == [2, 3]
