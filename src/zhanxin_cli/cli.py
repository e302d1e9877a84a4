"""The command line: parse options, wire readers → core → renderers, print, exit.

The only module that prints or decides exit codes. Heavy modules (rich rendering)
are imported inside the commands that need them.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from .errors import ExitCode, InvalidContent, Problem, ZhanxinError
from .labels import Lang, label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rich.console import Console

    from .figures import Period, Series
    from .figures_file import FigureSet
    from .history import Change
    from .plan import Plan
    from .progress import Report

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


class StatusFormat(StrEnum):
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
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of labels.")]
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


def default_plan_path() -> Path:
    """./plan.yaml when present, otherwise the bundled plan."""
    local = Path("plan.yaml")
    if local.is_file():
        return local
    return Path(str(resources.files("zhanxin_cli") / "data" / "plan.yaml"))


def _load(path: Path | None) -> Plan:
    from .plan_file import read_plan

    return read_plan(path or default_plan_path())


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
    plan_arg: Annotated[Path | None, typer.Argument(metavar="[PLAN]", help="Plan file (same as --plan).")] = None,
    plan: PlanOption = None,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="text, json, or github (CI annotations).")
    ] = ValidateFormat.text,
    lang: LangOption = Lang.zh,
) -> None:
    """Check a plan file; report every problem with its line and column.

    Exit 0 when valid, 1 when invalid, 2 when the file cannot be read.
    """
    from .labels import label
    from .render.as_json import dumps

    path = plan_arg or plan or default_plan_path()
    try:
        loaded = _load(path)
    except InvalidContent as exc:
        if output_format is ValidateFormat.json:
            _out(dumps({"file": str(path), "valid": False, "problems": [_problem_dict(p) for p in exc.problems]}))
        elif output_format is ValidateFormat.github:
            _out("".join(_github(p) + "\n" for p in exc.problems))
        else:
            _report(exc.problems)
        raise typer.Exit(ExitCode.FINDINGS) from None
    counts = {
        "targets": len(loaded.targets),
        "tasks": len(loaded.tasks),
        "bureaus": len(loaded.bureaus),
        "industries": len(loaded.industries),
    }
    if output_format is ValidateFormat.json:
        _out(dumps({"file": str(path), "valid": True, "problems": [], "counts": counts}))
        return
    parts = [label(f"n_{key}", lang, n=n) for key, n in counts.items()]
    sep = "，" if lang is Lang.zh else ", "
    _out(f"{path}: {label('valid', lang)} ({sep.join(parts)})\n")


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
    from .render.as_table import targets_table

    _console().print(targets_table(loaded, lang))


def _warn(figure_set: FigureSet) -> None:
    for w in figure_set.warnings:
        where = f"{w.file}:{w.line}" if w.line else w.file
        sys.stderr.write(f"{where}: warning: {w.message}\n")


def _previous(plan: Plan, paths: list[Path] | None, encoding: str | None) -> dict[str, Series] | None:
    """Last year's figures (files, or folders of *.csv files), by target id."""
    if not paths:
        return None
    from .figures_file import read_figures

    files = [f for p in paths for f in (sorted(p.glob("*.csv")) if p.is_dir() else [p])]
    if not files:
        raise ZhanxinError([Problem(str(paths[0]), "--previous: no CSV files found")])
    return read_figures(files, plan, encoding, year=plan.year - 1).merged.series


def _as_of(plan: Plan, as_of: str | None, latest: Period | None, option: str = "--as-of") -> Period:
    """The report date: --as-of, else the latest period among the figures."""
    from .figures import CellError, parse_period

    if as_of is None:
        if latest is None:
            raise ZhanxinError(
                [Problem("status", "no figures: give FIGURES.csv files, or --as-of YYYY-MM for an empty report")]
            )
        return latest
    try:
        period = parse_period(as_of)
    except CellError as exc:
        raise ZhanxinError([Problem(option, str(exc))]) from None
    if not plan.start_date <= period.end <= plan.end_date:
        raise ZhanxinError([Problem(option, f"expected a period within the plan's year {plan.year}, found {as_of}")])
    return period


def _industry_id(plan: Plan, industry: str | None) -> str | None:
    if industry is None or industry in plan.industries:
        return industry
    from .plan import did_you_mean

    names = {i.name: key for key, i in plan.industries.items()}
    if industry in names:
        return names[industry]
    hint = did_you_mean(industry, [*plan.industries, *names])
    raise ZhanxinError([Problem("--industry", f"unknown industry {industry!r}{hint}")])


def _bureau_id(plan: Plan, bureau: str | None) -> str | None:
    if bureau is None:
        return None
    found = plan.bureau_named(bureau)
    if found is None:
        from .plan import did_you_mean

        hint = did_you_mean(bureau, [*plan.bureaus, *(b.name for b in plan.bureaus.values())])
        raise ZhanxinError([Problem("--bureau", f"unknown responsible unit {bureau!r}{hint}")])
    return found


def _explain(report: Report, target_id: str, lang: Lang) -> str:
    from .render.explain import explain

    for p in report.targets:
        if p.target.id == target_id:
            return explain(report, p, lang)
    from .plan import did_you_mean

    hint = did_you_mean(target_id, [t.id for t in report.plan.targets])
    raise ZhanxinError([Problem("--explain", f"unknown target {target_id!r}{hint}")])


def _render_status(
    report: Report,
    figure_set: FigureSet,
    by: By,
    output_format: StatusFormat,
    color: Color,
    lang: Lang,
    changes: Sequence[Change] | None,
    compared_to: str | None,
) -> None:
    tables = ["industry", "bureau", "target"] if by is By.all else [by.value]
    if output_format is StatusFormat.json:
        from .render.as_json import render_status as render_json

        _out(render_json(report, figure_set.warnings, figure_set.files, changes, compared_to))
    elif output_format is StatusFormat.csv:
        from .render.as_csv import render_status as render_csv

        _out(render_csv(report, "target" if by is By.all else by.value, lang))
    elif output_format is StatusFormat.markdown:
        from .render.as_markdown import render_status as render_markdown

        _out(render_markdown(report, tables, lang, changes, compared_to))
    else:
        from .render.as_table import status_renderables

        console = _console(color)
        for part in status_renderables(report, tables, lang, changes, compared_to):
            console.print(part)


def _console(color: Color = Color.auto) -> Console:
    """Console for results on stdout: terminal width in a terminal, wide lines in a file or pipe.

    Colour only in a terminal (rich also honours NO_COLOR), unless --color says otherwise.
    """
    from rich.console import Console

    if color is Color.always:  # an explicit flag beats NO_COLOR and a dumb terminal
        return Console(force_terminal=True, no_color=False, color_system="standard")
    console = Console(no_color=True if color is Color.never else None)
    if not console.is_terminal:
        console = Console(width=max(console.width, 200), no_color=color is Color.never)
    return console


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
        FailOn | None, typer.Option("--fail-on", help="Exit 1 if any target is at or worse than this status.")
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
    from .figures_file import read_figures
    from .progress import RANK, compute_progress, worst_rank

    loaded = _load(plan)
    figure_set = read_figures(figures or [], loaded, encoding)
    last_year = _previous(loaded, previous, encoding)
    period = _as_of(loaded, as_of, figure_set.latest)
    selection = {"industry": _industry_id(loaded, industry), "bureau": _bureau_id(loaded, bureau)}
    report = compute_progress(loaded, figure_set.merged.series, period, previous=last_year, **selection)
    changes = None
    if compare is not None:
        from .history import compare as compare_reports

        since = _as_of(loaded, compare, None, option="--compare")
        before = compute_progress(loaded, figure_set.merged.series, since, previous=last_year, **selection)
        changes = compare_reports(before, report)
    _warn(figure_set)
    if explain is not None:
        _out(_explain(report, explain, lang))
    else:
        _render_status(report, figure_set, by, output_format, color, lang, changes, compare)
    if fail_on is not None and worst_rank(report) >= RANK[fail_on.value]:
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
    from .figures_file import read_figures
    from .output_file import ensure_folder, inside, safe_file_name, write_atomic
    from .render.template import render_template, template_items

    loaded = _load(plan)
    when = _as_of(loaded, period, None, option="--period")
    inputs = figures or []
    series = read_figures(inputs, loaded, encoding).merged.series if inputs else {}
    if not all_bureaus:
        items = template_items(loaded, _bureau_id(loaded, bureau), co)
        text = render_template(items, when, series, lang)
        if output is None:
            _out(text)
        else:
            write_atomic(output, text.encode("utf-8"), force=force, inputs=inputs)
        return
    if output is None:
        raise ZhanxinError([Problem("--all", "needs an output folder: -o DIR")])
    ensure_folder(output)
    jobs = []
    for bureau_id, b in loaded.bureaus.items():
        items = template_items(loaded, bureau_id, co)
        if items:
            jobs.append((inside(output, f"{when.label}_{safe_file_name(b.name, bureau_id)}.csv"), items))
    unassigned = template_items(loaded, None, False, unassigned=True)
    if unassigned:
        jobs.append(
            (inside(output, f"{when.label}_{safe_file_name(label('unassigned', lang), 'unassigned')}.csv"), unassigned)
        )
    clashes = [Problem(str(path), "file exists; use --force to replace it") for path, _ in jobs if path.exists()]
    if clashes and not force:
        raise ZhanxinError(clashes)  # nothing is written unless everything can be
    for path, items in jobs:
        write_atomic(path, render_template(items, when, series, lang).encode("utf-8"), force=force, inputs=inputs)
        sys.stderr.write(f"{path}: {len(items)}\n")


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
    from .figures_file import read_figures
    from .history import histories
    from .plan import did_you_mean

    loaded = _load(plan)
    files = [Path(a) for a in items or [] if a.lower().endswith(".csv") or Path(a).exists()]
    ids = [a for a in items or [] if Path(a) not in files]
    known = {t.id for t in loaded.targets}
    unknown = [Problem("history", f"unknown target {i!r}" + did_you_mean(i, known)) for i in ids if i not in known]
    if unknown:
        raise ZhanxinError(unknown)
    figure_set = read_figures(files, loaded, encoding)
    period = _as_of(loaded, as_of, figure_set.latest)
    paths = histories(loaded, figure_set.merged.series, period, ids, _previous(loaded, previous, encoding))
    _warn(figure_set)
    if output_format is StatusFormat.json:
        from .render.as_json import render_history as history_json

        _out(history_json(loaded, period, paths))
    elif output_format is StatusFormat.csv:
        from .render.as_csv import render_history as history_csv

        _out(history_csv(paths, lang))
    elif output_format is StatusFormat.markdown:
        from .render.as_markdown import render_history as history_markdown

        _out(history_markdown(loaded, period, paths, lang))
    else:
        from .render.as_table import history_renderables

        console = _console(color)
        for part in history_renderables(loaded, period, paths, detailed=bool(ids), lang=lang):
            console.print(part)


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
    from .figures_file import read_figures
    from .history import histories
    from .output_file import write_atomic
    from .progress import compute_progress
    from .render.as_html import render_report

    loaded = _load(plan)
    inputs = figures or []
    figure_set = read_figures(inputs, loaded, encoding)
    last_year = _previous(loaded, previous, encoding)
    period = _as_of(loaded, as_of, figure_set.latest)
    result = compute_progress(loaded, figure_set.merged.series, period, previous=last_year)
    paths = histories(loaded, figure_set.merged.series, period, previous=last_year)
    _warn(figure_set)
    html = render_report(result, paths, figure_set.files, lang)
    write_atomic(output, html.encode("utf-8"), force=force, inputs=[*inputs, *(previous or [])])
    sys.stderr.write(f"{output}: {len(html.encode('utf-8')):,} bytes\n")


def _problem_dict(p: Problem) -> dict[str, object]:
    return {"file": p.file, "line": p.line, "column": p.column, "message": p.message}


def _github(p: Problem) -> str:
    where = f"file={p.file}"
    if p.line is not None:
        where += f",line={p.line}"
        if p.column is not None:
            where += f",col={p.column}"
    message = p.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::error {where}::{message}"


def _report(problems: tuple[Problem, ...]) -> None:
    for p in problems:
        sys.stderr.write(f"{p}\n")
    sys.stderr.flush()


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
        _report(exc.problems)
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
