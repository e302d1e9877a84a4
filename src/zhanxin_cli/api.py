"""The library under the command line: every command is one call here plus printing.

    from zhanxin_cli import api

    plan = api.load_plan("plan.yaml")
    figures = api.read_figures(["examples/"], plan)
    status = api.progress(plan, figures)            # as of the latest figure
    record = status.record()                        # what `zhanxin status -f json` prints
    text = api.render(status, "markdown")           # or table, csv, json

Each command has one call that does all of it and returns a :class:`Run` (what to print,
where, and the exit code): :func:`validation`, :func:`schema_text`, :func:`targets_text`,
:func:`status_report`, :func:`forms`, :func:`history_report`, :func:`html_report`,
:func:`draft`. The calls below them (load, read, compute, render) are the library's pieces.

Errors are :class:`~zhanxin_cli.errors.ZhanxinError` with located problems; nothing here
prints or exits.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ExitCode, Problem, ZhanxinError, lines
from .i18n import Lang, Msg, did_you_mean, label
from .plan.model import Plan, Target, Task
from .plan.read import PlanCheck, check_plans

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .draft.parse import Draft
    from .figures.cells import Period
    from .figures.read import FigureSet
    from .figures.series import Series
    from .plan.portfolio import ReadingPlan
    from .progress.history import Change, TargetHistory
    from .progress.status import Report, TargetProgress
    from .render.contract import StatusRecord
    from .render.formats import Format, FormFormat, TargetsFormat, ValidateFormat

PathLike = str | Path

__all__ = ["PlanCheck", "check_plans"]  # re-exported from plan.read, where validation lives


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


FIGURE_SUFFIXES = (".csv", ".xlsx", ".xls", ".ods")


def _is_lock_file(path: Path) -> bool:
    """The lock file Excel or WPS (~$…) or LibreOffice (.~lock…) leaves beside an open workbook."""
    return path.name.startswith(("~$", ".~lock"))


def figure_files(paths: Sequence[PathLike]) -> list[Path]:
    """The files named, with each folder replaced by the figures files in it (sorted)."""
    return _figure_files(paths)[0]


def _figure_files(paths: Sequence[PathLike]) -> tuple[list[Path], list[Problem]]:
    """The files named, with each folder replaced by the figures files in it (sorted), and what a
    folder holds that is not read: a link out of the folder (not followed), a link that leads
    nowhere, a pipe or a device, each named."""
    from .files import special_file

    files: list[Path] = []
    passed: list[Problem] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            files.append(path)
            continue
        found = []
        for entry in sorted(path.iterdir()):
            if entry.suffix.lower() not in FIGURE_SUFFIXES or _is_lock_file(entry):
                continue
            why = _not_read(entry, path) or special_file(entry)
            if why is not None:
                passed.append(Problem(str(entry), why))
            elif entry.is_file():
                found.append(entry)
        if not found:
            message = Msg("no figures files (.csv, .xlsx, .xls, .ods) in this folder")
            raise ZhanxinError([Problem(str(path), message), *passed])
        files.extend(found)
    return files, passed


def _not_read(entry: Path, folder: Path) -> Msg | None:
    """Why a link in a figures folder is not followed: it leads out of the folder, or nowhere."""
    if not entry.is_symlink():
        return None
    try:
        target = entry.resolve(strict=True)
    except (OSError, RuntimeError):  # a loop, or a link to nothing
        return Msg("a link that leads to no file, skipped")
    if target.parent != folder.resolve():
        return Msg("a link to a file outside this folder, not followed")
    return None


def read_figures(
    paths: Sequence[PathLike],
    plan: Plan,
    encoding: str | None = None,
    *,
    year: int | None = None,
    keep_going: bool = False,
    reading: ReadingPlan | None = None,
) -> FigureSet:
    """Read and merge figures files (CSV, .xlsx, .xls, .ods) and folders of them (``year``:
    last year's figures; ``keep_going``: leave bad files out, keeping their problems). The lock
    file Excel or WPS leaves beside an open workbook (~$…), named in a glob, is skipped with a warning."""
    from dataclasses import replace

    from .figures.read import read_figures as read

    files, passed = _figure_files(paths)
    locks = [p for p in files if _is_lock_file(p)]
    kept = [p for p in files if not _is_lock_file(p)]
    found = read(kept, plan, encoding, year=year, keep_going=keep_going, reading=reading)
    if not locks and not passed:
        return found
    skipped = Msg("a lock file Excel or WPS leaves beside an open workbook, skipped")
    notes = (*(Problem(str(p), skipped) for p in locks), *passed)
    return replace(found, warnings=(*notes, *found.warnings))


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
                    Msg(
                        "expected a period within the plan's year {year}, found {found}",
                        year=plan.years_label,
                        found=text,
                    ),
                )
            ]
        )
    return period


def industry_id(plan: Plan, name: str | None) -> str | None:
    """The id of an industry given by id or name; a located error with a suggestion otherwise."""
    if name is None:
        return None
    name = name.strip()  # a space copied with the name
    found = plan.industry_named(name)
    if found is None:
        hint = did_you_mean(name, [*plan.industries, *(i.name for i in plan.industries.values())])
        raise ZhanxinError([Problem("--industry", Msg("unknown industry {name!r}{hint}", name=name, hint=hint))])
    return found


def bureau_id(plan: Plan, name: str | None) -> str | None:
    """The id of a responsible unit given by id, name or alias."""
    if name is None:
        return None
    name = name.strip()  # a space copied with the name
    found = plan.bureau_named(name)
    if found is None:
        hint = did_you_mean(name, [*plan.bureaus, *(b.name for b in plan.bureaus.values())])
        raise ZhanxinError([Problem("--bureau", Msg("unknown responsible unit {name!r}{hint}", name=name, hint=hint))])
    return found


def report_period(plan: Plan, figures: FigureSet, text: str | None = None) -> tuple[Period, tuple[Problem, ...]]:
    """The report date: ``text`` (YYYY-MM or YYYY-MM-DD) when given, else the latest month most
    reporting units reached (:func:`~zhanxin_cli.progress.status.report_month`), with a warning
    at each unit's first figure after it."""
    from .progress.status import report_month

    chosen = None if text is not None else report_month(plan, figures.merged.series)
    if chosen is None:
        if text is None and figures.files:  # files given, but no figure in them yet
            message = Msg("no figures filled in yet (the values are empty); fill them in, or give --as-of YYYY-MM")
            raise ZhanxinError([Problem(f, message) for f in figures.files])
        return as_of_period(plan, text, figures.latest), ()
    found = []
    for unit, later in chosen.later.items():
        first = later[0]
        latest = max(f.period for f in later)
        name = plan.bureaus[unit].name if unit else Msg("no unit named")  # said in the reader's language
        message = Msg(
            "{n} figures of {unit} are after {month}, the latest month most units reached ({units} units "
            "reported): the report is as of {month}; give --as-of {latest} to report on {latest}",
            n=len(later),
            unit=name,
            month=chosen.period.label,
            units=chosen.units,
            latest=latest.label,
        )
        found.append(Problem(first.place.file, message, first.place.row))
    return chosen.period, tuple(found)


def warnings(plan: Plan, figures: FigureSet, as_of: Period) -> tuple[Problem, ...]:
    """Everything probably wrong in the figures: each file's row warnings, then what the series
    say up to the as-of date (a falling year-to-date total, a jump in the wrong unit, a lost milestone)."""
    from .figures.checks import series_warnings

    return (*figures.warnings, *series_warnings(plan, figures.merged.series, as_of))


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
    accept: Sequence[str] = (),
) -> Status:
    """Progress as of a date (default: the latest month most units reached), optionally for one
    industry or unit (id or name), with ``compare`` (YYYY-MM) listing what changed since that
    month. A target whose figure a warning doubts is suspect (待核实) unless its id is in
    ``accept`` or the figure's note confirms it (已核实)."""
    from .figures.cells import Period
    from .progress.status import compute_progress

    dated: tuple[Problem, ...] = ()
    if isinstance(as_of, Period):
        period = as_of
    else:
        period, dated = report_period(plan, figures, as_of)
    selection = {"industry": industry_id(plan, industry), "bureau": bureau_id(plan, bureau)}
    series = figures.merged.series
    found = (*dated, *warnings(plan, figures, period))
    doubts = _doubts(found, accept)
    report = compute_progress(plan, series, period, previous=previous, doubts=doubts, **selection)
    if compare is None:
        return Status(report, figures, warnings=found)
    from .progress.history import compare as compare_reports

    since = as_of_period(plan, compare, option="--compare")
    before = compute_progress(plan, series, since, previous=previous, doubts=doubts, **selection)
    return Status(report, figures, compare_reports(before, report), compare, found)


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
    from .render.documents import Layout, StatusDocument
    from .render.formats import STATUS_WRITERS, Format

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
    from .render.documents import HistoryDocument, Layout
    from .render.formats import HISTORY_WRITERS, Format

    document = HistoryDocument(plan, as_of, paths, detailed)
    return HISTORY_WRITERS[Format(output_format)](document, Layout(lang=Lang(lang), width=width, color=color))


@dataclass(frozen=True)
class FormJob:
    """One collection form to write: where, for which unit, and which targets and tasks it lists."""

    path: Path
    items: tuple[Target | Task, ...]
    unit: str = ""  # the responsible unit's name, for the form's title
    form_format: str = "csv"  # csv or xlsx (render.formats.FormFormat)


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
            jobs.append(FormJob(path, tuple(items), bureau.name, suffix.lstrip(".")))
    unassigned = template_items(plan, None, False, unassigned=True)
    if unassigned:
        name = safe_file_name(label("unassigned", lang), "unassigned")
        path = inside(folder, f"{period.label}_{name}{suffix}")
        jobs.append(FormJob(path, tuple(unassigned), label("unassigned", lang), suffix.lstrip(".")))
    return jobs


def render_form(
    plan: Plan,
    job: FormJob,
    period: Period,
    series: dict[str, Series],
    output_format: str | None = None,
    lang: Lang = Lang.zh,
) -> bytes:
    """A collection form's bytes: CSV (UTF-8 with a BOM) or an .xlsx workbook (default: the job's format)."""
    from .render.documents import FormDocument
    from .render.formats import FORM_WRITERS, FormFormat

    document = FormDocument(job.items, period, series, job.unit or plan.region or "")
    return FORM_WRITERS[FormFormat(output_format or job.form_format)](document, lang)


def plan_forms(
    plan: Plan,
    period: Period,
    output: Path | None,
    *,
    bureau: str | None = None,
    include_co: bool = False,
    all_bureaus: bool = False,
    output_format: FormFormat | str | None = None,
    force: bool = False,
    lang: Lang = Lang.zh,
) -> list[FormJob]:
    """The forms ``zhanxin template`` writes: one (``output`` None: for stdout) or, with
    ``all_bureaus``, one per responsible unit in the folder ``output``. The format is the one
    chosen, else an Excel workbook for an .xlsx file, else CSV. With ``all_bureaus`` nothing is
    planned unless every form can be written: one existing file (without ``force``) refuses all."""
    from .files import ensure_folder
    from .render.formats import FormFormat, form_format

    kind = form_format(output, output_format)
    if not all_bureaus:
        key = bureau_id(plan, bureau)
        if output is None and kind is FormFormat.xlsx:
            raise ZhanxinError([Problem("--format", Msg("an .xlsx form needs a file to write: -o FORM.xlsx"))])
        unit = plan.bureaus[key].name if key else ""
        items = tuple(template_items(plan, key, include_co))
        if not items:  # never an empty form, exit 0
            co = len(template_items(plan, key, True))
            message = (
                Msg("{unit} leads no targets or tasks but co-operates on {n}: add --co", unit=unit, n=co)
                if co
                else Msg("{unit} has no targets or tasks in this plan", unit=unit)
            )
            raise ZhanxinError([Problem("--bureau", message)])
        return [FormJob(output or Path("-"), items, unit, kind.value)]
    if output is None:
        raise ZhanxinError([Problem("--all", Msg("needs an output folder: -o DIR"))])
    ensure_folder(output)
    jobs = form_jobs(plan, period, output, include_co, lang, f".{kind.value}")
    clashes = [Problem(str(j.path), Msg("file exists; use --force to replace it")) for j in jobs if j.path.exists()]
    if clashes and not force:
        raise ZhanxinError(clashes)  # nothing is written unless everything can be
    return jobs


def _doubts(found: Sequence[Problem], accept: Sequence[str]) -> dict[str, dict[str, str]]:
    """The warnings about a figure (target id → period → message), but for the accepted targets."""
    doubts: dict[str, dict[str, str]] = {}
    for w in found:
        if w.subject is not None and w.period is not None and w.subject not in accept:
            doubts.setdefault(w.subject, {}).setdefault(w.period, w.message)
    return doubts


def failures(report: Report, thresholds: Sequence[str]) -> list[TargetProgress]:
    """The targets that fail a scheduled check (:func:`zhanxin_cli.progress.failures.failures`)."""
    from .progress.failures import failures as failing

    return failing(report, thresholds)


def report_html(status: Status, paths: Sequence[TargetHistory], lang: Lang = Lang.zh) -> str:
    """The report leaders read (``zhanxin report``): one self-contained HTML page."""
    from .render.as_html import render_report

    return render_report(status.report, paths, status.figures.files, lang, status.warnings)


def failure_text(status: Status, thresholds: Sequence[str], lang: Lang = Lang.zh) -> str:
    """What ``--fail-on`` says on stderr: each target that fails the check, or nothing."""
    if not thresholds:
        return ""
    failing = failures(status.report, thresholds)
    if not failing:
        return ""
    from .render.text import Names, failure_lines

    return failure_lines(failing, thresholds, Names(status.report.plan, lang))


@dataclass(frozen=True)
class DraftText:
    """A plan draft and its YAML, validated."""

    draft: Draft
    text: str


def draft_yaml(
    text_file: PathLike, *, year: int | None = None, region: str | None = None, lang: Lang = Lang.zh
) -> DraftText:
    """A plan.yaml drafted from a plan's text (.txt or .docx), for a person to review; it always validates."""
    from .draft.as_yaml import plan_yaml
    from .draft.parse import NoYear, draft_plan
    from .draft.source import read_plan_text
    from .plan.rules import validate_plan

    path = Path(text_file)
    try:
        made = draft_plan(read_plan_text(path), year=year, region=region)
        made.title = made.title or path.stem  # a text with no line to name it (empty, unreadable): its file's name
    except NoYear:
        raise ZhanxinError([Problem(str(path), Msg("no year in the text: give --year"))]) from None
    problems = validate_plan(made.data(lang))[1]
    if problems:  # pragma: no cover - a draft that does not validate is a bug in draft/parse.py
        message = Msg("the draft does not validate: {problem}", problem=problems[0].message)
        raise ZhanxinError([Problem(str(path), message)])
    return DraftText(made, plan_yaml(made, path.name, lang))


# ── one call per command ──────────────────────────────────────────────────────


@dataclass(frozen=True)
class Run:
    """What one command made: the text for stdout, what stderr says before it (warnings about
    the figures) and after it (what was written, failing targets, files left out), and the
    exit code (:class:`~zhanxin_cli.errors.ExitCode`)."""

    out: str | Iterable[str] = ""  # pieces, for a report written as it is made (status_report's stream)
    before: str = ""
    after: str = ""
    exit_code: int = ExitCode.OK


@contextlib.contextmanager
def _explained_by(warnings: Sequence[Problem]) -> Iterator[None]:
    """When a report cannot be made (no figures to date it), the files' warnings (rows skipped,
    values left empty) go with the error, to be said before it."""
    try:
        yield
    except ZhanxinError as exc:
        raise ZhanxinError(exc.problems, exc.exit_code, (*warnings, *exc.warnings)) from None


def _left_out(figures: FigureSet, lang: Lang) -> tuple[str, int]:
    """``--keep-going``: the report was made from the good files; the bad ones still fail the run."""
    return lines(figures.problems, lang), ExitCode.BAD_INPUT if figures.problems else ExitCode.OK


def validation(paths: Sequence[PathLike], output_format: ValidateFormat | str = "text", lang: Lang = Lang.zh) -> Run:
    """``zhanxin validate``: each plan file checked on its own (exit 0 valid, 1 invalid, 2 unreadable)."""
    from .render.formats import VALIDATION_WRITERS, ValidateFormat

    checks = check_plans(paths)
    out, err = VALIDATION_WRITERS[ValidateFormat(output_format)](checks, lang)
    return Run(out, after=err, exit_code=max(c.exit_code for c in checks))


def schema_text() -> str:
    """``zhanxin schema``: the JSON Schema of plan files."""
    import json

    from .plan.models import plan_json_schema

    return json.dumps(plan_json_schema(), ensure_ascii=False, indent=2) + "\n"


def targets_text(
    plan: Plan,
    output_format: TargetsFormat | str = "table",
    lang: Lang = Lang.zh,
    *,
    width: int = 200,
    color: bool = False,
) -> str:
    """``zhanxin targets``: every numeric target of the plan."""
    from .render.documents import Layout
    from .render.formats import TARGETS_WRITERS, TargetsFormat

    return TARGETS_WRITERS[TargetsFormat(output_format)](plan, Layout(lang=lang, width=width, color=color))


def status_report(
    plan: Plan,
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
    stream: bool = False,
) -> Run:
    """``zhanxin status``: the report (or one target explained), its warnings, and the exit code
    (2 when a file was left out with ``keep_going``, else 1 when ``fail_on`` finds a target).
    ``stream``: JSON comes as pieces made while they are written (a province's report is never
    held whole), the same text as without."""
    figures = read_figures(figure_paths, plan, encoding, keep_going=keep_going)
    last_year = previous_figures(plan, previous_paths, encoding) if previous_paths else None
    with _explained_by(figures.warnings):
        status = progress(
            plan, figures, as_of, industry=industry, bureau=bureau, previous=last_year, compare=compare, accept=accept
        )
    out: str | Iterable[str]
    if explain_target is not None:
        from .render.as_table import wrap_lines

        out = wrap_lines(explain(status, explain_target, lang), width)
    elif stream and str(output_format) == "json":
        from .render.as_json import stream_status

        s = status
        out = stream_status(s.report, s.warnings, s.figures.files, s.changes, s.compared_to, lang)
    else:
        out = render(status, output_format, lang, tables=tables, width=width, color=color)
    after, code = _left_out(figures, lang)
    if not code:
        after = failure_text(status, fail_on, lang)
        code = ExitCode.FINDINGS if after else ExitCode.OK
    return Run(out, lines(status.warnings, lang, warnings=True), after, code)


def forms(
    plan: Plan,
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
    reading: ReadingPlan | None = None,
) -> Run:
    """``zhanxin template``: the collection forms, written atomically (or the one form as text,
    with no ``output``); with ``all_bureaus``, a line per file written saying how many rows it has.
    ``reading``: the plan is the reading plan of several (:mod:`~zhanxin_cli.plan.portfolio`)."""
    from .files import write_atomic

    when = as_of_period(plan, period, option="--period")
    earlier = read_figures(figure_paths, plan, encoding, reading=reading) if figure_paths else None
    series = earlier.merged.series if earlier is not None else {}
    inputs = [Path(f) for f in earlier.files] if earlier is not None else []  # never written over
    jobs = plan_forms(
        plan,
        when,
        output,
        bureau=bureau,
        include_co=include_co,
        all_bureaus=all_bureaus,
        output_format=output_format,
        force=force,
        lang=lang,
    )
    if output is None:
        return Run(render_form(plan, jobs[0], when, series, lang=lang).decode("utf-8"))
    written = []
    for job in jobs:
        write_atomic(job.path, render_form(plan, job, when, series, lang=lang), force=force, inputs=inputs)
        written.append(Msg("{file}: {n} targets and tasks", file=str(job.path), n=len(job.items)).render(lang) + "\n")
    return Run(after="".join(written) if all_bureaus else "")


def _names_a_file(item: str) -> bool:
    """A history argument that names a file or folder (it exists, has a figures suffix or a path
    separator), not a target id; one that does not exist is then said not to."""
    return item.lower().endswith(FIGURE_SUFFIXES) or "/" in item or "\\" in item or Path(item).exists()


def history_report(
    plan: Plan,
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
    """``zhanxin history``: ``items`` that name a file are figures files, the others target ids
    (shown in detail; none: every target, as a matrix)."""
    files = [Path(a) for a in items if _names_a_file(a)]
    ids = [a for a in items if not _names_a_file(a)]
    figures = read_figures(files, plan, encoding, keep_going=keep_going)
    with _explained_by(figures.warnings):
        period, dated = report_period(plan, figures, as_of)
    last_year = previous_figures(plan, previous_paths, encoding) if previous_paths else None
    paths = histories(plan, figures, period, ids, last_year)
    before = lines((*dated, *warnings(plan, figures, period)), lang, warnings=True)
    out = render_history(plan, period, paths, output_format, lang, detailed=bool(ids), width=width, color=color)
    after, code = _left_out(figures, lang)
    return Run(out, before, after, code)


def html_report(
    plan: Plan,
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
    """``zhanxin report``: the HTML report written atomically to ``output``, never over an input."""
    from .files import write_atomic

    figures = read_figures(figure_paths, plan, encoding, keep_going=keep_going)  # its folder warnings kept
    inputs = [Path(f) for f in figures.files]
    last_year = previous_figures(plan, previous_paths, encoding) if previous_paths else None
    with _explained_by(figures.warnings):
        status = progress(plan, figures, as_of, previous=last_year, accept=accept)
    paths = histories(plan, figures, status.report.as_of, previous=last_year)
    data = report_html(status, paths, lang).encode("utf-8")
    write_atomic(output, data, force=force, inputs=[*inputs, *map(Path, previous_paths)])
    after, code = _left_out(figures, lang)
    return Run(
        before=lines(status.warnings, lang, warnings=True),
        after=f"{output}: {len(data):,} bytes\n" + after,
        exit_code=code,
    )


def draft(
    text_file: PathLike,
    output: Path | None = None,
    *,
    year: int | None = None,
    region: str | None = None,
    force: bool = False,
    lang: Lang = Lang.zh,
) -> Run:
    """``zhanxin draft``: the plan draft on stdout, or written atomically to ``output`` with a
    line saying what to check next."""
    made = draft_yaml(text_file, year=year, region=region, lang=lang)
    if output is None:
        return Run(made.text)
    from .files import write_atomic

    write_atomic(output, made.text.encode("utf-8"), force=force, inputs=[Path(text_file)])
    summary = Msg(
        "{file}: {targets} targets ({doubtful} to check), {tasks} tasks; next: read the notes, then zhanxin "
        "validate {file}",
        file=str(output),
        targets=len(made.draft.targets),
        doubtful=len(made.draft.doubtful),
        tasks=len(made.draft.tasks),
    )
    return Run(after=summary.render(lang) + "\n")
