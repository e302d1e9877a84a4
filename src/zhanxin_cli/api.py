"""The library under the command line: every command is these calls plus printing.

    from zhanxin_cli import api

    plan = api.load_plan("plan.yaml")
    figures = api.read_figures(["examples/"], plan)
    status = api.progress(plan, figures)            # as of the latest figure
    record = status.record()                        # what `zhanxin status -f json` prints
    text = api.render(status, "markdown")           # or table, csv, json

Errors are :class:`~zhanxin_cli.errors.ZhanxinError` with located problems; nothing here
prints or exits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Problem, ZhanxinError
from .i18n import Lang, Msg, did_you_mean, label
from .plan.model import Plan, Target, Task

if TYPE_CHECKING:
    from .figures.cells import Period
    from .figures.read import FigureSet
    from .figures.series import Series
    from .progress.history import Change, TargetHistory
    from .progress.status import Report, TargetProgress
    from .render.contract import StatusRecord
    from .render.formats import Format

PathLike = str | Path


def default_plan_path() -> Path:
    """./plan.yaml when present, otherwise the plan bundled with zhanxin."""
    local = Path("plan.yaml")
    if local.is_file():
        return local
    return Path(__file__).with_name("data") / "plan.yaml"


def load_plan(path: PathLike | None = None, *, cached: bool = False) -> Plan:
    """Read and validate a plan file (default: :func:`default_plan_path`). ``cached``: take it
    from the cache of validated plans when the file has not changed (:mod:`~zhanxin_cli.plan.cache`)."""
    chosen = Path(path) if path is not None else default_plan_path()
    if cached:
        from .plan.cache import read_plan_cached

        return read_plan_cached(chosen)
    from .plan.read import read_plan

    return read_plan(chosen)


@dataclass(frozen=True)
class PlanCheck:
    """The outcome of validating one plan file."""

    file: str
    plan: Plan | None
    problems: tuple[Problem, ...] = ()
    exit_code: int = 0  # 0 valid, 1 invalid, 2 unreadable


def check_plans(paths: Sequence[PathLike]) -> list[PlanCheck]:
    """Validate each plan file on its own; every problem of every file, none raised."""
    from .errors import InvalidContent

    checks = []
    for path in paths:
        try:
            checks.append(PlanCheck(str(path), load_plan(path)))
        except InvalidContent as exc:
            checks.append(PlanCheck(str(path), None, exc.problems, 1))
        except ZhanxinError as exc:
            checks.append(PlanCheck(str(path), None, exc.problems, 2))
    return checks


FIGURE_SUFFIXES = (".csv", ".xlsx", ".xls", ".ods")


def _is_figures_file(path: Path) -> bool:
    """A figures file in a folder; not the lock file Excel (~$…) or LibreOffice (.~lock…) leaves."""
    return path.suffix.lower() in FIGURE_SUFFIXES and not path.name.startswith(("~$", ".~lock")) and path.is_file()


def figure_files(paths: Sequence[PathLike]) -> list[Path]:
    """The files named, with each folder replaced by the figures files in it (sorted)."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if _is_figures_file(p))
            if not found:
                message = Msg("no figures files (.csv, .xlsx, .xls, .ods) in this folder")
                raise ZhanxinError([Problem(str(path), message)])
            files.extend(found)
        else:
            files.append(path)
    return files


def read_figures(
    paths: Sequence[PathLike],
    plan: Plan,
    encoding: str | None = None,
    *,
    year: int | None = None,
    keep_going: bool = False,
) -> FigureSet:
    """Read and merge figures files (CSV, .xlsx, .xls, .ods) and folders of them (``year``:
    last year's figures; ``keep_going``: leave bad files out, keeping their problems)."""
    from .figures.read import read_figures as read

    return read(figure_files(paths), plan, encoding, year=year, keep_going=keep_going)


def previous_figures(plan: Plan, paths: Sequence[PathLike], encoding: str | None = None) -> dict[str, Series]:
    """Last year's figures (files or folders), by target id, for seasonal forecasts."""
    return read_figures(paths, plan, encoding, year=plan.year - 1).merged.series


def as_of_period(plan: Plan, text: str | None, latest: Period | None = None, *, option: str = "--as-of") -> Period:
    """The report date: ``text`` (YYYY-MM or YYYY-MM-DD), else ``latest`` (the newest figure)."""
    from .figures.cells import CellError, parse_period

    if text is None:
        if latest is None:
            raise ZhanxinError(
                [Problem(option, Msg("no figures to take the date from: give figures files, or YYYY-MM"))]
            )
        return latest
    try:
        period = parse_period(text)
    except CellError as exc:
        raise ZhanxinError([Problem(option, exc.args[0])]) from None
    if not plan.start_date <= period.end <= plan.end_date:
        raise ZhanxinError(
            [
                Problem(
                    option,
                    Msg("expected a period within the plan's year {year}, found {found}", year=plan.year, found=text),
                )
            ]
        )
    return period


def industry_id(plan: Plan, name: str | None) -> str | None:
    """The id of an industry given by id or name; a located error with a suggestion otherwise."""
    if name is None:
        return None
    found = plan.industry_named(name)
    if found is None:
        hint = did_you_mean(name, [*plan.industries, *(i.name for i in plan.industries.values())])
        raise ZhanxinError([Problem("--industry", Msg("unknown industry {name!r}{hint}", name=name, hint=hint))])
    return found


def bureau_id(plan: Plan, name: str | None) -> str | None:
    """The id of a responsible unit given by id, name or alias."""
    if name is None:
        return None
    found = plan.bureau_named(name)
    if found is None:
        hint = did_you_mean(name, [*plan.bureaus, *(b.name for b in plan.bureaus.values())])
        raise ZhanxinError([Problem("--bureau", Msg("unknown responsible unit {name!r}{hint}", name=name, hint=hint))])
    return found


def warnings(plan: Plan, figures: FigureSet, as_of: Period) -> tuple[Problem, ...]:
    """Everything probably wrong in the figures: each file's row warnings, then what the series
    say up to the as-of date (a falling year-to-date total, a jump in the wrong unit, a lost milestone)."""
    from .figures.checks import series_warnings

    found = series_warnings(plan, figures.merged.series, as_of)
    return (*figures.warnings, *(Problem(place.file, message, place.row) for place, message in found))


@dataclass(frozen=True)
class Status:
    """A computed status report with what it was computed from."""

    report: Report
    figures: FigureSet
    changes: tuple[Change, ...] | None = None
    compared_to: str | None = None
    warnings: tuple[Problem, ...] = ()

    def record(self, lang: Lang = Lang.zh) -> StatusRecord:
        """The report as JSON-ready data: exactly what ``zhanxin status --format json`` prints
        (warnings in ``lang``)."""
        from .render.contract import report_record

        return report_record(self.report, self.warnings, self.figures.files, self.changes, self.compared_to, lang)


def progress(
    plan: Plan,
    figures: FigureSet,
    as_of: str | Period | None = None,
    *,
    industry: str | None = None,
    bureau: str | None = None,
    previous: dict[str, Series] | None = None,
    compare: str | None = None,
) -> Status:
    """Progress as of a date (default: the latest figure), optionally for one industry or
    unit (id or name), with ``compare`` (YYYY-MM) listing what changed since that month."""
    from .figures.cells import Period
    from .progress.status import compute_progress

    period = as_of if isinstance(as_of, Period) else as_of_period(plan, as_of, figures.latest)
    selection = {"industry": industry_id(plan, industry), "bureau": bureau_id(plan, bureau)}
    series = figures.merged.series
    report = compute_progress(plan, series, period, previous=previous, **selection)
    found = warnings(plan, figures, period)
    if compare is None:
        return Status(report, figures, warnings=found)
    from .progress.history import compare as compare_reports

    since = as_of_period(plan, compare, option="--compare")
    before = compute_progress(plan, series, since, previous=previous, **selection)
    return Status(report, figures, compare_reports(before, report), compare, found)


def failures(report: Report, thresholds: Sequence[str]) -> list[TargetProgress]:
    """The targets that fail a scheduled check, in plan order.

    ``behind``, ``off_track``, ``missed``: at or worse than that status; a 确保 target with no
    figure counts as behind (it is an alarm). ``no_data``: no figure for the as-of month (无数据,
    a stale figure, or 待报 awaiting the final one).
    """
    from .progress.status import RANK

    ranks = {str(status): rank for status, rank in RANK.items()}

    def fails(p: TargetProgress, threshold: str) -> bool:
        if threshold == "no_data":
            return p.unreported
        if RANK[p.status] >= ranks[threshold]:
            return True
        return threshold == "behind" and p.alarm

    return [p for p in report.targets if any(fails(p, t) for t in thresholds)]


def histories(
    plan: Plan,
    figures: FigureSet,
    as_of: Period,
    target_ids: Sequence[str] = (),
    previous: dict[str, Series] | None = None,
) -> tuple[TargetHistory, ...]:
    """Month-by-month paths of the named targets (all when none is named)."""
    from .progress.history import histories as paths

    known = {t.id for t in plan.targets}
    unknown = [
        Problem("history", Msg("unknown target {name!r}{hint}", name=i, hint=did_you_mean(i, known)))
        for i in target_ids
        if i not in known
    ]
    if unknown:
        raise ZhanxinError(unknown)
    return paths(plan, figures.merged.series, as_of, target_ids, previous)


def explain(status: Status, target_id: str, lang: Lang = Lang.zh) -> str:
    """The formula and every input behind one target's figures, status and forecast."""
    from .render.explain import explain as explain_target

    for p in status.report.targets:
        if p.target.id == target_id:
            return explain_target(status.report, p, lang)
    hint = did_you_mean(target_id, [t.id for t in status.report.plan.targets])
    raise ZhanxinError([Problem("--explain", Msg("unknown target {name!r}{hint}", name=target_id, hint=hint))])


def render(
    status: Status,
    output_format: Format | str = "table",
    lang: Lang | str = Lang.zh,
    *,
    tables: Sequence[str] = ("industry", "bureau", "target"),
    width: int = 200,
    color: bool = False,
) -> str:
    """The status report as text in a format: table, json, csv or markdown."""
    from .render.formats import STATUS_WRITERS, Format, Layout, StatusDocument

    document = StatusDocument(status.report, status.warnings, status.figures.files, status.changes, status.compared_to)
    return STATUS_WRITERS[Format(output_format)](document, Layout(tables, Lang(lang), width, color))


def render_history(
    plan: Plan,
    as_of: Period,
    paths: Sequence[TargetHistory],
    output_format: Format | str = "table",
    lang: Lang | str = Lang.zh,
    *,
    detailed: bool = False,
    width: int = 200,
    color: bool = False,
) -> str:
    from .render.formats import HISTORY_WRITERS, Format, HistoryDocument, Layout

    document = HistoryDocument(plan, as_of, paths, detailed)
    return HISTORY_WRITERS[Format(output_format)](document, Layout(lang=Lang(lang), width=width, color=color))


@dataclass(frozen=True)
class FormJob:
    """One collection form to write: where, for which unit, and which targets and tasks it lists."""

    path: Path
    items: tuple[Target | Task, ...]
    unit: str = ""  # the responsible unit's name, for the form's title


def template_items(plan: Plan, bureau: str | None, include_co: bool, unassigned: bool = False) -> list[Target | Task]:
    """The targets and tasks of one form.

    ``bureau`` None with ``unassigned`` False: everything; with ``unassigned`` True: the
    items whose plan names no responsible unit.
    """
    items: list[Target | Task] = [*plan.targets, *plan.tasks]
    if unassigned:
        return [i for i in items if i.lead is None]
    if bureau is None:
        return items
    return [i for i in items if i.lead == bureau or (include_co and bureau in i.co)]


def form_jobs(
    plan: Plan, period: Period, folder: Path, include_co: bool, lang: Lang, suffix: str = ".csv"
) -> list[FormJob]:
    """One form per responsible unit (and one for the items the plan assigns to none), in ``folder``."""
    from .files import inside, safe_file_name

    jobs = []
    for key, bureau in plan.bureaus.items():
        items = template_items(plan, key, include_co)
        if items:
            path = inside(folder, f"{period.label}_{safe_file_name(bureau.name, key)}{suffix}")
            jobs.append(FormJob(path, tuple(items), bureau.name))
    unassigned = template_items(plan, None, False, unassigned=True)
    if unassigned:
        name = safe_file_name(label("unassigned", lang), "unassigned")
        jobs.append(
            FormJob(inside(folder, f"{period.label}_{name}{suffix}"), tuple(unassigned), label("unassigned", lang))
        )
    return jobs


def render_form(
    plan: Plan,
    job: FormJob,
    period: Period,
    series: dict[str, Series],
    output_format: str = "csv",
    lang: Lang = Lang.zh,
) -> bytes:
    """A collection form's bytes: CSV (UTF-8 with a BOM) or an .xlsx workbook."""
    if output_format == "xlsx":
        from .render.forms.xlsx_form import render_form_xlsx

        return render_form_xlsx(job.items, period, series, job.unit or plan.region or "", lang)
    from .render.forms.csv_form import render_template

    return render_template(job.items, period, series, lang).encode("utf-8")
