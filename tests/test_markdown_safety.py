"""Article text and file names cannot break the report's tables or inject markup.

The report is rendered as GitHub would (CommonMark with tables and strikethrough, raw HTML
allowed) and read back: only the report's own tags appear, every link points into the
report, and each quoted sentence, speaker, value and file name reads back verbatim (markup
that took effect would have consumed its characters). Table rows are counted in the
Markdown itself, because a renderer silently drops cells beyond the header's.

Bare URLs (https://..., www....) stay plain text here; GitHub turns them into links whose
text is the URL itself, which hides nothing, and no escaping can prevent it (it joins the
text back together before looking for URLs).
"""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from factcheck.api import analyse_sources
from factcheck.cli import app
from factcheck.models import (
    Attribution,
    AttributionKind,
    Certainty,
    Claim,
    Cluster,
    Conflict,
    ConflictKind,
    Result,
    Source,
    Status,
)
from factcheck.render import escape_markdown, render_json, render_markdown

# Each line of an article below is one claim, verbatim.
HOSTILE = [
    ("table pipe", "The council voted 5 | 4 to approve the budget on Tuesday."),
    ("table row", "The mayor said | a | b | was the vote on Tuesday."),
    ("emphasis", "The mayor said the *bold* plan and the __strong__ plan will cost less."),
    ("underscores", "The mayor said the _new_ bridge and snake_case_name will open in May."),
    ("code", "The council approved the `rm -rf` budget and ``double`` ticks on Tuesday."),
    ("script", "The council said <script>alert(1)</script> the budget passed on Tuesday."),
    ("javascript link", "The mayor said [the plan](javascript:alert(1)) was approved on Tuesday."),
    ("reference link", "The mayor said [the plan][evil] was approved, and [evil]: javascript:alert(1) too."),
    ("image", "The mayor said ![img](http://evil.example/pixel.png) the vote was close."),
    ("comment", "The council said <!-- hidden --> the budget passed on Tuesday."),
    ("unclosed comment", "The council said <!-- the rest of the report would vanish."),
    ("heading mid-line", "The council said # not a heading and ## nor this on Tuesday."),
    ("hashtag", "The council approved the #budget and issue #12 on Tuesday."),
    ("quote mid-line", "The mayor said > quote and >> more on Tuesday."),
    ("list marker", "The mayor said 1. first and - second and + third on Tuesday."),
    ("thematic break", "The mayor said the budget passed --- *** ___ on Tuesday."),
    ("math", "The council approved the budget, costing $4 and $5 million, on Tuesday."),
    ("inline math", "The mayor said $x^2$ and $`y`$ were the costs on Tuesday."),
    ("strike", "The mayor said ~~nothing~~ and ~one~ changed on Tuesday."),
    ("entities", "The council said &amp; the budget passed &lt;today&gt; &#60;b&#62; on Tuesday."),
    ("bare urls", "The mayor said https://evil.example/x and www.evil.example were wrong."),
    ("autolinks", "The mayor said <https://evil.example> and <mail@evil.example> the budget passed."),
    ("footnote", "The mayor said the budget passed[^1] on Tuesday."),
    ("img onerror", "The mayor said <img src=x onerror=alert(1)> the budget passed."),
    ("html block", "The mayor said <div><details open>hidden</details></div> the budget passed."),
    ("backslashes", "The council said \\*not bold\\* and a trailing backslash \\ on Tuesday."),
    ("braces and bang", "The council said {curly} +plus !bang (paren) on Tuesday."),
    ("emoji and mention", "The mayor told @someone :+1: about the budget on Tuesday."),
    ("control characters", "The council said \x0b\x1b[31m red \x7f\u0085 on Tuesday."),
    ("line separators", "The council said \u2028 and \u2029 split nothing on Tuesday."),
]
# A name per source: pipes, backticks, code-span padding, HTML, links, a line break, and a
# backslash before a pipe (which no code span in a table cell can show).
SHORT_PATHS = ["a|b.txt", "tick`s.md", "`lead.txt", " space .txt", "<b>x.txt", "#h*i*.md"]
LONG_PATHS = ["[l](javascript:alert(1)).txt", "new\nline.txt", "back\\|slash.txt",
              "dir/``two``ticks|and|pipes.md", "<!--comment-->.md", "plain.txt"]
ALLOWED_TAGS = {"h1", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "ul", "li",
                "code", "strong", "em", "a", "blockquote"}
RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _article(number: int) -> str:
    """The hostile lines, plus a budget figure that differs by file and a line of its own.

    The files share every hostile line, so they are one wire story and each hostile line
    one fact; each file also tells of something no other file does: a single-source fact.
    """
    own = f"The mayor said <u>file {number}</u> alone heard `this` on Wednesday."
    figure = f"The council approved a budget of {number + 2} million dollars on Tuesday."
    return "\n".join([sentence for _, sentence in HOSTILE] + [figure, own, SINGLES[number]]) + "\n"


SINGLES = [
    "The <em>library</em> | reopens after `repairs` to its roof next spring.",
    "A new ferry | line to the `island` starts carrying cars in June.",
    "Students planted | 300 oak `trees` along the river path.",
    "The zoo's oldest tortoise | turned 120 `years` old last week.",
    "A local bakery | won the national `bread` prize for its rye.",
    "Snow closed | the mountain `pass` for the first time in decades.",
]


def _analysed(paths: list[str]) -> Result:
    sources = [Source(path, _article(n), hashlib.sha256(path.encode()).hexdigest())
               for n, path in enumerate(paths)]
    return analyse_sources(sources, jobs=1)


# --- a hand-built result: hostile speakers, values, terms and leading markup -------------

LEADING = ["# Heading", "#Breaking", "> Quote", "1. List", "- Item", "+ Item", "---", "=== setext",
           "    indented code", "| a | b |", "<!--", "[ref]: https://evil.example", "```fence"]


def _claim(source: str, line: int, text: str, attribution: Attribution = Attribution(),
           certainty: Certainty = Certainty.ASSERTED) -> Claim:
    return Claim(source, line, line * 1000, line * 1000 + len(text), text, attribution, certainty)


def _hand_built(paths: list[str]) -> Result:
    a, b = paths[:2]
    speaker = Attribution(AttributionKind.NAMED, "Jane *Roe* | <b>aide</b>", "[Wire](javascript:x)")
    anonymous = Attribution(AttributionKind.ANONYMOUS, "`sources` ~~close~~ to #2")
    one = _claim(a, 1, "The bridge opens on April 10 | *soon*.", speaker)
    two = _claim(b, 1, "The bridge opens on April 11 <b>late</b>.", speaker)
    contradicted = Cluster(
        "aaaa000001", Status.CONTRADICTED, (one, two), 0.9,
        shared_terms=("bridge|x", "*opens*", "<i>"), shared_values=("$5 | 6", "`v`"),
        conflicts=(Conflict(ConflictKind.DATE, one, "April 10 | *x*", two, "<b>April 11</b>"),),
        independent_sources=2)
    singles = [Cluster(f"bbbb{n:06d}", Status.SINGLE_SOURCE,
                       (_claim(paths[n % len(paths)], n + 2, text, anonymous, Certainty.HEDGED),), 1.0)
               for n, text in enumerate(LEADING)]
    claims = (one, two, *(cluster.claims[0] for cluster in singles))
    copies = ("copy|of `a`.txt", "copy\nwith newline.txt")
    sources = tuple(Source(path, "", f"{n:064d}", copies if n == 0 else ())
                    for n, path in enumerate(paths))
    return Result(sources, claims, (contradicted, *singles))


# --- reading the rendered HTML back ------------------------------------------------------

class _Page(HTMLParser):
    """Every element's tag, attributes and own text (nested lists excluded)."""

    VOID = {"img", "br", "hr", "input", "meta", "link"}

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict, str]] = []
        self.comments: list[str] = []
        self._open: list[tuple[str, dict, list[str]]] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            self.elements.append((tag, dict(attrs), ""))
        else:
            self._open.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        if tag in self.VOID or not self._open:
            return
        name, attrs, parts = self._open.pop()
        text = "".join(parts).strip("\n")
        self.elements.append((name, attrs, text))
        if self._open and name not in ("ul", "ol"):
            self._open[-1][2].append("".join(parts))

    def handle_data(self, data):
        if self._open:
            self._open[-1][2].append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def texts(self, tag: str) -> list[str]:
        return [text for name, _, text in self.elements if name == tag]


# markdown-it shows a reference to a control character as U+FFFD (GitHub keeps the
# character); the Markdown itself holds the exact reference, as the unescaping check shows.
_SHOWN_AS_FFFD = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _shown(text: str) -> str:
    return _SHOWN_AS_FFFD.sub("\ufffd", text)


_NAMED = {"amp": "&", "lt": "<", "gt": ">"}


def _unescape(markdown: str) -> str:
    """CommonMark's reading of backslash escapes and character references (HTML's would
    drop or remap some control characters)."""
    def one(match: re.Match[str]) -> str:
        escaped, number, name = match.groups()
        return escaped or (chr(int(number)) if number else _NAMED[name])

    return re.sub(r"\\(.)|&#(\d+);|&(amp|lt|gt);", one, markdown, flags=re.S)


def _unescaped_pipes(row: str) -> int:
    count, escaped = 0, False
    for char in row:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            count += 1
    return count


def _tables(markdown: str) -> list[list[str]]:
    tables: list[list[str]] = []
    previous = False
    for line in markdown.splitlines():
        row = line.startswith("|")
        if row and not previous:
            tables.append([])
        if row:
            tables[-1].append(line)
        previous = row
    return tables


def _assert_safe(result: Result) -> None:
    markdown = render_markdown(result)
    page = _Page(RENDERER.render(markdown))

    # (a) every row of every table has the header's number of cells
    tables = _tables(markdown)
    assert tables
    for table in tables:
        assert {_unescaped_pipes(row) for row in table} == {_unescaped_pipes(table[0])}, table

    # (b) only the report's own markup: no script, image, comment, strikethrough, outside link
    assert {name for name, _, _ in page.elements} <= ALLOWED_TAGS
    assert page.comments == []
    links = [attrs.get("href", "") for name, attrs, _ in page.elements if name == "a"]
    assert links and all(link.startswith("#") for link in links)
    assert page.texts("h1") == ["Provenance report"]

    # (c) what the articles say reads back verbatim, in the Markdown and in the rendered page
    items = page.texts("li")
    for claim in result.claims:
        cited = re.compile(rf"(\[ \] |same fact again: )?{re.escape(_shown(claim.location))} ")
        assert any(cited.match(item) and item.endswith(f" \u2014 {_shown(claim.text)}")
                   for item in items), claim
    quotes = [line.split(" \u2014 ", 1)[1] for line in markdown.splitlines()
              if line.lstrip().startswith("- ") and " \u2014 " in line]
    assert sorted(map(_unescape, quotes)) == sorted(claim.text for claim in result.claims)
    emphasis = set(page.texts("em") + page.texts("strong"))
    for claim in result.claims:
        if claim.attribution.source:
            assert any(f": {_shown(claim.attribution.source)}" in text for text in emphasis)
    cells = page.texts("td")
    paths = [_shown(source.path) for source in result.sources]
    assert [cell for cell in cells if cell in paths] == paths * 2  # per-file and files tables
    for cluster in result.clusters:
        for conflict in cluster.conflicts:
            assert _shown(f"{conflict.value_a} in {conflict.a.location}") in cells
            assert _shown(f"{conflict.value_b} in {conflict.b.location}") in cells
    for source in result.sources:
        for copy in source.duplicates:
            note = f"Note: {copy} has the same text as {source.path}; counted as one source."
            assert _shown(note) in page.texts("p")


@pytest.mark.parametrize("paths", [SHORT_PATHS, LONG_PATHS], ids=["short names", "long names"])
def test_hostile_articles_and_file_names_through_the_whole_pipeline(paths):
    result = _analysed(paths)
    texts = {claim.text for claim in result.claims}
    # The test means something only if every hostile line became a claim of its own.
    assert {sentence for _, sentence in HOSTILE} <= texts
    assert {cluster.status for cluster in result.clusters} == set(Status)
    _assert_safe(result)


@pytest.mark.parametrize("paths", [SHORT_PATHS, LONG_PATHS], ids=["short names", "long names"])
def test_hostile_speakers_values_terms_and_line_starts(paths):
    _assert_safe(_hand_built(paths))


@pytest.mark.parametrize(("name", "sentence"), HOSTILE, ids=[name for name, _ in HOSTILE])
def test_each_hostile_sentence_alone(name, sentence):
    claim = _claim("a.txt", 1, sentence)
    result = Result((Source("a.txt", sentence, "0" * 64),), (claim,),
                    (Cluster("cccc000001", Status.SINGLE_SOURCE, (claim,), 1.0),))
    _assert_safe(result)


def test_the_checks_catch_unescaped_text(monkeypatch):
    """Without escaping, the same checks fail: they can tell."""
    result = _hand_built(SHORT_PATHS)
    monkeypatch.setattr("factcheck.render.escape_markdown", lambda text: text)
    with pytest.raises(AssertionError):
        _assert_safe(result)
    pipes_only = _hand_built(["a|b.txt", "c.txt"])
    monkeypatch.setattr("factcheck.render._code", lambda text, **_: f"`{text}`")
    with pytest.raises(AssertionError):
        _assert_safe(pipes_only)


def test_escaping_is_reversible():
    for _, sentence in HOSTILE:
        assert _unescape(escape_markdown(sentence)) == sentence
    for text in LEADING + SHORT_PATHS + LONG_PATHS:
        assert _unescape(escape_markdown(text)) == text


def test_json_keeps_every_text_and_name_verbatim():
    result = _analysed(LONG_PATHS)
    data = json.loads(render_json(result))
    assert [source["path"] for source in data["sources"]] == sorted(LONG_PATHS)
    texts = sorted(claim["text"] for cluster in data["clusters"] for claim in cluster["claims"])
    assert texts == sorted(claim.text for claim in result.claims)


def test_file_names_with_pipes_and_backticks_from_the_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    names = ["a|b.txt", "c`d.txt", "``e``.md"]
    for number, name in enumerate(names):
        (tmp_path / name).write_text(_article(number), encoding="utf-8")
    result = CliRunner().invoke(app, ["report", *names, "-o", "-", "-q"])
    assert (result.exit_code, result.stderr) == (0, "")
    page = _Page(RENDERER.render(result.stdout))
    assert {name for name, _, _ in page.elements} <= ALLOWED_TAGS
    for table in _tables(result.stdout):
        assert {_unescaped_pipes(row) for row in table} == {_unescaped_pipes(table[0])}
    assert [cell for cell in page.texts("td") if cell in names] == sorted(names) * 2
    assert {"a|b.txt", "c`d.txt", "``e``.md"} <= set(page.texts("h3"))


@pytest.mark.parametrize(("name", "shown", "in_table"), [
    ("a.txt", "`a.txt`", "`a.txt`"),
    ("a|b.txt", "`a|b.txt`", "`a\\|b.txt`"),
    ("c`d.txt", "``c`d.txt``", "``c`d.txt``"),
    ("`e.txt", "`` `e.txt ``", "`` `e.txt ``"),
    (" f.txt", "`  f.txt `", "`  f.txt `"),
    ("g\nh.txt", "g&#10;h.txt", "g&#10;h.txt"),
    ("i\\|j.txt", "i\\\\\\|j.txt", "i\\\\\\|j.txt"),
])
def test_file_names_as_code_or_as_escaped_text(name, shown, in_table):
    source = Source("z.txt", "", "0" * 64, duplicates=(name,))
    markdown = render_markdown(Result((source,), (), ()))
    assert f"> Note: {shown} has the same text as `z.txt`; counted as one source." in markdown
    assert f"| {in_table} " in markdown  # the files table lists the copy
