"""The collection form as an Excel workbook, filled in Excel or WPS without instructions from anyone.

A title row naming the unit and the month, the header, one row per target and task with id,
name, period and unit filled in and protected against edits (the 数值 and 备注 cells open),
last period's figure as a hint, a drop-down of 未启动 / 推进中 / 已完成 on task rows and a
number-only rule on target rows, percent targets formatted as percent, columns as wide as
their Chinese names, the header frozen, and a 填报说明 sheet. What comes back reads with
``zhanxin status`` unchanged. openpyxl is imported only here.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from rich.cells import cell_len

from ...figures.cells import Figure, Period
from ...i18n import Lang, label
from ...plan.model import Target, Task
from ..contract import rounded
from .csv_form import HEADER

PERCENT_SHOWN = '0.0##"%"'
"""A percent target's cell: typed 21.3, shown 21.3%, kept (and read back) as 21.3 in Excel, WPS and
LibreOffice alike (a true percent format would make 21.3 typed into it 2130% in some of them)."""


def _w(key: str, lang: Lang) -> str:
    return label("form." + key, lang)


def render_form_xlsx(
    items: Sequence[Target | Task],
    period: Period,
    series: Mapping[str, Sequence[Figure]],
    unit_name: str,
    lang: Lang = Lang.zh,
) -> bytes:
    """The workbook's bytes (to be written atomically by the caller)."""
    book = Workbook()
    sheet = book.worksheets[0]
    sheet.title = _w("sheet", lang)
    header = HEADER[lang]
    title = _w("title", lang).format(unit=unit_name, year=period.end.year, month=period.end.month, period=period.label)
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.append(list(header))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="ECEFF1")
    numbers, words = _validations(sheet, lang)
    for item in items:
        sheet.append(_row(item, period, series, lang))
        value = sheet.cell(sheet.max_row, VALUE_COLUMN)
        if isinstance(item, Target):
            numbers.add(value)
            if item.figure_unit == "%":
                value.number_format = PERCENT_SHOWN
        else:
            words.add(value)
    _protect(sheet)
    _widths(sheet, header)
    sheet.page_setup.orientation = "landscape"  # printed: one page wide, the header on every page
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    if sheet.sheet_properties.pageSetUpPr is not None:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:2"
    guide = book.create_sheet(_w("guide", lang))
    for line in label("form.guide_text", lang, month=period.end.month).split("\n"):
        guide.append([line])
    guide.column_dimensions["A"].width = 100
    guide.cell(1, 1).font = Font(bold=True, size=14)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


UNIT_COLUMN, VALUE_COLUMN, NOTE_COLUMN = 4, 6, 7
"""数值 and 备注: the columns a clerk fills in (the header is HEADER, the CSV form's)."""


def _row(item: Target | Task, period: Period, series: Mapping[str, Sequence[Figure]], lang: Lang) -> list[object]:
    previous = [f for f in series.get(item.id, ()) if f.period < period]
    hint: object = None
    if previous:
        last = previous[-1]
        hint = rounded(last.value) if last.value is not None else label(str(last.status), lang)
    unit = item.figure_unit if isinstance(item, Target) else ""
    return [item.id, item.name, period.label, unit, hint, None, None]


def _validations(sheet: Worksheet, lang: Lang) -> tuple[DataValidation, DataValidation]:
    """A number-only rule for target rows and a drop-down of task words for task rows."""
    numbers = DataValidation(type="decimal", operator="between", formula1="-1E+15", formula2="1E+15", allow_blank=True)
    numbers.promptTitle, numbers.prompt = _w("number_title", lang), _w("number_error", lang)
    numbers.errorTitle, numbers.error = _w("number_title", lang), _w("number_error", lang)
    words = DataValidation(type="list", formula1=f'"{_w("tasks", lang)}"', allow_blank=True)
    words.promptTitle, words.prompt = _w("task_title", lang), _w("task_error", lang)
    words.errorTitle, words.error = _w("task_title", lang), _w("task_error", lang)
    sheet.add_data_validation(numbers)
    sheet.add_data_validation(words)
    return numbers, words


def _protect(sheet: Worksheet) -> None:
    """Everything locked but the unit, value and note cells of the rows to fill (a figure in
    another unit is noted in its unit cell, as the instructions say, and converted)."""
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.protection = Protection(locked=cell.column not in (UNIT_COLUMN, VALUE_COLUMN, NOTE_COLUMN))
            cell.alignment = Alignment(vertical="center", wrap_text=cell.column == 2)
    sheet.freeze_panes = "A3"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widths may still be changed


def _widths(sheet: Worksheet, header: Sequence[str]) -> None:
    """Columns as wide as their widest text (CJK counted two wide), names up to 60."""
    for index, name in enumerate(header, start=1):
        letter = get_column_letter(index)
        widest = max(
            (
                cell_len(str(row[0] or ""))
                for row in sheet.iter_rows(min_row=2, min_col=index, max_col=index, values_only=True)
            ),
            default=0,
        )
        room = {VALUE_COLUMN: 14, NOTE_COLUMN: 24}.get(index, 0)  # space to type in
        sheet.column_dimensions[letter].width = min(max(widest, cell_len(name), room) + 2, 60 if index == 2 else 30)
