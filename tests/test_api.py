"""The library under the CLI: the README's example runs, and its result is the CLI's JSON."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import pytest

import zhanxin_cli
from tests.helpers import REPO, Cli
from zhanxin_cli import api
from zhanxin_cli.errors import ZhanxinError

EXAMPLE = REPO / "examples" / "scheduled_check.py"


def test_the_readme_shows_the_example_verbatim() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert EXAMPLE.read_text(encoding="utf-8").strip() in readme


def test_the_example_runs_and_flags_the_ensure_targets_behind(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.setattr(sys, "argv", [str(EXAMPLE)])
    with pytest.raises(SystemExit) as ended:
        runpy.run_path(str(EXAMPLE), run_name="__main__")
    out = capsys.readouterr().out
    assert ended.value.code == 1
    assert out.startswith("zx_value_added_growth: ")


def test_progress_record_equals_the_cli_json(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    files = sorted(str(p.relative_to(REPO)) for p in (REPO / "examples").glob("*.csv"))
    plan = api.load_plan()
    status = api.progress(plan, api.read_figures(files, plan), "2023-09", bureau="市经信局")
    result = cli("status", *files, "--as-of", "2023-09", "--bureau", "市经信局", "--format", "json")
    assert result.code == 0
    assert json.loads(json.dumps(status.record())) == json.loads(result.out)
    assert api.render(status, "json") == result.out


def test_a_folder_reads_as_its_figures_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    plan = api.load_plan()
    from_folder = api.read_figures(["examples"], plan)
    from_files = api.read_figures(sorted(Path("examples").glob("*.csv")), plan)
    assert from_folder.files == from_files.files
    assert api.progress(plan, from_folder).record() == api.progress(plan, from_files).record()


def test_the_package_exports_the_api() -> None:
    assert zhanxin_cli.api is api
    with pytest.raises(AttributeError):
        _ = zhanxin_cli.nothing_here


def test_errors_are_located_problems_not_prints(tmp_path: Path) -> None:
    plan = api.load_plan()
    with pytest.raises(ZhanxinError) as caught:
        api.industry_id(plan, "数字经")
    (problem,) = caught.value.problems
    assert problem.file == "--industry"
    assert "did you mean '数字经济'" in problem.message
    assert api.industry_id(plan, "数字经济") == "digital"
    with pytest.raises(ZhanxinError, match="no figures files"):
        api.read_figures([tmp_path], plan)


# ── what the CLI did by hand is the library's: each call gives what its command prints ──────


def test_explain_is_what_status_explain_prints(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhanxin_cli.render.as_table import wrap_lines

    monkeypatch.chdir(REPO)
    plan = api.load_plan()
    status = api.progress(plan, api.read_figures(["examples"], plan))
    result = cli("status", "examples", "--explain", "digital_output")
    assert result.code == 0
    assert wrap_lines(api.explain(status, "digital_output"), 200) == result.out
    assert "digital_output" in result.out or "数字经济" in result.out


def test_failure_text_is_what_fail_on_says(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    plan = api.load_plan()
    status = api.progress(plan, api.read_figures(["examples"], plan))
    result = cli("status", "examples", "--fail-on", "off_track", "--fail-on", "no_data", "-f", "json")
    text = api.failure_text(status, ["off_track", "no_data"])
    assert result.code == 1
    assert text
    assert result.err.endswith(text)
    assert len(api.failures(status.report, ["off_track", "no_data"])) == len(text.splitlines()) - 1
    assert api.failure_text(status, []) == ""


def test_report_html_is_the_file_report_writes(cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(REPO)
    out = tmp_path / "r.html"
    result = cli("report", "examples", "-o", out)
    assert result.code == 0
    plan = api.load_plan()
    figures = api.read_figures(["examples"], plan)
    status = api.progress(plan, figures)
    html = api.report_html(status, api.histories(plan, figures, status.report.as_of))
    assert out.read_text(encoding="utf-8") == html
    assert result.err == f"{out}: {len(html.encode('utf-8')):,} bytes\n"


def test_draft_yaml_is_what_draft_prints_and_validates(cli: Cli) -> None:
    from zhanxin_cli.plan.read import parse_plan

    text_file = REPO / "tests" / "fixtures" / "draft" / "county_2025_digital.txt"
    made = api.draft_yaml(text_file)
    result = cli("draft", text_file)
    assert result.code == 0
    assert made.text == result.out
    assert len(parse_plan(made.text.encode("utf-8"), "draft.yaml").targets) == len(made.draft.targets)


def test_plan_forms_chooses_the_format_by_the_files_name_and_refuses_all_on_one_clash(tmp_path: Path) -> None:
    plan = api.load_plan()
    period = api.as_of_period(plan, "2023-11")
    (one,) = api.plan_forms(plan, period, tmp_path / "f.xlsx", bureau="市经信局")
    assert one.form_format == "xlsx"
    assert one.unit == "市经信局"
    assert {i.lead for i in one.items} == {"econ_it"}
    (plain,) = api.plan_forms(plan, period, tmp_path / "f.txt")
    assert plain.form_format == "csv"
    assert len(plain.items) == len(plan.targets) + len(plan.tasks)
    (chosen,) = api.plan_forms(plan, period, tmp_path / "f.txt", output_format="xlsx")
    assert chosen.form_format == "xlsx"
    with pytest.raises(ZhanxinError, match="needs a file"):
        api.plan_forms(plan, period, None, output_format="xlsx")
    folder = tmp_path / "forms"
    jobs = api.plan_forms(plan, period, folder, all_bureaus=True)
    assert len(jobs) == len({i.lead for i in (*plan.targets, *plan.tasks)})
    jobs[3].path.write_bytes(b"mine")
    with pytest.raises(ZhanxinError) as caught:
        api.plan_forms(plan, period, folder, all_bureaus=True)
    assert [p.file for p in caught.value.problems] == [str(jobs[3].path)]
    assert len(api.plan_forms(plan, period, folder, all_bureaus=True, force=True)) == len(jobs)


def test_forms_write_what_template_writes(cli: Cli, tmp_path: Path) -> None:
    plan = api.load_plan()
    run = api.forms(plan, "2023-11", output=tmp_path / "api", all_bureaus=True)
    result = cli("template", "--period", "2023-11", "--all", "-o", tmp_path / "cli")
    assert result.code == run.exit_code == 0
    assert result.err == run.after.replace(str(tmp_path / "api"), str(tmp_path / "cli"))
    written = sorted(p.name for p in (tmp_path / "api").iterdir())
    assert written == sorted(p.name for p in (tmp_path / "cli").iterdir())
    for name in written:
        assert (tmp_path / "api" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ["status", "examples", "-f", "markdown", "--by", "bureau"],
        ["status", "examples", "--fail-on", "behind", "-f", "csv"],
        ["history", "examples", "digital_output", "-f", "json"],
        ["validate", "plan.yaml", "tests/plans/valid/county_2025.yaml", "-f", "github"],
    ],
)
def test_each_command_is_one_library_call(cli: Cli, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    monkeypatch.chdir(REPO)
    result = cli(*args)
    plan = api.load_plan()
    command, rest = args[0], args[1:]
    if command == "status":
        fail_on = [rest[rest.index("--fail-on") + 1]] if "--fail-on" in rest else []
        tables = (rest[rest.index("--by") + 1],) if "--by" in rest else ("industry", "bureau", "target")
        output_format = rest[rest.index("-f") + 1]
        run = api.status_report(plan, ["examples"], tables=tables, output_format=output_format, fail_on=fail_on)
    elif command == "history":
        run = api.history_report(plan, rest[:2], output_format="json")
    else:
        run = api.validation(rest[:2], "github")
    assert (result.code, result.out, result.err) == (run.exit_code, run.out, run.before + run.after)
