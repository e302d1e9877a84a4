"""Terminal layouts at 80, 120 and 200 columns, in both languages: golden files, and no line
wider than the width it was given (CJK counted as two columns), no cell cut to "…"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import BUNDLED_PLAN, EXAMPLES, HERE, Cli, check_fits, check_golden

PLAN = "plans/valid/county_2025.yaml"
FIGURES = "figures/county_2025.csv"
WIDTHS = [80, 120, 200]
LANGS = ["zh", "en"]
COMMANDS: dict[str, list[str]] = {
    "status": ["status", "--plan", PLAN, FIGURES],
    "targets": ["targets", "--plan", PLAN],
    "history": ["history", "--plan", PLAN, FIGURES],
    "explain": ["status", "--plan", PLAN, FIGURES, "--explain", "bio_projects_h1"],
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_layout_goldens(cli: Cli, monkeypatch: pytest.MonkeyPatch, command: str, lang: str, width: int) -> None:
    monkeypatch.chdir(HERE)
    monkeypatch.setenv("COLUMNS", str(width))
    result = cli(*COMMANDS[command], "--lang", lang)
    assert result.code == 0, result.err
    check_fits(result.out, width)
    check_golden(f"layout/{command}_{lang}_{width}.txt", result.out)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "args",
    [
        ["status", *EXAMPLES],
        ["status", *EXAMPLES, "--lang", "en"],
        ["status", *EXAMPLES, "--as-of", "2023-12", "--compare", "2023-09"],
        ["targets"],
        ["history", *EXAMPLES],
        ["history", *EXAMPLES, "digital_output", "health_output"],
        ["status", *EXAMPLES, "--explain", "provincial_projects_h1"],
    ],
    ids=["status", "status-en", "december", "targets", "history", "history-detail", "explain"],
)
def test_the_bundled_plan_fits_every_width(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, width: int, args: list[str | Path]
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    result = cli(args[0], "--plan", BUNDLED_PLAN, *args[1:])
    assert result.code == 0, result.err
    check_fits(result.out, width)


def test_names_and_ids_are_whole_at_80_columns(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    targets = cli("targets", "--plan", BUNDLED_PLAN).out
    assert "leading_enterprise_projects" in targets
    status = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--by", "target").out
    assert "数字经济核心产业制造业规上总产值增速" in status
    industry = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--by", "industry").out
    assert len(industry.splitlines()) < 60  # not one character per line


@pytest.mark.parametrize("lang", LANGS)
def test_summary_counts_are_never_split_from_their_label(cli: Cli, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """At 80 columns the summary wraps between "label N" pairs, never inside one (a clerk
    read "严重滞后" at the end of one line and "2 · 未完成 1" at the start of the next)."""
    monkeypatch.setenv("COLUMNS", "80")
    result = cli("status", "--plan", BUNDLED_PLAN, *EXAMPLES, "--lang", lang)
    assert result.code == 0, result.err
    for number, line in enumerate(result.out.splitlines(), start=1):
        assert not re.match(r" *\d+( ·|$|\(|（)", line), f"line {number} starts with a bare count: {line!r}"
    summary = result.out.split("\n\n")[0].splitlines()[1:]
    assert len(summary) >= 3  # the summary does wrap at 80 columns
    for number, line in enumerate(summary, start=2):
        assert not re.match(r"\d+( ·|$|\(|（)", line), f"line {number} starts with a count cut from its label: {line!r}"
        assert not line.rstrip().endswith(("·", ":", "：")), f"line {number} ends mid-list: {line!r}"
