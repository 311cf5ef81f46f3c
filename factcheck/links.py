"""Union-find over numbered items: which belong together (one report, one story)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


class Links:
    """Items ``0 .. count - 1``, joined into groups as links between them are found."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)

    def join_all(self, indices: Sequence[int]) -> None:
        for index in indices[1:]:
            self.join(indices[0], index)

    def joined(self, indices: Iterable[int]) -> bool:
        roots = map(self.find, indices)
        first = next(roots, None)
        return all(root == first for root in roots)
