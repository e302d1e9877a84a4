"""Fixtures: run the CLI through its real entry point, an own plan cache and a plain terminal
for every test, the bundled plan, English on request. Shared helpers are in helpers.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from zhanxin_cli.cli.app import main
from zhanxin_cli.plan.model import Plan
from zhanxin_cli.plan.read import read_plan

from .helpers import BUNDLED_PLAN, Cli, Result

# Hypothesis: derandomised in CI, so that the coverage floor never depends on the examples drawn;
# at a desk, new examples every run (HYPOTHESIS_PROFILE=ci to repeat CI's).
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev")
settings.load_profile("ci" if os.environ.get("CI") or os.environ.get("HYPOTHESIS_PROFILE") == "ci" else "dev")


@pytest.fixture(autouse=True)
def _own_plan_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test has its own, empty cache of validated plans, never the user's."""
    monkeypatch.setenv("ZHANXIN_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as on a dumb terminal: no colour, fixed width."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("FORCE_COLOR", raising=False)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Call ``zhanxin`` with arguments; returns exit code, stdout and stderr."""

    def run(*args: str | Path) -> Result:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def plan() -> Plan:
    """The bundled plan, read once."""
    return read_plan(BUNDLED_PLAN)


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages and labels in English (ZHANXIN_LANG=en), for tests that check English wording;
    the Chinese default is checked in test_messages.py."""
    monkeypatch.setenv("ZHANXIN_LANG", "en")
