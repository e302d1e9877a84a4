"""Terminal tables (rich). Only this module and the CLI import rich.

rich measures wide (CJK) characters, so columns stay aligned; colours are styles that
the console drops when it is not a terminal or ``NO_COLOR`` is set.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..figures import Period
from ..history import Change, TargetHistory
from ..labels import Lang, label, list_separator
from ..plan import Plan
from ..progress import STATUSES, TASK_STATES, BureauRow, IndustryRow, Report, TargetProgress
from .text import (
    K,
    actual_text,
    fmt_number,
    fmt_pct,
    fmt_pp,
    fmt_value,
    forecast_text,
    month_label,
    selection_names,
    sparkline,
    target_text,
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
}


def targets_table(plan: Plan, lang: Lang = Lang.zh) -> Table:
    table = Table(title=f"{plan.title} · {label('targets_title', lang)}", title_justify="left")
    for key in ("id", "section", "industry", "name", "target", "deadline", "commitment", "lead", "co"):
        wraps = key in ("name", "co", "industry")
        table.add_column(
            label(key, lang), justify="right" if key == "target" else "left", no_wrap=not wraps, overflow="fold"
        )
    sep = list_separator(lang)
    for t in plan.targets:
        industry = plan.industries[t.industry].name if t.industry else label("cross_cutting", lang)
        table.add_row(
            t.id,
            t.section,
            industry,
            t.name,
            target_text(t),
            plan.deadline_of(t).isoformat(),
            label(t.commitment, lang) if t.commitment else "",
            plan.bureaus[t.lead].name if t.lead else label("unassigned", lang),
            sep.join(plan.bureaus[b].name for b in t.co),
        )
    return table


def status_renderables(
    report: Report,
    by: Sequence[str],
    lang: Lang = Lang.zh,
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
) -> list[RenderableType]:
    """The status report: headline, changes, then the tables named in ``by`` (industry, bureau, target)."""
    parts: list[RenderableType] = [headline(report, lang)]
    if changes is not None:
        parts.append(changes_table(changes, compared_to or "", lang))
    if "industry" in by and report.industries:
        parts.append(industry_table(report, lang))
    if "bureau" in by and report.bureaus:
        parts.append(bureau_table(report, lang))
    if "target" in by and report.targets:
        parts.append(target_table(report, lang))
    if "target" in by and report.tasks:
        parts.append(task_table(report, lang))
    return parts


def _status(status: str, lang: Lang) -> Text:
    return Text(label(status, lang), style=STYLES.get(status, ""))


def _counts(counts: Mapping[K, int], keys: Sequence[K], lang: Lang) -> Text:
    text = Text()
    for key in keys:
        if counts.get(key):
            if text:
                text.append(" · ")
            text.append(f"{label(key, lang)} {counts[key]}", style=STYLES.get(key, ""))
    return text or Text("—")


def headline(report: Report, lang: Lang = Lang.zh) -> Group:
    plan = report.plan
    lines: list[RenderableType] = [
        Text(label("status_title", lang, title=plan.title, as_of=report.as_of.label), style="bold"),
    ]
    if report.selection:
        what = list_separator(lang).join(selection_names(report))
        lines.append(Text(label("selection", lang, what=what)))
    summary = Text(label("elapsed", lang, pct=fmt_pct(report.elapsed_pct)) + " · ")
    summary.append(label("n_targets_status", lang, n=len(report.targets)) + label("colon", lang))
    summary.append_text(_counts(report.counts, STATUSES, lang))
    lines.append(summary)
    if report.tasks:
        tasks = Text(label("n_tasks_status", lang, n=len(report.tasks)) + label("colon", lang))
        tasks.append_text(_counts(report.task_counts, TASK_STATES, lang))
        lines.append(tasks)
    for p in report.alarms:
        line = Text(f"{label('alarm_title', lang)}{label('colon', lang)}", style="bold red")
        line.append(f"{p.target.name} {actual_text(p)} / {target_text(p.target)} ({label(p.status, lang)}")
        line.append(f" {fmt_pp(p.schedule_gap_pp)} {label('pp', lang)})")
        lines.append(line)
    lines.append(Text(""))
    return Group(*lines)


def _counts_table(title: str, first: str, count: str, lang: Lang) -> Table:
    """A table whose rows are counted by status: a name, a count, one column per status."""
    table = Table(title=label(title, lang), title_justify="left")
    table.add_column(label(first, lang), no_wrap=True)
    table.add_column(label(count, lang), justify="right")
    for status in STATUSES:
        table.add_column(label(status, lang), justify="right", style=STYLES[status])
    return table


def industry_table(report: Report, lang: Lang = Lang.zh) -> Table:
    table = _counts_table("by_industry", "industry", "n", lang)
    table.add_column(label("headline", lang), overflow="fold")
    for row in report.industries:
        counts = row.group.counts
        table.add_row(
            _industry_name(row, lang),
            str(len(row.group.targets)),
            *(str(counts[s]) if counts[s] else "" for s in STATUSES),
            _headline_figures(row, lang),
        )
    return table


def _industry_name(row: IndustryRow, lang: Lang) -> str:
    return row.name or label("cross_cutting", lang)


def _headline_figures(row: IndustryRow, lang: Lang) -> Text:
    text = Text()
    for p in row.headline:
        if text:
            text.append("\n")
        text.append(f"{p.target.name} {actual_text(p)} / {target_text(p.target)} ")
        text.append(label(p.status, lang), style=STYLES[p.status])
    return text


def bureau_table(report: Report, lang: Lang = Lang.zh) -> Table:
    table = _counts_table("by_bureau", "bureau", "lead_n", lang)
    table.add_column(label("co_n", lang), justify="right")
    table.add_column(label("co_lagging", lang), justify="right")
    table.add_column(label("lagging", lang), overflow="fold")
    for row in report.bureaus:
        counts = row.lead.counts
        table.add_row(
            row.name or label("unassigned", lang),
            str(len(row.lead.targets)),
            *(str(counts[s]) if counts[s] else "" for s in STATUSES),
            str(len(row.co.targets)),
            str(len(row.co.lagging)) if row.co.lagging else "",
            _lagging_names(row, lang),
        )
    return table


def _lagging_names(row: BureauRow, lang: Lang) -> Text:
    text = Text()
    for p, co in [*((p, False) for p in row.lead.lagging), *((p, True) for p in row.co.lagging)]:
        if text:
            text.append(list_separator(lang))
        text.append(p.target.name + (label("co_mark", lang) if co else ""), style=STYLES[p.status])
    return text


def target_table(report: Report, lang: Lang = Lang.zh) -> Table:
    table = Table(title=label("by_target", lang), title_justify="left")
    table.add_column(label("section", lang), no_wrap=True)
    table.add_column(label("name", lang), overflow="fold", ratio=None)
    for key in ("target", "actual", "expected", "gap", "completion", "schedule_gap"):
        table.add_column(label(key, lang), justify="right", no_wrap=True)
    table.add_column(label("status", lang), no_wrap=True)
    table.add_column(label("forecast", lang), justify="right", no_wrap=True)
    for p in report.targets:
        t = p.target
        name = Text(t.name)
        if t.commitment:
            name.append(f" [{label(t.commitment, lang)}]", style="bold" if t.commitment == "ensure" else "dim")
        status = _status(p.status, lang)
        if p.alarm:
            status = Text("‼ ", style="bold red") + status
        if p.stale and p.figure is not None:
            status.append(f"\n{label('stale', lang, period=p.figure.period.label)}", style="dim")
        cumulative = t.kind == "cumulative"
        table.add_row(
            t.section,
            name,
            target_text(t),
            actual_text(p),
            fmt_value(p.expected, t.unit) if cumulative else "",
            "" if p.gap is None else fmt_number(p.gap),
            fmt_pct(p.completion),
            "" if t.kind == "milestone" else fmt_pp(p.schedule_gap_pp),
            status,
            _forecast(p, lang),
        )
    return table


def _forecast(p: TargetProgress, lang: Lang) -> Text:
    if p.forecast is None:
        return Text("")
    return Text(forecast_text(p, lang), style=STYLES[p.forecast.verdict])


def changes_table(changes: Sequence[Change], since: str, lang: Lang = Lang.zh) -> Table:
    table = Table(title=label("changes_title", lang, period=since), title_justify="left")
    for key in ("change", "section", "name", "before", "after"):
        table.add_column(label(key, lang), overflow="fold", no_wrap=key != "name")
    for c in changes:
        t = c.after.target
        before = _status(c.before.status, lang)
        after = _status(c.after.status, lang)
        if c.kind == "newly_stale" and c.after.figure is not None:
            after = Text(label("stale", lang, period=c.after.figure.period.label), style="dim")
        table.add_row(Text(label(c.kind, lang), style=STYLES[c.kind]), t.section, t.name, before, after)
    if not changes:
        table.add_row("—", "", "", "", "")
    return table


def task_table(report: Report, lang: Lang = Lang.zh) -> Table:
    table = Table(title=label("tasks_title", lang), title_justify="left")
    table.add_column(label("section", lang), no_wrap=True)
    table.add_column(label("task", lang), overflow="fold")
    table.add_column(label("lead", lang), no_wrap=True)
    table.add_column(label("status", lang), no_wrap=True)
    table.add_column(label("note", lang), overflow="fold")
    for t in report.tasks:
        lead = report.plan.bureaus[t.task.lead].name if t.task.lead else label("unassigned", lang)
        status = _status(t.status, lang)
        if t.stale and t.figure is not None:
            status.append(f" ({label('stale', lang, period=t.figure.period.label)})", style="dim")
        table.add_row(t.task.section, t.task.name, lead, status, t.figure.note if t.figure else "")
    return table


def history_renderables(
    plan: Plan, as_of: Period, paths: Sequence[TargetHistory], *, detailed: bool, lang: Lang = Lang.zh
) -> list[RenderableType]:
    """A matrix of all targets by month, or (``detailed``) one table per target."""
    title = Text(label("history_title", lang, title=plan.title, as_of=as_of.label), style="bold")
    if not detailed:
        return [title, history_matrix(paths, lang)]
    return [title, *(history_table(h, lang) for h in paths)]


def history_matrix(paths: Sequence[TargetHistory], lang: Lang = Lang.zh) -> Table:
    table = Table()
    table.add_column(label("section", lang), no_wrap=True)
    table.add_column(label("name", lang), overflow="fold")
    table.add_column(label("trend", lang), no_wrap=True)
    months = [p.as_of_label for p in paths[0].points] if paths else []
    for m in months:
        table.add_column(month_label(m, lang), justify="right", no_wrap=True)
    table.add_column(label("forecast", lang), justify="right", no_wrap=True)
    for h in paths:
        cells = [
            Text("") if p.completion is None else Text(f"{p.completion:.0f}%", style=STYLES[p.status]) for p in h.points
        ]
        table.add_row(
            h.target.section,
            h.target.name,
            sparkline([p.actual for p in h.points]),
            *cells,
            _forecast(h.points[-1], lang),
        )
    return table


def history_table(h: TargetHistory, lang: Lang = Lang.zh) -> Table:
    t = h.target
    table = Table(
        title=f"{t.id} · {t.name} · {target_text(t)}  {sparkline([p.actual for p in h.points])}", title_justify="left"
    )
    for key in ("period", "actual", "expected", "completion", "schedule_gap"):
        table.add_column(label(key, lang), justify="left" if key == "period" else "right", no_wrap=True)
    table.add_column(label("status", lang), no_wrap=True)
    for p in h.points:
        table.add_row(
            p.as_of_label,
            actual_text(p),
            fmt_value(p.expected, t.unit) if t.kind == "cumulative" else "",
            fmt_pct(p.completion),
            "" if t.kind == "milestone" else fmt_pp(p.schedule_gap_pp),
            _status(p.status, lang),
        )
    return table
