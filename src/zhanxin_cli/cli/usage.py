"""Usage errors in one line, in the user's language, built from what Click's exceptions carry
(their class, ``option_name``, ``possibilities``, ``param`` and its type's choices or bounds),
never from their English text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..i18n import Lang, Msg
from .help import ExtraArguments, UnknownCommand


def error_text(exc: Exception) -> str:
    """A click-style error's own message (its help text, for a bare command)."""
    format_message = getattr(exc, "format_message", None)
    return str(format_message()) if callable(format_message) else str(exc)


def _hint(possibilities: Sequence[str]) -> str:
    if len(possibilities) == 1:
        return Msg("; did you mean {choice!r}?", choice=possibilities[0])
    if possibilities:
        return Msg("; did you mean one of {choices}?", choices=", ".join(map(repr, possibilities)))
    return ""


def _name(param: Any) -> str:
    """How the user writes a parameter: its longest option name, or an argument's metavar."""
    if param.param_type_name == "argument":
        return str(param.metavar or param.name.upper())
    return str(max(param.opts, key=len))


def _given(param: Any, args: Sequence[str]) -> str | None:
    """The value the user gave a parameter on the command line (the last one given)."""
    found = None
    for i, arg in enumerate(args):
        for name in param.opts:
            if arg == name and i + 1 < len(args):
                found = args[i + 1]
            elif arg.startswith(name + "=") and name.startswith("--"):
                found = arg[len(name) + 1 :]
            elif not name.startswith("--") and arg.startswith(name) and len(arg) > len(name):
                found = arg[len(name) :]
    return found


def _bad_value(exc: Any, args: Sequence[str]) -> Msg:
    param = exc.param
    option = _name(param) if param is not None else "?"
    kind = getattr(param, "type", None)
    choices = getattr(kind, "choices", None)
    value = _given(param, args) if param is not None else None
    if choices is not None and value is not None:
        return Msg(
            "invalid value {value!r} for {option}; choose from {choices}",
            value=value,
            option=option,
            choices=", ".join(str(getattr(c, "value", c)) for c in choices),
        )
    low, high = getattr(kind, "min", None), getattr(kind, "max", None)
    if isinstance(low, int) and isinstance(high, int):
        detail: str = Msg("expected a whole number from {low} to {high}", low=low, high=high)
    else:
        detail = str(exc.message)
    return Msg("invalid value for {option}: {value}", option=option, value=detail)


def _option_usage(exc: Any, args: Sequence[str]) -> Msg:
    param = _option(exc)
    if param is not None and (param.is_flag or param.count):
        return Msg("option {option} takes no value", option=exc.option_name)
    return Msg("option {option} needs a value", option=exc.option_name)


def _missing(exc: Any, args: Sequence[str]) -> Msg:
    if exc.param is None:
        return _bad_value(exc, args)
    template = "missing argument {option}" if exc.param.param_type_name == "argument" else "missing option {option}"
    return Msg(template, option=_name(exc.param))


_MESSAGES: dict[str, Callable[[Any, Sequence[str]], Msg]] = {
    UnknownCommand.__name__: lambda exc, _: Msg(
        "unknown command {option}{hint}", option=exc.command_name, hint=_hint(exc.possibilities)
    ),
    ExtraArguments.__name__: lambda exc, _: Msg("unexpected extra arguments: {option}", option=" ".join(exc.extra)),
    "NoSuchOption": lambda exc, _: Msg(
        "unknown option {option}{hint}", option=exc.option_name, hint=_hint(exc.possibilities or ())
    ),
    "BadOptionUsage": _option_usage,
    "MissingParameter": _missing,
    "BadParameter": _bad_value,
}
"""Each usage error Click raises (by its class), worded from its attributes."""


def _message(exc: Any, args: Sequence[str]) -> str:
    wording = _MESSAGES.get(type(exc).__name__)
    return Msg("{detail}", detail=error_text(exc)) if wording is None else wording(exc, args)


def _option(exc: Any) -> Any:
    """The option an option-usage error is about, when its command is known."""
    command = getattr(exc.ctx, "command", None)
    for param in getattr(command, "params", ()):
        if exc.option_name in getattr(param, "opts", ()):
            return param
    return None


def usage_message(exc: Exception, lang: Lang, args: Sequence[str]) -> str:
    """A usage error in one line, in ``lang``: what was wrong, the valid choices, where to look."""
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "zhanxin"
    message = Msg("{message} (see {command} -h)", message=_message(exc, args), command=command)
    return f"{command}: {message.render(lang)}"
