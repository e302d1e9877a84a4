"""The plan's structure as pydantic models: the single source of truth for its JSON Schema,
its documentation and the stored core schema that :mod:`zhanxin_cli.plan.model` validates with.

Not imported on the commands' hot path: building these classes costs more than a whole
``validate`` of the bundled plan. :func:`stored_core_schema` turns the models' core schema
into plain data (typed dicts instead of model classes); :mod:`zhanxin_cli.plan.core_schema`
stores it, and tests keep the two, and the plan classes of :mod:`zhanxin_cli.plan.model`, equal.
After changing a model::

    zhanxin schema > src/zhanxin_cli/data/plan.schema.json
    python -m zhanxin_cli.plan.models > src/zhanxin_cli/plan/core_schema.py
"""

from __future__ import annotations

import datetime as dt
import pprint
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .model import ID_PATTERN, Commitment, Comparator, Kind, Schedule

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Unit(_Strict):
    """A unit of measure. Figures convert between units of one dimension by ``scale``."""

    dimension: Id = Field(description="Units convert only within one dimension, e.g. money_cny.")
    scale: float = Field(1.0, gt=0, allow_inf_nan=False, description="Size in the dimension's base unit.")
    integer: bool = Field(False, description="Counted in whole numbers (个, 家, 名): 超N then means at least N+1.")
    en: Text | None = Field(None, description="English label.")


class Industry(_Strict):
    """One of the plan's industries."""

    name: Text = Field(description="Name as the plan writes it.")
    en: Text | None = None
    headline: list[Text] = Field(
        [], description="Target ids shown as the industry's own figures (e.g. output, growth); default: its first two."
    )


class Bureau(_Strict):
    """A responsible unit (责任单位)."""

    name: Text = Field(description="Canonical name as the plan writes it, e.g. 市发改局.")
    aliases: list[Text] = Field([], description="Other spellings of the same unit.")
    en: Text | None = None


class _Item(_Strict):
    """Fields shared by targets and tasks."""

    id: Id = Field(description="Stable ASCII id used by figures files and scripts.")
    section: Text = Field(description="Section in the plan with corrected numbering, e.g. 三(二)2.")
    industry: Text | None = Field(None, description="Industry id, or null for cross-cutting items.")
    name: Text = Field(description="What is measured or done, as the plan words it.")
    deadline: dt.date | None = Field(None, description="Defaults to the end of the plan's (last) year.")
    commitment: Commitment | None = Field(None, description="ensure (确保), strive (力争) or null.")
    lead: Text | None = Field(None, description="Lead unit's bureau id (marked * or the only one named).")
    co: list[Text] = Field([], description="Co-operating units' bureau ids.")
    source: Text = Field(description="The source sentence (原文).")
    note: Text | None = Field(None, description="How the source was read, where it is ambiguous.")


class Baseline(_Strict):
    """Where a multi-year target starts from: its value at the end of a year (基期)."""

    year: int = Field(ge=1900, le=2999, description="The baseline year: the value is the figure at its end.")
    value: float = Field(allow_inf_nan=False, description="The baseline figure (从X提高到Y: X).")
    unit: Text | None = Field(
        None, description="average_growth only: the unit of the quantity whose growth is judged (its figures' unit)."
    )


class Milestone(_Strict):
    """A multi-year target's figure due by the end of one of its years."""

    year: int = Field(ge=1900, le=2999)
    value: float = Field(allow_inf_nan=False, description="Due by 31 December of the year, in the target's unit.")


class Target(_Item):
    """A numeric target."""

    value: float = Field(allow_inf_nan=False, description="The target figure, in `unit`.")
    unit: Text = Field(description="A key of `units`, e.g. 亿元, %, 百分点, 个, 家, 名.")
    comparator: Comparator
    kind: Kind = Field(
        description="cumulative: year-to-date total, prorated (序时进度); rate: rate or share "
        "compared directly; level: a stock at a date; milestone: reached or not; average_growth: "
        "年均增长/下降 N % (value: the rate, signed; figures: the quantity), judged by the compound rate "
        "from the baseline."
    )
    schedule: Schedule | None = Field(
        None,
        description="Where offices differ, how a cumulative or level target is judged before its deadline: "
        "linear (against 序时进度) or deadline (not prorated: by its trend, or within the warning months). "
        "Default: linear for a cumulative target, and for a level with a baseline; deadline for a level.",
    )
    start: dt.date | None = Field(
        None,
        description="Start of the target's own window (序时进度 counts from here); default: the day after its "
        "baseline year, else the plan's start.",
    )
    baseline: Baseline | None = Field(
        None, description="从X提高到Y: the value at the end of a year; progress is the distance covered from it."
    )
    milestones: list[Milestone] = Field(
        [], description="Yearly milestones before the deadline: the as-of year's is judged like a one-year target."
    )


class Task(_Item):
    """A qualitative measure or task."""


class StatusBands(_Strict):
    """Traffic-light bands. Cumulative and level targets: percentage points of schedule gap
    (completion − 序时进度). Rates and shares: percentage points short of the target itself."""

    behind_pp: float = Field(0.0, allow_inf_nan=False, description="Below this: behind (yellow).")
    off_track_pp: float = Field(-30.0, allow_inf_nan=False, description="At or below: off track (red).")
    rate_off_track_points: float = Field(
        3.0,
        gt=0,
        allow_inf_nan=False,
        description="A rate or share short of its target by this many percentage points or more: off track "
        "(red); short by less: behind (yellow).",
    )
    overdue_after_months: int = Field(
        1,
        ge=0,
        description="A deadline whose figure has not come this many months after the deadline's month: "
        "overdue (逾期未报), no longer awaiting (待报).",
    )
    stale_after_months: int = Field(
        3,
        ge=1,
        description="A figure this many months older than the report month or more: expired (数据过期), "
        "never judged likely.",
    )
    milestone_warning_months: int = Field(
        3,
        ge=0,
        description="A milestone (or a level) not reached this many months before its deadline or later: "
        "behind (滞后), an alarm under 确保.",
    )


class ForecastBands(_Strict):
    """Verdict thresholds on projection ÷ target at the deadline."""

    likely: float = Field(0.95, gt=0, allow_inf_nan=False, description="At or above: likely.")
    unlikely: float = Field(0.80, gt=0, allow_inf_nan=False, description="Below: unlikely; between: at risk.")


class Plan(_Strict):
    """The whole plan."""

    schema_version: Literal[1] = 1
    title: Text
    year: int = Field(ge=1900, le=2999, description="The plan's (first) year.")
    end_year: int | None = Field(
        None, ge=1900, le=2999, description="A multi-year plan's last year (到2025年); default: the plan's year."
    )
    region: Text | None = None
    start: dt.date | None = Field(None, description="Start of the plan window; default 1 January of its year.")
    source: Text | None = Field(None, description="Where the plan text comes from.")
    status_bands: StatusBands = StatusBands()
    forecast_bands: ForecastBands = ForecastBands()
    units: dict[Text, Unit]
    industries: dict[Id, Industry]
    bureaus: dict[Id, Bureau]
    targets: list[Target]
    tasks: list[Task] = []


def plan_json_schema() -> dict[str, Any]:
    """JSON Schema of a plan file, generated from the models."""
    schema = Plan.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "zhanxin plan"
    return schema


def stored_core_schema() -> dict[str, Any]:
    """The models' pydantic-core schema as plain JSON: each model becomes a typed dict with the
    same fields, checks, defaults and strictness, so that validating with it finds exactly the
    errors the models find, at the same locations, without building the model classes."""
    plain: dict[str, Any] = _plain(Plan.__pydantic_core_schema__)
    return plain


def _plain(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_plain(item) for item in schema]
    if isinstance(schema, BaseModel):  # a default such as StatusBands()
        return schema.model_dump()
    if not isinstance(schema, dict):
        return schema
    if schema.get("type") == "model":
        config = schema.get("config", {})
        fields = schema["schema"]["fields"]
        return {
            "type": "typed-dict",
            "fields": {
                name: {
                    "type": "typed-dict-field",
                    "schema": _plain(field["schema"]),
                    "required": field["schema"]["type"] != "default",
                }
                for name, field in fields.items()
            },
            "extra_behavior": config.get("extra_fields_behavior", "ignore"),
            "config": {key: value for key, value in config.items() if key != "title"},
        }
    # keys in a fixed order (pydantic versions order a schema's keys differently); a model's
    # fields keep theirs, which is the order its errors come in
    return {key: _plain(schema[key]) for key in sorted(schema) if key not in ("metadata", "ref")}


def core_schema_module() -> str:
    """The text of :mod:`zhanxin_cli.plan.core_schema`."""
    body = pprint.pformat(stored_core_schema(), width=110, sort_dicts=False)
    return (
        '"""The plan\'s pydantic-core schema, generated from :mod:`zhanxin_cli.plan.models`: do not edit.\n\n'
        "Regenerate with ``python -m zhanxin_cli.plan.models > src/zhanxin_cli/plan/core_schema.py``\n"
        '(a test fails until then)."""\n\n'
        "from typing import Any\n\n"
        f"CORE_SCHEMA: dict[str, Any] = {body}\n"
    )


if __name__ == "__main__":
    print(core_schema_module(), end="")
