"""Validation results and located problems as text, JSON and GitHub annotations.

Imports nothing of the report renderers: ``zhanxin validate`` loads only this.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import Problem
from ..i18n import Lang, label, localize

if TYPE_CHECKING:
    from ..plan.read import PlanCheck


def problem_dict(p: Problem, lang: Lang = Lang.zh) -> dict[str, Any]:
    return {"file": p.file, "line": p.line, "column": p.column, "message": localize(p.message, lang)}


def github_annotation(p: Problem, lang: Lang = Lang.zh) -> str:
    """One problem as a GitHub Actions ``::error`` line (shown on the offending line of a PR)."""
    where = f"file={p.file}"
    if p.line is not None:
        where += f",line={p.line}"
        if p.column is not None:
            where += f",col={p.column}"
    message = localize(p.message, lang).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::error {where}::{message}"


def _counts(check: PlanCheck) -> dict[str, int]:
    plan = check.plan
    assert plan is not None
    return {
        "targets": len(plan.targets),
        "tasks": len(plan.tasks),
        "bureaus": len(plan.bureaus),
        "industries": len(plan.industries),
    }


def validation_text(checks: Sequence[PlanCheck], lang: Lang, *, github: bool = False) -> tuple[str, str]:
    """(stdout, stderr): a summary line per valid file; each problem on a line of its own
    (on stdout as annotations with ``github``, else on stderr)."""
    out: list[str] = []
    err: list[str] = []
    sep = "，" if lang is Lang.zh else ", "
    for check in checks:
        if check.plan is not None:
            parts = [label(f"n_{key}", lang, n=n) for key, n in _counts(check).items()]
            out.append(f"{check.file}: {label('valid', lang)} ({sep.join(parts)})\n")
        elif github:
            out.extend(github_annotation(p, lang) + "\n" for p in check.problems)
        else:
            err.extend(p.render(lang) + "\n" for p in check.problems)
    return "".join(out), "".join(err)


def _record(check: PlanCheck, lang: Lang) -> dict[str, Any]:
    record: dict[str, Any] = {
        "file": check.file,
        "valid": check.plan is not None,
        "problems": [problem_dict(p, lang) for p in check.problems],
    }
    if check.plan is not None:
        record["counts"] = _counts(check)
    return record


def validation_json(checks: Sequence[PlanCheck], lang: Lang = Lang.zh) -> str:
    """One object for one file (``file``, ``valid``, ``problems``, ``counts``); a list of them for several."""
    records = [_record(c, lang) for c in checks]
    data: Any = records[0] if len(records) == 1 else records
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
