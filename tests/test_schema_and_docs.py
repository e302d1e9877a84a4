"""Checked-in files that must follow the code: the JSON Schema, the README, CI, pre-commit."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from tests.helpers import BUNDLED_PLAN, REPO, Cli
from zhanxin_cli.cli.app import app
from zhanxin_cli.plan.models import plan_json_schema

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback)


def test_checked_in_schema_matches_the_models() -> None:
    checked_in = json.loads((REPO / "src" / "zhanxin_cli" / "data" / "plan.schema.json").read_text(encoding="utf-8"))
    assert checked_in == plan_json_schema(), "run: zhanxin schema > src/zhanxin_cli/data/plan.schema.json"


def test_plan_points_editors_at_the_schema() -> None:
    first_line = BUNDLED_PLAN.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=./plan.schema.json"
    assert (BUNDLED_PLAN.parent / "plan.schema.json").is_file()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented(command: str, cli: Cli) -> None:
    assert f"zhanxin {command}" in README, f"README does not document `zhanxin {command}`"
    result = cli(command, "--help")
    assert result.code == 0
    assert len(result.out.strip().splitlines()) > 3


def test_readme_has_exactly_two_fresh_machine_commands() -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    run_main, run_tests = commands
    assert "zhanxin" in run_main
    assert "pytest" in run_tests
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert run_tests in ci.splitlines(), ".ci/run must run exactly the README's test command"


def test_exit_codes_are_documented() -> None:
    for code in ("0", "1", "2", "70", "130", "141"):
        assert re.search(rf"^\| `{code}` \|", README, re.M), f"exit code {code} missing from README"


def test_pre_commit_hook_runs_validate() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["entry"] == "zhanxin validate"
    assert re.search(hooks[0]["files"], "plan.yaml")
