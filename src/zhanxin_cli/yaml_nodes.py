"""YAML text to located data: the node tree, its marks, and the data built from it.

Generic: knows nothing about plans. The document is composed once into a node tree
(libyaml's C parser when available), checked (duplicate keys, depth, alias-expanded
size), then constructed into plain Python data from those same nodes, so any later
validation error can be walked back to ``line:column`` with :func:`locate`.

Scalars follow YAML 1.2's core schema, not PyYAML's YAML 1.1 defaults: ``yes``/``no``/
``on``/``off`` stay strings, ``010`` is ten (not octal eight), ``1e6`` is a number,
``1_000`` and ``1:30`` are strings. Dates (``2023-06-30``) are still dates.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import InvalidContent, Problem

MAX_DEPTH = 64
"""Deepest nesting of collections accepted (a plan needs about five)."""

MAX_EXPANDED_NODES = 2_000_000
"""Most nodes the document may have once every alias is expanded (billion-laughs guard)."""

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_TAG_WORDS = {
    "tag:yaml.org,2002:timestamp": "a date",
    "tag:yaml.org,2002:int": "an integer",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:binary": "base64 binary",
}
_REPLACED_TAGS = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}


class _Loader(_Base):  # type: ignore[misc]
    """Safe loader with YAML 1.2 core-schema scalars and located construction errors."""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, AttributeError, OverflowError, KeyError) as exc:
            what = _TAG_WORDS.get(node.tag, node.tag)
            # Python's own wording is useful for impossible dates ("month must be in 1..12"),
            # noise otherwise ("invalid literal for int()", attribute errors).
            why = f" ({exc})" if isinstance(exc, ValueError) and "literal" not in str(exc) else ""
            raise ConstructorError(None, None, f"cannot read {node.value!r} as {what}{why}", node.start_mark) from None

    def construct_yaml_int(self, node: ScalarNode) -> int:
        text = str(self.construct_scalar(node))
        if text.startswith(("0o", "0x")):
            return int(text, 0)
        return int(text, 10)

    def construct_yaml_bool(self, node: ScalarNode) -> bool:
        text = str(self.construct_scalar(node)).lower()
        if text not in ("true", "false"):
            raise ValueError("expected true or false")
        return text == "true"


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in _REPLACED_TAGS]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", _INT, list("-+0123456789"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT, list("-+0123456789."))
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:bool", _Loader.construct_yaml_bool)


@dataclass(frozen=True)
class Document:
    """A parsed YAML document: its root node (for locating) and the data built from it."""

    root: Node
    data: Any


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
                [Problem(filename, f"expected UTF-8 text, found {name}; save the file as UTF-8", 1, 1)]
            )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = position_of(raw, exc.start)
        raise InvalidContent(
            [
                Problem(
                    filename,
                    f"expected UTF-8 text, found byte 0x{raw[exc.start]:02x} that is not UTF-8 "
                    "(GBK? save the file as UTF-8)",
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
    """Compose, check and construct one YAML document.

    Returns the document, or ``None`` with the problems that prevented building it.
    Never raises for bad input.
    """
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.YAMLError as exc:
            return None, [_yaml_problem(exc, filename, text)]
        except RecursionError:
            return None, [Problem(filename, f"nesting deeper than {MAX_DEPTH} levels", 1, 1)]
        if root is None:
            return None, [Problem(filename, "expected a YAML mapping, found an empty document", 1, 1)]
        problems = check_tree(root, filename)
        if problems:
            return None, problems
        try:
            data = loader.construct_document(root)
        except yaml.YAMLError as exc:
            return None, [_yaml_problem(exc, filename, text)]
        return Document(root, data), []
    finally:
        loader.dispose()


def _yaml_problem(exc: yaml.YAMLError, filename: str, text: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    if problem:
        message = f"{context}, {problem}" if context else str(problem)
    else:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    message = f"invalid YAML: {message}"
    if mark is not None:
        return Problem(filename, message, mark.line + 1, mark.column + 1)
    position = getattr(exc, "position", None)  # reader errors: a character offset
    if isinstance(position, int):
        line = text.count("\n", 0, position) + 1
        return Problem(filename, message, line, position - (text.rfind("\n", 0, position) + 1) + 1)
    return Problem(filename, message, 1, 1)


def check_tree(root: Node, filename: str) -> list[Problem]:
    """Duplicate keys, non-scalar keys, nesting depth and alias-expanded size.

    Iterative, so a hostile document cannot exhaust the Python stack.
    """
    problems: list[Problem] = []
    seen: set[int] = set()
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            problems.append(problem_at(filename, node, f"nesting deeper than {MAX_DEPTH} levels"))
            return problems
        if id(node) in seen:  # an alias: its content was checked where it is anchored
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            first: dict[str, Node] = {}
            for key, value in node.value:
                if not isinstance(key, ScalarNode):
                    problems.append(problem_at(filename, key, "expected a plain key, found a collection"))
                    continue
                if key.tag == "tag:yaml.org,2002:merge":
                    stack.append((value, depth + 1))
                    continue
                if key.value in first:
                    earlier = first[key.value].start_mark.line + 1
                    problems.append(
                        problem_at(
                            filename,
                            key,
                            f"duplicate key {key.value!r} (first at line {earlier}); "
                            "YAML would silently keep only the last",
                        )
                    )
                else:
                    first[key.value] = key
                stack.append((value, depth + 1))
        elif isinstance(node, SequenceNode):
            stack.extend((item, depth + 1) for item in reversed(node.value))
    if not problems:
        size = expanded_size(root)
        if size > MAX_EXPANDED_NODES:
            problems.append(
                problem_at(
                    filename,
                    root,
                    f"document expands to more than {MAX_EXPANDED_NODES:,} nodes through aliases (an alias bomb?)",
                )
            )
    return problems


def expanded_size(root: Node) -> int:
    """Number of nodes with every alias expanded, computed without expanding (memoised)."""
    sizes: dict[int, int] = {}
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if children_done or not children:
            sizes[id(node)] = min(1 + sum(sizes.get(id(c), 1) for c in children), MAX_EXPANDED_NODES + 1)
            continue
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def locate(root: Node, loc: Sequence[str | int], *, key: bool = False) -> tuple[Node, bool]:
    """Walk a validation error's ``loc`` down the node tree.

    Returns the deepest node reached and whether the whole path was found. With
    ``key=True`` a path ending in a mapping key returns the key node (for "unknown
    key" errors) rather than its value.
    """
    node = root
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if part == "[key]":
            continue
        if isinstance(node, MappingNode):
            pair = _find_key(node, part)
            if pair is None:
                return node, False
            node = pair[0] if (last and key) else pair[1]
            if not last and loc[i + 1] == "[key]":
                node = pair[0]
        elif isinstance(node, SequenceNode) and isinstance(part, int):
            if not 0 <= part < len(node.value):
                return node, False
            node = node.value[part]
        else:
            return node, False
    return node, True


def _find_key(node: MappingNode, part: str | int) -> tuple[Node, Node] | None:
    wanted = str(part)
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.value == wanted:
            return key_node, value_node
    for key_node, value_node in node.value:  # merged mappings (<<: *anchor)
        if key_node.tag == "tag:yaml.org,2002:merge":
            merged = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
            for m in merged:
                if isinstance(m, MappingNode):
                    pair = _find_key(m, part)
                    if pair is not None:
                        return pair
    return None


def problem_at(filename: str, node: Node, message: str) -> Problem:
    """A problem located at a node's start."""
    return Problem(filename, message, node.start_mark.line + 1, node.start_mark.column + 1)
