"""The computation: 序时进度, statuses for every kind, roll-ups, and its invariants."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import CUM, fig, make_plan, month, progress
from zhanxin_cli.figures.cells import TaskStatus
from zhanxin_cli.plan.model import Plan, Target
from zhanxin_cli.progress.status import RANK, compute_progress, elapsed_months, holds, target_progress


# ── 序时进度 ────────────────────────────────────────────────────────────────
@pytest.mark.parametrize(
    ("end", "as_of", "fraction"),
    [
        (dt.date(2023, 12, 31), dt.date(2023, 3, 31), 3 / 12),
        (dt.date(2023, 12, 31), dt.date(2023, 2, 28), 2 / 12),  # 1-2月 filed as 02
        (dt.date(2023, 6, 30), dt.date(2023, 3, 31), 3 / 6),  # 6月底前: half due by end of March
        (dt.date(2023, 6, 30), dt.date(2023, 9, 30), 1.0),  # capped after the deadline
        (dt.date(2023, 12, 31), dt.date(2023, 4, 15), 3.5 / 12),  # mid-month: half of April
        (dt.date(2023, 12, 31), dt.date(2022, 12, 31), 0.0),  # before the plan
    ],
)
def test_elapsed_share_of_window(end: dt.date, as_of: dt.date, fraction: float) -> None:
    window, elapsed = elapsed_months(dt.date(2023, 1, 1), end, as_of)
    assert elapsed / window == pytest.approx(fraction)


@pytest.mark.parametrize(
    ("actual", "comparator", "value", "ok"),
    [
        (6, "gt", 6, False),  # 超6个 is not met at 6
        (7, "gt", 6, True),
        (6, "ge", 6, True),
        (5.999999999999, "ge", 6, True),  # float noise is not a miss
        (5, "le", 6, True),
        (6, "lt", 6, False),
        (6, "eq", 6, True),
    ],
)
def test_comparators(actual: float, comparator: str, value: float, ok: bool) -> None:
    assert holds(actual, comparator, value) is ok


# ── every kind × status ─────────────────────────────────────────────────────
@pytest.mark.parametrize(
    ("target", "values", "as_of", "status"),
    [
        (CUM, {3: 30}, 3, "on_track"),  # 25% done, 25% due
        (CUM, {3: 25}, 3, "behind"),  # −4.2 pp
        (CUM, {6: 24}, 6, "off_track"),  # 20% vs 50%: −30 pp is off track
        (CUM, {6: 25}, 6, "behind"),  # 20.8% vs 50%: −29.2 pp
        (CUM, {9: 120}, 9, "met"),  # reached early: cannot be undone
        (CUM, {12: 119}, 12, "missed"),
        (CUM, {}, 6, "no_data"),
        ({"id": "t", "kind": "cumulative", "value": 6, "comparator": "gt"}, {12: 6}, 12, "missed"),
        ({"id": "t", "kind": "cumulative", "value": 6, "comparator": "gt"}, {12: 7}, 12, "met"),
        ({"id": "t", "kind": "rate", "value": 12, "unit": "%"}, {6: 12.5}, 6, "on_track"),
        ({"id": "t", "kind": "rate", "value": 12, "unit": "%"}, {6: 10}, 6, "behind"),
        ({"id": "t", "kind": "rate", "value": 12, "unit": "%"}, {6: 8.4}, 6, "off_track"),
        ({"id": "t", "kind": "rate", "value": 12, "unit": "%"}, {12: 12}, 12, "met"),
        ({"id": "t", "kind": "rate", "value": 12, "unit": "%"}, {12: 11.9}, 12, "missed"),
        ({"id": "t", "kind": "rate", "value": 12, "unit": "%", "comparator": "gt"}, {6: 12}, 6, "behind"),
        ({"id": "t", "kind": "level", "value": 8}, {6: 8}, 6, "on_track"),
        ({"id": "t", "kind": "level", "value": 8}, {6: 7}, 6, "pending"),  # a stock: judged at its deadline
        ({"id": "t", "kind": "level", "value": 8}, {4: 7, 6: 7}, 6, "behind"),  # flat: short at the deadline
        ({"id": "t", "kind": "level", "value": 8}, {10: 7}, 10, "behind"),  # within three months of it
        ({"id": "t", "kind": "level", "value": 8}, {12: 9}, 12, "met"),
        ({"id": "t", "kind": "level", "value": 8}, {12: 7}, 12, "missed"),
        ({"id": "t", "kind": "milestone", "value": 1}, {3: 0}, 3, "pending"),
        ({"id": "t", "kind": "milestone", "value": 1}, {3: 1}, 3, "met"),
        ({"id": "t", "kind": "milestone", "value": 1}, {12: 0}, 12, "missed"),
        ({"id": "t", "kind": "milestone", "value": 1}, {}, 12, "no_data"),
    ],
)
def test_status(target: dict[str, Any], values: dict[int, float], as_of: int, status: str) -> None:
    assert progress(target, values, as_of).status == status


def test_the_june_deadline_window() -> None:
    target = {"id": "h1", "kind": "cumulative", "value": 15, "deadline": dt.date(2023, 6, 30)}
    march = progress(target, {3: 7.5}, 3)
    assert march.expected_pct == pytest.approx(50)
    assert march.expected == pytest.approx(7.5)
    assert march.status == "on_track"
    assert progress(target, {6: 13}, 6).status == "missed"  # at the deadline, 13 of 15
    late = progress(target, {6: 13}, 10)
    assert late.status == "missed"
    assert late.stale is False  # nothing is owed after the deadline


def test_gt_in_whole_units_is_one_threshold_everywhere() -> None:
    """invest_20yi_projects (> 6 个) at 6: completion, expected, gap and forecast all count to 7."""
    p = progress({"id": "t", "kind": "cumulative", "value": 6, "comparator": "gt"}, {6: 6}, 6)
    assert p.effective_value == 7
    assert p.gap == 1  # 个 is a whole-number unit: 超6个 needs a 7th
    assert p.completion == pytest.approx(600 / 7)  # not 100 % while unmet
    assert p.expected == pytest.approx(3.5)  # 7 × 6/12
    assert p.status == "on_track"  # 85.7% done vs 50% due, not yet met
    assert p.forecast is not None
    assert p.forecast.ratio == pytest.approx(12 / 7)  # projection 12 ÷ the same 7
    at_year_end = progress({"id": "t", "kind": "cumulative", "value": 6, "comparator": "gt"}, {12: 6}, 12)
    assert at_year_end.status == "missed"
    assert at_year_end.completion == pytest.approx(600 / 7)


def test_stale_figure_is_flagged_and_used() -> None:
    p = progress(CUM, {3: 30, 4: 40}, 6)
    assert p.stale is True
    assert p.figure is not None
    assert p.figure.period == month(4)
    assert p.actual == 40
    assert progress(CUM, {6: 40}, 6).stale is False


def test_figures_after_as_of_are_ignored() -> None:
    p = progress(CUM, {3: 30, 9: 100}, 6)
    assert p.actual == 30
    assert [f.period.end.month for f in p.history] == [3]


def test_expected_and_gap_for_cumulative() -> None:
    p = progress(CUM, {3: 20}, 3)
    assert p.expected == pytest.approx(30)
    assert p.gap == pytest.approx(100)
    assert p.completion == pytest.approx(100 * 20 / 120)
    assert p.schedule_gap_pp == pytest.approx(100 * 20 / 120 - 25)


def test_ceiling_in_points() -> None:
    target = {"id": "t", "kind": "rate", "value": 5, "unit": "%", "comparator": "le"}
    within = progress(target, {6: 4}, 6)
    assert (within.status, within.completion, within.gap, within.schedule_gap_pp) == ("on_track", None, 0, 1)
    above = progress(target, {6: 10}, 6)
    assert above.completion is None  # a rate is judged in points, never as a completion ratio
    assert above.schedule_gap_pp == pytest.approx(-5)  # 5 points over the ceiling
    assert above.gap == pytest.approx(5)
    assert above.status == "off_track"
    assert progress(target, {6: 6}, 6).status == "behind"  # 1 point over


def test_bands_come_from_the_plan() -> None:
    bands = {"status_bands": {"behind_pp": -5, "off_track_pp": -10}}
    assert progress(CUM, {3: 26}, 3, **bands).status == "on_track"  # −3.3 pp tolerated
    assert progress(CUM, {3: 20}, 3, **bands).status == "behind"  # −8.3 pp
    assert progress(CUM, {3: 15}, 3, **bands).status == "off_track"  # −12.5 pp


def test_ensure_targets_behind_raise_an_alarm() -> None:
    p = progress({**CUM, "commitment": "ensure"}, {6: 50}, 6)
    assert p.status == "behind"
    assert p.alarm is True
    assert progress({**CUM, "commitment": "strive"}, {6: 50}, 6).alarm is False


# ── roll-ups ───────────────────────────────────────────────────────────────
def rollup_plan() -> Plan:
    return make_plan(
        {"id": "a_out", "kind": "cumulative", "value": 100, "industry": "a", "lead": "x", "co": ["y"]},
        {"id": "a_rate", "kind": "rate", "value": 10, "unit": "%", "industry": "a", "lead": "y"},
        {"id": "b_out", "kind": "cumulative", "value": 100, "industry": "b", "lead": "x"},
        {"id": "all", "kind": "milestone", "value": 1, "lead": None},
    )


def test_rollups_by_industry_and_bureau() -> None:
    plan = rollup_plan()
    series = {
        "a_out": [fig("a_out", 6, 20)],
        "a_rate": [fig("a_rate", 6, 11)],
        "task1": [fig("task1", 6, None, TaskStatus.done)],
    }
    report = compute_progress(plan, series, month(6))
    assert [(r.id, len(r.group.targets)) for r in report.industries] == [("a", 2), ("b", 1), (None, 1)]
    industry_a = report.industries[0]
    assert industry_a.group.counts["off_track"] == 1
    assert industry_a.group.counts["on_track"] == 1
    by_bureau = {r.id: r for r in report.bureaus}
    assert set(by_bureau) == {"x", "y", None}
    assert [p.target.id for p in by_bureau["x"].lead.targets] == ["a_out", "b_out"]
    assert [p.target.id for p in by_bureau["y"].co.targets] == ["a_out"]
    assert [p.target.id for p in by_bureau["y"].co.lagging] == ["a_out"]
    assert [p.target.id for p in by_bureau[None].lead.targets] == ["all"]
    assert report.counts["no_data"] == 2
    assert report.task_counts["done"] == 1
    assert report.elapsed_pct == pytest.approx(50)


def test_filters() -> None:
    plan = rollup_plan()
    by_y = compute_progress(plan, {}, month(6), bureau="y")
    assert [p.target.id for p in by_y.targets] == ["a_out", "a_rate"]  # co-operating counts too
    assert by_y.tasks == ()
    by_b = compute_progress(plan, {}, month(6), industry="b")
    assert [p.target.id for p in by_b.targets] == ["b_out"]
    assert by_b.selection == {"industry": "b"}


def test_task_status_and_staleness() -> None:
    plan = rollup_plan()
    report = compute_progress(plan, {"task1": [fig("task1", 3, None, TaskStatus.in_progress)]}, month(6))
    (task,) = report.tasks
    assert (task.status, task.stale) == ("in_progress", True)
    assert compute_progress(plan, {}, month(6)).tasks[0].status == "no_data"


# ── invariants (hypothesis) ────────────────────────────────────────────────
kinds = st.sampled_from(["cumulative", "rate", "level", "milestone"])
floors = st.sampled_from(["ge", "gt"])
values = st.floats(min_value=0.5, max_value=1e6, allow_nan=False)
actuals = st.floats(min_value=0, max_value=2e6, allow_nan=False)
months = st.integers(min_value=1, max_value=12)


def one(kind: str, comparator: str, value: float, unit: str = "亿元") -> tuple[Plan, Target]:
    if kind == "milestone":
        value = max(value, 1.0)
    plan = make_plan({"id": "t", "kind": kind, "comparator": comparator, "value": value, "unit": unit})
    return plan, plan.targets[0]


@settings(max_examples=200, deadline=None)
@given(kinds, floors, values, actuals, actuals, months)
def test_more_actual_never_worsens_status(kind: str, comparator: str, value: float, a: float, b: float, m: int) -> None:
    plan, target = one(kind, comparator, value)
    low, high = sorted((a, b))
    worse = target_progress(plan, target, [fig("t", m, low)], month(m))
    better = target_progress(plan, target, [fig("t", m, high)], month(m))
    assert RANK[better.status] <= RANK[worse.status]


@settings(max_examples=200, deadline=None)
@given(kinds, floors, values, actuals, months)
def test_completion_gap_and_schedule_agree(kind: str, comparator: str, value: float, a: float, m: int) -> None:
    plan, target = one(kind, comparator, value)
    p = target_progress(plan, target, [fig("t", m, a)], month(m))
    assert p.gap is not None
    assert p.schedule_gap_pp is not None
    if kind == "rate":  # judged in points: actual − target
        assert p.completion is None
        assert p.schedule_gap_pp == pytest.approx(round(a, 2) - target.value)  # the figure as shown
        assert p.gap == pytest.approx(max(p.effective_value - round(a, 2), 0.0), abs=1e-6)
        return
    assert p.completion is not None
    needed = p.effective_value  # 超N (gt) needs N plus the smallest step shown
    assert p.completion == pytest.approx(round(a, 2) / needed * 100)  # the figure as shown
    assert p.gap >= 0
    if p.holds:
        assert p.gap == 0
    elif p.gap == 0:  # only "more than N" of a continuous unit, at exactly N, has nothing finite left
        assert comparator == "gt"
        assert a == pytest.approx(target.value)
    if comparator in ("ge", "gt") and not p.holds:
        assert p.gap == pytest.approx(needed * (1 - p.completion / 100), rel=1e-6, abs=1e-6)
    assert p.schedule_gap_pp == pytest.approx(p.completion - p.expected_pct)
    assert 0 <= p.expected_pct <= 100
    if p.holds and kind in ("cumulative", "milestone"):
        assert p.status == "met"


@settings(max_examples=100, deadline=None)
@given(values, st.lists(months, min_size=2, max_size=2, unique=True))
def test_time_only_raises_what_is_due(value: float, ms: list[int]) -> None:
    plan, target = one("cumulative", "ge", value)
    early, late = sorted(ms)
    first = target_progress(plan, target, [], month(early))
    second = target_progress(plan, target, [], month(late))
    assert first.expected_pct < second.expected_pct
    assert second.expected <= round(target.value, 2) + 1e-9  # the target as shown
