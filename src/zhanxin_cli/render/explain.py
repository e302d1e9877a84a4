"""``zhanxin status --explain ID``: the formula and every input behind one target's status.

One language at a time: every line comes from the table below, in Chinese or English.
"""

from __future__ import annotations

import datetime as dt

from ..figures.cells import Figure
from ..i18n import Lang, label
from ..plan.model import COMPARATOR_SYMBOLS
from ..progress.status import Report, TargetProgress, months_between, trend_start
from .text import Names, deviation_text, fmt_number, fmt_pct, fmt_pp, target_text


def _w(key: str, lang: Lang, **values: object) -> str:
    return label("explain." + key, lang, **values)


def _reporting_rule(report: Report, p: TargetProgress, lang: Lang) -> str:
    """The rule behind a status that is about the reporting (awaiting, overdue, expired), or ""."""
    bands = report.plan.status_bands
    if p.status == "awaiting" and p.figure is not None and p.provisional is not None:
        return _w("rule_awaiting", lang, period=p.figure.period.label, status=label(p.provisional, lang))
    if p.status == "overdue":
        return _w("rule_overdue", lang, lag=bands.overdue_after_months)
    if p.status == "expired" and p.figure is not None and p.provisional is not None:
        period, months = p.figure.period.label, bands.stale_after_months
        return _w("rule_expired", lang, period=period, months=months, status=label(p.provisional, lang))
    return ""


def _kind_rule(report: Report, p: TargetProgress, lang: Lang) -> str:
    """The rule behind a status that only some kinds reach (a ceiling breached, the deadline's
    figure, a level not yet judged, a milestone near its deadline), or ""."""
    bands = report.plan.status_bands
    if p.status == "missed" and p.target.comparator in ("le", "lt") and p.kind == "cumulative":
        return _w("rule_ceiling_breached", lang)
    if p.status in ("met", "missed") and p.deadline_passed:
        return _w("rule_met_final" if p.status == "met" else "rule_missed", lang)
    if p.status == "pending" and p.kind in ("level", "cumulative"):
        return _w("rule_pending_level", lang)
    if p.status == "behind" and p.kind == "milestone":
        return _w("rule_behind_milestone", lang, months=bands.milestone_warning_months)
    return ""


def _rule(report: Report, p: TargetProgress, lang: Lang) -> str:
    special = _reporting_rule(report, p, lang) or _kind_rule(report, p, lang)
    if special:
        return special
    bands = report.plan.status_bands
    behind, off = fmt_pp(bands.behind_pp), fmt_pp(bands.off_track_pp)
    rules = {
        "met": _w("rule_met_cum", lang),
        "pending": _w("rule_pending", lang),
        "no_data": _w("rule_no_data", lang),
        "on_track": _w("rule_on_track_cum", lang, behind=behind) if p.linear else _w("rule_on_track", lang),
    }
    if p.kind == "rate":
        points = fmt_number(bands.rate_off_track_points)
        rules["behind"] = _w("rule_behind_rate", lang, points=points)
        rules["off_track"] = _w("rule_off_track_rate", lang, points=points)
    else:
        rules["behind"] = _w("rule_behind_cum", lang, off=off, behind=behind)
        rules["off_track"] = _w("rule_off_track_cum", lang, off=off)
    return rules.get(p.status, "")


def _window_lines(p: TargetProgress, names: Names, lang: Lang) -> list[str]:
    """A multi-year target's baseline, the yearly milestone judged and where its window starts from."""
    t, lines = p.whole or p.target, []
    if t.baseline is not None:
        unit = t.baseline.unit or t.unit
        lines.append("  " + _w("baseline", lang, year=t.baseline.year, value=names.value(t.baseline.value, unit)))
    if p.whole is not None and p.milestone is not None:
        whole, due = target_text(p.whole, names), names.plan.deadline_of(p.whole).isoformat()
        lines.append("  " + _w("milestone", lang, year=p.milestone, whole=whole, deadline=due))
    if p.start_value is not None and p.linear:
        baseline = t.baseline is not None and t.baseline.value == p.start_value and p.milestone is None
        why = _w("from_baseline" if baseline else "from_milestone", lang)
        lines.append("  " + _w("start_value", lang, value=names.value(p.start_value, t.unit), why=why))
    return lines


def _growth_lines(p: TargetProgress, names: Names, lang: Lang) -> list[str]:
    """An average growth's compound rate from its baseline to the figure."""
    t = p.target
    if not p.growth or t.baseline is None or t.baseline.unit is None or p.figure is None or p.actual is None:
        return []
    months = months_between(dt.date(t.baseline.year, 12, 31), p.figure.period.end)
    level = names.value(p.figure.value or 0.0, t.baseline.unit)
    rate = names.value(p.actual, t.unit)
    return ["  " + _w("growth", lang, level=level, base=fmt_number(t.baseline.value), months=months, rate=rate)]


def explain(report: Report, p: TargetProgress, lang: Lang = Lang.zh) -> str:
    t = p.target
    plan = report.plan
    colon = label("colon", lang)
    names = Names(plan, lang)
    lead = names.bureau(t.lead, label("unassigned", lang))
    co = names.bureaus(t.co)
    lines = [
        f"{t.id}  {t.name}",
        f"  {_w('section', lang)} {t.section} · {label('lead', lang)} {lead}"
        + (f" · {label('co', lang)} {co}" if co else ""),
        f"  {_w('source', lang)}{colon}{t.source}",
        f"  {label('target', lang)}{colon}{target_text(t, names)} · {label('kind', lang)} {label(t.kind, lang)}"
        f" · {label('deadline', lang)} {p.deadline.isoformat()}"
        + (f" · {label('commitment', lang)} {label(t.commitment, lang)}" if t.commitment else ""),
        f"  {_w('as_of', lang)} {report.as_of.label} ({report.as_of.end.isoformat()})",
    ]
    lines.extend(_window_lines(p, names, lang))
    if p.effective_value != t.value:
        lines.append("  " + _w("threshold", lang, value=fmt_number(t.value), needed=fmt_number(p.effective_value)))
    if p.kind == "milestone" and t.kind != "milestone":
        lines.append("  " + _w("one_item", lang, value=names.value(p.effective_value, t.unit)))
    if p.stale and p.figure is not None:
        lines.append("  " + _w("judged_at", lang, period=p.judged_at))
    if p.linear:
        lines.append(
            f"  {_w('elapsed', lang)} = {fmt_number(p.elapsed_months)} / {fmt_number(p.window_months)} "
            f"{_w('months', lang)} ({(p.window_start or plan.start_date).isoformat()} → {p.deadline.isoformat()}) = "
            f"{fmt_pct(p.expected_pct)}"
        )
        begin = p.start_value
        share = (
            f"{fmt_number(p.effective_value)} × {fmt_pct(p.expected_pct)}"
            if begin is None
            else f"{fmt_number(begin)} + ({fmt_number(p.effective_value)} − {fmt_number(begin)}) × "
            f"{fmt_pct(p.expected_pct)}"
        )
        lines.append(f"  {label('expected', lang)} = {share} = {names.value(p.expected, t.unit)}")
    else:
        lines.append(f"  {label('expected', lang)} = {_w('whole', lang)}")
    if p.figure is None or p.actual is None:
        lines.append(f"  {label('actual', lang)}{colon}— ({label('no_data', lang)})")
        lines.append(f"  {label('status', lang)}{colon}{label(p.status, lang)} ({_rule(report, p, lang)})")
        return "\n".join(lines) + "\n"
    stale = f" · {label('stale', lang, period=p.figure.period.label)}" if p.stale else ""
    lines.extend(_growth_lines(p, names, lang))
    lines.append(
        f"  {label('actual', lang)} = {names.value(p.actual, t.unit)} "
        f"({p.figure.period.label}, {p.figure.place}){stale}"
    )
    ceiling = t.comparator in ("le", "lt")
    if p.kind == "rate":
        formula = _w("points_ceiling" if ceiling else "points", lang)
        lines.append(
            f"  {label('schedule_gap', lang)} = {formula} = {fmt_pp(p.schedule_gap_pp)} {label('pp', lang)}"
            + (f" ({deviation_text(p, lang)})" if deviation_text(p, lang) else "")
        )
    else:
        formula = _w(
            "ratio_distance" if p.start_value is not None else "ratio_ceiling" if ceiling else "ratio_floor", lang
        )
        lines.append(f"  {label('completion', lang)} = {formula} = {fmt_pct(p.completion)}")
        if p.kind != "milestone":
            lines.append(
                f"  {label('schedule_gap', lang)} = {fmt_pct(p.completion)} − {fmt_pct(p.expected_pct)} = "
                f"{fmt_pp(p.schedule_gap_pp)} {label('pp', lang)}"
            )
    gap = f"{fmt_number(p.gap or 0.0)} {label('pp', lang)}" if p.kind == "rate" else names.value(p.gap or 0.0, t.unit)
    lines.append(f"  {label('gap', lang)} = {gap}")
    lines.append(f"  {label('status', lang)}{colon}{label(p.status, lang)} ({_rule(report, p, lang)})")
    if p.forecast is not None:
        lines.append("  " + _forecast_line(report, p, names))
    if p.alarm:
        lines.append(f"  ‼ {label('alarm_title', lang).lstrip('‼ ')}")
    if p.after_deadline:
        lines.append(f"  {_w('after_deadline', lang)}{colon.rstrip()}")
        lines.extend(_figure_line(f, t.figure_unit, names) for f in p.after_deadline)
    lines.append(f"  {_w('figures', lang)}{colon.rstrip()}")
    lines.extend(_figure_line(f, t.figure_unit, names) for f in p.history if f not in p.after_deadline)
    return "\n".join(lines) + "\n"


def _forecast_line(report: Report, p: TargetProgress, names: Names) -> str:
    """The projection, and the verdict with the rule that gave it (the fact, after the deadline)."""
    lang = names.lang
    f = p.forecast
    assert f is not None
    assert p.actual is not None
    how = {
        "run_rate": f"{fmt_number(p.actual)} ÷ {fmt_number(p.elapsed_at_figure)} × {fmt_number(p.window_months)}",
        "seasonal": f"{fmt_number(p.actual)} ÷ {_w('last_year_share', lang)}",
        "latest": fmt_number(p.actual),
        "level_trend": _trend_text(p),
        "final": fmt_number(p.actual),
    }[f.method]
    value = names.value(f.value, p.target.unit)
    shown = value if f.method in ("latest", "final") else f"{how} = {value}"
    head = f"{label('forecast', lang)} = {shown} ({label(f.method, lang)})"
    verdict = label(f.verdict, lang)
    if p.status == "expired":
        verdict += f" ({_w('expired_cap', lang)})"
    if f.method == "final":
        return f"{head}; {verdict} ({_w('final_rule', lang)})"
    if p.kind == "rate":
        points = fmt_number(report.plan.status_bands.rate_off_track_points)
        symbol = COMPARATOR_SYMBOLS[p.target.comparator]
        rule = (
            f"{label('likely', lang)}: {symbol} {names.value(p.target.value, p.target.unit)}; "
            f"{label('unlikely', lang)}: {_w('rule_off_track_rate', lang, points=points)}"
        )
        return f"{head}; {verdict} ({rule})"
    limits = report.plan.forecast_bands
    return (
        f"{head}; {_w('projection_ratio', lang)} {f.ratio:.2f} → {verdict} "
        f"(≥ {limits.likely:g} {label('likely', lang)}, < {limits.unlikely:g} {label('unlikely', lang)})"
    )


def _figure_line(f: Figure, unit: str, names: Names) -> str:
    value = names.value(f.value, unit) if f.value is not None else "—"
    return f"    {f.period.label}  {value}  {f.place}" + (f"  {f.note}" if f.note else "")


def _trend_text(p: TargetProgress) -> str:
    """A level's straight line: latest + (latest − first) ÷ months between × months to the deadline."""
    first = trend_start(p.history)  # the same line as progress.status.level_trend draws
    assert first is not None
    assert p.figure is not None
    assert first.value is not None
    assert p.actual is not None
    between = months_between(first.period.end, p.figure.period.end)
    left = months_between(p.figure.period.end, p.deadline)
    step = f"({fmt_number(p.actual)} − {fmt_number(first.value)}) ÷ {between}"
    return f"{fmt_number(p.actual)} + {step} × {left}"
