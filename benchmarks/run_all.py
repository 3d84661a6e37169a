"""Every benchmark in one command, written to benchmarks/RESULTS.md: each figure beside its floor from the same run.

uv run python benchmarks/run_all.py [--million DATA_DIR] [--work DIR] [--skip-million]

Builds (or reuses) honest databases of 1,000 and 100,000 files under --work (default /tmp/kd-bench), and uses the
honest million at --million (built there when missing: about ten minutes). Then runs tracking and reports at each
size, save, letter, start and memory, and writes the tables with the machine and the date.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from common import machine

HERE = Path(__file__).parent
RESULTS = HERE / "RESULTS.md"
ANALYSIS = "<!-- analysis: written by hand, kept by run_all.py -->"


def run(script: str, *args: str, out: Path) -> None:
    command = [sys.executable, str(HERE / script), *args, "--json", str(out)]
    print("$", " ".join(command[1:]), flush=True)
    subprocess.run(command, check=True)


def ensure_database(folder: Path, files: int) -> Path:
    if not (folder / "kampar-desk.db").exists() and not any(folder.glob("*.db")):
        folder.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {files:,} files in {folder}", flush=True)
        subprocess.run([sys.executable, str(HERE / "build_million.py"), str(folder), str(files)], check=True)
    return folder


def load(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ms(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return ""
    if unit == "MB":
        return f"{value:,.0f} MB"
    if value < 1:
        return f"{value:.2f} ms"
    return f"{value:,.1f} ms" if value < 1000 else f"{value / 1000:,.2f} s"


def table(records: list[dict]) -> list[str]:
    lines = [
        "| figure | first call | median | max | floor (same run) | floor median | ratio | goal | met |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in records:
        unit = "MB" if r["group"] == "memory" else "ms"
        t, f = r["timing"], r.get("floor")
        ratio = f"{r['ratio']:.1f}×" if r.get("ratio") is not None else ""
        met = {True: "yes", False: "**no**", None: ""}[r.get("met")]
        name = r["name"] + (f" ({r['note']})" if r.get("note") else "")
        floor = _ms(f["median_ms"], unit) if f else ""
        lines.append(
            f"| {name} | {_ms(t['first_ms'], unit)} | {_ms(t['median_ms'], unit)} | {_ms(t['max_ms'], unit)} | "
            f"{r.get('floor_name', '')} | {floor} | {ratio} | {r.get('goal', '')} | {met} |"
        )
    return lines


def growth(records: list[dict]) -> list[str]:
    """The same figure at each database size side by side: what grows with the years and what does not."""
    sized: dict[str, dict[str, float]] = {}
    sizes: list[str] = []
    for r in records:
        kind, _, size = r["group"].partition(" ")
        if kind not in ("tracking", "reports") or not size:
            continue
        if size not in sizes:
            sizes.append(size)
        name = r["name"].split(", busiest month")[0].split(", oldest month")[0].split(", empty month")[0]
        label = f"{kind}: {name}" + (" (busiest)" if "busiest" in r["name"] else "")
        label += " (oldest)" if "oldest" in r["name"] else ""
        label += " (empty)" if "empty month" in r["name"] else ""
        sized.setdefault(label, {})[size] = r["timing"]["median_ms"]
    if not sizes:
        return []
    header = "| figure | " + " | ".join(f"{size} files" for size in sizes) + " |"
    lines = ["## Growth with the database (medians)", "", header]
    lines.append("|---|" + "---|" * len(sizes))
    for label, values in sized.items():
        lines.append(f"| {label} | " + " | ".join(_ms(values.get(size)) for size in sizes) + " |")
    return [*lines, ""]


def write_results(records: list[dict], command: str, seconds: float) -> None:
    about = machine()
    lines = [
        "# Benchmark results",
        "",
        "Written by `" + command + "` (one command runs everything; it took "
        f"{seconds / 60:.0f} minutes). Every figure is a whole user action through the real services (or the real app"
        " for start and memory), timed first in its process and then warm (median and max of the runs), beside a floor"
        " measured in the same run on the same machine: what the same work cannot cost less than.",
        "",
        f"Machine: {about['cpu']}, {about['memory']}, {about['system']}, Python {about['python']}, "
        f"SQLite {about['sqlite']}. Date: {about['date']}.",
        "",
    ]
    groups: dict[str, list[dict]] = {}
    for record in records:
        groups.setdefault(record["group"], []).append(record)
    for group, members in groups.items():
        lines += [f"## {group}", "", *table(members), ""]
    lines += growth(records)
    # The reading of the figures is written by hand below the marker and kept when the tables are written again.
    before = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    kept = before.split(ANALYSIS, 1)[1] if ANALYSIS in before else "\n"
    RESULTS.write_text("\n".join(lines) + "\n" + ANALYSIS + kept, encoding="utf-8")


def main() -> int:
    argv = sys.argv[1:]
    work = Path(argv[argv.index("--work") + 1]) if "--work" in argv else Path("/tmp/kd-bench")
    million = Path(argv[argv.index("--million") + 1]) if "--million" in argv else work / "1m"
    out = work / "results.jsonl"
    work.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    began = time.perf_counter()
    sizes = [ensure_database(work / "1k", 1_000), ensure_database(work / "100k", 100_000)]
    if "--skip-million" not in argv:
        sizes.append(ensure_database(million, 1_000_000))
    for folder in sizes:
        run("bench_tracking.py", str(folder), out=out)
        run("bench_reports.py", str(folder), out=out)
    run("bench_intake.py", "300", out=out)
    run("bench_letter.py", "50", out=out)
    run("bench_startup.py", "--data", str(sizes[-1]), out=out)
    run("bench_memory.py", str(sizes[-1]), out=out)
    write_results(load(out), "uv run python benchmarks/run_all.py " + " ".join(argv), time.perf_counter() - began)
    print(f"written {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
