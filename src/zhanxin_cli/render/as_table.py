"""Terminal tables (rich). Only this module and the CLI import rich."""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console, RenderableType
from rich.table import Table

from ..labels import Lang, label, list_separator
from ..plan import COMPARATOR_SYMBOLS, Plan, Target
from .records import number


def format_value(value: float, unit: str) -> str:
    """115 亿元, 12%, 6 百分点, 1.5 亿元: no spurious decimals, % glued to the number."""
    shown = f"{number(value):,}" if float(value).is_integer() else f"{value:,.4g}"
    return f"{shown}{unit}" if unit == "%" else f"{shown} {unit}"


def target_text(target: Target) -> str:
    """The comparator and value, e.g. "≥ 115 亿元"."""
    return f"{COMPARATOR_SYMBOLS[target.comparator]} {format_value(target.value, target.unit)}"


def targets_table(plan: Plan, lang: Lang = Lang.zh) -> Table:
    table = Table(title=f"{plan.title} · {label('targets_title', lang)}", title_justify="left")
    for key in ("id", "section", "industry", "name", "target", "deadline", "commitment", "lead", "co"):
        wraps = key in ("name", "co", "industry")
        table.add_column(
            label(key, lang),
            justify="right" if key == "target" else "left",
            no_wrap=not wraps,
            overflow="fold",
            ratio=3 if key == "name" else None,
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


def to_text(renderables: Iterable[RenderableType], width: int = 160) -> str:
    """Render to plain text (no colour) at a fixed width: for files, pipes and golden tests."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False, legacy_windows=False)
    for r in renderables:
        console.print(r)
    return buffer.getvalue()
