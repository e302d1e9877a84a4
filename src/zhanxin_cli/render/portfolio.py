"""A run of several plans in each format: the portfolio headline (a row per plan, see
:func:`~zhanxin_cli.render.view.portfolio_view`), then each plan's own report as one plan's
run prints it. CSV is one table, with the plan in its first column; JSON holds each plan's
record (the single-plan contract) under ``plans``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..i18n import Lang, label
from .contract import StatusRecord, problem_record, report_record, rounded
from .documents import Layout, PortfolioDocument, StatusDocument
from .view import Column, Row, TableView, bureau_view, industry_view, portfolio_view, target_view, text_cell


def _reports(doc: PortfolioDocument) -> list[StatusDocument]:
    return [status for _, status in doc.plans]


def _section(key: str, status: StatusDocument, lang: Lang) -> str:
    return label("plan_section", lang, name=key, title=status.report.plan.title)


def portfolio_table(doc: PortfolioDocument, layout: Layout) -> str:
    from rich.text import Text

    from .as_table import layout as lay_out
    from .as_table import render_status, to_text

    view = portfolio_view([s.report for s in _reports(doc)], layout.lang)
    headline = lay_out(replace(view, title=""), layout.width, title=False, color=layout.color)  # titled once, above
    parts = [Text(view.title, style="bold"), *(Text(n) for n in doc.notes), headline]
    out = [to_text(parts, layout.width, layout.color)]
    for key, status in doc.plans:
        rule = f"══ {_section(key, status, layout.lang)} "
        out.append("\n" + rule + "═" * max(0, min(layout.width, 80) - _width(rule)) + "\n\n")
        out.append(
            render_status(
                status.report,
                layout.tables,
                layout.lang,
                status.changes,
                status.compared_to,
                width=layout.width,
                color=layout.color,
            )
        )
    return "".join(out)


def _width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def portfolio_markdown(doc: PortfolioDocument, layout: Layout) -> str:
    from .as_markdown import render_status, table

    view = portfolio_view([s.report for s in _reports(doc)], layout.lang)
    out = [f"# {view.title}\n", *(f"{n}  \n" for n in doc.notes), "\n" if doc.notes else "", table(view)]
    for key, status in doc.plans:
        body = render_status(status.report, layout.tables, layout.lang, status.changes, status.compared_to)
        out.append(f"\n---\n\n<!-- {_section(key, status, layout.lang)} -->\n" + body)
    return "".join(out)


VIEWS: Mapping[str, Callable[..., TableView]] = {"industry": industry_view, "bureau": bureau_view}


def portfolio_csv(doc: PortfolioDocument, layout: Layout) -> str:
    """One table for every plan (``by``: target, industry or bureau), the plan's key first."""
    from .as_csv import table

    tables = list(layout.tables)
    by = tables[0] if len(tables) == 1 else "target"
    columns: dict[str, Column] = {"plan": Column("plan", label("plan_column", layout.lang))}
    rows: list[Row] = []
    for key, status in doc.plans:
        view = VIEWS.get(by, target_view)(status.report, layout.lang)
        for column in view.columns:
            columns.setdefault(column.key, column)
        rows.extend(Row({**row.cells, "plan": text_cell(key)}, row.item) for row in view.rows)
    return table(TableView(by, "", tuple(columns.values()), tuple(rows)))


def portfolio_record(doc: PortfolioDocument, lang: Lang) -> dict[str, object]:
    """The run as JSON-ready data: a headline record per plan, then each plan's full record."""
    plans: list[StatusRecord] = []
    headline: list[dict[str, object]] = []
    for key, status in doc.plans:
        report = status.report
        headline.append(
            {
                "key": key,
                "title": report.plan.title,
                "years": report.plan.years_label,
                "as_of": report.as_of.label,
                "elapsed_pct": rounded(report.elapsed_pct, 2),
                "targets": len(report.targets),
                "counts": dict(report.counts),
                "alarms": len(report.alarms),
                "unreported": len(report.unreported),
            }
        )
        record = report_record(report, status.warnings, status.files, status.changes, status.compared_to, lang)
        plans.append({"key": key, **record})  # type: ignore[typeddict-unknown-key]
    return {
        "portfolio": headline,
        "notes": list(doc.notes),
        "files": list(doc.files),
        "warnings": [problem_record(w, lang) for w in doc.warnings],
        "plans": plans,
    }


def portfolio_json(doc: PortfolioDocument, layout: Layout) -> str:
    from .as_json import dumps

    return dumps(portfolio_record(doc, layout.lang))


PORTFOLIO_WRITERS: Mapping[str, Callable[[PortfolioDocument, Layout], str]] = {
    "table": portfolio_table,
    "json": portfolio_json,
    "csv": portfolio_csv,
    "markdown": portfolio_markdown,
}


def portfolio_report(doc: PortfolioDocument, paths: Mapping[str, Sequence[object]], lang: Lang = Lang.zh) -> str:
    """The HTML report of a run of several plans: the portfolio headline, then each plan's
    report (its headline, what is wrong, its tables) in a section of its own."""
    from html import escape

    from .as_html import html_table, page, report_sections

    view = portfolio_view([s.report for s in _reports(doc)], lang)
    parts = [
        f"<h1>{escape(view.title)}</h1>",
        *(f'<div class="meta">{escape(n)}</div>' for n in doc.notes),
        html_table(view, lang),
    ]
    for key, status in doc.plans:
        parts.append(f'<section class="plan" id="{escape(key)}">')
        parts.extend(
            report_sections(status.report, paths.get(key, ()), status.files, lang, status.warnings)  # type: ignore[arg-type]
        )
        parts.append("</section>")
    return page(view.title, parts, lang)


def sections(parts: Sequence[tuple[str, str, str]], output_format: str, lang: Lang, width: int = 80) -> str:
    """Each plan's own output (key, title, text) as one: a rule naming the plan before each
    (table), a heading (Markdown), one table with the plan first (CSV), a list under ``plans`` (JSON)."""
    if output_format == "json":
        import json

        from .as_json import dumps

        records = []
        for key, title, text in parts:
            data = json.loads(text)
            records.append({"key": key, "title": title, **(data if isinstance(data, dict) else {"targets": data})})
        return dumps({"plans": records})
    if output_format == "csv":
        return _merged_csv(parts, lang)
    out = []
    for key, title, text in parts:
        heading = label("plan_section", lang, name=key, title=title)
        if output_format == "markdown":
            out.append(f"<!-- {heading} -->\n{text}\n")
        else:
            rule = f"══ {heading} "
            out.append(rule + "═" * max(0, min(width, 80) - _width(rule)) + "\n\n" + text + "\n")
    return "".join(out).rstrip("\n") + "\n"


def _merged_csv(parts: Sequence[tuple[str, str, str]], lang: Lang) -> str:
    import csv
    import io

    header: dict[str, None] = {label("plan_column", lang): None}
    rows: list[dict[str, str]] = []
    for key, _, text in parts:
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        header.update(dict.fromkeys(reader.fieldnames or ()))
        rows.extend({label("plan_column", lang): key, **row} for row in reader)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, list(header), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return "\ufeff" + buffer.getvalue()
