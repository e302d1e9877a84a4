"""Year-end projection of each target, and a verdict on whether it will be reached.

Pure. A cumulative target is projected from its run rate (actual ÷ elapsed × window),
or, when last year's monthly figures for the same target are given, from last year's
seasonal profile (actual ÷ the share of last year's total that was done by the same
month). Rates, levels and milestones are projected at their latest value; a rate's
verdict is judged in points, like its status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..figures.cells import Figure
from ..plan.model import Plan, Target

Verdict = Literal["likely", "at_risk", "unlikely"]
Method = Literal["run_rate", "seasonal", "latest", "level_trend", "final"]


@dataclass(frozen=True, slots=True)
class Forecast:
    value: float  # the projection at the deadline, in the target's unit
    ratio: float  # projection ÷ what the target needs (target ÷ projection for ceilings)
    verdict: Verdict
    method: Method


def project(
    plan: Plan,
    target: Target,
    figure: Figure,
    window_months: float,
    elapsed_at_figure: float,
    previous: Sequence[Figure] = (),
    kind: str | None = None,
    trend: float | None = None,
    start_value: float | None = None,
) -> Forecast | None:
    """The forecast for one target from its latest figure; None when nothing can be said.

    After the deadline the verdict is the fact: likely when the comparator holds for the
    deadline's figure, unlikely otherwise. A milestone (``kind``, as judged) before its
    deadline: likely once reached, at risk until then. From a start value (从X提高到Y) the ratio
    is of the distance to cover."""
    from .status import holds

    if figure.value is None:
        return None
    actual = figure.value
    method: Method
    judged = kind or target.kind
    reached = holds(actual, target.comparator, target.value)
    breached = target.kind == "cumulative" and target.comparator in ("le", "lt") and not reached
    final = figure.period.end >= plan.deadline_of(target) or breached  # a total past its ceiling stays past it
    if final or judged == "milestone":
        ratio = attainment(actual, target, plan, start_value)
        verdict: Verdict = "likely" if reached else "unlikely" if final else "at_risk"
        return Forecast(actual, ratio, verdict, "final" if final else "latest")
    if trend is not None:  # a level going on as it has come (status.level_trend)
        value, method = trend, "level_trend"
    elif judged != "cumulative":
        value, method = actual, "latest"
    else:
        share = seasonal_share(previous, figure, plan.deadline_of(target).month)
        if share is not None:
            value, method = actual / share, "seasonal"
        elif elapsed_at_figure > 0:
            value, method = actual / elapsed_at_figure * window_months, "run_rate"
        else:
            return None
    ratio = attainment(value, target, plan, start_value)
    if judged == "rate":  # judged in points, like its status, not as a ratio of its size
        return Forecast(value, ratio, rate_verdict(value, target, plan), method)
    return Forecast(value, ratio, verdict_for(ratio, plan), method)


def rate_verdict(value: float, target: Target, plan: Plan) -> Verdict:
    """A rate's latest value: likely when it meets the target, unlikely when it is short by the
    plan's off-track points or more, at risk in between."""
    if target.comparator in ("le", "lt"):
        short = value - target.value
    elif target.comparator == "eq":
        short = abs(value - target.value)
    else:
        short = target.value - value
    short = round(short, 2)  # the value as shown
    if short < 0 or (short == 0 and target.comparator in ("ge", "le", "eq")):
        return "likely"
    return "unlikely" if round(short, 1) >= plan.status_bands.rate_off_track_points - 1e-9 else "at_risk"


def seasonal_share(previous: Sequence[Figure], figure: Figure, deadline_month: int) -> float | None:
    """Share of last year's total (at the deadline month) done by the figure's month last year."""
    by_month = {f.period.end.month: f.value for f in previous if f.period.monthly and f.value is not None}
    done, total = by_month.get(figure.period.end.month), by_month.get(deadline_month)
    if done is None or total is None or total <= 0 or done <= 0:
        return None
    return min(done / total, 1.0)


def attainment(value: float, target: Target, plan: Plan, start_value: float | None = None) -> float:
    """How much of what the target needs the projection reaches (1.0 = exactly enough); from a
    start value, how much of the distance from it (at least 1.0 once the comparator holds)."""
    unit = plan.units.get(target.unit)
    step = 1.0 if unit is not None and unit.integer else 0.01  # 超N needs the smallest step shown more
    if start_value is not None and target.comparator != "eq":
        needed = target.value + {"gt": step, "lt": -step}.get(target.comparator, 0.0)
        if needed != start_value:
            return max((value - start_value) / (needed - start_value), 0.0)
    if target.comparator in ("le", "lt"):
        needed = target.value - (step if target.comparator == "lt" else 0.0)
        return 1.0 if value <= needed else (needed / value if value > 0 else 0.0)
    if target.comparator == "eq":
        return 1 - abs(value - target.value) / abs(target.value) if target.value else float(value == 0)
    needed = target.value + (step if target.comparator == "gt" else 0.0)
    return value / needed if needed > 0 else 1.0


def verdict_for(ratio: float, plan: Plan) -> Verdict:
    """The verdict of a projection ratio as shown (two decimals): 0.90 against a band of 0.9 is likely."""
    bands = plan.forecast_bands
    ratio = round(ratio, 2)
    if ratio >= bands.likely:
        return "likely"
    if ratio < bands.unlikely:
        return "unlikely"
    return "at_risk"
