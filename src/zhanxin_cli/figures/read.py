"""Reading figures files (CSV, and workbook sheets through :mod:`~zhanxin_cli.figures.workbook`)
into :class:`~zhanxin_cli.figures.cells.Figure` records: the one ``read_figures`` of this package.

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
import difflib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import Problem, ZhanxinError
from ..files import os_reason, special_file, zip_beyond_limits
from ..i18n import Msg, did_you_mean
from ..plan.model import Plan, Target, Task
from ..plan.portfolio import ReadingPlan
from .cells import CellError, Period, month_end, parse_period, parse_task_status, quoted, read_value
from .checks import Guard
from .csv_file import SNIFF_BYTES, Refused, csv_error_text, sniff_encoding
from .series import ROW_UNIT, Merged, SeriesBuilder

COLUMNS: dict[str, tuple[str, ...]] = {
    "target": ("target", "id", "指标编号", "编号"),
    "period": ("period", "期间", "月份", "时间"),
    "value": ("value", "数值", "完成值", "实际值"),
    "unit": ("unit", "单位"),
    "note": ("note", "备注", "说明"),
    "plan": ("plan", "计划", "所属计划", "计划名称"),
}
REQUIRED = ("target", "period", "value")
ROUTE_FAILED = "\x00"
"""The id of a row whose plan column names no plan holding it (reported, then skipped)."""
COLUMN_NAMES = {key: Msg(key) for key in COLUMNS}
"""How a column the file lacks is named (指标编号, 期间 … in Chinese; target, period … in English)."""
SUMMARY_ROWS = frozenset({"合计", "小计", "总计", "合 计", "总 计", "小 计"})
"""An id cell with these words is a total row, not a figure."""
FOOTERS = ("填报人", "审核人", "填报日期", "联系电话", "制表人", "负责人", "填表人", "单位负责人", "填报单位")
"""A row whose first text starts so is the form's footer, not a figure."""
NO_FIGURE = frozenset({"—", "——", "–", "-", "－", "/", "／", "无", "暂无", "N/A", "n/a"})
"""What people write for "nothing to report": read like an empty cell."""
HEADER_SEARCH = 10
"""The header row is looked for in the first rows (below a title, empty or merged-cell rows)."""
MAX_PROBLEMS_PER_FILE = 100
"""After this many problems in one file the rest of it is counted, not listed."""


@dataclass(frozen=True)
class FigureSet:
    """Everything read from the figures files."""

    merged: Merged
    files: tuple[str, ...]
    warnings: tuple[Problem, ...]
    problems: tuple[Problem, ...] = ()  # with keep_going: what was wrong in the files left out

    @property
    def latest(self) -> Period | None:
        ends = [path[-1].period for path in self.merged.series.values() if path]
        return max(ends) if ends else None


def read_figures(
    paths: Sequence[Path],
    plan: Plan,
    encoding: str | None = None,
    *,
    year: int | None = None,
    keep_going: bool = False,
    reading: ReadingPlan | None = None,
) -> FigureSet:
    """Read and merge figures files, or raise :class:`ZhanxinError` listing every problem.

    Periods must fall in the plan's window, or in ``year`` when given (last year's
    figures, for seasonal forecasts). With ``keep_going``, a file with problems is left out
    (its problems kept in the result) and the good files are read. ``reading``: the plans of a
    run of several, read as one (:mod:`~zhanxin_cli.plan.portfolio`): a ``plan`` column says which
    plan a row reports.
    """
    window = (plan.start_date, plan.end_date) if year is None else (dt.date(year, 1, 1), dt.date(year, 12, 31))
    known = _Known.of(plan, reading)  # once for every file: a province's folder holds a hundred
    builder = SeriesBuilder(plan)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for path in paths:
        checkpoint = builder.checkpoint() if keep_going else {}
        reader = _FileReader(path, plan, known, encoding, window, reading)
        reader.read(builder)
        problems.extend(reader.problems)
        warnings.extend(reader.warnings)
        if keep_going and reader.problems:
            builder.rollback(checkpoint)
    merged = builder.finish()
    problems.extend(Problem(p.file, m, p.row) for p, m in merged.problems)
    if problems and not keep_going:
        raise ZhanxinError(problems)
    return FigureSet(merged, tuple(str(p) for p in paths), tuple(warnings), tuple(problems))


def _years(window: tuple[dt.date, dt.date]) -> str:
    """The years of a window: 2023, or 2023–2025."""
    first, last = window[0].year, window[1].year
    return str(first) if first == last else f"{first}–{last}"


@dataclass(frozen=True)
class _Known:
    """What every file's rows are checked against, made once for all the files of a run."""

    items: dict[str, Target | Task]
    units_of: dict[str, str]  # id → its unit ("" for a task): one lookup says whether it exists and what it is
    guards: dict[str, Guard]  # each target as its own plan has it (a unit counted in whole numbers in one plan)
    by_name: dict[str, str]  # a name → its id (the first)

    @classmethod
    def of(cls, plan: Plan, reading: ReadingPlan | None) -> _Known:
        items: dict[str, Target | Task] = {t.id: t for t in plan.targets}
        items.update((t.id, t) for t in plan.tasks)
        return cls(
            items,
            {i.id: (i.figure_unit if isinstance(i, Target) else "") for i in items.values()},
            {t.id: Guard.of(t, reading.plan_of(t.id) if reading else plan) for t in plan.targets},
            {i.name: i.id for i in reversed(list(items.values()))},
        )


class _FileReader:
    def __init__(
        self,
        path: Path,
        plan: Plan,
        known: _Known,
        encoding: str | None,
        window: tuple[dt.date, dt.date],
        reading: ReadingPlan | None = None,
    ) -> None:
        self.path = path
        self.routes = reading.routes if reading is not None else {}
        self.shared = reading.shared if reading is not None else {}
        self.window = window
        self.name = str(path)
        self.plan = plan
        self.items = known.items
        self.encoding = encoding
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.periods: dict[str, tuple[int, bool, Period, bool] | str] = {}
        self.units_of, self.guards, self.by_name = known.units_of, known.guards, known.by_name
        self.empty_rows: list[int] = []
        self.headings: dict[str, str] = {}  # column key → the heading as this file writes it
        self.date_periods: list[tuple[int, str]] = []  # (first row, text) of each period written as a date
        self.skipped_rows: list[tuple[int, str]] = []  # (row, what it holds) of rows that are not figures
        self._hidden = 0
        self.sheet: str | None = None  # the workbook sheet being read

    def heading(self, key: str) -> str:
        """A column as the user's file names it (期间, or period), for messages."""
        return self.headings.get(key) or COLUMN_NAMES[key]

    def problem(self, message: str, row: int | None = None, column: int | None = None) -> None:
        if len(self.problems) < MAX_PROBLEMS_PER_FILE:
            self.problems.append(Problem(self.name, message, row, column, self.sheet))
        else:
            self._hidden += 1

    def warn(
        self,
        message: str,
        row: int | None = None,
        column: int | None = None,
        subject: str | None = None,
        period: str | None = None,
    ) -> None:
        self.warnings.append(Problem(self.name, message, row, column, self.sheet, subject, period))

    def read(self, builder: SeriesBuilder) -> None:
        special = special_file(self.path)
        if special is not None:  # opening a pipe would wait for a writer
            self.problem(special)
            return
        suffix = self.path.suffix.lower()
        if suffix in OTHER_SPREADSHEETS:  # a zip or OLE file too, but not one the workbook readers know
            self.problem(
                Msg("cannot read a {suffix} spreadsheet; open it in Excel or WPS and save it as .xlsx", suffix=suffix)
            )
            return
        kind = self._workbook_kind()
        if kind is not None:
            self._read_workbook(kind, builder)
            return
        encoding = self._encoding()
        if encoding is None:
            return
        file_index = builder.file(self.name)
        try:
            with self.path.open(encoding=encoding, newline="", errors="strict") as f:
                rows = csv.reader(f, strict=True)
                try:
                    self._rows(rows, builder, file_index)
                except UnicodeDecodeError as exc:
                    self.problem(
                        Msg(
                            "byte 0x{byte:02x} is not {encoding}; save the file as CSV UTF-8, or name its "
                            "encoding with --encoding",
                            byte=exc.object[exc.start],
                            encoding=encoding,
                        ),
                        rows.line_num + 1,
                    )
                except csv.Error as exc:
                    self.problem(Msg("unreadable CSV: {why}", why=csv_error_text(exc)), rows.line_num)
        except OSError as exc:
            self.problem(Msg("cannot read file: {why}", why=os_reason(exc)))
        if self._hidden:
            self.problems.append(Problem(self.name, Msg("… and {n} more problems in this file", n=self._hidden)))

    def _workbook_kind(self) -> str | None:
        """xlsx, xls or ods when the file is a workbook (whatever its name says), else None."""
        try:
            with self.path.open("rb") as f:
                head = f.read(8)
        except OSError:
            return None  # reported by the CSV path
        return workbook_kind(head, self.path.suffix.lower())

    def _read_workbook(self, kind: str, builder: SeriesBuilder) -> None:
        """Every sheet that has a figures header; the others (instructions, notes) are passed over."""
        from .workbook import EncryptedWorkbook, WorkbookError, WorkbookTooLarge, read_sheets

        if kind != "xls" and (too_large := zip_beyond_limits(self.path)) is not None:
            self.problem(too_large)
            return
        try:
            sheets = read_sheets(self.path, kind)
        except EncryptedWorkbook:
            self.problem(
                Msg(
                    "the workbook is protected by a password: open it in Excel or WPS, remove the password "
                    "(File → Info → Protect Workbook → Encrypt with Password, left empty) and save it"
                )
            )
            return
        except WorkbookTooLarge as exc:
            self.problem(exc.args[0])
            return
        except WorkbookError as exc:
            self.problem(
                Msg("cannot read the workbook: {why}; open it in Excel or WPS and save it as .xlsx", why=exc.args[0])
            )
            return
        file_index = builder.file(self.name)
        used = 0
        for sheet in sheets:
            self.sheet = sheet.name
            rows = _Rows(sheet.rows)
            if self._header(rows, quiet=True) is None:
                continue
            used += 1
            for row, column, message in sheet.warnings:
                self.warn(message, row, column)
            for row, column, message in sheet.problems:
                cells = sheet.rows[row - 1] if 0 < row <= len(sheet.rows) else []
                if any(c.strip() in SUMMARY_ROWS for c in cells) or _is_footer(cells):
                    continue  # a 合计 or footer row is skipped (with a warning), never an error
                self.problem(message, row, column)
            self._rows(_Rows(sheet.rows), builder, file_index)
        self.sheet = None
        if not used:
            self.problem(Msg("no sheet has a figures header (指标编号, 期间, 数值)"), 1)

    def _encoding(self) -> str | None:
        try:
            return self._choose_encoding()
        except Refused as exc:
            self.problem(exc.message, exc.line, None if exc.line is None else 1)
            return None

    def _choose_encoding(self) -> str:
        if self.path.is_dir():
            raise Refused(Msg("expected a CSV file, found a directory"), None)
        try:
            with self.path.open("rb") as f:
                head = f.read(SNIFF_BYTES)
        except FileNotFoundError:
            raise Refused(Msg("no such file"), None) from None
        except OSError as exc:
            raise Refused(Msg("cannot read file: {why}", why=os_reason(exc)), None) from None
        if self.encoding:
            try:
                return codecs.lookup(self.encoding).name
            except LookupError:
                raise Refused(Msg("unknown encoding {encoding!r}", encoding=self.encoding), None) from None
        return sniff_encoding(head)

    def _header(self, rows: RowSource, *, quiet: bool = False) -> tuple[dict[str, int], int] | None:
        """The columns named in the header row, and its width; None (reported unless ``quiet``)
        when there is none. The header may stand below a title and empty or merged-cell rows,
        within the first HEADER_SEARCH rows."""
        first: tuple[list[str], int] | None = None
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            columns = self._columns(row, report=False)
            if columns is not None:
                return columns, len(row)
            first = first or (row, rows.line_num)
            if rows.line_num >= HEADER_SEARCH:
                break
        if quiet:
            return None
        if first is None:
            self.problem(Msg("expected a header row (指标编号,期间,数值[,单位,备注]), found an empty file"), 1)
            return None
        self._columns(first[0], line=first[1])
        return None

    def _rows(self, rows: RowSource, builder: SeriesBuilder, file_index: int) -> None:
        found = self._header(rows)
        if found is None:
            return
        columns, width = found
        needed = max(columns[key] for key in REQUIRED) + 1  # only optional columns may be left off the end
        target_col, period_col, value_col = columns["target"], columns["period"], columns["value"]
        unit_col, note_col = columns.get("unit"), columns.get("note")
        plan_col = columns.get("plan") if self.routes else None
        layout = (value_col, unit_col, note_col)
        periods, collected, units_of, guards = self.periods, builder.columns, self.units_of, self.guards
        meta_base, row_unit = file_index * 2, ROW_UNIT
        for row in rows:
            count = len(row)
            if count != width and self._misshapen(row, rows.line_num, width, needed):
                continue
            target_id = row[target_col] if plan_col is None else self._route(row, target_col, plan_col, rows.line_num)
            unit = units_of.get(target_id)
            if unit is None:
                resolved = self._resolve(row, target_id, rows.line_num, target_col)
                if resolved is None:
                    continue
                target_id, unit = resolved, units_of[resolved]
            period_text = row[period_col]
            period = periods.get(period_text)
            if period is None:
                period = periods[period_text] = self._period(period_text, rows.line_num)
            if isinstance(period, str):
                self.problem(period, rows.line_num, period_col + 1)
                continue
            value_text = row[value_col]
            unit_text = row[unit_col] if unit_col is not None else ""
            if unit and (not unit_text or unit_text == unit) and (note_col is None or not row[note_col]):
                try:  # the common case, kept cheap: a plain, plausible number in the target's own unit
                    value = float(value_text)
                except ValueError:
                    pass
                else:
                    if value - value == 0.0 and guards[target_id].plain(value):  # finite and plausible
                        column = collected.get(target_id)
                        if column is None:
                            column = builder.column(target_id)
                        column.data.extend((period[0], value, rows.line_num * row_unit + meta_base + period[1]))
                        continue
            self._slow_row(row, target_id, period, value_text, unit_text, layout, builder, file_index, rows.line_num)
        self._warn_empty_rows()
        self._warn_date_periods()
        self._warn_skipped_rows()

    def _warn_empty_rows(self) -> None:
        empty = self.empty_rows
        if empty:
            shown = ", ".join(map(str, empty[:10])) + (" …" if len(empty) > 10 else "")
            self.warn(Msg("{n} rows with no value were skipped (rows {rows})", n=len(empty), rows=shown))

    def _warn_date_periods(self) -> None:
        """Periods written as a date (a spreadsheet turned 2023-11 into 2023-11-01): read as their month."""
        if self.date_periods:
            line, text = self.date_periods[0]
            month = f"{parse_period(text).end:%Y-%m}"
            others = len(self.date_periods) - 1
            template = (
                "{column}: {text!r} is a date, read as the month {month} (and {others} other dates); "
                "write periods as YYYY-MM"
                if others
                else "{column}: {text!r} is a date, read as the month {month}; write periods as YYYY-MM"
            )
            message = Msg(template, column=self.heading("period"), text=text, month=month, others=others)
            self.warn(message, line)

    def _period(self, text: str, line: int) -> tuple[int, bool, Period, bool] | str:
        """A period cell read (or the problem with it); periods repeat, so callers cache this.

        A date (2023-11-01, 2023/11/1: what a spreadsheet makes of 2023-11) is read as its
        month, flagged for a warning: figures are monthly, and the report date is a month.
        """
        try:
            period = parse_period(text, year=self.window[0].year)
        except CellError as exc:
            return Msg("{column}: {message}", column=self.heading("period"), message=exc.args[0])
        is_date = not period.monthly
        if is_date:
            period = Period(month_end(period.end.year, period.end.month))
            self.date_periods.append((line, text))
        if not self.window[0] <= period.end <= self.window[1]:
            return Msg(
                "{column}: expected a period within {year}, found {found}",
                column=self.heading("period"),
                year=_years(self.window),
                found=period.label,
            )
        return period.end.toordinal(), True, period, is_date

    def _misshapen(self, row: list[str], line: int, width: int, needed: int) -> bool:
        """A row with more or fewer cells than the header: skip it (blank), report it, or (only
        trailing optional columns missing) pad it."""
        count = len(row)
        if not any(cell.strip() for cell in row):
            return True  # a blank line
        if count > width:
            hint = ""
            if any(THOUSANDS_TAIL.match(cell) for cell in row[1:]):
                hint = Msg("; a number with a thousands separator (1,086) must be quoted or written without the comma")
            self.problem(
                Msg(
                    "expected {width} columns as in the header, found {count}{hint}",
                    width=width,
                    count=count,
                    hint=hint,
                ),
                line,
                width + 1,
            )
            return True
        if count < needed:
            self.problem(
                Msg(
                    "expected {width} columns as in the header, found {count}{hint}", width=width, count=count, hint=""
                ),
                line,
                count + 1,
            )
            return True
        row.extend([""] * (width - count))  # trailing optional columns (unit, note) left off
        return False

    def _resolve(self, row: list[str], text: str, line: int, column: int) -> str | None:
        """The id of the target or task a row is for, or None (a row that is not a figure is
        skipped and counted; an unknown id is reported). A Chinese name is read as its id, with a
        warning; so is a name one small slip away from a target's."""
        if text is ROUTE_FAILED:
            return None  # its plan column was reported
        target_id = unicodedata.normalize("NFKC", text).strip()
        if target_id in self.units_of:
            return target_id
        if not any(cell.strip() for cell in row):
            return None  # a row of empty cells
        if not target_id or target_id in SUMMARY_ROWS or _is_footer(row):
            self.skipped_rows.append((line, text.strip() or next(c.strip() for c in row if c.strip())))
            return None
        by_name = self.by_name
        found = by_name.get(target_id) or _one_close_name(target_id, by_name)
        if found is not None:
            self.warn(
                Msg(
                    "{column}: {name!r} is a name, read as the id {id}",
                    column=self.heading("target"),
                    name=text,
                    id=found,
                ),
                line,
                column + 1,
            )
            return found
        self._unknown(target_id, line, column)
        return None

    def _unknown(self, target_id: str, line: int, column: int) -> None:
        """Report an id no plan read holds, or one that several hold without saying which."""
        if target_id in self.shared:
            message = Msg(
                "{column}: {id!r} is a target of several plans ({plans}): say which in a column {plan}, "
                "or write PLAN/{id}",
                column=self.heading("target"),
                id=target_id,
                plans=", ".join(self.shared[target_id]),
                plan=COLUMN_NAMES["plan"],
            )
        else:
            hint = did_you_mean(target_id, [*self.items, *self.by_name]) if len(self.problems) < 20 else ""
            message = Msg(
                "{column}: unknown target or task id {id!r}{hint}",
                column=self.heading("target"),
                id=quoted(target_id),
                hint=hint,
            )
        self.problem(message, line, column + 1)

    def _route(self, row: list[str], target_col: int, column: int, line: int) -> str:
        """The reading id of a row whose plan column names its plan (by key or title): the id as
        written when the cell is empty, :data:`ROUTE_FAILED` (reported) when the plan has no such id."""
        text = row[target_col]
        plan = row[column].strip() if column < len(row) else ""
        if not plan:
            return text
        target_id = unicodedata.normalize("NFKC", text).strip()
        routed = self.routes.get((plan, target_id))
        if routed is not None:
            return routed
        plans = {label for label, _ in self.routes}
        message = (
            Msg("{column}: plan {plan!r} has no target or task {id!r}", column=self.heading("plan"), plan=plan, id=text)
            if plan in plans
            else Msg(
                "{column}: unknown plan {plan!r}{hint}",
                column=self.heading("plan"),
                plan=quoted(plan),
                hint=did_you_mean(plan, sorted(plans)),
            )
        )
        self.problem(message, line, column + 1)
        return ROUTE_FAILED

    def _warn_skipped_rows(self) -> None:
        """Rows that are not figures (合计, 填报人, an empty id): counted and named, never read."""
        if self.skipped_rows:
            shown = "、".join(f"{line} ({what})" for line, what in self.skipped_rows[:10])
            more = " …" if len(self.skipped_rows) > 10 else ""
            self.warn(
                Msg(
                    "{n} rows that are not figures were skipped: rows {rows}",
                    n=len(self.skipped_rows),
                    rows=shown + more,
                )
            )

    def _slow_row(
        self,
        row: list[str],
        target_id: str,
        period: tuple[int, bool, Period, bool],
        value_text: str,
        unit_text: str,
        layout: tuple[int, int | None, int | None],
        builder: SeriesBuilder,
        file_index: int,
        line: int,
    ) -> None:
        """Everything but a plain number: units, separators, full-width text, task words, notes, blanks."""
        value_col, unit_col, note_col = layout
        item = self.items[target_id]
        note = row[note_col].strip() if note_col is not None else ""
        if not value_text.strip() or value_text.strip() in NO_FIGURE:
            self.empty_rows.append(line)
            return
        try:
            if isinstance(item, Target):
                value = read_value(item, self.plan.units, value_text, unit_text)
                warning = self.guards[target_id].check(value, item)
                if warning:
                    message = Msg("{column}: {message}", column=self.heading("value"), message=warning)
                    self.warn(message, line, value_col + 1, target_id, period[2].label)
                builder.add(target_id, period[2], value, None, note, file_index, line)
            else:
                builder.add(target_id, period[2], None, parse_task_status(value_text), note, file_index, line)
        except CellError as exc:
            column = unit_col if unit_col is not None and "unit column" in str(exc) else value_col
            heading = self.heading("unit" if unit_col is not None and column == unit_col else "value")
            message = exc.args[0]
            if TIME_CELL.match(value_text.strip()):  # a time cell
                column, heading = value_col, self.heading("value")
                message = Msg(
                    "expected a number, found a time ({found}): the spreadsheet turned what was typed into a time; "
                    "format the cell as a number and type the figure again",
                    found=value_text.strip(),
                )
            elif column == value_col and DATE_CELL.match(value_text.strip()):  # Excel made the typing a date
                message = Msg(
                    "expected a number, found a date ({found}): the spreadsheet turned what was typed into a date; "
                    "format the cell as a number and type the figure again",
                    found=value_text.strip(),
                )
            self.problem(Msg("{column}: {message}", column=heading, message=message), line, column + 1)

    def _columns(self, header: list[str], *, report: bool = True, line: int = 1) -> dict[str, int] | None:
        """The figures columns a header row names; problems reported (at ``line``) unless not ``report``."""
        found: dict[str, int] = {}
        headings: dict[str, str] = {}
        ok = True
        for i, cell in enumerate(header):
            name = unicodedata.normalize("NFKC", cell).strip().lstrip("\ufeff").lower()
            for key, aliases in COLUMNS.items():
                if name in aliases:
                    if key in found:
                        if report:
                            message = Msg(
                                "column {name!r} appears twice (also column {other})", name=cell, other=found[key] + 1
                            )
                            self.problem(message, line, i + 1)
                        ok = False
                    found[key] = i
                    headings[key] = cell.strip().lstrip("\ufeff")
        for key in REQUIRED:
            if key not in found:
                if report:
                    message = Msg(
                        "expected a column {name!r} in the header, found {found}",
                        name=COLUMN_NAMES[key],
                        found=", ".join(repr(c) for c in header) or "none",
                    )
                    self.problem(message, line)
                ok = False
        if ok:
            self.headings = headings
        return found if ok else None


TIME_CELL = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
"""A value cell a workbook holds as a time of day."""

DATE_CELL = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
"""A value cell a workbook holds as a date (read as its month, as a period is)."""

THOUSANDS_TAIL = re.compile(r"^\d{3}(?:\.\d+)?$")
"""A cell that looks like the tail of a number split at its thousands separator (1,086 → 1 | 086)."""


XLSX_MAGIC = b"PK\x03\x04"
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


OTHER_SPREADSHEETS = (".et", ".ett", ".numbers")  # WPS's and Apple's own formats: no reader here


def workbook_kind(head: bytes, suffix: str) -> str | None:
    """xlsx, xls or ods from a file's first bytes (and its name, for zip files); None for text."""
    if head.startswith(XLS_MAGIC):
        return "xls"
    if head.startswith(XLSX_MAGIC):
        return "ods" if suffix == ".ods" else "xlsx"
    return None


def _one_close_name(text: str, by_name: dict[str, str]) -> str | None:
    """The id of the one name a small slip away from ``text`` (a character added, dropped or
    changed in a long name), when no other name is nearly as close."""
    if len(text) < 6:
        return None
    # a ratio of 0.9 needs lengths within 18 % of each other (2·min ÷ (a+b) ≥ 0.9): the others are
    # not compared, so a long cell costs nothing (a 100,000-character id took 2 s)
    near = [name for name in by_name if abs(len(name) - len(text)) <= 0.2 * max(len(name), len(text))]
    scores = sorted(((difflib.SequenceMatcher(None, text, name).ratio(), name) for name in near), reverse=True)
    if not scores or scores[0][0] < 0.9:
        return None
    if len(scores) > 1 and scores[0][0] - scores[1][0] < 0.05:
        return None
    return by_name[scores[0][1]]


def _is_footer(row: list[str]) -> bool:
    first = next((cell.strip() for cell in row if cell.strip()), "")
    return first.startswith(FOOTERS)


class RowSource(Protocol):
    """Rows of text cells, knowing the 1-based number of the row last given (csv.reader's way)."""

    line_num: int

    def __iter__(self) -> Iterator[list[str]]: ...

    def __next__(self) -> list[str]: ...


class _Rows:
    """A workbook sheet's rows as a :class:`RowSource`."""

    def __init__(self, rows: list[list[str]]) -> None:
        self._rows = iter(rows)
        self.line_num = 0

    def __iter__(self) -> Iterator[list[str]]:
        return self

    def __next__(self) -> list[str]:
        row = next(self._rows)
        self.line_num += 1
        return list(row)
