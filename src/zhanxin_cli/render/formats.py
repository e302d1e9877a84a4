"""The one registry of output formats: for each report, its format names and the writer of
each. The command line's choices are these enums; nothing else names a format.

Each writer lays out the same view (:mod:`~zhanxin_cli.render.view`); the modules are
imported only when their format is asked for, so a JSON run never loads rich, and this module
itself loads nothing but the enums (the command line reads it at start-up); the records the
writers take are in :mod:`~zhanxin_cli.render.documents`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import Lang

if TYPE_CHECKING:
    from ..plan.model import Plan
    from ..plan.read import PlanCheck
    from .documents import FormDocument, HistoryDocument, Layout, StatusDocument


class Format(StrEnum):
    """The status and history reports."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class TargetsFormat(StrEnum):
    """The list of targets."""

    table = "table"
    json = "json"


class ValidateFormat(StrEnum):
    """Validation results."""

    text = "text"
    json = "json"
    github = "github"


class FormFormat(StrEnum):
    """Collection forms."""

    csv = "csv"
    xlsx = "xlsx"


def form_format(path: Path | None, chosen: FormFormat | str | None = None) -> FormFormat:
    """The format of a form: the one chosen, else an Excel workbook for a file ending in .xlsx, else CSV."""
    if chosen is not None:
        return FormFormat(chosen)
    return FormFormat.xlsx if path is not None and path.suffix.lower() == ".xlsx" else FormFormat.csv


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


def _targets_table(plan: Plan, layout: Layout) -> str:
    from .as_table import render_targets

    return render_targets(plan, layout.lang, width=layout.width, color=layout.color)


def _targets_json(plan: Plan, layout: Layout) -> str:
    from .as_json import render_targets

    return render_targets(plan)


TARGETS_WRITERS: Mapping[TargetsFormat, Callable[[Plan, Layout], str]] = {
    TargetsFormat.table: _targets_table,
    TargetsFormat.json: _targets_json,
}


def _validation_text(checks: Sequence[PlanCheck], lang: Lang) -> tuple[str, str]:
    from .problems import validation_text

    return validation_text(checks, lang)


def _validation_github(checks: Sequence[PlanCheck], lang: Lang) -> tuple[str, str]:
    from .problems import validation_text

    return validation_text(checks, lang, github=True)


def _validation_json(checks: Sequence[PlanCheck], lang: Lang) -> tuple[str, str]:
    from .problems import validation_json

    return validation_json(checks, lang), ""


VALIDATION_WRITERS: Mapping[ValidateFormat, Callable[[Sequence[PlanCheck], Lang], tuple[str, str]]] = {
    ValidateFormat.text: _validation_text,
    ValidateFormat.json: _validation_json,
    ValidateFormat.github: _validation_github,
}
"""Validation results as (stdout, stderr)."""


def _form_csv(doc: FormDocument, lang: Lang) -> bytes:
    from .forms.csv_form import render_template

    return render_template(doc.items, doc.period, doc.series, lang).encode("utf-8")


def _form_xlsx(doc: FormDocument, lang: Lang) -> bytes:
    from .forms.xlsx_form import render_form_xlsx

    return render_form_xlsx(doc.items, doc.period, doc.series, doc.unit, lang)


FORM_WRITERS: Mapping[FormFormat, Callable[[FormDocument, Lang], bytes]] = {
    FormFormat.csv: _form_csv,
    FormFormat.xlsx: _form_xlsx,
}
