"""The commands through the real entry point (``zhanxin_cli.cli.app.main`` and the installed script)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
import yaml

from tests.helpers import BUNDLED_PLAN, HERE, REPO, Cli
from zhanxin_cli import __version__

SECOND_PLAN = HERE / "plans" / "valid" / "county_2025.yaml"
BROKEN = HERE / "plans" / "invalid" / "unknown_industry.yaml"


def test_validate_bundled_plan(cli: Cli) -> None:
    result = cli("validate", BUNDLED_PLAN)
    assert result.code == 0
    assert result.out == f"{BUNDLED_PLAN}: 有效 (59 项指标，40 项任务，12 个责任单位，5 个产业)\n"
    assert result.err == ""


def test_validate_in_english(cli: Cli) -> None:
    result = cli("validate", "--plan", SECOND_PLAN, "--lang", "en")
    assert result.out == f"{SECOND_PLAN}: valid (4 targets, 1 tasks, 2 responsible units, 2 industries)\n"


def test_default_plan_is_local_then_bundled(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    bundled = cli("validate")
    assert bundled.code == 0
    assert "59 项指标" in bundled.out
    shutil.copy(SECOND_PLAN, tmp_path / "plan.yaml")
    local = cli("validate")
    assert local.out.startswith("plan.yaml: 有效 (4 项指标")


def test_validate_json_valid(cli: Cli) -> None:
    result = cli("validate", SECOND_PLAN, "--format", "json")
    data = json.loads(result.out)
    assert data == {
        "file": str(SECOND_PLAN),
        "valid": True,
        "problems": [],
        "counts": {"targets": 4, "tasks": 1, "bureaus": 2, "industries": 2},
    }


@pytest.mark.usefixtures("english")
def test_validate_json_invalid(cli: Cli) -> None:
    result = cli("validate", BROKEN, "-f", "json")
    assert result.code == 1
    data = json.loads(result.out)
    assert data["valid"] is False
    (problem,) = data["problems"]
    assert (problem["line"], problem["column"]) == (15, 15)
    assert problem["message"].startswith("targets[id=alpha_output].industry: unknown industry 'beta'")


@pytest.mark.usefixtures("english")
def test_validate_github_annotations(cli: Cli) -> None:
    result = cli("validate", BROKEN, "--format", "github")
    assert result.code == 1
    assert result.out.startswith(
        f"::error file={BROKEN},line=15,col=15::targets[id=alpha_output].industry: unknown industry"
    )


def test_validate_github_on_a_valid_plan_prints_the_summary(cli: Cli) -> None:
    result = cli("validate", SECOND_PLAN, "--format", "github")
    assert result.code == 0
    assert "有效" in result.out


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("make", "code", "fragment"),
    [
        (lambda p: p / "missing.yaml", 2, "no such file"),
        (lambda p: p, 2, "no plan files (.yaml, .yml) in this folder"),
        (lambda p: _write(p / "empty.yaml", b""), 1, "found an empty file"),
        (lambda p: _write(p / "blank.yaml", b"   \n\n"), 1, "found an empty file"),
        (lambda p: _write(p / "comment.yaml", b"# nothing\n"), 1, "found an empty document"),
        (lambda p: _write(p / "list.yaml", b"- a\n- b\n"), 1, "expected a mapping of plan keys at the top, found list"),
        (lambda p: _write(p / "str.yaml", b"just text\n"), 1, "found string 'just text'"),
        (lambda p: _write(p / "num.yaml", b"42\n"), 1, "found integer 42"),
        (lambda p: _write(p / "null.yaml", b"null\n"), 1, "found null"),
        (lambda p: _write(p / "set.yaml", b"!!set {a, b}\n"), 1, "unsupported YAML tag !!set"),
        (lambda p: _write(p / "u16.yaml", "a: 1\n".encode("utf-16")), 1, "found UTF-16"),
        (lambda p: _write(p / "gbk.yaml", "title: 计划\n".encode("gbk")), 1, "not UTF-8"),
    ],
)
def test_unreadable_or_unusable_files(
    cli: Cli, tmp_path: Path, make: Callable[[Path], Path], code: int, fragment: str
) -> None:
    path = make(tmp_path)
    result = cli("validate", path)
    assert result.code == code
    (line,) = result.err.splitlines()
    assert line.startswith(f"{path}:")
    assert fragment in line


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.usefixtures("english")
def test_oversized_file_is_refused_quickly(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(40 * 2**20)
    started = time.perf_counter()
    result = cli("validate", path)
    assert time.perf_counter() - started < 1.0
    assert result.code == 2
    assert "larger than 32 MiB, the most a plan may be" in result.err


@pytest.mark.usefixtures("english")
def test_all_problems_in_one_run(cli: Cli, tmp_path: Path) -> None:
    text = SECOND_PLAN.read_text(encoding="utf-8")
    text = text.replace("industry: low_altitude\n", "industry: low_altitud\n", 1)
    text = text.replace("value: 15\n", "value: fifteen\n", 1)
    text = text.replace("lead: agriculture\n", "lead: 县农业农村局\n")
    path = _write(tmp_path / "many.yaml", text.encode())
    result = cli("validate", path)
    assert result.code == 1
    lines = result.err.splitlines()
    # The misspelt industry (targets[0]), the bad value (targets[1]) and the Chinese-name leads of
    # targets[1] and targets[2]: a target that fails one field is still checked for the others.
    assert len(lines) == 4
    assert "targets[id=bio_growth].value: expected a number, found string 'fifteen'" in result.err
    assert "targets[id=bio_growth].lead: unknown responsible unit '县农业农村局'" in result.err
    assert [int(x.split(":")[1]) for x in lines] == sorted(int(x.split(":")[1]) for x in lines)
    assert "did you mean 'low_altitude'?" in lines[0]


def test_targets_json_contract(cli: Cli) -> None:
    result = cli("targets", "--plan", BUNDLED_PLAN, "--format", "json")
    assert result.code == 0
    rows = json.loads(result.out)
    assert len(rows) == 59
    required = {
        "id",
        "section",
        "industry",
        "industry_name",
        "name",
        "value",
        "unit",
        "comparator",
        "deadline",
        "commitment",
        "kind",
        "lead",
        "co",
    }
    for row in rows:
        assert required <= row.keys()
        assert row["comparator"] in {"ge", "gt", "le", "lt", "eq"}
        assert row["commitment"] in {"ensure", "strive", None}
    by_id = {row["id"]: row for row in rows}
    assert by_id["nev_output"]["industry_name"] == "新能源智能网联汽车"
    assert by_id["nev_output"]["value"] == 225
    assert by_id["provincial_projects_h1"]["deadline"] == "2023-06-30"
    assert by_id["student_startups"]["co"] == ["市委组织部人才办", "市人力社保局"]


def test_targets_table(cli: Cli) -> None:
    result = cli("targets", "--plan", SECOND_PLAN)
    assert result.code == 0
    assert "目标清单" in result.out
    assert "牵头单位" in result.out
    assert "≥ 8.5 亿元" in result.out
    assert "> 15%" in result.out
    assert "\x1b[" not in result.out  # no colour outside a terminal


def test_targets_table_english(cli: Cli) -> None:
    result = cli("targets", "--plan", SECOND_PLAN, "--lang", "en")
    assert "Targets" in result.out
    assert "Lead" in result.out
    assert "ensure" in result.out


def test_schema_is_json_schema(cli: Cli) -> None:
    result = cli("schema")
    schema = json.loads(result.out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"title", "year", "targets", "units", "bureaus", "industries"} <= set(schema["properties"])


def test_version(cli: Cli) -> None:
    assert cli("--version").out == f"zhanxin {__version__}\n"


def test_unknown_command_is_a_usage_error(cli: Cli) -> None:
    result = cli("frobnicate")
    assert result.code == 2
    assert "frobnicate" in result.err


@pytest.mark.parametrize(
    ("typed", "zh", "en"),
    [
        ("statuss", "没有命令 statuss；是否想写 'status'？", "unknown command statuss; did you mean 'status'?"),
        (
            "stauts",
            "没有命令 stauts；是否想写以下之一：'status', 'targets'？",
            "unknown command stauts; did you mean one of 'status', 'targets'?",
        ),
        (
            "status --lnag en",
            "没有选项 --lnag；是否想写以下之一：'--lang', '--plan'？",
            "unknown option --lnag; did you mean one of '--lang', '--plan'?",
        ),
    ],
)
def test_a_mistyped_name_is_answered_in_the_users_language(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, typed: str, zh: str, en: str
) -> None:
    """Click may suggest one name or several; the message is translated whatever it suggests."""
    command = "zhanxin status" if typed.startswith("status ") else "zhanxin"
    assert cli(*typed.split()).err == f"{command}: {zh}（用 {command} -h 查看帮助）\n"
    monkeypatch.setenv("ZHANXIN_LANG", "en")
    assert cli(*typed.split()).err == f"{command}: {en} (see {command} -h)\n"


def test_bad_option_value_is_a_usage_error(cli: Cli) -> None:
    result = cli("targets", "--format", "xml")
    assert result.code == 2


def test_internal_error_is_caught(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from zhanxin_cli.plan import cache as plan_cache

    def boom(raw: bytes, name: str) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(plan_cache, "parse_plan", boom)
    result = cli("targets")
    assert result.code == 70
    assert result.err == "zhanxin: 内部错误：RuntimeError：kaboom（加 --debug 重新运行可查看详情）\n"
    english = cli("targets", "--lang", "en")
    assert english.err == "zhanxin: internal error: RuntimeError: kaboom (rerun with --debug for details)\n"
    with pytest.raises(RuntimeError):
        cli("--debug", "targets")


def _env() -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "zhanxin_cli", "validate", str(SECOND_PLAN)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "有效" in done.stdout


def test_console_script_exit_codes(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("zhanxin")
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    done = subprocess.run(
        [str(script), "validate", str(BROKEN)], capture_output=True, text=True, env=_env(), check=False
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{BROKEN}:15:15:")


def test_readme_plan_and_bundled_plan_are_the_same_file() -> None:
    assert (REPO / "plan.yaml").resolve() == BUNDLED_PLAN.resolve()


def test_validate_takes_several_plans_each_under_its_own_name(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    both = cli("validate", SECOND_PLAN, BROKEN)
    assert both.code == 1
    assert both.out == f"{SECOND_PLAN}: 有效 (4 项指标，1 项任务，2 个责任单位，2 个产业)\n"
    assert both.err.startswith(f"{BROKEN}:15:15: ")
    with_unreadable = cli("validate", BROKEN, missing, SECOND_PLAN)
    assert with_unreadable.code == 2  # the worst outcome wins: unreadable (2) over invalid (1)
    assert f"{missing}: 文件不存在" in with_unreadable.err
    data = json.loads(cli("validate", SECOND_PLAN, BROKEN, "-f", "json").out)
    assert [d["valid"] for d in data] == [True, False]
    assert [d["file"] for d in data] == [str(SECOND_PLAN), str(BROKEN)]


def test_the_pre_commit_hook_takes_two_plan_files_one_broken(tmp_path: Path) -> None:
    """pre-commit passes every matching file of a commit at once, after the hook's entry."""
    script = Path(sys.executable).with_name("zhanxin")
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert re.search(hook["files"], "plans/plan_2025.yaml")
    entry = hook["entry"].split()
    assert entry[0] == "zhanxin"
    done = subprocess.run(
        [str(script), *entry[1:], str(SECOND_PLAN), str(BROKEN)],
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.startswith(f"{SECOND_PLAN}: ")
    assert done.stderr.startswith(f"{BROKEN}:15:15: ")


# ── help keyed by a stable key; usage errors worded from Click's attributes ─────────────────


@pytest.mark.parametrize(
    ("command", "force"), [("template", "Replace existing files."), ("report", "Replace an existing file.")]
)
def test_force_is_explained_alike_by_lang_and_by_zhanxin_lang(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, command: str, force: str
) -> None:
    """Help texts were keyed by their own wording, and 替换已有文件。 stood for two English texts:
    `template --lang en -h` said "Replace an existing file." where ZHANXIN_LANG=en said
    "Replace existing files."."""
    by_option = cli(command, "--lang", "en", "-h").out
    monkeypatch.setenv("ZHANXIN_LANG", "en")
    by_environment = cli(command, "-h").out
    assert by_option == by_environment
    (line,) = [line for line in by_option.splitlines() if line.lstrip().startswith("--force")]
    assert line.split("--force", 1)[1].strip() == force


def test_every_help_key_is_in_the_catalogue_and_every_entry_is_used() -> None:
    from zhanxin_cli.cli.app import app
    from zhanxin_cli.i18n import HELP

    command = typer.main.get_command(app)
    used = {"help", str(command.help)}
    for sub in command.commands.values():  # type: ignore[attr-defined]
        used.add(str(sub.help))
        used.update(str(getattr(p, "help", "")) for p in sub.params if getattr(p, "help", None))
    used.update(str(getattr(p, "help", "")) for p in command.params if getattr(p, "help", None))
    assert used <= set(HELP), sorted(used - set(HELP))
    assert set(HELP) <= used, sorted(set(HELP) - used)


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (
            ["targets", "extra"],
            "zhanxin targets: 多余的参数：extra",
            "zhanxin targets: unexpected extra arguments: extra",
        ),
        (
            ["status", "--keep-going=yes"],
            "zhanxin status: 选项 --keep-going 不带值",
            "zhanxin status: option --keep-going takes no value",
        ),
        (
            ["history", "--as-of"],
            "zhanxin history: 选项 --as-of 需要一个值",
            "zhanxin history: option --as-of needs a value",
        ),
        (
            ["status", "-f", "xml"],
            "zhanxin status: --format 的值 'xml' 无效；可选：table, json, csv, markdown",
            "zhanxin status: invalid value 'xml' for --format; choose from table, json, csv, markdown",
        ),
        (["template"], "zhanxin template: 缺少选项 --period", "zhanxin template: missing option --period"),
        (["draft"], "zhanxin draft: 缺少参数 PLAN.txt|PLAN.docx", "zhanxin draft: missing argument PLAN.txt|PLAN.docx"),
    ],
)
def test_usage_errors_are_worded_from_what_click_knows_in_the_users_language(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, args: list[str], zh: str, en: str
) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.err.startswith(zh + "（用 ")
    monkeypatch.setenv("ZHANXIN_LANG", "en")
    assert cli(*args).err.startswith(en + " (see ")
