"""Rules at the edges (issue #21): each test is named after the case a user found, and fails on
the code before the fix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import Cli, progress

CONTINUOUS = {"unit": "亿元"}


# ── exact edges: compared at the precision shown ───────────────────────────
def test_band_edge_new_engineers_1_in_april_is_off_track(cli: Cli, tmp_path: Path) -> None:
    """`new_engineers,2023-04,1`: 3.3% − 33.3% = −30.0, and exactly −30 is 严重滞后 by the README."""
    figures = tmp_path / "f.csv"
    figures.write_text("target,period,value\nnew_engineers,2023-04,1\nnev_output,2023-04,7.5\n", encoding="utf-8")
    for target in ("new_engineers", "nev_output"):
        explained = cli("status", figures, "--explain", target).out
        assert "偏差 = 3.3% − 33.3% = −30.0 个百分点" in explained
        assert "状态：严重滞后" in explained, explained


def test_band_edge_computed_gap_at_minus_30_is_off_track() -> None:
    p = progress({"id": "t", "kind": "cumulative", "value": 30, "unit": "个"}, {4: 1}, 4)
    assert p.schedule_gap_pp is not None
    assert round(p.schedule_gap_pp, 1) == -30.0
    assert p.status == "off_track"


def test_a_ratio_of_exactly_the_likely_band_is_likely() -> None:
    """A projection ratio shown as 0.90 against a likely band of 0.9 is 可完成, whatever the float says."""
    target = {"id": "t", "kind": "cumulative", "value": 100, **CONTINUOUS}
    bands = {"forecast_bands": {"likely": 0.9, "unlikely": 0.5}}
    p = progress(target, {10: 75}, 10, **bands)  # 75 ÷ 10 × 12 = 90.000000001 or 89.99999999
    assert p.forecast is not None
    assert round(p.forecast.ratio, 2) == 0.90
    assert p.forecast.verdict == "likely"
    p = progress(target, {7: 52.5}, 7, **bands)  # 52.5 ÷ 7 × 12 = 90 in floating point: 89.99999999999999
    assert p.forecast is not None
    assert p.forecast.verdict == "likely"


# ── one rule for 超N (gt) in every unit ────────────────────────────────────
def test_gt_100_yi_at_exactly_100_at_the_deadline_is_one_answer() -> None:
    """超100亿元 at exactly 100 at the deadline: not over 100, so missed; a gap of the smallest
    step shown (0.01), a verdict of the fact (难完成), and an alarm under 确保."""
    target = {"id": "t", "kind": "cumulative", "comparator": "gt", "value": 100, "commitment": "ensure", **CONTINUOUS}
    p = progress(target, {12: 100}, 12)
    assert p.status == "missed"
    assert p.gap == pytest.approx(0.01)
    assert p.forecast is not None
    assert p.forecast.verdict == "unlikely"
    assert p.alarm
    over = progress(target, {12: 100.01}, 12)
    assert over.status == "met"
    assert over.gap == 0
    assert over.forecast is not None
    assert over.forecast.verdict == "likely"
    assert not over.alarm


def test_gt_rate_at_exactly_n_is_short_by_a_step() -> None:
    rate = {"id": "t", "kind": "rate", "comparator": "gt", "value": 12, "unit": "%"}
    p = progress(rate, {6: 12}, 6)
    assert p.holds is False
    assert p.status == "behind"
    assert p.forecast is not None
    assert p.forecast.verdict == "at_risk"


# ── every status has a verdict; after the deadline the verdict is the fact ──
def test_a_missed_milestone_has_the_verdict_unlikely() -> None:
    milestone = {"id": "t", "kind": "milestone", "value": 1, "deadline": dt.date(2023, 6, 30)}
    p = progress(milestone, {6: 0}, 9)
    assert p.status == "missed"
    assert p.forecast is not None
    assert p.forecast.verdict == "unlikely"


def test_an_awaiting_milestone_whose_last_figure_reached_it_is_likely() -> None:
    milestone = {"id": "t", "kind": "milestone", "value": 1, "deadline": dt.date(2023, 6, 30)}
    p = progress(milestone, {5: 1}, 6)
    assert p.status in ("awaiting", "met")
    assert p.forecast is not None
    assert p.forecast.verdict == "likely"


def test_a_pending_milestone_has_a_verdict() -> None:
    milestone = {"id": "t", "kind": "milestone", "value": 1, "deadline": dt.date(2023, 12, 31)}
    p = progress(milestone, {3: 0}, 3)
    assert p.status == "pending"
    assert p.forecast is not None
    assert p.forecast.verdict in ("likely", "at_risk", "unlikely")
