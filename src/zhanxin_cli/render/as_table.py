"""Terminal tables (rich): lays out the views of :mod:`~zhanxin_cli.render.view`. Only this
module imports rich.

rich measures wide (CJK) characters, so columns stay aligned; colours are styles that
are dropped when the output is not a terminal or ``NO_COLOR`` is set.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..catalogue import Lang
from ..figures import Period
from ..history import Change, TargetHistory
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
    "awaiting": "magenta",
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


WRAP_FLOOR = 24
"""The narrowest a wrapping column (a name) may become in a wide table: 12 Chinese characters."""


@dataclass(frozen=True)
class Measured:
    """A table's cells as lines of plain text, and each column's widest line (heading included)."""

    rows: list[list[list[str]]]
    widest: list[int]

    @classmethod
    def of(cls, view: TableView) -> Measured:
        columns = view.for_people
        rows = [[_plain_lines(row[c.key]) for c in columns] for row in view.rows]
        widest = [cell_len(c.heading) for c in columns]
        for cells in rows:
            for i, lines in enumerate(cells):
                for line in lines:
                    length = cell_len(line)
                    widest[i] = max(widest[i], length)
        return cls(rows, widest)


def natural_width(view: TableView, measured: Measured | None = None) -> int:
    """The columns a wide table needs without crushing its names: every column as wide as its
    widest line, a wrapping one down to WRAP_FLOOR, plus borders and padding (CJK is two wide)."""
    widest = (measured or Measured.of(view)).widest
    wraps = [c.wrap for c in view.for_people]
    return 1 + sum((min(w, WRAP_FLOOR) if wrap else w) + 3 for w, wrap in zip(widest, wraps, strict=True))


INDENT = 4


def blocks_of(view: TableView, width: int) -> Group:
    """The narrow layout: one block per row, its title columns on a line, then the other
    columns as "heading value" pairs, packed into indented lines that never split a pair
    unless it is wider than the line by itself (nothing is ever cut)."""
    parts: list[RenderableType] = []
    if view.title:
        parts.append(Text(view.title, style="bold"))
    columns = view.for_people
    titles = [c for c in columns if c.title]
    for row in view.rows:
        head = Text(style="bold")
        for c in titles:
            shown = text_of(row[c.key].spans)
            if shown:
                head.append_text(shown if not head else Text(" ") + shown)
        parts.append(head)
        pairs: list[Text] = []
        extra: list[Text] = []
        for c in columns:
            cell = row[c.key]
            if c.title or not cell.spans:
                continue
            if "\n" in cell.text():  # several lines (headline figures): each on its own
                extra.extend(text_of(line) for line in _split_lines(cell.spans))
                continue
            pair = Text(f"{c.heading} ", style="dim")
            pair.append_text(text_of(cell.spans))
            if cell.detail is not None:
                pair.append(f" ({cell.detail.text})", style=STYLES.get(cell.detail.style, ""))
            pairs.append(pair)
        lines = [*_pack(pairs, width - INDENT), *extra]
        parts.extend(Padding(line, (0, 0, 0, INDENT), expand=False) for line in lines)
    return Group(*parts)


def _pack(pairs: Sequence[Text], width: int) -> list[Text]:
    """Pairs joined by " · " into lines of at most ``width`` columns."""
    lines: list[Text] = []
    for pair in pairs:
        if lines and lines[-1].cell_len + 3 + pair.cell_len <= width:
            lines[-1].append(" · ")
            lines[-1].append_text(pair)
        else:
            lines.append(pair.copy())
    return lines


def summary_lines(spans: Sequence[Span], width: int) -> list[Text]:
    """A summary ("序时进度 83.3% · 59 项指标：已达标 13 · 正常 27 …") in lines of at most
    ``width`` columns, broken only between its " · " parts, so a count never leaves its label."""
    sep = " · "
    parts: list[list[Span]] = [[]]
    for span in spans:
        if span.text == sep:
            parts.append([])
        elif span.text.endswith(sep):
            parts[-1].append(replace(span, text=span.text.removesuffix(sep)))
            parts.append([])
        else:
            parts[-1].append(span)
    return _pack([text_of(p) for p in parts if p], width)


def _split_lines(spans: Sequence[Span]) -> list[list[Span]]:
    lines: list[list[Span]] = [[]]
    for span in spans:
        if span.text == "\n":
            lines.append([])
        else:
            lines[-1].append(span)
    return lines


def layout(view: TableView, width: int, *, title: bool = True, color: bool = False) -> RenderableType | str:
    """The wide table where it fits in ``width`` columns, else the narrow blocks. Without colour,
    a table that fits with no wrapping is laid out here (:func:`plain_table`), in linear time."""
    measured = Measured.of(view)
    if natural_width(view, measured) > width:
        return blocks_of(view, width)
    if not color:
        plain = plain_table(view, width, title=title, measured=measured)
        if plain is not None:
            return plain
    return table_of(view, title=title)


def _plain_lines(cell: Cell) -> list[str]:
    """A cell's lines as :func:`cell_text` lays them out, without making a rich Text."""
    text = "".join(span.text for span in cell.spans if not span.words)
    if cell.detail is not None:
        text += "\n" + cell.detail.text
    return text.split("\n")


_BOX = {"top": tuple("┏━┳┓"), "rule": tuple("┡━╇┩"), "bottom": tuple("└─┴┘")}
"""rich's HEAVY_HEAD box, as rich draws a table: left edge, line, divider, right edge."""


def plain_table(view: TableView, width: int, *, title: bool = True, measured: Measured | None = None) -> str | None:
    """The table exactly as rich lays it out when every column is as wide as its widest line
    (the table fits in ``width`` with no wrapping), without rich's per-cell rendering: a
    5,000-row table in a fraction of a second. None when it does not fit so (rich lays it out)."""
    columns = view.for_people
    measured = measured or Measured.of(view)
    rows, widths = measured.rows, measured.widest
    total = sum(widths) + 3 * len(columns) + 1
    if total > width or (title and view.title and cell_len(view.title) > total):
        return None
    right = [c.align == "right" for c in columns]

    def rule(kind: str) -> str:
        left, line, divider, end = _BOX[kind]
        return left + divider.join(line * (w + 2) for w in widths) + end

    def line_of(texts: Sequence[str], edge: str) -> str:
        parts = []
        for text, w, r in zip(texts, widths, right, strict=True):
            pad = " " * (w - cell_len(text))
            parts.append(f" {pad}{text} " if r else f" {text}{pad} ")
        return edge + edge.join(parts) + edge

    out = [view.title] if title and view.title else []
    out += [rule("top"), line_of([c.heading for c in columns], "┃"), rule("rule")]
    for cells in rows:
        height = max(len(lines) for lines in cells)
        for n in range(height):
            out.append(line_of([lines[n] if n < len(lines) else "" for lines in cells], "│"))
    out.append(rule("bottom"))
    return "\n".join(out) + "\n"


def table_of(view: TableView, *, title: bool = True) -> Table:
    """A rich table of the view's columns for people."""
    table = Table(title=view.title or None, title_justify="left") if title else Table()
    columns = view.for_people
    for c in columns:
        table.add_column(c.heading, justify=c.align, no_wrap=not c.wrap, overflow="fold")
    for row in view.rows:
        table.add_row(*(cell_text(row[c.key]) for c in columns))
    return table


def status_renderables(view: StatusView, width: int = 200, color: bool = False) -> list[RenderableType | str]:
    lines: list[RenderableType] = [Text(view.title, style="bold")]
    if view.selection:
        lines.append(Text(view.selection))
    lines.extend(summary_lines(view.summary, width))
    if view.task_summary:
        lines.extend(summary_lines(view.task_summary, width))
    lines.extend(text_of(alarm) for alarm in view.alarms)
    lines.append(Text(""))
    return [Group(*lines), *(layout(t, width, color=color) for t in view.tables)]


def history_renderables(
    plan: Plan,
    as_of: Period,
    paths: Sequence[TargetHistory],
    *,
    detailed: bool,
    lang: Lang = Lang.zh,
    width: int = 200,
    color: bool = False,
) -> list[RenderableType | str]:
    """A matrix of all targets by month, or (``detailed``) one table per target."""
    title = Text(history_title(plan, as_of, lang), style="bold")
    if not detailed:
        return [title, layout(history_view(plan, paths, lang), width, title=False, color=color)]
    return [title, *(layout(history_detail_view(plan, h, lang), width, color=color) for h in paths)]


def to_text(parts: Sequence[RenderableType | str], width: int, color: bool) -> str:
    """Lay renderables out at ``width`` columns (text already laid out is written as it is);
    ANSI colours only when ``color``."""
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
        if isinstance(part, str):
            console.file.write(part)
        else:
            console.print(part)
    text = buffer.getvalue()
    if color:
        return text
    return "".join(line.rstrip(" ") + "\n" for line in text.splitlines())  # no padding at line ends


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
    return to_text(status_renderables(view, width, color), width, color)


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
    parts = history_renderables(plan, as_of, paths, detailed=detailed, lang=lang, width=width, color=color)
    return to_text(parts, width, color)


def render_targets(plan: Plan, lang: Lang = Lang.zh, *, width: int = 200, color: bool = False) -> str:
    return to_text([layout(targets_view(plan, lang), width, color=color)], width, color)


def wrap_lines(text: str, width: int) -> str:
    """Plain text wrapped at ``width`` columns (CJK two wide), each wrapped line keeping the
    indentation of the line it continues."""
    parts: list[RenderableType] = []
    for line in text.splitlines():
        body = line.lstrip(" ")
        parts.append(Padding(Text(body), (0, 0, 0, len(line) - len(body)), expand=False))
    return to_text(parts, width, color=False)
