"""JSON output."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..errors import Problem
from ..figures.cells import Period
from ..i18n import Lang
from ..plan.model import Plan
from ..progress.history import Change, TargetHistory
from ..progress.status import Report
from .contract import history_record, report_record, target_record


def dumps(data: Any) -> str:
    """Readable JSON that is fast to write: one key, or one record, per line.

    A mapping's keys and a list's items each get a line (two levels deep); everything
    below that is written compactly on its line by the C encoder, which ``indent`` would
    turn off (the pure-Python encoder is many times slower on a province-sized report).
    UTF-8 characters are kept; the text ends with a newline.
    """
    return _layout(data, 0) + "\n"


def _layout(value: Any, depth: int) -> str:
    if depth >= 2 or not value or not isinstance(value, (dict, list)):
        return _compact(value)
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict):
        lines = [f"{inner}{_compact(k)}: {_layout(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(lines) + f"\n{pad}}}"
    return "[\n" + ",\n".join(inner + _layout(v, depth + 1) for v in value) + f"\n{pad}]"


_compact = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


class Lazy:
    """A list made while it is written (a province's 83,334 target records, never all at once)."""

    def __init__(self, make: Callable[[], Iterable[Any]], length: int) -> None:
        self.make, self.length = make, length

    def __iter__(self) -> Iterator[Any]:
        return iter(self.make())

    def __len__(self) -> int:
        return self.length


CHUNK = 1 << 16
"""About how many characters a streamed JSON text is written in at a time."""


def dump_chunks(data: Any) -> Iterator[str]:
    """The text of :func:`dumps`, character for character, in pieces of about CHUNK characters,
    made as they are written: with :class:`Lazy` lists, only a piece is ever held."""
    pieces: list[str] = []
    size = 0
    for piece in _pieces(data, 0):
        pieces.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(pieces)
            pieces, size = [], 0
    pieces.append("\n")
    yield "".join(pieces)


def _pieces(value: Any, depth: int) -> Iterator[str]:
    if depth >= 2 or not value or not isinstance(value, (dict, list, Lazy)):
        yield _compact(list(value) if isinstance(value, Lazy) else value)
        return
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict):
        yield "{\n"
        for i, (k, v) in enumerate(value.items()):
            yield f"{',' if i else ''}{chr(10) if i else ''}{inner}{_compact(k)}: "
            yield from _pieces(v, depth + 1)
        yield f"\n{pad}}}"
        return
    yield "[\n"
    for i, item in enumerate(value):
        yield f"{',' + chr(10) if i else ''}{inner}"
        yield from _pieces(item, depth + 1)
    yield f"\n{pad}]"


def render_targets(plan: Plan) -> str:
    windows = plan.multi_year
    return dumps([target_record(plan, t, windows) for t in plan.targets])


def stream_status(
    report: Report,
    warnings: Sequence[Problem] = (),
    files: Sequence[str] = (),
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
    lang: Lang = Lang.zh,
) -> Iterator[str]:
    """:func:`render_status` in pieces, each target's record made as it is written."""
    return dump_chunks(report_record(report, warnings, files, changes, compared_to, lang, lazy=Lazy))


def render_status(
    report: Report,
    warnings: Sequence[Problem] = (),
    files: Sequence[str] = (),
    changes: Sequence[Change] | None = None,
    compared_to: str | None = None,
    lang: Lang = Lang.zh,
) -> str:
    return dumps(report_record(report, warnings, files, changes, compared_to, lang))


def render_history(plan: Plan, as_of: Period, paths: Sequence[TargetHistory]) -> str:
    windows = plan.multi_year
    return dumps(
        {
            "plan": {"title": plan.title, "year": plan.year, "region": plan.region},
            "as_of": as_of.label,
            "targets": [history_record(plan, h, windows) for h in paths],
        }
    )
