from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import analyse
from factcheck.errors import InputError
from factcheck.load import decode, load_sources
from factcheck.models import path_order
from factcheck.render import render_markdown


def test_bom_and_crlf_are_normalised():
    assert decode(b"\xef\xbb\xbfOne.\r\nTwo.\rThree.", "a.txt") == "One.\nTwo.\nThree."


def test_utf16_with_bom():
    assert decode("Caf\u00e9 news.\r\n".encode("utf-16"), "a.txt") == "Caf\u00e9 news.\n"


def test_invalid_utf8_names_file_and_offset():
    with pytest.raises(InputError, match=r"a\.txt: not valid utf-8 at byte 3"):
        decode(b"abc\xff", "a.txt")


def test_binary_file_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00", "a.txt")


def test_folder_walk_finds_txt_and_md_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.md").write_text("B text here is long enough.")
    (tmp_path / "in" / "a.txt").write_text("A text here is long enough.")
    (tmp_path / "in" / "c.json").write_text("{}")
    sources = load_sources(["in"])
    assert [s.path for s in sources] == ["in/a.txt", "in/b.md"]


def test_a_report_saved_beside_the_articles_is_not_read_as_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The bridge reopens on April 10, the council said.\n")
    (tmp_path / "in" / "b.txt").write_text("The council said the bridge reopens on April 10.\n")
    report = render_markdown(analyse(["in"]))
    (tmp_path / "in" / "report.md").write_text(report)
    assert [s.path for s in load_sources(["in"])] == ["in/a.txt", "in/b.txt"]
    # a Markdown article that merely has that title is read
    (tmp_path / "in" / "notes.md").write_text("# Provenance report\n\nThe council met on Monday.\n")
    assert [s.path for s in load_sources(["in"])] == ["in/a.txt", "in/b.txt", "in/notes.md"]
    # named on the command line, the report is read as asked
    assert [s.path for s in load_sources(["in/report.md"])] == ["in/report.md"]


def test_identical_files_count_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Same words in both files.")
    (tmp_path / "b.txt").write_text("Same words in both files.")
    (source,) = load_sources(["a.txt", "b.txt"])
    assert (source.path, source.duplicates) == ("a.txt", ("b.txt",))


def test_missing_path():
    with pytest.raises(InputError, match="nope: no such file or folder"):
        load_sources(["nope"])


def test_files_are_listed_with_their_numbers_read_as_numbers(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("story_10.txt", "story_2.txt", "story_1.md", "Story_3.txt", "story_01.txt"):
        (tmp_path / name).write_text(f"The text of {name} is its own.\n", encoding="utf-8")
    paths = [source.path for source in load_sources(["."])]
    assert paths == ["Story_3.txt", "story_1.md", "story_01.txt", "story_2.txt", "story_10.txt"]


@pytest.mark.parametrize(("first", "second"), [("a2.txt", "a10.txt"), ("a/9/z.txt", "a/10/a.txt"),
                                               ("01.txt", "1.txt"), ("1a.txt", "a.txt"),
                                               ("copy.txt", "copy16.txt")])
def test_path_order(first, second):
    assert path_order(first) < path_order(second)


def test_the_analysis_and_its_facts_list_files_in_that_order(tmp_path):
    text = "The council approved the new bridge over the river on Monday after a long debate.\n"
    for name in ("a10.txt", "a2.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "a9.txt").write_text(text.replace("new", "long-awaited new"), encoding="utf-8")
    result = analyse([str(tmp_path)], jobs=1)
    names = [Path(path).name for path in (source.path for source in result.sources)]
    assert names == ["a2.txt", "a9.txt"]  # a10.txt is a2.txt again
    assert [Path(path).name for path in result.clusters[0].files] == ["a2.txt", "a9.txt"]
