"""Human-facing labels in Chinese (default) and English. Machine formats use ids."""

from __future__ import annotations

from enum import StrEnum


class Lang(StrEnum):
    zh = "zh"
    en = "en"


_LABELS: dict[str, tuple[str, str]] = {
    # column headings
    "id": ("编号", "ID"),
    "section": ("章节", "Section"),
    "industry": ("产业", "Industry"),
    "name": ("指标", "Target"),
    "task": ("任务", "Task"),
    "target": ("目标值", "Target value"),
    "kind": ("类型", "Kind"),
    "deadline": ("期限", "Deadline"),
    "commitment": ("承诺", "Commitment"),
    "lead": ("牵头单位", "Lead"),
    "co": ("配合单位", "Co-operating"),
    "cross_cutting": ("综合", "Cross-cutting"),
    "unassigned": ("未明确", "Not named"),
    # commitment
    "ensure": ("确保", "ensure"),
    "strive": ("力争", "strive"),
    # kind
    "cumulative": ("累计", "cumulative"),
    "rate": ("比率", "rate"),
    "level": ("时点", "level"),
    "milestone": ("节点", "milestone"),
    # summaries
    "targets_title": ("目标清单", "Targets"),
    "valid": ("有效", "valid"),
    "n_targets": ("{n} 项指标", "{n} targets"),
    "n_tasks": ("{n} 项任务", "{n} tasks"),
    "n_bureaus": ("{n} 个责任单位", "{n} responsible units"),
    "n_industries": ("{n} 个产业", "{n} industries"),
}


def label(key: str, lang: Lang = Lang.zh, **values: object) -> str:
    """The label for ``key`` in ``lang``; unknown keys come back unchanged."""
    pair = _LABELS.get(key)
    if pair is None:
        return key
    text = pair[0] if lang is Lang.zh else pair[1]
    return text.format(**values) if values else text


def list_separator(lang: Lang) -> str:
    return "、" if lang is Lang.zh else ", "
