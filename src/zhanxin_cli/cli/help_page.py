"""``--help`` as a manual: usage, what the command does, then its arguments and options with
their value names and what they mean. No Python types, choices named whole, text wrapped at
the terminal's width without breaking a word (CJK measured two columns wide), in the help
language (Chinese unless ZHANXIN_LANG=en).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import Lang, label


def _w(key: str, lang: Lang) -> str:
    return label("help." + key, lang)


@dataclass(frozen=True)
class Entry:
    """One argument, option or command: what is typed, and what it means."""

    names: str
    help: str
    required: bool = False
    envvar: str | None = None


OPENING = frozenset("（「『《〈【〔“‘([{")
"""Never the last thing on a line: an opening bracket goes with what it opens."""
CLOSING = frozenset("）」』》〉】〕”’，。、；：！？,.;:!?)]}")
"""Never the first thing on a line: closing brackets and punctuation stay with what they close."""


def columns(text: str) -> int:
    """Terminal columns: CJK (wide and fullwidth) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _atoms(text: str) -> list[str]:
    """The pieces a line may break between: a run of spaces, an ASCII word (never broken), a
    single CJK character; closing punctuation glued to the piece before it, an opening bracket
    to the piece after it (the line-breaking rule of Chinese typesetting, 禁则)."""
    pieces: list[str] = []
    for char in text:
        wide = unicodedata.east_asian_width(char) in "WF"
        last = pieces[-1] if pieces else ""
        if char.isspace():
            if last.isspace():
                pieces[-1] += char
            else:
                pieces.append(char)
        elif not wide and last and not last.isspace() and not _is_wide(last[-1]):
            pieces[-1] += char  # an ASCII word goes on
        else:
            pieces.append(char)
    glued: list[str] = []
    for piece in pieces:
        if glued and ((piece[0] in CLOSING and not glued[-1].isspace()) or glued[-1][-1] in OPENING):
            glued[-1] += piece
        else:
            glued.append(piece)
    return glued


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken only where Chinese and English allow."""
    lines: list[str] = []
    line, space = "", False
    for atom in _atoms(text):
        if atom.isspace():
            space = bool(line)
            continue
        joined = line + (" " if space else "") + atom
        if line and columns(joined) > width:
            lines.append(line)
            joined = atom
        line, space = joined, False
    if line or not lines:
        lines.append(line)
    return lines


def _entries(rows: Sequence[Entry], lang: Lang, width: int) -> list[str]:
    """Each entry's names, then its meaning wrapped beside them (under them when the names are long)."""
    names_width = max(columns(r.names) for r in rows) + 4
    out = []
    for row in rows:
        meaning = row.help + (_w("required", lang) if row.required else "")
        if row.envvar:
            meaning += _w("envvar", lang).format(name=row.envvar)
        names = "  " + row.names
        lines = wrap(meaning, max(width - names_width, 20))
        out.append(names + " " * (names_width - columns(names)) + lines[0])
        out.extend(" " * names_width + line for line in lines[1:])
    return out


def render_help(
    usage: str,
    description: str,
    arguments: Sequence[Entry],
    options: Sequence[Entry],
    commands: Sequence[Entry],
    lang: Lang,
    width: int,
) -> str:
    width = min(width, 100)
    lines = [*wrap(_w("usage", lang) + usage, width), ""]
    for paragraph in description.split("\n\n"):
        lines.extend([*wrap(" ".join(paragraph.split("\n")).strip(), width), ""])
    for title, rows in (("arguments", arguments), ("options", options), ("commands", commands)):
        if rows:
            lines.extend([_w(title, lang), *_entries(rows, lang, width), ""])
    if commands:
        lines.extend(wrap(_w("more", lang), width))
    return "\n".join(line.rstrip() for line in lines).rstrip("\n") + "\n"


def usage_words(lang: Lang) -> tuple[str, str]:
    """How the usage line names options and a subcommand."""
    return _w("OPTIONS", lang), _w("COMMAND", lang)
