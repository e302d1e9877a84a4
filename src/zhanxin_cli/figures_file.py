"""Reading figures CSV files into :class:`~zhanxin_cli.figures.Figure` records.

Reads what analysts really produce: UTF-8 with or without a BOM, GBK/GB18030 as Excel
saves it on Chinese Windows (detected, or forced with ``encoding``), CRLF, blank lines,
full-width digits, thousands separators, a unit written after the number. Every bad
row is reported as ``file:row:column: problem``, all of them in one run; nothing is
dropped silently (rows left blank for a value are counted in a warning).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .errors import Problem, ZhanxinError
from .figures import CellError, Figure, Merged, Period, Place, merge, parse_period, parse_task_status, read_value
from .plan import Plan, Target, Task, did_you_mean

if TYPE_CHECKING:
    import _csv

COLUMNS: dict[str, tuple[str, ...]] = {
    "target": ("target", "id", "指标编号", "编号"),
    "period": ("period", "期间", "月份", "时间"),
    "value": ("value", "数值", "完成值", "实际值"),
    "unit": ("unit", "单位"),
    "note": ("note", "备注", "说明"),
}
REQUIRED = ("target", "period", "value")
MAX_PROBLEMS_PER_FILE = 100
"""After this many problems in one file the rest of it is counted, not listed."""

_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class FigureSet:
    """Everything read from the figures files."""

    merged: Merged
    files: tuple[str, ...]
    warnings: tuple[Problem, ...]

    @property
    def latest(self) -> Period | None:
        ends = [path[-1].period for path in self.merged.series.values() if path]
        return max(ends) if ends else None


def read_figures(
    paths: Sequence[Path], plan: Plan, encoding: str | None = None, *, year: int | None = None
) -> FigureSet:
    """Read and merge figures files, or raise :class:`ZhanxinError` listing every problem.

    Periods must fall in the plan's window, or in ``year`` when given (last year's
    figures, for seasonal forecasts).
    """
    window = (plan.start_date, plan.end_date) if year is None else (dt.date(year, 1, 1), dt.date(year, 12, 31))
    items: dict[str, Target | Task] = {t.id: t for t in plan.targets}
    items.update((t.id, t) for t in plan.tasks)
    figures: list[Figure] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for path in paths:
        reader = _FileReader(path, plan, items, encoding, window)
        figures.extend(reader.read())
        problems.extend(reader.problems)
        warnings.extend(reader.warnings)
    merged = merge(plan, figures)
    problems.extend(Problem(p.file, m, p.row) for p, m in merged.problems)
    if problems:
        raise ZhanxinError(problems)
    warnings.extend(Problem(p.file, m, p.row) for p, m in merged.warnings)
    return FigureSet(merged, tuple(str(p) for p in paths), tuple(warnings))


class _FileReader:
    def __init__(
        self,
        path: Path,
        plan: Plan,
        items: dict[str, Target | Task],
        encoding: str | None,
        window: tuple[dt.date, dt.date],
    ) -> None:
        self.path = path
        self.window = window
        self.name = str(path)
        self.plan = plan
        self.items = items
        self.encoding = encoding
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self._hidden = 0

    def problem(self, message: str, row: int | None = None, column: int | None = None) -> None:
        if len(self.problems) < MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.name, message, row, column))
        else:
            self._hidden += 1

    def read(self) -> list[Figure]:
        encoding = self._encoding()
        if encoding is None:
            return []
        figures: list[Figure] = []
        try:
            with self.path.open(encoding=encoding, newline="", errors="strict") as f:
                rows = csv.reader(f, strict=True)
                try:
                    figures = list(self._rows(rows))
                except UnicodeDecodeError as exc:
                    self.problem(
                        f"byte 0x{exc.object[exc.start]:02x} is not {encoding}; "
                        "save the file as CSV UTF-8, or name its encoding with --encoding",
                        rows.line_num + 1,
                    )
                except csv.Error as exc:
                    self.problem(f"unreadable CSV: {_plain(exc)}", rows.line_num)
        except OSError as exc:
            self.problem(f"cannot read file: {exc.strerror or exc}")
        if self._hidden:
            self.problems.append(Problem(self.name, f"… and {self._hidden} more problems in this file"))
        return figures

    def _encoding(self) -> str | None:
        try:
            return self._choose_encoding()
        except _Refused as exc:
            self.problem(exc.message, exc.line, None if exc.line is None else 1)
            return None

    def _choose_encoding(self) -> str:
        if self.path.is_dir():
            raise _Refused("expected a CSV file, found a directory", None)
        try:
            with self.path.open("rb") as f:
                head = f.read(_SNIFF_BYTES)
        except FileNotFoundError:
            raise _Refused("no such file", None) from None
        except OSError as exc:
            raise _Refused(f"cannot read file: {exc.strerror or exc}", None) from None
        if self.encoding:
            try:
                return codecs.lookup(self.encoding).name
            except LookupError:
                raise _Refused(f"unknown encoding {self.encoding!r}", None) from None
        return sniff_encoding(head)

    def _rows(self, rows: _csv.Reader) -> Iterator[Figure]:
        header = next(rows, None)
        if header is None:
            self.problem("expected a header row (target,period,value[,unit,note]), found an empty file", 1)
            return
        columns = self._columns(header)
        if columns is None:
            return
        width = len(header)
        layout = _Layout(
            columns["target"], columns["period"], columns["value"], columns.get("unit"), columns.get("note")
        )
        needed = max(columns.values()) + 1
        empty_rows: list[int] = []
        for row in rows:
            line = rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            try:
                if len(row) > width and any(cell.strip() for cell in row[width:]):
                    raise _RowError(width, f"expected {width} columns as in the header, found {len(row)}")
                if len(row) < needed:
                    raise _RowError(len(row), f"expected {width} columns as in the header, found {len(row)}")
                figure = self._figure(row, line, layout)
            except _RowError as exc:
                self.problem(exc.message, line, None if exc.column is None else exc.column + 1)
                continue
            if figure is None:
                empty_rows.append(line)
            else:
                yield figure
        if empty_rows:
            shown = ", ".join(map(str, empty_rows[:10])) + (" …" if len(empty_rows) > 10 else "")
            self.warnings.append(
                Problem(self.name, f"{len(empty_rows)} rows with no value were skipped (rows {shown})")
            )

    def _columns(self, header: list[str]) -> dict[str, int] | None:
        found: dict[str, int] = {}
        ok = True
        for i, cell in enumerate(header):
            name = unicodedata.normalize("NFKC", cell).strip().lstrip("\ufeff").lower()
            for key, aliases in COLUMNS.items():
                if name in aliases:
                    if key in found:
                        self.problem(f"column {key!r} appears twice (also column {found[key] + 1})", 1, i + 1)
                        ok = False
                    found[key] = i
        for key in REQUIRED:
            if key not in found:
                self.problem(
                    f"expected a column {key!r} in the header, found {', '.join(repr(c) for c in header) or 'none'}",
                    1,
                )
                ok = False
        return found if ok else None

    def _figure(self, row: list[str], line: int, layout: _Layout) -> Figure | None:
        """One data row as a figure; None when its value is left blank. Raises _RowError."""
        if any("\x00" in cell for cell in row):
            raise _RowError(None, "expected text, found a NUL character")
        target_id = row[layout.target].strip()
        item = self.items.get(target_id)
        if item is None:
            hint = did_you_mean(target_id, self.items) if len(self.problems) < 20 else ""
            raise _RowError(layout.target, f"target: unknown target or task id {target_id!r}{hint}")
        try:
            period = parse_period(row[layout.period])
        except CellError as exc:
            raise _RowError(layout.period, f"period: {exc}") from None
        if not self.window[0] <= period.end <= self.window[1]:
            raise _RowError(
                layout.period, f"period: expected a period within {self.window[0].year}, found {period.label}"
            )
        value_text = row[layout.value]
        if not value_text.strip():
            return None
        unit_text = _cell(row, layout.unit)
        note = _cell(row, layout.note).strip()
        try:
            if isinstance(item, Target):
                value = read_value(item, self.plan.units, value_text, unit_text)
                return Figure(target_id, period, value, None, note, Place(self.name, line))
            status = parse_task_status(value_text)
        except CellError as exc:
            column = layout.unit if layout.unit is not None and "unit column" in str(exc) else layout.value
            raise _RowError(column, f"value: {exc}") from None
        return Figure(target_id, period, None, status, note, Place(self.name, line))


class _Layout(NamedTuple):
    """0-based column indices of the fields in one file."""

    target: int
    period: int
    value: int
    unit: int | None
    note: int | None


class _RowError(Exception):
    def __init__(self, column: int | None, message: str) -> None:
        super().__init__(message)
        self.column = column  # 0-based, None for the whole row
        self.message = message


class _Refused(Exception):
    """The file cannot be read as CSV at all; ``line`` where that shows, if anywhere."""

    def __init__(self, message: str, line: int | None = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _cell(row: list[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""


_NOT_CSV = (
    (b"\x1f\x8b", "expected CSV text, found a gzip-compressed file; decompress it first"),
    (b"PK\x03\x04", "expected CSV text, found a zip file (an Excel workbook?); save it as CSV UTF-8"),
    (codecs.BOM_UTF32_LE, "expected CSV UTF-8 or GBK, found UTF-32 text; save it as CSV UTF-8"),
    (codecs.BOM_UTF16_LE, "expected CSV UTF-8 or GBK, found UTF-16 text; save it as CSV UTF-8"),
    (codecs.BOM_UTF16_BE, "expected CSV UTF-8 or GBK, found UTF-16 text; save it as CSV UTF-8"),
)


def sniff_encoding(head: bytes) -> str:
    """The encoding of a CSV file from its first bytes: UTF-8 (with or without BOM) or GB18030.

    Raises _Refused, with the line, for what is not CSV text at all.
    """
    for magic, message in _NOT_CSV:
        if head.startswith(magic):
            raise _Refused(message)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    nul = head.find(b"\x00")
    if nul >= 0:
        raise _Refused("expected CSV text, found a NUL byte (a binary file?)", head.count(b"\n", 0, nul) + 1)
    for encoding in ("utf-8", "gb18030"):
        if _decodes(head, encoding):
            return encoding
    bad = _first_bad_byte(head)
    raise _Refused(
        f"expected UTF-8 or GBK text, found byte 0x{head[bad]:02x}; "
        "save the file as CSV UTF-8, or name its encoding with --encoding",
        head.count(b"\n", 0, bad) + 1,
    )


def _plain(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text:
        return "a quoted field opened here is never closed"
    if "field larger than field limit" in text:
        return f"a field longer than {csv.field_size_limit():,} characters"
    return text


def _decodes(data: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(data, final=False)  # the sample may end inside a character
    except UnicodeDecodeError:
        return False
    return True


def _first_bad_byte(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0
