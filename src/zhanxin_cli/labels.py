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
    "unit": ("单位", "Unit"),
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
    # statuses
    "met": ("已达标", "met"),
    "on_track": ("正常", "on track"),
    "behind": ("滞后", "behind"),
    "off_track": ("严重滞后", "off track"),
    "pending": ("待实现", "pending"),
    "missed": ("未完成", "missed"),
    "awaiting": ("待报", "awaiting"),
    "no_data": ("无数据", "no data"),
    "done": ("已完成", "done"),
    "in_progress": ("推进中", "in progress"),
    "not_started": ("未启动", "not started"),
    # status report
    "status_title": ("{title} · 进度（截至 {as_of}）", "{title} · progress as of {as_of}"),
    "elapsed": ("序时进度 {pct}", "time elapsed {pct}"),
    "n_targets_status": ("{n} 项指标", "{n} targets"),
    "n_tasks_status": ("{n} 项任务", "{n} tasks"),
    "alarm_title": ("‼ 确保类指标滞后", "‼ Ensure (确保) targets behind"),
    "by_industry": ("按产业", "By industry"),
    "by_bureau": ("按责任单位", "By responsible unit"),
    "by_target": ("按指标", "By target"),
    "tasks_title": ("任务", "Tasks"),
    "bureau": ("责任单位", "Responsible unit"),
    "n": ("指标数", "Targets"),
    "lead_n": ("牵头", "Leads"),
    "co_n": ("配合", "Co-op"),
    "co_lagging": ("配合滞后", "Co-op behind"),
    "lagging": ("滞后指标", "Lagging targets"),
    "headline": ("主要指标", "Headline figures"),
    "actual": ("实际", "Actual"),
    "period": ("期间", "Period"),
    "expected": ("序时应完成", "Due by now"),
    "gap": ("差距", "Gap"),
    "completion": ("完成率", "Completion"),
    "schedule_gap": ("偏差", "vs plan"),
    "status": ("状态", "Status"),
    "note": ("备注", "Note"),
    "stale": ("数据截至 {period}", "data as of {period}"),
    "provisional": ("末次 {period}：{status}", "last {period}: {status}"),
    "stale_count": ("（其中 {n} 项数据未更新）", " ({n} on older figures)"),
    "below_target": ("低于目标 {pp} 个百分点", "{pp} pp below target"),
    "above_ceiling": ("超出上限 {pp} 个百分点", "{pp} pp above the ceiling"),
    "off_target": ("偏离目标 {pp} 个百分点", "{pp} pp off target"),
    "at_not_above": ("等于目标，需超过", "at the target, must exceed it"),
    "behind_schedule": ("完成率落后序时进度 {pp} 个百分点", "completion {pp} pp behind schedule"),
    "ahead_of_schedule": ("完成率领先序时进度 {pp} 个百分点", "completion {pp} pp ahead of schedule"),
    "completion_of": ("完成率 {pct}", "completion {pct}"),
    "fail_on_title": ("检查未通过（--fail-on {what}）：{n} 项指标", "check failed (--fail-on {what}): {n} targets"),
    "pp": ("个百分点", "pp"),
    "co_mark": ("（配合）", " (co-op)"),
    "selection": ("筛选：{what}", "Filter: {what}"),
    "warnings": ("提示", "Warnings"),
    "colon": ("：", ": "),
    # forecast
    "forecast": ("年底预计", "Projection"),
    "verdict": ("预判", "Verdict"),
    "likely": ("可完成", "likely"),
    "at_risk": ("有风险", "at risk"),
    "unlikely": ("难完成", "unlikely"),
    "run_rate": ("按当前进度推算", "run rate"),
    "seasonal": ("按上年同期进度推算", "last year's seasonal profile"),
    "latest": ("取最新值", "latest value"),
    "final": ("期限已到，取实际值", "final figure"),
    # changes
    "changes_title": ("变化（较 {period}）", "Changes since {period}"),
    "newly_met": ("新达标", "newly met"),
    "improved": ("好转", "improved"),
    "worsened": ("恶化", "worsened"),
    "newly_stale": ("数据未更新", "newly stale"),
    "change": ("变化", "Change"),
    "before": ("之前", "Before"),
    "after": ("现在", "Now"),
    # history
    "history_title": ("{title} · 逐月进度（截至 {as_of}）", "{title} · month by month to {as_of}"),
    "trend": ("走势", "Trend"),
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
