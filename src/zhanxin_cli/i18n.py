"""Every word zhanxin says to people, in Chinese (the default) and English.

Two kinds: **labels** (table headings, statuses: :func:`label`) and **messages** (errors,
warnings, hints: :class:`Msg`). A message is written in English where it arises, with its
values as arguments, and shown in the user's language only when it is printed; its Chinese
is looked up here by its English template. Machine formats use ids, not labels.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Mapping
from enum import StrEnum


class Lang(StrEnum):
    zh = "zh"
    en = "en"


def default_lang() -> Lang:
    """ZHANXIN_LANG=en switches everything, ``--help`` included; Chinese otherwise."""
    return Lang.en if os.environ.get("ZHANXIN_LANG", "").lower().startswith("en") else Lang.zh


class Msg(str):
    """A message in English that knows its Chinese: ``str(msg)`` is the English text, and
    :meth:`render` gives it in a language. Arguments that are messages themselves are
    rendered in the same language, so messages compose."""

    template: str
    args: Mapping[str, object]

    def __new__(cls, template: str, **args: object) -> Msg:
        made = super().__new__(cls, _fill(template, args, Lang.en))
        made.template = template
        made.args = args
        return made

    def render(self, lang: Lang) -> str:
        if lang is Lang.en:
            return str(self)
        return _fill(MESSAGES.get(self.template, self.template), self.args, lang)


def _fill(template: str, args: Mapping[str, object], lang: Lang) -> str:
    return template.format(**{k: localize(v, lang) if isinstance(v, str) else v for k, v in args.items()})


def localize(text: str, lang: Lang) -> str:
    """A message in ``lang``; plain text as it is."""
    return text.render(lang) if isinstance(text, Msg) else text


_LABELS: dict[str, tuple[str, str]] = {
    # the header of a plan draft (zhanxin draft)
    "draft_header": (
        "由 zhanxin draft 从《{source}》生成的计划草稿：使用前须逐项审核。",
        "A plan draft written by zhanxin draft from {source}: review every item before use.",
    ),
    "draft_counts": (
        "{targets} 项指标（{doubtful} 项带 note: 待核对），{tasks} 项任务，{bureaus} 个责任单位，{industries} 个产业。",
        "{targets} targets ({doubtful} with a note: to check), {tasks} tasks, {bureaus} responsible units, "
        "{industries} industries.",
    ),
    "draft_workflow": (
        "审核流程：逐条看 note: → 改正并删去 note: → zhanxin validate 本文件 → 提交。",
        "Workflow: read each note: → correct the item and delete its note: → zhanxin validate this file → commit.",
    ),
    "draft_reading": ("读取说明：", "How the text was read:"),
    "draft_doubtful": ("待核对的指标：", "Targets to check:"),
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
    "window_start": ("起算日", "Window start"),
    "start_value": ("起点值", "Start value"),
    "milestone_year": ("年度节点", "Yearly milestone"),
    "measured": ("报送值", "Figure reported"),
    "milestone_of": ("{year}年度节点", "{year} milestone"),
    "plan_column": ("计划", "Plan"),
    "plan_years": ("计划期", "Years"),
    "as_of_column": ("截至", "As of"),
    "elapsed_column": ("序时进度", "Time elapsed"),
    "alarms_column": ("确保类告警", "Ensure alarms"),
    "unreported_column": ("未报单位", "Units not reported"),
    "total_row": ("合计", "Total"),
    "portfolio_title": ("{n} 项计划总览", "{n} plans at a glance"),
    "plan_section": ("计划 {name}：{title}", "Plan {name}: {title}"),
    "plan_ended": (
        "{title}：计划期至 {end} 结束，按 {end} 报告",
        "{title}: the plan ended in {end}, reported as of {end}",
    ),
    "plan_not_started": (
        "{title}：计划期自 {start} 开始，尚未开始，未列入",
        "{title}: starts in {start}, not begun, left out",
    ),
    "plan_without": ("{title}：没有 {what}，未列入", "{title}: has no {what}, left out"),
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
    "average_growth": ("年均增长", "average growth"),
    # statuses
    "met": ("已达标", "met"),
    "on_track": ("正常", "on track"),
    "behind": ("滞后", "behind"),
    "off_track": ("严重滞后", "off track"),
    "pending": ("待实现", "pending"),
    "missed": ("未完成", "missed"),
    "overdue": ("逾期未报", "overdue"),
    "awaiting": ("待报", "awaiting"),
    "expired": ("数据过期", "expired"),
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
    "suspect": ("待核实", "to verify"),
    "listed_above": ("（其中 {n} 项见上）", " ({n} of them listed above)"),
    "suspect_count": ("（{n} 项待核实）", " ({n} to verify)"),
    "suspect_title": (
        "待核实（数据像是有误，核实前不判红绿）",
        "To verify (a figure looks wrong; not lit until checked)",
    ),
    "report.notes": ("数据提示", "Notes on the figures"),
    "unreported_silent": ("未报", "Not reported"),
    "unreported_some": ("未更新", "Not updated"),
    "unreported_line": ("{unit}（{n}项）：{targets}", "{unit} ({n} targets) — {targets}"),
    "and_more": ("等，另{n}项", " and {n} more"),
    "unreported_title": ("未报单位 / 未更新", "Units that have not reported"),
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
    "warning": ("提示：", "warning: "),
    "colon": ("：", ": "),
    # forecast
    "forecast": ("年底预计", "Projection"),
    "forecast_due": ("到期预计", "Projection at deadline"),
    "verdict": ("预判", "Verdict"),
    "likely": ("可完成", "likely"),
    "at_risk": ("有风险", "at risk"),
    "unlikely": ("难完成", "unlikely"),
    "run_rate": ("按当前进度推算", "run rate"),
    "seasonal": ("按上年同期进度推算", "last year's seasonal profile"),
    "latest": ("取最新值", "latest value"),
    "level_trend": ("按以往走势推算", "trend so far"),
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
    "form.guide_text": (
        "填报说明\n\n1. 只填“数值”列（需要时填“备注”）；编号、名称、期间、单位已填好，不要改动。\n2. 数值填 1—{month} 月的累计数（如 1—11 月产值合计），不是当月数；增速、比重填百分数（如 21.3 表示 21.3%）。\n3. 按本行“单位”填写（亿元、万元、个、家、名……）；单位不同时请在“单位”栏注明，系统会自动换算。\n4. 任务行的数值从下拉列表中选择：未启动、推进中 或 已完成。\n5. 没有可报的数据请留空或填“—”，不要填 0。\n6. “上期数值”是上次报送的数字，仅供参考。\n\n报送给：\n联系电话：",
        "How to fill in\n\n1. Fill in the value column only (and a note where needed); id, name, period and unit are set.\n2. A value is the year-to-date total for January–month {month}, not the month alone; rates and shares in percent (21.3 means 21.3%).\n3. Use the row's unit; write another unit in the unit column and it is converted.\n4. A task's value comes from the drop-down: not started, in progress or done.\n5. Leave a value empty (or write —) when there is nothing to report; do not write 0.\n6. The previous value is the figure last reported, as a hint.\n\nSend to:\nTelephone:",
    ),
    # the report's words
    "report.made": ("由 zhanxin 生成", "made with zhanxin"),
    "report.bands": ("状态口径", "Status bands"),
    "report.as_of": ("数据截至", "Figures as of"),
    "report.elapsed": ("序时进度", "time elapsed"),
    "report.sources": ("数据来源", "Sources"),
    "report.plan": ("计划", "Plan"),
    # explain
    "explain.section": ("章节", "section"),
    "explain.source": ("原文", "source"),
    "explain.as_of": ("截至", "as of"),
    "explain.months": ("个月", "months"),
    "explain.elapsed": ("序时进度", "time elapsed"),
    "explain.whole": (
        "全额目标（比率、时点和节点类指标不按序时折算）",
        "the whole target (rates, levels and milestones are not prorated)",
    ),
    "explain.one_item": (
        "只有一项（{value}），按节点判断：达到或未达到",
        "a single item ({value}), judged as a milestone: reached or not",
    ),
    "explain.threshold": ("超{value}按整数计，须达到 {needed}", "more than {value} in whole units: {needed} needed"),
    "explain.judged_at": (
        "按数据所属期间 {period} 判断（数据未更新）",
        "judged at the figure's own period {period} (no newer figure)",
    ),
    "explain.ratio_floor": ("实际 ÷ 目标", "actual ÷ target"),
    "explain.ratio_distance": ("(实际 − 起点) ÷ (目标 − 起点)", "(actual − start) ÷ (target − start)"),
    "explain.baseline": ("基期 {year} 年：{value}", "baseline {year}: {value}"),
    "explain.milestone": (
        "{year} 年度节点：按一年期目标考核；总目标 {whole}，期限 {deadline}",
        "yearly milestone {year}: judged as a one-year target; the whole target {whole}, due {deadline}",
    ),
    "explain.start_value": ("起点 {value}（{why}）", "start {value} ({why})"),
    "explain.from_baseline": ("基期值", "the baseline"),
    "explain.from_milestone": ("上一年度节点", "the previous yearly milestone"),
    "explain.growth": (
        "年均增长 = (({level} ÷ {base})^(12 ÷ {months}) − 1) × 100 = {rate}（{months} 个月，自基期年末起）",
        "average growth = (({level} ÷ {base})^(12 ÷ {months}) − 1) × 100 = {rate} ({months} months since the "
        "baseline year's end)",
    ),
    "explain.ratio_ceiling": ("目标 ÷ 实际", "target ÷ actual"),
    "explain.points": ("实际 − 目标", "actual − target"),
    "explain.points_ceiling": ("目标 − 实际", "target − actual"),
    "explain.after_deadline": ("期限后数据（仅列示，不改变状态）", "figures after the deadline (shown, never judged)"),
    "explain.figures": ("历次数据", "figures"),
    "explain.projection_ratio": ("预计完成比", "ratio"),
    "explain.last_year_share": ("上年同期完成比例", "last year's share by this month"),
    "explain.final_rule": ("期限已到，以期限数据为准", "the deadline has come: the deadline's figure decides"),
    "explain.rule_met_cum": ("已达到目标", "the target is reached"),
    "explain.rule_met_final": ("期限数据达到目标", "the deadline's figure reaches the target"),
    "explain.rule_missed": ("期限数据未达到目标", "the deadline's figure falls short"),
    "explain.rule_awaiting": (
        "期限已到，尚无期限当月数据；末次数据 {period} 的判断为「{status}」",
        "the deadline has come without its figure; the last one, {period}, says {status}",
    ),
    "explain.rule_pending": ("节点尚未达到，期限未到", "not yet reached, before the deadline"),
    "explain.rule_on_track_cum": ("偏差 ≥ {behind} 个百分点", "off by ≥ {behind} pp"),
    "explain.rule_behind_cum": ("{off} < 偏差 < {behind} 个百分点", "{off} < off by < {behind} pp"),
    "explain.rule_off_track_cum": ("偏差 ≤ {off} 个百分点", "off by ≤ {off} pp"),
    "explain.rule_on_track": ("期限未到，当前已达到目标", "before the deadline, the target currently holds"),
    "explain.rule_behind_rate": ("差距小于 {points} 个百分点", "short by less than {points} pp"),
    "explain.rule_off_track_rate": ("差距达到 {points} 个百分点或以上", "short by {points} pp or more"),
    "explain.rule_no_data": ("截至当期无数据", "no figure up to the as-of date"),
    "explain.rule_overdue": (
        "期限已过 {lag} 个月以上，仍无期限当月数据",
        "the deadline's figure is more than {lag} months late",
    ),
    "explain.rule_expired": (
        "末次数据 {period} 已超过 {months} 个月，不再据以判断；当时的判断为「{status}」",
        "the last figure, {period}, is {months} or more months old and no longer judged by; it said {status}",
    ),
    "explain.rule_pending_level": (
        "存量指标按期限判断，尚无趋势可循，期限未近",
        "a level is judged at its deadline; no trend yet, and the deadline is not near",
    ),
    "explain.rule_behind_milestone": (
        "距期限不足 {months} 个月仍未达到",
        "not reached with less than {months} months to the deadline",
    ),
    "explain.expired_cap": ("数据过期，不判可完成", "expired: never judged likely"),
    "explain.rule_ceiling_breached": (
        "累计值已超过上限，不可逆",
        "the year-to-date total is past its ceiling for good",
    ),
    # help
    "help.usage": ("用法：", "Usage: "),
    "help.options": ("选项：", "Options:"),
    "help.arguments": ("参数：", "Arguments:"),
    "help.commands": ("命令：", "Commands:"),
    "help.OPTIONS": ("[选项]", "[OPTIONS]"),
    "help.COMMAND": ("命令 [参数]...", "COMMAND [ARGS]..."),
    "help.required": ("（必填）", " (required)"),
    "help.envvar": ("（环境变量 {name}）", " (environment variable {name})"),
    "help.more": ("用 zhanxin 命令 -h 查看各命令的帮助。", "Run zhanxin COMMAND -h for a command's help."),
    # form
    "form.sheet": ("填报表", "Figures"),
    "form.guide": ("填报说明", "How to fill in"),
    "form.title": (
        "{unit}{year}年{month}月战新指标填报表",
        "{unit}: strategic emerging industries figures for {month}/{year}",
    ),
    "form.all_units": ("", "all units"),
    "form.tasks": ("未启动,推进中,已完成", "not started,in progress,done"),
    "form.number_title": ("请填数字", "A number, please"),
    "form.number_error": (
        "数值栏只能填数字（单位写在“单位”栏，或直接按本行单位填）。",
        "Only a number goes here, in this row's unit.",
    ),
    "form.task_title": ("请从下拉列表中选择", "Choose from the list"),
    "form.task_error": ("任务请填：未启动、推进中 或 已完成。", "A task is: not started, in progress or done."),
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


MESSAGES: dict[str, str] = {
    "cells past column {limit:,}, the most a row may have, were not read": "第 {limit:,} 列（一行最多读取的列数）以后的单元格未读取",
    "rows from here on were not read: the sheet holds more than {limit:,} cells": "从此行起未读取：这张表超过 {limit:,} 个单元格",
    "the file holds {n:,} files inside, more than the {limit:,} a workbook or Word file may: open it in Excel, WPS or Word and save it again": "文件内含 {n:,} 个文件，超过工作簿或 Word 文件最多允许的 {limit:,} 个：请在 Excel、WPS 或 Word 中打开后重新保存",
    "the file inflates to {mib:,} MiB when unzipped, more than the {limit} MiB a workbook or Word file may: open it in Excel, WPS or Word and save it again": "文件解压后有 {mib:,} MiB，超过工作簿或 Word 文件最多允许的 {limit} MiB：请在 Excel、WPS 或 Word 中打开后重新保存",
    "the workbook is protected by a password: open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, left empty) and save it": "工作簿设有打开密码：请在 Excel 或 WPS 中打开，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空）后保存",
    "expected a number, found a time ({found}): the spreadsheet turned what was typed into a time; format the cell as a number and type the figure again": "应为数字，实际为时间（{found}）：表格把输入的内容变成了时间；请把单元格设为数值后重新填写",
    "a link that leads to no file, skipped": "链接指向不存在的文件（或循环链接），已跳过",
    "a link to a file outside this folder, not followed": "链接指向本文件夹以外的文件，未读取",
    "a value past row {limit:,}, the most a sheet may have, was not read": "第 {limit:,} 行（一张表最多读取的行数）以后的数值未读取",
    "no name could be read for this item: named after its text; write its name": "未能读出此项的名称：暂以原文开头命名，请改为正式名称",
    "no heading above this item in the text: its section is its position, {n}; write the section the plan gives it": "原文中此项上方没有标题：章节暂按其位置记为 {n}，请改为计划中的章节",
    "no heading above this item in the text: its section is its line's number, {n}; check it": "原文中此项上方没有标题：章节按其所在行的序号记为 {n}，请核对",
    "cannot read the Word file: it is damaged or not a .docx; open it in Word or WPS and save it again": "无法读取该 Word 文件：文件已损坏或不是 .docx；请在 Word 或 WPS 中打开后重新保存",
    "expected a file, found a pipe or device: zhanxin reads files only": "应为文件，实际为管道或设备：zhanxin 只读取文件",
    "expected a finite number, found {found} of {n:,} digits": "应为有限的数字，实际为 {n:,} 位的 {found}",
    "a schedule fits only a cumulative or level target, not kind {kind!r}": "schedule 只适用于累计或时点指标，不适用于类型 {kind!r}",
    "a lock file Excel or WPS leaves beside an open workbook, skipped": "Excel 或 WPS 打开工作簿时留下的锁定文件，已跳过",
    "expected a number, found a date ({found}): the spreadsheet turned what was typed into a date; format the cell as a number and type the figure again": "应为数字，实际为日期（{found}）：表格把输入的内容变成了日期；请把单元格设为数值后重新填写",
    "{unit} leads no targets or tasks but co-operates on {n}: add --co": "{unit} 不牵头任何指标或任务，配合 {n} 项：请加 --co",
    "{unit} has no targets or tasks in this plan": "{unit} 在本计划中没有指标或任务",
    "{file}: {n} targets and tasks": "{file}：{n} 项指标和任务",
    "no figures filled in yet (the values are empty); fill them in, or give --as-of YYYY-MM": "还没有填写数值（数值列为空）：请填写后再算，或用 --as-of YYYY-MM 指定月份",
    "{n} figures of {unit} are after {month}, the latest month most units reached ({units} units reported): the report is as of {month}; give --as-of {latest} to report on {latest}": "{unit} 有 {n} 个数据晚于 {month}（多数单位报到的最新月份，共 {units} 个单位报送）：报告截至 {month}；要按 {latest} 出报告，请加 --as-of {latest}",
    # zhanxin draft: what a reviewer must check
    "a unit per unit ({unit}): check its declaration under units": "复合单位（{unit}）：请核对 units 下的声明",
    "an approximate figure (左右, 约): check the comparator and the value": "约数（左右、约）：请核对比较方式和数值",
    "file is larger than {mib} MiB, the most a plan text may be": "文件超过 {mib} MiB，计划原文最大不能超过这个大小",
    "the draft does not validate: {problem}": "草稿未通过校验：{problem}",
    "{file}: {targets} targets ({doubtful} to check), {tasks} tasks; next: read the notes, then zhanxin validate {file}": (
        "{file}：{targets} 项指标（{doubtful} 项待核对），{tasks} 项任务；下一步：逐条看 note:，再 zhanxin validate {file}"
    ),
    "a Word 97–2003 .doc file: save it as .docx or .txt": "这是 Word 97–2003 的 .doc 文件：请另存为 .docx 或 .txt",
    "expected text in UTF-8 or GB18030, or a .docx file": "应为 UTF-8 或 GB18030 文本，或 .docx 文件",
    "cannot read the Word file: {why}": "无法读取 Word 文件：{why}",
    "removed {n} line(s) of a web copy's header or page numbers": "删去网页转载的页眉或页码 {n} 行",
    "removed the page markers 1、 … {n}、 of a copied document and joined its pages": (
        "删去转载文档的页码标记 1、…{n}、，并把各页接起来"
    ),
    "“{title}” reports what was done: no figure in it is read as a target": "“{title}”报告的是已做的工作：其中的数字都不读作指标",
    "removed the * that mark {n} item(s) of a list": "删去清单中 {n} 项前的 * 标记",
    "joined {n} line(s) a PDF's extraction broke mid-sentence": "接回 PDF 提取时在句中断开的 {n} 行",
    "removed {n} pinyin reading(s) in brackets after characters (產(chǎn)), a web copy's annotations": (
        "删去网页转载在汉字后括注的拼音 {n} 处（產(chǎn)）"
    ),
    "the text is written in traditional characters ({n} of them): read, and quoted, in simplified characters": (
        "原文为繁体字（{n} 个）：已按简体字读取，引文也为简体"
    ),
    "a target of 0: read as at most 0 (none); check the comparator": "目标值为 0：按“不高于 0”（没有）读取，请核对比较方式",
    "{section}: the text numbers it {written}; renumbered {corrected}": "{section}：原文编号为 {written}，已改为 {corrected}",
    "no * marks the lead among {names}: the first is taken as lead": "{names} 中没有用 * 标出牵头单位：暂以第一个为牵头单位",
    "a bracket of responsible units is not closed: read to the end of its line; check it": (
        "列出责任单位的括号没有闭合：读到该行末尾，请核对"
    ),
    "stated again later in the text, read once: {source}": "原文后面再次写到这项指标，只读一次：{source}",
    "Draft plan for {year}": "{year}年计划草稿",
    "a headline's amount the text tells as a result is not read: {source}": "标题中的数值在正文中是已取得的结果，不作为指标读取：{source}",
    "a paragraph reporting the year so far is not read for targets: {source}": "这一段报告的是年内进展，不读取指标：{source}",
    "one amount for each of {names} (分别): read as {n} targets; check them": "{names} 分别共用一个数值：按 {n} 项指标读取，请核对",
    "one amount for two rates ({name}): read as two targets; check them": "两项指标共用一个数值（{name}）：按两项指标读取，请核对",
    "one amount for {n} rates ({name}): read as {n} targets; check them": "{n} 项指标共用一个数值（{name}）：按 {n} 项指标读取，请核对",
    "an estimate for {year}, before the plan's years, is not read as a target: {source}": "{year} 年的预计数早于计划年度，不作为指标读取：{source}",
    "a result for {year}, before the plan's years, is not read as a target: {source}": "{year} 年的实绩早于计划年度，不作为指标读取：{source}",
    "a sentence that measures a result against its target is not read as a target: {source}": (
        "将实绩与目标比较的句子报告的是实绩，不作为指标读取：{source}"
    ),
    "section {section} reports what was done: its figures are not read as targets": "第{section}部分回顾已完成的工作：其中的数字不作为指标读取",
    "the part under “{title}” reports what was done: its figures are not read as targets": "“{title}”之下回顾已完成的工作：其中的数字不作为指标读取",
    "the lines after “{frame}” report progress field by field: not read as targets": "“{frame}”之后逐个方面报告进展：其中的数字不作为指标读取",
    "the lines above “{title}” report what was done: not read as targets": "“{title}”之上的各行回顾已完成的工作：其中的数字不作为指标读取",
    "a target named for a bureau ({name}): read as its share, the bureau leading": "指标以单位命名（{name}）：按该单位承担的份额读取，由其牵头",
    "one amount for a list ({name}): read as one target each; check them": "多个对象共用一个数值（{name}）：已拆为每项一个指标，请核对",
    "a “开门红” (strong start) aim: due at the first quarter's end; check it": "“开门红”目标：期限按一季度末，请核对",
    "a target with no year of its own in a plan of several years: due at its end, {year}; check it": "多年期规划（方案）中此项未写年份：期限按规划期末 {year} 年底，请核对",
    "a sentence that measures what was done against the year's task is not read for targets: {source}": "按年度任务计算完成比例的句子报告的是实绩，不作为指标读取：{source}",
    "the text has no % sign: {n} growth(s) standing bare (增长7.5左右) are read in %; check them": "原文没有百分号：{n} 处单独写数字的增长（增长7.5左右）按 % 读取，请核对",
    "the list opening “{first}” reports {year}: its figures are not read as targets": "以“{first}”开头的列表报告 {year} 年的实绩：其中的数字不作为指标读取",
    "a price rise or an unemployment rate is a ceiling: read as at most {value}; check it": "价格涨幅、失业率是上限：按“不超过 {value}”读取，请核对",
    "a pollutant's concentration is a ceiling: read as at most {value}; check it": "污染物浓度是上限：按“不超过 {value}”读取，请核对",
    "the text opens on a past plan's tasks done: no figure in it is read as a target": "原文开头说一个已结束的计划任务已完成：全文数字不作为指标读取",
    "the text is GBK shown as Latin-1 (mojibake, {sample}…): decoded again": "原文是被当作 Latin-1 显示的 GBK 乱码（{sample}…）：已重新解码",
    "the text looks like GBK shown as Latin-1 (mojibake, {sample}…) and cannot be decoded again: nothing in it is read; open the source with its own encoding": "原文像是被当作 Latin-1 显示的 GBK 乱码（{sample}…），且已无法还原：不读取其中任何内容；请按原编码打开来源文件",
    "{n} line(s) hold only a number with no unit ({numbers}…): not read; add them by hand if they are targets": "{n} 行只有数字、没有单位（{numbers}…）：未读取；如是指标，请手工补入",
    "{n} line(s) hold an amount with no name ({amounts}…): not read as targets; add them by hand if they are": (
        "{n} 行只有数量、没有指标名称（{amounts}…）：未作为指标读取；如是指标，请手工补入"
    ),
    "written {written}: read as {unit}; check the unit": "原文写作 {written}：按 {unit} 读取，请核对单位",
    "a 分别 list of {figures} figures for {items} items: check the pairing": "“分别”列出 {figures} 个数字对应 {items} 项：请核对对应关系",
    "{words}: not a month; check the deadline": "{words}：不是月份，请核对时限",
    "{words}: not a date; check the deadline": "{words}：不是有效日期，请核对时限",
    "no year in the text: give --year": "原文中没有年份：请用 --year 指定",
    "the paragraph says 确保/力争 elsewhere: check that it does not cover this target": (
        "本段别处有“确保/力争”：请核对是否也管到本指标"
    ),
    "no 以上 or 达到: read as at least; check the comparator": "原文没有“以上”或“达到”：按“不低于”读取，请核对",
    "this number may be what exists now rather than a target": "这个数字可能是现有数量而不是目标",
    "the number stands before its noun: check that it is a target, not what exists now": (
        "数字在名词之前：请核对它是目标而不是现有数量"
    ),
    # words used inside messages
    "target": "指标编号",
    "period": "期间",
    "value": "数值",
    "unit": "单位",
    "note": "备注",
    "cumulative": "累计",
    "rate": "比率",
    "level": "时点",
    "milestone": "节点",
    "boolean": "布尔值",
    "integer": "整数",
    "number": "数字",
    "string": "文本",
    "list": "列表",
    "mapping": "映射",
    "null": "空值",
    "date": "日期",
    "date-time": "日期时间",
    "a date": "日期",
    "an integer": "整数",
    "a number": "数字",
    "a boolean": "布尔值",
    "{kind}": "{kind}",
    "{kind} {value}": "{kind} {value}",
    "{detail}": "{detail}",
    "; did you mean {choice!r}?": "；是否想写 {choice!r}？",
    "; did you mean one of {choices}?": "；是否想写以下之一：{choices}？",
    "expected a whole number from {low} to {high}": "应为 {low} 到 {high} 之间的整数",
    " (location approximate)": "（位置为大致位置）",
    # reading a figure
    "expected a month 1-12, found {found!r}": "月份应为 1-12，实际为 {found!r}",
    "expected a real date, found {found!r}": "应为真实存在的日期，实际为 {found!r}",
    "expected a period YYYY-MM or YYYY-MM-DD, found {found!r}": "应为 YYYY-MM（如 2023-11）或 YYYY-MM-DD，实际为 {found!r}",
    "expected a number, found {found!r}": "应为数字，实际为 {found!r}",
    "expected a unit ({units}), found {found!r}": "单位应为 {units} 之一，实际为 {found!r}",
    "expected a unit convertible to {unit}, found {found!r}": "单位应能换算为 {unit}，实际为 {found!r}",
    "expected a task status ({words}), found {found!r}": "任务状态应为 {words} 之一，实际为 {found!r}",
    "the value says {written!r} but the unit column says {column!r}": "数值写的单位是 {written!r}，单位列却是 {column!r}",
    "a {kind} figure cannot be negative, found {found:g}": "{kind}类指标的数值不能为负，实际为 {found:g}",
    "expected a whole number of {unit}, found {found:g}": "{unit}应为整数，实际为 {found:g}",
    "{found:g} {unit} is more than {times} times the target ({target:g} {unit}): a figure in the wrong unit?": (
        "{found:g} {unit} 超过目标（{target:g} {unit}）的 {times} 倍：是否填错了单位？"
    ),
    "{found:g}{unit} for a target of {target:g}{unit} looks like a fraction that lost its % format: "
    "did you mean {meant:g}?": "目标为 {target:g}{unit}，填报 {found:g}{unit} 像是丢了百分号格式的小数：是否应为 {meant:g}？",
    # merging figures
    "{id} {period}: {here} here but {there} at {place}": "{id} {period}：此处为 {here}，但 {place} 为 {there}",
    "{id}: milestone reached and then lost: {before} ({before_period}) → {after} ({after_period}); "
    "the later figure is used": "{id}：节点达到后又回落：{before}（{before_period}）→ {after}（{after_period}），按后一数据计",
    "{id}: year-to-date figure falls: {before} ({before_period}) → {after} ({after_period}); "
    "the later figure is used": "{id}：累计数下降：{before}（{before_period}）→ {after}（{after_period}），按后一数据计",
    "{id}: {after} ({after_period}) is less than {before} ({before_period}) and about one month's "
    "amount: it looks like the month alone, not the 1-{month}月 year-to-date total": "{id}：{after}（{after_period}）比 {before}（{before_period}）还小，约为一个月的量：像是只填了当月数，而不是 1—{month} 月累计数",
    "{id}: year-to-date figure jumps from {before} ({before_period}) to {after} ({after_period}), "
    "more than {times} times: a figure in the wrong unit?": (
        "{id}：累计数从 {before}（{before_period}）跳到 {after}（{after_period}），超过 {times} 倍：是否填错了单位？"
    ),
    # figures files
    "byte 0x{byte:02x} is not {encoding}; save the file as CSV UTF-8, or name its encoding with --encoding": (
        "字节 0x{byte:02x} 不是 {encoding} 编码；请把文件另存为“CSV UTF-8”，或用 --encoding 指明编码"
    ),
    "unreadable CSV: {why}": "无法读取的 CSV：{why}",
    "… and {n} more problems in this file": "……本文件另有 {n} 处问题",
    "expected a CSV file, found a directory": "应为 CSV 文件，实际是文件夹",
    "no such file": "文件不存在",
    "cannot read file: {why}": "无法读取文件：{why}",
    "the workbook's sheets hold more than {limit:,} cells, values and rows, the most zhanxin reads: "
    "delete the empty rows and columns past the figures, or save the sheet as CSV": (
        "工作簿各工作表中的单元格、数值和行合计超过 {limit:,} 个，超出 zhanxin 读取的上限："
        "请删除数据以外的空行和空列，或把工作表另存为 CSV"
    ),
    "the Word file holds more than {limit:,} paragraphs, runs and other parts, the most a plan text may": (
        "该 Word 文件中的段落、文字块等元素超过 {limit:,} 个，超出计划文本的上限"
    ),
    "no such file or folder": "没有这个文件或文件夹",
    "permission denied": "没有权限",
    "it is a folder": "这是一个文件夹",
    "a part of the path is not a folder": "路径中有一段不是文件夹",
    "the disk is full": "磁盘已满",
    "the disk quota is used up": "磁盘配额已用完",
    "the disk is read-only": "磁盘是只读的",
    "the file name is too long": "文件名太长",
    "the file is in use by another program": "文件正被其他程序占用（例如在 Excel 或 WPS 中打开）",
    "too many files open": "打开的文件太多",
    "the disk could not be read or written (an input/output error)": "磁盘读写出错（输入/输出错误）",
    "a link that points back to itself": "链接指向自身，形成循环",
    "unknown encoding {encoding!r}": "未知编码 {encoding!r}",
    "expected a header row (指标编号,期间,数值[,单位,备注]), found an empty file": "应有表头行（指标编号,期间,数值[,单位,备注]），文件却是空的",
    "{n} rows with no value were skipped (rows {rows})": "跳过了 {n} 行未填数值的行（第 {rows} 行）",
    "{column}: {text!r} is a date, read as the month {month} (and {others} other dates); write periods as YYYY-MM": (
        "{column}：{text!r} 是日期，已按 {month} 月读取（另有 {others} 个同类日期）；期间请写成 YYYY-MM"
    ),
    "{column}: {text!r} is a date, read as the month {month}; write periods as YYYY-MM": (
        "{column}：{text!r} 是日期，已按 {month} 月读取；期间请写成 YYYY-MM"
    ),
    "{column}: expected a period within {year}, found {found}": "{column}：期间应在 {year} 年内，实际为 {found}",
    "; a number with a thousands separator (1,086) must be quoted or written without the comma": (
        "；带千位分隔符的数字（1,086）须加引号或去掉逗号"
    ),
    "expected {width} columns as in the header, found {count}{hint}": "应与表头一样有 {width} 列，实际为 {count} 列{hint}",
    "{column}: unknown target or task id {id!r}{hint}": "{column}：未知的指标或任务编号 {id!r}{hint}",
    "{column}: {message}": "{column}：{message}",
    "column {name!r} appears twice (also column {other})": "列 {name!r} 出现了两次（另见第 {other} 列）",
    "expected a column {name!r} in the header, found {found}": "表头中应有“{name}”列，实际为 {found}",
    "expected CSV text, found a gzip-compressed file; decompress it first": "应为 CSV 文本，实际是 gzip 压缩文件；请先解压",
    "expected CSV UTF-8 or GBK, found UTF-32 text; save it as CSV UTF-8": "应为 UTF-8 或 GBK 编码的 CSV，实际是 UTF-32；请另存为“CSV UTF-8”",
    "expected CSV UTF-8 or GBK, found UTF-16 text; save it as CSV UTF-8": "应为 UTF-8 或 GBK 编码的 CSV，实际是 UTF-16；请另存为“CSV UTF-8”",
    "expected CSV text, found a NUL byte (a binary file?)": "应为 CSV 文本，却有 NUL 字节（二进制文件？）",
    "expected UTF-8 or GBK text, found byte 0x{byte:02x}; save the file as CSV UTF-8, or name its encoding "
    "with --encoding": "应为 UTF-8 或 GBK 文本，却有字节 0x{byte:02x}；请另存为“CSV UTF-8”，或用 --encoding 指明编码",
    "a quoted field opened here is never closed": "此处开始的引号没有闭合",
    "cannot read the workbook: {why}; open it in Excel or WPS and save it as .xlsx": (
        "无法读取工作簿：{why}；请在 Excel 或 WPS 中打开，另存为 .xlsx"
    ),
    "cannot read a {suffix} spreadsheet; open it in Excel or WPS and save it as .xlsx": (
        "无法读取 {suffix} 格式的表格；请在 Excel 或 WPS 中打开，另存为 .xlsx"
    ),
    "{column}: {name!r} is a name, read as the id {id}": "{column}：{name!r} 是指标名称，已按编号 {id} 读取",
    "{n} rows that are not figures were skipped: rows {rows}": "跳过了 {n} 行非数据行：第 {rows} 行",
    "{found!r} is how a spreadsheet shows a month: write it as YYYY-MM, e.g. 2023-11": "{found!r} 是电子表格显示月份的方式：请写成 YYYY-MM，如 2023-11",
    "{found!r} is a spreadsheet's date number ({date}): write the period as YYYY-MM": "{found!r} 是电子表格的日期序号（{date}）：期间请写成 YYYY-MM",
    "no sheet has a figures header (指标编号, 期间, 数值)": "没有一张工作表有数据表头（指标编号、期间、数值）",
    "a formula with no saved value: open the file in Excel or WPS and save it again": "公式没有保存计算结果：请在 Excel 或 WPS 中打开后重新保存",
    "a field longer than {limit:,} characters": "单元格超过 {limit:,} 个字符",
    # report options
    "no figures files (.csv, .xlsx, .xls, .ods) in this folder": "此文件夹中没有数据文件（.csv、.xlsx、.xls、.ods）",
    "no figures to take the date from: give figures files, or YYYY-MM": "没有数据可定截至日期：请给出数据文件，或用 YYYY-MM 指定",
    "expected a period within the plan's year {year}, found {found}": "期间应在计划年度 {year} 年内，实际为 {found}",
    "unknown industry {name!r}{hint}": "未知产业 {name!r}{hint}",
    "unknown responsible unit {name!r}{hint}": "未知责任单位 {name!r}{hint}",
    "unknown target {name!r}{hint}": "未知指标 {name!r}{hint}",
    "needs an output folder: -o DIR": "需要输出文件夹：-o 文件夹",
    "an .xlsx form needs a file to write: -o FORM.xlsx": ".xlsx 表格需要写到文件：-o 表格.xlsx",
    # the command line
    "unknown option {option}{hint}": "没有选项 {option}{hint}",
    "unknown command {option}{hint}": "没有命令 {option}{hint}",
    "missing option {option}": "缺少选项 {option}",
    "missing argument {option}": "缺少参数 {option}",
    "option {option} needs a value": "选项 {option} 需要一个值",
    "option {option} takes no value": "选项 {option} 不带值",
    "unexpected extra arguments: {option}": "多余的参数：{option}",
    "invalid value {value!r} for {option}; choose from {choices}": "{option} 的值 {value!r} 无效；可选：{choices}",
    "invalid value for {option}: {value}": "{option} 的值无效：{value}",
    "{message} (see {command} -h)": "{message}（用 {command} -h 查看帮助）",
    "internal error: {kind}: {detail} (rerun with --debug for details)": "内部错误：{kind}：{detail}（加 --debug 重新运行可查看详情）",
    # writing files
    "refusing to write outside {folder}": "拒绝写到 {folder} 之外",
    "expected a folder, found a file": "应为文件夹，实际是文件",
    "cannot create folder: {why}": "无法创建文件夹：{why}",
    "refusing to overwrite a file this command reads": "拒绝覆盖本命令正在读取的文件",
    "expected a file name, found a directory": "应为文件名，实际是文件夹",
    "file exists; use --force to replace it": "文件已存在；如要替换请加 --force",
    "no such directory: {folder}": "文件夹不存在：{folder}",
    "cannot write: {why}": "无法写入：{why}",
    # plan files
    "expected a plan file, found a directory": "应为计划文件，实际是文件夹",
    "file is larger than {mib} MiB, the most a plan may be": "文件超过 {mib} MiB，计划文件最大不能超过这个大小",
    "expected a YAML mapping, found an empty file": "应为 YAML 映射，文件却是空的",
    "expected UTF-8 text, found {name}; save the file as UTF-8": "应为 UTF-8 文本，实际是 {name}；请另存为 UTF-8",
    "expected UTF-8 text, found byte 0x{byte:02x} that is not UTF-8 (GBK? save the file as UTF-8)": (
        "应为 UTF-8 文本，字节 0x{byte:02x} 不是 UTF-8（GBK？请另存为 UTF-8）"
    ),
    "nesting deeper than {depth} levels": "嵌套超过 {depth} 层",
    "duplicate key {key!r} (first at line {line}); YAML would silently keep only the last": (
        "重复的键 {key!r}（第一次在第 {line} 行）；YAML 会悄悄只保留最后一个"
    ),
    "expected a YAML mapping, found an empty document": "应为 YAML 映射，文档却是空的",
    "invalid YAML: expected a single document in the stream, but found another document": "YAML 无效：只应有一个文档，却有第二个",
    "invalid YAML: alias *{anchor} refers to a node that contains it": "YAML 无效：别名 *{anchor} 引用了包含它自身的节点",
    "invalid YAML: found undefined alias {anchor!r}": "YAML 无效：未定义的别名 {anchor!r}",
    "merge keys (<<) are not supported in a plan: write the keys out in full": "计划中不支持合并键（<<）：请把键逐一写出",
    "unsupported YAML tag {tag}: a plan holds only plain values": "不支持的 YAML 标签 {tag}：计划中只能有普通值",
    "document expands to more than {nodes:,} nodes through aliases (an alias bomb?)": (
        "经别名展开后超过 {nodes:,} 个节点（别名炸弹？）"
    ),
    "expected a plain key, found a collection": "键应为普通值，实际是集合",
    "invalid YAML: {detail}": "YAML 语法错误（{detail}）",
    "invalid YAML: {explained} ({detail})": "YAML 语法错误：{explained}（{detail}）",
    "a list is not closed with ]": "列表缺少 ]",
    "a mapping is not closed with }}": "映射缺少 }}",
    "a colon where no key can start (a missing space, or wrong indentation?)": "此处不能有冒号（冒号后缺空格，或缩进不对？）",
    "a key without its colon": "键缺少冒号",
    "a character that cannot start a value (a tab? indent with spaces)": "有不能作为值开头的字符（制表符？请用空格缩进）",
    "the file ends inside a quoted value": "引号没有闭合，文件就结束了",
    "wrong indentation": "缩进不对",
    "wrong indentation in a list": "列表缩进不对",
    "text after the end of the document": "文档结束后还有内容",
    "a control character": "有控制字符",
    "cannot read {value!r} as {kind}{why}": "无法把 {value!r} 读作{kind}{why}",
    " ({reason})": "（{reason}）",
    "the month must be 1 to 12": "月份应为 1 到 12",
    "that month has no such day": "该月没有这一天",
    "the year is out of range": "年份超出范围",
    "a line break inside a field that is not in quotes: save the file again as CSV from Excel or WPS": "不在引号内的字段中有换行：请用 Excel 或 WPS 重新另存为 CSV",
    "the CSV cannot be read here ({detail}): save the file again as CSV from Excel or WPS": "此处的 CSV 无法读取（{detail}）：请用 Excel 或 WPS 重新另存为 CSV",
    # the plan's rules
    "off_track_pp must be below behind_pp": "off_track_pp 必须小于 behind_pp",
    "unlikely must not be above likely": "unlikely 不能大于 likely",
    "duplicate id {id!r} (also {other}); ids must be unique across targets and tasks": (
        "编号 {id!r} 重复（另见 {other}）；指标和任务的编号必须唯一"
    ),
    "target {name!r} belongs to industry {industry!r}": "指标 {name!r} 属于产业 {industry!r}",
    "name {name!r} already denotes bureau {other!r}": "名称 {name!r} 已用于责任单位 {other!r}",
    "alias {name!r} repeats a name of the same bureau": "别名 {name!r} 与同一单位的名称重复",
    "unknown industry {name!r}; expected one of {choices}{hint}": "未知产业 {name!r}；应为 {choices} 之一{hint}",
    "unknown responsible unit {name!r}; declare it under bureaus{hint}": "未知责任单位 {name!r}；请在 bureaus 下声明{hint}",
    "co-operating units without a lead; set lead": "有配合单位却没有牵头单位；请设置 lead",
    "lead {name!r} is also listed as co-operating": "牵头单位 {name!r} 同时列为配合单位",
    "co-operating unit {name!r} listed twice": "配合单位 {name!r} 列了两次",
    "deadline {deadline} is outside the plan's window {start} to {end}": "期限 {deadline} 不在计划期 {start} 至 {end} 之内",
    "end_year {end} is before the plan's year {year}": "end_year {end} 早于计划年度 {year}",
    "start {start} is outside the window {begin} to {end}": "起始日 {start} 不在 {begin} 至 {end} 之内",
    "plan": "计划",
    "the workbook's table of texts (sharedStrings.xml) holds {mib:,} MiB unzipped, more than the {limit} MiB a figures form may: copy the figures into a new workbook, or save the sheet as CSV": (
        "工作簿的文本表（sharedStrings.xml）解压后有 {mib:,} MiB，超过数据表允许的 {limit} MiB：请把数据复制到新工作簿，"
        "或把工作表另存为 CSV"
    ),
    "no unit named": "未明确单位",
    "{names} 分别牵头 but the text has {n} targets here: the first unit is taken as lead": (
        "{names} 分别牵头，但此处有 {n} 项指标：暂以第一个为牵头单位，请核对"
    ),
    "its zip structure is damaged (the file is cut short, or not an .xlsx)": "压缩结构已损坏（文件不完整，或并非 .xlsx）",
    "a part every workbook holds is missing": "缺少工作簿必有的组成部分",
    "its XML is damaged": "其中的 XML 已损坏",
    "the file could not be read ({why})": "文件无法读取（{why}）",
    "the spreadsheet library does not recognise it ({kind})": "表格程序无法识别它（{kind}）",
    "从X到Y names no year for X: the baseline year is taken as {year}; check it": (
        "从X到Y 未写 X 的年份：基期年份暂按 {year}，请核对"
    ),
    "从X到Y: read as a level from its baseline; check the kind": "从X到Y：按自基期起的时点指标（level）读取，请核对类型",
    "a range {range}: read as its floor; check it": "区间 {range}：按下限读取，请核对",
    "an average annual change: to judge it by the compound rate, add a baseline (year, value, unit) and set kind: average_growth": (
        "年均变化率：如需按复合增长率考核，请补充基期（baseline 的 year、value、unit）并设 kind: average_growth"
    ),
    "a task table of {n} rows was read row by row: check each row's units": "任务分解表共 {n} 行，已逐行读取：请核对各行的责任单位",
    "a table of {n} indicators by year was read row by row: check each row": "按年份列出的指标表共 {n} 行，已逐行读取：请逐行核对",
    "the text is a web page's HTML source: read as the page shows it, its tables as rows": (
        "原文是网页的 HTML 源代码：已按网页显示的文字读取，表格逐行读取"
    ),
    "the text is dated {date}, the year before the plan's: 明年 is read as {year}": (
        "原文日期为 {date}，早于计划年度一年：“明年”按 {year} 年读取"
    ),
    "a yearly average with no year of its own: over the years to {date}, as the plan's other items; check it": (
        "年均指标未写年份：按计划其他指标的期限计至 {date}，请核对"
    ),
    "no year is said for this item in a plan of several years: due at the end of {year}; check it": (
        "多年计划中此项未写年份：期限暂按 {year} 年底，请核对"
    ),
    "the baseline year {year} is not before the deadline: left out; check it": "基期年份 {year} 不早于期限：未写入基期，请核对",
    "no plan files (.yaml, .yml) in this folder": "文件夹中没有计划文件（.yaml、.yml）",
    "unit {unit!r} is declared differently in {other}; a unit must mean one thing in every plan read together": (
        "单位 {unit!r} 与 {other} 中的定义不同；一同读取的各计划中，同一单位须含义一致"
    ),
    "{column}: {id!r} is a target of several plans ({plans}): say which in a column {plan}, or write PLAN/{id}": (
        "{column}：{id!r} 是多个计划（{plans}）的指标：请加一列「{plan}」注明，或写作 计划/{id}"
    ),
    "{column}: plan {plan!r} has no target or task {id!r}": "{column}：计划 {plan!r} 中没有指标或任务 {id!r}",
    "{column}: unknown plan {plan!r}{hint}": "{column}：未知计划 {plan!r}{hint}",
    "last year's figures are read for one plan at a time: give one --plan": "上年数据一次只能对一个计划读取：请只给一个 --plan",
    "target {id!r} is in several plans: give one of {choices}": "指标 {id!r} 在多个计划中：请写作 {choices} 之一",
    "{id}: expected a period within {plan}'s years {years}, found {found}": (
        "{id}：期间应在《{plan}》的计划期 {years} 年内，实际为 {found}"
    ),
    "an average_growth target needs a baseline with its year, value and the unit of its figures": (
        "年均增长（average_growth）目标须有基期：年份、基期值和报送数据的单位（baseline 的 year、value、unit）"
    ),
    "a baseline fits a level, rate or average_growth target, not kind {kind!r}": (
        "基期（baseline）只适用于 level、rate 或 average_growth 目标，不适用于 kind {kind!r}"
    ),
    "baseline year {year} is not before the deadline's year {deadline}": "基期年份 {year} 应早于期限年份 {deadline}",
    "a baseline unit fits only an average_growth target": "基期单位（baseline.unit）只用于 average_growth 目标",
    "an average growth needs a positive baseline, found {found:g}": "年均增长须有正的基期值，实际为 {found:g}",
    "yearly milestones fit a cumulative, level or rate target, not kind {kind!r}": (
        "年度节点（milestones）只适用于 cumulative、level 或 rate 目标，不适用于 kind {kind!r}"
    ),
    "milestone year {year} is outside {first} to {last} (the years before the deadline's)": (
        "节点年份 {year} 不在 {first} 至 {last} 年之间（期限之前的年份）"
    ),
    "milestone years must rise; {year} comes after {before}": "节点年份应逐年递增；{year} 排在 {before} 之后",
    "unknown unit {name!r}; expected one of {choices}{hint}": "未知单位 {name!r}；应为 {choices} 之一{hint}",
    "comparator {comparator!r} does not fit kind {kind!r}; expected one of {choices}": (
        "比较方式 {comparator!r} 不适用于类型 {kind!r}；应为 {choices} 之一"
    ),
    "a {kind} target needs a positive value, found {found:g}": "{kind}类指标的目标值须为正数，实际为 {found:g}",
    "expected a mapping of plan keys at the top, found {found}": "顶层应为计划的键值映射，实际为 {found}",
    "missing required key {key!r}": "缺少必填键 {key!r}",
    "unknown key {key!r}{hint}": "未知的键 {key!r}{hint}",
    "{expected}, found {found}": "{expected}，实际为 {found}",
    "{path}: {message}{approximate}": "{path}：{message}{approximate}",
    "{message}{approximate}": "{message}{approximate}",
    "expected an integer": "应为整数",
    "expected a number": "应为数字",
    "expected a finite number": "应为有限的数字",
    "expected text": "应为文本",
    "expected text that is not empty": "应为非空文本",
    "expected true or false": "应为 true 或 false",
    "expected a date YYYY-MM-DD": "应为日期 YYYY-MM-DD",
    "expected a mapping": "应为映射",
    "expected a list": "应为列表",
    "expected an id of lowercase letters, digits and _, starting with a letter": "编号应由小写字母、数字和 _ 组成，以字母开头",
    "expected at most {max_length} characters": "最多 {max_length} 个字符",
    "expected one of {expected}": "应为 {expected} 之一",
    "{expected}; {word!r} is written {written}": "{expected}；{word!r} 应写作 {written}",
    "expected a date YYYY-MM-DD ({words} is {date})": "应为日期 YYYY-MM-DD（{words} 即 {date}）",
    "expected a number (write {number} here and the unit under unit)": "应为数字（此处写 {number}，单位写在 unit 下）",
    "expected a number (write {number} without quotes)": "应为数字（写 {number}，不加引号）",
    "expected a number greater than {gt}": "应为大于 {gt} 的数字",
    "expected a number at least {ge}": "应为不小于 {ge} 的数字",
    "expected a number at most {le}": "应为不大于 {le} 的数字",
}
"""Chinese for every message, keyed by its English template (a test checks that none is missing)."""


HELP: dict[str, tuple[str, str]] = {
    # --help: each command, argument and option by a stable key (never by its wording), (Chinese, English)
    "help": (
        "显示本帮助并退出。",
        "Show this help and exit.",
    ),
    "app": (
        "战新产业进度计算：校验计划、列出指标、按序时进度计算各产业和责任单位的完成情况。设置 ZHANXIN_LANG=en 可改用英文。",
        "战新产业 progress calculator: validate a plan, list its targets, measure progress against 序时进度. Chinese unless ZHANXIN_LANG=en.",
    ),
    "plan": (
        "计划文件或装有计划文件的文件夹；可多次给出，一次跟踪多个计划。默认：当前文件夹有 plan.yaml 就用它，"
        "否则用 zhanxin 自带的计划。",
        "Plan file, or a folder of plan files; give it several times to track several plans in one run. "
        "Default: ./plan.yaml if present, else the plan bundled with zhanxin.",
    ),
    "lang": (
        "输出语言：zh（中文，默认）或 en（英文）；不给时按环境变量 ZHANXIN_LANG。",
        "Language of the output: zh (Chinese, default) or en; without it, ZHANXIN_LANG decides.",
    ),
    "color": (
        "颜色：auto（仅在终端中，默认）、always 或 never。",
        "Colour: auto (in a terminal only, default), always or never.",
    ),
    "previous": (
        "上年的逐月数据（文件或文件夹）：年底预计按上年的季节规律推算。",
        "Last year's monthly figures (files or a folder): forecasts follow last year's seasonal profile.",
    ),
    "as_of": (
        "截至哪个月（也可 YYYY-MM-DD）。默认：多数报送单位已报到的最新月份。",
        "Report month (or YYYY-MM-DD). Default: the latest month most reporting units reached.",
    ),
    "format.status": (
        "输出格式：table（表格，默认）、json、csv（Excel/WPS）或 markdown。",
        "Output format: table (default), json, csv (Excel/WPS) or markdown.",
    ),
    "encoding": (
        "CSV 数据文件的编码（默认自动识别 UTF-8 或 GBK）。",
        "Encoding of CSV figures files (default: detect UTF-8 or GBK).",
    ),
    "keep_going": (
        "有文件出错时仍用其余文件计算（出错的文件和行照样列出，退出码仍为 2）。",
        "When a figures file has problems, report them but compute from the others (exit 2 still).",
    ),
    "figures": (
        "各单位报来的数据文件（.xlsx、.xls、.ods 或 CSV），或装着它们的文件夹；合并计算。",
        "Figures files from the bureaus (.xlsx, .xls, .ods or CSV), or folders of them; merged.",
    ),
    "debug": (
        "内部错误时显示调用栈（供开发者排查）。",
        "Show the traceback of internal errors.",
    ),
    "version": (
        "显示版本号并退出。",
        "Print the version and exit.",
    ),
    "validate": (
        "校验计划文件：每个问题一行，注明文件、行和列。\n\n全部有效退出码 0，有问题 1，文件读不了 2。",
        "Check plan files: every problem on a line of its own, with its file, line and column.\n\nExit 0 when all are valid, 1 when any is invalid, 2 when any cannot be read.",
    ),
    "validate.plans": (
        "要校验的计划文件或文件夹（可多个；默认同 --plan）。",
        "Plan files or folders of them to check (any number; default: as --plan).",
    ),
    "format.validate": (
        "text（默认）、json，或 github（CI 注释）。",
        "text (default), json, or github (CI annotations).",
    ),
    "schema": (
        "输出计划文件的 JSON Schema（供编辑器和其他工具使用）。",
        "Print the JSON Schema of plan files (for editors and other tools).",
    ),
    "targets": (
        "列出计划的全部数值指标。",
        "List every numeric target of the plan.",
    ),
    "format.targets": (
        "table（默认）或 json。",
        "table (default) or json.",
    ),
    "status": (
        "按序时进度计算完成情况：按产业、按责任单位、按指标列出差距和状态。\n\n退出码：0 正常；1 --fail-on 发现问题；2 输入有误。",
        "Progress against the plan: gaps and statuses per industry, responsible unit and target.\n\nExit 0; 1 when --fail-on finds a target; 2 for bad input.",
    ),
    "status.by": (
        "显示哪些表：all（全部，默认）、industry（按产业）、bureau（按责任单位）或 target（按指标）。",
        "Which tables: all (default), industry, bureau or target.",
    ),
    "status.industry": (
        "只看这个产业（编号或名称）。",
        "Only this industry (id or name).",
    ),
    "status.bureau": (
        "只看这个单位牵头或配合的指标（名称、别名或编号）。",
        "Only targets this unit leads or co-operates on (name, alias or id).",
    ),
    "status.explain": (
        "列出一项指标的计算公式和全部输入。",
        "Show the formula and every input behind one target.",
    ),
    "status.fail_on": (
        "供定时检查：有指标处于该状态或更差（behind 滞后、off_track 严重滞后、missed 未完成），或当月没有数据（no_data）时退出码为 1，并在标准错误中逐项列出。可给多次。",
        "For scheduled checks: exit 1 when a target is at or worse than this status (behind, off_track, missed) or has no figure for the report month (no_data), naming each on stderr. May be given twice.",
    ),
    "accept": (
        "确认该指标有提示的数据无误（可给多次）：不再标为待核实，照常判断。也可在数据的备注中写“已核实”。",
        "Confirm a target's figure that a warning doubts (may be given twice): no longer marked to verify, "
        "judged as usual. A note of 已核实 in the figures does the same.",
    ),
    "status.compare": (
        "同时列出与该月相比的变化。",
        "Also show what changed since that month.",
    ),
    "template": (
        "生成各单位填报某月数据的表格（Excel 工作簿或 CSV）。\n\n-o 以 .xlsx 结尾或 -f xlsx 时为 Excel 工作簿，否则为带 BOM 的 CSV，Excel 和 WPS 均可打开。每个指标和任务一行，编号、名称、单位和期间已填好，上期数值作提示，数值留空。填好后可直接交给 zhanxin status。已有文件不加 --force 不会被覆盖。",
        "Write the figures form a bureau fills in for a month (an Excel workbook or CSV).\n\nAn Excel workbook when -o ends in .xlsx or with -f xlsx, else CSV with a BOM; both open in Excel and WPS. One row per target and task with id, name, unit and period filled in, last period's figure as a hint and the value left empty; what is filled in reads back with zhanxin status. Existing files are never replaced without --force.",
    ),
    "template.period": (
        "填报的月份。",
        "The month the figures are for.",
    ),
    "template.figures": (
        "以前的数据：最新一期填入“上期数值”。",
        "Earlier figures: the latest fills the hint column.",
    ),
    "template.bureau": (
        "只含这个单位牵头的指标和任务（名称、别名或编号）。",
        "Only what this unit leads (name, alias or id).",
    ),
    "template.co": (
        "也含它配合的指标和任务。",
        "Also the targets and tasks it co-operates on.",
    ),
    "template.all": (
        "每个责任单位一个文件，写到 -o 指定的文件夹。",
        "One file per responsible unit, into the folder given with -o.",
    ),
    "template.output": (
        "写到哪个文件（用 --all 时是文件夹）。默认输出到屏幕。",
        "File to write (a folder with --all). Default: stdout.",
    ),
    "template.force": (
        "替换已有文件。",
        "Replace existing files.",
    ),
    "format.form": (
        "表格格式：xlsx（Excel 工作簿：下拉选择、保护不该改的格、填报说明；-o 以 .xlsx 结尾时的默认）或 csv（默认）。",
        "Form format: xlsx (an Excel workbook with drop-downs, protected cells and instructions; the default when -o ends in .xlsx) or csv (the default otherwise).",
    ),
    "history": (
        "各指标逐月完成情况与序时进度的对比，以及每月的状态。\n\n参数中是文件的当作数据文件，其余当作指标编号。",
        "Each target's month-by-month path against 序时进度, with its status each month.\n\nArguments that name a file are figures files; the others are target ids.",
    ),
    "history.items": (
        "要逐项详列的指标编号（默认全部，以矩阵显示）和数据文件。",
        "Target ids to show in detail (default: all, as a matrix) and figures files.",
    ),
    "report": (
        "生成给领导看的报告：一个独立的 HTML 网页（不联网，可用 A4 打印）。\n\n先列问题（确保类指标告警、严重滞后、未完成、待报），再按产业、按责任单位亮灯，最后逐项指标。",
        "Write the report leaders read: one self-contained HTML page (no network, prints on A4).\n\nWhat is wrong first (确保 alarms, off-track, missed and awaiting targets), then traffic lights per industry and unit, then every target.",
    ),
    "report.output": (
        "要写的 HTML 文件。",
        "The HTML file to write.",
    ),
    "report.force": (
        "替换已有文件。",
        "Replace an existing file.",
    ),
    "draft": (
        "从计划原文（.txt 或 .docx）生成计划文件草稿，供人逐项审核。\n\n每个数值指标一条：数值、单位、比较方式、确保/力争、时限、牵头和配合单位、原文；读得不确定的地方带 note: 说明要核对什么，文件开头汇总。草稿一定能通过 zhanxin validate。审核流程：看 note: → 改正 → zhanxin validate → 提交。",
        "Draft a plan.yaml from the plan's text (.txt or .docx), for a person to review.\n\nOne target per number: value, unit, comparator, 确保/力争, deadline, lead and co-operating units, source; a reading that is not certain carries a note: saying what to check, summarised at the top. The draft always passes zhanxin validate. Workflow: read the notes → correct → validate → commit.",
    ),
    "draft.text": (
        "计划原文：UTF-8 或 GB18030 文本，或 Word .docx。",
        "The plan's text: UTF-8 or GB18030 text, or Word .docx.",
    ),
    "draft.output": (
        "要写的文件。默认：标准输出。",
        "File to write. Default: stdout.",
    ),
    "draft.year": (
        "计划年份。默认：原文中第一个年份。",
        "The plan's year. Default: the first year in the text.",
    ),
    "draft.region": (
        "地区名称，如 某某市。",
        "The region, e.g. the county's name.",
    ),
    "draft.force": (
        "替换已有文件。",
        "Replace an existing file.",
    ),
}


def help_text(key: str, lang: Lang) -> str:
    """The help text with this key (see :data:`HELP`) in ``lang``; text that is not a key, as it is."""
    pair = HELP.get(key)
    return key if pair is None else pair[lang is Lang.en]


def did_you_mean(word: str, choices: Iterable[str]) -> str:  # a Msg, or an empty string
    """A "; did you mean 'x'?" suffix, or an empty string."""
    options = list(choices)
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close and word:
        close = [c for c in options if c.startswith(word)][:2]
        close = close if len(close) == 1 else []
    return Msg("; did you mean {choice!r}?", choice=close[0]) if close else ""
