"""Multi-year plans (#19): a window of years, baselines (从X提高到Y), yearly milestones, 年均增长/下降.

The statuses of examples/portfolio as of 2024-06 are the README's worked examples, each
checked by hand; the arithmetic is written out beside each assertion.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import REPO, Cli, make_plan
from zhanxin_cli.api import load_plan, read_figures
from zhanxin_cli.figures.cells import Figure, Period, Place, month_end
from zhanxin_cli.plan.rules import check_plan
from zhanxin_cli.progress.status import (
    Report,
    TargetProgress,
    compound_rate,
    compute_progress,
    stage_of,
    target_progress,
)

PORTFOLIO = REPO / "examples" / "portfolio"
MULTI_PLAN = PORTFOLIO / "cluster_2023_2025.yaml"
MULTI_FIGURES = PORTFOLIO / "cluster_figures.csv"


def at(year: int, month: int) -> Period:
    return Period(month_end(year, month))


def report_as_of(year: int, month: int) -> Report:
    plan = load_plan(MULTI_PLAN)
    figures = read_figures([MULTI_FIGURES], plan)
    return compute_progress(plan, figures.merged.series, at(year, month))


def by_id(report: Report) -> dict[str, TargetProgress]:
    return {p.target.id: p for p in report.targets}


@pytest.fixture(scope="module")
def june_2024() -> dict[str, TargetProgress]:
    return by_id(report_as_of(2024, 6))


def test_the_plan_window_is_three_years_and_the_headline_runs_over_it() -> None:
    report = report_as_of(2024, 6)
    assert report.plan.years_label == "2023–2025"
    assert report.elapsed_pct == pytest.approx(50.0)  # 18 of 36 months


def test_a_level_with_yearly_milestones_is_judged_on_this_years_milestone(june_2024: dict[str, TargetProgress]) -> None:
    p = june_2024["hightech_firms"]  # 300 (2022) → 340 (2023) → 380 (2024) → 420 (2025)
    assert p.milestone == 2024
    assert p.target.value == 380
    assert p.deadline == dt.date(2024, 12, 31)
    assert p.window_start == dt.date(2024, 1, 1)
    assert p.start_value == 340  # the 2023 milestone is where 2024 starts from
    assert p.expected_pct == pytest.approx(50.0)  # 6 of 12 months
    assert p.expected == pytest.approx(360)  # 340 + 40 × 50 %
    assert p.completion == pytest.approx(30.0)  # (352 − 340) ÷ (380 − 340)
    assert p.schedule_gap_pp == pytest.approx(-20.0)
    assert p.status == "behind"
    assert p.alarm  # 确保
    assert p.forecast is not None
    # the trend 302 (2023-01) → 352 (2024-06): 50 ÷ 17 a month, 6 months more → 369.65: 74 % of the distance
    assert p.forecast.value == pytest.approx(352 + 50 / 17 * 6)
    assert p.forecast.ratio == pytest.approx((352 + 50 / 17 * 6 - 340) / 40)
    assert p.forecast.verdict == "unlikely"


def test_an_average_growth_is_the_compound_rate_from_the_baseline(june_2024: dict[str, TargetProgress]) -> None:
    p = june_2024["digital_firm_growth"]  # 200 家 at the end of 2022, ≥ 15 % a year
    assert p.figure is not None
    assert p.figure.value == 250
    assert p.actual == pytest.approx(((250 / 200) ** (12 / 18) - 1) * 100)  # 16.04 %, over 18 months
    assert p.status == "on_track"
    assert p.kind == "rate"


def test_an_average_fall_is_judged_in_points_against_its_ceiling(june_2024: dict[str, TargetProgress]) -> None:
    p = june_2024["energy_intensity"]  # 0.50 → 0.49 in 18 months: −1.34 % a year, against ≤ −3 %
    assert p.actual == pytest.approx(((0.49 / 0.5) ** (12 / 18) - 1) * 100)
    assert p.schedule_gap_pp == pytest.approx(-1.66)  # −3 − (−1.34) as shown: short by less than 3
    assert p.status == "behind"
    assert p.forecast is not None
    assert p.forecast.verdict == "at_risk"


def test_a_rate_from_x_to_y_is_judged_by_the_distance_covered(june_2024: dict[str, TargetProgress]) -> None:
    p = june_2024["rd_intensity"]  # 2.1 % (2022) → 2.6 % (2025): 18 of 36 months
    assert p.kind == "level"
    assert p.linear
    assert p.expected == pytest.approx(2.35)  # 2.1 + 0.5 × 50 %
    assert p.completion == pytest.approx(40.0)  # (2.3 − 2.1) ÷ 0.5
    assert p.status == "behind"  # −10 points
    assert p.forecast is not None
    assert p.forecast.value == pytest.approx(2.6)  # 2.2 (2023-12) → 2.3 (2024-06), 18 months on
    assert p.forecast.verdict == "likely"


def test_a_running_total_with_yearly_milestones_counts_this_year_from_last_years(
    june_2024: dict[str, TargetProgress],
) -> None:
    p = june_2024["cluster_projects"]  # 40 by 2023, 90 by 2024, 150 by 2025, running totals
    assert (p.milestone, p.start_value, p.target.value) == (2024, 40, 90)
    assert p.expected == pytest.approx(65)  # 40 + 50 × 50 %
    assert p.completion == pytest.approx(56.0)  # (68 − 40) ÷ 50
    assert p.status == "on_track"


def test_a_one_year_total_in_a_multi_year_plan_runs_over_its_own_year(june_2024: dict[str, TargetProgress]) -> None:
    p = june_2024["cluster_output_2024"]  # start 2024-01-01, 800 亿元 by 2024-12-31
    assert p.window_start == dt.date(2024, 1, 1)
    assert p.expected == pytest.approx(400)
    assert p.completion == pytest.approx(51.25)
    assert p.status == "on_track"


def test_a_milestone_met_last_year_stays_met_and_owes_no_figure(june_2024: dict[str, TargetProgress]) -> None:
    p = june_2024["key_lab"]
    assert p.status == "met"
    assert not p.unreported


def test_a_level_due_in_the_last_year_without_a_baseline_goes_by_its_trend(
    june_2024: dict[str, TargetProgress],
) -> None:
    p = june_2024["hundred_billion_firms"]  # 2 (2023-01) → 4 (2024-06): 6.1 by 2025-12
    assert not p.linear
    assert p.status == "on_track"


def test_at_a_years_end_its_milestone_is_decided() -> None:
    december = by_id(report_as_of(2023, 12))
    assert december["hightech_firms"].status == "missed"  # 338 < 340
    assert december["cluster_projects"].status == "met"  # 42 ≥ 40
    assert december["hightech_firms"].milestone == 2023


def test_after_the_last_milestone_the_whole_target_is_judged() -> None:
    plan = load_plan(MULTI_PLAN)
    target = next(t for t in plan.targets if t.id == "hightech_firms")
    stage = stage_of(plan, target, at(2025, 3))
    assert stage.milestone is None
    assert stage.target is target
    assert (stage.start, stage.start_value) == (dt.date(2025, 1, 1), 380)
    first = stage_of(plan, target, at(2023, 3))
    assert (first.milestone, first.start, first.start_value) == (2023, dt.date(2023, 1, 1), 300)


@given(
    baseline=st.floats(0.01, 1e6),
    rate=st.floats(-60, 200),
    months=st.integers(1, 120),
)
def test_the_compound_rate_gives_back_the_level_it_came_from(baseline: float, rate: float, months: int) -> None:
    level = baseline * (1 + rate / 100) ** (months / 12)
    found = compound_rate(level, baseline, months)
    assert found is not None
    assert math.isclose(found, rate, rel_tol=1e-7, abs_tol=1e-7)


def test_no_compound_rate_before_a_month_has_passed() -> None:
    assert compound_rate(120, 100, 0) is None
    assert compound_rate(0, 100, 12) == -100.0


def growth_plan(**target: Any) -> Any:
    return make_plan(
        {
            "id": "g",
            "kind": "average_growth",
            "unit": "%",
            "value": 10,
            "baseline": {"year": 2022, "value": 100, "unit": "个"},
            **target,
        },
        units={"个": {"dimension": "item", "integer": True}, "%": {"dimension": "percent"}},
        year=2023,
        end_year=2025,
    )


def test_an_average_growth_figure_not_after_the_baseline_says_nothing() -> None:
    plan = growth_plan(baseline={"year": 2023, "value": 100, "unit": "个"})
    figure = Figure("g", at(2023, 6), 110.0, None, "", Place("f.csv", 2))
    p = target_progress(plan, plan.targets[0], [figure], at(2023, 6))
    assert p.status == "no_data"
    assert p.actual is None


@pytest.mark.parametrize(
    ("changes", "where", "message"),
    [
        ({"end_year": 2022}, ("end_year",), "end_year 2022 is before the plan's year 2023"),
        (
            {"target": {"baseline": None}},
            ("targets", 0, "baseline"),
            "an average_growth target needs a baseline with its year, value and the unit of its figures",
        ),
        (
            {"target": {"baseline": {"year": 2025, "value": 100, "unit": "个"}}},
            ("targets", 0, "baseline", "year"),
            "baseline year 2025 is not before the deadline's year 2025",
        ),
        (
            {"target": {"baseline": {"year": 2022, "value": 0, "unit": "个"}}},
            ("targets", 0, "baseline", "value"),
            "an average growth needs a positive baseline, found 0",
        ),
        (
            {"target": {"baseline": {"year": 2022, "value": 100, "unit": "台"}}},
            ("targets", 0, "baseline", "unit"),
            "unknown unit '台'; expected one of 个, %",
        ),
        (
            {"target": {"milestones": [{"year": 2023, "value": 5}]}},
            ("targets", 0, "milestones"),
            "yearly milestones fit a cumulative, level or rate target, not kind 'average_growth'",
        ),
        (
            {"target": {"start": "2026-01-01"}},
            ("targets", 0, "start"),
            "start 2026-01-01 is outside the window 2023-01-01 to 2025-12-31",
        ),
        (
            {
                "target": {
                    "kind": "level",
                    "baseline": {"year": 2022, "value": 1, "unit": "个"},
                    "milestones": [{"year": 2024, "value": 5}, {"year": 2024, "value": 6}, {"year": 2025, "value": 7}],
                }
            },
            ("targets", 0, "milestones", 1, "year"),
            "milestone years must rise; 2024 comes after 2024",
        ),
    ],
)
def test_a_multi_year_field_that_does_not_fit_is_located(
    changes: dict[str, Any], where: tuple[Any, ...], message: str
) -> None:
    import datetime as _dt

    target = dict(changes.pop("target", {}))
    if isinstance(target.get("start"), str):
        target["start"] = _dt.date.fromisoformat(target["start"])
    plan = growth_plan(**target)
    if changes:
        plan = make_plan(
            {"id": "g", "kind": "level", "unit": "个", "value": 10},
            units={"个": {"dimension": "item", "integer": True}, "%": {"dimension": "percent"}},
            year=2023,
            **changes,
        )
    found = [(p.loc, str(p.message)) for p in check_plan(plan)]
    assert (where, message) in found, found


def test_a_milestone_outside_the_years_before_the_deadline_is_located() -> None:
    plan = make_plan(
        {"id": "c", "kind": "cumulative", "unit": "个", "value": 10, "milestones": [{"year": 2025, "value": 5}]},
        units={"个": {"dimension": "item", "integer": True}},
        year=2023,
        end_year=2025,
    )
    found = [(p.loc, str(p.message)) for p in check_plan(plan)]
    assert (
        ("targets", 0, "milestones", 0, "year"),
        "milestone year 2025 is outside 2023 to 2024 (the years before the deadline's)",
    ) in found


def test_a_baseline_on_a_total_and_a_baseline_unit_on_a_level_are_located() -> None:
    plan = make_plan(
        {"id": "c", "kind": "cumulative", "unit": "个", "value": 10, "baseline": {"year": 2022, "value": 5}},
        {"id": "l", "kind": "level", "unit": "个", "value": 10, "baseline": {"year": 2022, "value": 5, "unit": "个"}},
        units={"个": {"dimension": "item", "integer": True}},
        year=2023,
        end_year=2025,
    )
    found = {(p.loc, str(p.message)) for p in check_plan(plan)}
    assert (
        ("targets", 0, "baseline"),
        "a baseline fits a level, rate or average_growth target, not kind 'cumulative'",
    ) in found
    assert (("targets", 1, "baseline", "unit"), "a baseline unit fits only an average_growth target") in found


# ── through the command line ────────────────────────────────────────────────

ARGS = ["--plan", str(MULTI_PLAN), str(MULTI_FIGURES)]


def test_the_example_validates_and_every_kind_is_listed(cli: Cli) -> None:
    result = cli("validate", "--plan", str(MULTI_PLAN))
    assert result.code == 0, result.out
    assert "8 项指标" in result.out


def test_explain_shows_the_baseline_the_milestone_and_the_distance(cli: Cli) -> None:
    out = cli("status", *ARGS, "--explain", "hightech_firms").out
    assert "基期 2022 年：300 家" in out
    assert "2024 年度节点：按一年期目标考核；总目标 ≥ 420 家，期限 2025-12-31" in out
    assert "起点 340 家（上一年度节点）" in out
    assert "序时应完成 = 340 + (380 − 340) × 50.0% = 360 家" in out
    assert "完成率 = (实际 − 起点) ÷ (目标 − 起点) = 30.0%" in out


def test_explain_shows_the_compound_rate_in_english(cli: Cli) -> None:
    out = cli("status", *ARGS, "--explain", "energy_intensity", "--lang", "en").out
    assert "baseline 2022: 0.5 tce per 10k yuan" in out
    assert "average growth = ((0.49 tce per 10k yuan ÷ 0.5)^(12 ÷ 18) − 1) × 100 = −1.34%" in out
    assert "2024-06  0.49 tce per 10k yuan" in out  # its figures in their own unit


def test_json_and_csv_show_each_targets_window(cli: Cli) -> None:
    import csv
    import io
    import json

    data = json.loads(cli("status", *ARGS, "-f", "json").out)
    record = next(t for t in data["targets"] if t["id"] == "hightech_firms")
    assert record["window"] == {
        "start": "2023-01-01",
        "deadline": "2025-12-31",
        "baseline": {"year": 2022, "value": 300, "unit": None},
        "milestones": [{"year": 2023, "value": 340}, {"year": 2024, "value": 380}],
    }
    assert (record["milestone"], record["start_value"], record["judged_window_start"]) == (2024, 340, "2024-01-01")
    growth = next(t for t in data["targets"] if t["id"] == "digital_firm_growth")
    assert growth["measured"] == 250
    rows = list(csv.DictReader(io.StringIO(cli("status", *ARGS, "-f", "csv", "--by", "target").out.lstrip("\ufeff"))))
    row = next(r for r in rows if r["编号"] == "cluster_projects")
    assert (row["起算日"], row["起点值"], row["年度节点"], row["期限"]) == ("2024-01-01", "40", "2024", "2024-12-31")


def test_the_table_names_the_milestone_and_projects_to_the_deadline(cli: Cli) -> None:
    out = cli("status", *ARGS, "--by", "target").out
    assert "高新技术企业数 [确保] · 2024年度节点" in out
    assert "到期预计" in out
    assert "年底预计" not in out


def test_history_names_the_year_of_each_january(cli: Cli) -> None:
    out = cli("history", *ARGS).out
    assert "2023年1月" in out
    assert "2024年1月" in out
    assert " 2月 " in out


def test_a_period_outside_the_years_names_them(cli: Cli, tmp_path: Path) -> None:
    figures = tmp_path / "f.csv"
    figures.write_text("target,period,value\nhightech_firms,2026-01,400\n", encoding="utf-8")
    result = cli("status", "--plan", str(MULTI_PLAN), str(figures))
    assert result.code != 0
    assert "期间应在 2023–2025 年内，实际为 2026-01" in result.err
    as_of = cli("status", *ARGS, "--as-of", "2026-01")
    assert "期间应在计划年度 2023–2025 年内" in as_of.err


def test_the_forms_ask_an_average_growth_for_its_quantity(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "forms"
    result = cli(
        "template", "--plan", str(MULTI_PLAN), "--all", "--period", "2024-07", "-o", str(out), "--format", "csv"
    )
    assert result.code == 0, result.out
    text = (out / "2024-07_市发改局.csv").read_text(encoding="utf-8-sig")
    assert "energy_intensity" in text
    assert "吨标准煤/万元" in text


def test_a_milestone_settled_last_year_is_not_counted_as_not_updated(cli: Cli) -> None:
    """Met in 2023-09, it owes no 2024 figure, so the summary must not call it stale."""
    report = report_as_of(2024, 6)
    assert report.stale_count == 0
    out = cli("status", *ARGS, "--by", "target").out
    assert "数据未更新" not in out.splitlines()[1]
