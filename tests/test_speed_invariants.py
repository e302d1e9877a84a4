"""What the speed work must not change: results, and what each path imports."""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import BUNDLED_PLAN, EXAMPLE_ARGS, REPO, Cli, check_golden, imported_after
from zhanxin_cli.figures.cells import Figure, Period, Place
from zhanxin_cli.figures.series import Series, merge
from zhanxin_cli.plan.read import read_plan


def test_bundled_examples_report_is_unchanged(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    result = cli("status", "--plan", "plan.yaml", *EXAMPLE_ARGS, "--previous", "examples/2022", "-f", "json")
    assert result.code == 0
    json.loads(result.out)
    check_golden("examples_status.json", result.out)


def test_machine_formats_and_validate_do_not_import_rich() -> None:
    for args in (("validate",), ("status", *EXAMPLE_ARGS, "-f", "json"), ("targets", "-f", "json")):
        modules = imported_after(*args)
        assert "zhanxin_cli.plan.model" in modules
        assert not any(m == "rich" or m.startswith("rich.") for m in modules), args
    assert "zhanxin_cli.render.as_table" not in imported_after("validate")


WORKBOOKS = ("openpyxl", "xlrd", "zhanxin_cli.figures.workbook", "docx", "opencc", "zhanxin_cli.draft.parse")


def test_each_path_imports_only_what_it_uses() -> None:
    """validate loads no computation and no renderer; JSON loads the JSON writer only; CSV input
    loads no workbook library."""
    validate = imported_after("validate")
    for module in (
        "zhanxin_cli.progress.status",
        "zhanxin_cli.progress.history",
        "zhanxin_cli.figures.read",
        *WORKBOOKS,
    ):
        assert module not in validate, module
    assert not any(m.startswith("zhanxin_cli.render.as_") for m in validate)
    as_json = imported_after("status", *EXAMPLE_ARGS, "-f", "json")
    assert "zhanxin_cli.render.as_json" in as_json
    for module in ("as_table", "as_markdown", "as_csv", "as_html", "view", "help"):
        assert f"zhanxin_cli.render.{module}" not in as_json, module
    assert not any(m.split(".")[0] in WORKBOOKS or m in WORKBOOKS for m in as_json)


def test_no_path_builds_the_pydantic_models() -> None:
    """The plan is validated over the stored core schema: no command but ``schema`` imports the
    pydantic models or pydantic's model machinery (Typer 0.29 did, for every option: hence its cap)."""
    for args in (("validate",), ("status", *EXAMPLE_ARGS, "-f", "json"), ("status", *EXAMPLE_ARGS), ("targets",)):
        modules = imported_after(*args)
        assert "zhanxin_cli.plan.models" not in modules, args
        assert "pydantic.main" not in modules, args
    assert "zhanxin_cli.plan.models" in imported_after("schema")


def test_the_console_script_runs_without_the_cycle_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from zhanxin_cli.cli import app as cli
    from zhanxin_cli.cli import launch

    seen: list[bool] = []
    monkeypatch.setattr(cli, "run", lambda: seen.append(gc.isenabled()))
    try:
        launch.run()
    finally:
        gc.enable()
    assert seen == [False]


def test_tables_do_import_rich() -> None:
    assert "rich.table" in imported_after("status", *EXAMPLE_ARGS)


days = st.lists(st.integers(0, 364), min_size=0, max_size=40)


@settings(max_examples=100, deadline=None)
@given(days, st.randoms(use_true_random=False))
def test_series_is_the_sorted_deduplicated_figures(day_list: list[int], rnd: random.Random) -> None:
    plan = read_plan(BUNDLED_PLAN)
    start = dt.date(2023, 1, 1)
    figures = [
        Figure(
            "digital_output",
            Period(start + dt.timedelta(days=d), monthly=False),
            float(d),
            None,
            "",
            Place("f.csv", i + 2),
        )
        for i, d in enumerate(day_list)
    ]
    shuffled = list(figures)
    rnd.shuffle(shuffled)
    merged = merge(plan, shuffled)
    series = merged.series.get("digital_output")
    expected = sorted({f.period.end: f for f in reversed(shuffled)}.values(), key=lambda f: f.period)
    assert not merged.problems  # equal periods carry equal values here
    if not figures:
        assert series is None
        return
    assert isinstance(series, Series)
    assert [f.period for f in series] == [f.period for f in expected]
    assert [f.value for f in series] == [f.value for f in expected]
    assert [f.place for f in series] == [f.place for f in expected]  # the first read of a duplicate is kept
    middle = expected[len(expected) // 2].period
    assert series.count_upto(middle) == sum(1 for f in expected if f.period <= middle)
    assert list(series[:2]) == list(series)[:2]
    assert series[-1] == list(series)[-1]
