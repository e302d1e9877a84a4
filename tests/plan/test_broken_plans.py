"""Every file in plans/invalid is a broken plan; its offending lines carry a marker

    <some yaml>  # <-- expect[@COLUMN]: MESSAGE FRAGMENT

and `zhanxin validate` must report exactly those lines (and columns), each message
containing its fragment, and exit 1. Adding a case is adding a file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import HERE, Cli

pytestmark = pytest.mark.usefixtures("english")  # the markers quote English messages
CASES = sorted((HERE / "plans" / "invalid").glob("*.yaml"))
MARKER = re.compile(r"# <-- expect(?:@(\d+))?: (.+)$")


def expectations(path: Path) -> list[tuple[int, int | None, str]]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        m = MARKER.search(line)
        if m:
            found.append((number, int(m.group(1)) if m.group(1) else None, m.group(2)))
    return found


def test_there_are_at_least_fifteen_cases() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_broken_plan_is_reported_at_its_line(path: Path, cli: Cli) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} has no '# <-- expect' marker"
    result = cli("validate", path)
    assert result.code == 1
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == len(expected), result.err
    for (line, column, fragment), reported in zip(expected, lines, strict=True):
        prefix = f"{path}:{line}:" + (f"{column}:" if column else "")
        assert reported.startswith(prefix), f"expected {prefix!r}, got {reported!r}"
        assert fragment in reported


@pytest.mark.parametrize("path", CASES[:3], ids=lambda p: p.stem)
def test_other_commands_exit_2_on_a_broken_plan(path: Path, cli: Cli) -> None:
    result = cli("targets", "--plan", path)
    assert result.code == 2
    assert result.err.startswith(f"{path}:")
