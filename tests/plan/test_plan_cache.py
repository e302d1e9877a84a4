"""The cache of validated plans: used only for the very same bytes and code, never trusted when
damaged, never in the way, never used by validate."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.helpers import BUNDLED_PLAN, EXAMPLE_ARGS, REPO, Cli, run_in_process
from zhanxin_cli.plan import cache as plan_cache
from zhanxin_cli.plan.model import Plan
from zhanxin_cli.plan.read import parse_plan, read_plan

DATED = """\
title: 计划
year: 2024
start: 2024-03-01
units:
  个: {dimension: count, integer: true}
industries:
  ai: {name: 人工智能, headline: [t1]}
bureaus:
  eco: {name: 县经信局, aliases: [经信局]}
targets:
  - {id: t1, section: 一, industry: ai, name: 项目, value: 5, unit: 个, comparator: ge, kind: cumulative,
     lead: eco, deadline: 2024-06-30, commitment: ensure, source: 6月底前完成5个}
tasks:
  - {id: k1, section: 二, name: 出台政策, lead: eco, deadline: 2024-09-30, source: 9月底前出台}
"""


def entries() -> list[Path]:
    return sorted(Path(os.environ["ZHANXIN_CACHE_DIR"]).glob("plan-*.json"))


MULTI_YEAR = REPO / "examples" / "portfolio" / "cluster_2023_2025.yaml"


@pytest.mark.parametrize(
    "text",
    [BUNDLED_PLAN.read_text(encoding="utf-8"), DATED, MULTI_YEAR.read_text(encoding="utf-8")],
    ids=["bundled", "dated", "multi_year"],
)
def test_a_plan_from_the_cache_is_the_plan_read_afresh(tmp_path: Path, text: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    fresh = read_plan(path)
    first = plan_cache.read_plan_cached(path)  # read, validated and kept
    assert len(entries()) == 1
    second = plan_cache.read_plan_cached(path)  # from the entry
    assert first == fresh
    assert second == fresh
    assert second.targets[0].deadline == fresh.targets[0].deadline


def test_an_edited_plan_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(DATED, encoding="utf-8")
    assert plan_cache.read_plan_cached(path).targets[0].value == 5
    path.write_text(DATED.replace("value: 5", "value: 7"), encoding="utf-8")
    assert plan_cache.read_plan_cached(path).targets[0].value == 7
    assert len(entries()) == 1  # one entry per plan file, replaced


def test_an_edit_that_breaks_the_plan_is_reported_not_hidden_by_the_cache(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(DATED, encoding="utf-8")
    assert cli("targets", "--plan", path).code == 0
    path.write_text(DATED.replace("value: 5", "value: 5亿"), encoding="utf-8")
    result = cli("targets", "--plan", path)
    assert result.code == 2
    assert "targets[id=t1].value" in result.err


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # cut short
        lambda raw: raw.replace(b"5.0, ", b"9.0, "),  # a value changed on disk: its check fails
        lambda raw: b"",
        lambda raw: b"not an entry",
        lambda raw: raw.split(b"\n", 1)[0] + b"\nx\n[]",
    ],
    ids=["cut", "changed", "empty", "garbage", "wrong-shape"],
)
def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path: Path, damage: object) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(DATED, encoding="utf-8")
    plan_cache.read_plan_cached(path)
    [entry] = entries()
    good = entry.read_bytes()
    assert b"5.0, " in good
    entry.write_bytes(damage(good))  # type: ignore[operator]
    assert plan_cache.read_plan_cached(path) == read_plan(path)
    assert entry.read_bytes() == good


def test_an_entry_from_other_code_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(DATED, encoding="utf-8")
    plan_cache.read_plan_cached(path)
    monkeypatch.setattr(plan_cache, "__version__", "9.9.9")
    calls: list[str] = []

    def parse(raw: bytes, name: str) -> Plan:
        calls.append(name)
        return parse_plan(raw, name)

    monkeypatch.setattr(plan_cache, "parse_plan", parse)
    plan_cache.read_plan_cached(path)
    assert calls == [str(path)]


def test_no_cache_folder_or_an_unwritable_one_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Cli
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("ZHANXIN_CACHE_DIR", str(blocked / "cache"))
    assert cli("targets").code == 0
    monkeypatch.setenv("ZHANXIN_CACHE_DIR", "")  # switched off
    assert plan_cache.cache_folder() is None
    assert cli("targets").code == 0


def test_no_home_folder_is_no_error(monkeypatch: pytest.MonkeyPatch, cli: Cli) -> None:
    """A service account or a scheduled task may run without a home folder: no cache then."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("ZHANXIN_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", no_home)
    assert plan_cache.cache_folder() is None
    assert cli("targets").code == 0


def test_validate_never_uses_the_cache(cli: Cli) -> None:
    assert cli("validate").code == 0
    assert entries() == []
    assert cli("targets").code == 0
    assert len(entries()) == 1


def test_the_platforms_cache_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ZHANXIN_CACHE_DIR")
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", "C:/Users/me/AppData/Local")
    assert plan_cache.cache_folder() == Path("C:/Users/me/AppData/Local/zhanxin/Cache")
    monkeypatch.setattr(sys, "platform", "darwin")
    assert plan_cache.cache_folder() == tmp_path / "Library" / "Caches" / "zhanxin"
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert plan_cache.cache_folder() == tmp_path / "xdg" / "zhanxin"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG rule: a relative one is ignored
    assert plan_cache.cache_folder() == tmp_path / ".cache" / "zhanxin"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert plan_cache.cache_folder() == tmp_path / ".cache" / "zhanxin"


def test_a_second_run_loads_neither_yaml_nor_pydantic_core() -> None:
    (out, first), (again, second) = (run_in_process("status", *EXAMPLE_ARGS, "-f", "json") for _ in range(2))
    assert out == again
    assert {"yaml", "pydantic_core"} <= first
    assert not {"yaml", "pydantic_core", "zhanxin_cli.plan.located_yaml"} & second
