"""Terminal tables (rich): lays out the views of :mod:`~zhanxin_cli.render.view`. Only this
module imports rich.

rich measures wide (CJK) characters, so columns stay aligned; colours are styles that
are dropped when the output is not a terminal or ``NO_COLOR`` is set.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..figures import Period
from ..history import Change, TargetHistory
from ..labels import Lang
from ..plan import Plan
from ..progress import Report
from .view import (
    Cell,
    Span,
    StatusView,
    TableView,
    history_detail_view,
    history_title,
    history_view,
    status_view,
    targets_view,
)

STYLES = {
    "met": "bold green",
    "on_track": "green",
    "pending": "cyan",
    "behind": "yellow",
    "off_track": "bold red",
    "missed": "bold white on red",
    "no_data": "dim",
    "likely": "green",
    "at_risk": "yellow",
    "unlikely": "red",
    "newly_met": "bold green",
    "improved": "green",
    "worsened": "red",
    "newly_stale": "dim",
    "done": "green",
    "in_progress": "cyan",
    "not_started": "yellow",
    "alarm": "bold red",
    "ensure": "bold",
    "strive": "dim",
    "dim": "dim",
    "bold": "bold",
}


def text_of(spans: Sequence[Span]) -> Text:
    text = Text()
    for span in spans:
        if not span.words:  # colour says it here
            text.append(span.text, style=STYLES.get(span.style, ""))
    return text


def cell_text(cell: Cell) -> Text:
    text = text_of(cell.spans)
    if cell.detail is not None:
        text.append("\n" + cell.detail.text, style=STYLES.get(cell.detail.style, ""))
    return text


def table_of(view: TableView, *, title: bool = True) -> Table:
    """A rich table of the view's columns for people."""
    table = Table(title=view.title or None, title_justify="left") if title else Table()
    columns = view.for_people
    for c in columns:
        table.add_column(c.heading, justify=c.align, no_wrap=not c.wrap, overflow="fold")
    for row in view.rows:
        table.add_row(*(cell_text(row[c.key]) for c in columns))
    return table


def status_renderables(view: StatusView) -> list[RenderableType]:
    lines: list[RenderableType] = [Text(view.title, style="bold")]
    if view.selection:
        lines.append(Text(view.selection))
    lines.append(text_of(view.summary))
    if view.task_summary:
        lines.append(text_of(view.task_summary))
    lines.extend(text_of(alarm) for alarm in view.alarms)
    lines.append(Text(""))
    return [Group(*lines), *(table_of(t) for t in view.tables)]


def history_renderables(
    plan: Plan, as_of: Period, paths: Sequence[TargetHistory], *, detailed: bool, lang: Lang = Lang.zh
) -> list[RenderableType]:
    """A matrix of all targets by month, or (``detailed``) one table per target."""
    title = Text(history_title(plan, as_of, lang), style="bold")
    if not detailed:
        return [title, table_of(history_view(plan, paths, lang), title=False)]
    return [title, *(table_of(history_detail_view(plan, h, lang)) for h in paths)]


def to_text(parts: Sequence[RenderableType], width: int, color: bool) -> str:
    """Lay renderables out at ``width`` columns; ANSI colours only when ``color``."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        legacy_windows=False,
        highlight=False,
    )
    for part in parts:
        console.print(part)
    return buffer.getvalue()


def render_status(
    report: Report,
    tables: Sequence[str],
    lang: Lang = Lang.zh,
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
    *,
    width: int = 200,
    color: bool = False,
) -> str:
    view = status_view(report, tables, lang, changes, compared_to)
    return to_text(status_renderables(view), width, color)


def render_history(
    plan: Plan,
    as_of: Period,
    paths: Sequence[TargetHistory],
    lang: Lang = Lang.zh,
    *,
    detailed: bool = False,
    width: int = 200,
    color: bool = False,
) -> str:
    return to_text(history_renderables(plan, as_of, paths, detailed=detailed, lang=lang), width, color)


def render_targets(plan: Plan, lang: Lang = Lang.zh, *, width: int = 200, color: bool = False) -> str:
    return to_text([table_of(targets_view(plan, lang))], width, color)
