"""``--help`` in the user's language, and the command classes that give it.

Every ``help=`` of the app is a key into :data:`zhanxin_cli.i18n.HELP` (``"template.force"``),
never a wording: a text is shown in the language of the run (``--lang``, else ZHANXIN_LANG,
else Chinese), and two options that mean different things can never share a translation.

The classes also name the usage errors Click words in English text only (an unknown command,
extra arguments), as exceptions with attributes (:class:`UnknownCommand`, :class:`ExtraArguments`),
so that :mod:`zhanxin_cli.cli.usage` words every usage error from attributes.
"""

from __future__ import annotations

import difflib
from contextvars import ContextVar
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from ..i18n import Lang, default_lang, help_text

HELP_LANG = default_lang()
"""The language of --help when --lang is not on the command line: ZHANXIN_LANG, else Chinese."""

_SHOWN_IN: ContextVar[Lang] = ContextVar("help_lang", default=HELP_LANG)
"""The language --help is shown in: --lang on the command line, else HELP_LANG (set by main)."""

USAGE_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
"""Click's UsageError as Typer ships it (Typer 0.26+ carries its own copy of Click)."""


def show_help_in(lang: Lang) -> None:
    _SHOWN_IN.set(lang)


def shown(key: str) -> str:
    """A help text (by its key) in the language --help is shown in."""
    return help_text(key, _SHOWN_IN.get())


class UnknownCommand(USAGE_ERROR):  # type: ignore[misc,valid-type]
    """A command name that is not one of the app's, with the close ones."""

    def __init__(self, name: str, possibilities: list[str], ctx: Any) -> None:
        super().__init__(f"No such command {name!r}.", ctx)
        self.command_name = name
        self.possibilities = possibilities


class ExtraArguments(USAGE_ERROR):  # type: ignore[misc,valid-type]
    """Arguments left over after a command took all it takes."""

    def __init__(self, extra: list[str], ctx: Any) -> None:
        super().__init__(f"Got unexpected extra arguments ({' '.join(extra)})", ctx)
        self.extra = extra


class _Help:
    """--help as a manual (cli/help_page.py): no value types, choices whole, words never broken,
    in the help language; -h/--help itself shows no value."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.metavar = ""
            option.help = "help"
        return option

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from rich.console import Console

        from .help_page import Entry, render_help, usage_words

        lang = _SHOWN_IN.get()
        options_word, command_word = usage_words(lang)
        arguments, options = [], []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if getattr(param, "hidden", False):
                continue
            if param.param_type_name == "argument":
                arguments.append(Entry(param.metavar or param.name.upper(), shown(param.help or ""), param.required))
                continue
            names = ", ".join(sorted(param.opts, key=len))
            value = "" if param.is_flag or param.count else f" {param.metavar or 'VALUE'}"
            envvar = param.envvar if isinstance(param.envvar, str) else None
            options.append(Entry(names + value, shown(param.help or ""), param.required, envvar))
        commands = []
        if isinstance(self, TyperGroup):
            for name in self.list_commands(ctx):
                command = self.get_command(ctx, name)
                if command is not None and not command.hidden:
                    commands.append(Entry(name, shown(command.help or "").split("\n\n")[0]))
        tail = command_word if commands else " ".join(a.names for a in arguments)
        usage = f"{ctx.command_path} {options_word} {tail}".rstrip()
        description = shown(self.help or "")  # type: ignore[attr-defined]
        formatter.write(render_help(usage, description, arguments, options, commands, lang, Console().width))


class Command(_Help, TyperCommand):
    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        allowed, ctx.allow_extra_args = ctx.allow_extra_args, True
        try:
            rest: list[str] = super().parse_args(ctx, args)
        except USAGE_ERROR as exc:  # Click's parser raises some without the command they are about
            exc.ctx = getattr(exc, "ctx", None) or ctx  # type: ignore[attr-defined]
            raise
        finally:
            ctx.allow_extra_args = allowed
        if rest and not allowed and not ctx.resilient_parsing:
            raise ExtraArguments(rest, ctx)
        return rest


class Group(_Help, TyperGroup):
    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and self.get_command(ctx, args[0]) is None and not args[0].startswith("-"):
            close = difflib.get_close_matches(args[0], list(self.commands))
            raise UnknownCommand(args[0], close, ctx)
        return super().resolve_command(ctx, args)
