"""CSV output that opens cleanly in Excel and WPS.

UTF-8 with a byte-order mark (so Excel detects the encoding), CRLF line ends, plain
numbers (no thousands separators), and text cells that a spreadsheet would take for a
formula (starting with ``= + - @``, a tab or CR) prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from ..i18n import Lang
from ..plan.model import Plan
from ..progress.history import TargetHistory
from ..progress.status import Report
from .view import TableView, bureau_view, history_long_view, industry_view, target_view

Cell = str | int | float | bool | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SIGNED_NUMBER = re.compile(r"[+-]\d[\d,]*(?:\.\d+)?%?")


def safe_cell(value: Cell) -> Cell:
    """Neutralise a text cell that a spreadsheet would run as a formula.

    Numbers pass unchanged, also when written as text with a sign ("+6.7", "-12.5%").
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _SIGNED_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(rows: Sequence[Sequence[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if c is None else c for c in (safe_cell(c) for c in row)])
    return "\ufeff" + buffer.getvalue()


def table(view: TableView) -> str:
    """The view's data columns: one header row, one row per view row."""
    columns = view.for_data
    rows: list[list[Cell]] = [[c.csv_heading for c in columns]]
    rows.extend([row[c.key].value for c in columns] for row in view.rows)
    return write_csv(rows)


def render_status(report: Report, by: str, lang: Lang = Lang.zh) -> str:
    """One table: ``by`` is target (default), industry or bureau."""
    views = {"industry": industry_view, "bureau": bureau_view}
    return table(views.get(by, target_view)(report, lang))


def render_history(plan: Plan, paths: Sequence[TargetHistory], lang: Lang = Lang.zh) -> str:
    """Long format: one row per target and month."""
    return table(history_long_view(plan, paths, lang))
