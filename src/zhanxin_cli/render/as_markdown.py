"""Markdown output, for reports and chat: the headline and pipe tables.

Cells are escaped (``|``, newlines) and, like CSV, a text cell starting with
``= + - @`` is prefixed with an apostrophe so that a table pasted into a spreadsheet
cannot run a formula.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..figures import Period
from ..history import Change, TargetHistory
from ..labels import Lang, label, list_separator
from ..plan import Plan
from ..progress import STATUSES, TASK_STATES, Report
from .as_csv import safe_cell
from .text import (
    actual_text,
    counts_text,
    fmt_number,
    fmt_pct,
    fmt_pp,
    fmt_value,
    forecast_text,
    lagging_names,
    month_label,
    selection_names,
    sparkline,
    target_text,
)


def cell(text: object) -> str:
    value = safe_cell(str(text))
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def table(header: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = ()) -> str:
    lines = ["| " + " | ".join(cell(h) for h in header) + " |"]
    lines.append("| " + " | ".join("---:" if i in right else "---" for i in range(len(header))) + " |")
    lines.extend("| " + " | ".join(cell(c) for c in row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def render_status(
    report: Report,
    by: Sequence[str],
    lang: Lang = Lang.zh,
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
) -> str:
    plan = report.plan
    sep = list_separator(lang)
    out = [f"# {label('status_title', lang, title=plan.title, as_of=report.as_of.label)}\n"]
    if report.selection:
        out.append(label("selection", lang, what=sep.join(selection_names(report))) + "\n")
    colon = label("colon", lang)
    summary = f"{label('elapsed', lang, pct=fmt_pct(report.elapsed_pct))} · "
    summary += (
        f"{label('n_targets_status', lang, n=len(report.targets))}{colon}{counts_text(report.counts, STATUSES, lang)}"
    )
    if report.tasks:
        summary += f"  \n{label('n_tasks_status', lang, n=len(report.tasks))}{colon}"
        summary += counts_text(report.task_counts, TASK_STATES, lang)
    out.append(summary + "\n")
    for p in report.alarms:
        out.append(
            f"> **{label('alarm_title', lang)}**{colon}{p.target.name} {actual_text(p)} / {target_text(p.target)} "
            f"({label(p.status, lang)} {fmt_pp(p.schedule_gap_pp)} {label('pp', lang)})\n"
        )
    if changes is not None:
        rows_changes = [
            [label(c.kind, lang), c.after.target.section, c.after.target.name, label(c.before.status, lang),
             label(c.after.status, lang)]
            for c in changes
        ]  # fmt: skip
        header_changes = [label(k, lang) for k in ("change", "section", "name", "before", "after")]
        out.append(
            f"## {label('changes_title', lang, period=compared_to or '')}\n\n" + table(header_changes, rows_changes)
        )
    statuses = [label(s, lang) for s in STATUSES]
    if "industry" in by and report.industries:
        rows = [
            [
                row.name or label("cross_cutting", lang),
                len(row.group.targets),
                *(row.group.counts[s] or "" for s in STATUSES),
                "<br>".join(
                    f"{p.target.name} {actual_text(p)} / {target_text(p.target)} {label(p.status, lang)}"
                    for p in row.headline
                ),
            ]
            for row in report.industries
        ]
        header = [label("industry", lang), label("n", lang), *statuses, label("headline", lang)]
        out.append(f"## {label('by_industry', lang)}\n\n" + table(header, rows, right=range(1, 2 + len(STATUSES))))
    if "bureau" in by and report.bureaus:
        rows = []
        for row in report.bureaus:
            lagging = lagging_names(row, lang)
            rows.append(
                [
                    row.name or label("unassigned", lang),
                    len(row.lead.targets),
                    *(row.lead.counts[s] or "" for s in STATUSES),
                    len(row.co.targets),
                    len(row.co.lagging) or "",
                    sep.join(lagging),
                ]
            )
        header = [label("bureau", lang), label("lead_n", lang), *statuses]
        header += [label("co_n", lang), label("co_lagging", lang), label("lagging", lang)]
        out.append(f"## {label('by_bureau', lang)}\n\n" + table(header, rows, right=range(1, 4 + len(STATUSES))))
    if "target" in by and report.targets:
        rows = []
        for p in report.targets:
            t = p.target
            status = ("‼ " if p.alarm else "") + label(p.status, lang)
            if p.stale and p.figure is not None:
                status += f" ({label('stale', lang, period=p.figure.period.label)})"
            rows.append(
                [
                    t.section,
                    t.name + (f" [{label(t.commitment, lang)}]" if t.commitment else ""),
                    target_text(t),
                    actual_text(p),
                    fmt_value(p.expected, t.unit) if t.kind == "cumulative" else "",
                    "" if p.gap is None else fmt_number(p.gap),
                    fmt_pct(p.completion),
                    "" if t.kind == "milestone" else fmt_pp(p.schedule_gap_pp),
                    status,
                    forecast_text(p, lang),
                ]
            )
        header = [label(k, lang) for k in ("section", "name", "target", "actual", "expected", "gap", "completion")]
        header += [label("schedule_gap", lang), label("status", lang), label("forecast", lang)]
        out.append(f"## {label('by_target', lang)}\n\n" + table(header, rows, right=range(2, 8)))
    return "\n".join(out)


def render_history(plan: Plan, as_of: Period, paths: Sequence[TargetHistory], lang: Lang = Lang.zh) -> str:
    """A month-by-month matrix: completion % and status per month, a sparkline, the projection."""
    months = [p.as_of_label for p in paths[0].points] if paths else []
    header = [label("section", lang), label("name", lang), label("trend", lang)]
    header += [month_label(m, lang) for m in months] + [label("forecast", lang)]
    rows = []
    for h in paths:
        cells = ["" if p.completion is None else f"{p.completion:.0f}% {label(p.status, lang)}" for p in h.points]
        rows.append(
            [h.target.section, h.target.name, sparkline([p.actual for p in h.points]), *cells,
             forecast_text(h.points[-1], lang)]
        )  # fmt: skip
    title = label("history_title", lang, title=plan.title, as_of=as_of.label)
    return f"# {title}\n\n" + table(header, rows, right=range(3, 3 + len(months)))
