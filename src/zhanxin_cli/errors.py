"""One error type for everything the user can get wrong, and the exit codes.

A :class:`Problem` is one located complaint (``file:line:column: message``); a
:class:`ZhanxinError` carries one or more of them plus the exit code the CLI passes
on. Only the CLI prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from .i18n import Lang, Msg, label, localize


class ExitCode(IntEnum):
    """Documented exit codes (see README, "Exit codes")."""

    OK = 0
    FINDINGS = 1  # validate: the plan is invalid; status --fail-on: a target is too far behind
    BAD_INPUT = 2  # usage error, unreadable file, invalid plan or figures given to a command
    INTERNAL = 70  # a bug in zhanxin (rerun with --debug for the traceback)
    INTERRUPTED = 130  # Ctrl-C


@dataclass(frozen=True)
class Problem:
    """One located problem. ``line`` and ``column`` are 1-based; either may be unknown."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    sheet: str | None = None  # a workbook's sheet: located as file.xlsx:Sheet1!F12
    subject: str | None = None  # the target a warning is about (its id), where one is
    period: str | None = None  # the period of the figure it is about (YYYY-MM)

    @property
    def where(self) -> str:
        """file:line:column, as far as known."""
        where = self.file
        if self.sheet is not None:
            cell = f"{column_letters(self.column)}{self.line}" if self.line and self.column else str(self.line or "")
            return f"{where}:{self.sheet}!{cell}".rstrip("!")
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def render(self, lang: Lang) -> str:
        """``file:line:column: message`` with the message in ``lang``."""
        return f"{self.where}: {localize(self.message, lang)}"

    def render_warning(self, lang: Lang) -> str:
        """``file:row:column: 提示：message`` (``warning:`` in English): probably wrong, not refused."""
        return f"{self.where}: {label('warning', lang)}{localize(self.message, lang)}"


def lines(problems: Sequence[Problem], lang: Lang, *, warnings: bool = False) -> str:
    """Problems (or warnings) one to a line, in ``lang``."""
    return "".join((p.render_warning(lang) if warnings else p.render(lang)) + "\n" for p in problems)


def column_letters(column: int) -> str:
    """A spreadsheet's name for a 1-based column: 1 → A, 27 → AA."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class ZhanxinError(Exception):
    """Bad input: one or more located problems and the exit code to end with."""

    def __init__(
        self, problems: Sequence[Problem], exit_code: ExitCode = ExitCode.BAD_INPUT, warnings: Sequence[Problem] = ()
    ) -> None:
        if not problems:
            raise ValueError("ZhanxinError needs at least one problem")
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = tuple(problems)
        self.exit_code = exit_code
        self.warnings = tuple(warnings)  # said before the problems: what explains them (rows skipped)


class InvalidContent(ZhanxinError):
    """The file was read but its content is wrong (bad YAML, encoding, or validation)."""


def describe(value: object, limit: int = 40) -> Msg:
    """A short, type-revealing rendering of a found value for error messages."""
    kinds = {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "list",
        dict: "mapping",
        type(None): "null",
        dt.date: "date",
        dt.datetime: "date-time",
    }
    kind = Msg(kinds.get(type(value), type(value).__name__))
    if isinstance(value, (dict, list)) or value is None:
        return Msg("{kind}", kind=kind)
    if isinstance(value, (dt.date, dt.datetime)):
        return Msg("{kind} {value}", kind=kind, value=value.isoformat())
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return Msg("{kind} {value}", kind=kind, value=text)
