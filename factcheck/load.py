"""Stage 1: find the article files under the given paths and decode them."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

from .errors import InputError
from .models import Source

SUFFIXES = (".txt", ".md", ".markdown")
# A file is treated as binary when it holds NUL bytes outside a UTF-16 text.
_BOMS = (
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


def discover(paths: list[str]) -> list[Path]:
    """Every article file under the given files and folders, each once, in a stable order."""
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{given}: no such file or folder")
        if path.is_dir():
            files = _walk(path)
            if not files:
                raise InputError(f"{given}: no .txt or .md files in this folder")
        else:
            files = [path]
        for file in files:
            found.setdefault(os.path.realpath(file), file)
    return sorted(found.values(), key=display_name)


def _walk(folder: Path) -> list[Path]:
    files: list[Path] = []
    seen_dirs: set[str] = set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen_dirs:  # a symlink loop: do not walk it again
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                files.append(Path(root) / name)
    return files


def decode(raw: bytes, name: str, *, encoding: str | None = None) -> str:
    """Bytes to text: BOM removed, line endings normalised to ``\\n``."""
    if encoding is None:
        encoding = "utf-8"
        for bom, codec in _BOMS:
            if raw.startswith(bom):
                encoding = codec
                break
        else:
            if b"\x00" in raw:
                raise InputError(f"{name}: binary file (contains NUL bytes), not an article")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid {encoding} at byte {err.start} (try --encoding)"
        ) from err
    except LookupError as err:
        raise InputError(f"unknown encoding {encoding!r}") from err
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
    """Read every article; files with identical bytes count as one source."""
    by_digest: dict[str, Source] = {}
    for path in discover(paths):
        source = read_source(path, encoding=encoding)
        first = by_digest.get(source.sha256)
        if first is None:
            by_digest[source.sha256] = source
        else:
            by_digest[source.sha256] = Source(
                path=first.path,
                text=first.text,
                sha256=first.sha256,
                duplicates=(*first.duplicates, source.path),
            )
    return sorted(by_digest.values(), key=lambda source: source.path)
