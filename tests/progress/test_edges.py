"""Rules at the edges (issue #21): each test is named after the case a user found, and fails on
the code before the fix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.helpers import Cli, progress

CONTINUOUS = {"unit": "亿元"}


# ── exact edges: compared at the precision shown ───────────────────────────
def test_band_edge_new_engineers_1_in_april_is_off_track(cli: Cli, tmp_path: Path) -> None:
    """`new_engineers,2023-04,1`: 3.3% − 33.3% = −30.0, and exactly −30 is 严重滞后 by the README."""
    figures = tmp_path / "f.csv"
    figures.write_text("target,period,value\nnew_engineers,2023-04,1\nnev_output,2023-04,7.5\n", encoding="utf-8")
    for target in ("new_engineers", "nev_output"):
        explained = cli("status", figures, "--explain", target).out
        assert "偏差 = 3.3% − 33.3% = −30.0 个百分点" in explained
        assert "状态：严重滞后" in explained, explained


def test_band_edge_computed_gap_at_minus_30_is_off_track() -> None:
    p = progress({"id": "t", "kind": "cumulative", "value": 30, "unit": "个"}, {4: 1}, 4)
    assert p.schedule_gap_pp is not None
    assert round(p.schedule_gap_pp, 1) == -30.0
    assert p.status == "off_track"


def test_a_ratio_of_exactly_the_likely_band_is_likely() -> None:
    """A projection ratio shown as 0.90 against a likely band of 0.9 is 可完成, whatever the float says."""
    target = {"id": "t", "kind": "cumulative", "value": 100, **CONTINUOUS}
    bands = {"forecast_bands": {"likely": 0.9, "unlikely": 0.5}}
    p = progress(target, {10: 75}, 10, **bands)  # 75 ÷ 10 × 12 = 90.000000001 or 89.99999999
    assert p.forecast is not None
    assert round(p.forecast.ratio, 2) == 0.90
    assert p.forecast.verdict == "likely"
    p = progress(target, {7: 52.5}, 7, **bands)  # 52.5 ÷ 7 × 12 = 90 in floating point: 89.99999999999999
    assert p.forecast is not None
    assert p.forecast.verdict == "likely"


# ── one rule for 超N (gt) in every unit ────────────────────────────────────
def test_gt_100_yi_at_exactly_100_at_the_deadline_is_one_answer() -> None:
    """超100亿元 at exactly 100 at the deadline: not over 100, so missed; a gap of the smallest
    step shown (0.01), a verdict of the fact (难完成), and an alarm under 确保."""
    target = {"id": "t", "kind": "cumulative", "comparator": "gt", "value": 100, "commitment": "ensure", **CONTINUOUS}
    p = progress(target, {12: 100}, 12)
    assert p.status == "missed"
    assert p.gap == pytest.approx(0.01)
    assert p.forecast is not None
    assert p.forecast.verdict == "unlikely"
    assert p.alarm
    over = progress(target, {12: 100.01}, 12)
    assert over.status == "met"
    assert over.gap == 0
    assert over.forecast is not None
    assert over.forecast.verdict == "likely"
    assert not over.alarm


def test_gt_rate_at_exactly_n_is_short_by_a_step() -> None:
    rate = {"id": "t", "kind": "rate", "comparator": "gt", "value": 12, "unit": "%"}
    p = progress(rate, {6: 12}, 6)
    assert p.holds is False
    assert p.status == "behind"
    assert p.forecast is not None
    assert p.forecast.verdict == "at_risk"


# ── every status has a verdict; after the deadline the verdict is the fact ──
def test_a_missed_milestone_has_the_verdict_unlikely() -> None:
    milestone = {"id": "t", "kind": "milestone", "value": 1, "deadline": dt.date(2023, 6, 30)}
    p = progress(milestone, {6: 0}, 9)
    assert p.status == "missed"
    assert p.forecast is not None
    assert p.forecast.verdict == "unlikely"


def test_an_awaiting_milestone_whose_last_figure_reached_it_is_likely() -> None:
    milestone = {"id": "t", "kind": "milestone", "value": 1, "deadline": dt.date(2023, 6, 30)}
    p = progress(milestone, {5: 1}, 6)
    assert p.status in ("awaiting", "met")
    assert p.forecast is not None
    assert p.forecast.verdict == "likely"


def test_a_pending_milestone_has_a_verdict() -> None:
    milestone = {"id": "t", "kind": "milestone", "value": 1, "deadline": dt.date(2023, 12, 31)}
    p = progress(milestone, {3: 0}, 3)
    assert p.status == "pending"
    assert p.forecast is not None
    assert p.forecast.verdict in ("likely", "at_risk", "unlikely")


# ── overdue: a deadline whose figure never comes ───────────────────────────
def _figures(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "f.csv"
    path.write_text("target,period,value\n" + rows, encoding="utf-8")
    return path


def _record(cli: Cli, *args: str | Path) -> dict[str, dict[str, object]]:
    import json

    result = cli("status", *args, "-f", "json")
    assert result.code == 0, result.err
    return {t["id"]: t for t in json.loads(result.out)["targets"]}


def test_provincial_projects_h1_without_a_june_figure_is_overdue_in_december(cli: Cli, tmp_path: Path) -> None:
    """Figures for 5月 (11) and 8月 (16) but none for 6月: 逾期未报 in December, and --fail-on missed fails."""
    figures = _figures(tmp_path, "provincial_projects_h1,2023-05,11\nprovincial_projects_h1,2023-08,16\n")
    july = _record(cli, figures, "--as-of", "2023-07")["provincial_projects_h1"]
    assert july["status"] == "awaiting"  # within the reporting lag (one month by default)
    december = _record(cli, figures, "--as-of", "2023-12")["provincial_projects_h1"]
    assert december["status"] == "overdue"
    checked = cli("status", figures, "--as-of", "2023-12", "--fail-on", "missed", "-f", "json")
    assert checked.code == 1
    assert "provincial_projects_h1" in checked.err
    assert cli("status", figures, "--as-of", "2023-12", "--fail-on", "no_data", "-f", "json").code == 1


def test_an_ensure_q1_break_zero_last_reported_0_in_february_is_an_alarm_in_june() -> None:
    milestone = {"id": "t", "kind": "milestone", "value": 1, "commitment": "ensure", "deadline": dt.date(2023, 3, 31)}
    p = progress(milestone, {2: 0}, 6)
    assert p.status == "overdue"
    assert p.alarm
    assert progress(milestone, {}, 6).status == "overdue"  # no figure at all: overdue too


def test_the_reporting_lag_is_the_plans() -> None:
    target = {"id": "t", "kind": "cumulative", "value": 10, "deadline": dt.date(2023, 6, 30)}
    assert progress(target, {5: 4}, 8).status == "overdue"
    late = {"status_bands": {"overdue_after_months": 3}}
    assert progress(target, {5: 4}, 8, **late).status == "awaiting"
    assert progress(target, {5: 4}, 10, **late).status == "overdue"


# ── met is remembered ──────────────────────────────────────────────────────
def test_dev_zone_5yi_projects_5_of_5_stays_met_as_of_december(cli: Cli) -> None:
    """With figures to 10月, --as-of 2023-12 gave met 0, 待报 58: a total at its target stays 已达标."""
    from tests.helpers import EXAMPLES

    targets = _record(cli, *EXAMPLES, "--as-of", "2023-12")
    assert targets["dev_zone_5yi_projects"]["status"] == "met"
    assert sum(t["status"] == "met" for t in targets.values()) >= 10


def test_a_year_to_date_total_at_its_target_after_the_deadline_is_met() -> None:
    target = {"id": "t", "kind": "cumulative", "value": 5, "deadline": dt.date(2023, 6, 30)}
    assert progress(target, {5: 5}, 12).status == "met"


# ── stale figures age ──────────────────────────────────────────────────────
def test_digital_output_reported_only_in_february_has_expired_by_november(cli: Cli, tmp_path: Path) -> None:
    """A file with only `digital_output,2023-02,20` showed 正常 (数据截至 2023-02) and 可完成 as of 11月."""
    figures = _figures(tmp_path, "digital_output,2023-02,20\n")
    record = _record(cli, figures, "--as-of", "2023-11")["digital_output"]
    assert record["status"] == "expired"
    assert record["verdict"] != "likely"
    april = _record(cli, figures, "--as-of", "2023-04")["digital_output"]
    assert april["status"] != "expired"  # two months old: still judged at its own period
    table = cli("status", figures, "--as-of", "2023-11").out
    assert "数据过期" in table.split("\n\n")[0]  # named in the headline


# ── schedules that fit the kind ────────────────────────────────────────────
def test_an_ensure_break_zero_at_0_in_november_warns_before_its_deadline() -> None:
    milestone = {"id": "t", "kind": "milestone", "value": 1, "commitment": "ensure"}
    assert progress(milestone, {6: 0}, 6).status == "pending"
    p = progress(milestone, {11: 0}, 11)
    assert p.status == "behind"
    assert p.alarm
    assert p.forecast is not None
    assert p.forecast.verdict == "at_risk"


def test_a_level_enterprises_10yi_5_of_8_in_march_is_judged_at_its_deadline() -> None:
    """A stock is not prorated: 5 of 8 in March was 严重滞后 (−37.5) against the whole target."""
    level = {"id": "t", "kind": "level", "value": 8, "unit": "个"}
    assert progress(level, {3: 5}, 3).status == "pending"  # nothing yet to judge a trend by
    rising = progress(level, {1: 3, 3: 5}, 3)  # +1 a month: 14 by December
    assert rising.status == "on_track"
    assert rising.forecast is not None
    assert rising.forecast.method == "level_trend"
    assert rising.forecast.verdict == "likely"
    flat = progress(level, {1: 5, 3: 5}, 3)
    assert flat.status in ("behind", "off_track")
    assert progress(level, {10: 5}, 10).status in ("behind", "off_track")  # within three months: judged


def test_a_ceiling_on_a_year_to_date_count_breached_in_june_is_final() -> None:
    """控制在50家以内 at 60 in June: past the ceiling for good, so 未完成, not 滞后."""
    ceiling = {"id": "t", "kind": "cumulative", "comparator": "le", "value": 50, "unit": "个"}
    breached = progress(ceiling, {6: 60}, 6)
    assert breached.status == "missed"
    assert breached.forecast is not None
    assert breached.forecast.verdict == "unlikely"  # the fact, not a projection
    assert progress(ceiling, {6: 40}, 6).status == "on_track"
    assert progress(ceiling, {12: 40}, 12).status == "met"


def test_gt_0_is_a_one_item_target_the_validator_accepts() -> None:
    from tests.helpers import make_plan

    plan = make_plan({"id": "t", "kind": "cumulative", "comparator": "gt", "value": 0})
    from zhanxin_cli.plan.rules import check_plan

    assert check_plan(plan) == []
    assert progress({"id": "t", "kind": "cumulative", "comparator": "gt", "value": 0}, {6: 1}, 6).status == "met"


def test_every_target_explains_in_both_languages_whatever_its_status(cli: Cli) -> None:
    """Every status and forecast method has its words in --explain (a level's trend, an expired
    figure, an overdue deadline), for every target of the example at several months."""
    from tests.helpers import EXAMPLES, REPO
    from zhanxin_cli.plan.read import read_plan

    plan = read_plan(REPO / "src" / "zhanxin_cli" / "data" / "plan.yaml")
    seen: set[str] = set()
    for as_of in ("2023-03", "2023-10", "2023-12"):
        data = _record(cli, *EXAMPLES, "--as-of", as_of)
        for target in plan.targets:
            for lang in ("zh", "en"):
                result = cli("status", *EXAMPLES, "--as-of", as_of, "--explain", target.id, "--lang", lang)
                assert result.code == 0, result.err
            seen.add(str(data[target.id]["forecast_method"]))
    assert "level_trend" in seen


def test_the_overdue_and_expired_columns_show_when_a_target_has_them(cli: Cli, tmp_path: Path) -> None:
    figures = _figures(tmp_path, "provincial_projects_h1,2023-05,11\ndigital_output,2023-02,20\n")
    october = cli("status", figures, "--as-of", "2023-04", "--by", "industry").out
    assert "逾期未报" not in october  # nobody is overdue in April: no empty column
    november = cli("status", figures, "--as-of", "2023-11", "--by", "bureau").out
    assert "逾期未报" in november  # June's figure is five months late
    assert "数据过期" in november  # February's figure is nine months old (December would be 待报)
    csv_header = cli("status", figures, "--as-of", "2023-04", "--by", "industry", "-f", "csv").out.splitlines()[0]
    assert "逾期未报" in csv_header  # the data export always has every column
    assert "数据过期" in csv_header


# ── no status/verdict pair contradicts itself, for any figures ─────────────

KINDS = st.sampled_from(["cumulative", "rate", "level", "milestone"])
COMPARATORS = st.sampled_from(["ge", "gt", "le", "lt"])
AMOUNTS = st.floats(min_value=0, max_value=500, allow_nan=False).map(lambda x: round(x, 3))


@settings(max_examples=400, deadline=None)
@given(
    KINDS,
    COMPARATORS,
    AMOUNTS,
    st.sampled_from(["个", "亿元", "%"]),
    st.integers(1, 12),
    st.dictionaries(st.integers(1, 12), AMOUNTS, max_size=5),
    st.integers(1, 12),
    st.booleans(),
)
def test_status_verdict_gap_and_alarm_never_contradict_each_other(
    kind: str,
    comparator: str,
    value: float,
    unit: str,
    deadline: int,
    values: dict[int, float],
    as_of: int,
    ensure: bool,
) -> None:
    from tests.helpers import make_plan
    from zhanxin_cli.plan.model import KIND_COMPARATORS
    from zhanxin_cli.plan.rules import check_plan

    assume(comparator in KIND_COMPARATORS[kind])
    if unit == "个":
        value = float(round(value))
        values = {m: float(round(v)) for m, v in values.items()}
    end = dt.date(2023, deadline, 28 if deadline == 2 else 30 if deadline in (4, 6, 9, 11) else 31)
    target = {"id": "t", "kind": kind, "comparator": comparator, "value": value, "unit": unit, "deadline": end}
    if ensure:
        target["commitment"] = "ensure"
    assume(not check_plan(make_plan(target)))  # only plans the validator accepts
    p = progress(target, values, as_of)
    verdict = p.forecast.verdict if p.forecast is not None else None
    # a figure judged has a verdict; none without one
    assert (verdict is None) == (p.figure is None)
    # the facts: met is never unlikely, missed never likely; a target that holds leaves no gap
    if p.status == "met":
        assert p.holds
        assert verdict == "likely"
        assert p.gap == 0
    if p.status == "missed":
        assert not p.holds
        assert verdict == "unlikely"
        assert p.gap is not None
        assert p.gap > 0
    if p.holds is False:
        assert p.gap is not None
        assert p.gap > 0  # short by at least the smallest step shown
        assert p.status != "met"
    if p.holds:
        assert p.gap == 0
        assert p.status not in ("behind", "off_track", "missed")
    if p.status == "expired":
        assert verdict != "likely"
    # an alarm is exactly a 确保 target that is behind or worse, overdue, without a current figure,
    # or whose last figure is behind
    bad = p.status in ("behind", "off_track", "missed", "overdue", "no_data", "expired")
    assert p.alarm == (ensure and (bad or p.provisional in ("behind", "off_track", "missed", "overdue")))


# ── the report says who has not reported ───────────────────────────────────
def test_nobody_was_named_for_not_reporting(cli: Cli, tmp_path: Path) -> None:
    """With one unit sending nothing (市人力社保局's file left out) and another leaving rows blank,
    the terminal said only "其中 N 项数据未更新": now each unit is named with its targets, in the
    headline, the JSON and the report, and the counts agree with the lists."""
    import json

    from tests.helpers import EXAMPLES

    kept = [p for p in EXAMPLES if p.name != "hrss.csv"]
    blanked = tmp_path / "econ_it.csv"
    source = next(p for p in kept if p.name == "econ_it.csv").read_text(encoding="utf-8-sig").splitlines()
    blanked.write_text("\n".join(line for line in source if "2023-10" not in line or "digital" in line) + "\n")
    files = [*(p for p in kept if p.name != "econ_it.csv"), blanked]
    data = json.loads(cli("status", *files, "-f", "json").out)
    units = {u["bureau"]: u for u in data["unreported"]}
    assert units["hrss"]["silent"] is True
    assert units["hrss"]["targets"] == ["training_bases", "master_studios", "new_engineers", "skilled_workers"]
    assert units["econ_it"]["silent"] is False  # some of its targets are reported for October
    assert units["econ_it"]["targets"]
    listed = sum(len(u["targets"]) for u in data["unreported"])
    unreported_statuses = {"no_data", "awaiting", "overdue", "expired"}
    assert listed == sum(t["stale"] or t["status"] in unreported_statuses for t in data["targets"])
    headline = cli("status", *files).out.split("\n\n")[0]
    assert "未报：市人力社保局（4项）" in headline
    assert "未更新：市经信局" in headline
    report = tmp_path / "r.html"
    assert cli("report", *files, "-o", report).code == 0
    page = report.read_text(encoding="utf-8")
    first_page = page.split('class="wrong"', 1)[1].split("</div>", 1)[0]
    assert "未报单位 / 未更新" in first_page
    assert "市人力社保局" in first_page
    assert "新增入选新动能工程师" in first_page


def test_one_stray_row_does_not_decide_the_report_month(cli: Cli, tmp_path: Path) -> None:
    """A file holding only `health_output,2023-12,13.4` beside October's forms turned the report
    into 截至 2023-12 (序时进度 100 %, almost everything 待报), exit 0, no warning."""
    import json

    from tests.helpers import EXAMPLES

    stray = _figures(tmp_path, "health_output,2023-12,13.4\n")
    result = cli("status", *EXAMPLES, stray, "-f", "json")
    assert result.code == 0
    assert json.loads(result.out)["as_of"] == "2023-10"  # the latest month most units reached
    assert f"{stray}:2: " in result.err
    assert "2023-12" in result.err
    assert "--as-of 2023-12" in result.err
    asked = json.loads(cli("status", *EXAMPLES, stray, "--as-of", "2023-12", "-f", "json").out)
    assert asked["as_of"] == "2023-12"  # still the user's to choose
    report = tmp_path / "r.html"
    assert cli("report", *EXAMPLES, stray, "-o", report).code == 0
    assert "截至 2023-10" in report.read_text(encoding="utf-8")
    alone = json.loads(cli("status", stray, "-f", "json").out)
    assert alone["as_of"] == "2023-12"  # one unit reporting: its own latest month


# ── a suspect figure is 待核实, not lit red or green until confirmed ──────────
def test_a_suspect_figure_is_to_be_verified_not_lit(cli: Cli, tmp_path: Path) -> None:
    """`digital_growth` typed 0.221 (a fraction that lost its % format) got a good warning on
    stderr, but the report showed "0.22 % 严重滞后 难完成" on page 1, exit 0."""
    import json

    from tests.helpers import EXAMPLES

    suspect = _figures(tmp_path, "digital_growth,2023-10,0.221\n")
    kept = [p for p in EXAMPLES if p.name != "econ_it.csv"]
    econ = tmp_path / "econ_it.csv"
    rows = next(p for p in EXAMPLES if p.name == "econ_it.csv").read_text(encoding="utf-8-sig").splitlines()
    econ.write_text("\n".join(r for r in rows if not r.startswith("digital_growth,2023-10")) + "\n", encoding="utf-8")
    files = [*kept, econ, suspect]
    result = cli("status", *files, "-f", "json")
    record = {t["id"]: t for t in json.loads(result.out)["targets"]}["digital_growth"]
    assert record["suspect"]  # the warning it stands on
    assert "22.1" in record["suspect"]
    assert record["alarm"] is False
    table = cli("status", *files).out
    assert "待核实" in table.split("\n\n")[0]  # named in the headline
    report = tmp_path / "r.html"
    assert cli("report", *files, "-o", report).code == 0
    page = report.read_text(encoding="utf-8")
    first_page = page.split('class="wrong"', 1)[1].split("</div>", 1)[0]
    assert "待核实" in first_page
    assert "是否应为 22.1" in page  # the warning is carried into the report
    wrong_lists = first_page.split("待核实", 1)[0]
    assert "数字经济核心产业制造业规上总产值增速" not in wrong_lists  # not lit red before it is checked
    accepted = cli("status", *files, "--accept", "digital_growth", "-f", "json").out
    assert {t["id"]: t for t in json.loads(accepted)["targets"]}["digital_growth"]["suspect"] is None
    noted = tmp_path / "noted.csv"
    noted.write_text("target,period,value,note\ndigital_growth,2023-10,0.221,已核实\n", encoding="utf-8")
    confirmed = json.loads(cli("status", *kept, econ, noted, "-f", "json").out)
    assert {t["id"]: t for t in confirmed["targets"]}["digital_growth"]["suspect"] is None


def test_the_reports_headline_cards_and_page_1_lists_agree(cli: Cli, tmp_path: Path) -> None:
    """The headline card said 待报 57, the list 56 (one was among the 确保 alarms, not said)."""
    import re

    from tests.helpers import EXAMPLES

    report = tmp_path / "r.html"
    assert cli("report", *EXAMPLES, "--as-of", "2023-12", "-o", report).code == 0
    page = report.read_text(encoding="utf-8")
    card = re.search(r'<div class="big">[^<]*<span[^>]*>待报</span><b>(\d+)</b>', page)
    assert card is not None
    listed = re.search(r"<h3>待报：(\d+)(（其中 (\d+) 项见上）)?</h3><ul>(.*?)</ul>", page)
    assert listed is not None
    assert listed.group(1) == card.group(1)
    shown = listed.group(4).count("<li>")
    assert shown + int(listed.group(3) or 0) == int(card.group(1))


def test_judged_at_after_the_deadline_is_the_deadlines_month() -> None:
    """judged_at after a deadline was the as-of month, though the deadline's figure decides."""
    target = {"id": "t", "kind": "cumulative", "value": 15, "deadline": dt.date(2023, 6, 30)}
    p = progress(target, {6: 13}, 8)
    assert p.status == "missed"
    assert p.judged_at == "2023-06"
    assert p.expected_pct == 100


def test_the_plan_may_choose_a_targets_schedule_where_offices_differ() -> None:
    """schedule: linear judges a level against 序时进度; deadline judges a total as a stock."""
    from tests.helpers import make_plan
    from zhanxin_cli.plan.rules import check_plan

    linear_level = {"id": "t", "kind": "level", "value": 8, "unit": "个", "schedule": "linear"}
    p = progress(linear_level, {3: 5}, 3)  # 62.5 % against 25 % due
    assert p.status == "on_track"
    assert p.expected_pct == pytest.approx(25)
    assert progress(linear_level, {9: 4}, 9).status == "behind"  # 50 % against 75 %
    total_at_deadline = {"id": "t", "kind": "cumulative", "value": 30, "unit": "个", "schedule": "deadline"}
    early = progress(total_at_deadline, {4: 1}, 4)
    assert early.status == "pending"  # not prorated: nothing due before the deadline's months
    assert early.expected_pct == 100
    assert progress(total_at_deadline, {10: 1}, 10).status == "off_track"  # near the deadline, far short
    rate = make_plan({"id": "t", "kind": "rate", "value": 12, "unit": "%", "schedule": "linear"})
    assert [p.loc for p in check_plan(rate)] == [("targets", 0, "schedule")]


# ── --explain says the rule behind each new status ─────────────────────────
@pytest.mark.parametrize(
    ("target", "values", "as_of", "said"),
    [
        (
            {"id": "t", "kind": "cumulative", "value": 10, "deadline": dt.date(2023, 6, 30)},
            {5: 4},
            9,
            "期限已过 1 个月以上",
        ),
        ({"id": "t", "kind": "cumulative", "value": 120, "unit": "亿元"}, {2: 20}, 11, "已超过 3 个月，不再据以判断"),
        ({"id": "t", "kind": "cumulative", "comparator": "le", "value": 50}, {6: 60}, 6, "累计值已超过上限，不可逆"),
        ({"id": "t", "kind": "milestone", "value": 1}, {11: 0}, 11, "距期限不足 3 个月仍未达到"),
        ({"id": "t", "kind": "level", "value": 8}, {3: 5}, 3, "存量指标按期限判断"),
    ],
    ids=["overdue", "expired", "ceiling", "milestone_near", "level_pending"],
)
def test_explain_says_the_rule_behind_each_status(
    target: dict[str, object], values: dict[int, float], as_of: int, said: str
) -> None:
    from tests.helpers import fig, make_plan, month
    from zhanxin_cli.i18n import Lang
    from zhanxin_cli.progress.status import compute_progress
    from zhanxin_cli.render.explain import explain

    plan = make_plan(target)
    report = compute_progress(plan, {"t": [fig("t", m, v) for m, v in sorted(values.items())]}, month(as_of))
    text = explain(report, report.targets[0], Lang.zh)
    assert said in text, text
    assert explain(report, report.targets[0], Lang.en)  # and in English


def test_a_suspect_figures_explain_says_it_is_never_likely_when_expired(cli: Cli, tmp_path: Path) -> None:
    figures = _figures(tmp_path, "digital_output,2023-02,20\n")
    text = cli("status", figures, "--as-of", "2023-11", "--explain", "digital_output").out
    assert "数据过期，不判可完成" in text


def test_an_overdue_or_expired_target_shows_what_its_last_figure_said(cli: Cli, tmp_path: Path) -> None:
    """As 待报 does (末次 2023-10：正常): the README promised it for 逾期未报 too."""
    figures = _figures(tmp_path, "provincial_projects_h1,2023-05,11\ndigital_output,2023-02,20\n")
    table = cli("status", figures, "--as-of", "2023-11", "--by", "target").out
    overdue = next(line for line in table.splitlines() if "谋划省重大产业项目" in line)
    rows = table.splitlines()
    below = rows[rows.index(overdue) + 1]
    assert "逾期未报" in overdue
    assert "末次 2023-05" in below
    expired = next(i for i, line in enumerate(rows) if "数字经济核心产业制造业规上总产值 " in line)
    assert "末次 2023-02" in rows[expired + 1]
