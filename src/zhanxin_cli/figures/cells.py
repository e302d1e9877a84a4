"""One cell of a figures file: periods, numbers, units and task states read from text, and the
records they make (a figure is one reported value of one target, or the status of one task,
as of one period, already converted into the target's unit).

Pure: no file I/O (see :mod:`zhanxin_cli.figures.read`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ..i18n import Msg
from ..plan.model import Target, Unit


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
        end = self.end  # formatted by hand: strftime is the slowest part of a report of 80,000 targets
        return f"{end.year:04d}-{end.month:02d}" if self.monthly else end.isoformat()


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
        raise CellError(Msg("expected a number, found {found!r}", found=quoted(text)))
    value = float(m.group(1))
    if not math.isfinite(value):  # 10^400 and more: no figure is that large
        raise CellError(Msg("expected a finite number, found {found} of {n:,} digits", found=quoted(text), n=len(text)))
    return value, (m.group(2) or "").strip()


QUOTED = 40
"""How much of a cell a message quotes (a 10 MB cell is never echoed whole)."""


def quoted(text: str) -> str:
    """A cell as a message quotes it: at most QUOTED characters, then …."""
    return text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"


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
    unit = target.figure_unit
    return convert(number, unit_cell or written_unit or unit, unit, units)
