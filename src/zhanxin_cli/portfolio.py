"""Runs of several plans (``--plan`` given more than once, or a folder of plans): one call per
command, as :mod:`zhanxin_cli.api` makes for one plan, returning the same :class:`~zhanxin_cli.api.Run`.

Each plan is computed exactly as on its own (its own 序时进度, bands and report month); the
figures files are read once against the plans' reading plan (:mod:`zhanxin_cli.plan.portfolio`)
and split per plan; then the outputs put a headline of every plan first (a row per plan),
followed by each plan's own report. A unit (``--bureau``) is matched by name in every plan;
the forms of ``template --all`` hold each unit's targets of every plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import api
from .api import PathLike, Run
from .errors import ExitCode, Problem, ZhanxinError, lines
from .i18n import Lang, Msg, did_you_mean, label
from .plan.model import Plan
from .plan.portfolio import PlanEntry, ReadingPlan, plan_keys, plan_paths, reading_plan

if TYPE_CHECKING:
    from .figures.cells import Period
    from .figures.read import FigureSet
    from .render.formats import Format, FormFormat


def plan_files(paths: Sequence[Path] | None) -> list[Path]:
    """The plan files a run names (folders stand for the plans in them); the default plan when none."""
    return plan_paths(paths) if paths else [api.default_plan_path()]


def load_plans(paths: Sequence[Path] | None, *, cached: bool = True) -> list[PlanEntry]:
    """Every plan of a run, read and validated; the problems of all of them at once."""
    files = plan_files(paths)
    entries: list[PlanEntry] = []
    problems: list[Problem] = []
    for key, path in zip(plan_keys(files), files, strict=True):
        try:
            entries.append(PlanEntry(key, str(path), api.load_plan(path, cached=cached)))
        except ZhanxinError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ZhanxinError(problems)
    return entries


@dataclass(frozen=True)
class PortfolioFigures:
    """The figures of a run, read once and split per plan."""

    reading: ReadingPlan
    read: FigureSet  # as read against the reading plan (files, file warnings, files left out)
    plans: dict[str, FigureSet]  # by plan key, in each plan's own ids, with the warnings about its targets
    general: tuple[Problem, ...]  # the warnings about no target in particular


def read_portfolio(
    entries: Sequence[PlanEntry], paths: Sequence[PathLike], encoding: str | None = None, *, keep_going: bool = False
) -> PortfolioFigures:
    from .figures.portfolio import split_figures

    reading = reading_plan(entries)
    found = api.read_figures(paths, reading.plan, encoding, keep_going=keep_going, reading=reading)
    split = split_figures(reading, entries, found)
    if split.outside:
        raise ZhanxinError(split.outside, warnings=found.warnings)
    return PortfolioFigures(reading, found, split.plans, split.general)


@dataclass(frozen=True)
class Chosen:
    """What a run reports: the plans (each with its report month, or None for its own), and
    what it says about the plans it reports otherwise or leaves out."""

    plans: list[tuple[PlanEntry, Period | str | None]]
    notes: list[str]


def _months(entries: Sequence[PlanEntry], figures: PortfolioFigures, as_of: str | None, lang: Lang) -> Chosen:
    """Each plan's report month: ``as_of`` where it falls in the plan's years (the plan's last
    month after it ends; a plan not begun is left out), else its own report month
    (:func:`~zhanxin_cli.api.report_period`); a plan with no figures yet takes the run's latest."""
    from .figures.cells import CellError, Period, month_end, parse_period

    notes: list[str] = []
    chosen: list[tuple[PlanEntry, Period | str | None]] = []
    asked = None
    if as_of is not None:
        try:
            asked = parse_period(as_of)
        except CellError as exc:
            raise ZhanxinError([Problem("--as-of", exc.args[0])]) from None
    has_figures = {e.key: any(figures.plans[e.key].merged.series.values()) for e in entries}
    own: dict[str, Period] = {}
    if asked is None:
        for e in entries:
            if has_figures[e.key]:
                own[e.key] = api.report_period(e.plan, figures.plans[e.key])[0]
        if not own:  # no plan has a figure: said as one plan says it
            api.report_period(entries[0].plan, figures.plans[entries[0].key])
    run_month = asked or max(own.values())
    for e in entries:
        plan = e.plan
        month = asked if asked is not None else own.get(e.key, run_month)
        if month.end < plan.start_date:
            notes.append(label("plan_not_started", lang, title=plan.title, start=plan.start_date.isoformat()[:7]))
            continue
        if month.end > plan.end_date:
            end = Period(month_end(plan.last_year, 12))
            notes.append(label("plan_ended", lang, title=plan.title, end=end.label))
            chosen.append((e, end))
            continue
        chosen.append((e, as_of if asked is not None else (month if e.key not in own else None)))
    return Chosen(chosen, notes)


def _selected(chosen: Chosen, bureau: str | None, industry: str | None, lang: Lang) -> Chosen:
    """The plans that name the unit (and the industry) asked for; the others are left out, said
    in a note. None naming it: the located error one plan gives, with every plan's names."""
    if bureau is None and industry is None:
        return chosen
    kept, notes = [], list(chosen.notes)
    for entry, month in chosen.plans:
        plan = entry.plan
        missing = (bureau is not None and plan.bureau_named(bureau) is None) or (
            industry is not None and plan.industry_named(industry) is None
        )
        if missing:
            what = bureau if bureau is not None and plan.bureau_named(bureau) is None else industry
            notes.append(label("plan_without", lang, title=plan.title, what=what))
        else:
            kept.append((entry, month))
    if not kept:
        everything = reading_plan([e for e, _ in chosen.plans]).plan
        if bureau is not None:
            api.bureau_id(everything, bureau)
        names = sorted({i.name for e, _ in chosen.plans for i in e.plan.industries.values()})
        raise ZhanxinError(
            [
                Problem(
                    "--industry",
                    Msg("unknown industry {name!r}{hint}", name=industry, hint=did_you_mean(str(industry), names)),
                )
            ]
        )
    return Chosen(kept, notes)


def _statuses(
    chosen: Chosen,
    figures: PortfolioFigures,
    *,
    industry: str | None,
    bureau: str | None,
    compare: str | None = None,
    accept: Sequence[str] = (),
) -> list[tuple[str, api.Status]]:
    """Each plan's status as one plan's run computes it (``--compare`` where its month is in the plan's years)."""
    found = []
    for entry, month in chosen.plans:
        since = compare if compare is not None and _within(entry.plan, compare) else None
        status = api.progress(
            entry.plan, figures.plans[entry.key], month, industry=industry, bureau=bureau, compare=since, accept=accept
        )
        found.append((entry.key, status))
    return found


def _within(plan: Plan, text: str) -> bool:
    from .figures.cells import CellError, parse_period

    try:
        end: dt.date = parse_period(text).end
    except CellError:  # an unreadable month: the plan's own check says what is wrong with it
        return True
    return plan.start_date <= end <= plan.end_date


def _no_previous(previous_paths: Sequence[PathLike]) -> None:
    if previous_paths:
        raise ZhanxinError(
            [Problem("--previous", Msg("last year's figures are read for one plan at a time: give one --plan"))]
        )


def _explained(statuses: list[tuple[str, api.Status]], target: str, lang: Lang, width: int) -> str:
    """--explain in a run of several plans: KEY/id, or an id only one plan holds."""
    from .render.as_table import wrap_lines

    key, _, item = target.rpartition("/")
    holders = [
        (k, s) for k, s in statuses if (not key or k == key) and any(t.id == item for t in s.report.plan.targets)
    ]
    if len(holders) == 1:
        return wrap_lines(api.explain(holders[0][1], item, lang), width)
    if holders:
        choices = ", ".join(f"{k}/{item}" for k, _ in holders)
        message = Msg("target {id!r} is in several plans: give one of {choices}", id=item, choices=choices)
        raise ZhanxinError([Problem("--explain", message)])
    known = sorted({name for k, s in statuses for t in s.report.plan.targets for name in (t.id, f"{k}/{t.id}")})
    raise ZhanxinError(
        [Problem("--explain", Msg("unknown target {name!r}{hint}", name=target, hint=did_you_mean(target, known)))]
    )


def status_report(
    entries: Sequence[PlanEntry],
    figure_paths: Sequence[PathLike],
    as_of: str | None = None,
    *,
    tables: Sequence[str] = ("industry", "bureau", "target"),
    industry: str | None = None,
    bureau: str | None = None,
    output_format: Format | str = "table",
    explain_target: str | None = None,
    fail_on: Sequence[str] = (),
    encoding: str | None = None,
    compare: str | None = None,
    previous_paths: Sequence[PathLike] = (),
    keep_going: bool = False,
    accept: Sequence[str] = (),
    lang: Lang = Lang.zh,
    width: int = 200,
    color: bool = False,
) -> Run:
    """``zhanxin status`` over several plans: the headline of every plan, then each plan's report."""
    from .render.documents import Layout, PortfolioDocument, StatusDocument
    from .render.formats import Format
    from .render.portfolio import PORTFOLIO_WRITERS

    _no_previous(previous_paths)
    figures = read_portfolio(entries, figure_paths, encoding, keep_going=keep_going)
    with api._explained_by(figures.read.warnings):
        chosen = _selected(_months(entries, figures, as_of, lang), bureau, industry, lang)
        statuses = _statuses(chosen, figures, industry=industry, bureau=bureau, compare=compare, accept=accept)
    warned = [*figures.general, *(w for _, s in statuses for w in s.warnings)]
    if explain_target is not None:
        out = _explained(statuses, explain_target, lang, width)
    else:
        document = PortfolioDocument(
            [
                (key, StatusDocument(s.report, s.warnings, s.figures.files, s.changes, s.compared_to))
                for key, s in statuses
            ],
            chosen.notes,
            figures.general,
            figures.read.files,
        )
        out = PORTFOLIO_WRITERS[Format(output_format).value](document, Layout(tables, lang, width, color))
    after, code = api._left_out(figures.read, lang)
    if not code:
        after = "".join(api.failure_text(s, fail_on, lang) for _, s in statuses)
        code = ExitCode.FINDINGS if after else ExitCode.OK
    return Run(out, lines(warned, lang, warnings=True), after, code)


def html_report(
    entries: Sequence[PlanEntry],
    figure_paths: Sequence[PathLike],
    output: Path,
    as_of: str | None = None,
    *,
    previous_paths: Sequence[PathLike] = (),
    force: bool = False,
    encoding: str | None = None,
    keep_going: bool = False,
    accept: Sequence[str] = (),
    lang: Lang = Lang.zh,
) -> Run:
    """``zhanxin report`` over several plans: one page, the headline of every plan, then each plan's report."""
    from .files import write_atomic
    from .render.documents import PortfolioDocument, StatusDocument
    from .render.portfolio import portfolio_report

    _no_previous(previous_paths)
    figures = read_portfolio(entries, figure_paths, encoding, keep_going=keep_going)
    with api._explained_by(figures.read.warnings):
        chosen = _months(entries, figures, as_of, lang)
        statuses = _statuses(chosen, figures, industry=None, bureau=None, accept=accept)
    plans = {e.key: e.plan for e in entries}
    paths = {key: api.histories(plans[key], figures.plans[key], s.report.as_of) for key, s in statuses}
    document = PortfolioDocument(
        [(key, StatusDocument(s.report, s.warnings, s.figures.files)) for key, s in statuses],
        chosen.notes,
        figures.general,
        figures.read.files,
    )
    data = portfolio_report(document, paths, lang).encode("utf-8")
    write_atomic(output, data, force=force, inputs=[Path(f) for f in figures.read.files])
    after, code = api._left_out(figures.read, lang)
    warned = [*figures.general, *(w for _, s in statuses for w in s.warnings)]
    return Run(
        before=lines(warned, lang, warnings=True), after=f"{output}: {len(data):,} bytes\n" + after, exit_code=code
    )


def forms(
    entries: Sequence[PlanEntry],
    period: str,
    figure_paths: Sequence[PathLike] = (),
    output: Path | None = None,
    *,
    bureau: str | None = None,
    include_co: bool = False,
    all_bureaus: bool = False,
    output_format: FormFormat | str | None = None,
    force: bool = False,
    encoding: str | None = None,
    lang: Lang = Lang.zh,
) -> Run:
    """``zhanxin template`` over several plans: each unit's form holds its targets of every plan
    whose years hold the month (an id two plans share is written PLAN/id)."""
    from .figures.cells import CellError, parse_period

    try:
        month = parse_period(period)
    except CellError as exc:
        raise ZhanxinError([Problem("--period", exc.args[0])]) from None
    current = [e for e in entries if e.plan.start_date <= month.end <= e.plan.end_date]
    if not current:
        years = ", ".join(e.plan.years_label for e in entries)
        raise ZhanxinError(
            [
                Problem(
                    "--period",
                    Msg("expected a period within the plan's year {year}, found {found}", year=years, found=period),
                )
            ]
        )
    reading = reading_plan(current)
    return api.forms(
        reading.plan,
        period,
        figure_paths,
        output,
        bureau=bureau,
        include_co=include_co,
        all_bureaus=all_bureaus,
        output_format=output_format,
        force=force,
        encoding=encoding,
        lang=lang,
        reading=reading,
    )


def history_report(
    entries: Sequence[PlanEntry],
    items: Sequence[str] = (),
    as_of: str | None = None,
    *,
    output_format: Format | str = "table",
    previous_paths: Sequence[PathLike] = (),
    encoding: str | None = None,
    keep_going: bool = False,
    lang: Lang = Lang.zh,
    width: int = 200,
    color: bool = False,
) -> Run:
    """``zhanxin history`` over several plans: each plan's months in turn (targets named by id,
    or KEY/id, are shown in detail)."""
    from .figures.cells import Period
    from .render.portfolio import sections

    _no_previous(previous_paths)
    named = {f"{e.key}/{t.id}" for e in entries for t in e.plan.targets}  # PLAN/id: a target, not a path
    ids = [a for a in items if a in named or not api._names_a_file(a)]
    files = [Path(a) for a in items if a not in ids]
    figures = read_portfolio(entries, files, encoding, keep_going=keep_going)
    with api._explained_by(figures.read.warnings):
        chosen = _months(entries, figures, as_of, lang)
    _known_ids(entries, ids)
    parts: list[tuple[str, str, str]] = []
    for entry, month in chosen.plans:
        plan, mine = entry.plan, figures.plans[entry.key]
        wanted = [i.rpartition("/")[2] for i in ids if i.rpartition("/")[0] in ("", entry.key)]
        wanted = [i for i in wanted if any(t.id == i for t in plan.targets)]
        if ids and not wanted:
            continue
        period = month if isinstance(month, Period) else api.report_period(plan, mine, month)[0]
        paths = api.histories(plan, mine, period, wanted)
        text = api.render_history(
            plan, period, paths, output_format, lang, detailed=bool(wanted), width=width, color=color
        )
        parts.append((entry.key, plan.title, text))
    out = sections(parts, str(output_format), lang, width)
    after, code = api._left_out(figures.read, lang)
    return Run(out, lines(figures.read.warnings, lang, warnings=True), after, code)


def _known_ids(entries: Sequence[PlanEntry], ids: Sequence[str]) -> None:
    """Every target named (id, or PLAN/id) is some plan's; a located error for each that is not."""
    known = {f"{e.key}/{t.id}" for e in entries for t in e.plan.targets}
    plain = {t.id for e in entries for t in e.plan.targets}
    unknown = [
        Problem("history", Msg("unknown target {name!r}{hint}", name=i, hint=did_you_mean(i, sorted(plain | known))))
        for i in ids
        if i not in known and i not in plain
    ]
    if unknown:
        raise ZhanxinError(unknown)


def targets_text(
    entries: Sequence[PlanEntry],
    output_format: str = "table",
    lang: Lang = Lang.zh,
    *,
    width: int = 200,
    color: bool = False,
) -> str:
    """``zhanxin targets`` over several plans: each plan's targets in turn."""
    from .render.portfolio import sections

    parts = [
        (e.key, e.plan.title, api.targets_text(e.plan, output_format, lang, width=width, color=color)) for e in entries
    ]
    return sections(parts, str(output_format), lang, width)
