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
