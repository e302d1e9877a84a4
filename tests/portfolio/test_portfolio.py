"""Many plans in one run (#19): the bundled plan, tests/plans/valid/county_2025.yaml and the
multi-year example, through the real entry point."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import BUNDLED_PLAN, EXAMPLE_ARGS, HERE, REPO, Cli

COUNTY = HERE / "plans" / "valid" / "county_2025.yaml"
PORTFOLIO = REPO / "examples" / "portfolio"
MULTI = PORTFOLIO / "cluster_2023_2025.yaml"
PLANS = ["--plan", str(BUNDLED_PLAN), "--plan", str(COUNTY), "--plan", str(MULTI)]
FIGURES = [*EXAMPLE_ARGS, str(PORTFOLIO / "cluster_figures.csv"), str(PORTFOLIO / "county_figures.csv")]


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)


def status_json(cli: Cli, *args: str) -> dict[str, Any]:
    result = cli("status", *PLANS, *FIGURES, "-f", "json", *args)
    assert result.code == 0, result.err
    data: dict[str, Any] = json.loads(result.out)
    return data


def test_the_headline_has_a_row_per_plan_with_its_own_month(cli: Cli) -> None:
    data = status_json(cli)
    headline = data["portfolio"]
    assert isinstance(headline, list)
    assert [(p["key"], p["years"], p["as_of"], p["targets"]) for p in headline] == [
        ("plan", "2023", "2023-10", 59),
        ("county_2025", "2025", "2025-03", 4),
        ("cluster_2023_2025", "2023–2025", "2024-06", 8),
    ]
    county = headline[1]
    assert county["elapsed_pct"] == 25.0  # 3 of 12 months
    assert county["counts"]["met"] == 0


def test_each_plan_is_reported_exactly_as_on_its_own(cli: Cli) -> None:
    data = status_json(cli)
    plans = data["plans"]
    assert isinstance(plans, list)
    for record, plan, figures in [
        (plans[0], BUNDLED_PLAN, EXAMPLE_ARGS),
        (plans[2], MULTI, [str(PORTFOLIO / "cluster_figures.csv")]),
    ]:
        alone = json.loads(cli("status", "--plan", str(plan), *figures, "-f", "json").out)
        assert record["targets"] == alone["targets"]
        assert record["counts"] == alone["counts"]
        assert record["unreported"] == alone["unreported"]
        assert record["elapsed_pct"] == alone["elapsed_pct"]


def test_the_table_puts_the_headline_first_then_each_plan(cli: Cli) -> None:
    result = cli("status", *PLANS, *FIGURES, "--by", "industry")
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("3 项计划总览\n")
    first, county, multi = (
        out.index("══ 计划 plan："),
        out.index("══ 计划 county_2025："),
        out.index("══ 计划 cluster_2023_2025："),
    )
    assert first < county < multi
    assert "│ 合计" in out
    assert out.count("按产业") == 3


def test_a_unit_across_every_plan_lead_and_co_apart(cli: Cli) -> None:
    data = status_json(cli, "--bureau", "市经信局")
    assert data["notes"] == ["2025年某县未来产业培育计划：没有 市经信局，未列入"]
    plans = data["plans"]
    assert isinstance(plans, list)
    assert [p["key"] for p in plans] == ["plan", "cluster_2023_2025"]
    multi = plans[1]
    unit = next(b for b in multi["bureaus"] if b["name"] == "市经信局")
    # the cluster plan: 市经信局 leads digital_firm_growth, cluster_output_2024, hundred_billion_firms
    # and co-operates on hightech_firms
    assert unit["lead"]["targets"] == 3
    assert unit["co"]["targets"] == 1
    assert unit["co"]["lagging"] == ["hightech_firms"]


def test_an_unknown_unit_in_every_plan_is_one_located_error(cli: Cli) -> None:
    result = cli("status", *PLANS, *FIGURES, "--bureau", "市经信")
    assert result.code == 2
    assert "--bureau" in result.err
    assert "市经信局" in result.err  # did you mean


def test_csv_is_one_table_with_the_plan_first(cli: Cli) -> None:
    result = cli("status", *PLANS, *FIGURES, "-f", "csv", "--by", "target")
    rows = list(csv.DictReader(io.StringIO(result.out.lstrip("\ufeff"))))
    assert len(rows) == 59 + 4 + 8
    assert {r["计划"] for r in rows} == {"plan", "county_2025", "cluster_2023_2025"}
    multi = next(r for r in rows if r["编号"] == "hightech_firms")
    assert multi["年度节点"] == "2024"
    bundled = next(r for r in rows if r["编号"] == "digital_output")
    assert bundled["年度节点"] == ""


def test_forms_hold_each_units_targets_of_every_plan(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "forms"
    result = cli("template", *PLANS, "--all", "--period", "2023-11", "-o", str(out))
    assert result.code == 0, result.err
    names = sorted(p.name for p in out.iterdir())
    assert "2023-11_市科技局.csv" in names
    science = (out / "2023-11_市科技局.csv").read_text(encoding="utf-8-sig")
    assert "health_output" in science  # the bundled plan's
    assert "hightech_firms" in science  # the multi-year plan's
    assert "drone_output" not in science  # the county plan is 2025: not in a 2023-11 form
    economy = (out / "2023-11_市经信局.csv").read_text(encoding="utf-8-sig")
    assert "cluster_output_2024" in economy


def test_a_filled_form_of_several_plans_is_read_back(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "forms"
    cli("template", *PLANS, "--all", "--period", "2024-06", "-o", str(out))
    form = out / "2024-06_市发改局.csv"
    rows = list(csv.reader(io.StringIO(form.read_text(encoding="utf-8-sig"))))
    header, body = rows[0], rows[1:]
    value = header.index("数值")
    for row in body:
        if row[0] == "energy_intensity":
            row[value] = "0.49"
    filled = tmp_path / "filled.csv"
    filled.write_text("\ufeff" + "\n".join(",".join(r) for r in [header, *body]) + "\n", encoding="utf-8")
    result = cli("status", *PLANS, str(filled), "-f", "json", "--as-of", "2024-06")
    assert result.code == 0, result.err
    multi = json.loads(result.out)["plans"][-1]
    energy = next(t for t in multi["targets"] if t["id"] == "energy_intensity")
    assert energy["measured"] == 0.49


def test_one_report_covers_every_plan(cli: Cli, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = cli("report", *PLANS, *FIGURES, "-o", str(page))
    assert result.code == 0, result.err
    html = page.read_text(encoding="utf-8")
    assert "<h1>3 项计划总览</h1>" in html
    for key in ("plan", "county_2025", "cluster_2023_2025"):
        assert f'<section class="plan" id="{key}">' in html
    assert html.count("<h1>") == 4


def test_validate_a_folder_each_problem_in_its_own_file(cli: Cli, tmp_path: Path) -> None:
    shutil.copy(COUNTY, tmp_path / "a.yaml")
    broken = tmp_path / "b.yml"
    broken.write_text(MULTI.read_text(encoding="utf-8").replace("value: 420", "value: lots"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a plan", encoding="utf-8")
    result = cli("validate", "--plan", str(tmp_path))
    assert result.code == 1
    assert f"{tmp_path / 'a.yaml'}: 有效" in result.out
    problem = next(line for line in result.err.splitlines() if line.startswith(str(broken)))
    assert "targets[0].value" in problem or ":" in problem
    assert "notes.txt" not in result.out + result.err


def test_a_folder_of_plans_is_a_run_of_them(cli: Cli, tmp_path: Path) -> None:
    shutil.copy(BUNDLED_PLAN, tmp_path / "ruian_2023.yaml")
    shutil.copy(MULTI, tmp_path / "cluster.yaml")
    result = cli("status", "--plan", str(tmp_path), *FIGURES[:-1], "--by", "industry")
    assert result.code == 0, result.err
    assert result.out.startswith("2 项计划总览\n")


def shared_plans(tmp_path: Path) -> list[str]:
    """The county plan twice, under two names: every id is in both."""
    one, two = tmp_path / "east.yaml", tmp_path / "west.yaml"
    shutil.copy(COUNTY, one)
    two.write_text(COUNTY.read_text(encoding="utf-8").replace("title: 2025年某县", "title: 2025年另一县"), "utf-8")
    return ["--plan", str(one), "--plan", str(two)]


def test_an_id_two_plans_share_needs_its_plan(cli: Cli, tmp_path: Path) -> None:
    figures = tmp_path / "f.csv"
    figures.write_text("target,period,value\ndrone_output,2025-03,2\n", encoding="utf-8")
    result = cli("status", *shared_plans(tmp_path), str(figures))
    assert result.code == 2
    assert "'drone_output' 是多个计划（east, west）的指标：请加一列「计划」注明，或写作 计划/drone_output" in result.err


def test_a_plan_column_or_plan_slash_id_says_which(cli: Cli, tmp_path: Path) -> None:
    figures = tmp_path / "f.csv"
    figures.write_text(
        "计划,target,period,value\nwest,drone_output,2025-03,2\n2025年某县未来产业培育计划,drone_output,2025-03,3\n"
        ",west/bio_growth,2025-03,16\n",
        encoding="utf-8",
    )
    data = json.loads(cli("status", *shared_plans(tmp_path), str(figures), "-f", "json").out)
    east, west = data["plans"]
    actual = {p["key"]: {t["id"]: t["actual"] for t in p["targets"]} for p in (east, west)}
    assert actual["east"]["drone_output"] == 3  # by its title
    assert actual["west"]["drone_output"] == 2  # by its key
    assert actual["west"]["bio_growth"] == 16  # by PLAN/id
    assert actual["east"]["bio_growth"] is None


def test_a_plan_column_naming_no_plan_is_located(cli: Cli, tmp_path: Path) -> None:
    figures = tmp_path / "f.csv"
    figures.write_text("plan,target,period,value\nwset,drone_output,2025-03,2\n", encoding="utf-8")
    result = cli("status", *shared_plans(tmp_path), str(figures))
    assert result.code == 2
    assert f"{figures}:2:1: plan：未知计划 'wset'；是否想写 'west'？" in result.err


def test_a_unit_that_means_two_things_is_refused(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(
        COUNTY.read_text(encoding="utf-8").replace(
            "亿元: {dimension: money_cny, scale: 100000000}", "亿元: {dimension: money_cny, scale: 10000}"
        ),
        encoding="utf-8",
    )
    result = cli("status", "--plan", str(COUNTY), "--plan", str(other), str(PORTFOLIO / "county_figures.csv"))
    assert result.code == 2
    assert "单位 '亿元' 与" in result.err


def test_explain_across_plans_takes_plan_slash_id(cli: Cli, tmp_path: Path) -> None:
    figures = tmp_path / "f.csv"
    figures.write_text("target,period,value\neast/drone_output,2025-03,2\n", encoding="utf-8")
    plans = shared_plans(tmp_path)
    ambiguous = cli("status", *plans, str(figures), "--explain", "drone_output")
    assert ambiguous.code == 2
    assert "east/drone_output, west/drone_output" in ambiguous.err
    chosen = cli("status", *plans, str(figures), "--explain", "east/drone_output")
    assert chosen.code == 0, chosen.err
    assert "实际 = 2 亿元" in chosen.out


def test_a_figure_outside_its_own_plans_years_is_located(cli: Cli, tmp_path: Path) -> None:
    figures = tmp_path / "f.csv"
    figures.write_text("target,period,value\ndrone_output,2024-03,2\n", encoding="utf-8")
    result = cli("status", "--plan", str(COUNTY), "--plan", str(MULTI), str(figures))
    assert result.code == 2
    assert (
        f"{figures}:2: drone_output：期间应在《2025年某县未来产业培育计划》的计划期 2025 年内，实际为 2024-03"
        in result.err
    )


def test_history_and_targets_go_plan_by_plan(cli: Cli) -> None:
    history = cli("history", *PLANS, *FIGURES)
    assert history.code == 0, history.err
    assert history.out.index("══ 计划 plan：") < history.out.index("══ 计划 cluster_2023_2025：")
    listed = json.loads(cli("targets", *PLANS, "-f", "json").out)
    assert [(p["key"], len(p["targets"])) for p in listed["plans"]] == [
        ("plan", 59),
        ("county_2025", 4),
        ("cluster_2023_2025", 8),
    ]


def test_fail_on_counts_every_plan(cli: Cli) -> None:
    result = cli("status", *PLANS, *FIGURES, "-f", "json", "--fail-on", "off_track")
    assert result.code == 1
    assert "新材料产业规上总产值增速" in result.err


def test_last_years_figures_need_one_plan(cli: Cli) -> None:
    result = cli("status", *PLANS, *FIGURES, "--previous", "examples/2022")
    assert result.code == 2
    assert "上年数据一次只能对一个计划读取" in result.err


def test_an_as_of_month_after_a_plans_end_reports_its_last_month(cli: Cli) -> None:
    data = status_json(cli, "--as-of", "2024-06")
    assert data["notes"] == [
        "2023年培育发展战略性新兴产业行动计划：计划期至 2023-12 结束，按 2023-12 报告",
        "2025年某县未来产业培育计划：计划期自 2025-01 开始，尚未开始，未列入",
    ]
    assert [(p["key"], p["as_of"]) for p in data["portfolio"]] == [
        ("plan", "2023-12"),
        ("cluster_2023_2025", "2024-06"),
    ]


def test_markdown_has_the_headline_then_each_plan(cli: Cli) -> None:
    out = cli("status", *PLANS, *FIGURES, "-f", "markdown", "--by", "industry").out
    assert out.startswith("# 3 项计划总览\n")
    assert "| 合计 |" in out
    assert out.count("<!-- 计划 ") == 3


def test_an_industry_across_plans_and_one_no_plan_has(cli: Cli) -> None:
    data = status_json(cli, "--industry", "生物制造")
    assert [p["key"] for p in data["plans"]] == ["county_2025"]
    result = cli("status", *PLANS, *FIGURES, "--industry", "生物制")
    assert result.code == 2
    assert "--industry" in result.err
    assert "生物制造" in result.err


def test_compare_applies_where_the_month_is_in_a_plans_years(cli: Cli) -> None:
    data = status_json(cli, "--compare", "2023-09")
    compared = {p["key"]: p.get("compared_to") for p in data["plans"]}
    assert compared == {"plan": "2023-09", "county_2025": None, "cluster_2023_2025": "2023-09"}


def test_history_of_named_targets_across_plans(cli: Cli) -> None:
    result = cli("history", *PLANS, *FIGURES, "cluster_2023_2025/hightech_firms", "drone_output")
    assert result.code == 0, result.err
    assert "高新技术企业数" in result.out
    assert "低空经济规上产值" in result.out
    assert "══ 计划 plan：" not in result.out  # names none of the bundled plan's
    unknown = cli("history", *PLANS, *FIGURES, "hightech_firm")
    assert unknown.code == 2
    assert "hightech_firms" in unknown.err


def test_a_form_month_in_no_plans_years(cli: Cli, tmp_path: Path) -> None:
    result = cli("template", *PLANS, "--all", "--period", "2030-01", "-o", str(tmp_path))
    assert result.code == 2
    assert "2023, 2025, 2023–2025" in result.err
    unreadable = cli("template", *PLANS, "--all", "--period", "someday", "-o", str(tmp_path))
    assert unreadable.code == 2
    assert "--period" in unreadable.err


def test_every_broken_plan_is_said_at_once(cli: Cli, tmp_path: Path) -> None:
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    one.write_text("title: x\n", encoding="utf-8")
    two.write_text("[1, 2]\n", encoding="utf-8")
    result = cli("status", "--plan", str(one), "--plan", str(two), *FIGURES)
    assert result.code == 2
    assert str(one) in result.err
    assert str(two) in result.err


def test_an_empty_folder_of_plans(cli: Cli, tmp_path: Path) -> None:
    result = cli("status", "--plan", str(tmp_path), *FIGURES)
    assert result.code == 2
    assert f"{tmp_path}: 文件夹中没有计划文件（.yaml、.yml）" in result.err


def test_explain_a_target_no_plan_has(cli: Cli) -> None:
    result = cli("status", *PLANS, *FIGURES, "--explain", "hightech_firm")
    assert result.code == 2
    assert "--explain: 未知指标 'hightech_firm'；是否想写 'hightech_firms'？" in result.err


def test_a_warning_about_a_shared_target_goes_to_its_own_plan(cli: Cli, tmp_path: Path) -> None:
    figures = tmp_path / "f.csv"
    figures.write_text("target,period,value\neast/drone_output,2025-03,2000\n", encoding="utf-8")
    data = json.loads(cli("status", *shared_plans(tmp_path), str(figures), "-f", "json").out)
    east, west = data["plans"]
    assert len(east["warnings"]) == 1
    assert "drone_output" not in json.dumps(data["warnings"], ensure_ascii=False)
    assert west["warnings"] == []
    target = next(t for t in east["targets"] if t["id"] == "drone_output")
    assert target["suspect"] is not None  # the warning doubts the figure, in its own plan


@pytest.mark.parametrize("width", [80, 120, 200])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_headline_reads_at_every_width(cli: Cli, monkeypatch: pytest.MonkeyPatch, width: int, lang: str) -> None:
    from tests.helpers import check_fits

    monkeypatch.setenv("COLUMNS", str(width))
    result = cli("status", *PLANS, *FIGURES, "--by", "industry", "--lang", lang)
    assert result.code == 0, result.err
    check_fits(result.out, width)
    headline = result.out.split("══")[0]
    assert headline.count("3 项计划总览" if lang == "zh" else "3 plans at a glance") == 1
    for title in ("2023年培育发展战略性新兴产业", "先进制造业集群培育三年行动计"):
        assert title in headline.replace("\n", "").replace("│", "").replace(" ", "")


def test_two_plans_of_one_name_in_two_folders_are_told_apart(cli: Cli, tmp_path: Path) -> None:
    for folder in ("east", "west"):
        (tmp_path / folder).mkdir()
        shutil.copy(COUNTY, tmp_path / folder / "plan.yaml")
    figures = tmp_path / "f.csv"
    figures.write_text("target,period,value\neast/plan/drone_output,2025-03,2\n", encoding="utf-8")
    data = json.loads(
        cli(
            "status", "--plan", str(tmp_path / "east"), "--plan", str(tmp_path / "west"), str(figures), "-f", "json"
        ).out
    )
    assert [p["key"] for p in data["portfolio"]] == ["east/plan", "west/plan"]


def test_one_units_form_across_plans_on_stdout(cli: Cli) -> None:
    result = cli("template", *PLANS, "--period", "2024-06", "--bureau", "市科技局")
    assert result.code == 0, result.err
    assert "hightech_firms" in result.out  # the multi-year plan's
    assert "health_output" not in result.out  # the bundled plan ended in 2023: not in a 2024 form
