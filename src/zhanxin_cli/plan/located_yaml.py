"""YAML text to located data: the data, and where each key and value stands in the file.

Generic: knows nothing about plans. The data is built in one pass over libyaml's event
stream (composing PyYAML's node tree costs several times more), checking as it goes:
duplicate keys (which PyYAML silently drops), nesting depth, and the alias-expanded
size (summed as anchors are reused, so a billion-laughs document is refused without
being expanded). Alongside the data it records a position map, so that a later
validation error's ``loc`` can be walked back to ``line:column`` with :func:`locate`.
There is one parser path: merge keys (``<<``) and tags other than YAML's own scalar,
mapping and sequence tags are refused with a located problem, never handed to another
parser (no plan needs them, and a second parser would repeat every check).

Scalars follow YAML 1.2's core schema, not PyYAML's YAML 1.1 defaults: ``yes``/``no``/
``on``/``off`` stay strings, ``010`` is ten (not octal eight), ``1e6`` is a number,
``1_000`` and ``1:30`` are strings. Dates (``2023-06-30``) are still dates.
"""

from __future__ import annotations

import codecs
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

import yaml
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from ..errors import InvalidContent, Problem
from ..i18n import Msg

MAX_DEPTH = 64
"""Deepest nesting of collections accepted (a plan needs about five)."""

MAX_EXPANDED_NODES = 2_000_000
"""Most nodes aliases may repeat in a document (billion-laughs guard); the nodes written out are
bounded by the file itself."""

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_T = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL_TAG, _INT_TAG, _FLOAT_TAG, _TIMESTAMP = (
    _T + t for t in ("str", "null", "bool", "int", "float", "timestamp")
)
_MAP, _SEQ = _T + "map", _T + "seq"
_REPLACED_TAGS = {_BOOL_TAG, _INT_TAG, _FLOAT_TAG}
_TAG_WORDS = {_TIMESTAMP: "a date", _INT_TAG: "an integer", _FLOAT_TAG: "a number", _BOOL_TAG: "a boolean"}


def _to_int(text: str) -> int:
    return int(text, 0) if text.startswith(("0o", "0x")) else int(text, 10)


def _to_bool(text: str) -> bool:
    word = text.lower()
    if word not in ("true", "false"):
        raise ValueError("expected true or false")
    return word == "true"


def _to_float(text: str) -> float:
    word = text.lower()
    sign = -1.0 if word.startswith("-") else 1.0
    word = word.lstrip("+-")
    if word == ".inf":
        return sign * math.inf
    if word == ".nan":
        return math.nan
    return sign * float(word)


_DATE_WORDS = (
    ("month must be in", "the month must be 1 to 12"),
    ("day is out of range", "that month has no such day"),
    ("out of range", "the year is out of range"),
)
"""Python's words for an impossible date (English), and what they say in the user's language."""


def _cannot_read(value: str, tag: str, exc: Exception) -> str:
    # Python says why a date is impossible ("month must be in 1..12"): said in the user's
    # language; its other wording is noise ("invalid literal for int()", attribute errors).
    reason = next((Msg(said) for needle, said in _DATE_WORDS if needle in str(exc)), None)
    why = Msg(" ({reason})", reason=reason) if isinstance(exc, ValueError) and reason is not None else ""
    return Msg("cannot read {value!r} as {kind}{why}", value=value, kind=Msg(_TAG_WORDS.get(tag, tag)), why=why)


class _Loader(_Base):  # type: ignore[misc]
    """Safe loader with YAML 1.2 core-schema scalars and located construction errors."""

    def resolve(self, kind: Any, value: str | None, implicit: Any) -> str:
        """The tag of a node; memoised, as keys and enum values repeat across a plan."""
        memo: dict[Any, str] = self.__dict__.setdefault("_resolved", {})
        key = (kind, value, implicit)
        tag = memo.get(key)
        if tag is None:
            tag = memo[key] = super().resolve(kind, value, implicit)
        return tag


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _REPLACED_TAGS]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(_BOOL_TAG, _BOOL, list("tTfF"))
_Loader.add_implicit_resolver(_INT_TAG, _INT, list("-+0123456789"))
_Loader.add_implicit_resolver(_FLOAT_TAG, _FLOAT, list("-+0123456789."))
_TRIGGERS = frozenset(k for k in _Loader.yaml_implicit_resolvers if k)
"""First characters for which a plain scalar may be something other than a string."""


class MapPos:
    """A mapping's position, and for each key (as written): the key's and the value's."""

    __slots__ = ("column", "keys", "line")

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column
        self.keys: dict[str, tuple[tuple[int, int], Pos]] = {}


class SeqPos:
    """A sequence's position, and its items'."""

    __slots__ = ("column", "items", "line")

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column
        self.items: list[Pos] = []


Pos = tuple[int, int] | MapPos | SeqPos
"""Where a value stands: (line, column) of a scalar, 1-based; a collection knows its parts too."""


def line_column(pos: Pos) -> tuple[int, int]:
    return (pos.line, pos.column) if isinstance(pos, (MapPos, SeqPos)) else pos


@dataclass(frozen=True)
class Document:
    """A parsed YAML document: the data, where each part of it stands, its expanded size."""

    data: Any
    positions: Pos
    expanded_size: int


def decode_text(raw: bytes, filename: str) -> str:
    """Decode a YAML file's bytes as UTF-8 (a BOM is allowed) or raise a located problem."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if raw.startswith(bom):
            raise InvalidContent(
                [Problem(filename, Msg("expected UTF-8 text, found {name}; save the file as UTF-8", name=name), 1, 1)]
            )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = position_of(raw, exc.start)
        raise InvalidContent(
            [
                Problem(
                    filename,
                    Msg(
                        "expected UTF-8 text, found byte 0x{byte:02x} that is not UTF-8 (GBK? save the file as UTF-8)",
                        byte=raw[exc.start],
                    ),
                    line,
                    column,
                )
            ]
        ) from None


def position_of(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset."""
    before = raw[:offset]
    line = before.count(b"\n") + 1
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return line, column


def parse_document(text: str, filename: str) -> tuple[Document | None, list[Problem]]:
    """Parse, check and construct one YAML document.

    Returns the document, or ``None`` with the problems that prevented building it.
    The position map is built in the same pass (it costs a few per cent), so a plan is
    parsed once even when validation finds problems to locate. Never raises for bad input.
    """
    loader = _Loader(text)
    try:
        return _build(loader, filename)
    except yaml.YAMLError as exc:
        return None, [_yaml_problem(exc, filename, text)]
    except RecursionError:  # pragma: no cover - only without libyaml, whose depth limit comes first
        return None, [Problem(filename, Msg("nesting deeper than {depth} levels", depth=MAX_DEPTH), 1, 1)]
    finally:
        loader.dispose()


def _build(loader: Any, filename: str) -> tuple[Document | None, list[Problem]]:
    builder = _EventBuilder(loader, filename)
    try:
        document = builder.run()
    except _Stop:
        return None, builder.problems
    if builder.problems or document is None:
        return None, builder.problems
    return document, []


class _Stop(Exception):
    """Building cannot go on (too deep, too large); the problem is recorded."""


def _duplicate(key: str, first_line: int) -> str:
    return Msg(
        "duplicate key {key!r} (first at line {line}); YAML would silently keep only the last", key=key, line=first_line
    )


def _lc(mark: Any) -> tuple[int, int]:
    """1-based line and column of a mark (libyaml always gives one; 1:1 if not)."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _at(filename: str, mark: Any, message: str) -> Problem:
    return Problem(filename, message, *_lc(mark))


class _EventBuilder:
    """Data and positions from libyaml's events, in one recursive pass (bounded by MAX_DEPTH)."""

    def __init__(self, loader: Any, filename: str) -> None:
        self.loader = loader
        self.filename = filename
        self.problems: list[Problem] = []
        self.anchors: dict[str, tuple[Any, Pos, int]] = {}
        self.aliased = 0  # nodes repeated through aliases so far
        self.open_anchors: set[str] = set()

    def run(self) -> Document | None:
        next_event = self.loader.get_event
        next_event()  # stream start
        start = next_event()
        if isinstance(start, StreamEndEvent):
            self.problems.append(
                _at(self.filename, start.start_mark, Msg("expected a YAML mapping, found an empty document"))
            )
            return None
        data, positions, size = self.value(next_event(), 1)
        next_event()  # document end
        after = next_event()
        if not isinstance(after, StreamEndEvent):
            self.problems.append(
                _at(
                    self.filename,
                    after.start_mark,
                    Msg("invalid YAML: expected a single document in the stream, but found another document"),
                )
            )
            return None
        return Document(data, positions, size)

    def problem(self, mark: Any, message: str) -> None:
        self.problems.append(_at(self.filename, mark, message))

    def value(self, event: Any, depth: int) -> tuple[Any, Pos, int]:
        """The data, position and expanded size of the node that starts with ``event``."""
        if isinstance(event, AliasEvent):
            if event.anchor in self.open_anchors:
                self.problem(
                    event.start_mark,
                    Msg("invalid YAML: alias *{anchor} refers to a node that contains it", anchor=event.anchor),
                )
                raise _Stop
            found = self.anchors.get(event.anchor or "")
            if found is None:
                self.problem(
                    event.start_mark, Msg("invalid YAML: found undefined alias {anchor!r}", anchor=event.anchor)
                )
                raise _Stop
            self.aliased = self.grown(self.aliased, found[2], event.start_mark)
            return found
        mark = event.start_mark
        if isinstance(event, ScalarEvent):
            result: tuple[Any, Pos, int] = (self.scalar(event), _lc(mark), 1)
        else:
            if depth > MAX_DEPTH:
                self.problem(mark, Msg("nesting deeper than {depth} levels", depth=MAX_DEPTH))
                raise _Stop
            if event.anchor:
                self.open_anchors.add(event.anchor)
            if isinstance(event, MappingStartEvent):
                result = self.mapping(event, depth)
            elif isinstance(event, SequenceStartEvent):
                result = self.sequence(event, depth)
            else:  # pragma: no cover - the parser yields nothing else here
                raise _Stop
            if event.anchor:
                self.open_anchors.discard(event.anchor)
        if event.anchor:
            self.anchors[event.anchor] = result
        return result

    def mapping(self, event: MappingStartEvent, depth: int) -> tuple[Any, Pos, int]:
        if event.tag not in (None, "!", _MAP):
            self.unsupported_tag(event)
        mark = event.start_mark
        data: dict[Any, Any] = {}
        positions = MapPos(*_lc(mark))
        first_lines: dict[Any, int] = {}  # key → line where it first stands
        size = 1
        next_event = self.loader.get_event
        while True:
            key_event = next_event()
            if isinstance(key_event, MappingEndEvent):
                break
            if not isinstance(key_event, ScalarEvent):
                self._skip_entry(key_event, depth)
                continue
            raw = key_event.value
            plain = key_event.tag is None and key_event.implicit[0]
            if plain and raw == "<<":
                self.problem(
                    key_event.start_mark,
                    Msg("merge keys (<<) are not supported in a plan: write the keys out in full"),
                )
                raise _Stop
            key = raw if plain and raw and raw[0] not in _TRIGGERS else self.scalar(key_event)
            key_mark = key_event.start_mark
            event = next_event()
            if isinstance(event, ScalarEvent) and event.anchor is None:  # the common case, inline
                text = event.value
                if event.tag is None and (not event.implicit[0] or (text and text[0] not in _TRIGGERS)):
                    value: Any = text
                else:
                    value = self.scalar(event)
                value_positions: Pos = _lc(event.start_mark)
                size += 2
            else:
                value, value_positions, value_size = self.value(event, depth + 1)
                size += 1 + value_size
            if key in data:  # also `1:` and `01:`, equal as keys though not as text
                self.problem(key_mark, _duplicate(raw, first_lines[key]))
                continue
            data[key] = value
            first_lines[key] = _lc(key_mark)[0]
            positions.keys[raw] = (_lc(key_mark), value_positions)
        return data, positions, size

    def unsupported_tag(self, event: Any) -> NoReturn:
        """A tag this reader does not construct (Python objects, !!binary, !!set, custom tags)."""
        tag = str(event.tag).replace(_T, "!!", 1)
        self.problem(event.start_mark, Msg("unsupported YAML tag {tag}: a plan holds only plain values", tag=tag))
        raise _Stop

    def grown(self, size: int, more: int, mark: Any) -> int:
        """The nodes aliases have repeated, with ``more`` added; stops an alias bomb as soon as it
        shows. Only what aliases repeat counts: a long plan without them is no bomb."""
        size += more
        if size > MAX_EXPANDED_NODES:
            self.problem(
                mark,
                Msg(
                    "document expands to more than {nodes:,} nodes through aliases (an alias bomb?)",
                    nodes=MAX_EXPANDED_NODES,
                ),
            )
            raise _Stop
        return size

    def _skip_entry(self, key_event: Any, depth: int) -> None:
        """A key that is not a scalar: reported; the key and its value are read past."""
        self.problem(key_event.start_mark, Msg("expected a plain key, found a collection"))
        if isinstance(key_event, CollectionStartEvent):
            self.value(key_event, depth + 1)
        self.value(self.loader.get_event(), depth + 1)

    def sequence(self, event: SequenceStartEvent, depth: int) -> tuple[Any, Pos, int]:
        if event.tag not in (None, "!", _SEQ):
            self.unsupported_tag(event)
        mark = event.start_mark
        data: list[Any] = []
        positions = SeqPos(*_lc(mark))
        size = 1
        next_event = self.loader.get_event
        item = next_event()
        while not isinstance(item, SequenceEndEvent):
            value, value_positions, value_size = self.value(item, depth + 1)
            data.append(value)
            positions.items.append(value_positions)
            size += value_size
            item = next_event()
        return data, positions, size

    def scalar(self, event: ScalarEvent) -> Any:
        value: str = event.value
        tag = event.tag
        if tag is None or tag == "!":
            plain = event.implicit[0] and tag is None
            if not plain or (value and value[0] not in _TRIGGERS):
                return value
            tag = self.loader.resolve(ScalarNode, value, event.implicit)
        if tag == _STR:
            return value
        convert = _CONVERTERS.get(tag)
        if convert is None:
            self.unsupported_tag(event)
        try:
            return convert(self.loader, value)
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            self.problem(event.start_mark, Msg("invalid YAML: {detail}", detail=_cannot_read(value, tag, exc)))
            return None


def _timestamp(loader: Any, text: str) -> Any:
    return loader.construct_yaml_timestamp(ScalarNode(_TIMESTAMP, text))


_CONVERTERS: dict[str, Callable[[Any, str], Any]] = {
    _NULL: lambda _loader, _text: None,
    _INT_TAG: lambda _loader, text: _to_int(text),
    _FLOAT_TAG: lambda _loader, text: _to_float(text),
    _BOOL_TAG: lambda _loader, text: _to_bool(text),
    _TIMESTAMP: _timestamp,
}


_YAML_WORDS = (
    ("expected ',' or ']'", "a list is not closed with ]"),
    ("expected ',' or '}'", "a mapping is not closed with }}"),
    ("mapping values are not allowed here", "a colon where no key can start (a missing space, or wrong indentation?)"),
    ("could not find expected ':'", "a key without its colon"),
    ("that cannot start any token", "a character that cannot start a value (a tab? indent with spaces)"),
    ("found unexpected end of stream", "the file ends inside a quoted value"),
    ("did not find expected key", "wrong indentation"),
    ("did not find expected '-' indicator", "wrong indentation in a list"),
    ("expected <document start>", "text after the end of the document"),
    ("special characters are not allowed", "a control character"),
)
"""libyaml's own words (English), and what they mean for a plan editor."""


def _yaml_problem(exc: yaml.YAMLError, filename: str, text: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    if problem:
        detail = f"{context}, {problem}" if context else str(problem)
    else:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    explained = next((Msg(english) for needle, english in _YAML_WORDS if needle in detail), None)
    message = (
        Msg("invalid YAML: {explained} ({detail})", explained=explained, detail=detail)
        if explained
        else Msg("invalid YAML: {detail}", detail=detail)
    )
    if mark is not None:
        return Problem(filename, message, mark.line + 1, mark.column + 1)
    position = getattr(exc, "position", None)  # reader errors: a character offset
    if isinstance(position, int):
        line = text.count("\n", 0, position) + 1
        return Problem(filename, message, line, position - (text.rfind("\n", 0, position) + 1) + 1)
    return Problem(filename, message, 1, 1)


def locate(positions: Pos, loc: Sequence[str | int], *, key: bool = False) -> tuple[tuple[int, int], bool]:
    """Walk a validation error's ``loc`` down the position map.

    Returns the (line, column) of the deepest position reached and whether the whole
    path was found. With
    ``key=True`` a path ending in a mapping key returns the key's position (for
    "unknown key" errors) rather than its value's.
    """
    here = positions
    for i, part in enumerate(loc):
        if part == "[key]":
            continue
        last = i == len(loc) - 1
        if isinstance(here, MapPos):
            entry = here.keys.get(str(part))
            if entry is None:
                return line_column(here), False
            want_key = (last and key) or (not last and loc[i + 1] == "[key]")
            here = entry[0] if want_key else entry[1]
        elif isinstance(here, SeqPos) and isinstance(part, int) and 0 <= part < len(here.items):
            here = here.items[part]
        else:
            return line_column(here), False
    return line_column(here), True
