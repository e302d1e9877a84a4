"""The command line: parse options, make one call to the library (:mod:`zhanxin_cli.api`), print
what it made, exit with its code.

The only module that prints or decides exit codes. Options live in options.py, --help in
help.py, usage errors in usage.py, the streams in terminal.py; the library is imported inside
the commands, so each command loads only what it uses.

No ``from __future__ import annotations`` here: Typer reads every command's parameters on
every run, and string annotations would make it evaluate each of them twice (measured: 7 ms
of a 75 ms run, against 2.6 ms). The few names imported only for type checking are quoted.
"""

import sys
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from ..errors import ExitCode, ZhanxinError, lines
from ..i18n import Msg
from . import options as o
from .help import USAGE_ERROR, Command, Group, show_help_in
from .terminal import err, finish, out, quiet_on_closed_pipe, safe_streams, terminal

if TYPE_CHECKING:
    from pathlib import Path

    from ..api import Run
    from ..plan.model import Plan
    from ..plan.portfolio import PlanEntry

app = typer.Typer(
    name="zhanxin",
    cls=Group,
    help="app",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _load(path: "Path | None") -> "Plan":
    """The plan for a command that reads one (``validate`` reads its file afresh)."""
    from ..api import load_plan

    return load_plan(path, cached=True)


def _several(paths: "list[Path] | None") -> bool:
    """Does a run name several plans (or a folder of them)?"""
    return paths is not None and (len(paths) > 1 or (len(paths) == 1 and paths[0].is_dir()))


def _command(paths: "list[Path] | None", name: str) -> "tuple[Any, Plan | list[PlanEntry]]":
    """The library call for a command and the plans it is given: :mod:`zhanxin_cli.api`'s with the
    one plan, or :mod:`zhanxin_cli.portfolio`'s with several (that module is loaded only then)."""
    if _several(paths):
        from .. import portfolio

        return getattr(portfolio, name), portfolio.load_plans(paths)
    from .. import api

    return getattr(api, name), _load(paths[0] if paths else None)


def _done(run: "Run") -> None:
    """Print what a command made, in order, and end with its exit code."""
    err(run.before)
    out(run.out)
    err(run.after)
    if run.exit_code:
        raise typer.Exit(run.exit_code)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        out(f"zhanxin {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    debug: o.Debug = False,
    version: Annotated[
        bool, typer.Option("--version", metavar="", help="version", callback=_print_version, is_eager=True)
    ] = False,
) -> None:
    del debug, version  # --debug is read by main(); --version acts in its callback


@app.command(cls=Command, help="validate")
def validate(
    plan_args: o.PlanFiles = None,
    plan: o.Plan = None,
    output_format: o.ValidateFormatOption = o.ValidateFormat.text,
    lang_option: o.LangOption = None,
) -> None:
    from .. import api

    named = [*(plan_args or []), *(plan or [])]
    if any(p.is_dir() for p in named):
        from ..plan.portfolio import plan_paths

        named = plan_paths(named)
    _done(api.validation(named or [api.default_plan_path()], output_format, o.language(lang_option)))


@app.command(cls=Command, help="schema")
def schema() -> None:
    from ..api import schema_text

    out(schema_text())


@app.command(cls=Command, help="targets")
def targets(
    plan: o.Plan = None,
    output_format: o.TargetsFormatOption = o.TargetsFormat.table,
    lang_option: o.LangOption = None,
) -> None:
    width, color = terminal(table=output_format is o.TargetsFormat.table)
    targets_text, plans = _command(plan, "targets_text")
    out(targets_text(plans, output_format.value, o.language(lang_option), width=width, color=color))


@app.command(cls=Command, help="status")
def status(
    figures: o.Figures = None,
    plan: o.Plan = None,
    as_of: o.AsOf = None,
    by: o.ByOption = o.By.all,
    industry: o.Industry = None,
    bureau: o.Bureau = None,
    output_format: o.ReportFormat = o.Format.table,
    explain: o.Explain = None,
    fail_on: o.FailOnOption = None,
    encoding: o.Encoding = None,
    compare: o.Compare = None,
    previous: o.Previous = None,
    color: o.ColorOption = o.Color.auto,
    keep_going: o.KeepGoing = False,
    accept: o.Accept = None,
    lang_option: o.LangOption = None,
) -> None:
    width, colored = terminal(color, table=explain is not None or output_format is o.Format.table)
    status_report, plans = _command(plan, "status_report")
    run = status_report(
        plans,
        figures or [],
        as_of,
        tables=by.tables(),
        industry=industry,
        bureau=bureau,
        output_format=output_format,
        explain_target=explain,
        fail_on=[f.value for f in fail_on or []],
        encoding=encoding,
        compare=compare,
        previous_paths=previous or [],
        keep_going=keep_going,
        accept=accept or [],
        lang=o.language(lang_option),
        width=width,
        color=colored and explain is None,
        **({} if _several(plan) else {"stream": True}),
    )
    _done(run)


@app.command(cls=Command, help="template")
def template(
    period: o.Period,
    figures: o.EarlierFigures = None,
    plan: o.Plan = None,
    bureau: o.FormBureau = None,
    co: o.Co = False,
    all_bureaus: o.AllBureaus = False,
    output: o.FormOutput = None,
    force: o.FormsForce = False,
    form_format: o.FormFormatOption = None,
    encoding: o.Encoding = None,
    lang_option: o.LangOption = None,
) -> None:
    forms, plans = _command(plan, "forms")
    run = forms(
        plans,
        period,
        figures or [],
        output,
        bureau=bureau,
        include_co=co,
        all_bureaus=all_bureaus,
        output_format=form_format,
        force=force,
        encoding=encoding,
        lang=o.language(lang_option),
    )
    _done(run)


@app.command(cls=Command, help="history")
def history(
    items: o.HistoryItems = None,
    plan: o.Plan = None,
    as_of: o.AsOf = None,
    output_format: o.ReportFormat = o.Format.table,
    previous: o.Previous = None,
    encoding: o.Encoding = None,
    color: o.ColorOption = o.Color.auto,
    keep_going: o.KeepGoing = False,
    lang_option: o.LangOption = None,
) -> None:
    history_report, plans = _command(plan, "history_report")
    width, colored = terminal(color, table=output_format is o.Format.table)
    run = history_report(
        plans,
        items or [],
        as_of,
        output_format=output_format,
        previous_paths=previous or [],
        encoding=encoding,
        keep_going=keep_going,
        lang=o.language(lang_option),
        width=width,
        color=colored,
    )
    _done(run)


@app.command(cls=Command, help="report")
def report(
    output: o.ReportOutput,
    figures: o.Figures = None,
    plan: o.Plan = None,
    as_of: o.AsOf = None,
    previous: o.Previous = None,
    force: o.ReportForce = False,
    encoding: o.Encoding = None,
    keep_going: o.KeepGoing = False,
    accept: o.Accept = None,
    lang_option: o.LangOption = None,
) -> None:
    html_report, plans = _command(plan, "html_report")
    run = html_report(
        plans,
        figures or [],
        output,
        as_of,
        previous_paths=previous or [],
        force=force,
        encoding=encoding,
        keep_going=keep_going,
        accept=accept or [],
        lang=o.language(lang_option),
    )
    _done(run)


@app.command(cls=Command, help="draft")
def draft(
    text_file: o.PlanText,
    output: o.DraftOutput = None,
    year: o.Year = None,
    region: o.Region = None,
    force: o.DraftForce = False,
    lang_option: o.LangOption = None,
) -> None:
    from ..api import draft as draft_plan

    _done(draft_plan(text_file, output, year=year, region=region, force=force, lang=o.language(lang_option)))


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and turn every outcome into an exit code.

    Usage errors (exit 2) are said in one line, in the user's language, with the valid
    choices; Ctrl-C is 130; the tool's own located errors their own code; a bug 70.
    """
    args = sys.argv[1:] if argv is None else argv
    lang = o.language_of(args)
    show_help_in(lang)
    try:
        code = app(args=args, prog_name="zhanxin", standalone_mode=False)
    except USAGE_ERROR as exc:
        from .usage import error_text, usage_message

        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `zhanxin`: the help, as a usage error
            err(error_text(exc))
        else:
            err(usage_message(exc, lang, args) + "\n")
        return ExitCode.BAD_INPUT
    except ZhanxinError as exc:
        err(lines(exc.warnings, lang, warnings=True) + lines(exc.problems, lang))
        return exc.exit_code
    except KeyboardInterrupt:
        err("\n")
        return ExitCode.INTERRUPTED
    except Exception as exc:  # the one place an unexpected failure becomes an exit code
        if "--debug" in args:
            raise
        message = Msg(
            "internal error: {kind}: {detail} (rerun with --debug for details)",
            kind=type(exc).__name__,
            detail=str(exc),
        )
        err(f"zhanxin: {message.render(lang)}\n")
        return ExitCode.INTERNAL
    return code if isinstance(code, int) else ExitCode.OK


def run() -> NoReturn:
    """Run the command line and exit (the console script, after :mod:`zhanxin_cli.cli.launch`)."""
    quiet_on_closed_pipe()
    safe_streams()
    sys.exit(finish(main()))
