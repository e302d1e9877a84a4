"""Reading a plan file: bytes → YAML nodes → validated :class:`~zhanxin_cli.plan.model.Plan`.

(:mod:`zhanxin_cli.plan.cache` keeps what this module validated, for the commands that read a plan.)

Every problem comes back located at ``file:line:column`` of the offending key or
value, all of them in one run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ExitCode, InvalidContent, Problem, ZhanxinError
from ..files import os_reason, refuse_special
from ..i18n import Msg

if TYPE_CHECKING:
    from .located_yaml import Document
    from .messages import PlanProblem
    from .model import Plan

MAX_PLAN_BYTES = 32 * 1024 * 1024
"""Largest plan file read (a province-sized plan of 5,000 targets is about 3 MiB)."""


def read_plan(path: Path) -> Plan:
    """Read and validate a plan file, or raise :class:`ZhanxinError` with every problem."""
    return parse_plan(read_plan_bytes(path), str(path))


def read_plan_bytes(path: Path) -> bytes:
    """The bytes of a plan file, or :class:`ZhanxinError` when it cannot be read or is too large."""
    name = str(path)
    try:
        if path.is_dir():
            raise ZhanxinError([Problem(name, Msg("expected a plan file, found a directory"))])
        refuse_special(path)
        size = path.stat().st_size
        if size <= MAX_PLAN_BYTES:  # devices and pipes report 0: the read itself is bounded too
            with path.open("rb") as f:
                raw = f.read(MAX_PLAN_BYTES + 1)
            size = len(raw)
        if size > MAX_PLAN_BYTES:
            raise ZhanxinError(
                [
                    Problem(
                        name, Msg("file is larger than {mib} MiB, the most a plan may be", mib=MAX_PLAN_BYTES // 2**20)
                    )
                ]
            )
    except FileNotFoundError:
        raise ZhanxinError([Problem(name, Msg("no such file"))]) from None
    except OSError as exc:
        raise ZhanxinError([Problem(name, Msg("cannot read file: {why}", why=os_reason(exc)))]) from None
    return raw


def parse_plan(raw: bytes, filename: str) -> Plan:
    """Validate a plan from its bytes; ``filename`` is only used in messages."""
    from .located_yaml import decode_text, parse_document  # YAML is loaded only when a plan is parsed
    from .rules import validate_plan

    if not raw.strip():
        raise InvalidContent([Problem(filename, Msg("expected a YAML mapping, found an empty file"), 1, 1)])
    text = decode_text(raw, filename)
    document, problems = parse_document(text, filename)
    if document is None:
        raise InvalidContent(problems)
    plan, plan_problems = validate_plan(document.data)
    if plan is None:
        located = sorted(
            (_locate(document, p, filename) for p in plan_problems),
            key=lambda p: (p.line or 0, p.column or 0),
        )
        raise InvalidContent(located, ExitCode.BAD_INPUT)
    return plan


def _locate(document: Document, problem: PlanProblem, filename: str) -> Problem:
    from .located_yaml import locate

    where, found = locate(document.positions, problem.loc, key=problem.at_key)
    missing = problem.message.startswith("missing required key")
    path = _dotted(problem.loc[:-1] if missing else problem.loc, document.data)
    approximate = Msg(" (location approximate)") if not found and not missing else ""
    if path:
        return Problem(
            filename,
            Msg("{path}: {message}{approximate}", path=path, message=problem.message, approximate=approximate),
            *where,
        )
    return Problem(filename, Msg("{message}{approximate}", message=problem.message, approximate=approximate), *where)


def _dotted(loc: tuple[str | int, ...], data: object) -> str:
    """A location as people read it: ``targets[id=digital_output].lead`` (by id where the item
    has one, else by position: ``targets[9]``)."""
    out = ""
    here = data
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            item = here[part] if isinstance(here, list) and 0 <= part < len(here) else None
            item_id = item.get("id") if isinstance(item, dict) else None
            out += f"[id={item_id}]" if isinstance(item_id, str) and item_id else f"[{part}]"
            here = item
        else:
            out += f".{part}" if out else str(part)
            here = here.get(part) if isinstance(here, dict) else None
    return out


@dataclass(frozen=True)
class PlanCheck:
    """The outcome of validating one plan file."""

    file: str
    plan: Plan | None
    problems: tuple[Problem, ...] = ()
    exit_code: int = 0  # 0 valid, 1 invalid, 2 unreadable


def check_plans(paths: Sequence[str | Path]) -> list[PlanCheck]:
    """Validate each plan file on its own; every problem of every file, none raised."""

    checks = []
    for path in paths:
        try:
            checks.append(PlanCheck(str(path), read_plan(Path(path))))
        except InvalidContent as exc:
            checks.append(PlanCheck(str(path), None, exc.problems, 1))
        except ZhanxinError as exc:
            checks.append(PlanCheck(str(path), None, exc.problems, 2))
    return checks
