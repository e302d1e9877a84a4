"""Reading spreadsheets (.xlsx, .xls, .ods) into rows of text cells, for the figures reader.

Cell types are honoured, so nothing is lost in a CSV round trip: a number is a number (no
thousands separators to parse), a percent-formatted cell holding 0.213 is ``21.3%``, a date
cell is its month (``2023-11``), a formula's saved value is used (and a formula saved
without one is a located problem). The libraries are imported only here, and this module
only when a workbook is read: openpyxl for .xlsx, xlrd for .xls, and the standard
library's zipfile and ElementTree for .ods (an OpenDocument file is zipped XML whose cells
say their own type).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from ..files import xml_elements_beyond
from ..i18n import Msg

MAX_ROWS = 100_000
"""Rows read from one sheet at most (a form has a few hundred; a filled column to the end of
the sheet would otherwise be a million)."""
MAX_COLUMNS = 1_024
"""Columns read from one row at most (a form has seven)."""
MAX_CELLS = 2_000_000
"""Cells read from one sheet at most (rows × columns as read): repeated rows and columns in a
40 KB .ods can otherwise claim billions."""
MAX_SHEET_ELEMENTS = 2_000_000
"""XML elements in a workbook's sheets at most — cells (empty ones included), their values, rows —
counted in the unzipped XML before it is parsed, whatever their prefix: the workbook libraries
build a whole row, or a whole .ods, before a row can be cut, so a 44 KB file of one row of ten
million empty cells took 44 s and 6 GB. A form of 100,000 rows of nine filled cells has 1.9
million; read twice (values, then formulas), it takes about 11 s."""


@dataclass
class Sheet:
    """One sheet: its name, its rows as text (row 1 first), and what could not be read."""

    name: str
    rows: list[list[str]] = field(default_factory=list)
    problems: list[tuple[int, int, Msg]] = field(default_factory=list)  # (row, column, message), 1-based
    warnings: list[tuple[int, int, Msg]] = field(default_factory=list)  # what was left out, named
    cells: int = 0

    def add(self, row: list[str]) -> bool:
        """Keep a row (cut at MAX_COLUMNS); False, with a warning, once the sheet holds MAX_CELLS."""
        number = len(self.rows) + 1
        if len(row) > MAX_COLUMNS:
            if any(row[MAX_COLUMNS:]):
                message = Msg("cells past column {limit:,}, the most a row may have, were not read", limit=MAX_COLUMNS)
                self.warnings.append((number, MAX_COLUMNS + 1, message))
            del row[MAX_COLUMNS:]
        self.cells += max(len(row), 1)
        if self.cells > MAX_CELLS:
            message = Msg("rows from here on were not read: the sheet holds more than {limit:,} cells", limit=MAX_CELLS)
            self.warnings.append((number, 1, message))
            return False
        self.rows.append(row)
        return True


class WorkbookError(Exception):
    """The file is not a workbook that can be read at all; its argument says why (a Msg)."""


def damage(exc: BaseException) -> Msg:
    """What a reading library's error says about the file, in the user's language: never the
    library's English sentence (its kind is kept, in brackets, for whoever maintains the tool)."""
    if isinstance(exc, zipfile.BadZipFile):
        return Msg("its zip structure is damaged (the file is cut short, or not an .xlsx)")
    if isinstance(exc, KeyError):
        return Msg("a part every workbook holds is missing")
    if isinstance(exc, ElementTree.ParseError) or type(exc).__name__ == "XMLSyntaxError":
        return Msg("its XML is damaged")
    if isinstance(exc, OSError):
        return Msg("the file could not be read ({why})", why=exc.strerror or type(exc).__name__)
    return Msg("the spreadsheet library does not recognise it ({kind})", kind=type(exc).__name__)


class WorkbookTooLarge(WorkbookError):
    """The workbook holds more than zhanxin reads; its argument says which limit (a Msg), whole."""


class EncryptedWorkbook(WorkbookError):
    """The workbook is protected by a password (an OLE2 file holding an EncryptedPackage)."""


ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
"""The stream an encrypted Office file keeps its workbook in, as its OLE2 directory names it."""


def read_sheets(path: Path, kind: str) -> list[Sheet]:
    """Every sheet of a workbook, as text rows all as wide as the sheet's widest (a spreadsheet
    leaves trailing empty cells out)."""
    try:
        if kind == "xls" and ENCRYPTED in path.read_bytes():
            raise EncryptedWorkbook(str(path))
        if kind == "xls":
            sheets = _xls(path)
        elif kind == "ods" or _is_ods(path):
            _refuse_too_many_cells(path, "ods")
            sheets = _ods(path)
        else:
            _refuse_too_many_cells(path, "xlsx")
            sheets = _xlsx(path)
    except WorkbookError:
        raise
    except Exception as exc:  # every library's own error for a damaged file, said in words
        raise WorkbookError(damage(exc)) from None
    for sheet in sheets:
        width = min(max((len(row) for row in sheet.rows), default=0), MAX_COLUMNS)
        for row in sheet.rows:
            row.extend([""] * (width - len(row)))
    return sheets


def _refuse_too_many_cells(path: Path, kind: str) -> None:
    """Refuse a workbook whose sheets hold more than MAX_SHEET_ELEMENTS elements, before parsing."""
    sheets = "content.xml" if kind == "ods" else "xl/worksheets/"
    if xml_elements_beyond(path, lambda name: name.startswith(sheets), MAX_SHEET_ELEMENTS):
        why = (
            "the workbook's sheets hold more than {limit:,} cells, values and rows, the most zhanxin reads: "
            "delete the empty rows and columns past the figures, or save the sheet as CSV"
        )
        raise WorkbookTooLarge(Msg(why, limit=MAX_SHEET_ELEMENTS))


def _is_ods(path: Path) -> bool:
    with zipfile.ZipFile(path) as z:
        return "content.xml" in z.namelist() and "xl/workbook.xml" not in z.namelist()


def number_text(value: float, percent: bool = False) -> str:
    """A number as a person would type it: 108.6, 21.3% (a percent-formatted 0.213), 1200."""
    if percent:
        return f"{value * 100:.12g}%"
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.15g}"


def is_percent_format(number_format: str) -> bool:
    """Does a cell's number format show its value × 100 with a percent sign (0.0%)? A percent
    sign in quotes or escaped ("%" or \\%) is only text: the value is shown as it is."""
    bare = re.sub(r'"[^"]*"|\\.', "", number_format)
    return "%" in bare


def date_text(value: dt.date) -> str:
    """A date cell as the month it names (figures are monthly)."""
    return f"{value.year}-{value.month:02d}"


# ── .xlsx (openpyxl) ────────────────────────────────────────────────────────
def _xlsx(path: Path) -> list[Sheet]:
    import warnings

    # openpyxl says in English what it cannot read (a date serial out of range becomes #VALUE!),
    # on stderr; the cell is then reported here, located and in the user's language
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _xlsx_sheets(path)


def _xlsx_sheets(path: Path) -> list[Sheet]:
    import openpyxl

    data = path.read_bytes()  # read once, so that no file handle outlives the read (openpyxl keeps its own)
    values = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False, read_only=True)
    sheets = []
    try:
        for sheet_values, sheet_formulas in zip(values.worksheets, formulas.worksheets, strict=True):
            sheet = Sheet(sheet_values.title)
            # the cells really present, never the declared <dimension>: a stale one (A1:G4) would drop
            # the cells below it, a stray cell at XFD1048576 pad every row to 16,384 cells
            sheet_values.reset_dimensions()
            sheet_formulas.reset_dimensions()
            rows = zip(sheet_values.iter_rows(), sheet_formulas.iter_rows(), strict=False)
            for number, (row, formula_row) in enumerate(rows, start=1):
                if number <= MAX_ROWS:
                    if not sheet.add(
                        [_xlsx_text(sheet, number, cell, f) for cell, f in zip(row, formula_row, strict=False)]
                    ):
                        break
                elif _beyond(sheet, number, row):  # nothing past the limit dropped silently
                    break
            sheets.append(sheet)
    finally:
        values.close()
        formulas.close()
    return sheets


def _beyond(sheet: Sheet, number: int, row: Any) -> bool:
    """A value in a row past MAX_ROWS: named in a warning (the rows above it are read)."""
    for column, cell in enumerate(row, start=1):
        if getattr(cell, "value", None) not in (None, ""):
            message = Msg("a value past row {limit:,}, the most a sheet may have, was not read", limit=MAX_ROWS)
            sheet.warnings.append((number, column, message))
            return True
    return False


def _xlsx_text(sheet: Sheet, row: int, cell: Any, formula: Any) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        if isinstance(getattr(formula, "value", None), str) and str(formula.value).startswith("="):
            column = int(getattr(cell, "column", None) or getattr(formula, "column", None) or 1)
            sheet.problems.append(
                (row, column, Msg("a formula with no saved value: open the file in Excel or WPS and save it again"))
            )
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.time):  # a time cell: said as a time, never read as a number and a unit
        return value.isoformat(timespec="seconds")
    if isinstance(value, (int, float)):
        return number_text(value, is_percent_format(str(getattr(cell, "number_format", ""))))
    if isinstance(value, (dt.datetime, dt.date)):
        return date_text(value)
    return str(value)


# ── .xls (xlrd) ─────────────────────────────────────────────────────────────
def _xls(path: Path) -> list[Sheet]:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    sheets = []
    try:
        for index in range(book.nsheets):
            raw = book.sheet_by_index(index)
            sheet = Sheet(raw.name)
            for r in range(min(raw.nrows, MAX_ROWS)):  # an .xls holds at most 65,536 rows of 256 cells
                if not sheet.add([_xls_text(book, raw, r, c) for c in range(raw.ncols)]):
                    break  # past MAX_CELLS: named in the sheet's warnings, as for .xlsx and .ods
            sheets.append(sheet)
    finally:
        book.release_resources()
    return sheets


def _xls_text(book: Any, raw: Any, r: int, c: int) -> str:
    import xlrd

    cell = raw.cell(r, c)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        return date_text(xlrd.xldate_as_datetime(cell.value, book.datemode))
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        xf = book.xf_list[raw.cell_xf_index(r, c)]
        fmt = book.format_map.get(xf.format_key)
        return number_text(cell.value, fmt is not None and is_percent_format(fmt.format_str))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    return str(cell.value)


# ── .ods (zipped XML) ───────────────────────────────────────────────────────
_NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def _ods(path: Path) -> list[Sheet]:
    with zipfile.ZipFile(path) as z, z.open("content.xml") as content:
        root = ElementTree.parse(content).getroot()
    sheets = []
    for table in root.iter(_q("table", "table")):
        sheet = Sheet(table.get(_q("table", "name"), "Sheet"))
        for cells in _ods_rows(table):
            if not sheet.add(cells) or len(sheet.rows) >= MAX_ROWS:
                break
        while sheet.rows and not any(sheet.rows[-1]):  # the repeated empty rows to the sheet's end
            sheet.rows.pop()
        sheets.append(sheet)
    return sheets


def _ods_rows(table: ElementTree.Element) -> Iterator[list[str]]:
    for row in table.iter(_q("table", "table-row")):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (_q("table", "table-cell"), _q("table", "covered-table-cell")):
                continue
            repeat = _count(cell.get(_q("table", "number-columns-repeated")), MAX_COLUMNS + 1 - len(cells))
            cells.extend([_ods_text(cell)] * repeat)
            if len(cells) > MAX_COLUMNS:
                break  # one past the limit: Sheet.add names what was cut if it held a value
        while cells and not cells[-1]:
            cells.pop()
        repeat = _count(row.get(_q("table", "number-rows-repeated")), MAX_ROWS)
        for _ in range(repeat if cells else min(repeat, 2)):
            yield list(cells)


def _count(text: str | None, most: int) -> int:
    """A repeat count of the OpenDocument XML, 1 when it is not a number, at most ``most``."""
    try:
        return max(1, min(int(text or "1"), most))
    except ValueError:
        return 1


def _ods_text(cell: ElementTree.Element) -> str:
    kind = cell.get(_q("office", "value-type"))
    value = cell.get(_q("office", "value"))
    if kind in ("float", "currency") and value is not None:
        return number_text(float(value))
    if kind == "percentage" and value is not None:
        return number_text(float(value), percent=True)
    if kind == "date":
        stamp = cell.get(_q("office", "date-value"), "")
        return stamp[:7] if len(stamp) >= 7 else stamp
    if kind == "boolean":
        return "TRUE" if cell.get(_q("office", "boolean-value")) == "true" else "FALSE"
    return "\n".join("".join(p.itertext()) for p in cell.iter(_q("text", "p")))
