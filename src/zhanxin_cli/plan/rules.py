"""Plan validation: structure by pydantic-core against the stored core schema
(:mod:`zhanxin_cli.plan.core_schema`), then the rules that need the whole plan (references,
duplicate ids, deadlines inside the plan's year, comparators that fit the kind, lead not also
co-operating) by :func:`check_plan`, which returns problems with pydantic-style locations so
that a reader can map them to file positions exactly like validation errors.

Pure: no file I/O, no printing, no clock.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..errors import describe
from ..i18n import Msg, did_you_mean
from .messages import PlanProblem, from_pydantic
from .model import KIND_COMPARATORS, Plan, Target, Task, plan_objects

if TYPE_CHECKING:
    from pydantic_core import SchemaValidator, ValidationError


def validate_structure(data: Any) -> Plan:
    """The plan objects for plan data whose structure is valid (types, required and unknown keys),
    without the whole-plan rules of :func:`check_plan`; raises pydantic-core's ``ValidationError``."""
    return plan_objects(_validator().validate_python(data))


@functools.cache
def _validator() -> SchemaValidator:
    """pydantic-core's validator over the stored schema (see :mod:`zhanxin_cli.plan.models`);
    pydantic-core is loaded only when a plan is validated, not when one comes from the cache."""
    from pydantic_core import SchemaValidator

    from .core_schema import CORE_SCHEMA

    return SchemaValidator(CORE_SCHEMA)  # a CoreSchema, stored as plain dicts


def check_plan(plan: Plan) -> list[PlanProblem]:
    """Rules that need the whole plan. An empty list means the plan is consistent."""
    problems: list[PlanProblem] = []
    if plan.end_year is not None and plan.end_year < plan.year:
        problems.append(
            PlanProblem(
                ("end_year",), Msg("end_year {end} is before the plan's year {year}", end=plan.end_year, year=plan.year)
            )
        )
    names = _check_bureau_names(plan, problems)
    _check_headlines(plan, problems)
    if plan.status_bands.off_track_pp >= plan.status_bands.behind_pp:
        problems.append(PlanProblem(("status_bands", "off_track_pp"), Msg("off_track_pp must be below behind_pp")))
    if plan.forecast_bands.unlikely > plan.forecast_bands.likely:
        problems.append(PlanProblem(("forecast_bands", "unlikely"), Msg("unlikely must not be above likely")))
    seen_ids: dict[str, tuple[str, int]] = {}
    items: list[tuple[str, int, Target | Task]] = [
        *(("targets", i, t) for i, t in enumerate(plan.targets)),
        *(("tasks", i, t) for i, t in enumerate(plan.tasks)),
    ]
    for group, i, item in items:
        here: tuple[str | int, ...] = (group, i)
        if item.id in seen_ids:
            other_group, other_i = seen_ids[item.id]
            problems.append(
                PlanProblem(
                    (*here, "id"),
                    Msg(
                        "duplicate id {id!r} (also {other}); ids must be unique across targets and tasks",
                        id=item.id,
                        other=f"{other_group}[{other_i}]",
                    ),
                )
            )
        else:
            seen_ids[item.id] = (group, i)
        _check_item(plan, item, here, names, problems)
        if isinstance(item, Target):
            _check_target(plan, item, here, problems)
    return problems


def _check_headlines(plan: Plan, problems: list[PlanProblem]) -> None:
    industry_of = {t.id: t.industry for t in plan.targets}
    for key, industry in plan.industries.items():
        for j, ref in enumerate(industry.headline):
            if ref not in industry_of:
                problems.append(
                    PlanProblem(
                        ("industries", key, "headline", j),
                        Msg("unknown target {name!r}{hint}", name=ref, hint=did_you_mean(ref, industry_of)),
                    )
                )
            elif industry_of[ref] != key:
                problems.append(
                    PlanProblem(
                        ("industries", key, "headline", j),
                        Msg("target {name!r} belongs to industry {industry!r}", name=ref, industry=industry_of[ref]),
                    )
                )


def _check_bureau_names(plan: Plan, problems: list[PlanProblem]) -> dict[str, str]:
    """Each name or alias must denote one bureau. Returns name → bureau id."""
    owner: dict[str, str] = {}
    for bureau_id, bureau in plan.bureaus.items():
        for j, name in enumerate((bureau.name, *bureau.aliases)):
            loc: tuple[str | int, ...] = (
                ("bureaus", bureau_id, "name") if j == 0 else ("bureaus", bureau_id, "aliases", j - 1)
            )
            if name in owner and owner[name] != bureau_id:
                problems.append(
                    PlanProblem(
                        loc, Msg("name {name!r} already denotes bureau {other!r}", name=name, other=owner[name])
                    )
                )
            elif name in owner:
                problems.append(PlanProblem(loc, Msg("alias {name!r} repeats a name of the same bureau", name=name)))
            else:
                owner[name] = bureau_id
    return owner


def _check_item(
    plan: Plan,
    item: Target | Task,
    here: tuple[str | int, ...],
    names: Mapping[str, str],
    problems: list[PlanProblem],
) -> None:
    if item.industry is not None and item.industry not in plan.industries:
        by_name = {industry.name: key for key, industry in plan.industries.items()}
        hint = (
            Msg("; did you mean {choice!r}?", choice=by_name[item.industry])
            if item.industry in by_name
            else did_you_mean(item.industry, plan.industries)
        )
        problems.append(
            PlanProblem(
                (*here, "industry"),
                Msg(
                    "unknown industry {name!r}; expected one of {choices}{hint}",
                    name=item.industry,
                    choices=", ".join(plan.industries) or "—",
                    hint=hint,
                ),
            )
        )
    for loc, ref in _unit_refs(item, here):
        if ref not in plan.bureaus:
            close = difflib.get_close_matches(ref, names, n=1, cutoff=0.75)
            hint = (
                Msg("; did you mean {choice!r}?", choice=names[ref])
                if ref in names
                else Msg("; did you mean {choice!r}?", choice=names[close[0]])
                if close
                else did_you_mean(ref, plan.bureaus)
            )
            message = Msg("unknown responsible unit {name!r}; declare it under bureaus{hint}", name=ref, hint=hint)
            problems.append(PlanProblem(loc, message))
    if item.lead is None and item.co:
        problems.append(PlanProblem((*here, "co"), Msg("co-operating units without a lead; set lead")))
    if item.lead is not None and item.lead in item.co:
        problems.append(
            PlanProblem(
                (*here, "co", item.co.index(item.lead)),
                Msg("lead {name!r} is also listed as co-operating", name=item.lead),
            )
        )
    for j, ref in enumerate(item.co):
        if ref in item.co[:j]:
            problems.append(PlanProblem((*here, "co", j), Msg("co-operating unit {name!r} listed twice", name=ref)))
    if item.deadline is not None and not plan.start_date <= item.deadline <= plan.end_date:
        problems.append(
            PlanProblem(
                (*here, "deadline"),
                Msg(
                    "deadline {deadline} is outside the plan's window {start} to {end}",
                    deadline=item.deadline.isoformat(),
                    start=plan.start_date.isoformat(),
                    end=plan.end_date.isoformat(),
                ),
            )
        )


def _unit_refs(item: Target | Task, here: tuple[str | int, ...]) -> list[tuple[tuple[str | int, ...], str]]:
    refs: list[tuple[tuple[str | int, ...], str]] = []
    if item.lead is not None:
        refs.append(((*here, "lead"), item.lead))
    refs.extend(((*here, "co", j), ref) for j, ref in enumerate(item.co))
    return refs


def _unknown_unit(plan: Plan, name: str, loc: tuple[str | int, ...]) -> PlanProblem:
    return PlanProblem(
        loc,
        Msg(
            "unknown unit {name!r}; expected one of {choices}{hint}",
            name=name,
            choices=", ".join(plan.units),
            hint=did_you_mean(name, plan.units),
        ),
    )


def _check_target(plan: Plan, target: Target, here: tuple[str | int, ...], problems: list[PlanProblem]) -> None:
    if target.unit not in plan.units:
        problems.append(_unknown_unit(plan, target.unit, (*here, "unit")))
    allowed = KIND_COMPARATORS[target.kind]
    if target.comparator not in allowed:
        problems.append(
            PlanProblem(
                (*here, "comparator"),
                Msg(
                    "comparator {comparator!r} does not fit kind {kind!r}; expected one of {choices}",
                    comparator=target.comparator,
                    kind=target.kind,
                    choices=", ".join(sorted(allowed)),
                ),
            )
        )
    if target.schedule is not None and target.kind not in ("cumulative", "level"):
        problems.append(
            PlanProblem(
                (*here, "schedule"),
                Msg("a schedule fits only a cumulative or level target, not kind {kind!r}", kind=target.kind),
            )
        )
    _check_window(plan, target, here, problems)
    one_item = target.comparator == "gt" and target.value == 0  # 超0个: at least one, a one-item target
    if target.kind in ("cumulative", "milestone") and target.value <= 0 and not one_item:
        problems.append(
            PlanProblem(
                (*here, "value"),
                Msg(
                    "a {kind} target needs a positive value, found {found:g}", kind=Msg(target.kind), found=target.value
                ),
            )
        )


def validate_plan(data: Any) -> tuple[Plan | None, list[PlanProblem]]:
    """Validate plan data completely: structure, then whole-plan rules.

    All problems are reported at once: targets and tasks that fail structurally are
    set aside so the rest of the plan can still be checked for references and rules.
    Returns the plan (None when there is any problem) and the problems.
    """
    from pydantic_core import ValidationError

    if not isinstance(data, dict):
        return None, [
            PlanProblem((), Msg("expected a mapping of plan keys at the top, found {found}", found=describe(data)))
        ]
    try:
        plan = validate_structure(data)
    except ValidationError as exc:
        year = data.get("year") if isinstance(data.get("year"), int) else None
        problems = [from_pydantic(err, year) for err in exc.errors()]
        repaired = _repair(data, exc)
        if repaired is not None:
            plan_data, replaced = repaired
            try:
                rest = check_plan(validate_structure(plan_data))
            except ValidationError:  # pragma: no cover - the placeholders always validate
                rest = []
            problems.extend(p for p in rest if p.loc[:3] not in replaced and p.loc[:2] not in replaced)
        return None, problems
    problems = check_plan(plan)
    return (None if problems else plan), problems


_PLACEHOLDERS: dict[str, Any] = {
    "section": "?",
    "name": "?",
    "source": "?",
    "industry": None,
    "deadline": None,
    "commitment": None,
    "lead": None,
    "co": [],
    "note": None,
    "value": 1.0,
    "comparator": "ge",
    "kind": "level",
}
"""Values that pass every whole-plan rule, put in place of a field that failed its type, so
that the rest of its item is still checked (and nothing is reported about the stand-in)."""


def _repair(data: dict[str, Any], exc: ValidationError) -> tuple[dict[str, Any], set[tuple[Any, ...]]] | None:
    """The plan with each target's or task's broken fields replaced by stand-ins, and the
    locations replaced; None when a problem lies outside the targets and tasks."""
    repaired = dict(data)
    lists: dict[str, list[Any]] = {}
    replaced: set[tuple[Any, ...]] = set()
    units = list(data.get("units") or {}) if isinstance(data.get("units"), dict) else []
    for err in exc.errors():
        loc = err["loc"]
        if not (len(loc) >= 2 and loc[0] in ("targets", "tasks") and isinstance(loc[1], int)):
            return None
        group, index = str(loc[0]), loc[1]
        items = lists.setdefault(group, [dict(x) if isinstance(x, dict) else x for x in data.get(group) or []])
        item = items[index] if index < len(items) else None
        if not isinstance(item, dict) or len(loc) < 3:
            replaced.add((group, index))
            items[index] = None
            continue
        field = str(loc[2])
        replaced.add((group, index, field))
        if err["type"] == "extra_forbidden":
            item.pop(field, None)
        elif field == "id":
            item["id"] = f"x{index}_{group}"
        elif field == "unit":
            item["unit"] = units[0] if units else "?"
        else:
            item[field] = _PLACEHOLDERS.get(field)
    for group, items in lists.items():
        repaired[group] = [x for x in items if x is not None]
        if len(repaired[group]) != len(items):  # a whole item was unusable: indices would shift
            return None
    return repaired, replaced


def _check_window(plan: Plan, target: Target, here: tuple[str | int, ...], problems: list[PlanProblem]) -> None:
    """A multi-year target's start, baseline and yearly milestones fit its window and its kind."""
    deadline = plan.deadline_of(target)
    start = plan.start_of(target)
    if target.start is not None and not plan.start_date <= target.start <= deadline:
        problems.append(
            PlanProblem(
                (*here, "start"),
                Msg(
                    "start {start} is outside the window {begin} to {end}",
                    start=target.start.isoformat(),
                    begin=plan.start_date.isoformat(),
                    end=deadline.isoformat(),
                ),
            )
        )
    _check_baseline(plan, target, here, problems)
    _check_milestones(target, start, deadline, here, problems)


def _check_baseline(plan: Plan, target: Target, here: tuple[str | int, ...], problems: list[PlanProblem]) -> None:
    deadline = plan.deadline_of(target)
    baseline = target.baseline
    if target.kind == "average_growth" and (baseline is None or not baseline.unit):
        problems.append(
            PlanProblem(
                (*here, "baseline"),
                Msg("an average_growth target needs a baseline with its year, value and the unit of its figures"),
            )
        )
    if baseline is not None:
        if target.kind in ("cumulative", "milestone"):
            problems.append(
                PlanProblem(
                    (*here, "baseline"),
                    Msg("a baseline fits a level, rate or average_growth target, not kind {kind!r}", kind=target.kind),
                )
            )
        if baseline.year >= deadline.year:
            problems.append(
                PlanProblem(
                    (*here, "baseline", "year"),
                    Msg(
                        "baseline year {year} is not before the deadline's year {deadline}",
                        year=baseline.year,
                        deadline=deadline.year,
                    ),
                )
            )
        if baseline.unit is not None:
            unit = plan.units.get(baseline.unit)
            if target.kind != "average_growth":
                problems.append(
                    PlanProblem((*here, "baseline", "unit"), Msg("a baseline unit fits only an average_growth target"))
                )
            elif unit is None:
                problems.append(_unknown_unit(plan, baseline.unit, (*here, "baseline", "unit")))
            if target.kind == "average_growth" and baseline.value <= 0:
                problems.append(
                    PlanProblem(
                        (*here, "baseline", "value"),
                        Msg("an average growth needs a positive baseline, found {found:g}", found=baseline.value),
                    )
                )


def _check_milestones(
    target: Target, start: dt.date, deadline: dt.date, here: tuple[str | int, ...], problems: list[PlanProblem]
) -> None:
    if target.milestones and target.kind in ("milestone", "average_growth"):
        problems.append(
            PlanProblem(
                (*here, "milestones"),
                Msg("yearly milestones fit a cumulative, level or rate target, not kind {kind!r}", kind=target.kind),
            )
        )
    years = [m.year for m in target.milestones]
    for j, milestone in enumerate(target.milestones):
        if not start.year <= milestone.year < deadline.year:
            problems.append(
                PlanProblem(
                    (*here, "milestones", j, "year"),
                    Msg(
                        "milestone year {year} is outside {first} to {last} (the years before the deadline's)",
                        year=milestone.year,
                        first=start.year,
                        last=deadline.year - 1,
                    ),
                )
            )
        elif j and milestone.year <= years[j - 1]:
            problems.append(
                PlanProblem(
                    (*here, "milestones", j, "year"),
                    Msg(
                        "milestone years must rise; {year} comes after {before}",
                        year=milestone.year,
                        before=years[j - 1],
                    ),
                )
            )
