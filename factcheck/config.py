"""Project settings: the ``[tool.factcheck]`` table of ``pyproject.toml`` in the current folder.

Command-line options override these. An unknown key or a bad value is an error that names
the key, so that a typo never silently falls back to a default.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

PYPROJECT = "pyproject.toml"
TABLE = "[tool.factcheck]"


@dataclass(frozen=True)
class Config:
    """Settings left at None were not given."""

    sources: tuple[str, ...] | None = None
    baseline: str | None = None
    aliases: str | None = None
    same_threshold: float | None = None
    conflict_threshold: float | None = None


def _string_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ConfigError(f"{where}: expected a list of file or folder names, like [\"articles\"]")
    if not value:
        raise ConfigError(f"{where}: the list is empty; name at least one file or folder")
    return tuple(value)


def _string(value: object, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: expected a file name (a non-empty string)")
    return value


def _fraction(value: object, where: str) -> float:
    # TOML booleans are Python ints: refuse them explicitly.
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        raise ConfigError(f"{where}: expected a number between 0 and 1, got {value!r}")
    return float(value)


_PARSERS = {
    "sources": _string_list,
    "baseline": _string,
    "aliases": _string,
    "same_threshold": _fraction,
    "conflict_threshold": _fraction,
}


def parse_config(table: Mapping[str, object], *, origin: str = PYPROJECT) -> Config:
    """The settings of one ``[tool.factcheck]`` table; ``origin`` names it in errors."""
    for key in table:
        if key not in _PARSERS:
            known = ", ".join(sorted(_PARSERS))
            raise ConfigError(f"{origin}: {TABLE}: unknown key {key!r} (known keys: {known})")
    values = {key: _PARSERS[key](value, f"{origin}: {TABLE} {key}") for key, value in table.items()}
    return Config(**values)


def load_config(folder: Path = Path(".")) -> Config:
    """The settings in ``folder/pyproject.toml``; defaults when the file or table is absent."""
    path = folder / PYPROJECT
    origin = path.as_posix()
    if not path.is_file():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{origin}: cannot read ({err})") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{origin}: invalid TOML ({err})") from err
    tool = data.get("tool", {})
    table = tool.get("factcheck", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: {TABLE} must be a table")
    return parse_config(table, origin=origin)
