"""The wording of validation problems: pydantic-core's errors said as what was expected and
found, with the fix when a hand-written value has a known meaning (以上 → ge, 6月底前 → a date).

Pure: no file I/O, no printing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import fields
from typing import Any, NamedTuple

from ..errors import describe
from ..i18n import Msg, did_you_mean
from .model import Bureau, ForecastBands, Industry, Plan, StatusBands, Target, Task, Unit


class PlanProblem(NamedTuple):
    """A problem at a pydantic-style location inside the plan data."""

    loc: tuple[str | int, ...]
    message: str
    at_key: bool = False  # point at the key itself rather than its value


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
        **dict.fromkeys(("年均增长", "年均增速", "年均下降", "年均增长率"), "average_growth"),
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


def from_pydantic(err: Any, year: int | None = None) -> PlanProblem:
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
