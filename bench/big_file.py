"""One very large article: ``python bench/big_file.py [--megabytes 20] [--jobs N] [--prose]``.

Writes an article of about ``--megabytes`` MB to a temporary folder, next to one ordinary
article to compare it with, runs ``factcheck report`` on the two in a fresh process (Markdown,
then JSON) and prints the wall time and the peak RSS of each run.

The large article is edited copies of the ECB+ articles (bench/make_corpus.py's edits) one
after another, so most of its sentences are real news; with ``--prose``, or when
../shared/bench/ecbplus is absent, it is generated sentences. The texts go to a temporary
folder, never into the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import make_corpus  # noqa: E402

OTHER = (
    "Council approves budget\n\n"
    "The city council approved a budget of four million dollars on Tuesday evening.\n"
    "The mayor said the new bridge over the river will open in the spring of next year.\n"
)
SUBJECTS = ("The council", "The mayor", "Police", "The company", "Officials", "The minister", "Witnesses")
VERBS = ("approved", "announced", "rejected", "reported", "confirmed", "said they found", "denied")
OBJECTS = ("a budget of {n} million dollars", "the new bridge", "{n} injuries", "a fire at the plant",
           "the plan for {n} homes", "an agreement with the union", "the results of the inquiry")
WHEN = ("on Tuesday", "last week", "in {month}", "on {month} {day}", "after a long debate", "")
MONTHS = ("January", "March", "May", "July", "September", "November")


def ecbplus_text(size: int) -> str:
    articles = sorted(make_corpus.ECBPLUS_TEXT.rglob("*.txt"))
    parts: list[str] = []
    total, copy = 0, 0
    while total < size:
        copy += 1
        for article in articles:
            text = make_corpus.variant(article.read_text(encoding="utf-8"), f"big#{article.name}#{copy}")
            parts.append(text + "\n")
            total += len(text.encode("utf-8")) + 1
            if total >= size:
                break
    return "".join(parts)


def prose(size: int) -> str:
    rng = random.Random(20)
    lines: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(1, 4)):
            fill = {"n": rng.randint(2, 900), "month": rng.choice(MONTHS), "day": rng.randint(1, 28)}
            words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS).format(**fill),
                     rng.choice(WHEN).format(**fill)]
            sentences.append(" ".join(word for word in words if word) + ".")
        line = " ".join(sentences)
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"


def run(folder: Path, *args: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``factcheck report`` in a fresh process."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "factcheck", "report", *args, "-q"], cwd=folder)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"factcheck failed with status {status}")
    peak = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return elapsed, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--prose", action="store_true", help="generated sentences, not ECB+")
    args = parser.parse_args(argv)
    size = int(args.megabytes * 1_000_000)
    use_prose = args.prose or not make_corpus.ECBPLUS_TEXT.is_dir()
    text = prose(size) if use_prose else ecbplus_text(size)
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    with tempfile.TemporaryDirectory(prefix="factcheck-big-") as name:
        folder = Path(name)
        (folder / "big.txt").write_text(text, encoding="utf-8")
        (folder / "other.txt").write_text(OTHER, encoding="utf-8")
        megabytes = (folder / "big.txt").stat().st_size / 1_000_000
        kind = "generated prose" if use_prose else "ECB+ copies"
        print(f"big.txt: {megabytes:.1f} MB of {kind}, {text.count(chr(10))} lines; "
              f"{resource.getpagesize()} B pages; python {sys.version.split()[0]}")
        for fmt, output in (("markdown", "out.md"), ("json", "out.json")):
            elapsed, peak = run(folder, "big.txt", "other.txt", "--format", fmt, "-o", output, *jobs)
            size_out = (folder / output).stat().st_size / 1_000_000
            print(f"{fmt:8} {elapsed:7.1f} s  peak RSS {peak:7.0f} MB  report {size_out:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
