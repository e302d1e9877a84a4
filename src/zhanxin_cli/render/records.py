"""Plain records (dicts of JSON-ready values) shared by the machine-readable formats."""

from __future__ import annotations

from typing import Any

from ..plan import Plan, Target, Task


def number(value: float) -> int | float:
    """An integral float as an int (115.0 → 115), otherwise unchanged."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def item_record(plan: Plan, item: Target | Task) -> dict[str, Any]:
    """Fields common to targets and tasks, with names resolved (the stable contract)."""
    industry = plan.industries.get(item.industry) if item.industry else None
    return {
        "id": item.id,
        "section": item.section,
        "industry": item.industry,
        "industry_name": industry.name if industry else None,
        "name": item.name,
        "deadline": plan.deadline_of(item).isoformat(),
        "commitment": item.commitment,
        "lead": plan.bureaus[item.lead].name if item.lead else None,
        "co": [plan.bureaus[b].name for b in item.co],
        "source": item.source,
    }


def target_record(plan: Plan, target: Target) -> dict[str, Any]:
    """One target as ``zhanxin targets --format json`` prints it."""
    record = item_record(plan, target)
    record.update(
        value=number(target.value),
        unit=target.unit,
        comparator=target.comparator,
        kind=target.kind,
    )
    order = (
        "id",
        "section",
        "industry",
        "industry_name",
        "name",
        "value",
        "unit",
        "comparator",
        "deadline",
        "commitment",
        "kind",
        "lead",
        "co",
        "source",
    )
    return {key: record[key] for key in order}
