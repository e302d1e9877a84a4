"""The figures of a run of several plans, read once against their reading plan
(:mod:`zhanxin_cli.plan.portfolio`) and split into each plan's own figures.

Pure: no I/O. A figure outside its own plan's window is a located problem (the files were read
against the window of every plan together).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..errors import Problem
from ..i18n import Msg
from ..plan.portfolio import PlanEntry, ReadingPlan
from .read import FigureSet
from .series import Merged, Series


def split_figures(reading: ReadingPlan, entries: Sequence[PlanEntry], figures: FigureSet) -> dict[str, FigureSet]:
    """Each plan's figures (by its own ids), with the warnings about its targets; the warnings
    about no target in particular go with every plan's set only once, in the first."""
    series: dict[str, dict[str, Series]] = {e.key: {} for e in entries}
    problems: dict[str, list[Problem]] = {e.key: [] for e in entries}
    plans = {e.key: e.plan for e in entries}
    for reading_id, found in figures.merged.series.items():
        key, item_id = reading.owner[reading_id]
        plan = plans[key]
        first, last = plan.start_date.toordinal(), plan.end_date.toordinal()
        if found.ends and (found.ends[0] < first or found.ends[-1] > last):
            outside = [f for f in found if not first <= f.period.end.toordinal() <= last]
            problems[key].extend(
                Problem(
                    f.place.file,
                    Msg(
                        "{id}: expected a period within {plan}'s years {years}, found {found}",
                        id=item_id,
                        plan=plan.title,
                        years=plan.years_label,
                        found=f.period.label,
                    ),
                    f.place.row,
                )
                for f in outside
            )
        series[key][item_id] = found.renamed(item_id) if item_id != reading_id else found
    warnings: dict[str, list[Problem]] = {e.key: [] for e in entries}
    general: list[Problem] = []
    for warning in figures.warnings:
        owner = reading.owner.get(warning.subject or "")
        if owner is None:
            general.append(warning)
        else:
            warnings[owner[0]].append(dataclasses.replace(warning, subject=owner[1]))
    first_key = entries[0].key
    return {
        e.key: FigureSet(
            Merged(series[e.key], []),
            figures.files,
            tuple((general if e.key == first_key else []) + warnings[e.key]),
            tuple(problems[e.key]) + (figures.problems if e.key == first_key else ()),
        )
        for e in entries
    }
