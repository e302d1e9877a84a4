"""zhanxin benchmarks: start-up, scale, validation at scale.

    .venv/bin/python benchmarks/run.py            # all cases (about two minutes)
    .venv/bin/python benchmarks/run.py --quick    # fewer runs, no 1,000,000-row case

Generates its own data (a 5,000-target plan, figures files of 10,000 / 60,000 / 100,000 /
1,020,000 rows) in a temporary folder, runs every command in a fresh process several
times, and prints the median wall time, the ratio to the baseline measured in the same
run, and the peak memory (RSS) of the process. Machines are noisy: the ratios are the
figures that count.

zhanxin's modules are compiled first, as an installed package's are. Commands run with
their own cache of validated plans (a temporary folder): the warm-up run fills it, as a
user's first run does; "first run" cases switch it off (ZHANXIN_CACHE_DIR=).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SCRIPT = Path(PYTHON).with_name("zhanxin")
ZHANXIN = [str(SCRIPT)] if SCRIPT.exists() else [PYTHON, "-m", "zhanxin_cli"]
EXAMPLES = sorted(str(p) for p in (REPO / "examples").glob("*.csv"))


@dataclass
class Measure:
    median: float  # seconds
    peak_mib: float


def compile_package() -> str:
    """Compile zhanxin's modules first, as an installed package is: an editable install run with
    PYTHONDONTWRITEBYTECODE=1 (as on these machines) would otherwise recompile them on every run."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("zhanxin_cli")
    if spec is None or spec.origin is None:
        return "zhanxin not importable"
    package = Path(spec.origin).parent
    compileall.compile_dir(str(package), quiet=1)
    editable = REPO in package.parents
    return f"{'editable' if editable else 'installed'} copy at {package}, compiled"


ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
BASELINE = "import typer, pydantic, yaml, rich.console, rich.table"
"""What every command of a Typer, pydantic, PyYAML and rich tool loads before it does anything."""
"""Every command's environment; main() gives it its own plan cache."""


def run_once(command: Sequence[str], extra: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and peak RSS (MiB) of one run of ``command`` in a fresh process."""
    env = {**ENV, **(extra or {})}
    started = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        pid = os.posix_spawn(command[0], list(command), env, file_actions=[(os.POSIX_SPAWN_DUP2, sink.fileno(), 1)])
        _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"benchmark command failed with exit {code}: {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def measure(command: Sequence[str], runs: int, warmup: int = 1, env: dict[str, str] | None = None) -> Measure:
    return measure_together([(command, env)], runs, warmup)[0]


Case = tuple[Sequence[str], dict[str, str] | None]  # a command and its extra environment


def measure_together(cases: Sequence[Case], runs: int, warmup: int = 1) -> list[Measure]:
    """Each case measured in turns (one run of each, then again), so that a machine that speeds
    up or slows down during the benchmark moves every case alike and the ratios hold."""
    for _ in range(warmup):
        for command, env in cases:
            run_once(command, env)
    samples: list[list[tuple[float, float]]] = [[] for _ in cases]
    for _ in range(runs):
        for mine, (command, env) in zip(samples, cases, strict=True):
            mine.append(run_once(command, env))
    return [Measure(statistics.median(s[0] for s in mine), max(s[1] for s in mine)) for mine in samples]


def generate_plan(path: Path, targets: int, *, long_names: bool = False) -> list[str]:
    """A province-sized plan: ``targets`` cumulative 亿元 targets over 50 industries and 200 bureaus;
    ``long_names``: named as plans name them (17-41 characters), so that a name column wraps.
    Written as it is made: a benchmark process that grew would lend its size to the peak memory
    measured of the commands it starts (a spawned child begins in its parent's memory)."""
    head = [
        "title: 基准测试计划",
        "year: 2023",
        "units:",
        "  亿元: {dimension: money_cny, scale: 100000000}",
        "  万元: {dimension: money_cny, scale: 10000}",
        "industries:",
        *(f"  ind{i}: {{name: 产业{i}}}" for i in range(50)),
        "bureaus:",
        *(f"  b{i}: {{name: 县{i}局}}" for i in range(200)),
        "targets:",
    ]
    ids = []
    with path.open("w", encoding="utf-8") as out:
        out.write("\n".join(head) + "\n")
        for i in range(targets):
            ids.append(f"t{i}")
            lines = [
                f"  - id: t{i}",
                f"    section: 二({i % 7 + 1})",
                f"    industry: ind{i % 50}",
                f"    name: {_name(i, long_names)}",
                f"    value: {100 + i % 97}",
                "    unit: 亿元",
                "    comparator: ge",
                "    kind: cumulative",
                f"    lead: b{i % 200}",
                f"    co: [b{(i + 1) % 200}]",
                f'    source: "2023年实现指标{i}规上总产值{100 + i % 97}亿元以上"',
            ]
            out.write("\n".join(lines) + "\n")
    return ids


def _name(i: int, long_names: bool) -> str:
    return f"第{i}项重点产业链招引落地制造业项目{'及上下游配套企业' * (i % 4)}" if long_names else f"指标{i}规上总产值"


def generate_figures(path: Path, ids: Sequence[str], copies: int = 1, total: int | None = None) -> int:
    """Year-to-date figures, one row per target and month (1-12月), each row ``copies`` times,
    or (``total``) the first rows filed twice until there are ``total`` rows.

    Figures are monthly (a period written as a date is read as its month), so a large input is
    many targets, or the same figures filed more than once (a lead and its co-operating units
    report the same total): equal duplicates are accepted and merged.
    """
    periods = [f"2023-{m:02d}" for m in range(1, 13)]
    twice = 0 if total is None else total - len(ids) * len(periods)  # rows to file a second time
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["target", "period", "value", "unit", "note"])
        for n, target in enumerate(ids):
            monthly = 9 + (n % 13) / 4
            for m, period in enumerate(periods):
                row = [target, period, f"{monthly * (m + 1):.2f}", "", ""]
                again = 1 if twice > 0 else 0
                twice -= again
                writer.writerows([row] * (copies + again))
                rows += copies + again
    return rows


Row = tuple[str, Measure, Measure | None, str]  # name, measure, baseline, goal


def report(title: str, rows: Sequence[Row]) -> None:
    print(f"\n{title}")
    print(f"  {'case':<58} {'median':>9} {'ratio':>7} {'peak RSS':>10}  goal")
    for name, m, base, goal in rows:
        ratio = f"{m.median / base.median:.2f}×" if base else "—"
        print(f"  {name:<58} {m.median * 1000:7.0f} ms {ratio:>7} {m.peak_mib:7.0f} MiB  {goal}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="measured runs per case (median reported)")
    parser.add_argument("--quick", action="store_true", help="3 runs, and no 1,000,000-row case")
    parser.add_argument(
        "--portfolio",
        action="store_true",
        help="only the province-scale cases (5,000 / 20,000 / 83,334 targets, 12 monthly figures each)",
    )
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs
    compiled = compile_package()
    from importlib.metadata import version

    libraries = " ".join(f"{name} {version(name)}" for name in ("typer", "pydantic", "PyYAML", "rich"))
    print(
        f"zhanxin benchmarks · python {sys.version.split()[0]} · {os.cpu_count()} cores · {runs} runs per case · "
        f"{compiled} · {libraries}"
    )
    with tempfile.TemporaryDirectory(prefix="zhanxin-cache-") as cache:
        ENV["ZHANXIN_CACHE_DIR"] = cache
        if args.portfolio:
            return portfolio_cases(max(3, runs // 3))
        return run_cases(runs, quick=args.quick)


def run_cases(runs: int, *, quick: bool) -> int:
    first_run = {"ZHANXIN_CACHE_DIR": ""}

    # 1. Start-up: the cases and the baseline in turns
    plan = str(REPO / "plan.yaml")
    examples = [*ZHANXIN, "status", "--plan", plan, *EXAMPLES]
    cases: list[tuple[str, Case, str]] = [
        ("baseline: import typer, pydantic, yaml, rich", ([PYTHON, "-c", BASELINE], None), ""),
        ("zhanxin status (table)", (examples, None), "≤ 1.3×"),
        ("zhanxin status --format json", ([*examples, "-f", "json"], None), "≤ 1.0×"),
        ("zhanxin validate", ([*ZHANXIN, "validate", plan], None), "≤ 1.0×"),
        ("status (table), first run (no cache)", (examples, first_run), ""),
        ("status --format json, first run (no cache)", ([*examples, "-f", "json"], first_run), ""),
        ("zhanxin --help", ([*ZHANXIN, "--help"], None), ""),
    ]
    measured = measure_together([case for _, case, _ in cases], runs)
    baseline = measured[0]
    startup: list[Row] = [
        (name, m, None if i == 0 else baseline, goal)
        for i, ((name, _, goal), m) in enumerate(zip(cases, measured, strict=True))
    ]
    report("1. Start-up (bundled plan, a year of example figures)", startup)

    with tempfile.TemporaryDirectory(prefix="zhanxin-bench-") as tmp:
        folder = Path(tmp)
        big_plan = folder / "plan5000.yaml"
        ids = generate_plan(big_plan, 5000)
        # (targets, copies of each row): 60,000 rows is every target for a whole year
        sizes = [(834, 1, "10,000"), (5000, 1, "60,000")] + ([] if quick else [(5000, 17, "1,020,000")])
        scale: list[Row] = []
        for count, copies, label in sizes:
            figures = folder / f"figures_{count}_{copies}.csv"
            generate_figures(figures, ids[:count], copies)
            count_rows = f"import csv; print(sum(1 for _ in csv.reader(open({str(figures)!r}, newline=''))))"
            base, status = measure_together(
                [
                    ([PYTHON, "-c", count_rows], None),
                    ([*ZHANXIN, "status", "--plan", str(big_plan), str(figures), "-f", "json"], None),
                ],
                max(3, runs // 2),
            )
            scale.append((f"baseline: csv.reader over {label} rows", base, None, ""))
            goal = "≤ 150 MiB" if copies > 1 else ""
            scale.append((f"status --format json, {label} rows", status, base, goal))
        report("2. Scale (5,000-target plan, 12 monthly figures per target)", scale)

        hundred = folder / "figures_100000.csv"
        generate_figures(hundred, ids, total=100_000)
        plan_args = [*ZHANXIN, "status", "--plan", str(big_plan), str(hundred), "--by", "target"]
        named = folder / "plan5000_named.yaml"
        generate_plan(named, 5000, long_names=True)
        named_args = [*ZHANXIN, "status", "--plan", str(named), str(hundred), "--by", "target"]
        scale_cases: list[tuple[str, Case, str]] = [
            ("status --format json", ([*plan_args, "-f", "json"], None), "≤ 1 s"),
            ("status --by target: table, 200 columns", (plan_args, None), "≤ 1 s, ≤ 2× JSON"),
            (
                "status --by target: table, 120-column terminal, colour",
                ([*plan_args, "--color", "always"], {"COLUMNS": "120"}),
                "≤ 1 s, ≤ 2× JSON",
            ),
            (
                "status --by target: table, 80 columns (narrow layout)",
                (plan_args, {"COLUMNS": "80"}),
                "≤ 1 s, ≤ 2× JSON",
            ),
            (
                "status --by target: table, 80-column terminal, colour",
                ([*plan_args, "--color", "always"], {"COLUMNS": "80"}),
                "≤ 1 s, ≤ 2× JSON",
            ),
            (
                "status --by target: long names wrapped, 160 columns, colour",
                ([*named_args, "--color", "always"], {"COLUMNS": "160"}),
                "≤ 1 s, ≤ 2× JSON",
            ),
        ]
        at_scale = measure_together([case for _, case, _ in scale_cases], max(3, runs // 2))
        tables: list[Row] = [
            (name, m, None if i == 0 else at_scale[0], goal)
            for i, ((name, _, goal), m) in enumerate(zip(scale_cases, at_scale, strict=True))
        ]
        report("3. Tables at scale (5,000 targets, 100,000 rows; ratio to JSON)", tables)

        validate = measure([*ZHANXIN, "validate", str(big_plan)], max(3, runs // 2))
        report("4. Validation at scale", [("zhanxin validate, 5,000 targets", validate, None, "≤ 1 s")])

        seed = REPO / "tests" / "fixtures" / "draft" / "seed_2023.txt"
        draft = measure([*ZHANXIN, "draft", str(seed)], max(3, runs // 2))
        drafts: list[Row] = [("zhanxin draft, the bundled plan's text", draft, None, "≤ 2 s")]
        endless: Measure | None = None  # one sentence of N amounts (a page with its stops lost)
        for amounts in (2000,) if quick else (2000, 8000):
            text = folder / f"endless_{amounts}.txt"
            text.write_text("2024年目标\n力争" + "地区生产总值增长5%," * amounts, encoding="utf-8")
            measured_draft = measure([*ZHANXIN, "draft", str(text)], 3)
            goal = "≤ 5× the 2,000 (grows with the text)" if endless else ""
            drafts.append((f"zhanxin draft, one sentence of {amounts:,} amounts", measured_draft, endless, goal))
            endless = measured_draft
        report("5. Draft", drafts)
    return 0


def portfolio_cases(runs: int) -> int:
    """A province's run (#19): 83,334 targets with 12 monthly figures each (1,000,008 rows), and
    the same at 5,000 and 20,000 targets to show how the cost grows; warm (plan cached) and first run."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="zhanxin-portfolio-") as tmp:
        folder = Path(tmp)
        for targets in (5000, 20000, 83334):
            plan = folder / f"plan{targets}.yaml"
            figures = folder / f"figures{targets}.csv"
            count = generate_figures(figures, generate_plan(plan, targets))
            command = [*ZHANXIN, "status", "--plan", str(plan), str(figures), "-f", "json"]
            count_rows = f"import csv; print(sum(1 for _ in csv.reader(open({str(figures)!r}, newline=''))))"
            base, warm = measure_together([([PYTHON, "-c", count_rows], None), (command, None)], runs)
            first = measure(command, 1, warmup=0, env={"ZHANXIN_CACHE_DIR": ""})
            big = targets == 83334
            rows.append((f"baseline: csv.reader over {count:,} rows", base, None, ""))
            rows.append(
                (f"status -f json, {targets:,} targets, cached plan", warm, base, "≤ 2.0 s, ≤ 250 MiB" if big else "")
            )
            rows.append((f"status -f json, {targets:,} targets, first run", first, base, "≤ 4 s" if big else ""))
            if big:
                split = split_figures(figures, folder / "bureaus", 100)
                files = measure([*ZHANXIN, "status", "--plan", str(plan), str(split), "-f", "json"], runs)
                rows.append((f"status -f json, {targets:,} targets, a folder of 100 files", files, base, ""))
                floor_rows = floors(plan, figures, command, folder, runs)
    report("6. Province scale (12 monthly figures per target; ratio to csv.reader)", rows)
    report("7. Floors at 83,334 targets: what Python and its libraries alone take, timed in the process", floor_rows)
    return 0


def split_figures(figures: Path, folder: Path, files: int) -> Path:
    """The same rows as a folder of ``files`` files, each target's rows in one of them (a bureau's form)."""
    folder.mkdir()
    with figures.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        outs = [(folder / f"form{i:03d}.csv").open("w", encoding="utf-8", newline="") for i in range(files)]
        writers = [csv.writer(out) for out in outs]
        for writer in writers:
            writer.writerow(header)
        for row in reader:
            writers[zlib.crc32(row[0].encode()) % files].writerow(row)
        for out in outs:
            out.close()
    return folder


FLOORS = {
    "start-up: import typer, pydantic, yaml, rich": "t = time.perf_counter(); " + BASELINE,
    "read: csv.reader, float and group the rows by target": (
        "f = open(FIGURES, encoding='utf-8', newline=''); t = time.perf_counter(); g = {}; rows = csv.reader(f)\n"
        "next(rows)\nfor r in rows: g.setdefault(r[0], []).append((r[1], float(r[2])))"
    ),
    "write: json.dumps of the report, already made": (
        "d = json.load(open(OUTPUT, encoding='utf-8')); t = time.perf_counter(); s = json.dumps(d, ensure_ascii=False)"
    ),
    "first run: libyaml's events over the plan, nothing built": (
        "y = open(PLAN, 'rb').read(); t = time.perf_counter(); sum(1 for _ in yaml.parse(y, Loader=yaml.CSafeLoader))"
    ),
}
"""The least each part of a province's run can cost in this stack: reading the rows, writing the
JSON, a first run's parsing of the YAML (timed in the process, after its inputs are read)."""


def floors(plan: Path, figures: Path, command: Sequence[str], folder: Path, runs: int) -> list[Row]:
    output = folder / "report.json"
    with output.open("wb") as sink:
        subprocess.run(command, stdout=sink, check=True, env=ENV)
    found: list[Row] = []
    for name, code in FLOORS.items():
        script = (
            "import csv, json, time, yaml, gc; gc.disable()\n"
            f"FIGURES, OUTPUT, PLAN = {str(figures)!r}, {str(output)!r}, {str(plan)!r}\n"
            f"{code}\nelapsed = time.perf_counter() - t\n"
            "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
            "print(elapsed, peak / 1024)"
        )
        samples = [
            subprocess.run([PYTHON, "-c", script], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(runs)
        ]
        times, peaks = [float(t) for t, _ in samples], [float(p) for _, p in samples]
        found.append((f"floor, {name}", Measure(statistics.median(times), max(peaks)), None, ""))
    return found


if __name__ == "__main__":
    raise SystemExit(main())
