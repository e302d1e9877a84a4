"""Actual figures: the records, and the pure rules for reading one cell or merging many.

No file I/O here (see :mod:`zhanxin_cli.figures.read`). A figure is one reported value
of one target (or the status of one task) as of one period, already converted into
the target's unit.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
import unicodedata
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import overload

from ..i18n import Msg
from ..plan.model import Plan, Target, Unit


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
_NUMBER = re.compile(r"^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([^\d.,+\-].*)?$")
_GROUPED = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


_MONTH_ONLY = re.compile(r"^(?:(\d{4})年)?(?:1\s*[-—–~至到]\s*)?(\d{1,2})月份?$")
"""11月, 1-11月, 1—11月, 2023年1-11月, 2023年11月份: a year-to-date month as forms write it."""
_SPREADSHEET_MONTH = re.compile(r"^[A-Za-z]{3}[-/ ]\d{2,4}$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")


def parse_period(text: str, *, year: int | None = None) -> Period:
    """``YYYY-MM`` (also ``YYYY/M``, ``YYYY年M月``, ``YYYYMM``) or ``YYYY-MM-DD``; with ``year``
    (the plan's), also a month as forms write it: ``11月``, ``1-11月``, ``2023年1-11月份``."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for pattern in _PERIOD_PATTERNS:
        m = pattern.match(cleaned)
        if m:
            return _month(int(m.group(1)), int(m.group(2)), cleaned)
    m = _MONTH_ONLY.match(cleaned)
    if m and (m.group(1) or year is not None):
        return _month(int(m.group(1)) if m.group(1) else year or 0, int(m.group(2)), cleaned)
    for pattern in _DATE_PATTERNS:
        m = pattern.match(cleaned)
        if m:
            try:
                return Period(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), monthly=False)
            except ValueError:
                raise CellError(Msg("expected a real date, found {found!r}", found=cleaned)) from None
    if _SPREADSHEET_MONTH.match(cleaned):
        raise CellError(
            Msg("{found!r} is how a spreadsheet shows a month: write it as YYYY-MM, e.g. 2023-11", found=text)
        )
    if _SERIAL.match(cleaned) and 20000 < float(cleaned) < 80000:
        day = dt.date(1899, 12, 30) + dt.timedelta(days=int(float(cleaned)))
        raise CellError(
            Msg(
                "{found!r} is a spreadsheet's date number ({date}): write the period as YYYY-MM",
                found=text,
                date=day.isoformat(),
            )
        )
    raise CellError(Msg("expected a period YYYY-MM or YYYY-MM-DD, found {found!r}", found=text))


def _month(year: int, month: int, text: str) -> Period:
    if not 1 <= month <= 12:
        raise CellError(Msg("expected a month 1-12, found {found!r}", found=text))
    return Period(month_end(year, month))


def parse_number(text: str) -> tuple[float, str]:
    """A number and the unit written after it: ``'1,234.5亿元'`` → ``(1234.5, '亿元')``.

    Full-width digits and signs, thousands separators, scientific notation as a spreadsheet
    writes it (1.2E+05) and surrounding spaces are accepted.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip().replace("−", "-")
    if _GROUPED.match(cleaned):
        cleaned = cleaned.replace(",", "")
    m = _NUMBER.match(cleaned)
    if not m:
        raise CellError(Msg("expected a number, found {found!r}", found=text))
    return float(m.group(1)), (m.group(2) or "").strip()


def convert(value: float, unit: str, to_unit: str, units: Mapping[str, Unit]) -> float:
    """Convert between two declared units of the same dimension."""
    if unit == to_unit:
        return value
    source, target = units.get(unit), units.get(to_unit)
    if source is None:
        raise CellError(Msg("expected a unit ({units}), found {found!r}", units=", ".join(units), found=unit))
    assert target is not None  # the plan guarantees every target's unit is declared
    if source.dimension != target.dimension:
        raise CellError(Msg("expected a unit convertible to {unit}, found {found!r}", unit=to_unit, found=unit))
    return value * source.scale / target.scale


def parse_task_status(text: str) -> TaskStatus:
    word = unicodedata.normalize("NFKC", text).strip().lower()
    status = TASK_WORDS.get(word)
    if status is None:
        raise CellError(
            Msg("expected a task status ({words}), found {found!r}", words="/".join(TASK_WORDS), found=text)
        )
    return status


def unit_key(text: str, units: Mapping[str, Unit]) -> str:
    """The declared unit a cell means: as written (亿元), short for it (亿 → 亿元, 个百分点 →
    百分点), or by its English name (pp → 百分点); otherwise the text as it is."""
    if not text or text in units:
        return text
    for candidate in (text + "元", text.removeprefix("个")):
        if candidate in units:
            return candidate
    lowered = text.lower()
    return next((key for key, unit in units.items() if unit.en and unit.en.lower() == lowered), text)


def read_value(target: Target, units: Mapping[str, Unit], value_text: str, unit_text: str) -> float:
    """A target's value cell (and optional unit cell) → a number in the target's unit."""
    number, written = parse_number(value_text)
    written_unit = unit_key(written, units)
    unit_cell = unit_key(unicodedata.normalize("NFKC", unit_text).strip(), units)
    if written_unit and unit_cell and written_unit != unit_cell:
        raise CellError(
            Msg(
                "the value says {written!r} but the unit column says {column!r}", written=written_unit, column=unit_cell
            )
        )
    return convert(number, unit_cell or written_unit or target.unit, target.unit, units)


ROW_UNIT = 1 << 17
"""A figure's meta number: row · ROW_UNIT + file · 2 + monthly (exact in a float64)."""


def place_of(meta: float, files: Sequence[str]) -> Place:
    """The file and row packed into a figure's meta number."""
    packed = int(meta)
    return Place(files[(packed >> 1) & 0xFFFF], packed // ROW_UNIT)


class Series(Sequence[Figure]):
    """One target's figures, oldest first, stored by column (about 20 bytes a figure).

    A ``Sequence[Figure]``: figures are made on access, so a million figures cost a few
    arrays, not a million objects. ``head(n)`` is a view of the first ``n``.
    """

    __slots__ = ("_files", "_length", "_meta", "_notes", "_statuses", "_values", "ends", "target")

    def __init__(
        self,
        target: str,
        ends: array[float],
        values: array[float],
        meta: array[float],
        statuses: dict[int, TaskStatus],
        notes: dict[int, str],
        files: Sequence[str],
        length: int | None = None,
    ) -> None:
        self.target = target
        self.ends = ends  # date ordinals of the periods' ends, ascending, unique
        self._values = values  # NaN for a task
        self._meta = meta  # see ROW_UNIT
        self._statuses = statuses
        self._notes = notes
        self._files = files
        self._length = len(ends) if length is None else length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Figure: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Figure]: ...
    def __getitem__(self, index: int | slice) -> Figure | Sequence[Figure]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            if start == 0 and step == 1:
                return self.head(stop)
            return [self[i] for i in range(start, stop, step)]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        value = self._values[index]
        meta = int(self._meta[index])
        return Figure(
            self.target,
            Period(dt.date.fromordinal(int(self.ends[index])), bool(meta & 1)),
            None if math.isnan(value) else value,
            self._statuses.get(index),
            self._notes.get(index, ""),
            place_of(meta, self._files),
        )

    def head(self, n: int) -> Series:
        """The first ``n`` figures, sharing storage."""
        return Series(
            self.target, self.ends, self._values, self._meta, self._statuses, self._notes, self._files,
            max(0, min(n, self._length)),
        )  # fmt: skip

    def count_upto(self, period: Period) -> int:
        """How many figures are as of ``period`` or earlier."""
        return min(bisect.bisect_right(self.ends, period.end.toordinal()), self._length)

    def values(self, n: int | None = None) -> array[float]:
        """The first ``n`` values (all by default), NaN for a task's figures."""
        return self._values[: self._length if n is None else min(n, self._length)]


class Columns:
    """Where one target's rows are collected while reading.

    One float64 array of ``[period ordinal, value, meta, …]`` (meta: see ROW_UNIT): a
    reader appends a figure with a single ``extend``.
    """

    __slots__ = ("data", "notes", "statuses")

    def __init__(self) -> None:
        self.data: array[float] = array("d")
        self.statuses: dict[int, TaskStatus] = {}
        self.notes: dict[int, str] = {}

    def add(self, ordinal: int, monthly: bool, value: float, file: int, row: int) -> None:
        self.data.extend((ordinal, value, row * ROW_UNIT + file * 2 + monthly))

    def __len__(self) -> int:
        return len(self.data) // 3


class SeriesBuilder:
    """Collects figures row by row, then sorts, merges and checks them (see :func:`merge`)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.files: list[str] = []
        self.columns: dict[str, Columns] = {}

    def file(self, name: str) -> int:
        """Register a source file; returns its index for :meth:`add`."""
        if len(self.files) >= 0xFFFF:
            raise ValueError("too many figures files")
        self.files.append(name)
        return len(self.files) - 1

    def checkpoint(self) -> dict[str, int]:
        """How many figures each target has so far (to :meth:`rollback` a bad file's rows)."""
        return {target: len(columns) for target, columns in self.columns.items()}

    def rollback(self, checkpoint: Mapping[str, int]) -> None:
        """Forget every figure added since ``checkpoint``."""
        for target, columns in list(self.columns.items()):
            keep = checkpoint.get(target, 0)
            del columns.data[keep * 3 :]
            for index in [i for i in columns.statuses if i >= keep]:
                del columns.statuses[index]
            for index in [i for i in columns.notes if i >= keep]:
                del columns.notes[index]
            if not keep:
                del self.columns[target]

    def column(self, target: str) -> Columns:
        columns = self.columns.get(target)
        if columns is None:
            columns = self.columns[target] = Columns()
        return columns

    def add(
        self,
        target: str,
        period: Period,
        value: float | None,
        status: TaskStatus | None,
        note: str,
        file: int,
        row: int,
    ) -> None:
        columns = self.column(target)
        index = len(columns)
        columns.add(period.end.toordinal(), period.monthly, math.nan if value is None else value, file, row)
        if status is not None:
            columns.statuses[index] = status
        if note:
            columns.notes[index] = note

    def finish(self) -> Merged:
        problems: list[tuple[Place, str]] = []
        series: dict[str, Series] = {}
        for target in sorted(self.columns):
            series[target] = self._series(target, problems)
        return Merged(series, problems)

    def _series(self, target: str, problems: list[tuple[Place, str]]) -> Series:
        c = self.columns[target]
        ends, values, meta, statuses, notes = c.data[0::3], c.data[1::3], c.data[2::3], c.statuses, c.notes
        ascending = sorted(ends)
        if ascending == ends.tolist() and len(set(ascending)) == len(ascending):
            return Series(target, ends, values, meta, statuses, notes, self.files)
        order = sorted(range(len(ends)), key=ends.__getitem__)  # stable: the first read of equals comes first
        keep: list[int] = []
        for i in order:
            if keep and ends[keep[-1]] == ends[i]:
                first = keep[-1]
                same_value = values[first] == values[i] or (math.isnan(values[first]) and math.isnan(values[i]))
                if not (same_value and statuses.get(first) == statuses.get(i)):
                    problems.append(
                        (
                            self._place(meta[i]),
                            Msg(
                                "{id} {period}: {here} here but {there} at {place}",
                                id=target,
                                period=Period(dt.date.fromordinal(int(ends[i])), bool(int(meta[i]) & 1)).label,
                                here=_shown(values[i], statuses.get(i)),
                                there=_shown(values[first], statuses.get(first)),
                                place=str(self._place(meta[first])),
                            ),
                        )
                    )
                continue
            keep.append(i)
        position = {old: new for new, old in enumerate(keep)}
        return Series(
            target,
            array("d", (ends[i] for i in keep)),
            array("d", (values[i] for i in keep)),
            array("d", (meta[i] for i in keep)),
            {position[i]: s for i, s in statuses.items() if i in position},
            {position[i]: n for i, n in notes.items() if i in position},
            self.files,
        )

    def _place(self, meta: float) -> Place:
        return place_of(meta, self.files)


SUSPECT_JUMP = 20
"""A year-to-date figure more than this many times the month before is probably in the wrong unit."""


def series_warnings(plan: Plan, series: Mapping[str, Sequence[Figure]], as_of: Period) -> list[tuple[Place, str]]:
    """What is probably wrong in each target's figures up to the as-of date (later ones are not
    judged, so not warned about): a year-to-date total that falls, or jumps more than
    SUSPECT_JUMP-fold in a month (a unit mistake); a milestone reached and then lost."""
    found: list[tuple[Place, str]] = []
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
                found.append((after.place, Msg(template, month=after.period.end.month, **steps)))
            elif values[i] < values[i - 1]:
                template = (
                    "{id}: milestone reached and then lost: {before} ({before_period}) → {after} ({after_period}); "
                    "the later figure is used"
                    if target.kind == "milestone"
                    else "{id}: year-to-date figure falls: {before} ({before_period}) → {after} ({after_period}); "
                    "the later figure is used"
                )
                found.append((after.place, Msg(template, **steps)))
            else:
                message = Msg(
                    "{id}: year-to-date figure jumps from {before} ({before_period}) to {after} ({after_period}), "
                    "more than {times} times: a figure in the wrong unit?",
                    times=SUSPECT_JUMP,
                    **steps,
                )
                found.append((after.place, message))
    return found


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


@dataclass(frozen=True)
class Merged:
    """Figures by target id, oldest first, with the problems found merging them."""

    series: dict[str, Series]
    problems: list[tuple[Place, str]]


def merge(plan: Plan, figures: Iterable[Figure]) -> Merged:
    """Group figures by target; one figure per target and period (as-of date).

    The same target and period twice with the same value is fine; with different values
    it is a problem naming both places (see :func:`series_warnings` for what is probably wrong).
    """
    builder = SeriesBuilder(plan)
    file_index: dict[str, int] = {}
    for f in figures:
        if f.place.file not in file_index:
            file_index[f.place.file] = builder.file(f.place.file)
        builder.add(f.target, f.period, f.value, f.status, f.note, file_index[f.place.file], f.place.row)
    return builder.finish()


def _shown(value: float, status: TaskStatus | None) -> str:
    return str(status) if status is not None else f"{value:g}"
