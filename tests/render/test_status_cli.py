"""`zhanxin status` through the real entry point: formats (golden files), filters, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import BUNDLED_PLAN, EXAMPLES, HERE, REPO, Cli, check_golden

PLAN = "plans/valid/county_2025.yaml"
FIGURES = "figures/county_2025.csv"


@pytest.fixture(autouse=True)
def _in_tests_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)  # relative paths keep golden output stable


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("status.txt", []),
        ("status_en.txt", ["--lang", "en"]),
        ("status.json", ["--format", "json"]),
        ("status.csv", ["--format", "csv"]),
        ("status_bureau.csv", ["--format", "csv", "--by", "bureau"]),
        ("status_industry.csv", ["--format", "csv", "--by", "industry"]),
        ("status.md", ["--format", "markdown"]),
        ("explain.txt", ["--explain", "bio_projects_h1"]),
        ("explain_en.txt", ["--explain", "drone_output", "--lang", "en"]),
    ],
)
def test_golden(cli: Cli, name: str, args: list[str]) -> None:
    result = cli("status", "--plan", PLAN, FIGURES, *args)
    assert result.code == 0, result.err
    assert result.err == ""
    check_golden(name, result.out)


def test_targets_goldens(cli: Cli) -> None:
    check_golden("targets.txt", cli("targets", "--plan", PLAN).out)
    check_golden("targets.json", cli("targets", "--plan", PLAN, "-f", "json").out)


def test_json_contract_on_the_bundled_examples(cli: Cli) -> None:
    result = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--format", "json")
    assert result.code == 0
    data = json.loads(result.out)
    assert set(data) >= {"plan", "as_of", "targets", "industries", "bureaus", "warnings"}
    assert data["as_of"] == "2023-10"
    targets_fields = json.loads(cli("targets", "--plan", BUNDLED_PLAN, "-f", "json").out)[0].keys()
    extra = {"actual", "period", "expected", "gap", "completion", "schedule_gap_pp", "status", "note"}
    extra |= {"judged_as", "effective_value", "provisional", "judged_at", "after_deadline", "stale", "alarm"}
    statuses = {"met", "on_track", "behind", "off_track", "pending", "missed", "overdue", "awaiting", "expired"}
    statuses.add("no_data")
    for target in data["targets"]:
        assert set(targets_fields) | extra <= target.keys()
        assert target["status"] in statuses
        assert isinstance(target["after_deadline"], list)
        if target["kind"] == "rate" and target["actual"] is not None:  # in points: actual − target
            assert target["completion"] is None
            assert target["schedule_gap_pp"] == pytest.approx(target["actual"] - target["value"], abs=0.01)
    assert isinstance(data["stale_count"], int)
    december = json.loads(cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--as-of", "2023-12", "-f", "json").out)
    assert {t["status"] for t in december["targets"]} == {"met", "awaiting", "missed"}  # met stays met
    assert all(t["provisional"] for t in december["targets"] if t["status"] == "awaiting")
    by_id = {t["id"]: t for t in data["targets"]}
    assert by_id["equipment_output"]["actual"] == 148  # filed in 万元, converted
    assert by_id["provincial_projects_h1"]["status"] == "missed"
    assert by_id["health_output"]["stale"] is True
    assert by_id["zx_value_added_growth"]["alarm"] is True
    assert {b["name"] for b in data["bureaus"]} >= {"市经信局", "市发改局", None}
    materials = next(i for i in data["industries"] if i["id"] == "materials")
    assert materials["lagging"] == ["materials_output", "materials_growth"]


def test_gbk_example_is_read(cli: Cli) -> None:
    gbk = REPO / "examples" / "dev_reform.csv"
    with pytest.raises(UnicodeDecodeError):
        gbk.read_bytes().decode("utf-8")
    result = cli("status", "--plan", BUNDLED_PLAN, gbk, "--by", "target", "-f", "json")
    assert json.loads(result.out)["counts"]["no_data"] < 59


def test_main_report_on_examples(cli: Cli) -> None:
    result = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES)
    assert result.code == 0
    for text in (
        "进度（截至 2023-10）",
        "序时进度 83.3%",
        "按产业",
        "按责任单位",
        "按指标",
        "‼ 确保类指标滞后",
        "新材料",
    ):
        assert text in result.out


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("behind", 1), ("off_track", 0), ("missed", 0)],
)
def test_fail_on(cli: Cli, fail_on: str, code: int) -> None:
    # county figures at 2025-04: drone behind (ensure), the rest on track or pending
    result = cli("status", "--plan", PLAN, FIGURES, "--fail-on", fail_on, "-f", "json")
    assert result.code == code
    assert json.loads(result.out)["targets"]


def test_fail_on_missed_on_examples(cli: Cli) -> None:
    assert cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--fail-on", "missed", "-f", "json").code == 1
    assert (
        cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--as-of", "2023-05", "--fail-on", "missed", "-f", "json").code
        == 0
    )


def test_filters(cli: Cli) -> None:
    by_bureau = json.loads(
        cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--bureau", "市委组织部(人才办)", "-f", "json").out
    )
    assert [t["id"] for t in by_bureau["targets"]] == ["leading_talent_projects", "student_startups"]
    assert by_bureau["selection"] == {"bureau": "talent_office"}
    by_industry = json.loads(cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--industry", "新材料", "-f", "json").out)
    assert [t["id"] for t in by_industry["targets"]] == ["materials_output", "materials_growth"]
    only_bureaus = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--by", "bureau").out
    assert "按责任单位" in only_bureaus
    assert "按指标" not in only_bureaus


def test_as_of_goes_back_in_time(cli: Cli) -> None:
    data = json.loads(cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--as-of", "2023-03", "-f", "json").out)
    assert data["as_of"] == "2023-03"
    assert data["elapsed_pct"] == 25
    h1 = next(t for t in data["targets"] if t["id"] == "provincial_projects_h1")
    assert (h1["actual"], h1["expected_pct"], h1["status"]) == (6, 50, "behind")


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--as-of", "2024-01"], "--as-of: expected a period within the plan's year 2025, found 2024-01"),
        (["--as-of", "soon"], "--as-of: expected a period YYYY-MM"),
        (["--industry", "low_altitud"], "--industry: unknown industry 'low_altitud'; did you mean 'low_altitude'?"),
        (["--bureau", "县商务"], None),
        (["--bureau", "县教育局"], "--bureau: unknown responsible unit '县教育局'"),
        (["--explain", "drone"], "--explain: unknown target 'drone'"),
        (["--format", "xml"], "xml"),
    ],
)
def test_bad_options(cli: Cli, args: list[str], fragment: str | None) -> None:
    result = cli("status", "--plan", PLAN, FIGURES, *args)
    if fragment is None:
        assert result.code == 0
        return
    assert result.code == 2
    assert fragment in result.err


@pytest.mark.usefixtures("english")
def test_no_figures(cli: Cli) -> None:
    result = cli("status", "--plan", PLAN)
    assert result.code == 2
    assert "no figures" in result.err
    empty = json.loads(cli("status", "--plan", PLAN, "--as-of", "2025-03", "-f", "json").out)
    assert empty["counts"]["no_data"] == 4


@pytest.mark.usefixtures("english")
def test_bad_figures_exit_2_with_every_problem(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("target,period,value\ndrone,2025-03,1\ndrone_output,2025-3,lots\n", encoding="utf-8")
    result = cli("status", "--plan", PLAN, bad)
    assert result.code == 2
    assert result.out == ""
    assert result.err.splitlines() == [
        f"{bad}:2:1: target: unknown target or task id 'drone'; did you mean 'drone_output'?",
        f"{bad}:3:3: value: expected a number, found 'lots'",
    ]


@pytest.mark.usefixtures("english")
def test_warnings_go_to_stderr_and_json(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    shutil.copy(HERE / FIGURES, path)
    with path.open("a", encoding="utf-8") as f:
        f.write("drone_output,2025-05,1,亿元,\n")
    result = cli("status", "--plan", PLAN, path, "-f", "json")
    assert result.code == 0
    assert f"{path}:11: warning: drone_output: year-to-date figure falls" in result.err
    assert json.loads(result.out)["warnings"][0]["line"] == 11


def test_colour_only_when_asked(cli: Cli) -> None:
    assert "\x1b[" not in cli("status", "--plan", PLAN, FIGURES).out
    assert "\x1b[" in cli("status", "--plan", PLAN, FIGURES, "--color", "always").out


@pytest.mark.parametrize("width", ["80", "120", "200"])
def test_colour_changes_nothing_but_the_colour(cli: Cli, monkeypatch: pytest.MonkeyPatch, width: str) -> None:
    """--color always on a dumb terminal (TERM=dumb, as in an editor's shell or a CI log) was laid
    out at 80 columns whatever the width, a summary line broken inside a count."""
    import re

    monkeypatch.setenv("COLUMNS", width)
    examples = sorted((REPO / "examples").glob("*.csv"))
    plain = cli("status", "--plan", BUNDLED_PLAN, *examples)
    coloured = cli("status", "--plan", BUNDLED_PLAN, *examples, "--color", "always")
    assert "\x1b[" in coloured.out
    uncoloured = re.sub(r"\x1b\[[0-9;]*m", "", coloured.out)
    assert [line.rstrip() for line in uncoloured.splitlines()] == plain.out.splitlines()


def test_csv_is_excel_friendly(cli: Cli) -> None:
    out = cli("status", "--plan", PLAN, FIGURES, "-f", "csv").out
    assert out.startswith("\ufeff")
    assert "\r\n" in out
    assert "'=cmd|calc" in out  # a note that would run as a formula is neutralised
    assert ",-" in out or ",−" not in out  # numbers stay plain numbers
    assert "21,000" not in out
