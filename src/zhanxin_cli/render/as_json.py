"""JSON output."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..errors import Problem
from ..figures import Period
from ..history import Change, TargetHistory
from ..plan import Plan
from ..progress import Report
from .records import history_record, report_record, target_record


def dumps(data: Any) -> str:
    """Stable, readable JSON: UTF-8 characters kept, two-space indent, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_targets(plan: Plan) -> str:
    return dumps([target_record(plan, t) for t in plan.targets])


def render_status(
    report: Report,
    warnings: Sequence[Problem] = (),
    files: Sequence[str] = (),
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
) -> str:
    return dumps(report_record(report, warnings, files, changes, compared_to))


def render_history(plan: Plan, as_of: Period, paths: Sequence[TargetHistory]) -> str:
    return dumps(
        {
            "plan": {"title": plan.title, "year": plan.year, "region": plan.region},
            "as_of": as_of.label,
            "targets": [history_record(plan, h) for h in paths],
        }
    )
