"""Actual figures: the records, and the pure rules for reading one cell or merging many.

No file I/O here (see :mod:`zhanxin_cli.figures_file`). A figure is one reported value
of one target (or the status of one task) as of one period, already converted into
the target's unit.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .plan import Plan, Target, Unit


class TaskStatus(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    done = "done"


TASK_WORDS: Mapping[str, TaskStatus] = {
    word: status
    for status, words in {
        TaskStatus.not_started: ("未启动", "未开始", "not_started", "not started", "todo"),
        TaskStatus.in_progress: ("推进中", "进行中", "in_progress", "in progress", "ongoing"),
        TaskStatus.done: ("已完成", "完成", "done", "completed", "complete"),
    }.items()
    for word in words
}


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """The date a figure is "as of" (month-end for ``YYYY-MM``), and how it was written."""

    end: dt.date
    monthly: bool = True

    @property
    def label(self) -> str:
        return f"{self.end:%Y-%m}" if self.monthly else self.end.isoformat()


@dataclass(frozen=True, slots=True)
class Place:
    """Where a figure came from: file and 1-based row."""

    file: str
    row: int

    def __str__(self) -> str:
        return f"{self.file}:{self.row}"


@dataclass(frozen=True, slots=True)
class Figure:
    target: str
    period: Period
    value: float | None  # in the target's unit; None for a task
    status: TaskStatus | None  # for a task
    note: str
    place: Place


class CellError(ValueError):
    """A cell that cannot be read; the message says what was expected and found."""


_PERIOD_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
)
_NUMBER = re.compile(r"^([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*([^\d.,+\-].*)?$")
_GROUPED = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    """``YYYY-MM`` (also ``YYYY/M``, ``YYYY年M月``, ``YYYYMM``) or ``YYYY-MM-DD``."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for pattern in _PERIOD_PATTERNS:
        m = pattern.match(cleaned)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            if not 1 <= month <= 12:
                raise CellError(f"expected a month 1-12, found {cleaned!r}")
            return Period(month_end(year, month))
    for pattern in _DATE_PATTERNS:
        m = pattern.match(cleaned)
        if m:
            try:
                return Period(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), monthly=False)
            except ValueError as exc:
                raise CellError(f"expected a real date, found {cleaned!r} ({exc})") from None
    raise CellError(f"expected a period YYYY-MM or YYYY-MM-DD, found {text!r}")


def parse_number(text: str) -> tuple[float, str]:
    """A number and the unit written after it: ``'1,234.5亿元'`` → ``(1234.5, '亿元')``.

    Full-width digits and signs, thousands separators and surrounding spaces are accepted.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("−", "-")
    if _GROUPED.match(cleaned):
        cleaned = cleaned.replace(",", "")
    m = _NUMBER.match(cleaned)
    if not m:
        raise CellError(f"expected a number, found {text!r}")
    return float(m.group(1)), (m.group(2) or "").strip()


def convert(value: float, unit: str, to_unit: str, units: Mapping[str, Unit]) -> float:
    """Convert between two declared units of the same dimension."""
    if unit == to_unit:
        return value
    source, target = units.get(unit), units.get(to_unit)
    if source is None:
        raise CellError(f"expected a unit ({', '.join(units)}), found {unit!r}")
    assert target is not None  # the plan guarantees every target's unit is declared
    if source.dimension != target.dimension:
        raise CellError(
            f"expected a unit convertible to {to_unit} ({target.dimension}), found {unit!r} ({source.dimension})"
        )
    return value * source.scale / target.scale


def parse_task_status(text: str) -> TaskStatus:
    word = unicodedata.normalize("NFKC", text).strip().lower()
    status = TASK_WORDS.get(word)
    if status is None:
        raise CellError(f"expected a task status ({'/'.join(TASK_WORDS)}), found {text!r}")
    return status


def read_value(target: Target, units: Mapping[str, Unit], value_text: str, unit_text: str) -> float:
    """A target's value cell (and optional unit cell) → a number in the target's unit."""
    number, written_unit = parse_number(value_text)
    unit_cell = unicodedata.normalize("NFKC", unit_text).strip()
    if written_unit and unit_cell and written_unit != unit_cell:
        raise CellError(f"the value says {written_unit!r} but the unit column says {unit_cell!r}")
    return convert(number, unit_cell or written_unit or target.unit, target.unit, units)


@dataclass(frozen=True)
class Merged:
    """Figures by target id, oldest first, with the problems and warnings found merging them."""

    series: dict[str, list[Figure]]
    problems: list[tuple[Place, str]]
    warnings: list[tuple[Place, str]]


def merge(plan: Plan, figures: Iterable[Figure]) -> Merged:
    """Group figures by target; one figure per target and period.

    The same target and period twice with the same value is fine; with different values
    it is a problem naming both places. A year-to-date (cumulative) series that falls
    from one period to the next is a warning.
    """
    by_key: dict[tuple[str, Period], Figure] = {}
    problems: list[tuple[Place, str]] = []
    for f in figures:
        key = (f.target, f.period)
        earlier = by_key.get(key)
        if earlier is None:
            by_key[key] = f
        elif (earlier.value, earlier.status) != (f.value, f.status):
            problems.append(
                (
                    f.place,
                    f"{f.target} {f.period.label}: {_shown(f)} here but {_shown(earlier)} at {earlier.place}",
                )
            )
    series: dict[str, list[Figure]] = {}
    for (target_id, _), f in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        series.setdefault(target_id, []).append(f)
    cumulative = {t.id for t in plan.targets if t.kind == "cumulative"}
    warnings: list[tuple[Place, str]] = []
    for target_id, path in series.items():
        if target_id not in cumulative:
            continue
        for before, after in itertools.pairwise(path):
            if before.value is not None and after.value is not None and after.value < before.value:
                warnings.append(
                    (
                        after.place,
                        f"{target_id}: year-to-date figure falls from {before.value:g} ({before.period.label}) "
                        f"to {after.value:g} ({after.period.label})",
                    )
                )
    return Merged(series, problems, warnings)


def _shown(f: Figure) -> str:
    return f"{f.value:g}" if f.value is not None else str(f.status)
