"""The plan as data: pydantic models and the checks that span the whole plan.

Pure: no file I/O, no printing, no clock. Everything about a particular plan (its
year, industries, bureaus, units, thresholds) comes from the data; nothing here
knows about 2023.

Structure (types, required keys, unknown keys) is checked by the models; the rules
that need the whole plan (references, duplicate ids, deadlines inside the plan's
year, comparators that fit the kind, lead not also co-operating) by
:func:`check_plan`, which returns problems with pydantic-style locations so that a
reader can map them to file positions exactly like validation errors.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .catalogue import Msg
from .errors import describe

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]
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


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Unit(_Strict):
    """A unit of measure. Figures convert between units of one dimension by ``scale``."""

    dimension: Id = Field(description="Units convert only within one dimension, e.g. money_cny.")
    scale: float = Field(1.0, gt=0, allow_inf_nan=False, description="Size in the dimension's base unit.")
    integer: bool = Field(False, description="Counted in whole numbers (个, 家, 名): 超N then means at least N+1.")
    en: Text | None = Field(None, description="English label.")


class Industry(_Strict):
    """One of the plan's industries."""

    name: Text = Field(description="Name as the plan writes it.")
    en: Text | None = None
    headline: list[Text] = Field(
        [], description="Target ids shown as the industry's own figures (e.g. output, growth); default: its first two."
    )


class Bureau(_Strict):
    """A responsible unit (责任单位)."""

    name: Text = Field(description="Canonical name as the plan writes it, e.g. 市发改局.")
    aliases: list[Text] = Field([], description="Other spellings of the same unit.")
    en: Text | None = None


class _Item(_Strict):
    """Fields shared by targets and tasks."""

    id: Id = Field(description="Stable ASCII id used by figures files and scripts.")
    section: Text = Field(description="Section in the plan with corrected numbering, e.g. 三(二)2.")
    industry: Text | None = Field(None, description="Industry id, or null for cross-cutting items.")
    name: Text = Field(description="What is measured or done, as the plan words it.")
    deadline: dt.date | None = Field(None, description="Defaults to the end of the plan's year.")
    commitment: Commitment | None = Field(None, description="ensure (确保), strive (力争) or null.")
    lead: Text | None = Field(None, description="Lead unit's bureau id (marked * or the only one named).")
    co: list[Text] = Field([], description="Co-operating units' bureau ids.")
    source: Text = Field(description="The source sentence (原文).")
    note: Text | None = Field(None, description="How the source was read, where it is ambiguous.")


class Target(_Item):
    """A numeric target."""

    value: float = Field(allow_inf_nan=False, description="The target figure, in `unit`.")
    unit: Text = Field(description="A key of `units`, e.g. 亿元, %, 百分点, 个, 家, 名.")
    comparator: Comparator
    kind: Kind = Field(
        description="cumulative: year-to-date total, prorated (序时进度); rate: rate or share "
        "compared directly; level: a stock at a date; milestone: reached or not."
    )


class Task(_Item):
    """A qualitative measure or task."""


class StatusBands(_Strict):
    """Traffic-light bands. Cumulative and level targets: percentage points of schedule gap
    (completion − 序时进度). Rates and shares: percentage points short of the target itself."""

    behind_pp: float = Field(0.0, allow_inf_nan=False, description="Below this: behind (yellow).")
    off_track_pp: float = Field(-30.0, allow_inf_nan=False, description="At or below: off track (red).")
    rate_off_track_points: float = Field(
        3.0,
        gt=0,
        allow_inf_nan=False,
        description="A rate or share short of its target by this many percentage points or more: off track "
        "(red); short by less: behind (yellow).",
    )


class ForecastBands(_Strict):
    """Verdict thresholds on projection ÷ target at the deadline."""

    likely: float = Field(0.95, gt=0, allow_inf_nan=False, description="At or above: likely.")
    unlikely: float = Field(0.80, gt=0, allow_inf_nan=False, description="Below: unlikely; between: at risk.")


class Plan(_Strict):
    """The whole plan."""

    schema_version: Literal[1] = 1
    title: Text
    year: int = Field(ge=1900, le=2999)
    region: Text | None = None
    start: dt.date | None = Field(None, description="Start of the plan window; default 1 January.")
    source: Text | None = Field(None, description="Where the plan text comes from.")
    status_bands: StatusBands = StatusBands()
    forecast_bands: ForecastBands = ForecastBands()
    units: dict[Text, Unit]
    industries: dict[Id, Industry]
    bureaus: dict[Id, Bureau]
    targets: list[Target]
    tasks: list[Task] = []

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
    if not isinstance(data, dict):
        return None, [
            PlanProblem((), Msg("expected a mapping of plan keys at the top, found {found}", found=describe(data)))
        ]
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:
        year = data.get("year") if isinstance(data.get("year"), int) else None
        problems = [_from_pydantic(err, year) for err in exc.errors()]
        repaired = _repair(data, exc)
        if repaired is not None:
            plan_data, replaced = repaired
            try:
                rest = check_plan(Plan.model_validate(plan_data))
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
        name
        for model in (Plan, Target, Task, Unit, Industry, Bureau, StatusBands, ForecastBands)
        for name in model.model_fields
    }
)


def plan_json_schema() -> dict[str, Any]:
    """JSON Schema of a plan file, generated from the models."""
    schema = Plan.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "zhanxin plan"
    return schema
