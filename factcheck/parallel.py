"""Spread independent blocks of work over processes (``--jobs``).

Workers are forked, so they inherit the caller's data instead of receiving a pickled copy;
only the blocks' results travel back. Where processes cannot be forked (Windows, macOS
by default) or one job is asked for, the blocks run in this process, in the same order,
with the same results.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from .progress import SILENT, Progress

Block = TypeVar("Block")
Out = TypeVar("Out")

_SHARED: Any = None


def cores() -> int:
    """The processors this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def jobs_for(jobs: int | None) -> int:
    """``None`` or 0 means every core."""
    return cores() if not jobs else max(1, jobs)


def shared() -> Any:
    """The data the caller of ``run_blocks`` shares with every block."""
    return _SHARED


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Run without the cyclic garbage collector, as it was on leaving.

    An analysis builds millions of small records that hold no cycles and live to its end:
    the collector would walk them over and over for nothing (a tenth of the time on ECB+);
    reference counting still frees everything that is dropped.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def run_blocks(work: Callable[[Block], Out], blocks: Sequence[Block], *, data: Any, jobs: int,
               sizes: Sequence[int] | None = None, progress: Progress = SILENT) -> list[Out]:
    """``[work(block) for block in blocks]``, over up to ``jobs`` processes.

    ``work`` reads ``data`` through ``shared()``. ``sizes`` tell the progress reporter how
    much work each block was.
    """
    global _SHARED
    _SHARED = data
    try:
        if jobs <= 1 or len(blocks) <= 1 or not can_fork():
            return _collect(map(work, blocks), sizes, progress)
        context = multiprocessing.get_context("fork")
        collecting = gc.isenabled()
        # The results arrive as many small containers that all live on: the collector would
        # walk them over and over as they come (unpickling three times slower), and in a
        # worker, walking the inherited objects would copy every page of them.
        with no_cycle_collection():
            pool = context.Pool(min(jobs, len(blocks)), initializer=_start_worker, initargs=(collecting,))
            with pool:
                return _collect(pool.imap(work, blocks), sizes, progress)
    finally:
        _SHARED = None


def _collect(outputs: Iterator[Out], sizes: Sequence[int] | None, progress: Progress) -> list[Out]:
    """The outputs in order, telling ``progress`` of each block's size as it comes."""
    results: list[Out] = []
    for index, result in enumerate(outputs):
        results.append(result)
        progress.advance(sizes[index] if sizes else 1)
    return results


def _start_worker(collecting: bool) -> None:
    gc.freeze()  # what the worker inherits stays out of its collections
    if collecting:
        gc.enable()


def split(count: int, *, jobs: int, minimum: int, per_job: int = 8) -> list[range]:
    """``range(count)`` cut into blocks: several per job so that the jobs finish together,
    none smaller than ``minimum`` (one block when there is too little work to share)."""
    if jobs <= 1 or count < 2 * minimum:
        return [range(count)] if count else []
    size = max(minimum, -(-count // (jobs * per_job)))
    return [range(start, min(count, start + size)) for start in range(0, count, size)]
