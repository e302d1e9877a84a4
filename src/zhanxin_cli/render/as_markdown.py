"""Markdown output, for reports and chat: the headline and pipe tables, laid out from the views.

Cells are escaped (``|``, newlines) and, like CSV, a text cell starting with
``= + - @`` is prefixed with an apostrophe so that a table pasted into a spreadsheet
cannot run a formula. Markdown has no colour, so a status shown by colour alone in the
terminal is written in words here.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures.cells import Period
from ..i18n import Lang
from ..plan.model import Plan
from ..progress.history import Change, TargetHistory
from ..progress.status import Report
from .as_csv import safe_cell
from .view import Cell, Span, TableView, history_title, history_view, status_view


def cell(text: object) -> str:
    value = safe_cell(str(text))
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def plain(spans: Sequence[Span]) -> str:
    return "".join(s.text for s in spans)


def cell_text(cell: Cell) -> str:
    text = cell.text(words=True)
    if cell.detail is not None:
        text += f" ({cell.detail.text})"
    return text


def table(view: TableView) -> str:
    columns = view.for_people
    lines = ["| " + " | ".join(cell(c.heading) for c in columns) + " |"]
    lines.append("| " + " | ".join("---:" if c.align == "right" else "---" for c in columns) + " |")
    lines.extend("| " + " | ".join(cell(cell_text(row[c.key])) for c in columns) + " |" for row in view.rows)
    return "\n".join(lines) + "\n"


def render_status(
    report: Report,
    tables: Sequence[str],
    lang: Lang = Lang.zh,
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
) -> str:
    view = status_view(report, tables, lang, changes, compared_to)
    out = [f"# {view.title}\n"]
    if view.selection:
        out.append(view.selection + "\n")
    summary = plain(view.summary)
    if view.task_summary:
        summary += "  \n" + plain(view.task_summary)
    out.append(summary + "\n")
    out.extend(f"> **{alarm[0].text}**{plain(alarm[1:])}\n" for alarm in view.alarms)
    out.extend(f"> {line[0].text}{plain(line[1:])}\n" for line in view.unreported)
    out.extend(f"## {t.title}\n\n" + table(t) for t in view.tables)
    return "\n".join(out)


def render_history(plan: Plan, as_of: Period, paths: Sequence[TargetHistory], lang: Lang = Lang.zh) -> str:
    """A month-by-month matrix: completion % and status per month, a sparkline, the projection."""
    return f"# {history_title(plan, as_of, lang)}\n\n" + table(history_view(plan, paths, lang))
