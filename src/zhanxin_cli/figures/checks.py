"""What is probably wrong in figures (a warning, never a refusal): a figure far above its
target (the wrong unit), a fraction that lost its % format, a year-to-date total that falls, a
jump in the wrong unit, a milestone lost.

Pure: no file I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import Problem
from ..i18n import Msg
from ..plan.model import Plan, Target
from .cells import CellError, Figure, Period
from .series import Series

SUSPECT_FACTOR = 20
"""A figure more than this many times its target is probably in the wrong unit."""


def _reference(target: Target) -> float:
    """What a figure is compared with for its size: an average growth's baseline (its figures are
    the quantity that grows), else the target."""
    if target.kind == "average_growth" and target.baseline is not None:
        return target.baseline.value
    return target.value


@dataclass(frozen=True, slots=True)
class Guard:
    """What a figure of one target must be (an error otherwise) and probably is (a warning otherwise)."""

    low: float  # 0 for a total, a level or a milestone: never negative
    high: float  # more than SUSPECT_FACTOR × the target: probably a unit mistake
    integer: bool  # a whole-number unit (个, 家, 名)
    fraction: bool  # a percentage target of 2 or more: a value between 0 and 1 lost its % format

    @classmethod
    def of(cls, target: Target, plan: Plan) -> Guard:
        unit = plan.units.get(target.figure_unit)
        rate = target.kind == "rate"
        reference = _reference(target)
        high = reference * SUSPECT_FACTOR if not rate and reference > 0 else math.inf
        return cls(
            -math.inf if rate else 0.0,
            high,
            bool(unit and unit.integer),
            rate and abs(target.value) >= 2,
        )

    def plain(self, value: float) -> bool:
        """Nothing to say about this value (the fast path)."""
        if not self.low <= value <= self.high:
            return False
        if self.integer and value != int(value):
            return False
        return not (self.fraction and -1 < value < 1 and value != 0)

    def check(self, value: float, target: Target) -> str:
        """Raises CellError for a value that cannot be right; returns a warning for one that is
        probably wrong, or an empty string."""
        if value < self.low:
            raise CellError(
                Msg("a {kind} figure cannot be negative, found {found:g}", kind=Msg(target.kind), found=value)
            )
        if self.integer and abs(value - round(value)) > 1e-9 * max(1.0, abs(value)):
            raise CellError(
                Msg("expected a whole number of {unit}, found {found:g}", unit=target.figure_unit, found=value)
            )
        if value > self.high:
            return Msg(
                "{found:g} {unit} is more than {times} times the target ({target:g} {unit}): "
                "a figure in the wrong unit?",
                found=value,
                unit=target.figure_unit,
                times=SUSPECT_FACTOR,
                target=_reference(target),
            )
        if self.fraction and -1 < value < 1 and value != 0:
            return Msg(
                "{found:g}{unit} for a target of {target:g}{unit} looks like a fraction that lost its % format: "
                "did you mean {meant:g}?",
                found=value,
                unit=target.unit,
                target=target.value,
                meant=value * 100,
            )
        return ""


SUSPECT_JUMP = 20
"""A year-to-date figure more than this many times the month before is probably in the wrong unit."""


def series_warnings(plan: Plan, series: Mapping[str, Sequence[Figure]], as_of: Period) -> list[Problem]:
    """What is probably wrong in each target's figures up to the as-of date (later ones are not
    judged, so not warned about): a year-to-date total that falls, or jumps more than
    SUSPECT_JUMP-fold in a month (a unit mistake); a milestone reached and then lost."""
    found: list[Problem] = []
    for target in plan.targets:
        figures = series.get(target.id)
        if not figures or target.kind not in ("cumulative", "milestone"):
            continue
        upto = figures.count_upto(as_of) if isinstance(figures, Series) else sum(f.period <= as_of for f in figures)
        values = figures.values(upto) if isinstance(figures, Series) else [_nan(f.value) for f in figures[:upto]]
        jump = SUSPECT_JUMP if target.kind == "cumulative" else 0
        for i in _odd_steps(values, jump):
            before, after = figures[i - 1], figures[i]
            steps = {
                "id": target.id,
                "before": f"{values[i - 1]:g}",
                "before_period": before.period.label,
                "after": f"{values[i]:g}",
                "after_period": after.period.label,
            }
            if values[i] < values[i - 1] and target.kind == "cumulative" and _single_month(values[i], before, plan):
                template = (
                    "{id}: {after} ({after_period}) is less than {before} ({before_period}) and about one month's "
                    "amount: it looks like the month alone, not the 1-{month}月 year-to-date total"
                )
                found.append(_about(after, Msg(template, month=after.period.end.month, **steps)))
            elif values[i] < values[i - 1]:
                template = (
                    "{id}: milestone reached and then lost: {before} ({before_period}) → {after} ({after_period}); "
                    "the later figure is used"
                    if target.kind == "milestone"
                    else "{id}: year-to-date figure falls: {before} ({before_period}) → {after} ({after_period}); "
                    "the later figure is used"
                )
                found.append(_about(after, Msg(template, **steps)))
            else:
                message = Msg(
                    "{id}: year-to-date figure jumps from {before} ({before_period}) to {after} ({after_period}), "
                    "more than {times} times: a figure in the wrong unit?",
                    times=SUSPECT_JUMP,
                    **steps,
                )
                found.append(_about(after, message))
    return found


def _about(figure: Figure, message: str) -> Problem:
    """A warning at the figure's place, about its target and period."""
    place = figure.place
    return Problem(place.file, message, place.row, subject=figure.target, period=figure.period.label)


def _single_month(value: float, before: Figure, plan: Plan) -> bool:
    """Is a figure about one month's share of the year-to-date total before it (0.4 to 1.6 times
    the monthly average so far)?"""
    start = plan.start_date
    months = (before.period.end.year - start.year) * 12 + before.period.end.month - start.month + 1
    if before.value is None or months <= 0 or before.value <= 0:
        return False
    average = before.value / months
    return 0.4 * average <= value <= 1.6 * average


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def _odd_steps(values: Sequence[float], jump: float) -> list[int]:
    """Indices where a value falls below the one before it, or (``jump``) grows more than that many times."""
    return [
        i
        for i in range(1, len(values))
        if values[i] < values[i - 1] or (jump and values[i - 1] > 0 and values[i] > values[i - 1] * jump)
    ]
