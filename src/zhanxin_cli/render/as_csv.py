"""CSV output that opens cleanly in Excel and WPS.

UTF-8 with a byte-order mark (so Excel detects the encoding), CRLF line ends, plain
numbers (no thousands separators), and text cells that a spreadsheet would take for a
formula (starting with ``= + - @``, a tab or CR) prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from ..history import TargetHistory
from ..labels import Lang, label, list_separator
from ..progress import STATUSES, Report
from .records import rounded
from .text import lagging_names

Cell = str | int | float | bool | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SIGNED_NUMBER = re.compile(r"[+-]\d[\d,]*(?:\.\d+)?%?")


def safe_cell(value: Cell) -> Cell:
    """Neutralise a text cell that a spreadsheet would run as a formula.

    Numbers pass unchanged, also when written as text with a sign ("+6.7", "-12.5%").
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _SIGNED_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(rows: Sequence[Sequence[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if c is None else c for c in (safe_cell(c) for c in row)])
    return "\ufeff" + buffer.getvalue()


def render_status(report: Report, by: str, lang: Lang = Lang.zh) -> str:
    """One table: ``by`` is target (default), industry or bureau."""
    if by == "industry":
        return write_csv(_industry_rows(report, lang))
    if by == "bureau":
        return write_csv(_bureau_rows(report, lang))
    return write_csv(_target_rows(report, lang))


def _target_rows(report: Report, lang: Lang) -> list[list[Cell]]:
    keys = (
        "id",
        "section",
        "industry",
        "name",
        "target",
        "unit",
        "deadline",
        "commitment",
        "kind",
        "lead",
        "co",
        "actual",
        "period",
        "expected",
        "gap",
        "completion",
        "schedule_gap",
        "status",
        "note",
    )
    suffix = {"completion": " (%)", "schedule_gap": f" ({label('pp', lang)})"}
    rows: list[list[Cell]] = [[label(k, lang) + suffix.get(k, "") for k in keys]]
    sep = list_separator(lang)
    plan = report.plan
    for p in report.targets:
        t = p.target
        industry = plan.industries[t.industry].name if t.industry else label("cross_cutting", lang)
        rows.append(
            [
                t.id, t.section, industry, t.name, rounded(t.value), t.unit, plan.deadline_of(t).isoformat(),
                label(t.commitment, lang) if t.commitment else "", label(t.kind, lang),
                plan.bureaus[t.lead].name if t.lead else "", sep.join(plan.bureaus[b].name for b in t.co),
                rounded(p.actual), p.figure.period.label if p.figure else "", rounded(p.expected), rounded(p.gap),
                rounded(p.completion, 2), rounded(p.schedule_gap_pp, 2), label(p.status, lang),
                rounded(p.forecast.value) if p.forecast else None,
                label(p.forecast.verdict, lang) if p.forecast else "",
                p.figure.note if p.figure else "",
            ]
        )  # fmt: skip
    return rows


def _industry_rows(report: Report, lang: Lang) -> list[list[Cell]]:
    rows: list[list[Cell]] = [[label("industry", lang), label("n", lang), *(label(s, lang) for s in STATUSES)]]
    for row in report.industries:
        counts = row.group.counts
        rows.append([row.name or label("cross_cutting", lang), len(row.group.targets), *(counts[s] for s in STATUSES)])
    return rows


def _bureau_rows(report: Report, lang: Lang) -> list[list[Cell]]:
    header: list[Cell] = [label("bureau", lang), label("lead_n", lang), *(label(s, lang) for s in STATUSES)]
    header += [label("co_n", lang), label("co_lagging", lang), label("lagging", lang)]
    rows: list[list[Cell]] = [header]
    sep = list_separator(lang)
    for row in report.bureaus:
        counts = row.lead.counts
        lagging = lagging_names(row, lang)
        rows.append(
            [row.name or label("unassigned", lang), len(row.lead.targets), *(counts[s] for s in STATUSES),
             len(row.co.targets), len(row.co.lagging), sep.join(lagging)]
        )  # fmt: skip
    return rows


def render_history(paths: Sequence[TargetHistory], lang: Lang = Lang.zh) -> str:
    """Long format: one row per target and month."""
    keys = ("id", "name", "period", "actual", "expected", "completion", "schedule_gap", "status")
    suffix = {"expected": " (%)", "completion": " (%)", "schedule_gap": f" ({label('pp', lang)})"}
    rows: list[list[Cell]] = [[label(k, lang) + suffix.get(k, "") for k in keys]]
    for h in paths:
        for p in h.points:
            rows.append(
                [h.target.id, h.target.name, p.as_of_label, rounded(p.actual), rounded(p.expected_pct, 2),
                 rounded(p.completion, 2), rounded(p.schedule_gap_pp, 2), label(p.status, lang)]
            )  # fmt: skip
    return write_csv(rows)
