"""The plan as data: its objects, their validation and the checks that span the whole plan.

Pure: no file I/O, no printing, no clock. Everything about a particular plan (its
year, industries, bureaus, units, thresholds) comes from the data; nothing here
knows about 2023.

Structure (types, required keys, unknown keys) is checked by pydantic-core against the
core schema of the pydantic models in :mod:`zhanxin_cli.plan_models`, stored in
:mod:`zhanxin_cli.plan_core_schema`; the plan objects are plain slotted dataclasses with
the models' fields (a test keeps the three equal). The rules
that need the whole plan (references, duplicate ids, deadlines inside the plan's
year, comparators that fit the kind, lead not also co-operating) by
:func:`check_plan`, which returns problems with pydantic-style locations so that a
reader can map them to file positions exactly like validation errors.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .catalogue import Msg
from .errors import describe

if TYPE_CHECKING:
    from pydantic_core import SchemaValidator, ValidationError

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Comparator = Literal["ge", "gt", "le", "lt", "eq"]
Commitment = Literal["ensure", "strive"]
Kind = Literal["cumulative", "rate", "level", "milestone"]

COMPARATOR_SYMBOLS: Mapping[str, str] = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "eq": "="}
KIND_COMPARATORS: Mapping[str, frozenset[str]] = {
    # A year-to-date total or a reached-or-not milestone only grows: only a floor makes sense.
    "cumulative": frozenset({"ge", "gt"}),
    "milestone": frozenset({"ge", "gt"}),
    "rate": frozenset(COMPARATOR_SYMBOLS),
    "level": frozenset(COMPARATOR_SYMBOLS),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """A unit of measure. Figures convert between units of one dimension by ``scale``."""

    dimension: str
    scale: float = 1.0
    integer: bool = False  # counted in whole numbers (个, 家, 名): 超N then means at least N+1
    en: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Industry:
    """One of the plan's industries."""

    name: str
    en: str | None = None
    headline: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Bureau:
    """A responsible unit (责任单位)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    en: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Item:
    """Fields shared by targets and tasks."""

    id: str
    section: str
    industry: str | None = None
    name: str
    deadline: dt.date | None = None
    commitment: Commitment | None = None
    lead: str | None = None
    co: list[str] = field(default_factory=list)
    source: str
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Target(_Item):
    """A numeric target."""

    value: float
    unit: str
    comparator: Comparator
    kind: Kind


@dataclass(frozen=True, slots=True, kw_only=True)
class Task(_Item):
    """A qualitative measure or task."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusBands:
    """Traffic-light bands (see :class:`zhanxin_cli.plan_models.StatusBands`)."""

    behind_pp: float = 0.0
    off_track_pp: float = -30.0
    rate_off_track_points: float = 3.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ForecastBands:
    """Verdict thresholds on projection ÷ target at the deadline."""

    likely: float = 0.95
    unlikely: float = 0.80


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The whole plan, validated (see :func:`validate_plan`)."""

    schema_version: Literal[1] = 1
    title: str
    year: int
    region: str | None = None
    start: dt.date | None = None
    source: str | None = None
    status_bands: StatusBands = StatusBands()
    forecast_bands: ForecastBands = ForecastBands()
    units: dict[str, Unit]
    industries: dict[str, Industry]
    bureaus: dict[str, Bureau]
    targets: list[Target]
    tasks: list[Task] = field(default_factory=list)

    @property
    def start_date(self) -> dt.date:
        return self.start or dt.date(self.year, 1, 1)

    @property
    def end_date(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    def deadline_of(self, item: Target | Task) -> dt.date:
        return item.deadline or self.end_date

    def industry_named(self, name: str) -> str | None:
        """The id of the industry with this id or name; None if there is none."""
        if name in self.industries:
            return name
        return next((key for key, industry in self.industries.items() if industry.name == name), None)

    def bureau_named(self, name: str) -> str | None:
        """The id of the bureau with this name, alias or id; None if there is none."""
        for bureau_id, bureau in self.bureaus.items():
            if name in (bureau_id, bureau.name) or name in bureau.aliases:
                return bureau_id
        return None


def validate_structure(data: Any) -> Plan:
    """The plan objects for plan data whose structure is valid (types, required and unknown keys),
    without the whole-plan rules of :func:`check_plan`; raises pydantic-core's ``ValidationError``."""
    return plan_objects(_validator().validate_python(data))


def plan_objects(data: Mapping[str, Any]) -> Plan:
    """The plan objects for data that the stored core schema has validated (nested dicts, as
    :func:`dataclasses.asdict` gives them back): no check is made here."""
    return Plan(
        **{
            **data,
            "status_bands": StatusBands(**data["status_bands"]),
            "forecast_bands": ForecastBands(**data["forecast_bands"]),
            "units": {key: Unit(**unit) for key, unit in data["units"].items()},
            "industries": {key: Industry(**industry) for key, industry in data["industries"].items()},
            "bureaus": {key: Bureau(**bureau) for key, bureau in data["bureaus"].items()},
            "targets": [Target(**target) for target in data["targets"]],
            "tasks": [Task(**task) for task in data["tasks"]],
        }
    )


@functools.cache
def _validator() -> SchemaValidator:
    """pydantic-core's validator over the stored schema (see :mod:`zhanxin_cli.plan_models`);
    pydantic-core is loaded only when a plan is validated, not when one comes from the cache."""
    from pydantic_core import SchemaValidator

    from .plan_core_schema import CORE_SCHEMA

    return SchemaValidator(CORE_SCHEMA)  # a CoreSchema, stored as plain dicts


class PlanProblem(NamedTuple):
    """A problem at a pydantic-style location inside the plan data."""

    loc: tuple[str | int, ...]
    message: str
    at_key: bool = False  # point at the key itself rather than its value


def did_you_mean(word: str, choices: Iterable[str]) -> str:  # a Msg, or an empty string
    """A "; did you mean 'x'?" suffix, or an empty string."""
    options = list(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close and word:
        close = [c for c in options if c.startswith(word)][:2]
        close = close if len(close) == 1 else []
    return Msg("; did you mean {choice!r}?", choice=close[0]) if close else ""


def check_plan(plan: Plan) -> list[PlanProblem]:
    """Rules that need the whole plan. An empty list means the plan is consistent."""
    problems: list[PlanProblem] = []
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


def _check_target(plan: Plan, target: Target, here: tuple[str | int, ...], problems: list[PlanProblem]) -> None:
    if target.unit not in plan.units:
        problems.append(
            PlanProblem(
                (*here, "unit"),
                Msg(
                    "unknown unit {name!r}; expected one of {choices}{hint}",
                    name=target.unit,
                    choices=", ".join(plan.units),
                    hint=did_you_mean(target.unit, plan.units),
                ),
            )
        )
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
    if target.kind in ("cumulative", "milestone") and target.value <= 0:
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
        problems = [_from_pydantic(err, year) for err in exc.errors()]
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


_EXPECTED: dict[str, str] = {
    "int_type": "expected an integer",
    "int_parsing": "expected an integer",
    "int_from_float": "expected an integer",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "finite_number": "expected a finite number",
    "string_type": "expected text",
    "string_too_short": "expected text that is not empty",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "date_type": "expected a date YYYY-MM-DD",
    "date_parsing": "expected a date YYYY-MM-DD",
    "date_from_datetime_parsing": "expected a date YYYY-MM-DD",
    "date_from_datetime_inexact": "expected a date YYYY-MM-DD",
    "dict_type": "expected a mapping",
    "model_type": "expected a mapping",
    "model_attributes_type": "expected a mapping",
    "list_type": "expected a list",
    "string_pattern_mismatch": "expected an id of lowercase letters, digits and _, starting with a letter",
    "string_too_long": "expected at most {max_length} characters",
    "literal_error": "expected one of {expected}",
    "greater_than": "expected a number greater than {gt}",
    "greater_than_equal": "expected a number at least {ge}",
    "less_than_equal": "expected a number at most {le}",
}


COMPARATOR_WORDS: dict[str, str] = {
    **dict.fromkeys((">=", "≥", "=>", "以上", "不低于", "不少于", "达到", "至少"), "ge"),
    **dict.fromkeys((">", "超", "超过", "突破", "高于", "多于"), "gt"),
    **dict.fromkeys(("<=", "≤", "=<", "以内", "以下", "不超过", "不高于", "控制在"), "le"),
    **dict.fromkeys(("<", "低于", "少于"), "lt"),
    **dict.fromkeys(("=", "==", "等于"), "eq"),
}
"""How a plan's text (or a spreadsheet habit) writes a comparator, for the hint that fixes it."""

WRITTEN_AS: dict[str, dict[str, str]] = {
    "comparator": COMPARATOR_WORDS,
    "commitment": {"确保": "ensure", "力争": "strive", "争取": "strive"},
    "kind": {
        **dict.fromkeys(("累计", "总量", "累计值"), "cumulative"),
        **dict.fromkeys(("增速", "增长率", "比重", "占比", "比例"), "rate"),
        **dict.fromkeys(("存量", "水平", "时点"), "level"),
        **dict.fromkeys(("里程碑", "破零", "零的突破"), "milestone"),
    },
}
"""Chinese words for the values of the fields that take English keywords."""

_DEADLINE_WORD = re.compile(
    r"^(?:(?P<month>\d{1,2})月(?:底|末)?|(?P<quarter>[一二三四1-4])季度末?|(?P<year>年)(?:底|末))前?$"
)


_NUMBER_WITH_UNIT = re.compile(r"^\s*([+-]?\d[\d,，]*(?:\.\d+)?)\s*(\S*)\s*$")


def deadline_hint(text: str, year: int | None) -> str:
    """The date a plan's deadline words mean ("6月底前" → 2023-06-30), or an empty string."""
    found = _DEADLINE_WORD.match(text.strip())
    if found is None or year is None:
        return ""
    month = 12
    if found["month"]:
        month = int(found["month"])
    elif found["quarter"]:
        month = 3 * (" 一二三四".find(found["quarter"]) if not found["quarter"].isdigit() else int(found["quarter"]))
    if not 1 <= month <= 12:
        return ""
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{last:02d}"


def _from_pydantic(err: Any, year: int | None = None) -> PlanProblem:
    """Turn one pydantic error into a message that says what was expected and found."""
    loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "missing":
        return PlanProblem(loc, Msg("missing required key {key!r}", key=loc[-1]))
    if kind == "extra_forbidden":
        hint = did_you_mean(str(loc[-1]), _KEYS)
        return PlanProblem(loc, Msg("unknown key {key!r}{hint}", key=loc[-1], hint=hint), at_key=True)
    found = err.get("input")
    message = Msg("{expected}, found {found}", expected=_expected(err, loc, year), found=describe(found))
    return PlanProblem(loc, message, at_key="[key]" in loc)


def _expected(err: Any, loc: tuple[str | int, ...], year: int | None) -> Msg:
    """What was expected, with the fix when a hand-written value has a known meaning
    (以上 → ge, 6月底前 → a date, 115亿 → the number alone)."""
    kind = err["type"]
    found = err.get("input")
    number = (
        _NUMBER_WITH_UNIT.match(found) if kind in ("float_type", "float_parsing") and isinstance(found, str) else None
    )
    if number is not None:
        digits = number[1].replace(",", "").replace("，", "")
        if digits == number[1] and not number[2]:
            return Msg("expected a number (write {number} without quotes)", number=digits)
        return Msg("expected a number (write {number} here and the unit under unit)", number=digits)
    if kind.startswith("date") and isinstance(found, str) and (date := deadline_hint(found, year)):
        return Msg("expected a date YYYY-MM-DD ({words} is {date})", words=found, date=date)
    ctx = dict(err.get("ctx") or {})
    if kind == "literal_error":  # pydantic's "'ge', 'gt' or 'eq'" → "ge, gt, eq"
        ctx["expected"] = ", ".join(re.findall(r"'([^']*)'", str(ctx.get("expected", ""))))
    template = _EXPECTED.get(kind)
    if template is not None:
        expected = Msg(template, **{k: v for k, v in ctx.items() if f"{{{k}}}" in template})
    else:  # a message pydantic words itself, in English
        text = str(err["msg"]).removeprefix("Value error, ")
        expected = (
            Msg("{detail}", detail="expected " + text.removeprefix("Input should be "))
            if text.startswith("Input should be ")
            else Msg("{detail}", detail=text[0].lower() + text[1:])
        )
    words = WRITTEN_AS.get(str(loc[-1]), {}) if kind == "literal_error" else {}
    if isinstance(found, str) and found.strip() in words:
        return Msg(
            "{expected}; {word!r} is written {written}", expected=expected, word=found, written=words[found.strip()]
        )
    return expected


_KEYS = sorted(
    {
        item.name
        for cls in (Plan, Target, Task, Unit, Industry, Bureau, StatusBands, ForecastBands)
        for item in fields(cls)
    }
)
