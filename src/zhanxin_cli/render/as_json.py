"""JSON output."""

from __future__ import annotations

import json
from typing import Any

from ..plan import Plan
from .records import target_record


def dumps(data: Any) -> str:
    """Stable, readable JSON: UTF-8 characters kept, two-space indent, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_targets(plan: Plan) -> str:
    return dumps([target_record(plan, t) for t in plan.targets])
