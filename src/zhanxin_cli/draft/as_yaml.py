"""A plan draft → plan.yaml text: a header that says what to review, then the plan."""

from __future__ import annotations

import yaml

from ..i18n import Lang, Msg, label
from .parse import Draft


def plan_yaml(draft: Draft, source: str, lang: Lang = Lang.zh) -> str:
    """The draft as a plan.yaml that ``zhanxin validate`` accepts, its review notes on top."""
    doubtful = draft.doubtful
    counts = label(
        "draft_counts",
        lang,
        targets=len(draft.targets),
        doubtful=len(doubtful),
        tasks=len(draft.tasks),
        bureaus=len(draft.bureaus),
        industries=len(draft.industries),
    )
    lines = [f"# {label('draft_header', lang, source=source)}\n# {counts}\n# {label('draft_workflow', lang)}\n"]
    if draft.notes:
        lines.append(f"# {label('draft_reading', lang)}\n")
        lines.extend(f"#   - {_one_line(note, lang)}\n" for note in draft.notes)
    if doubtful:
        lines.append(f"# {label('draft_doubtful', lang)}\n")
        lines.extend(f"#   - {t.id} ({t.section}) {t.name}\n" for t in doubtful)
    lines.append("\n")
    body = yaml.dump(
        draft.data(lang),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
    return "".join(lines) + body


def _one_line(note: Msg, lang: Lang) -> str:
    return " ".join(note.render(lang).split())


class _Dumper(yaml.SafeDumper):
    """Every value written out in full: two targets due the same day get the date twice, never
    an anchor and an alias (&id001 … *id001) that a reviewer would have to follow."""

    def ignore_aliases(self, data: object) -> bool:
        return True
