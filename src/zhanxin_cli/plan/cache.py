"""A cache of validated plans: the commands that read a plan (not ``validate``) skip parsing and
validating one that has not changed since it was last read.

An entry is JSON in the user's cache folder, one per plan file, replaced when the plan changes.
It is used only when it was made from the very same bytes (BLAKE2b of the file), by the same
version of zhanxin and the same code that reads and validates plans (the size and time of its
modules, so that a development checkout never trusts an entry its own edits made stale). An entry
that is stale, unreadable or damaged is ignored and rewritten; a folder that cannot be written
is no error. Entries are written atomically (:func:`~zhanxin_cli.files.write_atomic`).

The folder is ``ZHANXIN_CACHE_DIR`` when set (empty: no cache), else the platform's own:
``%LOCALAPPDATA%\\zhanxin\\Cache`` on Windows, ``~/Library/Caches/zhanxin`` on macOS,
``$XDG_CACHE_HOME/zhanxin`` or ``~/.cache/zhanxin`` elsewhere.

A hit loads neither YAML nor pydantic-core (measured: 20-25 ms of a 100 ms run).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import ZhanxinError
from .model import Plan, plan_objects
from .read import parse_plan, read_plan_bytes

try:  # the BLAKE2 module alone: hashlib would first load OpenSSL (6 ms)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

FORMAT = 2
"""The layout of an entry; a new layout ignores older entries. 2: targets and tasks as rows of
values under their field names (a province's 83,334 targets: a third less to parse and hold)."""

_READERS = ("model.py", "rules.py", "messages.py", "core_schema.py", "read.py", "located_yaml.py")
"""The modules of this package whose code decides what a plan file validates to."""


def cache_folder() -> Path | None:
    """Where entries live, or None when the cache is switched off (``ZHANXIN_CACHE_DIR=``)."""
    chosen = os.environ.get("ZHANXIN_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    try:
        if sys.platform == "win32":
            return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "zhanxin" / "Cache"
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / "zhanxin"
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        return (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "zhanxin"
    except (RuntimeError, KeyError):  # no home folder (a service account, a bare scheduled task)
        return None


def read_plan_cached(path: Path) -> Plan:
    """The plan in ``path``, from the cache when an entry was made from these very bytes;
    otherwise read and validated (:func:`~zhanxin_cli.plan.read.parse_plan`) and then kept."""
    raw = read_plan_bytes(path)
    where = _entry(path, raw)
    if where is None:
        return parse_plan(raw, str(path))
    entry, key = where
    cached = _read_entry(entry, key)
    if cached is not None:
        return cached
    plan = parse_plan(raw, str(path))
    _write_entry(entry, key, plan)
    return plan


def _digest(data: bytes) -> str:
    return blake2b(data, digest_size=32).hexdigest()


def _entry(path: Path, raw: bytes) -> tuple[Path, str] | None:
    """The entry for the plan file ``path`` and the key it must hold for ``raw``; None when
    there is no cache, or no key can be trusted."""
    folder = cache_folder()
    if folder is None:
        return None
    here = Path(__file__).parent
    try:
        stats = [(name, (here / name).stat()) for name in _READERS]
        entry = folder / f"plan-{_digest(str(path.resolve()).encode())[:32]}.json"
    except (OSError, RuntimeError):  # pragma: no cover - modules without files (a zip import), or a path
        return None  # that read but does not resolve
    code = "|".join(f"{name}:{stat.st_size}:{stat.st_mtime_ns}" for name, stat in stats)
    return entry, f"{FORMAT}|{__version__}|{code}|{_digest(raw)}"


def _read_entry(entry: Path, key: str) -> Plan | None:
    """An entry is three lines: its key, the BLAKE2b of the third line, and the plan as JSON."""
    try:
        stored_key, check, body = entry.read_bytes().split(b"\n", 2)
        if stored_key.decode() != key or check.decode() != _digest(body):  # stale, or damaged on disk
            return None
        return _plan_from_record(json.loads(body))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # missing, or not an entry
        return None


def _write_entry(entry: Path, key: str, plan: Plan) -> None:
    from ..files import ensure_folder, write_atomic

    body = json.dumps(_record(plan), ensure_ascii=False, default=dt.date.isoformat).encode("utf-8")
    try:
        ensure_folder(entry.parent)
        write_atomic(entry, b"%s\n%s\n%s" % (key.encode(), _digest(body).encode(), body), force=True)
    except (OSError, ZhanxinError):  # a read-only home or a full disk: the plan was read all the same
        return


def _plan_from_record(data: dict[str, Any]) -> Plan:
    """The plan from its JSON record: dates come back from their ISO text."""

    def dated(item: dict[str, Any]) -> dict[str, Any]:
        dates = {key: item[key] for key in ("deadline", "start") if key in item}
        return {**item, **{key: dt.date.fromisoformat(day) if day else None for key, day in dates.items()}}

    start = data.get("start")
    fields = data.pop("fields")
    return plan_objects(
        {
            **data,
            "start": dt.date.fromisoformat(start) if start is not None else None,
            # made one by one from the rows: never every target as a dict at once
            "targets": (dated(dict(zip(fields["targets"], row, strict=True))) for row in _consumed(data["targets"])),
            "tasks": (dated(dict(zip(fields["tasks"], row, strict=True))) for row in _consumed(data["tasks"])),
        }
    )


def _consumed(rows: list[Any]) -> Iterator[Any]:
    """The rows one by one, each let go once given: the texts a parsed row holds apart from its
    target's (repeated ones the target keeps once) are freed while the next targets are made."""
    for index, row in enumerate(rows):
        rows[index] = None
        yield row


def _record(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data, its targets and tasks as rows of values under their field names."""
    record = dataclasses.asdict(plan)
    fields: dict[str, list[str]] = {}
    for group in ("targets", "tasks"):
        items = record[group]
        fields[group] = list(items[0]) if items else []
        record[group] = [list(item.values()) for item in items]
    record["fields"] = fields
    return record
