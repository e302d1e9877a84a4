"""``zhanxin status --explain ID``: the formula and every input behind one target's status."""

from __future__ import annotations

from ..labels import Lang, label
from ..progress import Report, TargetProgress
from .text import fmt_number, fmt_pct, fmt_pp, fmt_value, target_text


def explain(report: Report, p: TargetProgress, lang: Lang = Lang.zh) -> str:
    t = p.target
    plan = report.plan
    zh = lang is Lang.zh
    lead = plan.bureaus[t.lead].name if t.lead else label("unassigned", lang)
    co = "、".join(plan.bureaus[b].name for b in t.co)
    lines = [
        f"{t.id}  {t.name}",
        f"  {'章节' if zh else 'section'} {t.section} · {label('lead', lang)} {lead}"
        + (f" · {label('co', lang)} {co}" if co else ""),
        f"  {'原文' if zh else 'source'}: {t.source}",
        f"  {label('target', lang)}: {target_text(t)} · {label('kind', lang)} {label(t.kind, lang)} ({t.kind})"
        f" · {label('deadline', lang)} {p.deadline.isoformat()}"
        + (f" · {label('commitment', lang)} {label(t.commitment, lang)}" if t.commitment else ""),
        f"  {'截至' if zh else 'as of'} {report.as_of.label} ({report.as_of.end.isoformat()})",
    ]
    if t.kind == "cumulative":
        lines.append(
            f"  {'序时进度' if zh else 'time elapsed'} = {fmt_number(p.elapsed_months)} / "
            f"{fmt_number(p.window_months)} {'个月' if zh else 'months'} "
            f"({plan.start_date.isoformat()} → {p.deadline.isoformat()}) = {fmt_pct(p.expected_pct)}"
        )
        lines.append(
            f"  {label('expected', lang)} = {fmt_number(t.value)} × {fmt_pct(p.expected_pct)} = "
            f"{fmt_value(p.expected, t.unit)}"
        )
    else:
        lines.append(
            f"  {label('expected', lang)} = {'全额目标' if zh else 'the whole target'} "
            f"({'比率、时点和节点类指标不按序时折算' if zh else 'rates, levels and milestones are not prorated'})"
        )
    if p.figure is None or p.actual is None:
        lines.append(f"  {label('actual', lang)}: — ({label('no_data', lang)})")
        lines.append(f"  {label('status', lang)}: {label(p.status, lang)} ({p.status})")
        return "\n".join(lines) + "\n"
    stale = f" · {label('stale', lang, period=p.figure.period.label)}" if p.stale else ""
    lines.append(
        f"  {label('actual', lang)} = {fmt_value(p.actual, t.unit)} ({p.figure.period.label}, {p.figure.place}){stale}"
    )
    ratio = "target ÷ actual" if t.comparator in ("le", "lt") else "actual ÷ target"
    lines.append(f"  {label('completion', lang)} = {ratio} = {fmt_pct(p.completion)}")
    lines.append(
        f"  {label('schedule_gap', lang)} = {fmt_pct(p.completion)} − {fmt_pct(p.expected_pct)} = "
        f"{fmt_pp(p.schedule_gap_pp)} {label('pp', lang)}"
    )
    lines.append(f"  {label('gap', lang)} = {fmt_value(p.gap or 0.0, t.unit)}")
    bands = plan.status_bands
    rule = {
        "met": "comparator holds and cannot be undone"
        if t.kind in ("cumulative", "milestone")
        else "deadline passed and the comparator holds",
        "missed": "deadline passed and the comparator fails",
        "pending": "milestone not yet reached before its deadline",
        "on_track": f"schedule gap ≥ {fmt_pp(bands.behind_pp)} pp"
        if t.kind == "cumulative"
        else "the comparator holds before the deadline",
        "behind": f"{fmt_pp(bands.off_track_pp)} < schedule gap < {fmt_pp(bands.behind_pp)} pp",
        "off_track": f"schedule gap ≤ {fmt_pp(bands.off_track_pp)} pp",
    }.get(p.status, "")
    lines.append(f"  {label('status', lang)}: {label(p.status, lang)} ({p.status}: {rule})")
    if p.forecast is not None:
        f = p.forecast
        how = {
            "run_rate": f"{fmt_number(p.actual)} ÷ {fmt_number(p.elapsed_at_figure)} × {fmt_number(p.window_months)}",
            "seasonal": f"{fmt_number(p.actual)} ÷ {'上年同期完成比例' if zh else 'last year’s share by this month'}",
            "latest": fmt_number(p.actual),
            "final": fmt_number(p.actual),
        }[f.method]
        limits = plan.forecast_bands
        lines.append(
            f"  {label('forecast', lang)} = {how} = {fmt_value(f.value, t.unit)} ({label(f.method, lang)}); "
            f"{'预计完成比' if zh else 'ratio'} {f.ratio:.2f} → {label(f.verdict, lang)} "
            f"(≥ {limits.likely:g} {label('likely', lang)}, < {limits.unlikely:g} {label('unlikely', lang)})"
        )
    if p.alarm:
        lines.append(f"  ‼ {label('alarm_title', lang).lstrip('‼ ')}")
    lines.append(f"  {'历次数据' if zh else 'figures'}:")
    lines.extend(
        f"    {f.period.label}  {fmt_value(f.value, t.unit) if f.value is not None else '—'}  {f.place}"
        + (f"  {f.note}" if f.note else "")
        for f in p.history
    )
    return "\n".join(lines) + "\n"
