"""A plan draft → plan.yaml text: a header that says what to review, then the plan."""

from __future__ import annotations

import yaml

from ..catalogue import Lang, Msg
from ..draft import Draft

_HEADER = {
    Lang.zh: (
        "# 由 zhanxin draft 从《{source}》生成的计划草稿：使用前须逐项审核。\n"
        "# {targets} 项指标（{doubtful} 项带 note: 待核对），{tasks} 项任务，"
        "{bureaus} 个责任单位，{industries} 个产业。\n"
        "# 审核流程：逐条看 note: → 改正并删去 note: → zhanxin validate 本文件 → 提交。\n"
    ),
    Lang.en: (
        "# A plan draft written by zhanxin draft from {source}: review every item before use.\n"
        "# {targets} targets ({doubtful} with a note: to check), {tasks} tasks, {bureaus} responsible units, "
        "{industries} industries.\n"
        "# Workflow: read each note: → correct the item and delete its note: → zhanxin validate this file → commit.\n"
    ),
}
_READING = {Lang.zh: "# 读取说明：\n", Lang.en: "# How the text was read:\n"}
_DOUBTFUL = {Lang.zh: "# 待核对的指标：\n", Lang.en: "# Targets to check:\n"}


def plan_yaml(draft: Draft, source: str, lang: Lang = Lang.zh) -> str:
    """The draft as a plan.yaml that ``zhanxin validate`` accepts, its review notes on top."""
    doubtful = draft.doubtful
    lines = [
        _HEADER[lang].format(
            source=source,
            targets=len(draft.targets),
            doubtful=len(doubtful),
            tasks=len(draft.tasks),
            bureaus=len(draft.bureaus),
            industries=len(draft.industries),
        )
    ]
    if draft.notes:
        lines.append(_READING[lang])
        lines.extend(f"#   - {_one_line(note, lang)}\n" for note in draft.notes)
    if doubtful:
        lines.append(_DOUBTFUL[lang])
        lines.extend(f"#   - {t.id} ({t.section}) {t.name}\n" for t in doubtful)
    lines.append("\n")
    body = yaml.safe_dump(draft.data(lang), allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    return "".join(lines) + body


def _one_line(note: Msg, lang: Lang) -> str:
    return " ".join(note.render(lang).split())
