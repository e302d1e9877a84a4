"""Several plans in one run: which files a folder holds, what each plan is called, and the one
reading plan that figures files and collection forms are read and written against.

Target ids are unique within a plan, not across plans. In the reading plan an id that only
one plan holds stays as it is (a figures file needs nothing more); an id that several plans
hold becomes ``KEY/id``, KEY being the plan's file name without its suffix, and a figures file
says which plan it reports (a ``plan`` column, or the ``KEY/id`` the forms write). A bureau is
the same unit in every plan that names it the same way (name or alias).

Pure except :func:`plan_paths`, which lists a folder.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem, ZhanxinError
from ..i18n import Msg
from .model import Bureau, Plan, Target, Task, Unit

PLAN_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class PlanEntry:
    """One plan of a run: its key (the file's name without suffix, unique in the run), file and plan."""

    key: str
    path: str
    plan: Plan


def plan_paths(paths: Iterable[Path]) -> list[Path]:
    """The plan files named: a folder stands for the .yaml/.yml files in it (sorted, not its
    subfolders); a folder without one is a located error."""
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix.lower() in PLAN_SUFFIXES and p.is_file())
            if not inside:
                problems.append(Problem(str(path), Msg("no plan files (.yaml, .yml) in this folder")))
            found.extend(inside)
        else:
            found.append(path)
    if problems:
        raise ZhanxinError(problems)
    return list(dict.fromkeys(found))  # a plan named twice is read once


def plan_keys(paths: Sequence[Path]) -> list[str]:
    """A short key for each plan file: its name without suffix, with its folder's name where two
    files share a name."""
    stems = [p.stem for p in paths]
    return [f"{p.parent.name}/{p.stem}" if stems.count(p.stem) > 1 else p.stem for p in paths]


@dataclass(frozen=True)
class ReadingPlan:
    """All the plans as one plan for figures files and forms, and where each of its ids comes from."""

    plan: Plan
    owner: dict[str, tuple[str, str]]  # reading id → (plan key, the id in that plan)
    shared: dict[str, tuple[str, ...]]  # an id several plans hold → their keys
    routes: dict[tuple[str, str], str]  # (a plan's key or title, id) → reading id: the plan column
    plans: dict[str, Plan]  # by key

    def plan_of(self, reading_id: str) -> Plan:
        """The plan a reading id's target or task comes from."""
        return self.plans[self.owner[reading_id][0]]

    def reading_id(self, key: str, item_id: str) -> str:
        return f"{key}/{item_id}" if item_id in self.shared else item_id


def reading_plan(entries: Sequence[PlanEntry]) -> ReadingPlan:
    """One plan holding every plan's targets and tasks (ids made unique, see the module), units
    and bureaus (one per name); its window spans every plan's. Units that two plans declare
    differently are a located error: a figure's unit must mean one thing."""
    holders: dict[str, list[str]] = {}
    for entry in entries:
        for item in (*entry.plan.targets, *entry.plan.tasks):
            holders.setdefault(item.id, []).append(entry.key)
    shared = {i: tuple(keys) for i, keys in holders.items() if len(keys) > 1}
    units = _units(entries)
    bureaus, bureau_ids = _bureaus(entries)
    targets: list[Target] = []
    tasks: list[Task] = []
    owner: dict[str, tuple[str, str]] = {}
    routes: dict[tuple[str, str], str] = {}
    for entry in entries:
        rename = bureau_ids[entry.key]
        items: list[Target | Task] = [*entry.plan.targets, *entry.plan.tasks]
        for item in items:
            new_id = f"{entry.key}/{item.id}" if item.id in shared else item.id
            owner[new_id] = (entry.key, item.id)
            for label in (entry.key, entry.plan.title):
                routes[(label, item.id)] = new_id
            lead = rename.get(item.lead, item.lead) if item.lead else None
            co = [rename.get(c, c) for c in item.co]
            deadline = entry.plan.deadline_of(item)
            if isinstance(item, Target):
                start = entry.plan.start_of(item)
                targets.append(
                    dataclasses.replace(
                        item, id=new_id, deadline=deadline, lead=lead, co=co, industry=None, start=start
                    )
                )
            else:
                tasks.append(dataclasses.replace(item, id=new_id, deadline=deadline, lead=lead, co=co, industry=None))
    first = min(entries, key=lambda e: e.plan.start_date).plan
    plan = Plan(
        title=" · ".join(e.plan.title for e in entries),
        year=first.year,
        start=first.start_date,
        end_year=max(e.plan.last_year for e in entries),
        region=first.region,
        units=units,
        industries={},
        bureaus=bureaus,
        targets=targets,
        tasks=tasks,
    )
    return ReadingPlan(plan, owner, shared, routes, {e.key: e.plan for e in entries})


def _units(entries: Sequence[PlanEntry]) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    declared_in: dict[str, str] = {}
    problems: list[Problem] = []
    for entry in entries:
        for key, unit in entry.plan.units.items():
            known = units.get(key)
            if known is None:
                units[key], declared_in[key] = unit, entry.path
            elif (known.dimension, known.scale) != (unit.dimension, unit.scale):  # whole numbers are each plan's
                problems.append(
                    Problem(
                        entry.path,
                        Msg(
                            "unit {unit!r} is declared differently in {other}; a unit must mean one thing "
                            "in every plan read together",
                            unit=key,
                            other=declared_in[key],
                        ),
                    )
                )
    if problems:
        raise ZhanxinError(problems)
    return units


def _bureaus(entries: Sequence[PlanEntry]) -> tuple[dict[str, Bureau], dict[str, dict[str, str]]]:
    """One bureau per unit (the same name or alias in several plans is one unit), and for each
    plan its bureau ids → the reading plan's."""
    bureaus: dict[str, Bureau] = {}
    by_name: dict[str, str] = {}
    renames: dict[str, dict[str, str]] = {}
    for entry in entries:
        rename = renames[entry.key] = {}
        for bureau_id, bureau in entry.plan.bureaus.items():
            found = next((by_name[n] for n in (bureau.name, *bureau.aliases) if n in by_name), None)
            if found is None:
                found = bureau_id if bureau_id not in bureaus else f"{entry.key}/{bureau_id}"
                bureaus[found] = bureau
            else:
                known = bureaus[found]
                extra = [a for a in (bureau.name, *bureau.aliases) if a != known.name and a not in known.aliases]
                bureaus[found] = dataclasses.replace(known, aliases=[*known.aliases, *extra])
            for name in (bureau.name, *bureau.aliases):
                by_name.setdefault(name, found)
            rename[bureau_id] = found
    return bureaus, renames
