"""Unit tests of the plan models and whole-plan rules, on plain dicts (no files)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from zhanxin_cli.plan.rules import check_plan, validate_plan, validate_structure

BASE: dict[str, Any] = {
    "title": "测试计划",
    "year": 2030,
    "units": {"亿元": {"dimension": "money_cny", "scale": 1e8}, "个": {"dimension": "item"}},
    "industries": {"alpha": {"name": "甲产业"}},
    "bureaus": {"dev": {"name": "县发改局"}, "eco": {"name": "县经信局", "aliases": ["县经信"]}},
    "targets": [
        {
            "id": "alpha_output",
            "section": "二(一)",
            "industry": "alpha",
            "name": "甲产业总产值",
            "value": 10,
            "unit": "亿元",
            "comparator": "ge",
            "kind": "cumulative",
            "lead": "dev",
            "co": ["eco"],
            "source": "甲产业总产值10亿元以上",
        }
    ],
    "tasks": [{"id": "alpha_task", "section": "三(一)1", "name": "推进", "lead": "eco", "source": "推进"}],
}


def plan_with(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    target = data["targets"][0]
    for key, value in changes.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value
    return data


def messages(data: Any) -> list[tuple[tuple[str | int, ...], str]]:
    plan, problems = validate_plan(data)
    assert plan is None
    return [(p.loc, p.message) for p in problems]


def test_valid_plan_has_defaults() -> None:
    plan, problems = validate_plan(copy.deepcopy(BASE))
    assert problems == []
    assert plan is not None
    target = plan.targets[0]
    assert plan.deadline_of(target) == dt.date(2030, 12, 31)
    assert plan.start_date == dt.date(2030, 1, 1)
    assert target.commitment is None
    assert plan.status_bands.behind_pp == 0
    assert plan.status_bands.off_track_pp == -30


def test_bureau_named_resolves_names_aliases_and_ids() -> None:
    plan = validate_structure(copy.deepcopy(BASE))
    assert plan.bureau_named("县经信") == "eco"
    assert plan.bureau_named("县经信局") == "eco"
    assert plan.bureau_named("dev") == "dev"
    assert plan.bureau_named("县教育局") is None


def test_root_must_be_a_mapping() -> None:
    roots: list[object] = [[], "text", 3, None]
    for root in roots:
        ((loc, message),) = messages(root)
        assert loc == ()
        assert message.startswith("expected a mapping")


@pytest.mark.usefixtures("english")
def test_strict_types_are_not_coerced() -> None:
    found = dict(messages(plan_with(value="10")))
    assert found[("targets", 0, "value")] == "expected a number (write 10 without quotes), found string '10'"


def test_structural_and_reference_problems_are_reported_together() -> None:
    data = plan_with(value="ten")
    data["targets"].append({**copy.deepcopy(BASE["targets"][0]), "id": "beta", "industry": "nope"})
    found = dict(messages(data))
    assert ("targets", 0, "value") in found
    assert found[("targets", 1, "industry")].startswith("unknown industry 'nope'")


def test_lead_in_co_and_repeated_co() -> None:
    found = dict(messages(plan_with(co=["eco", "dev", "eco"])))
    assert found[("targets", 0, "co", 1)] == "lead 'dev' is also listed as co-operating"
    assert found[("targets", 0, "co", 2)] == "co-operating unit 'eco' listed twice"


def test_unknown_bureau_suggests_by_alias() -> None:
    found = dict(messages(plan_with(lead="县经信")))
    assert found[("targets", 0, "lead")].endswith("did you mean 'eco'?")


def test_industry_by_name_suggests_its_id() -> None:
    found = dict(messages(plan_with(industry="甲产业")))
    assert found[("targets", 0, "industry")].endswith("did you mean 'alpha'?")


@pytest.mark.parametrize(
    ("kind", "comparator", "ok"),
    [
        ("cumulative", "ge", True),
        ("cumulative", "gt", True),
        ("cumulative", "le", True),  # a ceiling on a year-to-date total (控制在50家以内)
        ("cumulative", "eq", False),
        ("milestone", "eq", False),
        ("milestone", "ge", True),
        ("rate", "le", True),
        ("level", "eq", True),
    ],
)
def test_comparator_must_fit_kind(kind: str, comparator: str, ok: bool) -> None:
    plan, problems = validate_plan(plan_with(kind=kind, comparator=comparator))
    assert (plan is not None) is ok
    assert bool(problems) is not ok


@pytest.mark.parametrize(
    ("deadline", "ok"),
    [
        (dt.date(2030, 6, 30), True),
        (dt.date(2030, 12, 31), True),
        (dt.date(2031, 1, 1), False),
        (dt.date(2029, 12, 31), False),
    ],
)
def test_deadline_inside_plan_year(deadline: dt.date, ok: bool) -> None:
    plan, _ = validate_plan(plan_with(deadline=deadline))
    assert (plan is not None) is ok


@pytest.mark.usefixtures("english")
def test_deadline_must_be_a_date_not_text() -> None:
    found = dict(messages(plan_with(deadline="2030-06-30")))
    assert found[("targets", 0, "deadline")].startswith("expected a date YYYY-MM-DD")


def test_duplicate_ids_across_targets_and_tasks() -> None:
    data = copy.deepcopy(BASE)
    data["tasks"][0]["id"] = "alpha_output"
    found = dict(messages(data))
    assert found[("tasks", 0, "id")].startswith("duplicate id 'alpha_output'")


def test_unknown_key_suggests_the_field() -> None:
    found = dict(messages(plan_with(comparator=None, comparater="ge")))
    assert found[("targets", 0, "comparater")] == "unknown key 'comparater'; did you mean 'comparator'?"
    assert found[("targets", 0, "comparator")] == "missing required key 'comparator'"


def test_infinite_value_is_rejected() -> None:
    found = dict(messages(plan_with(value=float("inf"))))
    assert "finite" in found[("targets", 0, "value")]


def test_alias_may_not_name_another_bureau() -> None:
    data = copy.deepcopy(BASE)
    data["bureaus"]["eco"]["aliases"] = ["县发改局"]
    found = dict(messages(data))
    assert found[("bureaus", "eco", "aliases", 0)] == "name '县发改局' already denotes bureau 'dev'"


def test_check_plan_on_a_consistent_plan_is_empty() -> None:
    assert check_plan(validate_structure(copy.deepcopy(BASE))) == []


# ── what people write by hand in a plan, and the hint that fixes it ─────────
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"comparator": ">="}, "expected one of ge, gt, le, lt, eq; '>=' is written ge, found string '>='"),
        ({"comparator": "以上"}, "expected one of ge, gt, le, lt, eq; '以上' is written ge, found string '以上'"),
        ({"comparator": "超过"}, "expected one of ge, gt, le, lt, eq; '超过' is written gt, found string '超过'"),
        ({"comparator": "以内"}, "expected one of ge, gt, le, lt, eq; '以内' is written le, found string '以内'"),
        ({"comparator": "about"}, "expected one of ge, gt, le, lt, eq, found string 'about'"),
        ({"lead": "县发改"}, "unknown responsible unit '县发改'; declare it under bureaus; did you mean 'dev'?"),
        ({"co": ["县经信局"]}, "unknown responsible unit '县经信局'; declare it under bureaus; did you mean 'eco'?"),
        ({"deadline": "6月底前"}, "expected a date YYYY-MM-DD (6月底前 is 2030-06-30), found string '6月底前'"),
        ({"deadline": "年底前"}, "expected a date YYYY-MM-DD (年底前 is 2030-12-31), found string '年底前'"),
        ({"deadline": "三季度末"}, "expected a date YYYY-MM-DD (三季度末 is 2030-09-30), found string '三季度末'"),
        ({"commitment": "确保"}, "expected one of ensure, strive; '确保' is written ensure, found string '确保'"),
        (
            {"kind": "增速"},
            "expected one of cumulative, rate, level, milestone, average_growth; '增速' is written rate, "
            "found string '增速'",
        ),
        ({"value": "115亿"}, "expected a number (write 115 here and the unit under unit), found string '115亿'"),
        ({"value": "1,200"}, "expected a number (write 1200 here and the unit under unit), found string '1,200'"),
        ({"value": "many"}, "expected a number, found string 'many'"),
        ({"deadline": "next week"}, "expected a date YYYY-MM-DD, found string 'next week'"),
    ],
)
def test_a_hand_written_value_gets_the_hint_that_fixes_it(changes: dict[str, Any], message: str) -> None:
    found = [str(m) for _, m in messages(plan_with(**changes))]
    assert found == [message]
