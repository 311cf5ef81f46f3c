"""Writing results: atomically, never over an input file."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError
from .load import display_name


def write_atomic(path: Path, text: str, *, inputs: Iterable[str] = ()) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line endings) to ``path``.

    A regular file is written through a temporary file in the same folder, flushed to disk
    and renamed over the target, so an interrupted run leaves the old file or the new one,
    never half of one. Missing folders are created. A symbolic link is followed, so the
    link stays a link. A device or pipe (``/dev/null``) is written directly: replacing it
    by a file would break it for everyone.
    """
    target = Path(path)
    real = Path(os.path.realpath(target))
    _refuse_inputs(target, real, inputs)
    data = text.encode("utf-8")
    try:
        info = os.stat(real)
    except (FileNotFoundError, NotADirectoryError):  # a missing folder, or a file in its way
        info = None
    except OSError as err:
        raise InputError(f"{target}: cannot write ({err.strerror or err})") from err
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(f"{target}: is a folder, not a file")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(target, real, data)
        return
    _make_folder(target, real.parent)
    mode = stat.S_IMODE(info.st_mode) if info is not None else _default_mode()
    _replace(target, real, data, mode)


def _refuse_inputs(target: Path, real: Path, inputs: Iterable[str]) -> None:
    for name in inputs:
        if os.path.realpath(name) == str(real) or _same_file(name, real):
            raise InputError(f"{target}: refusing to overwrite an input file")


def _same_file(a: str | Path, b: str | Path) -> bool:
    """Also true for two hard links to one file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _make_folder(target: Path, folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as err:  # a file stands where a folder is needed
        blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder)
        raise InputError(f"{target}: cannot write: {display_name(blocker)} is a file, not a folder") from err
    except OSError as err:
        raise InputError(f"{target}: cannot create folder {display_name(folder)} "
                         f"({err.strerror or err})") from err


def _default_mode() -> int:
    """What ``open()`` would give a new file: 0o666 less the umask (mkstemp gives 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _replace(target: Path, real: Path, data: bytes, mode: int) -> None:
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, real)
        temporary = None
    except OSError as err:
        raise InputError(f"{target}: cannot write ({err.strerror or err})") from err
    finally:
        if temporary is not None:  # failed or interrupted (Ctrl-C): leave no litter behind
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _write_in_place(target: Path, real: Path, data: bytes) -> None:
    try:
        with open(real, "wb") as stream:
            stream.write(data)
    except OSError as err:
        raise InputError(f"{target}: cannot write ({err.strerror or err})") from err
