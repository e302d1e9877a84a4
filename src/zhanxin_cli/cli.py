"""The command line: parse options, call the library (:mod:`zhanxin_cli.api`), print, exit.

The only module that prints or decides exit codes. Heavy modules (rich rendering)
are imported inside the commands that need them.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from .catalogue import Lang, Msg, default_lang, label, localize
from .errors import ExitCode, Problem, ZhanxinError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .figures import Series
    from .plan import Plan

app = typer.Typer(
    name="zhanxin",
    help="战新产业 progress calculator: validate a plan, list its targets, measure progress.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class TargetsFormat(StrEnum):
    table = "table"
    json = "json"


class StatusFormat(StrEnum):  # the members of render.formats.Format (a test keeps them equal)
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class By(StrEnum):
    all = "all"
    industry = "industry"
    bureau = "bureau"
    target = "target"


class FailOn(StrEnum):
    behind = "behind"
    off_track = "off_track"
    missed = "missed"
    no_data = "no_data"


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan",
        "-p",
        help="Plan file. Default: ./plan.yaml if present, else the plan bundled with zhanxin.",
        dir_okay=True,
        show_default=False,
    ),
]
LangOption = Annotated[Lang, typer.Option("--lang", envvar="ZHANXIN_LANG", help="Language of labels.")]
ColorOption = Annotated[Color, typer.Option("--color", help="Colour: auto (terminal only), always, never.")]
PreviousOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--previous",
        metavar="FILE_OR_DIR",
        help="Last year's monthly figures (CSV files or a folder of them): forecasts follow its seasonal profile.",
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="YYYY-MM (or YYYY-MM-DD). Default: the latest period in the figures."),
]
ReportFormatOption = Annotated[StatusFormat, typer.Option("--format", "-f", help="table, json, csv or markdown.")]
EncodingOption = Annotated[
    str | None, typer.Option("--encoding", help="Encoding of the figures files (default: detect UTF-8 or GBK).")
]


def _load(path: Path | None) -> Plan:
    from .api import load_plan

    return load_plan(path)


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        _out(f"zhanxin {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of internal errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_print_version, is_eager=True)
    ] = False,
) -> None:
    """战新产业 progress calculator."""
    del debug, version  # --debug is read by main(); --version acts in its callback


@app.command()
def validate(
    plan_args: Annotated[
        list[Path] | None, typer.Argument(metavar="[PLAN]...", help="Plan files (default: as --plan).")
    ] = None,
    plan: PlanOption = None,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="text, json, or github (CI annotations).")
    ] = ValidateFormat.text,
    lang: LangOption = Lang.zh,
) -> None:
    """Check plan files; report every problem with its file, line and column.

    Exit 0 when all are valid, 1 when any is invalid, 2 when any cannot be read.
    """
    from .api import check_plans, default_plan_path
    from .render.problems import validation_json, validation_text

    paths = plan_args or [plan or default_plan_path()]
    checks = check_plans(paths)
    if output_format is ValidateFormat.json:
        _out(validation_json(checks, lang))
    else:
        out, err = validation_text(checks, lang, github=output_format is ValidateFormat.github)
        _out(out)
        _report_text(err)
    worst = max(c.exit_code for c in checks)
    if worst:
        raise typer.Exit(worst)


@app.command()
def schema() -> None:
    """Print the JSON Schema of plan files (for editors and other tools)."""
    import json

    from .plan import plan_json_schema

    _out(json.dumps(plan_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def targets(
    plan: PlanOption = None,
    output_format: Annotated[
        TargetsFormat, typer.Option("--format", "-f", help="table or json.")
    ] = TargetsFormat.table,
    lang: LangOption = Lang.zh,
) -> None:
    """List every numeric target of the plan."""
    loaded = _load(plan)
    if output_format is TargetsFormat.json:
        from .render.as_json import render_targets

        _out(render_targets(loaded))
        return
    from .render import as_table

    width, color = _terminal(Color.auto)
    _out(as_table.render_targets(loaded, lang, width=width, color=color))


def _warn(problems: Sequence[Problem], lang: Lang) -> None:
    """Warnings on stderr, each located: ``file:row:column: 提示：…`` (``warning:`` in English)."""
    word = label("warning", lang)
    for w in problems:
        sys.stderr.write(f"{w.where}: {word}{localize(w.message, lang)}\n")


def _previous(plan: Plan, paths: list[Path] | None, encoding: str | None) -> dict[str, Series] | None:
    from .api import previous_figures

    return previous_figures(plan, paths, encoding) if paths else None


def _terminal(color: Color, output_format: StatusFormat = StatusFormat.table) -> tuple[int, bool]:
    """Width and colour for a table on stdout: the terminal's width in a terminal, or COLUMNS
    when set (at least 200 columns in a file or pipe otherwise); colour only in a terminal that
    shows it (rich also honours NO_COLOR), unless --color says otherwise. Other formats have
    neither (and need no rich)."""
    if output_format is not StatusFormat.table:
        return 200, False
    from rich.console import Console

    console = Console()
    explicit = console.is_terminal or "COLUMNS" in os.environ  # a terminal, or a width asked for
    width = console.width if explicit else max(console.width, 200)
    if color is Color.always:  # an explicit flag beats NO_COLOR and a dumb terminal
        return width, True
    if color is Color.never:
        return width, False
    shows = console.is_terminal and not console.no_color and console.color_system is not None
    return width, shows and not console.legacy_windows


@app.command()
def status(
    figures: Annotated[
        list[Path] | None, typer.Argument(metavar="[FIGURES.csv]...", help="Actual-figure CSV files, merged.")
    ] = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    by: Annotated[By, typer.Option("--by", help="Which tables: all, industry, bureau or target.")] = By.all,
    industry: Annotated[str | None, typer.Option("--industry", help="Only this industry (id or name).")] = None,
    bureau: Annotated[
        str | None, typer.Option("--bureau", help="Only targets this unit leads or co-operates on (name, alias or id).")
    ] = None,
    output_format: ReportFormatOption = StatusFormat.table,
    explain: Annotated[
        str | None, typer.Option("--explain", metavar="TARGET_ID", help="Show the formula and inputs of one target.")
    ] = None,
    fail_on: Annotated[
        list[FailOn] | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 if any target is at or worse than this status (behind, off_track, missed), or has no "
            "figure for the report month (no_data); may be given twice. The targets are named on stderr.",
        ),
    ] = None,
    encoding: EncodingOption = None,
    compare: Annotated[
        str | None, typer.Option("--compare", metavar="YYYY-MM", help="Also show what changed since that month.")
    ] = None,
    previous: PreviousOption = None,
    color: ColorOption = Color.auto,
    lang: LangOption = Lang.zh,
) -> None:
    """Progress against the plan: gap-to-target tables per industry, bureau and target.

    Exit 0, or 1 when --fail-on finds a target at or worse than its status, 2 for bad input.
    """
    from . import api

    loaded = _load(plan)
    figure_set = api.read_figures(figures or [], loaded, encoding)
    result = api.progress(
        loaded,
        figure_set,
        as_of,
        industry=industry,
        bureau=bureau,
        previous=_previous(loaded, previous, encoding),
        compare=compare,
    )
    _warn(result.warnings, lang)
    if explain is not None:
        from .render.as_table import wrap_lines

        width, _ = _terminal(color)
        _out(wrap_lines(api.explain(result, explain, lang), width))
    else:
        width, colored = _terminal(color, output_format)
        tables = ("industry", "bureau", "target") if by is By.all else (by.value,)
        _out(api.render(result, output_format.value, lang, tables=tables, width=width, color=colored))
    failing = api.failures(result.report, [f.value for f in fail_on or []])
    if failing:
        from .render.text import Names, failure_lines

        _report_text(failure_lines(failing, [f.value for f in fail_on or []], Names(loaded, lang)))
        raise typer.Exit(ExitCode.FINDINGS)


@app.command()
def template(
    period: Annotated[str, typer.Option("--period", metavar="YYYY-MM", help="The period the figures are for.")],
    figures: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[FIGURES.csv]...", help="Earlier figures: the latest fills the hint column."),
    ] = None,
    plan: PlanOption = None,
    bureau: Annotated[
        str | None, typer.Option("--bureau", help="Only what this unit leads (name, alias or id).")
    ] = None,
    co: Annotated[bool, typer.Option("--co", help="Also the targets and tasks it co-operates on.")] = False,
    all_bureaus: Annotated[
        bool, typer.Option("--all", help="One file per responsible unit, into the folder given with -o.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (a folder with --all). Default: stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace existing files.")] = False,
    encoding: EncodingOption = None,
    lang: LangOption = Lang.zh,
) -> None:
    """Write the figures CSV a bureau fills in for a period (UTF-8 with BOM, opens in Excel and WPS).

    One row per target and task, id, name, unit and period filled in, the latest earlier
    figure as a hint, the value left empty. What is filled in reads back with
    `zhanxin status` unchanged. Existing files are never replaced without --force.
    """
    from . import api
    from .output_file import ensure_folder, write_atomic
    from .render.template import render_template

    loaded = _load(plan)
    when = api.as_of_period(loaded, period, option="--period")
    inputs = api.figure_files(figures or [])
    series = api.read_figures(inputs, loaded, encoding).merged.series if inputs else {}
    if not all_bureaus:
        items = api.template_items(loaded, api.bureau_id(loaded, bureau), co)
        text = render_template(items, when, series, lang)
        if output is None:
            _out(text)
        else:
            write_atomic(output, text.encode("utf-8"), force=force, inputs=inputs)
        return
    if output is None:
        raise ZhanxinError([Problem("--all", Msg("needs an output folder: -o DIR"))])
    ensure_folder(output)
    jobs = api.form_jobs(loaded, when, output, co, lang)
    clashes = [
        Problem(str(job.path), Msg("file exists; use --force to replace it")) for job in jobs if job.path.exists()
    ]
    if clashes and not force:
        raise ZhanxinError(clashes)  # nothing is written unless everything can be
    for job in jobs:
        text = render_template(job.items, when, series, lang)
        write_atomic(job.path, text.encode("utf-8"), force=force, inputs=inputs)
        sys.stderr.write(f"{job.path}: {len(job.items)}\n")


@app.command()
def history(
    items: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[TARGET_ID | FIGURES.csv]...",
            help="Target ids to show in detail (default: all, as a month-by-month matrix) and figures files.",
        ),
    ] = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    output_format: ReportFormatOption = StatusFormat.table,
    previous: PreviousOption = None,
    encoding: EncodingOption = None,
    color: ColorOption = Color.auto,
    lang: LangOption = Lang.zh,
) -> None:
    """Each target's month-by-month path against 序时进度, with its status each month.

    Arguments that name a file (or end in .csv) are figures files; the others are target ids.
    """
    from . import api

    loaded = _load(plan)
    files = [Path(a) for a in items or [] if a.lower().endswith(".csv") or Path(a).exists()]
    ids = [a for a in items or [] if Path(a) not in files]
    figure_set = api.read_figures(files, loaded, encoding)
    period = api.as_of_period(loaded, as_of, figure_set.latest)
    paths = api.histories(loaded, figure_set, period, ids, _previous(loaded, previous, encoding))
    _warn(api.warnings(loaded, figure_set, period), lang)
    width, colored = _terminal(color, output_format)
    _out(
        api.render_history(
            loaded, period, paths, output_format.value, lang, detailed=bool(ids), width=width, color=colored
        )
    )


@app.command()
def report(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    figures: Annotated[list[Path] | None, typer.Argument(metavar="[FIGURES.csv]...", help="Figures files.")] = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    previous: PreviousOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    encoding: EncodingOption = None,
    lang: LangOption = Lang.zh,
) -> None:
    """Write the report leaders read: one self-contained HTML page (no network, prints on A4).

    Headline, 确保 targets behind first, traffic-light tables per industry and bureau, and
    per target a completion bar with 序时进度 and the year-end projection, and its monthly trend.
    """
    from . import api
    from .output_file import write_atomic
    from .render.as_html import render_report

    loaded = _load(plan)
    inputs = api.figure_files(figures or [])
    figure_set = api.read_figures(inputs, loaded, encoding)
    last_year = _previous(loaded, previous, encoding)
    result = api.progress(loaded, figure_set, as_of, previous=last_year)
    paths = api.histories(loaded, figure_set, result.report.as_of, previous=last_year)
    _warn(result.warnings, lang)
    html = render_report(result.report, paths, figure_set.files, lang)
    write_atomic(output, html.encode("utf-8"), force=force, inputs=[*inputs, *(previous or [])])
    sys.stderr.write(f"{output}: {len(html.encode('utf-8')):,} bytes\n")


def _report_text(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def _report(problems: tuple[Problem, ...], lang: Lang) -> None:
    for p in problems:
        sys.stderr.write(p.render(lang) + "\n")
    sys.stderr.flush()


def _lang(args: Sequence[str]) -> Lang:
    """The language of messages printed outside a command: --lang, else ZHANXIN_LANG, else Chinese."""
    for i, arg in enumerate(args):
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        if value in ("zh", "en"):
            return Lang(value)
    return default_lang()


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and turn every outcome into an exit code.

    Typer (in standalone mode) already handles usage errors (exit 2), Ctrl-C (130)
    and a closed pipe (quietly); this adds the tool's own located errors and a
    last-resort handler for bugs.
    """
    args = sys.argv[1:] if argv is None else argv
    try:
        app(args=args, prog_name="zhanxin", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (ExitCode.OK if code is None else ExitCode.BAD_INPUT)
    except ZhanxinError as exc:
        _report(exc.problems, _lang(args))
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return ExitCode.INTERRUPTED
    except Exception as exc:  # the one place an unexpected failure becomes an exit code
        if "--debug" in args:
            raise
        sys.stderr.write(f"zhanxin: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)\n")
        return ExitCode.INTERNAL
    return ExitCode.OK


def run() -> NoReturn:
    """Console-script entry point (also ``python -m zhanxin_cli``)."""
    quiet_on_closed_pipe()
    sys.exit(main())


def quiet_on_closed_pipe() -> None:
    """Die quietly, as Unix tools do, when the reader of stdout goes away (`zhanxin status | head`).

    The default SIGPIPE action ends the process with no traceback and exit status 141.
    """
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
