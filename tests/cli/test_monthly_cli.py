"""The monthly round through the real entry point: templates, history, --compare, --previous, report."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.helpers import BUNDLED_PLAN, EXAMPLES, HERE, REPO, Cli, check_golden

PLAN = HERE / "plans" / "valid" / "county_2025.yaml"
FIGURES = HERE / "figures" / "county_2025.csv"
LAST_YEAR = HERE / "figures" / "county_2024.csv"


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


# ── templates ─────────────────────────────────────────────────────────────
def test_template_to_stdout(cli: Cli) -> None:
    result = cli("template", "--plan", PLAN, "--period", "2025-05", FIGURES)
    assert result.code == 0
    assert result.out.startswith("\ufeff")
    table = rows(result.out)
    assert table[0] == ["指标编号", "名称", "期间", "单位", "上期数值", "数值", "备注"]
    by_id = {r[0]: r for r in table[1:]}
    assert set(by_id) == {"drone_output", "bio_growth", "bio_projects_h1", "first_airport", "air_routes"}
    assert by_id["drone_output"][2:6] == ["2025-05", "亿元", "2.1", ""]  # hint: April's 21,000 万元
    assert by_id["air_routes"][3:5] == ["", "推进中"]


def test_template_for_one_bureau_with_and_without_co(cli: Cli) -> None:
    lead = rows(cli("template", "--plan", PLAN, "--period", "2025-05", "--bureau", "县农业农村局").out)
    assert [r[0] for r in lead[1:]] == ["bio_growth", "bio_projects_h1"]
    with_co = rows(cli("template", "--plan", PLAN, "--period", "2025-05", "--bureau", "agriculture", "--co").out)
    assert [r[0] for r in with_co[1:]] == ["drone_output", "bio_growth", "bio_projects_h1"]


def fill(path: Path, values: dict[str, str], encoding: str = "utf-8-sig") -> None:
    table = rows(path.read_text(encoding="utf-8-sig"))
    for r in table[1:]:
        r[5] = values.get(r[0], "")
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    path.write_bytes(buffer.getvalue().encode(encoding))


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_template_round_trip(cli: Cli, tmp_path: Path, encoding: str) -> None:
    out = tmp_path / "may.csv"
    assert cli("template", "--plan", PLAN, "--period", "2025-05", FIGURES, "-o", out).code == 0
    fill(out, {"drone_output": "26,500", "bio_growth": "15.5%", "first_airport": "1", "air_routes": "已完成"}, encoding)
    table = rows(out.read_bytes().decode(encoding))
    table[1][3] = "万元"  # the bureau reports its output in 万元
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    out.write_bytes(buffer.getvalue().encode(encoding))
    result = cli("status", "--plan", PLAN, FIGURES, out, "-f", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    by_id = {t["id"]: t for t in data["targets"]}
    assert data["as_of"] == "2025-05"
    assert by_id["drone_output"]["actual"] == 2.65
    assert by_id["bio_growth"]["status"] == "on_track"
    assert by_id["first_airport"]["status"] == "met"
    assert data["tasks"][0]["status"] == "done"
    assert "1 rows with no value were skipped" in result.err  # bio_projects_h1 left blank


def test_template_never_overwrites_without_force(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    out.write_text("mine", encoding="utf-8")
    result = cli("template", "--plan", PLAN, "--period", "2025-05", "-o", out)
    assert result.code == 2
    assert result.err == f"{out}: 文件已存在；如要替换请加 --force\n"
    assert out.read_text(encoding="utf-8") == "mine"
    assert cli("template", "--plan", PLAN, "--period", "2025-05", "-o", out, "--force").code == 0
    assert out.read_text(encoding="utf-8-sig").startswith("指标编号")


@pytest.mark.usefixtures("english")
def test_template_never_writes_over_its_input(cli: Cli, tmp_path: Path) -> None:
    figures = tmp_path / "f.csv"
    figures.write_bytes(FIGURES.read_bytes())
    result = cli("template", "--plan", PLAN, "--period", "2025-05", figures, "-o", figures, "--force")
    assert result.code == 2
    assert "refusing to overwrite a file this command reads" in result.err
    assert figures.read_bytes() == FIGURES.read_bytes()


def test_template_all(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "forms"
    result = cli("template", "--plan", BUNDLED_PLAN, "--period", "2023-11", "--all", "-o", out, *EXAMPLES)
    assert result.code == 0, result.err
    names = sorted(p.name for p in out.iterdir())
    assert "2023-11_市发改局.csv" in names
    assert "2023-11_市委组织部人才办.csv" in names  # leads two tasks
    assert "2023-11_塘下新区.csv" not in names  # leads nothing; co-operates only
    assert "2023-11_未明确.csv" in names  # the headline targets the plan assigns to no unit
    total = sum(len(rows(p.read_text(encoding="utf-8-sig"))) - 1 for p in out.iterdir())
    assert total == 59 + 40  # every target and task exactly once
    again = cli("template", "--plan", BUNDLED_PLAN, "--period", "2023-11", "--all", "-o", out)
    assert again.code == 2
    assert len(again.err.splitlines()) == len(names)  # every clash named, nothing written
    assert cli("template", "--plan", BUNDLED_PLAN, "--period", "2023-11", "--all", "-o", out, "--force").code == 0


def test_template_all_file_names_cannot_escape(cli: Cli, tmp_path: Path) -> None:
    hostile = tmp_path / "plan.yaml"
    text = PLAN.read_text(encoding="utf-8").replace("name: 县农业农村局", 'name: "../../evil/CON"')
    hostile.write_text(text, encoding="utf-8")
    out = tmp_path / "forms"
    assert cli("template", "--plan", hostile, "--period", "2025-05", "--all", "-o", out).code == 0
    assert sorted(p.name for p in out.iterdir()) == ["2025-05__.._evil_CON.csv", "2025-05_县商务局.csv"]
    assert not (tmp_path / "evil").exists()


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--period", "2024-12"], "--period: expected a period within the plan's year 2025"),
        (["--period", "2025-05", "--all"], "--all: needs an output folder"),
        (["--period", "2025-05", "--all", "-o", "/proc/forms"], "/proc/forms: cannot create folder"),
        (["--period", "2025-05", "--bureau", "nobody"], "--bureau: unknown responsible unit 'nobody'"),
    ],
)
def test_template_bad_options(cli: Cli, args: list[str], fragment: str) -> None:
    result = cli("template", "--plan", PLAN, *args)
    assert result.code == 2
    assert fragment in result.err


# ── history, compare, previous ──────────────────────────────────────────────
@pytest.fixture
def in_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)


@pytest.mark.usefixtures("in_tests")
@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("history.txt", []),
        ("history_detail.txt", ["bio_projects_h1", "drone_output"]),
        ("history.md", ["--format", "markdown"]),
        ("history.csv", ["--format", "csv"]),
        ("history.json", ["--format", "json", "drone_output"]),
        ("status_compare.txt", None),
        ("status_previous.md", None),
    ],
)
def test_monthly_goldens(cli: Cli, name: str, args: list[str] | None) -> None:
    plan, figures = "plans/valid/county_2025.yaml", "figures/county_2025.csv"
    if name == "status_compare.txt":
        result = cli("status", "--plan", plan, figures, "--compare", "2025-03", "--by", "target")
    elif name == "status_previous.md":
        result = cli("status", "--plan", plan, figures, "--previous", "figures/county_2024.csv", "-f", "markdown")
    else:
        result = cli("history", "--plan", plan, figures, *(args or []))
    assert result.code == 0, result.err
    check_golden(name, result.out)


@pytest.mark.usefixtures("english")
def test_history_unknown_target(cli: Cli) -> None:
    result = cli("history", "--plan", PLAN, FIGURES, "drone")
    assert result.code == 2
    assert "unknown target 'drone'; did you mean 'drone_output'?" in result.err


def test_compare_json(cli: Cli) -> None:
    data = json.loads(cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--compare", "2023-09", "-f", "json").out)
    assert data["compared_to"] == "2023-09"
    kinds = {(c["id"], c["change"]) for c in data["changes"]}
    assert ("health_output", "newly_stale") in kinds
    assert all(c["change"] in {"newly_met", "improved", "worsened", "newly_stale"} for c in data["changes"])


def test_previous_year_makes_forecasts_seasonal(cli: Cli) -> None:
    base = json.loads(cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "-f", "json").out)
    seasonal = json.loads(
        cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--previous", REPO / "examples" / "2022", "-f", "json").out
    )
    before = {t["id"]: t for t in base["targets"]}
    after = {t["id"]: t for t in seasonal["targets"]}
    assert before["nev_output"]["forecast_method"] == "run_rate"
    assert after["nev_output"]["forecast_method"] == "seasonal"
    assert after["nev_output"]["forecast"] == pytest.approx(181 / (178.80 / 200.90), abs=1e-3)  # 2022: 1-10月 / 全年
    assert after["digital_growth"]["forecast_method"] == "latest"


@pytest.mark.usefixtures("english")
def test_previous_year_must_be_last_year(cli: Cli) -> None:
    result = cli("status", "--plan", PLAN, FIGURES, "--previous", FIGURES)
    assert result.code == 2
    assert "expected a period within 2024, found 2025-02" in result.err


# ── the HTML report ───────────────────────────────────────────────────────
class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_report_is_self_contained_and_complete(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = cli("report", "--plan", BUNDLED_PLAN, *EXAMPLES, "--previous", REPO / "examples" / "2022", "-o", out)
    assert result.code == 0, result.err
    html = out.read_text(encoding="utf-8")
    parsed = _Collect()
    parsed.feed(html)
    tags = {t for t, _ in parsed.tags}
    assert "script" not in tags
    assert "img" not in tags
    assert "link" not in tags
    assert "iframe" not in tags
    for _, attrs in parsed.tags:
        for key in ("src", "href"):
            assert key not in attrs
    assert not re.search(r"url\(|@import|https?://", html)
    text = "".join(parsed.text)
    for expected in (
        "进度（截至 2023-10）",
        "序时进度",
        "确保类指标滞后",
        "按产业",
        "按责任单位",
        "按指标",
        "新材料",
        "市发改局",
        "数据来源",
        "年底预计",
        "2023-10-31",
    ):
        assert expected in text, expected
    assert text.index("确保类指标滞后") < text.index("按产业")  # the alarms come first
    assert html.count("<svg") > 40  # sparklines
    assert "@page { size: A4" in html


def test_report_escapes_plan_text(cli: Cli, tmp_path: Path) -> None:
    hostile = tmp_path / "plan.yaml"
    hostile.write_text(
        PLAN.read_text(encoding="utf-8").replace("name: 低空经济规上产值", 'name: "<script>alert(1)</script>"'),
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    assert cli("report", "--plan", hostile, FIGURES, "-o", out).code == 0
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_refuses_to_overwrite(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    out.write_text("keep", encoding="utf-8")
    assert cli("report", "--plan", PLAN, FIGURES, "-o", out).code == 2
    assert out.read_text(encoding="utf-8") == "keep"
    assert cli("report", "--plan", PLAN, FIGURES, "-o", out, "--force").code == 0


def test_report_page_one_says_what_is_wrong(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert cli("report", "--plan", BUNDLED_PLAN, *EXAMPLES, "--as-of", "2023-12", "-o", out).code == 0
    html = out.read_text(encoding="utf-8")
    text = "".join(_text(html))
    wrong = text[: text.index("按产业")]
    assert "确保类指标滞后" in wrong
    assert "未完成：1" in wrong  # the 6月底前 target, with its figure
    assert "6月底前谋划省重大产业项目 13 个 / ≥ 15 个" in wrong
    assert "待报：" in wrong  # awaiting the December figures, named with the last verdict
    assert "末次 2023-10：滞后" in wrong
    assert "web copy" not in html  # no plan-editor notes
    assert "break-after: avoid" in html
    tasks = text[text.index("任务") :]
    assert "建立亿元以上战新项目培育库" in tasks


def test_report_targets_run_worst_first_within_each_industry(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert cli("report", "--plan", BUNDLED_PLAN, *EXAMPLES, "-o", out).code == 0
    html = out.read_text(encoding="utf-8")
    table = html[html.index('<tr class="group"><td colspan="8">新材料') :]
    materials = table[: table.index('<tr class="group">', 10)]
    assert materials.index("新材料产业规上总产值增速") < materials.index(
        "新材料产业规上总产值<"
    )  # 严重滞后 before 滞后


def _text(html: str) -> list[str]:
    parsed = _Collect()
    parsed.feed(html)
    return parsed.text


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not (CHROMIUM and shutil.which("pdftotext")), reason="needs chromium and pdftotext")
def test_report_prints_on_a4_with_no_heading_alone_at_a_page_bottom(cli: Cli, tmp_path: Path) -> None:
    html, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    assert cli("report", "--plan", BUNDLED_PLAN, *EXAMPLES, "-o", html).code == 0
    assert CHROMIUM is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    subprocess.run(
        [CHROMIUM, *flags, f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
         html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert 3 <= len(pages) <= 12
    headings = ("按产业", "按责任单位", "按指标", "任务")
    for number, page in enumerate(pages, start=1):
        last = [line.strip() for line in page.splitlines() if line.strip()][-1]
        assert last not in headings, f"page {number} ends with the heading {last!r}"
    assert "确保类指标滞后" in pages[0]
