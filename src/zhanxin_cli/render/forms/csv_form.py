"""Collection templates: the figures CSV a bureau fills in for one period.

One row per target and task (those a bureau leads, optionally also those it
co-operates on), with id, name, unit and period filled in and, as a hint, the latest
figure before that period. What a bureau fills in reads back with ``zhanxin status``
unchanged: the hint columns (名称, 上期数值) are ignored by the figures reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...figures.cells import Figure, Period
from ...i18n import Lang, label
from ...plan.model import Target, Task
from ..as_csv import Cell, write_csv
from ..contract import rounded

HEADER = {
    Lang.zh: ("指标编号", "名称", "期间", "单位", "上期数值", "数值", "备注"),
    Lang.en: ("target", "name", "period", "unit", "previous", "value", "note"),
}


def render_template(
    items: Sequence[Target | Task], period: Period, series: Mapping[str, Sequence[Figure]], lang: Lang = Lang.zh
) -> str:
    rows: list[list[Cell]] = [list(HEADER[lang])]
    for item in items:
        previous = [f for f in series.get(item.id, ()) if f.period < period]
        hint: Cell = ""
        if previous:
            last = previous[-1]
            hint = rounded(last.value) if last.value is not None else label(str(last.status), lang)
        unit = item.figure_unit if isinstance(item, Target) else ""
        rows.append([item.id, item.name, period.label, unit, hint, "", ""])
    return write_csv(rows)
