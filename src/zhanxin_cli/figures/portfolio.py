"""The figures of a run of several plans, read once against their reading plan
(:mod:`zhanxin_cli.plan.portfolio`) and split into each plan's own figures.

Pure: no I/O. A figure outside its own plan's window is a located problem (the files were read
against the window of every plan together).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import Problem
from ..i18n import Msg
from ..plan.portfolio import PlanEntry, ReadingPlan
from .read import FigureSet
from .series import Merged, Series


@dataclass(frozen=True)
class Split:
    """The figures of a run of several plans, each plan's own."""

    plans: dict[str, FigureSet]  # by key: its figures by its own ids, the warnings about its targets
    general: tuple[Problem, ...]  # the warnings about no target in particular (a file, a row)
    outside: tuple[Problem, ...]  # figures outside their own plan's years


def split_figures(reading: ReadingPlan, entries: Sequence[PlanEntry], figures: FigureSet) -> Split:
    """Each plan's figures (by its own ids), with the warnings about its targets."""
    series: dict[str, dict[str, Series]] = {e.key: {} for e in entries}
    outside: list[Problem] = []
    plans = {e.key: e.plan for e in entries}
    for reading_id, found in figures.merged.series.items():
        key, item_id = reading.owner[reading_id]
        plan = plans[key]
        first, last = plan.start_date.toordinal(), plan.end_date.toordinal()
        if found.ends and (found.ends[0] < first or found.ends[-1] > last):
            outside.extend(
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
                for f in found
                if not first <= f.period.end.toordinal() <= last
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
    return Split(
        {e.key: FigureSet(Merged(series[e.key], []), figures.files, tuple(warnings[e.key])) for e in entries},
        tuple(general),
        tuple(outside),
    )
