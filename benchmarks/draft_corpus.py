"""How well `zhanxin draft` reads plan texts it was not written against.

    .venv/bin/python benchmarks/draft_corpus.py --texts DIR                  # every text
    .venv/bin/python benchmarks/draft_corpus.py --texts DIR --split held_out  # the held-out part

Each file in benchmarks/draft_corpus/ is a careful person's reading of one real plan text,
written by hand: the address the text was taken from, whether it is a development text (read
while `draft` was improved) or held out (scored only at the end), the year a user would give
with --year when the text does not say it, and every target with its value, unit, comparator,
commitment, deadline, section (where the text has headings), lead and co-operating units.

The texts themselves are not in the repository (the page corpus they were taken from is
public material we may quote from, not republish): put them in DIR as NAME.txt, one per
reference, copied from the address in the reference. A text missing from DIR is named and
left out of the totals.

Per text and pooled: targets read with every field right, targets found (value and unit)
with some field wrong, targets missed, false targets (read where the person reads none), and
failures (the draft raised, or did not validate). Targets are paired by amount (value and unit,
1200 万人 being 12000000 人), then by the likeness of their names; a reference target marked
`optional` is a reading a person may or may not make: it is neither missed nor, when the draft
reads it, false.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REFERENCES = HERE / "draft_corpus"
FIELDS = ("comparator", "commitment", "deadline", "section", "lead", "co")


@dataclass
class Score:
    name: str
    split: str
    targets: int = 0
    right: int = 0
    found: int = 0
    false: int = 0
    failed: str = ""
    wrong: list[str] = field(default_factory=list)


def _names(plan: dict[str, Any], refs: list[str]) -> list[str]:
    return _spelled(plan["bureaus"][r]["name"] for r in refs)


def _spelled(names: Any) -> list[str]:
    """Names as one unit is spelled with or without its brackets: 县发改局(粮食局) is the bureau 县发改局粮食局
    with that spelling as an alias, as the plan format keeps a bracketed name."""
    return sorted(re.sub(r"[()（）]", "", n) for n in names)


_MAGNITUDES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}


def _amount(value: Any, unit: str) -> tuple[float, str]:
    """A value in its plain unit: 1200 万人 and 12000000 人 are one amount (亿元 stays a unit)."""
    for word, scale in _MAGNITUDES.items():
        if unit.startswith(word) and len(unit) > len(word) and unit[len(word) :] not in ("元", "美元"):
            return float(value) * scale, unit[len(word) :]
    return float(value), unit


def _same(target: dict[str, Any], want: dict[str, Any]) -> bool:
    """The same amount: value and unit, written with or without 万/亿."""
    (a, unit_a), (b, unit_b) = _amount(target["value"], target["unit"]), _amount(want["value"], want["unit"])
    return unit_a == unit_b and abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1)


def score_text(reference: dict[str, Any], draft: dict[str, Any], name: str) -> Score:
    """One text's score: the reference's targets paired with the draft's."""
    score = Score(name, reference["split"])
    pool = list(draft["targets"])
    wanted = [t for t in reference["targets"] if not t.get("optional")]
    for want in wanted:
        score.targets += 1
        same = [t for t in pool if _same(t, want)]
        if not same:
            score.wrong.append(f"{want['name']} {want['value']}{want['unit']}: not read")
            continue
        got = max(same, key=lambda t: difflib.SequenceMatcher(None, want["name"], t["name"]).ratio())
        pool.remove(got)
        score.found += 1
        mine = {
            "comparator": got["comparator"],
            "commitment": got.get("commitment", "ensure"),
            "deadline": str(got.get("deadline") or f"{draft['year']}-12-31"),
            "section": str(got["section"]),
            "lead": _names(draft, [got["lead"]] if got.get("lead") else []),
            "co": _names(draft, got.get("co") or []),
        }
        theirs = {
            "comparator": want["comparator"],
            "commitment": want.get("commitment", "ensure"),
            "deadline": str(want["deadline"]),
            "section": str(want["section"]) if "section" in want else mine["section"],
            "lead": _spelled([want["lead"]] if want.get("lead") else []),
            "co": _spelled(want.get("co") or []),
        }
        off = [f"{k} {mine[k]!r}, expected {theirs[k]!r}" for k in FIELDS if mine[k] != theirs[k]]
        if off:
            score.wrong.append(f"{want['name']} {want['value']}{want['unit']}: " + "; ".join(off))
        else:
            score.right += 1
    for maybe in (t for t in reference["targets"] if t.get("optional")):
        for t in pool:
            if _same(t, {"unit": t["unit"], **maybe}):
                pool.remove(t)
                break
    score.false = len(pool)
    score.wrong.extend(f"false target: {t['name']} {t['value']}{t['unit']} ({t['source']})" for t in pool)
    return score


def run(texts: Path, split: str, verbose: bool) -> list[Score]:
    from zhanxin_cli.draft.parse import draft_plan
    from zhanxin_cli.draft.source import read_plan_text
    from zhanxin_cli.plan.rules import validate_plan

    scores: list[Score] = []
    for path in sorted(REFERENCES.glob("*.yaml")):
        reference = yaml.safe_load(path.read_text(encoding="utf-8"))
        if split != "all" and reference["split"] != split:
            continue
        text = texts / f"{path.stem}.txt"
        if not text.exists():
            print(f"{path.stem}: no text at {text} (copy it from {reference['source']})", file=sys.stderr)
            continue
        try:
            draft = draft_plan(read_plan_text(text), year=reference.get("year")).data()
            _, problems = validate_plan(draft)
        except Exception as exc:  # a failure is a result here, counted and shown
            wanted = sum(not t.get("optional") for t in reference["targets"])
            score = Score(path.stem, reference["split"], targets=wanted)
            score.failed = f"{type(exc).__name__}: {exc}"
            scores.append(score)
            continue
        score = score_text(reference, draft, path.stem)
        if problems:
            score.failed = f"the draft does not validate: {problems[0]}"
        scores.append(score)
    return scores


def report(scores: list[Score], verbose: bool) -> str:
    lines = [f"{'text':<26} {'split':<12} {'targets':>7} {'right':>6} {'found':>6} {'false':>6}  failure"]
    for s in scores:
        lines.append(f"{s.name:<26} {s.split:<12} {s.targets:>7} {s.right:>6} {s.found:>6} {s.false:>6}  {s.failed}")
        if verbose:
            lines.extend(f"    {w}" for w in s.wrong)
    targets = sum(s.targets for s in scores)
    right = sum(s.right for s in scores)
    false = sum(s.false for s in scores)
    failed = sum(bool(s.failed) for s in scores)
    read = sum(s.found for s in scores) + false
    share = f"{right}/{targets} targets with every field right ({right / targets:.0%})" if targets else "no targets"
    lines.append(
        f"pooled over {len(scores)} texts: {share}; {false} false of {read} read ({false / max(read, 1):.0%}); "
        f"{failed} failures"
        if scores
        else "no texts scored"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, required=True, help="the folder holding NAME.txt for each reference")
    parser.add_argument("--split", choices=("all", "development", "held_out"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true", help="every field read differently")
    args = parser.parse_args()
    print(f"zhanxin draft on real plan texts, {dt.date.today()}")
    print(report(run(args.texts, args.split, args.verbose), args.verbose))


if __name__ == "__main__":
    main()
