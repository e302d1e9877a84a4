"""Forecasts, month-by-month paths and changes: the pure core of the monthly round."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.helpers import CUM, fig, make_plan, month
from zhanxin_cli.progress.forecast import Forecast, attainment, project, seasonal_share
from zhanxin_cli.progress.history import compare, month_ends, target_history
from zhanxin_cli.progress.status import compute_progress, target_progress
from zhanxin_cli.render.text import sparkline


def forecast_of(
    target: dict[str, Any], values: dict[int, float], as_of: int, previous: dict[int, float] | None = None, **extra: Any
) -> Forecast | None:
    plan = make_plan(target, **extra)
    series = [fig(target["id"], m, v) for m, v in sorted(values.items())]
    last_year = [fig(target["id"], m, v) for m, v in sorted((previous or {}).items())]
    return target_progress(plan, plan.targets[0], series, month(as_of), last_year).forecast


def test_run_rate() -> None:
    f = forecast_of(CUM, {6: 50}, 6)  # 50 in 6 of 12 months → 100 of 120
    assert f is not None
    assert (f.method, f.verdict) == ("run_rate", "at_risk")
    assert f.value == pytest.approx(100)
    assert f.ratio == pytest.approx(100 / 120)


def test_run_rate_uses_the_figures_own_period_when_stale() -> None:
    f = forecast_of(CUM, {4: 40}, 6)  # 40 in 4 months → 120
    assert f is not None
    assert f.value == pytest.approx(120)
    assert f.verdict == "likely"


def test_seasonal_profile_from_last_year() -> None:
    # last year 30 of 120 by June (25%): this year's 50 by June projects to 200
    f = forecast_of(CUM, {6: 50}, 6, previous={6: 30, 12: 120})
    assert f is not None
    assert f.method == "seasonal"
    assert f.value == pytest.approx(200)


def test_seasonal_falls_back_to_run_rate_when_a_month_is_missing() -> None:
    f = forecast_of(CUM, {6: 50}, 6, previous={5: 30, 12: 120})
    assert f is not None
    assert f.method == "run_rate"


def test_seasonal_share_needs_positive_figures() -> None:
    figure = fig("t", 6, 50)
    assert seasonal_share([fig("t", 6, 0), fig("t", 12, 10)], figure, 12) is None
    assert seasonal_share([fig("t", 6, 30), fig("t", 12, 120)], figure, 12) == pytest.approx(0.25)


@pytest.mark.parametrize(
    ("value", "verdict"),
    # 0.95 and 0.80 of 120, compared as the ratio is shown (two decimals): 113.9 ÷ 120 = 0.949 shows 0.95
    [(114, "likely"), (113.9, "likely"), (113.3, "at_risk"), (96, "at_risk"), (95.5, "at_risk"), (95.3, "unlikely")],
)
def test_verdict_thresholds(value: float, verdict: str) -> None:
    f = forecast_of({"id": "l", "kind": "level", "value": 120}, {6: value}, 6)  # a level projects its latest value
    assert f is not None
    assert f.verdict == verdict


def test_verdict_thresholds_come_from_the_plan() -> None:
    f = forecast_of(CUM, {6: 50}, 6, forecast_bands={"likely": 0.8, "unlikely": 0.5})
    assert f is not None
    assert f.verdict == "likely"


def test_after_the_deadline_the_verdict_is_final() -> None:
    target = {"id": "h1", "kind": "cumulative", "value": 15, "deadline": dt.date(2023, 6, 30)}
    f = forecast_of(target, {6: 14.5}, 9)
    assert f is not None
    assert (f.method, f.verdict) == ("final", "unlikely")  # 0.97 would be "likely" as a forecast


def test_rates_use_the_latest_value_and_milestones_are_not_extrapolated() -> None:
    rate = forecast_of({"id": "r", "kind": "rate", "value": 12, "unit": "%"}, {3: 9, 6: 11}, 6)
    assert rate is not None
    assert (rate.method, rate.value) == ("latest", 11)
    unreached = forecast_of({"id": "m", "kind": "milestone", "value": 1}, {6: 0}, 6)
    assert unreached is not None  # every status has a verdict: not extrapolated, at risk until reached
    assert (unreached.method, unreached.value, unreached.verdict) == ("latest", 0, "at_risk")
    reached = forecast_of({"id": "m", "kind": "milestone", "value": 1}, {6: 1}, 6)
    assert reached is not None
    assert reached.verdict == "likely"


def test_attainment_of_gt_in_whole_numbers_and_ceilings() -> None:
    plan = make_plan(
        {"id": "g", "kind": "cumulative", "value": 6, "comparator": "gt"},
        {"id": "c", "kind": "rate", "value": 5, "unit": "%", "comparator": "le"},
    )
    assert attainment(7, plan.targets[0], plan) == pytest.approx(1.0)  # 超6个 needs 7
    assert attainment(6, plan.targets[0], plan) == pytest.approx(6 / 7)
    assert attainment(4, plan.targets[1], plan) == 1.0
    assert attainment(10, plan.targets[1], plan) == pytest.approx(0.5)


def test_project_without_elapsed_time_says_nothing() -> None:
    plan = make_plan(CUM)
    assert project(plan, plan.targets[0], fig("t", 1, 0), 12, 0) is None


def test_month_ends_and_path() -> None:
    plan = make_plan(CUM)
    assert [p.label for p in month_ends(plan, month(3))] == ["2023-01", "2023-02", "2023-03"]
    path = target_history(plan, plan.targets[0], [fig("t", 2, 10), fig("t", 3, 30)], month(4))
    # April has no new figure: March's 30 is judged at March (25 % due), still on track
    assert [p.status for p in path.points] == ["no_data", "behind", "on_track", "on_track"]
    assert path.points[-1].stale is True
    assert path.points[-1].judged_at == "2023-03"


def test_compare_names_each_kind_of_change() -> None:
    plan = make_plan(
        {"id": "a", "kind": "cumulative", "value": 120},
        {"id": "b", "kind": "cumulative", "value": 120},
        {"id": "c", "kind": "cumulative", "value": 120},
        {"id": "d", "kind": "cumulative", "value": 120},
    )
    series = {
        "a": [fig("a", 3, 20), fig("a", 4, 40)],  # behind → on track
        "b": [fig("b", 3, 30), fig("b", 4, 30)],  # on track → behind
        "c": [fig("c", 3, 30), fig("c", 4, 120)],  # → met
        "d": [fig("d", 3, 30)],  # stale in April: not worse, only stale
    }
    before = compute_progress(plan, series, month(3))
    after = compute_progress(plan, series, month(4))
    found = {(c.after.target.id, c.kind) for c in compare(before, after)}
    changes = compare(before, after)
    assert len(changes) == len({c.after.target.id for c in changes})  # each target once
    assert found == {("a", "improved"), ("b", "worsened"), ("c", "newly_met"), ("d", "newly_stale")}


def test_sparkline() -> None:
    assert sparkline([0, 5, 10]) == "▁▅█"
    assert sparkline([None, 2, 2]) == " ██"
    assert sparkline([None, None]) == "  "
    assert sparkline([0, 0]) == "▁▁"
