"""What the tests share, in one place: paths, the example figures, golden files, layout checks,
small plans made in code, and running zhanxin in a fresh process. Fixtures are in conftest.py."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from zhanxin_cli.figures.cells import Figure, Period, Place, TaskStatus, month_end
from zhanxin_cli.plan.model import Plan
from zhanxin_cli.plan.rules import validate_structure
from zhanxin_cli.progress.status import TargetProgress, target_progress

HERE = Path(__file__).parent
"""The tests folder: plans/, figures/, fixtures/ and golden/ are here."""
REPO = HERE.parent
BUNDLED_PLAN = REPO / "src" / "zhanxin_cli" / "data" / "plan.yaml"
GOLDEN = HERE / "golden"
EXAMPLES = sorted((REPO / "examples").glob("*.csv"))
"""The bundled example figures (absolute paths)."""
EXAMPLE_ARGS = [str(p.relative_to(REPO)) for p in EXAMPLES]
"""The same, as written on a command line run in the repository."""


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli(Protocol):
    """The ``cli`` fixture: run ``zhanxin`` with arguments."""

    def __call__(self, *args: str | Path) -> Result: ...


# ── golden files and layouts ───────────────────────────────────────────────


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("ZHANXIN_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="")
    assert path.read_bytes().decode("utf-8") == text, f"{name} differs; rerun with ZHANXIN_UPDATE_GOLDEN=1 to accept"


def columns(line: str) -> int:
    """How many terminal columns a line takes (CJK two each)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def check_fits(text: str, width: int) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        assert columns(line) <= width, f"line {number} is {columns(line)} columns wide: {line!r}"
        assert "…" not in line, f"line {number} cuts a cell: {line!r}"
        assert line == line.rstrip(), f"line {number} ends in spaces"


# ── small plans made in code ───────────────────────────────────────────────

PLAN: dict[str, Any] = {
    "title": "测试",
    "year": 2023,
    "units": {
        "亿元": {"dimension": "money_cny", "scale": 1e8},
        "个": {"dimension": "item", "integer": True},
        "%": {"dimension": "percent"},
    },
    "industries": {"a": {"name": "甲"}, "b": {"name": "乙"}},
    "bureaus": {"x": {"name": "X局"}, "y": {"name": "Y局"}, "z": {"name": "Z局"}},
    "targets": [],
    "tasks": [{"id": "task1", "section": "三", "name": "任务", "lead": "x", "source": "任务"}],
}
CUM = {"id": "t", "kind": "cumulative", "value": 120}


def make_plan(*targets: dict[str, Any], **extra: Any) -> Plan:
    data = copy.deepcopy(PLAN)
    data["targets"] = [
        {"section": "二", "name": t["id"], "source": "s", "unit": "个", "comparator": "ge", "lead": "x", **t}
        for t in targets
    ]
    data.update(extra)
    return validate_structure(data)


def month(m: int) -> Period:
    return Period(month_end(2023, m))


def fig(target: str, m: int, value: float | None = None, status: TaskStatus | None = None) -> Figure:
    return Figure(target, month(m), value, status, "", Place("f.csv", m))


def progress(target: dict[str, Any], values: dict[int, float], as_of: int, **extra: Any) -> TargetProgress:
    """One target's progress as of a month of 2023, from its figures by month."""
    plan = make_plan(target, **extra)
    series = [fig(target["id"], m, v) for m, v in sorted(values.items())]
    return target_progress(plan, plan.targets[0], series, month(as_of))


# ── zhanxin in a fresh process ─────────────────────────────────────────────


def run_in_process(*args: str) -> tuple[str, set[str]]:
    """What ``zhanxin ARGS`` prints, run in a fresh Python, and the modules it loaded."""
    code = (
        f"import sys; from zhanxin_cli.cli.app import main; main({list(args)!r}); "
        "sys.stdout.flush(); sys.stderr.write(' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    return done.stdout, set(done.stderr.split())


def imported_after(*args: str) -> set[str]:
    return run_in_process(*args)[1]
