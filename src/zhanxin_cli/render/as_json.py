"""JSON output."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..errors import Problem
from ..figures.cells import Period
from ..i18n import Lang
from ..plan.model import Plan
from ..progress.history import Change, TargetHistory
from ..progress.status import Report
from .contract import history_record, report_record, target_record


def dumps(data: Any) -> str:
    """Readable JSON that is fast to write: one key, or one record, per line.

    A mapping's keys and a list's items each get a line (two levels deep); everything
    below that is written compactly on its line by the C encoder, which ``indent`` would
    turn off (the pure-Python encoder is many times slower on a province-sized report).
    UTF-8 characters are kept; the text ends with a newline.
    """
    return _layout(data, 0) + "\n"


def _layout(value: Any, depth: int) -> str:
    if depth >= 2 or not value or not isinstance(value, (dict, list)):
        return _compact(value)
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict):
        lines = [f"{inner}{_compact(k)}: {_layout(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(lines) + f"\n{pad}}}"
    return "[\n" + ",\n".join(inner + _layout(v, depth + 1) for v in value) + f"\n{pad}]"


_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def render_targets(plan: Plan) -> str:
    windows = plan.multi_year
    return dumps([target_record(plan, t, windows) for t in plan.targets])


def render_status(
    report: Report,
    warnings: Sequence[Problem] = (),
    files: Sequence[str] = (),
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
    lang: Lang = Lang.zh,
) -> str:
    return dumps(report_record(report, warnings, files, changes, compared_to, lang))


def render_history(plan: Plan, as_of: Period, paths: Sequence[TargetHistory]) -> str:
    windows = plan.multi_year
    return dumps(
        {
            "plan": {"title": plan.title, "year": plan.year, "region": plan.region},
            "as_of": as_of.label,
            "targets": [history_record(plan, h, windows) for h in paths],
        }
    )
