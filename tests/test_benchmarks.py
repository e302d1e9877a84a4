"""The benchmark script's own parts, so that `benchmarks/run.py` keeps working."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tests.helpers import REPO, Cli


def load_benchmarks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("zhanxin_benchmarks", REPO / "benchmarks" / "run.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it executes
    spec.loader.exec_module(module)
    return module


def test_generated_data_is_valid_input(cli: Cli, tmp_path: Path) -> None:
    bench = load_benchmarks()
    plan = tmp_path / "plan.yaml"
    ids = bench.generate_plan(plan, 30)
    figures = tmp_path / "figures.csv"
    assert bench.generate_figures(figures, ids[:10], copies=2) == 240
    topped_up = tmp_path / "topped_up.csv"
    assert bench.generate_figures(topped_up, ids[:10], total=150) == 150
    assert len(topped_up.read_text(encoding="utf-8").splitlines()) == 151
    assert cli("validate", plan).code == 0
    named = tmp_path / "named.yaml"
    assert bench.generate_plan(named, 30, long_names=True) == ids
    assert cli("validate", named).code == 0
    result = cli("status", "--plan", plan, figures, "-f", "json")
    assert result.code == 0
    assert result.err == ""


def test_measure_runs_a_fresh_process() -> None:
    bench = load_benchmarks()
    measured = bench.measure([sys.executable, "-c", "pass"], runs=2, warmup=0)
    assert 0 < measured.median < 10
    assert measured.peak_mib > 1
