"""The benchmark script's own parts, so that `benchmarks/run.py` keeps working."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

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


# ── benchmarks/draft_corpus.py: draft scored on real plan texts ─────────────────────────────


def load_corpus_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("zhanxin_draft_corpus", REPO / "benchmarks" / "draft_corpus.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_corpus_reference_is_complete() -> None:
    """Each reference names its source and split, and every target each field it is scored on."""
    import datetime as dt

    import yaml

    references = sorted((REPO / "benchmarks" / "draft_corpus").glob("*.yaml"))
    loaded = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in references]
    assert sum(r["split"] == "held_out" or "held_out_in" in r for r in loaded) >= 8  # held out, now or in a round
    assert len(references) >= 12
    for path in references:
        reference = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert reference["source"].startswith("http"), path.name
        assert reference["split"] in ("development", "held_out"), path.name
        for target in reference["targets"]:
            if target.get("optional"):
                continue
            assert target["comparator"] in ("ge", "gt", "le", "lt", "eq"), (path.name, target)
            assert isinstance(target["deadline"], dt.date), (path.name, target)
            assert target["unit"], (path.name, target)
            assert target.get("commitment", "ensure") in ("ensure", "strive"), (path.name, target)


def test_the_corpus_score_pairs_targets_and_counts_what_is_false() -> None:
    scorer = load_corpus_scorer()
    reference = {
        "split": "held_out",
        "targets": [
            {"name": "地区生产总值增长", "value": 6, "unit": "%", "comparator": "ge", "deadline": "2024-12-31"},
            {"name": "城镇调查失业率", "value": 5, "unit": "%", "comparator": "le", "deadline": "2024-12-31"},
            {"name": "新增企业", "value": 10, "unit": "家", "comparator": "ge", "deadline": "2024-12-31",
             "section": "一1", "lead": "县经信局", "co": ["县统计局"]},
            {"name": "科技创新指数", "value": 160, "optional": True},
        ],
    }  # fmt: skip
    draft = {
        "year": 2024,
        "bureaus": {"a": {"name": "县经信局"}, "b": {"name": "县统计局"}},
        "targets": [
            {"name": "地区生产总值增长", "value": 6, "unit": "%", "comparator": "ge", "section": "一", "source": "…"},
            {"name": "城镇调查失业率", "value": 5, "unit": "%", "comparator": "ge", "section": "一", "source": "…"},
            {"name": "新增企业", "value": 10, "unit": "家", "comparator": "ge", "section": "一1", "lead": "a",
             "co": ["b"], "source": "…"},
            {"name": "科技创新指数", "value": 160, "unit": "点", "comparator": "ge", "section": "一", "source": "…"},
            {"name": "去年产值", "value": 800, "unit": "亿元", "comparator": "ge", "section": "一", "source": "去年"},
        ],
    }  # fmt: skip
    score = scorer.score_text(reference, draft, "example")
    assert (score.targets, score.right, score.found, score.false) == (3, 2, 3, 1)
    assert score.wrong == [
        "城镇调查失业率 5%: comparator 'ge', expected 'le'",
        "false target: 去年产值 800亿元 (去年)",
    ]
    text = scorer.report([score], verbose=True)
    assert "pooled over 1 texts: 2/3 targets with every field right (67%); 1 false of 4 read (25%); 0 failures" in text
    results_only = scorer.Score("results", "held_out", false=2)  # a text with no target: its false ones still count
    assert scorer.report([results_only], verbose=False).endswith(
        "pooled over 1 texts: no targets; 2 false of 2 read (100%); 0 failures"
    )


def test_the_corpus_benchmark_names_texts_it_cannot_find(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The texts are not in the repository: each one missing is named with its address."""
    scorer = load_corpus_scorer()
    assert scorer.run(tmp_path, "all", verbose=False) == []
    assert "yangbi_2023: no text at" in capsys.readouterr().err
    assert scorer.report([], verbose=False).endswith("no texts scored")
