"""What a writer is given: the document (a status report, a history, a form) and its layout.
Records the writers of :mod:`zhanxin_cli.render.formats` take; loaded when a report is rendered."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..i18n import Lang

if TYPE_CHECKING:
    from ..errors import Problem
    from ..figures.cells import Figure, Period
    from ..plan.model import Plan, Target, Task
    from ..progress.history import Change, TargetHistory
    from ..progress.status import Report


class Layout(NamedTuple):
    """How a report is laid out: which tables, in which language, at what width, in colour or not."""

    tables: Sequence[str] = ("industry", "bureau", "target")
    lang: Lang = Lang.zh
    width: int = 200
    color: bool = False


class StatusDocument(NamedTuple):
    """Everything a status writer may show."""

    report: Report
    warnings: Sequence[Problem] = ()
    files: Sequence[str] = ()
    changes: Sequence[Change] | None = None
    compared_to: str | None = None


class PortfolioDocument(NamedTuple):
    """A run of several plans: each plan's status document by its key, what the run says about
    the plans (one ended, one left out), the warnings about no plan in particular, the files."""

    plans: Sequence[tuple[str, StatusDocument]]
    notes: Sequence[str] = ()
    warnings: Sequence[Problem] = ()
    files: Sequence[str] = ()


class HistoryDocument(NamedTuple):
    plan: Plan
    as_of: Period
    paths: Sequence[TargetHistory]
    detailed: bool = False


class FormDocument(NamedTuple):
    """One collection form: its rows, the month, the latest figures (for the hint column), its unit's name."""

    items: Sequence[Target | Task]
    period: Period
    series: Mapping[str, Sequence[Figure]]
    unit: str = ""
