"""``--help`` as a manual: usage, what the command does, then its arguments and options with
their value names and what they mean. No Python types, choices named whole, text wrapped at
the terminal's width without breaking a word (CJK measured two columns wide), in the help
language (Chinese unless ZHANXIN_LANG=en).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..i18n import Lang, label
from ..render.as_table import to_text


def _w(key: str, lang: Lang) -> str:
    return label("help." + key, lang)


@dataclass(frozen=True)
class Entry:
    """One argument, option or command: what is typed, and what it means."""

    names: str
    help: str
    required: bool = False
    envvar: str | None = None


def _entries(rows: Sequence[Entry], lang: Lang) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(overflow="fold")
    for row in rows:
        meaning = row.help + (_w("required", lang) if row.required else "")
        if row.envvar:
            meaning += _w("envvar", lang).format(name=row.envvar)
        table.add_row(Text("  " + row.names, style="bold"), Text(meaning))
    return table


def render_help(
    usage: str,
    description: str,
    arguments: Sequence[Entry],
    options: Sequence[Entry],
    commands: Sequence[Entry],
    lang: Lang,
    width: int,
) -> str:
    parts: list[RenderableType] = [Text(_w("usage", lang) + usage, style="bold"), Text("")]
    for paragraph in description.split("\n\n"):
        parts.extend([Text(" ".join(paragraph.split("\n")).strip()), Text("")])
    for title, rows in (("arguments", arguments), ("options", options), ("commands", commands)):
        if rows:
            parts.extend([Text(_w(title, lang), style="bold"), _entries(rows, lang), Text("")])
    if commands:
        parts.append(Text(_w("more", lang)))
    return to_text([Group(*parts)], min(width, 100), color=False)


def usage_words(lang: Lang) -> tuple[str, str]:
    """How the usage line names options and a subcommand."""
    return _w("OPTIONS", lang), _w("COMMAND", lang)
