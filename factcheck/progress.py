"""Progress of a long run: a text bar for people, stage timings for the benchmark.

The pipeline calls ``stage(name, total)`` when a stage begins (again with the same name when
the total becomes known), ``advance(count)`` as its work gets done, and ``tally`` for figures
such as the candidate pairs. The base class ignores both, so the library stays silent unless a caller
asks otherwise; the command line shows a ``Bar`` only when stderr is a terminal.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Receives the pipeline's progress and ignores it."""

    def stage(self, name: str, total: int = 0) -> None:
        """A stage begins; ``total`` units of work follow (0 when unknown)."""

    def advance(self, count: int = 1) -> None:
        """``count`` more units of the current stage are done."""

    def tally(self, name: str, count: int) -> None:
        """A figure about the run worth a benchmark's report, such as the pairs judged."""

    def finish(self) -> None:
        """The run is over."""


SILENT = Progress()


class Bar(Progress):
    """One line on a terminal, redrawn at most ten times a second: stage, bar, counts."""

    WIDTH = 28
    INTERVAL = 0.1

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.name = ""
        self.total = 0
        self.done = 0
        self._drawn = 0.0
        self._width = 0

    def stage(self, name: str, total: int = 0) -> None:
        self.name, self.total, self.done = name, total, 0
        self._draw(force=True)

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._draw(force=self.total > 0 and self.done >= self.total)

    def finish(self) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def line(self) -> str:
        if self.total <= 0:
            return f"{self.name:<10} {self.done}" if self.done else self.name
        share = min(1.0, self.done / self.total)
        filled = int(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        return f"{self.name:<10} [{bar}] {share:4.0%} {self.done}/{self.total}"

    def _draw(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._drawn < self.INTERVAL:
            return
        self._drawn = now
        text = self.line()
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = max(self._width, len(text))
