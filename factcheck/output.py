"""Writing results: atomically, never over an input file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError


def write_atomic(path: Path, text: str, *, inputs: Iterable[str] = ()) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    An interrupted run leaves the old file or the new one, never half of one.
    """
    target = Path(path)
    real_inputs = {os.path.realpath(name) for name in inputs}
    if os.path.realpath(target) in real_inputs:
        raise InputError(f"{target}: refusing to overwrite an input file")
    if target.is_dir():
        raise InputError(f"{target}: is a folder, not a file")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError as err:
        raise InputError(f"{target}: cannot write ({err.strerror or err})") from err
