"""The plan is validated with a stored core schema and built as plain dataclasses, while the pydantic
models stay the single source of truth: these tests keep the three equal."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from tests.helpers import BUNDLED_PLAN
from zhanxin_cli.plan import core_schema as plan_core_schema
from zhanxin_cli.plan import model as plan
from zhanxin_cli.plan import models as plan_models
from zhanxin_cli.plan import rules

PAIRS: list[tuple[type[BaseModel], type[Any]]] = [
    (plan_models.Plan, plan.Plan),
    (plan_models.StatusBands, plan.StatusBands),
    (plan_models.ForecastBands, plan.ForecastBands),
    (plan_models.Unit, plan.Unit),
    (plan_models.Industry, plan.Industry),
    (plan_models.Bureau, plan.Bureau),
    (plan_models.Target, plan.Target),
    (plan_models.Task, plan.Task),
]


def test_the_stored_schema_is_the_models_schema() -> None:
    stored = Path(plan_core_schema.__file__).read_text(encoding="utf-8")
    fix = "run: python -m zhanxin_cli.plan.models > src/zhanxin_cli/plan/core_schema.py"
    assert plan_models.stored_core_schema() == plan_core_schema.CORE_SCHEMA, fix
    # the same header; the data is compared above (pydantic versions write 0 or 0.0, equal values)
    assert stored.partition("CORE_SCHEMA")[0] == plan_models.core_schema_module().partition("CORE_SCHEMA")[0]


@pytest.mark.parametrize(("model", "cls"), PAIRS, ids=[m.__name__ for m, _ in PAIRS])
def test_the_plan_classes_have_the_models_fields_and_defaults(model: type[BaseModel], cls: type[Any]) -> None:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    assert list(fields) == list(model.model_fields)
    for name, info in model.model_fields.items():
        mine = fields[name]
        if info.is_required():
            assert mine.default is dataclasses.MISSING, name
            assert mine.default_factory is dataclasses.MISSING, name
        else:
            default: Any = mine.default if mine.default_factory is dataclasses.MISSING else mine.default_factory()
            expected = info.default.model_dump() if isinstance(info.default, BaseModel) else info.default
            found = dataclasses.asdict(default) if hasattr(default, "__dataclass_fields__") else default
            assert found == expected, name


def bundled_data() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(BUNDLED_PLAN.read_text(encoding="utf-8"))
    return loaded


def test_the_bundled_plan_reads_the_same_both_ways() -> None:
    data = bundled_data()
    assert dataclasses.asdict(rules.validate_structure(data)) == plan_models.Plan.model_validate(data).model_dump()


def errors_both_ways(data: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    def summary(exc: ValidationError | Any) -> list[tuple[Any, ...]]:
        # a model names itself where a mapping was expected ("model_type"); the stored schema
        # validates typed dicts ("dict_type"): both read "expected a mapping"
        kinds = {"model_type": "dict_type", "model_attributes_type": "dict_type"}
        return [(kinds.get(e["type"], e["type"]), e["loc"], e.get("input")) for e in exc.errors()]

    with pytest.raises(ValidationError) as by_models:
        plan_models.Plan.model_validate(data)
    with pytest.raises(Exception) as stored:  # noqa: PT011 - pydantic-core's ValidationError
        rules.validate_structure(data)
    return summary(by_models.value), summary(stored.value)


BREAKAGES: list[tuple[tuple[str | int, ...], Any]] = [
    (("year",), "2023"),
    (("year",), 1800),
    (("year",), True),
    (("title",), ""),
    (("units", "亿元", "scale"), 0),
    (("units", "亿元", "scale"), float("nan")),
    (("units", "亿元", "extra"), 1),
    (("industries", "Bad Id"), {"name": "x"}),
    (("bureaus", "dev_reform", "aliases"), "市发改委"),
    (("targets", 0, "value"), "115亿"),
    (("targets", 0, "comparator"), "以上"),
    (("targets", 0, "deadline"), "2023-06-30"),
    (("targets", 0, "kind"), None),
    (("targets", 1), "not a mapping"),
    (("tasks", 0, "commitment"), "确保"),
    (("status_bands",), {"behind_pp": "0"}),
    (("forecast_bands", "likely"), -1),
    (("schema_version",), 2),
    (("start",), dt.datetime(2023, 1, 1, 8)),
]


@pytest.mark.parametrize(("loc", "value"), BREAKAGES, ids=[".".join(map(str, b[0])) for b in BREAKAGES])
def test_a_broken_plan_gives_the_same_errors_both_ways(loc: tuple[str | int, ...], value: Any) -> None:
    data = bundled_data()
    here: Any = data
    for part in loc[:-1]:
        here = here[part]
    here[loc[-1]] = value
    by_models, stored = errors_both_ways(data)
    assert by_models == stored
    assert by_models  # the breakage is one


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["title", "year", "units", "industries", "bureaus", "targets", "tasks", "region", "nope"]),
    st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=3), st.lists(st.integers(), max_size=2)),
)
def test_any_top_level_value_is_judged_alike(key: str, value: Any) -> None:
    data = copy.deepcopy(BUNDLED)
    data[key] = value
    try:
        expected = plan_models.Plan.model_validate(data).model_dump()
    except ValidationError:
        by_models, stored = errors_both_ways(data)
        assert by_models == stored
    else:
        assert dataclasses.asdict(rules.validate_structure(data)) == expected


BUNDLED = bundled_data()
