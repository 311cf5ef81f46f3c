"""Build a larger corpus from ECB+ for the benchmark: ``python bench/make_corpus.py --copies 10``.

Every ECB+ article gets ``--copies`` variants with seeded random edits, as wire copies of a
story come out of different newsrooms: sentences dropped and moved, numbers changed, words
swapped for synonyms or transposed. The headline block (URL, title, date line) stays on top,
so dates still read in the article's context. The same arguments always give the same
files. The texts are third-party news: they go to a temporary folder, never into the
repository.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ECBPLUS_TEXT = ROOT.parent / "shared" / "bench" / "ecbplus" / "text"
VERSION = 2  # bump when the edits change, so that stale corpora are rebuilt

# Per copy and sentence: most newsrooms run a wire story nearly as it came, so about four
# sentences in five of a copy are left as they are.
DROP = 0.05
RENUMBER = 0.3  # of the sentences that hold a number
REWORD = 0.1
# General English: wording that newsrooms vary without changing the fact.
SYNONYMS = {
    "said": "stated", "says": "states", "told": "informed", "about": "around",
    "began": "started", "begin": "start", "large": "big", "big": "large", "died": "perished",
    "killed": "slain", "police": "authorities", "people": "persons",
    "announced": "declared", "after": "following", "before": "prior to", "help": "assist",
    "near": "close to", "also": "additionally", "buy": "purchase", "bought": "purchased",
    "show": "display", "hit": "struck", "quickly": "rapidly", "home": "house",
    "car": "vehicle", "job": "position", "injured": "wounded", "fire": "blaze",
}
_NUMBER = re.compile(r"\b\d+\b")
_WORD = re.compile(r"\b[a-z]+\b")


def default_folder(copies: int) -> Path:
    return Path(tempfile.gettempdir()) / "factcheck-bench" / f"ecbplus{copies}"


def _is_body(line: str) -> bool:
    return len(line.split()) >= 8 and line.rstrip().endswith((".", "!", "?", '"', "\u201d"))


def _renumber(line: str, rng: random.Random) -> str:
    def change(match: re.Match[str]) -> str:
        value = int(match.group())
        if 1900 <= value <= 2100:
            return str(value + rng.choice((-1, 1)))
        return str(max(0, value + rng.choice((-3, -2, -1, 1, 2, 3, value or 1))))

    return _NUMBER.sub(change, line)


def _reword(line: str, rng: random.Random) -> str:
    words = list(_WORD.finditer(line))
    known = [m for m in words if m.group() in SYNONYMS]
    if known:
        match = rng.choice(known)
        return line[: match.start()] + SYNONYMS[match.group()] + line[match.end():]
    if len(words) >= 2:
        index = rng.randrange(len(words) - 1)
        first, second = words[index], words[index + 1]
        return (line[: first.start()] + second.group() + line[first.end(): second.start()]
                + first.group() + line[second.end():])
    return line


def variant(text: str, seed: str) -> str:
    """One edited copy of an article; the seed makes it reproducible."""
    rng = random.Random(seed)
    lines = text.split("\n")
    head = 0
    while head < len(lines) and head < 4 and not _is_body(lines[head]):
        head += 1
    header, body = lines[:head], [line for line in lines[head:] if line.strip()]
    kept = [line for line in body if rng.random() >= DROP] or body[:1]
    for _ in range(len(kept) // 4):
        i, j = rng.randrange(len(kept)), rng.randrange(len(kept))
        kept[i], kept[j] = kept[j], kept[i]
    edited = []
    for line in kept:
        if _NUMBER.search(line) and rng.random() < RENUMBER:
            line = _renumber(line, rng)
        if rng.random() < REWORD:
            line = _reword(line, rng)
        edited.append(line)
    return "\n".join(header + edited) + "\n"


def build(source: Path, target: Path, copies: int) -> int:
    """Write the variants of every article under ``source`` to ``target``; returns the file count."""
    articles = sorted(source.rglob("*.txt"))
    if not articles:
        raise SystemExit(f"no articles under {source}")
    stamp = target / ".stamp"
    expected = f"{VERSION} {copies} {len(articles)}"
    if stamp.exists() and stamp.read_text() == expected:
        return len(articles) * copies
    shutil.rmtree(target, ignore_errors=True)
    for article in articles:
        relative = article.relative_to(source)
        text = article.read_text(encoding="utf-8")
        folder = target / relative.parent
        folder.mkdir(parents=True, exist_ok=True)
        for copy in range(1, copies + 1):
            name = f"{relative.stem}_v{copy}.txt"
            (folder / name).write_text(variant(text, f"{relative.as_posix()}#{copy}"), encoding="utf-8")
    stamp.write_text(expected)
    return len(articles) * copies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=10, help="variants per article (default 10)")
    parser.add_argument("--source", type=Path, default=ECBPLUS_TEXT, help="the ECB+ text folder")
    parser.add_argument("--out", type=Path, default=None, help="default: <tmp>/factcheck-bench/ecbplus<N>")
    args = parser.parse_args(argv)
    target = args.out or default_folder(args.copies)
    count = build(args.source, target, args.copies)
    print(f"{target}: {count} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
