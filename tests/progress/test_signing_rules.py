"""The rules a supervision office signs, each reproduced from a wrong answer a user found.

Deadlines, 待报, stale figures, rates in points, 超N, one-item targets, missing data in
checks, verdicts that follow the facts, and figures that must never be misread silently.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.helpers import BUNDLED_PLAN, EXAMPLES, Cli, fig, make_plan, month, progress
from zhanxin_cli.progress.status import compute_progress, target_progress


def status_json(cli: Cli, *args: str | Path) -> dict[str, Any]:
    result = cli("status", "--plan", BUNDLED_PLAN, *args, "--format", "json")
    assert result.code == 0, result.err
    data: dict[str, Any] = json.loads(result.out)
    return data


def by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["id"]: t for t in data["targets"]}


def write(tmp_path: Path, text: str, name: str = "late.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ── 1. judged at the deadline ────────────────────────────────────────────────
def test_a_late_figure_after_the_deadline_never_turns_a_miss_into_success(cli: Cli, tmp_path: Path) -> None:
    late = write(tmp_path, "target,period,value\nprovincial_projects_h1,2023-08,16\n")
    target = by_id(status_json(cli, *EXAMPLES, late, "--as-of", "2023-08"))["provincial_projects_h1"]
    assert target["status"] == "missed"  # 13 at the June deadline, not the 补报 16 of August
    assert (target["actual"], target["period"]) == (13, "2023-06")
    assert target["after_deadline"] == [{"period": "2023-08", "actual": 16}]
    assert target["verdict"] == "unlikely"  # a missed target is never "likely"
    explained = cli(
        "status", "--plan", BUNDLED_PLAN, *EXAMPLES, late, "--as-of", "2023-08", "--explain", "provincial_projects_h1"
    )
    assert "期限后数据（仅列示，不改变状态）" in explained.out
    assert "2023-08  16 个" in explained.out
    assert "难完成 (期限已到，以期限数据为准)" in explained.out  # the fact, not a forecast threshold
    assert "≥ 0.95" not in explained.out


# ── 2. 待报: awaiting the final figure ────────────────────────────────────────
def test_a_december_report_on_october_figures_awaits_instead_of_missing(cli: Cli) -> None:
    data = status_json(cli, *EXAMPLES, "--as-of", "2023-12")
    assert data["counts"]["missed"] == 1  # only the 6月底前 target, judged on its June figure
    # a total or milestone already at its target stays met; the rest await their December figure
    assert data["counts"]["met"] == 13
    assert data["counts"]["awaiting"] == 45
    assert data["counts"]["overdue"] == 0  # December is the year-end deadline's own month
    digital = by_id(data)["digital_output"]
    assert (digital["status"], digital["provisional"], digital["verdict"]) == ("awaiting", "on_track", "likely")
    for t in data["targets"]:
        assert not (t["status"] == "missed" and t["verdict"] == "likely")


def test_awaiting_needs_the_deadline_reached_and_no_figure_for_its_month() -> None:
    target = {"id": "t", "kind": "cumulative", "value": 120}
    waiting = progress(target, {10: 100}, 12)
    assert (waiting.status, waiting.provisional) == ("awaiting", "on_track")
    assert progress(target, {10: 100, 12: 119}, 12).status == "missed"  # the December figure decides
    assert progress(target, {10: 100}, 11).status == "on_track"  # November: the deadline is not reached


# ── 3. a stale figure is judged at its own period ───────────────────────────
def test_a_quarterly_reporter_is_judged_on_its_own_quarter(cli: Cli) -> None:
    september = by_id(status_json(cli, *EXAMPLES, "--as-of", "2023-09"))
    october = by_id(status_json(cli, *EXAMPLES, "--as-of", "2023-10"))
    for target_id in ("training_bases", "master_studios", "new_engineers", "skilled_workers"):
        assert october[target_id]["status"] == september[target_id]["status"], target_id
        assert october[target_id]["stale"] is True
        assert october[target_id]["judged_at"] == "2023-09"
        assert october[target_id]["expected_pct"] == september[target_id]["expected_pct"] == 75


def test_one_early_form_does_not_flip_other_bureaus_targets(cli: Cli, tmp_path: Path) -> None:
    early = write(tmp_path, "target,period,value,unit\ndigital_output,2023-11,108.6,亿元\n")
    before = status_json(cli, *EXAMPLES)
    assert status_json(cli, *EXAMPLES, early)["as_of"] == "2023-10"  # one unit's early form: not the month
    after = status_json(cli, *EXAMPLES, early, "--as-of", "2023-11")
    changed = [t["id"] for t in after["targets"] if t["status"] != by_id(before)[t["id"]]["status"]]
    assert changed == []
    # every other target now reports an older figure, but the 6月底前 one, judged at its deadline
    assert after["stale_count"] == 57


def test_compare_lists_each_target_once_and_stale_is_not_worse(cli: Cli) -> None:
    data = status_json(cli, *EXAMPLES, "--as-of", "2023-10", "--compare", "2023-09")
    ids = [c["id"] for c in data["changes"]]
    assert len(ids) == len(set(ids))
    quarterly = {c["id"]: c["change"] for c in data["changes"] if c["id"] in ("training_bases", "skilled_workers")}
    assert set(quarterly.values()) <= {"newly_stale"}


# ── 4. rates and shares in points ─────────────────────────────────────────────
def test_a_growth_rate_is_short_in_points_not_in_completion(cli: Cli) -> None:
    data = status_json(cli, *EXAMPLES)
    growth = by_id(data)["zx_value_added_growth"]
    assert growth["schedule_gap_pp"] == -1.5  # 10.5 % vs ≥ 12 %
    assert growth["completion"] is None
    table = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--by", "industry").out
    assert "战新产业增加值增长 10.5% / ≥ 12% (滞后，低于目标 1.5 个百分点)" in table
    assert "−12.5" not in table.splitlines()[3]
    english = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--by", "industry", "--lang", "en").out
    assert "(behind, 1.5 pp below target)" in english


@pytest.mark.parametrize(
    ("target", "actual", "status"),
    [
        (28, 25.1, "behind"),  # 2.9 points short
        (28, 25, "off_track"),  # 3 points short: red whatever the target's size
        (5, 2, "off_track"),
        (0, -1.5, "behind"),  # ≥ 0 % at −1.5 %: 1.5 points short, not "completion 0"
        (-2, -3, "behind"),  # ≥ −2 % at −3 %: 1 point short, not "150 %"
        (-2, -1, "on_track"),
    ],
)
def test_rate_bands_are_points_whatever_the_targets_size(target: float, actual: float, status: str) -> None:
    p = progress({"id": "t", "kind": "rate", "value": target, "unit": "%"}, {6: actual}, 6)
    assert p.status == status
    assert p.schedule_gap_pp == pytest.approx(actual - target)


def test_rate_bands_live_in_the_plan() -> None:
    bands = {"status_bands": {"rate_off_track_points": 1}}
    assert progress({"id": "t", "kind": "rate", "value": 12, "unit": "%"}, {6: 10.5}, 6, **bands).status == "off_track"


def test_no_label_calls_a_completion_difference_points_below_target(cli: Cli) -> None:
    out = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES).out
    assert "完成率落后序时进度" in out or "低于目标" in out
    for line in out.splitlines():
        if "低于目标" in line:
            assert "%" in line  # only rates and shares are "below target" in points


# ── 5. 超N is one threshold everywhere ──────────────────────────────────────
def test_more_than_six_at_six_is_not_complete(cli: Cli) -> None:
    target = by_id(status_json(cli, *EXAMPLES))["invest_20yi_projects"]
    assert (target["actual"], target["effective_value"], target["gap"]) == (6, 7, 1)
    assert target["completion"] == pytest.approx(85.71, abs=0.01)  # not 100 % while unmet
    assert target["forecast_ratio"] == pytest.approx(target["forecast"] / 7, abs=1e-3)


def test_a_continuous_more_than_at_exactly_n_is_not_satisfied() -> None:
    p = progress({"id": "t", "kind": "rate", "value": 15, "unit": "%", "comparator": "gt"}, {6: 15}, 6)
    assert p.status == "behind"
    assert p.holds is False
    from zhanxin_cli.i18n import Lang
    from zhanxin_cli.render.text import deviation_text

    assert deviation_text(p, Lang.zh) == "等于目标，需超过"
    assert (
        progress({"id": "t", "kind": "rate", "value": 15, "unit": "%", "comparator": "gt"}, {12: 15}, 12).status
        == "missed"
    )


# ── 6. one-item targets are milestones ──────────────────────────────────────
def test_every_one_item_target_gets_the_same_light(cli: Cli) -> None:
    targets = by_id(status_json(cli, *EXAMPLES, "--as-of", "2023-02"))
    assert targets["enterprises_50yi"]["status"] == targets["little_giants"]["status"] == "pending"
    assert targets["enterprises_50yi"]["judged_as"] == "milestone"
    october = by_id(status_json(cli, *EXAMPLES))
    assert october["little_giants"]["status"] == "met"
    assert october["enterprises_50yi"]["status"] == "behind"  # unreached within three months of its deadline
    assert october["enterprises_50yi"]["schedule_gap_pp"] == -100  # data keeps it; the tables show none


def test_break_zero_as_more_than_zero_is_a_milestone_too() -> None:
    p = progress({"id": "t", "kind": "level", "value": 0, "comparator": "gt"}, {3: 0}, 3)
    assert (p.kind, p.status, p.effective_value) == ("milestone", "pending", 1)


# ── 7. missing data is visible to checks ────────────────────────────────────
def test_a_january_check_without_figures_fails_and_says_why(cli: Cli) -> None:
    behind = cli("status", "--plan", BUNDLED_PLAN, "--as-of", "2023-01", "--fail-on", "behind", "-f", "json")
    assert behind.code == 1  # 确保 targets with no figure are alarms
    assert "检查未通过（--fail-on behind）" in behind.err
    assert "zx_value_added_growth 战新产业增加值增长: 无数据" in behind.err
    no_data = cli("status", "--plan", BUNDLED_PLAN, "--as-of", "2023-01", "--fail-on", "no_data", "-f", "json")
    assert no_data.code == 1
    assert "59 项指标" in no_data.err
    data = json.loads(no_data.out)
    assert all(t["alarm"] for t in data["targets"] if t["commitment"] == "ensure")


def test_fail_on_no_data_names_stale_and_awaiting_targets(cli: Cli) -> None:
    result = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--fail-on", "no_data", "--lang", "en", "-f", "json")
    assert result.code == 1
    assert "check failed (--fail-on no_data): 19 targets" in result.err
    assert (
        "  health_output 生命健康产业总产值: on track (data as of 2023-09), 12.1 100M yuan / ≥ 16 100M yuan, 2023-09"
        in result.err
    )
    both = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--fail-on", "missed", "--fail-on", "no_data", "-f", "json")
    assert "--fail-on missed,no_data" in both.err


def test_fail_on_passes_quietly(cli: Cli) -> None:
    result = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--as-of", "2023-05", "--fail-on", "missed", "-f", "json")
    assert result.code == 0
    assert result.err == ""


# ── 9. reading figures: never a silent misread ──────────────────────────────
HEADER = "target,name,period,unit,previous,value,note\n"


def read(cli: Cli, tmp_path: Path, rows: str, *extra: str, header: str = HEADER) -> tuple[int, str, str]:
    path = write(tmp_path, header + rows, "form.csv")
    result = cli("status", "--plan", BUNDLED_PLAN, path, *extra, "--format", "json")
    return result.code, result.out, result.err.replace(str(path), "form.csv")


@pytest.mark.usefixtures("english")
def test_an_unquoted_thousands_separator_is_an_error(cli: Cli, tmp_path: Path) -> None:
    code, _, err = read(cli, tmp_path, "digital_output,x,2023-11,亿元,,1,086,\n")
    assert code == 2
    assert err.startswith("form.csv:2:8: expected 7 columns as in the header, found 8;")
    assert "thousands separator" in err


@pytest.mark.usefixtures("english")
def test_extra_empty_cells_are_an_error_and_missing_trailing_optional_cells_are_not(cli: Cli, tmp_path: Path) -> None:
    code, _, err = read(cli, tmp_path, "digital_output,x,2023-11,亿元,,108.6,,\n")
    assert code == 2
    assert "found 8" in err
    code, out, _ = read(cli, tmp_path, "digital_output,x,2023-11,亿元,,108.6\n")  # no note cell
    assert code == 0
    assert by_id(json.loads(out))["digital_output"]["actual"] == 108.6
    code, _, err = read(cli, tmp_path, "digital_output,x,2023-11\n")  # no value cell
    assert code == 2
    assert "found 3" in err


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("period", ["2023/11/1", "2023-11-01", "2023年11月1日"])
def test_a_period_written_as_a_date_is_its_month(cli: Cli, tmp_path: Path, period: str) -> None:
    code, out, err = read(cli, tmp_path, f"digital_output,x,{period},亿元,,108.6,\nnev_output,x,{period},亿元,,200,\n")
    assert code == 0
    data = json.loads(out)
    assert data["as_of"] == "2023-11"  # a month, so 序时进度 is 11/12
    assert data["elapsed_pct"] == pytest.approx(91.67)
    (warning,) = [line for line in err.splitlines() if "is a date" in line]
    assert warning.startswith(f"form.csv:2: warning: period: '{period}' is a date, read as the month 2023-11")
    assert "(and" not in warning  # one distinct date: one warning, no count


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("digital_output,x,2023-11,亿元,,-5,", "form.csv:2:6: value: a cumulative figure cannot be negative, found -5"),
        ("enterprises_10yi,x,2023-11,家,,-2,", "form.csv:2:6: value: a level figure cannot be negative, found -2"),
        ("zx_enterprises_added,x,2023-11,家,,58.5,", "form.csv:2:6: value: expected a whole number of 家, found 58.5"),
        ("skilled_workers,x,2023-11,万名,,0.76805,", "expected a whole number of 名, found 7680.5"),
    ],
)
def test_values_that_cannot_be_right_are_errors(cli: Cli, tmp_path: Path, row: str, message: str) -> None:
    code, _, err = read(cli, tmp_path, row + "\n")
    assert code == 2
    assert message in err


def test_a_negative_growth_rate_is_fine(cli: Cli, tmp_path: Path) -> None:
    code, _, err = read(cli, tmp_path, "materials_growth,x,2023-11,%,,-2.5,\n")
    assert code == 0
    assert err == ""


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        (
            "zx_value_added_growth,x,2023-11,,,0.213,",
            "looks like a fraction that lost its % format: did you mean 21.3?",
        ),
        (
            "digital_output,x,2023-11,亿元,,1086000,",
            "more than 20 times the target (115 亿元): a figure in the wrong unit?",
        ),
        ("digital_output,x,2023-11,,,1.2E+05,", "more than 20 times the target"),
    ],
)
def test_values_that_are_probably_wrong_are_located_warnings(cli: Cli, tmp_path: Path, row: str, fragment: str) -> None:
    code, out, err = read(cli, tmp_path, row + "\n")
    assert code == 0
    assert err.startswith("form.csv:2:6: warning: value: ")
    assert fragment in err
    (warning,) = json.loads(out)["warnings"]
    assert (warning["line"], warning["column"]) == (2, 6)


@pytest.mark.usefixtures("english")
def test_a_lost_milestone_and_a_jump_are_warned_within_the_as_of_window(cli: Cli, tmp_path: Path) -> None:
    rows = (
        "little_giants,x,2023-03,家,,1,\nlittle_giants,x,2023-04,家,,0,\n"
        "digital_output,x,2023-03,亿元,,30,\ndigital_output,x,2023-04,亿元,,700,\n"
        "nev_output,x,2023-04,亿元,,60,\nnev_output,x,2023-06,亿元,,50,\n"
    )
    code, _, err = read(cli, tmp_path, rows, "--as-of", "2023-04")
    assert code == 0
    assert "form.csv:3: warning: little_giants: milestone reached and then lost: 1 (2023-03) → 0 (2023-04)" in err
    assert "form.csv:5: warning: digital_output: year-to-date figure jumps from 30 (2023-03) to 700 (2023-04)" in err
    assert "nev_output" not in err  # its fall is in June, after the as-of date
    _, _, later = read(cli, tmp_path, rows, "--as-of", "2023-06")
    assert "nev_output: year-to-date figure falls: 60 (2023-04) → 50 (2023-06); the later figure is used" in later


# ── invariants (hypothesis) ──────────────────────────────────────────────────
kinds = st.sampled_from(["cumulative", "rate", "level", "milestone"])
months = st.integers(min_value=1, max_value=12)
amounts = st.floats(min_value=0, max_value=200, allow_nan=False)
deadlines = st.sampled_from([3, 6, 9, 12])


def one(kind: str, value: float, deadline: int) -> dict[str, Any]:
    end = dt.date(2023, deadline, 28 if deadline == 2 else 30 if deadline in (6, 9) else 31)
    unit = "%" if kind == "rate" else "亿元"
    return {"id": "t", "kind": kind, "value": max(value, 1.0), "unit": unit, "deadline": end}


@settings(max_examples=150, deadline=None)
@given(kinds, amounts, deadlines, st.dictionaries(months, amounts, max_size=6), months, amounts)
def test_a_figure_after_the_deadline_never_changes_a_status(
    kind: str, value: float, deadline: int, values: dict[int, float], extra_month: int, extra: float
) -> None:
    target = one(kind, value, deadline)
    before = {m: v for m, v in values.items() if m <= deadline}
    late_month = max(deadline + 1, extra_month)
    assume(late_month <= 12)  # a December deadline has no later month: not counted, another is drawn
    as_of = max(late_month, *before, 1)
    without = progress(target, before, as_of)
    with_late = progress(target, {**before, late_month: extra}, as_of)
    assert with_late.status == without.status
    assert with_late.provisional == without.provisional


@settings(max_examples=150, deadline=None)
@given(kinds, amounts, st.dictionaries(st.integers(1, 10), amounts, min_size=1, max_size=6), st.integers(1, 11))
def test_a_later_figure_for_another_target_never_changes_this_one(
    kind: str, value: float, values: dict[int, float], other_month: int
) -> None:
    """Adding a figure for another target moves the default as-of, never this target's status
    (its deadline, the end of the year, is not reached before December), unless the move makes
    its own figure three months old or more: then it has expired, saying what it said."""
    plan = make_plan(one(kind, value, 12), {"id": "u", "kind": "cumulative", "value": 10, "unit": "亿元"})
    mine = [fig("t", m, v) for m, v in sorted(values.items())]
    latest = max(values)
    moved = max(latest, other_month)
    before = compute_progress(plan, {"t": mine}, month(latest))
    after = compute_progress(plan, {"t": mine, "u": [fig("u", other_month, 1)]}, month(moved))
    if after.targets[0].status == "expired":
        assert moved - latest >= plan.status_bands.stale_after_months
        assert after.targets[0].provisional == before.targets[0].status
    else:
        assert after.targets[0].status == before.targets[0].status


@settings(max_examples=150, deadline=None)
@given(kinds, amounts, deadlines, months, amounts, months)
def test_a_stale_figures_status_is_its_status_at_its_own_period(
    kind: str, value: float, deadline: int, m: int, actual: float, later: int
) -> None:
    target = one(kind, value, deadline)
    as_of = max(m, later)
    own = progress(target, {m: actual}, m)
    now = progress(target, {m: actual}, as_of)
    if now.figure is None:  # a figure after the deadline is never judged: no data, then overdue
        assert now.status in ("no_data", "overdue")
        assert own.status in ("no_data", "overdue")
    elif now.status != own.status:
        assert now.status in ("awaiting", "overdue", "expired")
        assert now.provisional == own.status  # the deadline came, or the figure aged: its own verdict beside
    else:
        assert now.status == own.status


@settings(max_examples=150, deadline=None)
@given(kinds, amounts, deadlines, st.dictionaries(months, amounts, max_size=6), months)
def test_missed_only_with_a_figure_for_the_deadline(
    kind: str, value: float, deadline: int, values: dict[int, float], as_of: int
) -> None:
    target = one(kind, value, deadline)
    p = progress(target, values, as_of)
    if p.status == "missed":
        assert p.figure is not None
        assert p.figure.period.end.month == deadline
    plan = make_plan(target)
    late = as_of - deadline > plan.status_bands.overdue_after_months  # the deadline's figure is overdue
    assert target_progress(plan, plan.targets[0], [], month(as_of)).status == ("overdue" if late else "no_data")


# ── explain and the tables say the same, in one language ───────────────────
@pytest.mark.parametrize(
    ("target_id", "as_of", "lang", "lines"),
    [
        (
            "digital_output",
            "2023-12",
            "zh",
            ["状态：待报 (期限已到，尚无期限当月数据；末次数据 2023-10 的判断为「正常」)", "预计完成比 1.04 → 可完成"],
        ),
        (
            "digital_output",
            "2023-12",
            "en",
            ["Status: awaiting (the deadline has come without its figure; the last one"],
        ),
        ("invest_20yi_projects", "2023-10", "zh", ["超6按整数计，须达到 7", "序时应完成 = 7 × 83.3% = 5.83 个"]),
        (
            "enterprises_50yi",
            "2023-10",
            "en",
            ["a single item (1 organisations), judged as a milestone", "behind (not reached with less than 3 months"],
        ),
        ("health_output", "2023-10", "zh", ["按数据所属期间 2023-09 判断（数据未更新）", "序时进度 = 9 / 12 个月"]),
        (
            "zx_value_added_growth",
            "2023-10",
            "zh",
            [
                "偏差 = 实际 − 目标 = −1.5 个百分点 (低于目标 1.5 个百分点)",
                "差距 = 1.5 个百分点",
                "状态：滞后 (差距小于 3 个百分点)",
            ],
        ),
        ("zx_value_added_growth", "2023-10", "en", ["vs plan = actual − target = −1.5 pp (1.5 pp below target)"]),
    ],
)
def test_explain_follows_the_rules(cli: Cli, target_id: str, as_of: str, lang: str, lines: list[str]) -> None:
    result = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--as-of", as_of, "--explain", target_id, "--lang", lang)
    assert result.code == 0
    for line in lines:
        assert line in result.out


def test_the_table_shows_awaiting_with_the_last_verdict(cli: Cli) -> None:
    out = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--as-of", "2023-12", "--by", "target").out
    assert "待报" in out
    assert "末次 2023-10：正常" in out
    assert "（其中 58 项数据未更新）" in out.splitlines()[1]


def test_english_uses_the_plans_english_names(cli: Cli) -> None:
    out = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--lang", "en").out
    for english in ("Digital economy", "Economy and Information Technology Bureau", "100M yuan", "≥ 12%"):
        assert english in out
    for chinese in ("数字经济 ", "市经信局", "百分点"):
        assert chinese not in out
    assert not re.search(r"\d 亿元", out)  # units after a number; target names stay as the plan writes them
    csv_out = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--lang", "en", "-f", "csv").out
    assert "100M yuan" in csv_out
    assert "市经信局" not in csv_out
