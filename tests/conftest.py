"""Shared helpers: run the CLI through its real entry point and capture what it prints."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest

from zhanxin_cli.cli.app import main

HERE = Path(__file__).parent
REPO = HERE.parent
BUNDLED_PLAN = REPO / "src" / "zhanxin_cli" / "data" / "plan.yaml"


@dataclass
class Result:
    code: int
    out: str
    err: str


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


class Cli(Protocol):
    """The ``cli`` fixture: run ``zhanxin`` with arguments."""

    def __call__(self, *args: str | Path) -> Result: ...


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Call ``zhanxin`` with arguments; returns exit code, stdout and stderr."""

    def run(*args: str | Path) -> Result:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages and labels in English (ZHANXIN_LANG=en), for tests that check English wording;
    the Chinese default is checked in test_messages.py."""
    monkeypatch.setenv("ZHANXIN_LANG", "en")
