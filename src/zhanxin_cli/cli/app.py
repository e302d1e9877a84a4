"""The command line: parse options, call the library (:mod:`zhanxin_cli.api`), print, exit.

The only module that prints or decides exit codes. Heavy modules (rich rendering)
are imported inside the commands that need them.

No ``from __future__ import annotations`` here: Typer reads every command's parameters on
every run, and string annotations would make it evaluate each of them twice (measured: 7 ms
of a 75 ms run, against 2.6 ms). The few names imported only for type checking are quoted.
"""

import contextlib
import os
import sys
from contextvars import ContextVar
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from ..errors import ExitCode, Problem, ZhanxinError
from ..i18n import Lang, Msg, default_lang, label, localize

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from ..figures.series import Series
    from ..plan.model import Plan

HELP_LANG = default_lang()
"""The language of --help: ZHANXIN_LANG=en for English, Chinese otherwise (Typer reads help once)."""


_HELP_TEXTS: dict[str, tuple[str, str]] = {}
"""Every help text, in whichever language it was declared, to its (Chinese, English) pair."""
_HELP_SHOWN_IN: ContextVar[Lang] = ContextVar("help_lang", default=HELP_LANG)
"""The language --help is shown in: --lang on the command line, else HELP_LANG (set by main)."""


def _h(zh: str, en: str) -> str:
    _HELP_TEXTS[zh] = _HELP_TEXTS[en] = (zh, en)
    return en if HELP_LANG is Lang.en else zh


def _in_help_lang(text: str) -> str:
    pair = _HELP_TEXTS.get(text)
    return text if pair is None else pair[_HELP_SHOWN_IN.get() is Lang.en]


class _Help:
    """--help as a manual (render/help.py): no value types, choices whole, words never broken,
    in the help language; -h/--help itself shows no value."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.metavar = ""
            option.help = _h("显示本帮助并退出。", "Show this help and exit.")
        return option

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from rich.console import Console

        from .help_page import Entry, render_help, usage_words

        options_word, command_word = usage_words(_HELP_SHOWN_IN.get())
        arguments, options = [], []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if getattr(param, "hidden", False):
                continue
            if param.param_type_name == "argument":
                arguments.append(
                    Entry(param.metavar or param.name.upper(), _in_help_lang(param.help or ""), param.required)
                )
                continue
            names = ", ".join(sorted(param.opts, key=len))
            value = "" if param.is_flag or param.count else f" {param.metavar or 'VALUE'}"
            envvar = param.envvar if isinstance(param.envvar, str) else None
            options.append(Entry(names + value, _in_help_lang(param.help or ""), param.required, envvar))
        commands = []
        if isinstance(self, TyperGroup):
            for name in self.list_commands(ctx):
                command = self.get_command(ctx, name)
                if command is not None and not command.hidden:
                    commands.append(Entry(name, _in_help_lang(command.help or "").split("\n\n")[0]))
        tail = command_word if commands else " ".join(a.names for a in arguments)
        usage = f"{ctx.command_path} {options_word} {tail}".rstrip()
        description = _in_help_lang(self.help or "")  # type: ignore[attr-defined]
        text = render_help(usage, description, arguments, options, commands, _HELP_SHOWN_IN.get(), Console().width)
        formatter.write(text)


class _Command(_Help, TyperCommand):
    pass


class _Group(_Help, TyperGroup):
    pass


app = typer.Typer(
    name="zhanxin",
    cls=_Group,
    help=_h(
        "战新产业进度计算：校验计划、列出指标、按序时进度计算各产业和责任单位的完成情况。"
        "设置 ZHANXIN_LANG=en 可改用英文。",
        "战新产业 progress calculator: validate a plan, list its targets, measure progress against 序时进度. "
        "Chinese unless ZHANXIN_LANG=en.",
    ),
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


class FormFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan",
        "-p",
        metavar="PLAN.yaml",
        help=_h(
            "计划文件。默认：当前文件夹有 plan.yaml 就用它，否则用 zhanxin 自带的计划。",
            "Plan file. Default: ./plan.yaml if present, else the plan bundled with zhanxin.",
        ),
        dir_okay=True,
        show_default=False,
    ),
]
LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        show_default=False,
        help=_h(
            "输出语言：zh（中文，默认）或 en（英文）；不给时按环境变量 ZHANXIN_LANG。",
            "Language of the output: zh (Chinese, default) or en; without it, ZHANXIN_LANG decides.",
        ),
    ),
]


def _language(chosen: Lang | None) -> Lang:
    """--lang when given, else ZHANXIN_LANG, else Chinese."""
    return chosen or default_lang()


ColorOption = Annotated[
    Color,
    typer.Option(
        "--color",
        metavar="auto|always|never",
        show_default=False,
        help=_h(
            "颜色：auto（仅在终端中，默认）、always 或 never。",
            "Colour: auto (in a terminal only, default), always or never.",
        ),
    ),
]
PreviousOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--previous",
        metavar="FILE_OR_DIR",
        help=_h(
            "上年的逐月数据（文件或文件夹）：年底预计按上年的季节规律推算。",
            "Last year's monthly figures (files or a folder): forecasts follow last year's seasonal profile.",
        ),
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM",
        help=_h(
            "截至哪个月（也可 YYYY-MM-DD）。默认：数据中最新的期间。",
            "Report month (or YYYY-MM-DD). Default: the latest period in the figures.",
        ),
    ),
]
ReportFormatOption = Annotated[
    StatusFormat,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        show_default=False,
        help=_h(
            "输出格式：table（表格，默认）、json、csv（Excel/WPS）或 markdown。",
            "Output format: table (default), json, csv (Excel/WPS) or markdown.",
        ),
    ),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="ENCODING",
        help=_h(
            "CSV 数据文件的编码（默认自动识别 UTF-8 或 GBK）。",
            "Encoding of CSV figures files (default: detect UTF-8 or GBK).",
        ),
    ),
]
KeepGoingOption = Annotated[
    bool,
    typer.Option(
        "--keep-going",
        metavar="",
        help=_h(
            "有文件出错时仍用其余文件计算（出错的文件和行照样列出，退出码仍为 2）。",
            "When a figures file has problems, report them but compute from the others (exit 2 still).",
        ),
    ),
]
FiguresArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="[FIGURES]...",
        show_default=False,
        help=_h(
            "各单位报来的数据文件（.xlsx、.xls、.ods 或 CSV），或装着它们的文件夹；合并计算。",
            "Figures files from the bureaus (.xlsx, .xls, .ods or CSV), or folders of them; merged.",
        ),
    ),
]


def _load(path: Path | None) -> "Plan":
    """The plan for a command that reads one (``validate`` reads its file afresh)."""
    from ..api import load_plan

    return load_plan(path, cached=True)


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        _out(f"zhanxin {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            metavar="",
            help=_h("内部错误时显示调用栈（供开发者排查）。", "Show the traceback of internal errors."),
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            metavar="",
            help=_h("显示版本号并退出。", "Print the version and exit."),
            callback=_print_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    del debug, version  # --debug is read by main(); --version acts in its callback


@app.command(
    cls=_Command,
    help=_h(
        "校验计划文件：每个问题一行，注明文件、行和列。\n\n全部有效退出码 0，有问题 1，文件读不了 2。",
        "Check plan files: every problem on a line of its own, with its file, line and column.\n\n"
        "Exit 0 when all are valid, 1 when any is invalid, 2 when any cannot be read.",
    ),
)
def validate(
    plan_args: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[PLAN.yaml]...",
            show_default=False,
            help=_h(
                "要校验的计划文件（可多个；默认同 --plan）。", "Plan files to check (any number; default: as --plan)."
            ),
        ),
    ] = None,
    plan: PlanOption = None,
    output_format: Annotated[
        ValidateFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            show_default=False,
            help=_h("text（默认）、json，或 github（CI 注释）。", "text (default), json, or github (CI annotations)."),
        ),
    ] = ValidateFormat.text,
    lang_option: LangOption = None,
) -> None:
    lang = _language(lang_option)
    from ..api import check_plans, default_plan_path
    from ..render.problems import validation_json, validation_text

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


@app.command(
    cls=_Command,
    help=_h(
        "输出计划文件的 JSON Schema（供编辑器和其他工具使用）。",
        "Print the JSON Schema of plan files (for editors and other tools).",
    ),
)
def schema() -> None:
    import json

    from ..plan.models import plan_json_schema

    _out(json.dumps(plan_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command(cls=_Command, help=_h("列出计划的全部数值指标。", "List every numeric target of the plan."))
def targets(
    plan: PlanOption = None,
    output_format: Annotated[
        TargetsFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            show_default=False,
            help=_h("table（默认）或 json。", "table (default) or json."),
        ),
    ] = TargetsFormat.table,
    lang_option: LangOption = None,
) -> None:
    lang = _language(lang_option)
    loaded = _load(plan)
    if output_format is TargetsFormat.json:
        from ..render.as_json import render_targets

        _out(render_targets(loaded))
        return
    from ..render import as_table

    width, color = _terminal(Color.auto)
    _out(as_table.render_targets(loaded, lang, width=width, color=color))


def _warn(problems: "Sequence[Problem]", lang: Lang) -> None:
    """Warnings on stderr, each located: ``file:row:column: 提示：…`` (``warning:`` in English)."""
    word = label("warning", lang)
    for w in problems:
        sys.stderr.write(f"{w.where}: {word}{localize(w.message, lang)}\n")


def _previous(plan: "Plan", paths: list[Path] | None, encoding: str | None) -> "dict[str, Series] | None":
    from ..api import previous_figures

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


@app.command(
    cls=_Command,
    help=_h(
        "按序时进度计算完成情况：按产业、按责任单位、按指标列出差距和状态。\n\n"
        "退出码：0 正常；1 --fail-on 发现问题；2 输入有误。",
        "Progress against the plan: gaps and statuses per industry, responsible unit and target.\n\n"
        "Exit 0; 1 when --fail-on finds a target; 2 for bad input.",
    ),
)
def status(
    figures: FiguresArgument = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    by: Annotated[
        By,
        typer.Option(
            "--by",
            metavar="TABLES",
            show_default=False,
            help=_h(
                "显示哪些表：all（全部，默认）、industry（按产业）、bureau（按责任单位）或 target（按指标）。",
                "Which tables: all (default), industry, bureau or target.",
            ),
        ),
    ] = By.all,
    industry: Annotated[
        str | None,
        typer.Option(
            "--industry",
            metavar="INDUSTRY",
            help=_h("只看这个产业（编号或名称）。", "Only this industry (id or name)."),
        ),
    ] = None,
    bureau: Annotated[
        str | None,
        typer.Option(
            "--bureau",
            metavar="UNIT",
            help=_h(
                "只看这个单位牵头或配合的指标（名称、别名或编号）。",
                "Only targets this unit leads or co-operates on (name, alias or id).",
            ),
        ),
    ] = None,
    output_format: ReportFormatOption = StatusFormat.table,
    explain: Annotated[
        str | None,
        typer.Option(
            "--explain",
            metavar="TARGET_ID",
            help=_h("列出一项指标的计算公式和全部输入。", "Show the formula and every input behind one target."),
        ),
    ] = None,
    fail_on: Annotated[
        list[FailOn] | None,
        typer.Option(
            "--fail-on",
            metavar="STATUS",
            help=_h(
                "供定时检查：有指标处于该状态或更差（behind 滞后、off_track 严重滞后、missed 未完成），"
                "或当月没有数据（no_data）时退出码为 1，并在标准错误中逐项列出。可给多次。",
                "For scheduled checks: exit 1 when a target is at or worse than this status (behind, off_track, "
                "missed) or has no figure for the report month (no_data), naming each on stderr. May be given twice.",
            ),
        ),
    ] = None,
    encoding: EncodingOption = None,
    compare: Annotated[
        str | None,
        typer.Option(
            "--compare",
            metavar="YYYY-MM",
            help=_h("同时列出与该月相比的变化。", "Also show what changed since that month."),
        ),
    ] = None,
    previous: PreviousOption = None,
    color: ColorOption = Color.auto,
    keep_going: KeepGoingOption = False,
    lang_option: LangOption = None,
) -> None:
    lang = _language(lang_option)
    from .. import api

    loaded = _load(plan)
    figure_set = api.read_figures(figures or [], loaded, encoding, keep_going=keep_going)
    with _warned_first(figure_set.warnings, lang):
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
        from ..render.as_table import wrap_lines

        width, _ = _terminal(color)
        _out(wrap_lines(api.explain(result, explain, lang), width))
    else:
        width, colored = _terminal(color, output_format)
        tables = ("industry", "bureau", "target") if by is By.all else (by.value,)
        _out(api.render(result, output_format.value, lang, tables=tables, width=width, color=colored))
    _kept_going(figure_set.problems, lang)
    failing = api.failures(result.report, [f.value for f in fail_on or []])
    if failing:
        from ..render.text import Names, failure_lines

        _report_text(failure_lines(failing, [f.value for f in fail_on or []], Names(loaded, lang)))
        raise typer.Exit(ExitCode.FINDINGS)


@app.command(
    cls=_Command,
    help=_h(
        "生成各单位填报某月数据的表格（Excel 工作簿或 CSV）。\n\n"
        "-o 以 .xlsx 结尾或 -f xlsx 时为 Excel 工作簿，否则为带 BOM 的 CSV，Excel 和 WPS 均可打开。"
        "每个指标和任务一行，编号、名称、单位和期间已填好，上期数值作提示，数值留空。"
        "填好后可直接交给 zhanxin status。已有文件不加 --force 不会被覆盖。",
        "Write the figures form a bureau fills in for a month (an Excel workbook or CSV).\n\n"
        "An Excel workbook when -o ends in .xlsx or with -f xlsx, else CSV with a BOM; both open in Excel and WPS. "
        "One row per target and task with id, name, unit and period filled in, last period's figure as a hint "
        "and the value left empty; what is filled in reads back with zhanxin status. Existing files are never "
        "replaced without --force.",
    ),
)
def template(
    period: Annotated[
        str, typer.Option("--period", metavar="YYYY-MM", help=_h("填报的月份。", "The month the figures are for."))
    ],
    figures: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[FIGURES]...",
            show_default=False,
            help=_h("以前的数据：最新一期填入“上期数值”。", "Earlier figures: the latest fills the hint column."),
        ),
    ] = None,
    plan: PlanOption = None,
    bureau: Annotated[
        str | None,
        typer.Option(
            "--bureau",
            metavar="UNIT",
            help=_h(
                "只含这个单位牵头的指标和任务（名称、别名或编号）。", "Only what this unit leads (name, alias or id)."
            ),
        ),
    ] = None,
    co: Annotated[
        bool,
        typer.Option(
            "--co", metavar="", help=_h("也含它配合的指标和任务。", "Also the targets and tasks it co-operates on.")
        ),
    ] = False,
    all_bureaus: Annotated[
        bool,
        typer.Option(
            "--all",
            metavar="",
            help=_h(
                "每个责任单位一个文件，写到 -o 指定的文件夹。",
                "One file per responsible unit, into the folder given with -o.",
            ),
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help=_h(
                "写到哪个文件（用 --all 时是文件夹）。默认输出到屏幕。",
                "File to write (a folder with --all). Default: stdout.",
            ),
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", metavar="", help=_h("替换已有文件。", "Replace existing files."))
    ] = False,
    form_format: Annotated[
        FormFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="csv|xlsx",
            show_default=False,
            help=_h(
                "表格格式：xlsx（Excel 工作簿：下拉选择、保护不该改的格、填报说明；-o 以 .xlsx 结尾时的默认）或 csv（默认）。",
                "Form format: xlsx (an Excel workbook with drop-downs, protected cells and instructions; the default "
                "when -o ends in .xlsx) or csv (the default otherwise).",
            ),
        ),
    ] = None,
    encoding: EncodingOption = None,
    lang_option: LangOption = None,
) -> None:
    lang = _language(lang_option)
    from .. import api
    from ..files import ensure_folder, write_atomic

    loaded = _load(plan)
    when = api.as_of_period(loaded, period, option="--period")
    inputs = api.figure_files(figures or [])
    series = api.read_figures(inputs, loaded, encoding).merged.series if inputs else {}
    by_name = FormFormat.xlsx if output is not None and output.suffix.lower() == ".xlsx" else FormFormat.csv
    kind = form_format or by_name
    if not all_bureaus:
        bureau_key = api.bureau_id(loaded, bureau)
        unit = loaded.bureaus[bureau_key].name if bureau_key else ""
        job = api.FormJob(output or Path("-"), tuple(api.template_items(loaded, bureau_key, co)), unit)
        if output is None and kind is FormFormat.xlsx:
            raise ZhanxinError([Problem("--format", Msg("an .xlsx form needs a file to write: -o FORM.xlsx"))])
        data = api.render_form(loaded, job, when, series, kind.value, lang)
        if output is None:
            _out(data.decode("utf-8"))
        else:
            write_atomic(output, data, force=force, inputs=inputs)
        return
    if output is None:
        raise ZhanxinError([Problem("--all", Msg("needs an output folder: -o DIR"))])
    ensure_folder(output)
    jobs = api.form_jobs(loaded, when, output, co, lang, f".{kind.value}")
    clashes = [
        Problem(str(job.path), Msg("file exists; use --force to replace it")) for job in jobs if job.path.exists()
    ]
    if clashes and not force:
        raise ZhanxinError(clashes)  # nothing is written unless everything can be
    for job in jobs:
        write_atomic(job.path, api.render_form(loaded, job, when, series, kind.value, lang), force=force, inputs=inputs)
        sys.stderr.write(f"{job.path}: {len(job.items)}\n")


@app.command(
    cls=_Command,
    help=_h(
        "各指标逐月完成情况与序时进度的对比，以及每月的状态。\n\n参数中是文件的当作数据文件，其余当作指标编号。",
        "Each target's month-by-month path against 序时进度, with its status each month.\n\n"
        "Arguments that name a file are figures files; the others are target ids.",
    ),
)
def history(
    items: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[TARGET_ID | FIGURES]...",
            show_default=False,
            help=_h(
                "要逐项详列的指标编号（默认全部，以矩阵显示）和数据文件。",
                "Target ids to show in detail (default: all, as a matrix) and figures files.",
            ),
        ),
    ] = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    output_format: ReportFormatOption = StatusFormat.table,
    previous: PreviousOption = None,
    encoding: EncodingOption = None,
    color: ColorOption = Color.auto,
    keep_going: KeepGoingOption = False,
    lang_option: LangOption = None,
) -> None:
    lang = _language(lang_option)
    from .. import api

    loaded = _load(plan)
    files = [Path(a) for a in items or [] if a.lower().endswith(api.FIGURE_SUFFIXES) or Path(a).exists()]
    ids = [a for a in items or [] if Path(a) not in files]
    figure_set = api.read_figures(files, loaded, encoding, keep_going=keep_going)
    with _warned_first(figure_set.warnings, lang):
        period = api.as_of_period(loaded, as_of, figure_set.latest)
    paths = api.histories(loaded, figure_set, period, ids, _previous(loaded, previous, encoding))
    _warn(api.warnings(loaded, figure_set, period), lang)
    width, colored = _terminal(color, output_format)
    _out(
        api.render_history(
            loaded, period, paths, output_format.value, lang, detailed=bool(ids), width=width, color=colored
        )
    )
    _kept_going(figure_set.problems, lang)


@app.command(
    cls=_Command,
    help=_h(
        "生成给领导看的报告：一个独立的 HTML 网页（不联网，可用 A4 打印）。\n\n"
        "先列问题（确保类指标告警、严重滞后、未完成、待报），再按产业、按责任单位亮灯，最后逐项指标。",
        "Write the report leaders read: one self-contained HTML page (no network, prints on A4).\n\n"
        "What is wrong first (确保 alarms, off-track, missed and awaiting targets), then traffic lights per "
        "industry and unit, then every target.",
    ),
)
def report(
    output: Annotated[
        Path,
        typer.Option("--output", "-o", metavar="FILE.html", help=_h("要写的 HTML 文件。", "The HTML file to write.")),
    ],
    figures: FiguresArgument = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    previous: PreviousOption = None,
    force: Annotated[
        bool, typer.Option("--force", metavar="", help=_h("替换已有文件。", "Replace an existing file."))
    ] = False,
    encoding: EncodingOption = None,
    keep_going: KeepGoingOption = False,
    lang_option: LangOption = None,
) -> None:
    lang = _language(lang_option)
    from .. import api
    from ..files import write_atomic
    from ..render.as_html import render_report

    loaded = _load(plan)
    inputs = api.figure_files(figures or [])
    figure_set = api.read_figures(inputs, loaded, encoding, keep_going=keep_going)
    last_year = _previous(loaded, previous, encoding)
    with _warned_first(figure_set.warnings, lang):
        result = api.progress(loaded, figure_set, as_of, previous=last_year)
    paths = api.histories(loaded, figure_set, result.report.as_of, previous=last_year)
    _warn(result.warnings, lang)
    html = render_report(result.report, paths, figure_set.files, lang)
    write_atomic(output, html.encode("utf-8"), force=force, inputs=[*inputs, *(previous or [])])
    sys.stderr.write(f"{output}: {len(html.encode('utf-8')):,} bytes\n")
    _kept_going(figure_set.problems, lang)


@app.command(
    cls=_Command,
    help=_h(
        "从计划原文（.txt 或 .docx）生成计划文件草稿，供人逐项审核。\n\n"
        "每个数值指标一条：数值、单位、比较方式、确保/力争、时限、牵头和配合单位、原文；"
        "读得不确定的地方带 note: 说明要核对什么，文件开头汇总。草稿一定能通过 zhanxin validate。"
        "审核流程：看 note: → 改正 → zhanxin validate → 提交。",
        "Draft a plan.yaml from the plan's text (.txt or .docx), for a person to review.\n\n"
        "One target per number: value, unit, comparator, 确保/力争, deadline, lead and co-operating units, "
        "source; a reading that is not certain carries a note: saying what to check, summarised at the top. "
        "The draft always passes zhanxin validate. Workflow: read the notes → correct → validate → commit.",
    ),
)
def draft(
    text_file: Annotated[
        Path,
        typer.Argument(
            metavar="PLAN.txt|PLAN.docx",
            show_default=False,
            help=_h(
                "计划原文：UTF-8 或 GB18030 文本，或 Word .docx。",
                "The plan's text: UTF-8 or GB18030 text, or Word .docx.",
            ),
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="plan.yaml",
            help=_h("要写的文件。默认：标准输出。", "File to write. Default: stdout."),
        ),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            metavar="YYYY",
            min=1900,
            max=2999,
            help=_h("计划年份。默认：原文中第一个年份。", "The plan's year. Default: the first year in the text."),
        ),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(
            "--region", metavar="NAME", help=_h("地区名称，如 某某市。", "The region, e.g. the county's name.")
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", metavar="", help=_h("替换已有文件。", "Replace an existing file."))
    ] = False,
    lang_option: LangOption = None,
) -> None:
    lang = _language(lang_option)
    from ..draft.as_yaml import plan_yaml
    from ..draft.parse import NoYear, draft_plan
    from ..draft.source import read_plan_text
    from ..plan.rules import validate_plan

    try:
        made = draft_plan(read_plan_text(text_file), year=year, region=region)
    except NoYear:
        raise ZhanxinError([Problem(str(text_file), Msg("no year in the text: give --year"))]) from None
    problems = validate_plan(made.data(lang))[1]
    if problems:  # pragma: no cover - a draft that does not validate is a bug in draft.py
        raise ZhanxinError(
            [Problem(str(text_file), Msg("the draft does not validate: {problem}", problem=problems[0].message))]
        )
    text = plan_yaml(made, text_file.name, lang)
    if output is None:
        _out(text)
        return
    from ..files import write_atomic

    write_atomic(output, text.encode("utf-8"), force=force, inputs=[text_file])
    summary = Msg(
        "{file}: {targets} targets ({doubtful} to check), {tasks} tasks; next: read the notes, then zhanxin validate {file}",
        file=str(output),
        targets=len(made.targets),
        doubtful=len(made.doubtful),
        tasks=len(made.tasks),
    )
    sys.stderr.write(summary.render(lang) + "\n")


@contextlib.contextmanager
def _warned_first(warnings: "Sequence[Problem]", lang: Lang) -> "Iterator[None]":
    """When the report cannot be made (no figures to date it), the files' warnings (rows skipped,
    values left empty) are printed before the error, so that the error is understood."""
    try:
        yield
    except ZhanxinError:
        _warn(warnings, lang)
        raise


def _kept_going(problems: "Sequence[Problem]", lang: Lang) -> None:
    """--keep-going: the report was made from the good files; the bad ones still fail the run."""
    if problems:
        _report(tuple(problems), lang)
        raise typer.Exit(ExitCode.BAD_INPUT)


def _report_text(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def _report(problems: tuple[Problem, ...], lang: Lang) -> None:
    for p in problems:
        sys.stderr.write(p.render(lang) + "\n")
    sys.stderr.flush()


def _lang(args: "Sequence[str]") -> Lang:
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

    Usage errors (exit 2) are said in one line, in the user's language, with the valid
    choices; Ctrl-C is 130; the tool's own located errors their own code; a bug 70.
    """
    args = sys.argv[1:] if argv is None else argv
    lang = _lang(args)
    _HELP_SHOWN_IN.set(lang)
    usage_error: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
    try:
        code = app(args=args, prog_name="zhanxin", standalone_mode=False)
    except usage_error as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `zhanxin`: the help, as a usage error
            sys.stderr.write(_error_text(exc))
        else:
            sys.stderr.write(_usage_message(exc, lang) + "\n")
        return ExitCode.BAD_INPUT
    except ZhanxinError as exc:
        _report(exc.problems, lang)
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return ExitCode.INTERRUPTED
    except Exception as exc:  # the one place an unexpected failure becomes an exit code
        if "--debug" in args:
            raise
        message = Msg(
            "internal error: {kind}: {detail} (rerun with --debug for details)",
            kind=type(exc).__name__,
            detail=str(exc),
        )
        sys.stderr.write(f"zhanxin: {message.render(lang)}\n")
        return ExitCode.INTERNAL
    return code if isinstance(code, int) else ExitCode.OK


_USAGE = (
    (
        # (Typer 0.26 writes the possible options as a tuple: "('(Possible options: --a, --b)',)")
        r"No such option: (?P<option>\S+?)"
        r"(?: Did you mean (?P<choice>\S+?)\?| \(?'?\(Possible options: (?P<options>[^)]+)\)(?:',\))?)?$",
        "unknown option {option}{hint}",
    ),
    (
        r"No such command '(?P<option>[^']+)'\.(?: Did you mean (?P<choice>'.+')\?)?$",
        "unknown command {option}{hint}",
    ),
    (r"Missing option '(?P<option>[^']+)'.*", "missing option {option}"),
    (r"Missing argument '(?P<option>[^']+)'.*", "missing argument {option}"),
    (r"Option '(?P<option>[^']+)' requires an argument\.", "option {option} needs a value"),
    (r"Got unexpected extra arguments? \((?P<option>.+)\)", "unexpected extra arguments: {option}"),
    (
        r"Invalid value for '(?P<option>[^']+)'(?: / '[^']+')?: (?:Value error, )?'(?P<value>.*)' is not one of "
        r"(?P<choices>.+)\.$",
        "invalid value {value!r} for {option}; choose from {choices}",
    ),
    (
        r"Invalid value for '(?P<option>[^']+)'(?: / '[^']+')?: (?:Value error, )?(?P<value>.+)$",
        "invalid value for {option}: {value}",
    ),
)


def _error_text(exc: Exception) -> str:
    """A click-style error's own message (its help text, for a bare command)."""
    format_message = getattr(exc, "format_message", None)
    return str(format_message()) if callable(format_message) else str(exc)


def _bounds(exc: Exception) -> tuple[int, int] | None:
    """The range of a bounded number option the error is about (on the option, or its type)."""
    param = getattr(exc, "param", None)
    for holder in (param, getattr(param, "type", None)):
        low, high = getattr(holder, "min", None), getattr(holder, "max", None)
        if isinstance(low, int) and isinstance(high, int):
            return low, high
    return None


def _usage_message(exc: Exception, lang: Lang) -> str:
    """A usage error in one line, in ``lang``: what was wrong, the valid choices, where to look."""
    import re

    text = _error_text(exc)
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "zhanxin"
    message: str = Msg("{detail}", detail=text)
    for pattern, template in _USAGE:
        found = re.match(pattern, text)
        if found:
            values = {k: v for k, v in found.groupdict().items() if v is not None}
            if "choices" in values:
                values["choices"] = ", ".join(re.findall(r"'([^']*)'", values["choices"]))
            suggested = values.pop("choice", "") or values.pop("options", "")
            choices = [c.strip("'") for c in re.split(r",\s*|\s+", suggested) if c]
            values["hint"] = ""
            bounds = _bounds(exc)
            if bounds is not None and template == "invalid value for {option}: {value}":  # whatever the wording
                values["value"] = Msg("expected a whole number from {low} to {high}", low=bounds[0], high=bounds[1])
            if len(choices) == 1:
                values["hint"] = Msg("; did you mean {choice!r}?", choice=choices[0])
            elif choices:
                values["hint"] = Msg("; did you mean one of {choices}?", choices=", ".join(map(repr, choices)))
            message = Msg(template, **{k: v for k, v in values.items() if f"{{{k}" in template})
            break
    return f"{command}: {Msg('{message} (see {command} -h)', message=message, command=command).render(lang)}"


def run() -> NoReturn:
    """Run the command line and exit (the console script, after :mod:`zhanxin_cli.cli.launch`)."""
    quiet_on_closed_pipe()
    safe_streams()
    sys.exit(finish(main()))


def finish(code: int) -> int:
    """Before the interpreter exits: flush what was printed, then freeze the objects left so that
    the collector does not walk them all once more on the way out (measured: 20-30 ms a run)."""
    import gc

    sys.stdout.flush()
    gc.freeze()
    return code


def quiet_on_closed_pipe() -> None:
    """Die quietly, as Unix tools do, when the reader of stdout goes away (`zhanxin status | head`).

    The default SIGPIPE action ends the process with no traceback and exit status 141.
    """
    import signal

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def safe_streams() -> None:
    """Make stdout and stderr able to write every character of a report (see :func:`safe_stream`)."""
    import os

    chosen = bool(os.environ.get("PYTHONIOENCODING"))
    for stream in (sys.stdout, sys.stderr):
        safe_stream(stream, chosen=chosen)


def safe_stream(stream: object, *, chosen: bool) -> None:
    """A stream whose encoding is not UTF (the locale's GBK or cp1252 when Windows output is
    redirected): a file or pipe is written in UTF-8, so nothing is lost; a terminal, or an
    encoding the user chose (PYTHONIOENCODING), keeps its encoding and shows "?" for a
    character it lacks ("‼" is not in GBK) instead of failing."""
    import codecs
    import io

    if not isinstance(stream, io.TextIOWrapper) or codecs.lookup(stream.encoding).name.startswith("utf"):
        return
    if chosen or stream.isatty():
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8")
