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
from .labels import Lang

if TYPE_CHECKING:
    from rich.console import Console

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
    from .plan import plan_json_schema
    from .render.as_json import dumps

    _out(dumps(plan_json_schema()))


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


def _console() -> Console:
    """Console for results on stdout: terminal width in a terminal, wide lines in a file or pipe."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 200))
    return console


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
    """Console-script entry point."""
    sys.exit(main())
