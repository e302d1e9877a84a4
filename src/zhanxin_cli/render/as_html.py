"""The report leaders read: one self-contained HTML page.

No network, no external files, no JavaScript: inline CSS and inline SVG only, so the
file can be mailed, opened offline and printed on A4. Chinese text uses the system's
CJK fonts. Every value from the plan or the figures is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..errors import Problem
from ..i18n import Lang, label, list_separator, localize
from ..progress.history import TargetHistory
from ..progress.status import STATUSES, Report, Status, TargetProgress
from .text import Names, actual_text, fmt_number, fmt_pct, forecast_text, selection_names, target_text
from .view import (
    Cell,
    Row,
    Span,
    TableView,
    bureau_view,
    forecast_heading,
    industry_view,
    target_view,
    task_view,
    verdict_detail,
)

COLOURS = {
    "met": "#2e7d32",
    "on_track": "#43a047",
    "pending": "#0277bd",
    "behind": "#f9a825",
    "off_track": "#e53935",
    "missed": "#8e0000",
    "overdue": "#4a148c",
    "awaiting": "#6a1b9a",
    "expired": "#8d6e63",
    "no_data": "#9e9e9e",
    "likely": "#2e7d32",
    "at_risk": "#f9a825",
    "unlikely": "#e53935",
}

CSS = """
@page { size: A4; margin: 12mm 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
       "WenQuanYi Zen Hei", "Noto Sans SC", sans-serif; color: #212121; margin: 0 auto; max-width: 190mm;
       font-size: 10.5pt; line-height: 1.45; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 2px solid #37474f; padding-bottom: 1mm;
     break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
.legend, tr.group { break-after: avoid; page-break-after: avoid; }
tr.group td { background: #f5f5f5; font-weight: 600; padding-top: 2mm; }
.wrong { border-left: 4px solid #e53935; background: #fff8f7; padding: 1mm 4mm 2mm; margin: 4mm 0; }
.wrong h3:first-child { margin-top: 1mm; }
.wrong ul { margin: 0 0 1mm; padding-left: 5mm; }
.wrong li { margin: 0.6mm 0; }
.meta { color: #546e7a; margin-bottom: 4mm; }
.headline { display: flex; gap: 4mm; align-items: stretch; flex-wrap: wrap; }
.big { border: 1px solid #cfd8dc; border-radius: 2mm; padding: 2mm 4mm; min-width: 28mm; }
.big b { display: block; font-size: 18pt; }
.pill { display: inline-block; border-radius: 3mm; padding: 0 2.2mm; color: #fff; font-size: 9pt;
        white-space: nowrap; }
.alarm { border-left: 4px solid #b71c1c; background: #ffebee; padding: 2mm 4mm; margin: 4mm 0; }
.alarm li { margin: 1mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border-bottom: 1px solid #e0e0e0; padding: 1.2mm 1.5mm; text-align: left; vertical-align: middle; }
th { background: #eceff1; font-weight: 600; white-space: nowrap; }
td:first-child { white-space: nowrap; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.dot { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; margin-right: 1mm;
       vertical-align: -0.3mm; }
.bar { position: relative; height: 3.2mm; background: #eceff1; border-radius: 1mm; min-width: 30mm; }
.bar .fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 1mm; }
.bar .due { position: absolute; top: -0.8mm; bottom: -0.8mm; width: 0.6mm; background: #263238; }
.bar .proj { position: absolute; top: 50%; width: 2mm; height: 2mm; margin: -1mm 0 0 -1mm;
             border: 0.45mm solid #263238; border-radius: 50%; background: #fff; }
.legend { color: #546e7a; font-size: 8.5pt; margin: 1mm 0 2mm; }
.small { color: #607d8b; font-size: 8.5pt; }
.warn { color: #b26a00; font-size: 8.5pt; }
footer { margin-top: 8mm; border-top: 1px solid #cfd8dc; padding-top: 2mm; color: #607d8b; font-size: 8.5pt;
         overflow-wrap: anywhere; }
td.wide { min-width: 60mm; }
.wrong, .small, .warn { overflow-wrap: anywhere; }
svg.spark { vertical-align: middle; }
"""


def render_report(
    report: Report,
    paths: Sequence[TargetHistory],
    files: Sequence[str],
    lang: Lang = Lang.zh,
    warnings: Sequence[Problem] = (),
) -> str:
    """The report leaders read; every warning is carried into it: beside its target in the
    per-target table, or under 数据提示 when it is about a file or row rather than a target."""
    title = label("status_title", lang, title=report.plan.title, as_of=report.as_of.label)
    return page(title, report_sections(report, paths, files, lang, warnings), lang)


def page(title: str, body: Sequence[str], lang: Lang) -> str:
    """A self-contained HTML page: its head (title, styles) and the body's parts, a line each."""
    zh = lang is Lang.zh
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"zh-CN" if zh else "en"}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        *body,
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def report_sections(
    report: Report,
    paths: Sequence[TargetHistory],
    files: Sequence[str],
    lang: Lang = Lang.zh,
    warnings: Sequence[Problem] = (),
) -> list[str]:
    """The body of one plan's report: title, headline, what is wrong, the tables, notes, footer."""
    notes: dict[str, list[str]] = {}
    for w in warnings:
        if w.subject is not None:
            notes.setdefault(w.subject, []).append(localize(w.message, lang))
    path_of = {h.target.id: h for h in paths}
    title = label("status_title", lang, title=report.plan.title, as_of=report.as_of.label)
    return [
        f"<h1>{escape(title)}</h1>",
        f'<div class="meta">{escape(_meta(report, lang))}</div>',
        _headline(report, lang),
        _what_is_wrong(report, lang),
        f"<h2>{escape(label('by_industry', lang))}</h2>",
        html_table(industry_view(report, lang), lang),
        f"<h2>{escape(label('by_bureau', lang))}</h2>",
        html_table(bureau_view(report, lang, most=REPORT_LAGGING_SHOWN), lang),
        f"<h2>{escape(label('by_target', lang))}</h2>",
        _legend(lang),
        _targets(report, path_of, lang, notes),
        f"<h2>{escape(label('tasks_title', lang))}</h2>" if report.tasks else "",
        html_table(task_view(report, lang), lang) if report.tasks else "",
        _file_notes([w for w in warnings if w.subject is None], lang),
        _footer(report, files, lang),
    ]


def _meta(report: Report, lang: Lang) -> str:
    meta = report.plan.region or ""
    if report.selection:
        meta += " · " + label(
            "selection", lang, what=list_separator(lang).join(selection_names(report, Names(report.plan, lang)))
        )
    return meta


def _bands_text(report: Report, lang: Lang) -> str:
    bands, pp = report.plan.status_bands, label("pp", lang)
    made = label("report.made", lang)
    behind = f"{label('behind', lang)} < {fmt_number(bands.behind_pp)} {pp}"
    off_track = f"{label('off_track', lang)} ≤ {fmt_number(bands.off_track_pp)} {pp}"
    return f"{label('report.bands', lang)}: {behind}, {off_track} · {made}"


def _pill(key: str, lang: Lang, text: str | None = None) -> str:
    return f'<span class="pill" style="background:{COLOURS[key]}">{escape(text or label(key, lang))}</span>'


def _headline(report: Report, lang: Lang) -> str:
    counts = report.counts
    boxes = [
        f'<div class="big">{escape(label("elapsed", lang, pct=""))}<b>{fmt_pct(report.elapsed_pct)}</b></div>',
        f'<div class="big">{escape(label("n", lang))}<b>{len(report.targets)}</b></div>',
    ]
    boxes += [f'<div class="big">{_pill(s, lang)}<b>{counts[s]}</b></div>' for s in STATUSES if counts[s]]
    return f'<div class="headline">{"".join(boxes)}</div>'


WRONG: tuple[Status, ...] = ("off_track", "missed", "overdue", "awaiting", "expired")
"""Named on page 1 after the 确保 alarms: what a leader must hear about."""

SEVERITY: tuple[Status, ...] = (
    "missed",
    "overdue",
    "off_track",
    "behind",
    "awaiting",
    "expired",
    "no_data",
    "pending",
    "on_track",
    "met",
)
"""Worst first: the order of the per-target table within each industry."""


def _what_is_wrong(report: Report, lang: Lang) -> str:
    """Page 1 answers "what is wrong": the 确保 alarms, then every off-track, missed and
    awaiting target named with its figure and how far off it is."""
    names = Names(report.plan, lang)
    sections = []

    def item(p: TargetProgress) -> str:
        forecast = f" · {escape(forecast_text(p, names))}" if p.forecast and p.status != "missed" else ""
        return (
            f"<li><b>{escape(p.target.name)}</b> {escape(actual_text(p, names))} / "
            f"{escape(target_text(p.target, names))} {_pill(p.status, lang)} "
            f"<span class=small>{escape(verdict_detail(p, names))}</span>{forecast}</li>"
        )

    if report.alarms:
        items = "".join(item(p) for p in report.alarms)
        sections.append(f"<h3>{escape(label('alarm_title', lang))}</h3><ul>{items}</ul>")
    if report.suspects:
        items = "".join(
            f"<li><b>{escape(p.target.name)}</b> {escape(actual_text(p, names))} / "
            f"{escape(target_text(p.target, names))} <span class=small>{escape(localize(p.suspect, lang))}</span></li>"
            for p in report.suspects
        )
        sections.append(f"<h3>{escape(label('suspect_title', lang))}</h3><ul>{items}</ul>")
    if report.unreported:
        lines = "".join(
            f"<li><b>{escape(label('unreported_silent' if u.silent else 'unreported_some', lang))}</b>"
            f"{escape(label('colon', lang))}{escape(names.bureau(u.bureau, label('unassigned', lang)))} "
            f"<span class=small>{escape(list_separator(lang).join(p.target.name for p in u.targets))}</span></li>"
            for u in report.unreported
        )
        sections.append(f"<h3>{escape(label('unreported_title', lang))}</h3><ul>{lines}</ul>")
    for status in WRONG:
        every = [p for p in report.targets if p.status == status]
        found = [p for p in every if not p.alarm and not p.suspect]
        if found:
            elsewhere = len(every) - len(found)  # listed above, with the alarms or to verify
            title = f"{label(status, lang)}{label('colon', lang)}{len(every)}"
            if elsewhere:
                title += label("listed_above", lang, n=elsewhere)
            sections.append(f"<h3>{escape(title)}</h3><ul>{''.join(item(p) for p in found)}</ul>")
    if not sections:
        return ""
    return f'<div class="wrong">{"".join(sections)}</div>'


def html_spans(spans: Sequence[Span], lang: Lang) -> str:
    """Spans as HTML: a status or verdict as a coloured pill, a commitment or a note small."""
    out = []
    for span in spans:
        if span.words:
            continue
        text = escape(span.text).replace("\n", "<br>")
        if span.style in STATUSES and span.text == label(span.style, lang):
            out.append(_pill(span.style, lang, span.text))
        elif span.style in COLOURS:
            out.append(f'<span style="color:{COLOURS[span.style]}">{text}</span>')
        elif span.style in ("ensure", "strive", "dim"):
            out.append(f"<span class=small>{text}</span>")
        elif span.style in ("alarm", "bold"):
            out.append(f"<b>{text}</b>")
        else:
            out.append(text)
    return "".join(out)


def html_cell(cell: Cell, lang: Lang) -> str:
    text = html_spans(cell.spans, lang)
    if cell.detail is not None:
        text += "<br>" + html_spans((Span(cell.detail.text, "dim"),), lang)
    return text


def _count(cell: Cell, status: str) -> str:
    """A count by status: a coloured dot and the number (nothing for zero)."""
    return f'<span class="dot" style="background:{COLOURS[status]}"></span>{cell.text()}' if cell.spans else ""


def html_table(view: TableView, lang: Lang, keys: Sequence[str] | None = None) -> str:
    """A view's columns for people (or those named in ``keys``) as an HTML table; a status count
    that is empty in every row is left out, so that the lists beside the counts have room."""
    columns = [
        c
        for c in view.for_people
        if (keys is None or c.key in keys) and not (c.key in STATUSES and all(not r[c.key].spans for r in view.rows))
    ]
    head = "".join(f"<th{' class=n' if c.align == 'right' else ''}>{escape(c.heading)}</th>" for c in columns)
    rows = []
    for row in view.rows:
        cells = []
        for c in columns:
            cell = row[c.key]
            content = _count(cell, c.key) if c.key in STATUSES else html_cell(cell, lang)
            kind = ' class="n"' if c.align == "right" else ' class="wide"' if c.wrap else ""
            cells.append(f"<td{kind}>{content}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _legend(lang: Lang) -> str:
    if lang is Lang.zh:
        text = "进度条：完成率（封顶 100%）；竖线：序时进度；圆点：年底预计完成比；走势：逐月实际值。"
    else:
        text = (
            "Bar: completion (capped at 100%); line: time elapsed (序时进度); circle: year-end projection; "
            "trend: monthly figures."
        )
    return f'<div class="legend">{escape(text)}</div>'


def _bar(p: TargetProgress) -> str:
    if p.kind == "rate":  # judged in points: no completion bar, its 偏差 says it
        return ""
    if p.completion is None:
        return '<div class="bar"></div>'
    fill = max(0.0, min(p.completion, 100.0))
    due = max(0.0, min(p.expected_pct, 100.0))
    parts = [
        f'<div class="fill" style="width:{fill:.1f}%;background:{COLOURS[p.status]}"></div>',
        f'<div class="due" style="left:{due:.1f}%"></div>',
    ]
    if p.forecast is not None:
        parts.append(f'<div class="proj" style="left:{max(0.0, min(p.forecast.ratio * 100, 100.0)):.1f}%"></div>')
    return f'<div class="bar">{"".join(parts)}</div>'


def sparkline_svg(values: Sequence[float | None], colour: str = "#455a64") -> str:
    """An inline SVG polyline of the values (gaps where there are none)."""
    width, height = 60, 16
    present = [v for v in values if v is not None]
    if len(present) < 2:
        return ""
    low, high = min(0.0, *present), max(present)
    span = (high - low) or 1.0
    step = width / max(len(values) - 1, 1)
    points = " ".join(
        f"{i * step:.1f},{height - 1 - (v - low) / span * (height - 2):.1f}"
        for i, v in enumerate(values)
        if v is not None
    )
    return (
        f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-hidden="true">'
        f'<polyline fill="none" stroke="{colour}" stroke-width="1.4" points="{points}"/></svg>'
    )


REPORT_LAGGING_SHOWN = 3
"""How many lagging targets a unit's row in the report names (the per-target table lists all)."""

REPORT_TARGET_COLUMNS = ("section", "name", "target", "actual", "completion", "trend", "status", "forecast")
"""The report's per-target table: the view's columns, with a completion bar in place of
序时应完成 / 差距 / 序时差 and a sparkline of the monthly figures."""


def _targets(report: Report, path_of: dict[str, TargetHistory], lang: Lang, notes: dict[str, list[str]]) -> str:
    """Every target, grouped by industry (in the plan's order), worst first within each."""
    view = target_view(report, lang)
    names = Names(report.plan, lang)
    rank = {status: i for i, status in enumerate(SEVERITY)}
    groups: dict[str | None, list[Row]] = {}
    for row in view.rows:
        assert row.item is not None
        groups.setdefault(row.item.target.industry, []).append(row)
    order = [*report.plan.industries, None]
    out = []
    for industry in sorted(groups, key=order.index):
        out.append(
            f'<tr class="group"><td colspan="{len(REPORT_TARGET_COLUMNS)}">{escape(names.industry(industry))}</td></tr>'
        )
        rows = sorted(
            groups[industry], key=lambda r: (not (r.item and r.item.alarm), rank[r.item.status if r.item else "met"])
        )
        out.extend(_target_row(row, path_of, lang, notes) for row in rows)
    headings = {k: label(k, lang) for k in REPORT_TARGET_COLUMNS} | {"forecast": forecast_heading(report.plan, lang)}
    head = "".join(
        f"<th{' class=n' if k in ('target', 'actual', 'forecast') else ''}>{escape(headings[k])}</th>"
        for k in REPORT_TARGET_COLUMNS
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(out)}</tbody></table>"


def _severity(row: Row, rank: dict[Status, int]) -> tuple[bool, int]:
    """确保 alarms first, then the worst status."""
    p = row.item
    assert p is not None
    return (not p.alarm, rank[p.status])


def _target_row(row: Row, path_of: dict[str, TargetHistory], lang: Lang, notes: dict[str, list[str]]) -> str:
    p = row.item
    assert p is not None
    warned = "".join(f'<div class="warn">⚠ {escape(n)}</div>' for n in notes.get(p.target.id, ()))
    history = path_of.get(p.target.id)
    spark = sparkline_svg([q.actual for q in history.points]) if history else ""
    gap = row["schedule_gap"].text()
    completion = escape(row["completion"].text()) + (f" ({escape(gap)})" if gap else "")
    return (
        f"<tr><td class=small>{html_cell(row['section'], lang)}</td><td>{html_cell(row['name'], lang)}{warned}</td>"
        f'<td class="n">{html_cell(row["target"], lang)}</td><td class="n">{html_cell(row["actual"], lang)}</td>'
        f"<td>{_bar(p)}<span class=small>{completion}</span></td>"
        f"<td>{spark}</td><td>{html_cell(row['status'], lang)}</td>"
        f"<td class=n>{html_cell(row['forecast'], lang)}</td></tr>"
    )


def _file_notes(warnings: Sequence[Problem], lang: Lang) -> str:
    """Warnings about a file or row rather than a target (rows skipped, dates read as months)."""
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(w.render_warning(lang))}</li>" for w in warnings)
    return f"<h2>{escape(label('report.notes', lang))}</h2><ul class=small>{items}</ul>"


def _footer(report: Report, files: Sequence[str], lang: Lang) -> str:
    plan = report.plan
    sources = "、".join(escape(f) for f in files) or "—"
    lines = [
        f"{label('report.as_of', lang)} {escape(report.as_of.end.isoformat())} · "
        f"{label('report.elapsed', lang)} {fmt_pct(report.elapsed_pct)} · "
        f"{label('report.sources', lang)}: {sources}",
        f"{label('report.plan', lang)}: {escape(plan.title)}",
        escape(_bands_text(report, lang)),
    ]
    return "<footer>" + "<br>".join(lines) + "</footer>"
