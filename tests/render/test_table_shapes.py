"""Structural checks beside the golden files: in every format, every row of every table has
exactly as many cells as its header, and every output format has a writer."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.helpers import BUNDLED_PLAN, EXAMPLES, Cli
from zhanxin_cli.cli import options
from zhanxin_cli.render import formats
from zhanxin_cli.render.formats import HISTORY_WRITERS, STATUS_WRITERS, Format
from zhanxin_cli.render.view import Cell, Column, Row, Span, TableView

TABLES = ["industry", "bureau", "target"]


def test_every_format_has_one_writer_for_each_report() -> None:
    assert set(STATUS_WRITERS) == set(Format)
    assert set(HISTORY_WRITERS) == set(Format)
    assert set(formats.TARGETS_WRITERS) == set(formats.TargetsFormat)
    assert set(formats.VALIDATION_WRITERS) == set(formats.ValidateFormat)
    assert set(formats.FORM_WRITERS) == set(formats.FormFormat)


def test_the_command_lines_format_choices_are_the_registrys() -> None:
    """One registry of formats: the options take its enums, declared nowhere else."""
    assert options.Format is Format
    assert options.TargetsFormat is formats.TargetsFormat
    assert options.ValidateFormat is formats.ValidateFormat
    assert options.FormFormat is formats.FormFormat


def csv_widths(text: str) -> tuple[int, set[int]]:
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    return len(rows[0]), {len(r) for r in rows[1:]}


@pytest.mark.parametrize("by", TABLES)
def test_csv_rows_are_as_wide_as_the_header(cli: Cli, by: str) -> None:
    result = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--format", "csv", "--by", by)
    assert result.code == 0
    header, rows = csv_widths(result.out)
    assert rows == {header}, f"header {header} cells, rows {rows}"


def test_history_csv_rows_are_as_wide_as_the_header(cli: Cli) -> None:
    result = cli("history", "--plan", BUNDLED_PLAN, *EXAMPLES, "--format", "csv")
    header, rows = csv_widths(result.out)
    assert rows == {header}


def markdown_tables(text: str) -> list[list[int]]:
    """Cells per line of each pipe table (escaped pipes are not separators)."""
    tables: list[list[int]] = []
    current: list[int] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            current.append(len(re.findall(r"(?<!\\)\|", line)) - 1)
        elif current:
            tables.append(current)
            current = []
    return tables


@pytest.mark.parametrize("command", ["status", "history"])
def test_markdown_rows_are_as_wide_as_the_header(cli: Cli, command: str) -> None:
    result = cli(command, "--plan", BUNDLED_PLAN, *EXAMPLES, "--format", "markdown")
    tables = markdown_tables(result.out)
    assert tables
    for cells in tables:
        assert len(set(cells)) == 1, cells


def terminal_tables(text: str) -> list[list[int]]:
    """Column separators per line of each box-drawn table."""
    tables: list[list[int]] = []
    current: list[int] = []
    for line in [*text.splitlines(), ""]:
        first = line[:1]
        if first and first in "┃│":
            current.append(line.count("┃") + line.count("│"))
        elif first and first in "┏┡└":
            continue
        elif current:
            tables.append(current)
            current = []
    return tables


@pytest.mark.parametrize(
    "args",
    [
        ["status", *EXAMPLES],
        ["status", *EXAMPLES, "--lang", "en"],
        ["history", *EXAMPLES],
        ["targets"],
    ],
    ids=["status", "status-en", "history", "targets"],
)
def test_terminal_rows_are_as_wide_as_the_header(cli: Cli, args: list[str | Path]) -> None:
    result = cli(*args[:1], "--plan", BUNDLED_PLAN, *args[1:])
    assert result.code == 0
    tables = terminal_tables(result.out)
    assert tables
    for lines in tables:
        assert len(set(lines)) == 1, lines


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append(0)
        elif tag in ("td", "th"):
            self.tables[-1][-1] += int(dict(attrs).get("colspan") or 1)


def test_html_rows_are_as_wide_as_the_header(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert cli("report", "--plan", BUNDLED_PLAN, *EXAMPLES, "-o", out).code == 0
    parser = _Cells()
    parser.feed(out.read_text(encoding="utf-8"))
    assert len(parser.tables) >= 3
    for rows in parser.tables:
        assert len(set(rows)) == 1, rows


def test_every_status_has_a_colour_in_every_coloured_format() -> None:
    from zhanxin_cli.progress.status import STATUSES
    from zhanxin_cli.render.as_html import COLOURS
    from zhanxin_cli.render.as_table import STYLES

    assert set(STATUSES) <= set(COLOURS)
    assert set(STATUSES) <= set(STYLES)


def example_tables() -> list[TableView]:
    from zhanxin_cli import api
    from zhanxin_cli.render.view import history_detail_view, history_view, status_view, targets_view

    plan = api.load_plan(BUNDLED_PLAN)
    figures = api.read_figures(EXAMPLES, plan)
    status = api.progress(plan, figures, compare="2023-09")
    paths = api.histories(plan, figures, status.report.as_of)
    view = status_view(
        status.report, ["industry", "bureau", "target", "task"], changes=status.changes, compared_to="2023-09"
    )
    return [*view.tables, history_view(plan, paths), history_detail_view(plan, paths[9]), targets_view(plan)]


def fast_and_rich(table: TableView, width: int, color: bool) -> tuple[str | None, str]:
    """The fast layout of a table (None where it leaves the table to rich) and rich's own."""
    from zhanxin_cli.render.as_table import (
        block_lines,
        blocks_group,
        blocks_of,
        natural_width,
        plain_table,
        table_of,
        to_text,
    )

    if natural_width(table) > width:
        blocks = blocks_of(table, width)
        fast = block_lines(blocks, width, color=color)
        return (None if fast is None else to_text([fast], width, color)), to_text([blocks_group(blocks)], width, color)
    fast = plain_table(table, width, color=color)
    return (None if fast is None else to_text([fast], width, color)), to_text([table_of(table)], width, color)


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
def test_the_fast_layouts_are_exactly_what_rich_draws(color: bool) -> None:
    """The fast layouts are byte for byte rich's own, wide (names wrapped or not) and narrow, in
    colour and without, for every table of the examples."""
    checked = 0
    for table in example_tables():
        for width in (60, 80, 120, 200, 260):
            fast, rich = fast_and_rich(table, width, color)
            if fast is not None:
                assert fast == rich, (table.key, width)
                checked += 1
    assert checked >= 25  # of 40, 13 of them wrapped: the rest squeeze a column that may not wrap


STYLE_KEYS = ["", "met", "behind", "off_track", "missed", "ensure", "strive", "dim", "bold", "alarm", "unknown"]
texts = st.one_of(  # mostly short; some long enough that a name column must wrap
    st.text(alphabet="甲乙 ab1.%‼·\n\u3000", max_size=8),
    st.text(alphabet="甲乙丙丁 ab1.（）", min_size=14, max_size=40),
)
spans = st.builds(Span, texts, st.sampled_from(STYLE_KEYS), st.booleans())
cells = st.builds(
    Cell,
    st.lists(spans, max_size=4).map(tuple),
    st.none(),
    st.one_of(st.none(), st.builds(Span, texts, st.sampled_from(STYLE_KEYS))),
)


@st.composite
def tables(draw: st.DrawFn) -> TableView:
    count = draw(st.integers(1, 4))
    columns = tuple(
        Column(
            f"c{i}",
            draw(st.text(alphabet="指标ab ", max_size=5)),
            align=draw(st.sampled_from(["left", "right"])),
            wrap=draw(st.booleans()),
            title=i == 0,
        )
        for i in range(count)
    )
    rows = draw(st.lists(st.lists(cells, min_size=count, max_size=count), max_size=4))
    return TableView(
        "t",
        draw(st.text(alphabet="按指标 ", max_size=6)),
        columns,
        tuple(Row({f"c{i}": cell for i, cell in enumerate(row)}) for row in rows),
    )


@settings(max_examples=300, deadline=None)
@given(tables(), st.sampled_from([12, 20, 40, 60, 80, 120]), st.booleans())
def test_any_table_is_laid_out_as_rich_would(table: TableView, width: int, color: bool) -> None:
    """Each of the examples counted compares a table drawn here with rich's: one that only rich can
    lay out is not counted (``assume``), so Hypothesis draws another until max_examples are compared."""
    fast, rich = fast_and_rich(table, width, color)
    assume(fast is not None)
    assert fast == rich
