"""Every option and argument of the command line, declared once: its names, the value it takes,
and its help (a key into :data:`zhanxin_cli.i18n.HELP`). Output formats are the enums of the one
format registry (:mod:`zhanxin_cli.render.formats`).

No ``from __future__ import annotations``: Typer reads these annotations on every run, and
string annotations would make it evaluate each of them twice (see app.py).
"""

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..i18n import Lang, default_lang
from ..render.formats import Format, FormFormat, TargetsFormat, ValidateFormat

__all__ = ["FormFormat", "Format", "TargetsFormat", "ValidateFormat"]


class By(StrEnum):
    all = "all"
    industry = "industry"
    bureau = "bureau"
    target = "target"

    def tables(self) -> tuple[str, ...]:
        return ("industry", "bureau", "target") if self is By.all else (self.value,)


class FailOn(StrEnum):
    behind = "behind"
    off_track = "off_track"
    missed = "missed"
    no_data = "no_data"


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def language(chosen: Lang | None) -> Lang:
    """--lang when given, else ZHANXIN_LANG, else Chinese."""
    return chosen or default_lang()


def language_of(args: Sequence[str]) -> Lang:
    """The language of messages printed outside a command: --lang, else ZHANXIN_LANG, else Chinese."""
    for i, arg in enumerate(args):
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        if value in ("zh", "en"):
            return Lang(value)
    return default_lang()


def _flag(name: str, key: str) -> Any:
    return typer.Option(name, metavar="", help=key)


Plan = Annotated[
    list[Path] | None,
    typer.Option("--plan", "-p", metavar="PLAN.yaml", help="plan", dir_okay=True, show_default=False),
]
LangOption = Annotated[Lang | None, typer.Option("--lang", metavar="zh|en", show_default=False, help="lang")]
ColorOption = Annotated[Color, typer.Option("--color", metavar="auto|always|never", show_default=False, help="color")]
Previous = Annotated[list[Path] | None, typer.Option("--previous", metavar="FILE_OR_DIR", help="previous")]
AsOf = Annotated[str | None, typer.Option("--as-of", metavar="YYYY-MM", help="as_of")]
ReportFormat = Annotated[
    Format, typer.Option("--format", "-f", metavar="FORMAT", show_default=False, help="format.status")
]
Encoding = Annotated[str | None, typer.Option("--encoding", metavar="ENCODING", help="encoding")]
KeepGoing = Annotated[bool, _flag("--keep-going", "keep_going")]
Figures = Annotated[list[Path] | None, typer.Argument(metavar="[FIGURES]...", show_default=False, help="figures")]

Accept = Annotated[list[str] | None, typer.Option("--accept", metavar="TARGET_ID", help="accept")]

# zhanxin (the group)
Debug = Annotated[bool, _flag("--debug", "debug")]

# validate
PlanFiles = Annotated[
    list[Path] | None, typer.Argument(metavar="[PLAN.yaml]...", show_default=False, help="validate.plans")
]
ValidateFormatOption = Annotated[
    ValidateFormat, typer.Option("--format", "-f", metavar="FORMAT", show_default=False, help="format.validate")
]

# targets
TargetsFormatOption = Annotated[
    TargetsFormat, typer.Option("--format", "-f", metavar="FORMAT", show_default=False, help="format.targets")
]

# status
ByOption = Annotated[By, typer.Option("--by", metavar="TABLES", show_default=False, help="status.by")]
Industry = Annotated[str | None, typer.Option("--industry", metavar="INDUSTRY", help="status.industry")]
Bureau = Annotated[str | None, typer.Option("--bureau", metavar="UNIT", help="status.bureau")]
Explain = Annotated[str | None, typer.Option("--explain", metavar="TARGET_ID", help="status.explain")]
FailOnOption = Annotated[list[FailOn] | None, typer.Option("--fail-on", metavar="STATUS", help="status.fail_on")]
Compare = Annotated[str | None, typer.Option("--compare", metavar="YYYY-MM", help="status.compare")]

# template
Period = Annotated[str, typer.Option("--period", metavar="YYYY-MM", help="template.period")]
EarlierFigures = Annotated[
    list[Path] | None, typer.Argument(metavar="[FIGURES]...", show_default=False, help="template.figures")
]
FormBureau = Annotated[str | None, typer.Option("--bureau", metavar="UNIT", help="template.bureau")]
Co = Annotated[bool, _flag("--co", "template.co")]
AllBureaus = Annotated[bool, _flag("--all", "template.all")]
FormOutput = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="template.output")]
FormsForce = Annotated[bool, _flag("--force", "template.force")]
FormFormatOption = Annotated[
    FormFormat | None,
    typer.Option("--format", "-f", metavar="csv|xlsx", show_default=False, help="format.form"),
]

# history
HistoryItems = Annotated[
    list[str] | None,
    typer.Argument(metavar="[TARGET_ID | FIGURES]...", show_default=False, help="history.items"),
]

# report
ReportOutput = Annotated[Path, typer.Option("--output", "-o", metavar="FILE.html", help="report.output")]
ReportForce = Annotated[bool, _flag("--force", "report.force")]

# draft
PlanText = Annotated[Path, typer.Argument(metavar="PLAN.txt|PLAN.docx", show_default=False, help="draft.text")]
DraftOutput = Annotated[Path | None, typer.Option("--output", "-o", metavar="plan.yaml", help="draft.output")]
Year = Annotated[int | None, typer.Option("--year", metavar="YYYY", min=1900, max=2999, help="draft.year")]
Region = Annotated[str | None, typer.Option("--region", metavar="NAME", help="draft.region")]
DraftForce = Annotated[bool, _flag("--force", "draft.force")]
