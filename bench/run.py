"""Benchmark the full report: ``python bench/run.py [--corpus NAME] [--repeat N] [--jobs N]``.

For each corpus, runs load, claims, normalise, align, classify and both renderings in a fresh
process (so that memory peaks do not mix) and prints per stage the median wall time and the
process's peak RSS, with the fastest run's total, the claims, the candidate pairs the index
proposed and the pairs judged, and the CPU time of the whole run (steadier than wall time on
a shared machine).
Then the quality figures of ``factcheck.evaluate`` (``--mixing`` adds the ECB+ cross-event
mixing rate, which takes a minute).

Corpora: ``seeds``; ``ecbplus``, the 982 ECB+ articles in ../shared/bench/ecbplus/text;
``ecbplus5`` and ``ecbplus10``, 5 and 10 edited copies of each (bench/make_corpus.py builds
them in a temporary folder). ``all`` runs the four and prints the cost of doubling the corpus
(ecbplus10 against ecbplus5).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import make_corpus  # noqa: E402

STAGES = ("load", "claims", "normalise", "align", "classify", "render-md", "render-json")
CORPORA = ("seeds", "ecbplus", "ecbplus5", "ecbplus10")
REPEATS = {"seeds": 3, "ecbplus": 3, "ecbplus5": 1, "ecbplus10": 1}


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    peak = resource.getrusage(who).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def corpus_folder(name: str) -> tuple[Path, str]:
    """The folder to run in and the path to give ``factcheck`` there."""
    if name == "seeds":
        return ROOT, "seeds"
    if name == "ecbplus":
        return make_corpus.ECBPLUS_TEXT.parent, "text"
    copies = int(name.removeprefix("ecbplus"))
    target = make_corpus.default_folder(copies)
    make_corpus.build(make_corpus.ECBPLUS_TEXT, target, copies)
    return target.parent, target.name


# --- one run, in a child process --------------------------------------------------------

def measure(path: str, jobs: int | None) -> dict:
    from factcheck.api import analyse
    from factcheck.progress import Progress
    from factcheck.render import render_json, render_markdown

    rows: list[dict] = []
    counts: dict[str, int] = {}

    class Timer(Progress):
        def __init__(self) -> None:
            self.name: str | None = None
            self.started = time.perf_counter()

        def stage(self, name: str, total: int = 0) -> None:
            if name == self.name:
                return  # the same stage giving its total
            now = time.perf_counter()
            if self.name is not None:
                rows.append({"stage": self.name, "seconds": now - self.started, "rss": _peak_mb()})
            self.name, self.started = name, now

        def tally(self, name: str, count: int) -> None:
            counts[name] = count

    timer = Timer()
    result = analyse([path], jobs=jobs, progress=timer)
    timer.stage("render-md")
    markdown = render_markdown(result)
    timer.stage("render-json")
    render_json(result)
    timer.stage("done")
    return {
        "cpu": _cpu_seconds(),
        "stages": rows,
        "files": len(result.sources),
        "claims": len(result.claims),
        "facts": len(result.clusters),
        "markdown_bytes": len(markdown.encode()),
        "workers_rss": _peak_mb(resource.RUSAGE_CHILDREN),
        "candidates": counts.get("candidate pairs", 0),
        "scored": counts.get("pairs scored", 0),
    }


def _cpu_seconds() -> float:
    """User and system time of this process and its reaped workers: on a shared machine,
    steadier than the wall clock, which also counts the time other tenants hold a core."""
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


# --- the parent: runs, medians, tables --------------------------------------------------

def run_corpus(name: str, repeat: int, jobs: int | None) -> dict:
    cwd, path = corpus_folder(name)
    runs = []
    for _ in range(repeat):
        command = [sys.executable, str(Path(__file__).resolve()), "--child", path]
        if jobs:
            command += ["--jobs", str(jobs)]
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{name}: the run failed\n{done.stderr}")
        runs.append(json.loads(done.stdout))
    seconds = {stage: statistics.median(_stage(run, stage)["seconds"] for run in runs) for stage in STAGES}
    rss = {stage: max(_stage(run, stage)["rss"] for run in runs) for stage in STAGES}
    last = runs[-1]
    totals = [sum(row["seconds"] for row in run["stages"]) for run in runs]
    return {"name": name, "runs": len(runs), "seconds": seconds, "rss": rss,
            "total": statistics.median(totals),
            # The fastest run: what the code costs when the shared machine leaves it alone.
            "fastest": min(totals),
            "workers_rss": max(run["workers_rss"] for run in runs),
            "cpu": statistics.median(run["cpu"] for run in runs),
            **{key: last[key] for key in ("files", "claims", "facts", "candidates", "scored")}}


def _stage(run: dict, stage: str) -> dict:
    return next(row for row in run["stages"] if row["stage"] == stage)


def table(measured: list[dict]) -> str:
    names = [m["name"] for m in measured]
    lines = ["| stage | " + " | ".join(f"{n} s | {n} peak RSS MB" for n in names) + " |",
             "|---|" + "---:|---:|" * len(names)]
    for stage in STAGES:
        cells = [f"{m['seconds'][stage]:.2f} | {m['rss'][stage]:.0f}" for m in measured]
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    lines.append("| **total** | " + " | ".join(
        f"**{m['total']:.2f}** | **{max(m['rss'].values()):.0f}**" for m in measured) + " |")
    lines.append("| fastest run, total s | " + " | ".join(f"{m['fastest']:.2f} | " for m in measured) + " |")
    lines.append("| CPU s (user + system, all processes) | " + " | ".join(
        f"{m['cpu']:.2f} | " for m in measured) + " |")
    for label, key in (("files", "files"), ("claims", "claims"), ("candidate pairs", "candidates"),
                       ("pairs scored (judge calls)", "scored"), ("facts", "facts")):
        lines.append(f"| {label} | " + " | ".join(f"{m[key]} | " for m in measured) + " |")
    workers = " | ".join(f" | {m['workers_rss']:.0f}" for m in measured)
    lines.append(f"| worker peak RSS MB | {workers} |")
    lines.append("| runs (median) | " + " | ".join(f"{m['runs']} | " for m in measured) + " |")
    return "\n".join(lines)


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    memory = ""
    try:
        total = next(line for line in Path("/proc/meminfo").read_text().splitlines()
                     if line.startswith("MemTotal"))
        memory = f", {int(total.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores ({model or 'unknown CPU'}){memory}, Python {platform.python_version()}"


def quality(*, mixing: bool) -> list[str]:
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    from factcheck import evaluate

    agreed = evaluate.agreed_alignment_scores()
    alignment, *_ = evaluate.alignment_scores()
    lines = [f"seeds alignment, pairs both annotators agree on: P={agreed.precision:.3f} "
             f"R={agreed.recall:.3f} F1={agreed.f1:.3f} (annotator A alone: F1={alignment.f1:.3f})"]
    held = evaluate.agreed_alignment_scores(str(evaluate.HELDOUT),
                                            gold_files=(evaluate.HELDOUT_GOLD, evaluate.HELDOUT_GOLD_B))
    lines.append(f"held-out story alignment, pairs both annotators agree on: P={held.precision:.3f} "
                 f"R={held.recall:.3f} F1={held.f1:.3f}")
    table_ = evaluate.contradiction_scores(evaluate.contradiction_outcomes())
    every = table_["all"]
    lines.append(f"contradictions (edited cases): P={every.precision:.3f} R={every.recall:.3f} "
                 + " ".join(f"{kind}:{s.precision:.2f}/{s.recall:.2f}" for kind, s in table_.items()
                            if kind != "all"))
    if mixing:
        found = evaluate.ecbplus_mixing()
        lines.append(f"ECB+ cross-event mixing: {found.mixed_groups}/{found.multi_file_groups} "
                     f"({found.rate:.2%}) over {found.topics} topics")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--repeat", type=int, default=None,
                        help="runs per corpus; the median is shown (default: 3, 1 for ecbplus5/10)")
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: every core)")
    parser.add_argument("--mixing", action="store_true", help="also measure ECB+ cross-event mixing")
    parser.add_argument("--no-quality", action="store_true", help="timings only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.jobs)))
        return 0
    names = CORPORA if args.corpus == "all" else (args.corpus,)
    measured = []
    for name in names:
        print(f"running {name}...", file=sys.stderr)
        measured.append(run_corpus(name, args.repeat or REPEATS[name], args.jobs))
    print(f"Machine: {machine()}; jobs: {args.jobs or 'every core'}\n")
    print(table(measured))
    by_name = {m["name"]: m for m in measured}
    if "ecbplus5" in by_name and "ecbplus10" in by_name:
        small, large = by_name["ecbplus5"], by_name["ecbplus10"]
        print(f"\nDoubling (ecbplus10 / ecbplus5): {large['total'] / small['total']:.2f}x the time, "
              f"{large['cpu'] / small['cpu']:.2f}x the CPU time")
    if not args.no_quality:
        print("\nQuality (factcheck.evaluate):")
        for line in quality(mixing=args.mixing):
            print(f"- {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
