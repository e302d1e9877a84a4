"""Terminal tables (rich): lays out the views of :mod:`~zhanxin_cli.render.view`. Only this
module imports rich.

rich measures wide (CJK) characters, so columns stay aligned; colours are styles that
are dropped when the output is not a terminal or ``NO_COLOR`` is set.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rich.cells import cell_len
from rich.color import ColorSystem
from rich.console import Console, Group, RenderableType
from rich.control import strip_control_codes
from rich.default_styles import DEFAULT_STYLES
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Span as RichSpan
from rich.text import Text

from ..figures.cells import Period
from ..i18n import Lang
from ..plan.model import Plan
from ..progress.history import Change, TargetHistory
from ..progress.status import Report
from .view import (
    Cell,
    Column,
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
    "overdue": "bold magenta",
    "awaiting": "magenta",
    "expired": "dim magenta",
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


Run = tuple[str, str]
"""A run of text in one terminal style ("" for none), as rich writes it: one span of a cell."""


@dataclass
class Line:
    """A line as a rich Text holds it: its text, a base style, and the styled spans (start, end,
    style) in the order they were added, made by the same appends (control codes dropped as
    rich drops them). Without rich's bookkeeping: a 5,000-row narrow table makes 60,000 of them.
    :meth:`text` is the rich Text."""

    plain: str = ""
    style: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def append(self, text: str, style: str = "") -> Line:
        """As ``Text.append`` of a string."""
        text = strip_control_codes(text)
        if text:
            start = len(self.plain)
            self.plain += text
            if style:
                self.spans.append((start, start + len(text), style))
        return self

    def append_line(self, other: Line) -> Line:
        """As ``Text.append_text``: the other line's base style becomes a span."""
        start = len(self.plain)
        if other.style:
            self.spans.append((start, start + len(other.plain), other.style))
        self.plain += other.plain
        self.spans.extend((a + start, b + start, style) for a, b, style in other.spans)
        return self

    @property
    def cell_len(self) -> int:
        return cell_len(self.plain)

    def text(self) -> Text:
        return Text(self.plain, style=self.style, spans=[RichSpan(*span) for span in self.spans])


def _runs_of(spans: Sequence[Span]) -> list[Run]:
    """What spans show in a terminal: each one's text in its style (spans that put colour into
    words, for formats without colour, are left out: colour says it here)."""
    return [(span.text, STYLES.get(span.style, "")) for span in spans if not span.words]


def _cell_runs(cell: Cell) -> list[Run]:
    """A cell's runs, its detail on a line of its own."""
    runs = _runs_of(cell.spans)
    if cell.detail is not None:
        runs.append(("\n" + cell.detail.text, STYLES.get(cell.detail.style, "")))
    return runs


def _line(runs: Sequence[Run]) -> Line:
    line = Line()
    for text, style in runs:
        line.append(text, style)
    return line


def line_of(spans: Sequence[Span]) -> Line:
    return _line(_runs_of(spans))


def text_of(spans: Sequence[Span]) -> Text:
    return line_of(spans).text()


def cell_text(cell: Cell) -> Text:
    return _line(_cell_runs(cell)).text()


WRAP_FLOOR = 24
"""The narrowest a wrapping column (a name) may become in a wide table: 12 Chinese characters."""


CellLine = tuple[list[Run], int]
"""A line of a cell: its runs and its width in columns."""


@dataclass(frozen=True)
class Measured:
    """A table's cells as measured lines of styled runs, and each column's widest line (heading
    included). ``awkward``: some text holds a tab or a control character, which rich expands or
    drops: the fast layouts leave such a table to rich."""

    rows: list[list[list[CellLine]]]
    widest: list[int]
    awkward: bool

    @classmethod
    def of(cls, view: TableView) -> Measured:
        columns = view.for_people
        widest = [cell_len(c.heading) for c in columns]
        awkward = False
        rows = []
        for row in view.rows:
            cells = []
            for i, c in enumerate(columns):
                lines = []
                for runs in _cell_lines(row[c.key]):
                    plain = "".join(text for text, _ in runs)
                    size = cell_len(plain)
                    awkward = awkward or _AWKWARD.search(plain) is not None
                    widest[i] = max(widest[i], size)
                    lines.append((runs, size))
                cells.append(lines)
            rows.append(cells)
        return cls(rows, widest, awkward)


_AWKWARD = re.compile(r"[\x00-\x1f\x7f]")


def natural_width(view: TableView, measured: Measured | None = None) -> int:
    """The columns a wide table needs without crushing its names: every column as wide as its
    widest line, a wrapping one down to WRAP_FLOOR, plus borders and padding (CJK is two wide)."""
    widest = (measured or Measured.of(view)).widest
    wraps = [c.wrap for c in view.for_people]
    return 1 + sum((min(w, WRAP_FLOOR) if wrap else w) + 3 for w, wrap in zip(widest, wraps, strict=True))


INDENT = 4


Block = tuple[int, Line]
"""A line of the narrow layout and its indent."""


def blocks_of(view: TableView, width: int) -> list[Block]:
    """The narrow layout: one block per row, its title columns on a line, then the other
    columns as "heading value" pairs, packed into indented lines that never split a pair
    unless it is wider than the line by itself (nothing is ever cut)."""
    parts: list[Block] = []
    if view.title:
        parts.append((0, Line(style="bold").append(view.title)))
    columns = view.for_people
    titles = [c for c in columns if c.title]
    for row in view.rows:
        head = Line(style="bold")
        for c in titles:
            shown = line_of(row[c.key].spans)
            if shown.plain:
                if head.plain:
                    head.append(" ")
                head.append_line(shown)
        parts.append((0, head))
        pairs: list[Line] = []
        extra: list[Line] = []
        for c in columns:
            cell = row[c.key]
            if c.title or not cell.spans:
                continue
            if "\n" in cell.text():  # several lines (headline figures): each on its own
                extra.extend(line_of(line) for line in _split_lines(cell.spans))
                continue
            pair = Line(style="dim").append(f"{c.heading} ").append_line(line_of(cell.spans))
            if cell.detail is not None:
                pair.append(f" ({cell.detail.text})", STYLES.get(cell.detail.style, ""))
            pairs.append(pair)
        lines = [*_pack(pairs, width - INDENT), *extra]
        parts.extend((INDENT, line) for line in lines)
    return parts


def blocks_group(blocks: Sequence[Block]) -> Group:
    """The narrow layout for rich to lay out (and wrap)."""
    return Group(
        *(Padding(line.text(), (0, 0, 0, indent), expand=False) if indent else line.text() for indent, line in blocks)
    )


def block_lines(blocks: Sequence[Block], width: int, *, color: bool = False) -> str | None:
    """The narrow layout exactly as rich lays it out when no line needs wrapping; None when
    one does (rich lays it out)."""
    out = []
    for indent, line in blocks:
        size = line.cell_len
        if indent + size > width or "\n" in line.plain:
            return None
        if indent and not size:  # rich pads nothing into no line at all
            continue
        out.append(" " * indent + (_painted(line) if color else line.plain))
    return "".join(f"{line}\n" for line in out)


def _painted(line: Line) -> str:
    """A line in colour, as rich prints its Text (Text.render after its lines are joined, which
    makes the base style the first span): each stretch between span edges in the styles of the
    spans over it, combined in span order, with one style cache for the whole table (rich keeps
    one per call: a third of a 5,000-row narrow table's time)."""
    text = line.plain
    spans = [(0, len(text), line.style), *line.spans] if line.style else line.spans
    if not spans:
        return text
    cuts = sorted({0, len(text), *[a for a, _, _ in spans], *[b for _, b, _ in spans]})
    out = []
    for a, b in itertools.pairwise(cuts):  # a stretch is under the spans that start at or before it and end after
        key = tuple([style for start, end, style in spans if start <= a < end])
        if key:
            before, after = _codes_of(key)
            out.append(before + text[a:b] + after)
        else:
            out.append(text[a:b])
    return "".join(out)


@functools.cache
def _codes_of(styles: tuple[str | Style, ...]) -> tuple[str, str]:
    """What rich writes around a stretch under these spans' styles, combined in span order."""
    lookup = _style_lookup()
    return _codes(Style.combine(lookup.get_style(style, default=Style.null()) for style in styles))


@functools.cache
def _style_lookup() -> Console:
    """A console whose theme Text.render looks styles up in (rich's default theme, as to_text's)."""
    return Console(file=io.StringIO(), color_system="standard", force_terminal=True, legacy_windows=False, height=25)


def _pack(pairs: Sequence[Line], width: int) -> list[Line]:
    """Pairs joined by " · " into lines of at most ``width`` columns (the pairs are used up:
    a line is its first pair, the others appended to it)."""
    lines: list[Line] = []
    used = 0  # columns of the last line
    for pair in pairs:
        size = pair.cell_len
        if lines and used + 3 + size <= width:
            lines[-1].append(" · ")
            lines[-1].append_line(pair)
            used += 3 + size
        else:
            lines.append(pair)
            used = size
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
    return [line.text() for line in _pack([line_of(p) for p in parts if p], width)]


def _split_lines(spans: Sequence[Span]) -> list[list[Span]]:
    lines: list[list[Span]] = [[]]
    for span in spans:
        if span.text == "\n":
            lines.append([])
        else:
            lines[-1].append(span)
    return lines


def layout(view: TableView, width: int, *, title: bool = True, color: bool = False) -> RenderableType | str:
    """The wide table where it fits in ``width`` columns, else the narrow blocks.

    Both are drawn here, in linear time, exactly as rich would lay them out (:func:`plain_table`,
    :func:`block_lines`; tests compare the two byte for byte, in colour and without): rich
    measures and renders every cell, seconds for a 5,000-row table. What those leave to rich
    (a column that may not wrap squeezed, a narrow line too long, tabs or control characters)
    rich lays out."""
    measured = Measured.of(view)
    if natural_width(view, measured) > width:
        blocks = blocks_of(view, width)
        laid_out = None if measured.awkward else block_lines(blocks, width, color=color)
        return laid_out if laid_out is not None else blocks_group(blocks)
    plain = plain_table(view, width, title=title, measured=measured, color=color)
    if plain is not None:
        return plain
    return table_of(view, title=title)


def _cell_lines(cell: Cell) -> list[list[Run]]:
    """A cell's lines of styled runs, as :func:`cell_text` makes them, without making a rich Text."""
    lines: list[list[Run]] = [[]]
    for text, style in _cell_runs(cell):
        first, *rest = text.split("\n")
        if first:
            lines[-1].append((first, style))
        for part in rest:
            lines.append([(part, style)] if part else [])
    return lines


_STANDARD = ColorSystem.STANDARD


@functools.cache
def _codes(style: str | Style) -> tuple[str, str]:
    """What rich writes around a run of text in ``style`` on a 16-colour terminal."""
    parsed = style if isinstance(style, Style) else Style.parse(style)
    before, _, after = parsed.render("\0", color_system=_STANDARD).partition("\0")
    return before, after


def _paint(text: str, style: str | Style | None, color: bool) -> str:
    if not (color and text and style):
        return text
    before, after = _codes(style)
    return before + text + after


_BOX = {"top": tuple("┏━┳┓"), "rule": tuple("┡━╇┩"), "bottom": tuple("└─┴┘")}
"""rich's HEAVY_HEAD box, as rich draws a table: left edge, line, divider, right edge."""


def plain_table(
    view: TableView, width: int, *, title: bool = True, measured: Measured | None = None, color: bool = False
) -> str | None:
    """The table exactly as rich lays it out, without rich's per-cell rendering: a 5,000-row
    table in a fraction of a second. Every column is as wide as its widest line when that fits
    in ``width``; otherwise rich's own column widths are taken (from a one-row table with the
    same columns) and only the cells too wide for their wrapping column are wrapped, by rich's
    Text.wrap. In colour as rich writes it: every run of a style wrapped in its codes, the
    heading row bold, the title italic. None when rich would squeeze a column that may not
    wrap, or the text holds what rich would change (rich lays the table out)."""
    columns = view.for_people
    measured = measured or Measured.of(view)
    fitted = measured.widest if sum(measured.widest) + 3 * len(columns) + 1 <= width else None
    widths = fitted or _rich_widths(columns, measured.widest, width)
    if widths is None:
        return None
    total = sum(widths) + 3 * len(columns) + 1
    if measured.awkward or total > width or (title and view.title and cell_len(view.title) > total) or 0 in widths:
        return None  # (rich draws an empty column its own way)
    right = [c.align == "right" for c in columns]
    heading, caption = DEFAULT_STYLES["table.header"], DEFAULT_STYLES["table.title"]

    def rule(kind: str) -> str:
        left, line, divider, end = _BOX[kind]
        return left + divider.join(line * (w + 2) for w in widths) + end

    def cell_of(line: CellLine | Line, w: int, r: bool) -> str:
        if isinstance(line, Line):  # wrapped and aligned by rich
            return f" {_painted(line) if color else line.plain} "
        runs, size = line
        if r and runs and runs[-1][0][-1:].isspace():  # rich strips a right-aligned line's trailing
            runs = _rstrip(runs)  # blanks before aligning it
            size = sum(cell_len(text) for text, _ in runs)
        pad = " " * (w - size)
        shown = "".join(_paint(text, style, color) for text, style in runs)
        return f" {pad}{shown} " if r else f" {shown}{pad} "

    def heading_of(text: str, w: int, r: bool) -> str:
        text = text.rstrip() if r else text
        pad = " " * (w - cell_len(text))
        edge = _paint(" ", heading, color)
        return edge + _paint(pad + text if r else text + pad, heading, color) + edge

    padded = view.title + " " * (total - cell_len(view.title)) if color else view.title  # rich pads it, then
    out = [_paint(padded, caption, color)] if title and view.title else []  # to_text strips a plain line
    out += [rule("top"), "┃" + "┃".join(map(heading_of, [c.heading for c in columns], widths, right)) + "┃"]
    out.append(rule("rule"))
    blank: CellLine = ([], 0)
    for row, cells in zip(view.rows, measured.rows, strict=True):
        laid: list[Sequence[CellLine | Line]] = [
            _wrapped(row[c.key], w, c.align) if any(size > w for _, size in lines) else lines
            for c, lines, w in zip(columns, cells, widths, strict=True)
        ]
        for n in range(max(len(lines) for lines in laid)):
            texts = [lines[n] if n < len(lines) else blank for lines in laid]
            out.append("│" + "│".join(map(cell_of, texts, widths, right)) + "│")
    out.append(rule("bottom"))
    return "\n".join(out) + "\n"


def _rich_widths(columns: Sequence[Column], widest: Sequence[int], width: int) -> list[int] | None:
    """The widths rich gives the columns of a table that does not fit unwrapped in ``width``:
    rich reckons them from each column's widest line alone, so a table of one row holding a
    line that wide in each column gets the same widths (read off its top border). None when a
    column that may not wrap would be squeezed."""
    proxy = Table()
    for c in columns:
        proxy.add_column("", justify=c.align, no_wrap=not c.wrap, overflow="fold")
    proxy.add_row(*("x" * w for w in widest))
    border = to_text([proxy], width, color=False).split("\n", 1)[0]
    widths = [len(part) - 2 for part in border[1:-1].split("┳")]
    if not border.startswith("┏") or len(widths) != len(columns):
        return None
    if any(w < most and not c.wrap for c, w, most in zip(columns, widths, widest, strict=True)):
        return None
    return widths


def _wrapped(cell: Cell, width: int, align: str) -> list[Line]:
    """A cell's lines as rich wraps and aligns them in a column ``width`` wide."""
    lines = cell_text(cell).wrap(_style_lookup(), width, justify=align, overflow="fold")  # type: ignore[arg-type]
    return [Line(t.plain, str(t.style), [(s.start, s.end, str(s.style)) for s in t.spans]) for t in lines]


def _rstrip(runs: Sequence[Run]) -> list[Run]:
    kept = list(runs)
    while kept:
        text, style = kept[-1]
        stripped = text.rstrip()
        if stripped:
            kept[-1] = (stripped, style)
            break
        kept.pop()
    return kept


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
    lines.extend(text_of(line) for line in view.unreported)
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
        height=25,  # with a width alone, rich lays a TERM=dumb terminal out at 80 columns
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
