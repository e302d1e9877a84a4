"""One view of every table: its columns and rows, with every display rule applied once.

The writers (terminal, Markdown, CSV, HTML) only lay a view out; none of them decides
what a cell shows. A cell carries the text people read (as styled spans, with an
optional second line), and the value a machine format writes. A column says whether it
is for people, for data, or both, so that the CSV export and the terminal table are two
layouts of the same rows and can never disagree about a rule (a milestone has no
schedule gap; a stale figure says the period it is from; a cross-cutting target has no
industry; …).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..figures.cells import Period
from ..i18n import Lang, label, list_separator, localize
from ..plan.model import Plan, Target
from ..progress.history import Change, TargetHistory
from ..progress.status import STATUSES, TASK_STATES, BureauRow, Report, Status, TargetProgress, Unreported
from .contract import rounded
from .text import (
    K,
    Names,
    actual_text,
    deviation_text,
    fmt_number,
    fmt_pct,
    fmt_pp,
    forecast_text,
    month_label,
    selection_names,
    sparkline,
    target_text,
)

Align = Literal["left", "right"]
Scalar = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text and its meaning for colour: a status, verdict or change key, or
    ``ensure``/``strive``/``alarm``/``dim``/``bold``. ``words`` spans repeat in words what
    colour shows, for formats without colour (Markdown, CSV)."""

    text: str
    style: str = ""
    words: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    spans: tuple[Span, ...] = ()
    value: Scalar = None  # what a machine format (CSV) writes
    detail: Span | None = None  # a second line, e.g. "数据截至 2023-09"

    def text(self, *, words: bool = False) -> str:
        """The cell's text on one line (``words``: with the spans that stand in for colour)."""
        return "".join(s.text for s in self.spans if words or not s.words)


EMPTY = Cell()


def text_cell(text: str, style: str = "") -> Cell:
    return Cell((Span(text, style),) if text else (), text)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    heading: str
    align: Align = "left"
    wrap: bool = False  # long text that may wrap onto several lines
    people: bool = True  # shown in the tables people read (terminal, Markdown, HTML)
    data: bool = True  # written to the data export (CSV)
    data_heading: str = ""  # the CSV heading, where it says more (a unit)
    title: bool = False  # names the row: first in a narrow layout, on a line of its own

    @property
    def csv_heading(self) -> str:
        return self.data_heading or self.heading


@dataclass(frozen=True)
class Row:
    cells: Mapping[str, Cell]
    item: TargetProgress | None = None  # for writers that draw more (a bar, a sparkline)

    def __getitem__(self, key: str) -> Cell:
        return self.cells.get(key, EMPTY)


@dataclass(frozen=True)
class TableView:
    key: str  # industry, bureau, target, task, changes, history, history_long, history_detail, targets
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    @property
    def for_people(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.people)

    @property
    def for_data(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.data)


@dataclass(frozen=True)
class StatusView:
    """The status report: title, summary lines, 确保 alarms, then tables."""

    title: str
    selection: str  # "筛选：…" or empty
    summary: tuple[Span, ...]
    task_summary: tuple[Span, ...]  # empty when the report has no tasks
    alarms: tuple[tuple[Span, ...], ...]
    tables: tuple[TableView, ...] = field(default=())
    unreported: tuple[tuple[Span, ...], ...] = ()  # 未报单位 / 未更新: a line per unit

    def table(self, key: str) -> TableView | None:
        return next((t for t in self.tables if t.key == key), None)


# ---- the status report ------------------------------------------------------------------


def status_view(
    report: Report,
    tables: Sequence[str] = ("industry", "bureau", "target"),
    lang: Lang = Lang.zh,
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
) -> StatusView:
    """The whole status report; ``tables`` names which tables (industry, bureau, target, task)."""
    plan = report.plan
    names = Names(plan, lang)
    colon = label("colon", lang)
    summary = (
        Span(label("elapsed", lang, pct=fmt_pct(report.elapsed_pct)) + " · "),
        Span(label("n_targets_status", lang, n=len(report.targets)) + colon),
        *counts_spans(report.counts, STATUSES, lang),
        *((Span(label("stale_count", lang, n=report.stale_count), "dim"),) if report.stale_count else ()),
        *((Span(label("suspect_count", lang, n=len(report.suspects)), "dim"),) if report.suspects else ()),
    )
    task_summary: tuple[Span, ...] = ()
    if report.tasks:
        task_summary = (
            Span(label("n_tasks_status", lang, n=len(report.tasks)) + colon),
            *counts_spans(report.task_counts, TASK_STATES, lang),
        )
    alarms = tuple(
        (
            Span(label("alarm_title", lang), "alarm"),
            Span(colon, "alarm"),
            Span(
                f"{p.target.name} {actual_text(p, names)} / {target_text(p.target, names)} ({verdict_text(p, names)})"
            ),
        )
        for p in report.alarms
    )
    suspects = tuple(
        (
            Span(label("suspect", lang), "awaiting"),
            Span(colon, "awaiting"),
            Span(
                f"{p.target.name} {actual_text(p, names)} / {target_text(p.target, names)} "
                f"({localize(p.suspect, lang)})"
            ),
        )
        for p in report.suspects
    )
    unreported = (*suspects, *(unreported_spans(u, names) for u in report.unreported))
    views: list[TableView] = []
    if changes is not None:
        views.append(changes_view(changes, compared_to or "", lang))
    if "industry" in tables and report.industries:
        views.append(industry_view(report, lang))
    if "bureau" in tables and report.bureaus:
        views.append(bureau_view(report, lang))
    if "target" in tables and report.targets:
        views.append(target_view(report, lang, for_data=False))  # laid out for people
    if "target" in tables and report.tasks:
        views.append(task_view(report, lang))
    selection = ""
    if report.selection:
        selection = label("selection", lang, what=list_separator(lang).join(selection_names(report, names)))
    return StatusView(
        title=label("status_title", lang, title=plan.title, as_of=report.as_of.label),
        selection=selection,
        summary=summary,
        task_summary=task_summary,
        alarms=alarms,
        tables=tuple(views),
        unreported=unreported,
    )


SHOWN_UNREPORTED = 5
"""How many of a unit's unreported targets the headline names; the rest are counted (等 N 项)."""


def unreported_spans(u: Unreported, names: Names) -> tuple[Span, ...]:
    """ "未报：市科技局 3 项（A、B、C）" or "未更新：…": a unit and the targets it has not reported."""
    lang = names.lang
    shown = [p.target.name for p in u.targets[:SHOWN_UNREPORTED]]
    more = len(u.targets) - len(shown)
    listed = list_separator(lang).join(shown) + (label("and_more", lang, n=more) if more else "")
    key = "unreported_silent" if u.silent else "unreported_some"
    unit = names.bureau(u.bureau, label("unassigned", lang))
    return (
        Span(label(key, lang), "awaiting"),
        Span(label("colon", lang), "awaiting"),
        Span(label("unreported_line", lang, unit=unit, n=len(u.targets), targets=listed)),
    )


def counts_spans(counts: Mapping[K, int], keys: Sequence[K], lang: Lang) -> tuple[Span, ...]:
    """ "已达标 9 · 正常 11 …": the non-zero counts, in order, each in its colour."""
    spans: list[Span] = []
    for key in keys:
        if counts.get(key):
            if spans:
                spans.append(Span(" · "))
            spans.append(Span(f"{label(key, lang)} {counts[key]}", key))
    return tuple(spans) or (Span("—"),)


REPORTING_STATUSES: tuple[Status, ...] = ("overdue", "expired")
"""Statuses about the reporting, not the progress: their count columns are shown to people only
when some target has them (the CSV always has every column)."""


def _count_columns(lang: Lang, counts: Mapping[Status, int]) -> list[Column]:
    return [Column(s, label(s, lang), "right", people=s not in REPORTING_STATUSES or counts[s] > 0) for s in STATUSES]


def _count_cells(counts: Mapping[Status, int]) -> dict[str, Cell]:
    return {s: Cell((Span(str(counts[s]), s),) if counts[s] else (), counts[s]) for s in STATUSES}


def industry_view(report: Report, lang: Lang = Lang.zh) -> TableView:
    names = Names(report.plan, lang)
    columns = (
        Column("industry", label("industry", lang), title=True),
        Column("n", label("n", lang), "right"),
        *_count_columns(lang, report.counts),
        Column("headline", label("headline", lang), wrap=True, data=False),
    )
    rows = []
    for row in report.industries:
        headline: list[Span] = []
        for p in row.headline:
            if headline:
                headline.append(Span("\n"))
            headline.append(Span(f"{p.target.name} {actual_text(p, names)} / {target_text(p.target, names)} "))
            headline.append(Span(label(p.status, lang), p.status))
        cells = {
            "industry": text_cell(names.industry(row.id)),
            "n": Cell((Span(str(len(row.group.targets))),), len(row.group.targets)),
            **_count_cells(row.group.counts),
            "headline": Cell(tuple(headline)),
        }
        rows.append(Row(cells))
    return TableView("industry", label("by_industry", lang), columns, tuple(rows))


def lagging_spans(row: BureauRow, lang: Lang, most: int | None = None) -> tuple[Span, ...]:
    """The targets a unit is behind on: those it leads, then those it co-operates on (marked);
    with ``most``, that many named and the rest counted (等，另N项)."""
    spans: list[Span] = []
    marked = [*((p, "") for p in row.lead.lagging), *((p, label("co_mark", lang)) for p in row.co.lagging)]
    shown = marked if most is None else marked[:most]
    for p, mark in shown:
        if spans:
            spans.append(Span(list_separator(lang)))
        spans.append(Span(p.target.name + mark, p.status))
    if len(marked) > len(shown):
        spans.append(Span(label("and_more", lang, n=len(marked) - len(shown))))
    return tuple(spans)


def bureau_view(report: Report, lang: Lang = Lang.zh, most: int | None = None) -> TableView:
    """Each responsible unit's targets by status, lead and co-operating apart; ``most``: how many
    lagging targets a row names (all by default; the report names a few, its per-target table all)."""
    names = Names(report.plan, lang)
    columns = (
        Column("bureau", label("bureau", lang), title=True),
        Column("lead_n", label("lead_n", lang), "right"),
        *_count_columns(lang, report.counts),
        Column("co_n", label("co_n", lang), "right"),
        Column("co_lagging", label("co_lagging", lang), "right"),
        Column("lagging", label("lagging", lang), wrap=True),
    )
    rows = []
    for row in report.bureaus:
        lagging = lagging_spans(row, lang, most)
        co_lagging = len(row.co.lagging)
        cells = {
            "bureau": text_cell(names.bureau(row.id, label("unassigned", lang))),
            "lead_n": Cell((Span(str(len(row.lead.targets))),), len(row.lead.targets)),
            **_count_cells(row.lead.counts),
            "co_n": Cell((Span(str(len(row.co.targets))),), len(row.co.targets)),
            "co_lagging": Cell((Span(str(co_lagging)),) if co_lagging else (), co_lagging),
            "lagging": Cell(lagging, "".join(s.text for s in lagging)),
        }
        rows.append(Row(cells))
    return TableView("bureau", label("by_bureau", lang), columns, tuple(rows))


def _milestone_spans(p: TargetProgress, lang: Lang) -> tuple[Span, ...]:
    """A multi-year target judged on the as-of year's milestone says so beside its name."""
    if p.milestone is None:
        return ()
    return (Span(f" · {label('milestone_of', lang, year=p.milestone)}", "dim"),)


def _commitment_spans(target: Target, lang: Lang) -> tuple[Span, ...]:
    if not target.commitment:
        return ()
    return (Span(f" [{label(target.commitment, lang)}]", target.commitment),)


def verdict_detail(p: TargetProgress, names: Names) -> str:
    """What the status alone does not say: the last figure's verdict while awaiting the final one,
    overdue or expired (末次 2023-10：滞后), or how far off a target that is not on track is
    (低于目标 1.5 个百分点)."""
    lang = names.lang
    if p.provisional is not None and p.figure is not None:  # awaiting, overdue or expired
        return label("provisional", lang, period=p.figure.period.label, status=label(p.provisional, lang))
    return deviation_text(p, lang) if p.status not in ("met", "on_track") else ""


def verdict_text(p: TargetProgress, names: Names) -> str:
    """ "滞后，低于目标 1.5 个百分点": the status and, where it says more, its detail."""
    lang = names.lang
    detail = verdict_detail(p, names)
    if not detail:
        return label(p.status, lang)
    separator = label("colon", lang) if p.provisional is not None else ("，" if lang is Lang.zh else ", ")
    return label(p.status, lang) + separator + detail


def status_cell(p: TargetProgress, lang: Lang) -> Cell:
    """The status in words and colour: ‼ for a 确保 alarm; under it the last figure's verdict
    while awaiting the final one, overdue or expired, or the period of a stale figure."""
    spans: tuple[Span, ...] = (Span("‼ ", "alarm"),) if p.alarm else ()
    if p.suspect:  # not lit red or green until the figure is checked; what it would be, under it
        return Cell(
            (*spans, Span(label("suspect", lang), "awaiting")),
            label(p.status, lang),
            Span(f"{label(p.status, lang)}?", "dim"),
        )
    spans += (Span(label(p.status, lang), p.status),)
    detail = None
    if p.provisional is not None and p.figure is not None:  # awaiting, overdue or expired
        detail = Span(
            label("provisional", lang, period=p.figure.period.label, status=label(p.provisional, lang)), "dim"
        )
    elif p.stale and p.figure is not None:
        detail = Span(label("stale", lang, period=p.figure.period.label), "dim")
    return Cell(spans, label(p.status, lang), detail)


def forecast_cell(p: TargetProgress, names: Names) -> Cell:
    if p.forecast is None:
        return EMPTY
    if p.suspect:  # a projection from a doubted figure is not lit either
        value = names.value(p.forecast.value, p.target.unit)
        return Cell((Span(f"{value} {label('suspect', names.lang)}", "dim"),), rounded(p.forecast.value))
    return Cell((Span(forecast_text(p, names), p.forecast.verdict),), rounded(p.forecast.value))


def _schedule_gap(p: TargetProgress) -> float | None:
    """No deviation for a milestone (or a one-item target): it is reached or not."""
    return None if p.kind == "milestone" else p.schedule_gap_pp


def _expected(p: TargetProgress) -> float | None:
    """序时应完成 is shown only for a cumulative target; the others are due whole."""
    return p.expected if p.linear else None


def progress_cells(p: TargetProgress, names: Names) -> dict[str, Cell]:
    """The figures of one target at one date: actual, expected, gap, completion, schedule gap, status."""
    unit = p.target.unit
    expected, schedule_gap = _expected(p), _schedule_gap(p)
    milestone = p.kind == "milestone"
    rate = p.kind == "rate"  # judged in points: no completion ratio
    return {
        "actual": Cell((Span(actual_text(p, names)),), rounded(p.actual)),
        "expected": Cell((Span(names.value(expected, unit)),) if expected is not None else (), rounded(expected)),
        "gap": Cell((Span(fmt_number(p.gap)),) if p.gap is not None else (), rounded(p.gap)),
        "completion": Cell(() if rate else (Span(fmt_pct(p.completion)),), rounded(p.completion, 2)),
        "schedule_gap": Cell(() if milestone else (Span(fmt_pp(schedule_gap)),), rounded(schedule_gap, 2)),
        "status": status_cell(p, names.lang),
    }


def target_view(report: Report, lang: Lang = Lang.zh, *, for_data: bool = True) -> TableView:
    plan = report.plan
    names = Names(plan, lang)
    windows = plan.multi_year  # asked once: it looks at every target
    pp = f" ({label('pp', lang)})"
    columns = (
        Column("id", label("id", lang), people=False),
        Column("section", label("section", lang), title=True),
        Column("industry", label("industry", lang), people=False),
        Column("name", label("name", lang), wrap=True, title=True),
        Column("target", label("target", lang), "right"),
        Column("unit", label("unit", lang), people=False),
        Column("deadline", label("deadline", lang), people=False),
        *(_window_columns(lang) if windows else ()),
        Column("commitment", label("commitment", lang), people=False),
        Column("kind", label("kind", lang), people=False),
        Column("lead", label("lead", lang), people=False),
        Column("co", label("co", lang), people=False),
        Column("actual", label("actual", lang), "right"),
        Column("period", label("period", lang), people=False),
        Column("expected", label("expected", lang), "right"),
        Column("gap", label("gap", lang), "right"),
        Column("completion", label("completion", lang), "right", data_heading=label("completion", lang) + " (%)"),
        Column("schedule_gap", label("schedule_gap", lang), "right", data_heading=label("schedule_gap", lang) + pp),
        Column("status", label("status", lang)),
        Column("forecast", forecast_heading(plan, lang), "right"),
        Column("verdict", label("verdict", lang), people=False),
        Column("note", label("note", lang), people=False),
    )
    rows = []
    for p in report.targets:
        t = p.target
        cells = {
            "section": text_cell(t.section),
            "name": Cell((Span(t.name), *_commitment_spans(t, lang), *_milestone_spans(p, lang)), t.name),
            "target": Cell((Span(target_text(t, names)),), rounded(t.value)),
            **progress_cells(p, names),
            "forecast": forecast_cell(p, names),
        }
        if for_data and windows:
            cells |= _window_cells(p, names)
        if for_data:  # the columns only the data export shows (a table for people never asks for them)
            cells |= {
                "id": text_cell(t.id),
                "industry": text_cell(names.industry(t.industry)),
                "unit": text_cell(names.unit(t.unit)),
                "deadline": text_cell(plan.deadline_of(t).isoformat()),
                "commitment": text_cell(label(t.commitment, lang) if t.commitment else ""),
                "kind": text_cell(label(t.kind, lang)),
                "lead": text_cell(names.bureau(t.lead)),
                "co": text_cell(names.bureaus(t.co)),
                "period": text_cell(p.figure.period.label if p.figure else ""),
                "verdict": text_cell(label(p.forecast.verdict, lang) if p.forecast else ""),
                "note": text_cell(p.figure.note if p.figure else ""),
            }
        rows.append(Row(cells, p))
    return TableView("target", label("by_target", lang), columns, tuple(rows))


def forecast_heading(plan: Plan, lang: Lang) -> str:
    """年底预计 in a one-year plan; in a multi-year plan the projection is to each target's deadline."""
    return label("forecast_due" if plan.multi_year else "forecast", lang)


def _window_columns(lang: Lang) -> tuple[Column, ...]:
    """A multi-year plan's data exports show where each target's judged window starts."""
    return (
        Column("window_start", label("window_start", lang), people=False),
        Column("start_value", label("start_value", lang), "right", people=False),
        Column("milestone", label("milestone_year", lang), people=False),
        Column("measured", label("measured", lang), "right", people=False),
    )


def _window_cells(p: TargetProgress, names: Names) -> dict[str, Cell]:
    measured = p.figure.value if p.growth and p.figure is not None else None
    base = p.target.baseline
    return {
        "window_start": text_cell(p.window_start.isoformat() if p.window_start else ""),
        "start_value": Cell(
            (Span(fmt_number(p.start_value)),) if p.start_value is not None else (), rounded(p.start_value)
        ),
        "milestone": text_cell(str(p.milestone) if p.milestone is not None else ""),
        "measured": Cell(
            (Span(names.value(measured, (base.unit or "") if base else "")),) if measured is not None else (),
            rounded(measured),
        ),
    }


def task_view(report: Report, lang: Lang = Lang.zh) -> TableView:
    names = Names(report.plan, lang)
    columns = (
        Column("id", label("id", lang), people=False),
        Column("section", label("section", lang), title=True),
        Column("task", label("task", lang), wrap=True, title=True),
        Column("lead", label("lead", lang)),
        Column("status", label("status", lang)),
        Column("note", label("note", lang), wrap=True),
    )
    rows = []
    for t in report.tasks:
        status: tuple[Span, ...] = (Span(label(t.status, lang), t.status),)
        if t.stale and t.figure is not None:
            status += (Span(f" ({label('stale', lang, period=t.figure.period.label)})", "dim"),)
        cells = {
            "id": text_cell(t.task.id),
            "section": text_cell(t.task.section),
            "task": text_cell(t.task.name),
            "lead": text_cell(names.bureau(t.task.lead, label("unassigned", lang))),
            "status": Cell(status, label(t.status, lang)),
            "note": text_cell(t.figure.note if t.figure else ""),
        }
        rows.append(Row(cells))
    return TableView("task", label("tasks_title", lang), columns, tuple(rows))


def changes_view(changes: Sequence[Change], since: str, lang: Lang = Lang.zh) -> TableView:
    columns = tuple(
        Column(key, label(key, lang), wrap=key == "name", title=key in ("section", "name"))
        for key in ("change", "section", "name", "before", "after")
    )
    rows = []
    for c in changes:
        t = c.after.target
        after = text_cell(label(c.after.status, lang), c.after.status)
        if c.kind == "newly_stale" and c.after.figure is not None:
            after = text_cell(label("stale", lang, period=c.after.figure.period.label), "dim")
        cells = {
            "change": text_cell(label(c.kind, lang), c.kind),
            "section": text_cell(t.section),
            "name": text_cell(t.name),
            "before": text_cell(label(c.before.status, lang), c.before.status),
            "after": after,
        }
        rows.append(Row(cells, c.after))
    if not rows:
        rows.append(Row({"change": text_cell("—")}))
    return TableView("changes", label("changes_title", lang, period=since), columns, tuple(rows))


# ---- history ----------------------------------------------------------------------------


def history_title(plan: Plan, as_of: Period, lang: Lang) -> str:
    return label("history_title", lang, title=plan.title, as_of=as_of.label)


def history_view(plan: Plan, paths: Sequence[TargetHistory], lang: Lang = Lang.zh) -> TableView:
    """All targets by month: completion % (a rate's own value) coloured by status, a sparkline,
    the projection."""
    names = Names(plan, lang)
    months = [p.as_of_label for p in paths[0].points] if paths else []
    several = len({m[:4] for m in months}) > 1  # months of several years: each January names its year
    columns = (
        Column("section", label("section", lang), title=True),
        Column("name", label("name", lang), wrap=True, title=True),
        Column("trend", label("trend", lang), title=True),
        *(
            Column(m, month_label(m, lang, with_year=several and (i == 0 or m.endswith("-01"))), "right")
            for i, m in enumerate(months)
        ),
        Column("forecast", forecast_heading(plan, lang), "right"),
    )
    rows = []
    for h in paths:
        cells: dict[str, Cell] = {
            "section": text_cell(h.target.section),
            "name": text_cell(h.target.name),
            "trend": text_cell(sparkline([p.actual for p in h.points])),
            "forecast": forecast_cell(h.points[-1], names),
        }
        for m, p in zip(months, h.points, strict=True):
            words = Span(f" {label(p.status, lang)}", p.status, words=True)
            if p.kind == "rate" and p.actual is not None:  # a rate is its value, judged in points
                cells[m] = Cell((Span(names.value(p.actual, p.target.unit), p.status), words), rounded(p.actual))
            elif p.completion is not None:
                cells[m] = Cell((Span(f"{p.completion:.0f}%", p.status), words), rounded(p.completion, 2))
        rows.append(Row(cells, h.points[-1]))
    return TableView("history", "", columns, tuple(rows))


def history_long_view(plan: Plan, paths: Sequence[TargetHistory], lang: Lang = Lang.zh) -> TableView:
    """One row per target and month (the data export of the history)."""
    names = Names(plan, lang)
    pct, pp = " (%)", f" ({label('pp', lang)})"
    columns = (
        Column("id", label("id", lang)),
        Column("name", label("name", lang), wrap=True),
        Column("period", label("period", lang)),
        Column("actual", label("actual", lang), "right"),
        Column("expected_pct", label("expected", lang), "right", data_heading=label("expected", lang) + pct),
        Column("completion", label("completion", lang), "right", data_heading=label("completion", lang) + pct),
        Column("schedule_gap", label("schedule_gap", lang), "right", data_heading=label("schedule_gap", lang) + pp),
        Column("status", label("status", lang)),
    )
    rows = []
    for h in paths:
        for p in h.points:
            figures = progress_cells(p, names)
            cells = {
                "id": text_cell(h.target.id),
                "name": text_cell(h.target.name),
                "period": text_cell(p.as_of_label),
                "actual": figures["actual"],
                "expected_pct": Cell((Span(fmt_pct(p.expected_pct)),), rounded(p.expected_pct, 2)),
                "completion": figures["completion"],
                "schedule_gap": figures["schedule_gap"],
                "status": figures["status"],
            }
            rows.append(Row(cells, p))
    return TableView("history_long", "", columns, tuple(rows))


def history_detail_view(plan: Plan, h: TargetHistory, lang: Lang = Lang.zh) -> TableView:
    """One target month by month."""
    names = Names(plan, lang)
    t = h.target
    columns = (
        Column("period", label("period", lang), title=True),
        *(Column(k, label(k, lang), "right") for k in ("actual", "expected", "completion", "schedule_gap")),
        Column("status", label("status", lang)),
    )
    rows = []
    for p in h.points:
        cells = {"period": text_cell(p.as_of_label), **progress_cells(p, names)}
        cells["status"] = text_cell(label(p.status, lang), p.status)
        rows.append(Row(cells, p))
    title = f"{t.id} · {t.name} · {target_text(t, names)}  {sparkline([p.actual for p in h.points])}"
    return TableView("history_detail", title, columns, tuple(rows))


# ---- the plan's targets -----------------------------------------------------------------


def targets_view(plan: Plan, lang: Lang = Lang.zh) -> TableView:
    """Every numeric target of the plan (``zhanxin targets``)."""
    names = Names(plan, lang)
    wraps = ("name", "co", "industry")
    keys = ("id", "section", "industry", "name", "target", "deadline", "commitment", "lead", "co")
    columns = tuple(
        Column(k, label(k, lang), "right" if k == "target" else "left", wrap=k in wraps, title=k in ("id", "name"))
        for k in keys
    )
    rows = [
        Row(
            {
                "id": text_cell(t.id),
                "section": text_cell(t.section),
                "industry": text_cell(names.industry(t.industry)),
                "name": text_cell(t.name),
                "target": Cell((Span(target_text(t, names)),), rounded(t.value)),
                "deadline": text_cell(plan.deadline_of(t).isoformat()),
                "commitment": text_cell(label(t.commitment, lang) if t.commitment else ""),
                "lead": text_cell(names.bureau(t.lead, label("unassigned", lang))),
                "co": text_cell(names.bureaus(t.co)),
            }
        )
        for t in plan.targets
    ]
    return TableView("targets", f"{plan.title} · {label('targets_title', lang)}", columns, tuple(rows))


# ---- several plans ----------------------------------------------------------------------


def portfolio_view(reports: Sequence[Report], lang: Lang = Lang.zh) -> TableView:
    """A run of several plans, a row each: its years, report month, 序时进度, counts by status,
    确保 alarms and the units that have not reported; then their totals."""
    total: dict[Status, int] = {s: sum(r.counts[s] for r in reports) for s in STATUSES}
    columns = (
        Column("plan", label("plan_column", lang), wrap=True, title=True),
        Column("years", label("plan_years", lang)),
        Column("as_of", label("as_of_column", lang)),
        Column("elapsed", label("elapsed_column", lang), "right", data_heading=label("elapsed_column", lang) + " (%)"),
        Column("n", label("n", lang), "right"),
        *_count_columns(lang, total),
        Column("alarms", label("alarms_column", lang), "right"),
        Column("unreported", label("unreported_column", lang), "right"),
    )
    rows = []
    for report in reports:
        alarms, silent = len(report.alarms), len(report.unreported)
        cells = {
            "plan": text_cell(report.plan.title),
            "years": text_cell(report.plan.years_label),
            "as_of": text_cell(report.as_of.label),
            "elapsed": Cell((Span(fmt_pct(report.elapsed_pct)),), rounded(report.elapsed_pct, 2)),
            "n": Cell((Span(str(len(report.targets))),), len(report.targets)),
            **_count_cells(report.counts),
            "alarms": Cell((Span(str(alarms), "alarm"),) if alarms else (), alarms),
            "unreported": Cell((Span(str(silent)),) if silent else (), silent),
        }
        rows.append(Row(cells))
    alarms = sum(len(r.alarms) for r in reports)
    silent = sum(len(r.unreported) for r in reports)
    n = sum(len(r.targets) for r in reports)
    rows.append(
        Row(
            {
                "plan": text_cell(label("total_row", lang), "bold"),
                "n": Cell((Span(str(n)),), n),
                **_count_cells(total),
                "alarms": Cell((Span(str(alarms), "alarm"),) if alarms else (), alarms),
                "unreported": Cell((Span(str(silent)),) if silent else (), silent),
            }
        )
    )
    return TableView("portfolio", label("portfolio_title", lang, n=len(reports)), columns, tuple(rows))
