"""Series: each target's figures in period order, built from many files and merged, with the
place (file and row) every figure came from.

Pure: no file I/O (see :mod:`zhanxin_cli.figures.read`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, overload

from ..i18n import Msg
from ..plan.model import Plan
from .cells import Figure, Period, Place, TaskStatus

_NOTHING: Mapping[int, Any] = MappingProxyType({})
"""The statuses and notes of a series that has none (most of them): one empty mapping for all."""

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
        statuses: Mapping[int, TaskStatus],
        notes: Mapping[int, str],
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
                return self if stop == self._length else self.head(stop)  # the whole series: itself
            return [self[i] for i in range(start, stop, step)]
        index = self._position(index)
        value = self._values[index]
        meta = int(self._meta[index])
        return Figure(
            self.target,
            _period(int(self.ends[index]), meta & 1),
            None if math.isnan(value) else value,
            self._statuses.get(index),
            self._notes.get(index, ""),
            place_of(meta, self._files),
        )

    def period(self, index: int) -> Period:
        """The period of one figure, without making the figure."""
        index = self._position(index)
        return _period(int(self.ends[index]), int(self._meta[index]) & 1)

    def _position(self, index: int) -> int:
        """A figure's index in the arrays (negative from the end), or IndexError past the length."""
        position = index + self._length if index < 0 else index
        if not 0 <= position < self._length:
            raise IndexError(index)
        return position

    def head(self, n: int) -> Series:
        """The first ``n`` figures, sharing storage."""
        return Series(
            self.target, self.ends, self._values, self._meta, self._statuses, self._notes, self._files,
            max(0, min(n, self._length)),
        )  # fmt: skip

    def renamed(self, target: str) -> Series:
        """The same figures under another target id (sharing storage)."""
        return Series(
            target, self.ends, self._values, self._meta, self._statuses, self._notes, self._files, self._length
        )

    def count_upto(self, period: Period) -> int:
        """How many figures are as of ``period`` or earlier."""
        return min(bisect.bisect_right(self.ends, period.end.toordinal()), self._length)

    def values(self, n: int | None = None) -> array[float]:
        """The first ``n`` values (all by default), NaN for a task's figures."""
        return self._values[: self._length if n is None else min(n, self._length)]


_PERIODS: dict[tuple[int, int], Period] = {}
"""Periods by (date ordinal, monthly): a report's figures fall in a few dozen months, so each is
one object however many figures are of it."""


def _period(ordinal: int, monthly: int) -> Period:
    period = _PERIODS.get((ordinal, monthly))
    if period is None:
        if len(_PERIODS) > 100_000:  # every day of a few centuries: never in a real report
            _PERIODS.clear()
        period = _PERIODS[ordinal, monthly] = Period(dt.date.fromordinal(ordinal), bool(monthly))
    return period


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
            del self.columns[target]  # its rows are in the series now: the peak is one copy, not two
        return Merged(series, problems)

    def _series(self, target: str, problems: list[tuple[Place, str]]) -> Series:
        c = self.columns[target]
        ends, values, meta = c.data[0::3], c.data[1::3], c.data[2::3]
        statuses, notes = c.statuses or _NOTHING, c.notes or _NOTHING  # most series have neither: one shared
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
