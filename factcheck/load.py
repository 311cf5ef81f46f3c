"""Stage 1: find the article files under the given paths and decode them."""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import stat
from pathlib import Path

from .errors import InputError
from .models import Source, path_order

SUFFIXES = (".txt", ".md", ".markdown")
# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def display_name(path: Path) -> str:
    """The path as a user would type it: relative to the current folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path.as_posix()
    name = relative if not relative.startswith("..") else str(path)
    return Path(name).as_posix()


def _stat(path: Path, name: str) -> os.stat_result:
    """``os.stat`` with the reason a user can act on when the path cannot be followed."""
    try:
        return os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError(f"{name}: symbolic link loop") from err
        if err.errno == errno.ENOENT and os.path.islink(path):
            raise InputError(f"{name}: broken symbolic link (to {os.readlink(path)})") from err
        if err.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(f"{name}: no such file or folder") from err
        raise InputError(f"{name}: cannot read ({err.strerror or err})") from err


def discover(paths: list[str]) -> list[Path]:
    """Every article file under the given files and folders, each once, in a stable order.

    A file reached twice (the same path, a symbolic or hard link to it, or a folder and a
    file inside it) counts once, under the first of its names in sorted order (numbers in
    names read as numbers: ``path_order``).
    """
    found: dict[tuple[int, int], Path] = {}
    names: dict[Path, str] = {}

    def name_of(file: Path) -> str:
        # display_name() resolves the path: once per file, not once per comparison.
        if file not in names:
            names[file] = display_name(file)
        return names[file]

    for given in paths:
        path = Path(given)
        info = _stat(path, given)
        if stat.S_ISDIR(info.st_mode):
            files = _walk(path)
            if not files:
                raise InputError(f"{given}: no .txt or .md files in this folder")
        else:
            files = [path]
        for file in files:
            info = _stat(file, name_of(file))
            # Devices and sockets never end (/dev/zero) or are not text; a pipe such as
            # <(command) is a fine source.
            if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
                raise InputError(f"{name_of(file)}: not a regular file")
            key = (info.st_dev, info.st_ino)
            if key not in found or path_order(name_of(file)) < path_order(name_of(found[key])):
                found[key] = file
    return sorted(found.values(), key=lambda file: path_order(name_of(file)))


def _walk(folder: Path) -> list[Path]:
    files: list[Path] = []
    seen_dirs: set[str] = set()

    def fail(err: OSError) -> None:
        name = display_name(Path(err.filename)) if err.filename else display_name(folder)
        raise InputError(f"{name}: cannot read folder ({err.strerror or err})") from err

    for root, dirs, names in os.walk(folder, onerror=fail, followlinks=True):
        real = os.path.realpath(root)
        if real in seen_dirs:  # a symlink loop: do not walk it again
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.lower().endswith(SUFFIXES) and not name.startswith(".") and \
                    not _is_own_report(Path(root) / name):
                files.append(Path(root) / name)
    return files


# How a Markdown report this tool wrote begins (render.render_markdown).
_REPORT_START = b"# Provenance report\n\nCompared "


def _is_own_report(path: Path) -> bool:
    """A provenance report saved beside the articles is no article: read as one, every claim
    it quotes would back itself."""
    try:
        with path.open("rb") as file:
            return file.read(len(_REPORT_START)) == _REPORT_START
    except OSError:
        return False  # read_source reports why it cannot be read


def check_encoding(encoding: str) -> None:
    """Refuse an ``--encoding`` that Python does not know or that does not decode to text."""
    try:
        b"".decode(encoding)
    except LookupError as err:
        raise InputError(f"--encoding {encoding}: unknown text encoding") from err


def decode(raw: bytes, name: str, *, encoding: str | None = None) -> str:
    """Bytes to text: BOM removed, line endings normalised to ``\\n``.

    A byte-order mark wins over ``encoding``: it says unambiguously how the file was saved.
    """
    chosen = encoding or "utf-8"
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            chosen = codec
            break
    else:
        if encoding is None and b"\x00" in raw:
            raise InputError(
                f"{name}: binary file (contains NUL bytes at byte {raw.index(0)}), not an article "
                "(UTF-16 without a byte-order mark needs --encoding utf-16-le or utf-16-be)"
            )
    try:
        text = raw.decode(chosen)
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise InputError(
            f"{name}: not valid {chosen} at byte {err.start} (line {line}); "
            "give the file's encoding with --encoding"
        ) from err
    except LookupError as err:
        raise InputError(f"--encoding {chosen}: unknown text encoding") from err
    _check_encodable(text, name)
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_encodable(text: str, name: str) -> None:
    """Some codecs (``--encoding unicode_escape``) decode to lone surrogates that no report
    could be written in: say so now rather than fail when the report is written."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(f"{name}: decodes to an invalid character at offset {err.start}") from err


def read_source(path: Path, *, encoding: str | None = None) -> Source:
    name = display_name(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        reason = err.strerror or str(err)
        raise InputError(f"{name}: cannot read file ({reason})") from err
    text = decode(raw, name, encoding=encoding)
    digest = hashlib.sha256(raw).hexdigest()
    return Source(path=name, text=text, sha256=digest)


def load_sources(paths: list[str], *, encoding: str | None = None) -> list[Source]:
    """Read every article; files with the same text count as one source.

    The same text means the same characters once decoded and with line endings normalised,
    so one article saved as UTF-8 and as UTF-16, or with CRLF and LF, is one source.
    """
    if encoding is not None:
        check_encoding(encoding)
    by_text: dict[str, Source] = {}
    for path in discover(paths):
        source = read_source(path, encoding=encoding)
        key = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
        first = by_text.get(key)
        if first is None:
            by_text[key] = source
        else:
            by_text[key] = Source(
                path=first.path,
                text=first.text,
                sha256=first.sha256,
                duplicates=(*first.duplicates, source.path),
            )
    return sorted(by_text.values(), key=lambda source: path_order(source.path))
