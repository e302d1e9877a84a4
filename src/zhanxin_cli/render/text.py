"""Formatting numbers, targets and statuses for people (no rich: Markdown and text use it too)."""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..i18n import Lang, label, list_separator
from ..plan.model import COMPARATOR_SYMBOLS, Plan, Target
from ..progress.status import Report, TargetProgress

K = TypeVar("K", bound=str)


def fmt_number(value: float, decimals: int = 2) -> str:
    """Thousands separators, at most ``decimals`` decimals, no trailing zeros: 1,234.5 (minus as −)."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text.replace("-", "−")


def fmt_value(value: float, unit: str) -> str:
    """115 亿元, 12%, 6 百分点: % glued to the number, other units after a space."""
    shown = fmt_number(value)
    return f"{shown}{unit}" if unit == "%" else f"{shown} {unit}"


def fmt_pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def fmt_pp(value: float | None) -> str:
    """Signed percentage points with a true minus sign (−12.5), which no spreadsheet reads as a formula."""
    return "—" if value is None else f"{value:+.1f}".replace("-", "−")


@dataclass(frozen=True)
class Names:
    """What the plan calls its industries, bureaus and units, in a language: the plan's ``en:``
    names in English where it gives them, its own names otherwise."""

    plan: Plan
    lang: Lang = Lang.zh

    def unit(self, unit: str) -> str:
        declared = self.plan.units.get(unit)
        return declared.en if self.lang is Lang.en and declared and declared.en else unit

    def industry(self, industry: str | None) -> str:
        if industry is None:
            return label("cross_cutting", self.lang)
        declared = self.plan.industries[industry]
        return declared.en if self.lang is Lang.en and declared.en else declared.name

    def bureau(self, bureau: str | None, none: str = "") -> str:
        if bureau is None:
            return none
        declared = self.plan.bureaus[bureau]
        return declared.en if self.lang is Lang.en and declared.en else declared.name

    def bureaus(self, bureaus: Sequence[str]) -> str:
        return list_separator(self.lang).join(self.bureau(b) for b in bureaus)

    def value(self, value: float, unit: str) -> str:
        """115 亿元 (or 115 100M yuan in English)."""
        return fmt_value(value, self.unit(unit))


def target_text(target: Target, names: Names) -> str:
    """The comparator and value, e.g. "≥ 115 亿元"."""
    return f"{COMPARATOR_SYMBOLS[target.comparator]} {names.value(target.value, target.unit)}"


def counts_text(counts: Mapping[K, int], keys: Sequence[K], lang: Lang) -> str:
    """ "已达标 9 · 正常 11 …": the non-zero counts, in the given order."""
    return " · ".join(f"{label(k, lang)} {counts[k]}" for k in keys if counts.get(k)) or "—"


def selection_names(report: Report, names: Names) -> list[str]:
    """The names of the industry and bureau a report is filtered to."""
    chosen = []
    if "industry" in report.selection:
        chosen.append(names.industry(report.selection["industry"]))
    if "bureau" in report.selection:
        chosen.append(names.bureau(report.selection["bureau"]))
    return chosen


def forecast_text(p: TargetProgress, names: Names) -> str:
    """ "217.2 亿元 可完成": the year-end projection and its verdict (empty without one)."""
    if p.forecast is None:
        return ""
    return f"{names.value(p.forecast.value, p.target.unit)} {label(p.forecast.verdict, names.lang)}"


def month_label(period_label: str, lang: Lang, *, with_year: bool = False) -> str:
    """ "2023-03" → "3月" (zh) or "Mar" (en), with its year "2023年3月" / "Mar 2023" where months
    of several years are shown; a full date stays as it is."""
    if len(period_label) != 7:
        return period_label
    year, month = period_label[:4], int(period_label[5:])
    if lang is Lang.zh:
        return f"{year}年{month}月" if with_year else f"{month}月"
    return f"{calendar.month_abbr[month]} {year}" if with_year else calendar.month_abbr[month]


def deviation_text(p: TargetProgress, lang: Lang) -> str:
    """How far a target is from where it should be, in words, the way an office says it:
    a rate in points from its target (低于目标 1.5 个百分点), a cumulative total's completion
    against 序时进度 (完成率落后序时进度 12.5 个百分点), a level's completion. Empty when
    there is nothing to say (no figure, a milestone, a rate that holds)."""
    gap = p.schedule_gap_pp
    if gap is None or p.kind == "milestone":
        return ""
    pp = f"{abs(gap):.1f}"
    if p.kind == "rate":
        if p.holds:
            return ""
        if gap == 0:  # 超N of a continuous unit at exactly N
            return label("at_not_above", lang)
        key = {"le": "above_ceiling", "lt": "above_ceiling", "eq": "off_target"}.get(p.target.comparator)
        return label(key or "below_target", lang, pp=pp)
    if p.linear:
        return label("behind_schedule" if gap < 0 else "ahead_of_schedule", lang, pp=pp)
    return label("completion_of", lang, pct=fmt_pct(p.completion))


def actual_text(p: TargetProgress, names: Names) -> str:
    """The figure in the target's unit, or a dash without one."""
    return "—" if p.actual is None else names.value(p.actual, p.target.unit)


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float | None]) -> str:
    """▁▂▃▅▇ of the values (a space where there is none), scaled from 0 or the minimum to the maximum."""
    present = [v for v in values if v is not None]
    if not present:
        return " " * len(values)
    low, high = min(0.0, *present), max(present)
    span = high - low
    return "".join(
        " " if v is None else SPARKS[0 if span == 0 else min(int((v - low) / span * (len(SPARKS) - 1) + 0.5), 7)]
        for v in values
    )


def failure_lines(failing: Sequence[TargetProgress], thresholds: Sequence[str], names: Names) -> str:
    """What a scheduled check's log says when --fail-on fails: one line per target, with the
    figure behind its status (id, name, status, actual / target, the figure's period)."""
    lang = names.lang
    what = ",".join(thresholds)
    lines = [label("fail_on_title", lang, what=what, n=len(failing))]
    for p in failing:
        period = p.figure.period.label if p.figure else label("no_data", lang)
        status = label(p.status, lang)
        if p.stale and p.figure is not None:
            status += f" ({label('stale', lang, period=p.figure.period.label)})"
        shown = f"{actual_text(p, names)} / {target_text(p.target, names)}"
        lines.append(f"  {p.target.id} {p.target.name}: {status}, {shown}, {period}")
    return "\n".join(lines) + "\n"
