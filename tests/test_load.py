from __future__ import annotations

import pytest

from factcheck.errors import InputError
from factcheck.load import decode, load_sources


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


def test_identical_files_count_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Same words in both files.")
    (tmp_path / "b.txt").write_text("Same words in both files.")
    (source,) = load_sources(["a.txt", "b.txt"])
    assert (source.path, source.duplicates) == ("a.txt", ("b.txt",))


def test_missing_path():
    with pytest.raises(InputError, match="nope: no such file or folder"):
        load_sources(["nope"])
