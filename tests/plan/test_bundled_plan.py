"""The bundled plan against the source document (tests/fixtures/source_plan.txt).

The source is a web copy whose page markers (``\\n2、``, ``\\n3、`` …) split sentences;
they are joined before comparing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from tests.helpers import HERE
from zhanxin_cli.plan.model import Plan, Target

SOURCE = re.sub(r"\n\d+、", "", (HERE / "fixtures" / "source_plan.txt").read_text(encoding="utf-8"))


def target(plan: Plan, target_id: str) -> Target:
    (found,) = [t for t in plan.targets if t.id == target_id]
    return found


def test_counts(plan: Plan) -> None:
    assert plan.year == 2023
    assert len(plan.targets) == 59
    assert len(plan.industries) == 5
    assert len(plan.bureaus) == 12
    assert len(plan.tasks) >= 30


def test_every_source_sentence_is_verbatim_in_the_source(plan: Plan) -> None:
    for item in [*plan.targets, *plan.tasks]:
        assert item.source in SOURCE, item.id


def test_every_target_value_appears_in_its_source(plan: Plan) -> None:
    for t in plan.targets:
        figure = f"{t.value:g}"
        words = {"1": ("1", "零的突破", "破零"), "10000": ("1万",)}.get(figure, (figure,))
        assert any(w in t.source for w in words), (t.id, figure, t.source)


def test_commitment_words_match_the_source(plan: Plan) -> None:
    for t in plan.targets:
        if t.commitment == "ensure":
            assert "确保" in t.source, t.id
        if t.commitment == "strive":
            assert "力争" in t.source, t.id


def test_sections_use_corrected_numbering(plan: Plan) -> None:
    sections = Counter(item.section for item in [*plan.targets, *plan.tasks])
    for wrong in ("三(二)4", "三(二)5", "三(四)5", "三(五)6", "三(五)7", "三(五)8"):
        assert wrong not in sections


# Spot checks: id → (value, unit, comparator, kind, deadline, commitment, lead, co)
SPOT_CHECKS = {
    "zx_value_added_growth": (12, "%", "ge", "rate", "2023-12-31", "ensure", None, []),
    "zx_value_added_share": (28, "%", "ge", "rate", "2023-12-31", None, None, []),
    "zx_share_rise": (6, "百分点", "ge", "rate", "2023-12-31", None, None, []),
    "invest_100yi_break_zero": (1, "个", "ge", "milestone", "2023-12-31", None, None, []),
    "invest_20yi_projects": (6, "个", "gt", "cumulative", "2023-12-31", None, None, []),
    "invest_5yi_projects": (13, "个", "gt", "cumulative", "2023-12-31", None, None, []),
    "digital_output": (115, "亿元", "ge", "cumulative", "2023-12-31", None, "市经信局", []),
    "digital_growth": (20, "%", "ge", "rate", "2023-12-31", None, "市经信局", []),
    "nev_output": (225, "亿元", "ge", "cumulative", "2023-12-31", None, "市发改局", []),
    "health_output": (16, "亿元", "ge", "cumulative", "2023-12-31", None, "市科技局", []),
    "platform_100yi_break_zero": (
        1,
        "个",
        "ge",
        "milestone",
        "2023-12-31",
        "strive",
        "市发改局",
        ["塘下新区", "滨海新区", "经济开发区管委会"],
    ),
    "major_20yi_projects": (6, "个", "ge", "cumulative", "2023-12-31", "strive", "市投资促进服务中心", []),
    "provincial_projects_h1": (15, "个", "ge", "cumulative", "2023-06-30", "strive", "市发改局", []),
    "smart_retrofits": (320, "家", "ge", "cumulative", "2023-12-31", None, "市经信局", []),
    "enterprises_10yi": (8, "家", "ge", "level", "2023-12-31", "strive", "市经信局", []),
    "student_startups": (
        100,
        "个",
        "ge",
        "cumulative",
        "2023-12-31",
        "strive",
        "市科技局",
        ["市委组织部人才办", "市人力社保局"],
    ),
    "skilled_workers": (10000, "名", "ge", "cumulative", "2023-12-31", None, "市人力社保局", ["市经信局"]),
}


@pytest.mark.parametrize("target_id", sorted(SPOT_CHECKS))
def test_spot_check_against_source(plan: Plan, target_id: str) -> None:
    value, unit, comparator, kind, deadline, commitment, lead, co = SPOT_CHECKS[target_id]
    t = target(plan, target_id)
    assert (t.value, t.unit, t.comparator, t.kind) == (value, unit, comparator, kind)
    assert plan.deadline_of(t) == dt.date.fromisoformat(deadline)
    assert t.commitment == commitment
    assert (plan.bureaus[t.lead].name if t.lead else None) == lead
    assert [plan.bureaus[b].name for b in t.co] == co


def test_talent_office_aliases(plan: Plan) -> None:
    assert plan.bureau_named("市委组织部(人才办)") == plan.bureau_named("市委组织部人才办") == "talent_office"


def test_cumulative_output_targets_one_per_industry(plan: Plan) -> None:
    outputs = [t for t in plan.targets if t.unit == "亿元"]
    assert sorted(t.industry or "" for t in outputs) == sorted(plan.industries)
