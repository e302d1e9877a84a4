"""One mapping from an output format to its writer, for every report.

Each writer lays out the same view (:mod:`~zhanxin_cli.render.view`); the modules are
imported only when their format is asked for, so a JSON run never loads rich.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ..errors import Problem
from ..figures.cells import Period
from ..i18n import Lang
from ..plan.model import Plan
from ..progress.history import Change, TargetHistory
from ..progress.status import Report


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


@dataclass(frozen=True)
class Layout:
    """How a report is laid out: which tables, in which language, at what width, in colour or not."""

    tables: Sequence[str] = ("industry", "bureau", "target")
    lang: Lang = Lang.zh
    width: int = 200
    color: bool = False


@dataclass(frozen=True)
class StatusDocument:
    """Everything a status writer may show."""

    report: Report
    warnings: Sequence[Problem] = ()
    files: Sequence[str] = ()
    changes: Sequence[Change] | None = None
    compared_to: str | None = None


@dataclass(frozen=True)
class HistoryDocument:
    plan: Plan
    as_of: Period
    paths: Sequence[TargetHistory]
    detailed: bool = False


def _status_table(doc: StatusDocument, layout: Layout) -> str:
    from .as_table import render_status

    return render_status(
        doc.report, layout.tables, layout.lang, doc.changes, doc.compared_to, width=layout.width, color=layout.color
    )


def _status_json(doc: StatusDocument, layout: Layout) -> str:
    from .as_json import render_status

    return render_status(doc.report, doc.warnings, doc.files, doc.changes, doc.compared_to, layout.lang)


def _status_csv(doc: StatusDocument, layout: Layout) -> str:
    from .as_csv import render_status

    tables = list(layout.tables)
    return render_status(doc.report, tables[0] if len(tables) == 1 else "target", layout.lang)


def _status_markdown(doc: StatusDocument, layout: Layout) -> str:
    from .as_markdown import render_status

    return render_status(doc.report, layout.tables, layout.lang, doc.changes, doc.compared_to)


def _history_table(doc: HistoryDocument, layout: Layout) -> str:
    from .as_table import render_history

    return render_history(
        doc.plan, doc.as_of, doc.paths, layout.lang, detailed=doc.detailed, width=layout.width, color=layout.color
    )


def _history_json(doc: HistoryDocument, layout: Layout) -> str:
    from .as_json import render_history

    return render_history(doc.plan, doc.as_of, doc.paths)


def _history_csv(doc: HistoryDocument, layout: Layout) -> str:
    from .as_csv import render_history

    return render_history(doc.plan, doc.paths, layout.lang)


def _history_markdown(doc: HistoryDocument, layout: Layout) -> str:
    from .as_markdown import render_history

    return render_history(doc.plan, doc.as_of, doc.paths, layout.lang)


STATUS_WRITERS: Mapping[Format, Callable[[StatusDocument, Layout], str]] = {
    Format.table: _status_table,
    Format.json: _status_json,
    Format.csv: _status_csv,
    Format.markdown: _status_markdown,
}
HISTORY_WRITERS: Mapping[Format, Callable[[HistoryDocument, Layout], str]] = {
    Format.table: _history_table,
    Format.json: _history_json,
    Format.csv: _history_csv,
    Format.markdown: _history_markdown,
}
