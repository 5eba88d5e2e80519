"""A register's findings as one self-contained HTML page (docs/notebooks-and-reports.md).

``build_report(reg)`` gives the page as text and ``write_report(reg, path)``
writes it: the summary, the partnership network, overlapping and consumed
meetings with the reasons, the hours a year, role-clarity findings and topic
coverage, with the four charts of ``govgraph.plot`` embedded as images. The
file needs nothing else to open (no web fonts, scripts or style sheets from
elsewhere), so it can be emailed or attached to a committee paper, and it
prints cleanly::

    import govgraph, govgraph.report
    reg = govgraph.load_json("examples/registers/avon-and-somerset-2016.json")
    govgraph.report.write_report(reg, "governance-review.html")

From the command line: ``govgraph report REGISTER.json -o report.html``.
"""

from __future__ import annotations

import base64
import datetime
import html
import io
import os
from typing import Any, Iterable, List, Optional, Sequence, Tuple

from govgraph import _core
from govgraph._files import write_text
from govgraph._optional import require

__all__ = ["SECTIONS", "build_report", "write_report"]

# (anchor, heading) of every section, in order.
SECTIONS: List[Tuple[str, str]] = [
    ("summary", "Summary"),
    ("network", "Partnership network"),
    ("overlaps", "Overlapping meetings"),
    ("consumed", "Consumed meetings"),
    ("burden", "Hours a year"),
    ("role-clarity", "Role clarity"),
    ("coverage", "Topic coverage"),
    ("meetings", "The meetings"),
]

_STYLE = """
:root { color-scheme: light; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1d1d1d; line-height: 1.45;
       max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1f4e79; padding-bottom: 0.2rem; margin-top: 2.2rem; }
p.meta { color: #555; margin-top: 0; }
nav.toc { background: #f3f6f9; border: 1px solid #d5dde5; padding: 0.6rem 1.2rem; }
nav.toc ol { margin: 0.3rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 0.8rem 0; }
th, td { border: 1px solid #c9d1d9; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e8eef4; }
table.compact { width: auto; min-width: 40%; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #e1e4e8; }
figcaption { font-size: 0.85rem; color: #555; }
p.note { font-size: 0.88rem; color: #444; }
.empty { color: #555; font-style: italic; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  nav.toc { break-after: page; }
  h2 { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _number(value: Optional[float], places: int = 1) -> str:
    if value is None:
        return "unknown"
    return f"{value:,.{places}f}".rstrip("0").rstrip(".") if places else f"{value:,.0f}"


def _table(headings: Sequence[str], rows: Iterable[Sequence[Any]], numeric: Sequence[int] = (),
           compact: bool = False) -> str:
    opening = '<table class="compact">' if compact else "<table>"
    out = [opening + "<thead><tr>", *(f"<th>{_e(h)}</th>" for h in headings), "</tr></thead><tbody>"]
    count = 0
    for row in rows:
        count += 1
        cells = [f'<td class="num">{_e(v)}</td>' if k in numeric else f"<td>{_e(v)}</td>" for k, v in enumerate(row)]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out) if count else ""


def _figure(ax: Any, caption: str, alt: str, dpi: int) -> str:
    plt = require("matplotlib.pyplot", "the report's charts")
    buffer = io.BytesIO()
    figure = ax.figure
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", facecolor="white")
    plt.close(figure)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'<figure><img src="data:image/png;base64,{data}" alt="{_e(alt)}">'
            f"<figcaption>{_e(caption)}</figcaption></figure>")


def _names(register: Any, handles: Iterable[int]) -> str:
    return "; ".join(register.meeting(h).name for h in handles)


def build_report(register: Any, *, title: Optional[str] = None, min_score: float = 0.3, dpi: int = 110,
                 plots: bool = True) -> str:
    """The register's findings as one HTML page (a str), images embedded.

    :param title: the page's heading (default: the register's title).
    :param min_score: the least overlap score reported (``find_overlaps``).
    :param dpi: resolution of the embedded charts.
    :param plots: False leaves the charts out (a smaller, quicker page).

    Example::

        page = govgraph.report.build_report(reg)
        pathlib.Path("report.html").write_text(page, encoding="utf-8")
    """
    if not isinstance(register, _core.Register):
        raise TypeError(f"build_report needs a govgraph.Register, not {type(register).__name__}")
    if plots:
        from govgraph import plot
    from govgraph.overlap import cluster_overlaps, find_consumed

    info = register.info
    heading = title or info.title or "Governance register"
    summary = _core.summarise(register)
    overlaps = _core.find_overlaps(register, min_score=min_score)
    clusters = cluster_overlaps(overlaps)
    consumed = find_consumed(register)
    burden = _core.burden(register)
    clarity = _core.role_clarity(register)

    parts: List[str] = [
        "<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(heading)}</title><style>{_STYLE}</style></head><body>",
        f"<header><h1>{_e(heading)}</h1>",
    ]
    meta = [x for x in (info.source, info.date and f"dated {info.date}") if x]
    parts.append(f'<p class="meta">{_e("; ".join(meta))}</p>' if meta else "")
    parts.append(f'<p class="meta">Prepared with govgraph {_e(_core.__version__)} on '
                 f"{_e(datetime.date.today().isoformat())}.</p></header>")
    parts.append('<nav class="toc"><strong>Contents</strong><ol>')
    parts += [f'<li><a href="#{anchor}">{_e(name)}</a></li>' for anchor, name in SECTIONS]
    parts.append("</ol></nav>")

    def section(anchor: str) -> None:
        name = dict(SECTIONS)[anchor]
        parts.append(f'<section id="{anchor}"><h2>{_e(name)}</h2>')

    # Summary.
    section("summary")
    if info.description:
        parts.append(f"<p>{_e(info.description)}</p>")
    unknown = len(summary.unknown_cadence)
    figures = [
        ("Meetings", summary.meetings), ("Organisations", summary.organisations), ("Roles", summary.roles),
        ("Areas", summary.areas), ("Topics", summary.topics), ("Initiatives", summary.initiatives),
        ("Separate parts of the network", summary.components),
        ("Sittings a year", _number(summary.sittings_per_year)),
        ("Meeting hours a year", _number(summary.meeting_hours_per_year)),
        ("People-hours a year (seat-hours)", _number(summary.seat_hours_per_year)),
        ("Meetings of unknown frequency (not in the hours)", unknown),
        ("Meetings using the default duration", len(summary.default_duration)),
    ]
    parts.append(_table(["Figure", "Value"], figures, numeric=(1,), compact=True))
    counts = [(by, c.name.replace("_", " "), c.count) for by, items in (("Status", summary.meetings_by_status),
                                                       ("Level", summary.meetings_by_level),
                                                       ("Kind", summary.meetings_by_kind)) for c in items]
    parts.append(_table(["Meetings by", "Value", "Meetings"], counts, numeric=(2,), compact=True))
    parts.append(_table(["Lead", "Meetings"], [(t.label, t.meetings) for t in summary.leads], numeric=(1,),
                        compact=True))
    parts.append("</section>")

    section("network")
    parts.append("<p>Organisations (circles) and meetings (squares). A meeting's colour is its lead "
                 "organisation's; its size is its meeting hours a year. Dotted lines join a meeting to an "
                 "organisation that leads or supports it without being listed as attending.</p>")
    if plots:
        parts.append(_figure(plot.network_map(register), "The partnership network.",
                             "Network map of organisations and meetings", dpi))
    parts.append("</section>")

    section("overlaps")
    parts.append(f"<p>Pairs of meetings whose participants, topics, areas, level and frequency overlap, scoring "
                 f"at least {min_score:g} out of 1. A high score suggests the meetings may duplicate each other: "
                 f"a question to ask, not a conclusion. {len(overlaps)} pairs; {len(clusters)} families of "
                 f"overlapping meetings.</p>")
    rows: List[Sequence[Any]] = []
    for o in overlaps.pairs:
        rows.append((_core.item_name(register, o.a), _core.item_name(register, o.b), f"{o.score:.2f}",
                     "; ".join(p.label for p in o.shared_participants),
                     "; ".join(t.term for t in o.shared_terms)))
    parts.append(_table(["Meeting", "Overlaps with", "Score", "Shared participants", "Shared themes"], rows,
                        numeric=(2,)) or '<p class="empty">No pairs of meetings overlap at this score.</p>')
    if plots and len(overlaps):
        parts.append(_figure(plot.overlap_heatmap(overlaps), "Overlap scores; families of overlapping meetings "
                             "are outlined.", "Heat map of overlap scores between meetings", dpi))
    parts.append("</section>")

    section("consumed")
    parts.append("<p>Meetings whose participants and topics are largely covered by a few other meetings at a "
                 "compatible level and area: their purpose may be consumed by those meetings.</p>")
    rows = [(_core.item_name(register, c.consumed), "; ".join(_core.item_name(register, i) for i in c.covering),
             f"{c.participant_coverage:.0%}", f"{c.topic_coverage:.0%}", "; ".join(c.uncovered_participants))
            for c in consumed]
    parts.append(_table(["Meeting", "Covered by", "Participants covered", "Topics covered",
                         "Participants not covered"], rows, numeric=(2, 3))
                 or '<p class="empty">No meeting is consumed by others.</p>')
    parts.append("</section>")

    section("burden")
    parts.append(f"<p>Sittings a year times hours a sitting times seats. {_number(burden.meeting_hours)} meeting "
                 f"hours and {_number(burden.seat_hours)} people-hours a year, not counting "
                 f"{len(burden.unknown_cadence)} meetings of unknown frequency "
                 f"({_e(_names(register, burden.unknown_cadence)) or 'none'}).</p>")
    if plots and len(burden.organisations):
        parts.append(_figure(plot.burden_chart(burden), "Seat-hours a year by organisation, by meeting level.",
                             "Bar chart of hours a year by organisation", dpi))
    rows = [(register.organisation(o.organisation).name, _number(o.seat_hours), o.meetings, len(o.unknown_cadence))
            for o in burden.organisations]
    parts.append(_table(["Organisation", "Seat-hours a year", "Meetings", "Of unknown frequency"], rows,
                        numeric=(1, 2, 3)))
    parts.append("</section>")

    section("role-clarity")
    parts.append("<p>Where the lead, the chair or the membership of a meeting is unclear or contested.</p>")
    rows = [(register.meeting(i.meeting).name, i.kind.name.lower().replace("_", " "),
             "; ".join(register.organisation(o).name for o in i.organisations), i.detail) for i in clarity.issues]
    parts.append(_table(["Meeting", "Finding", "Organisations", "Detail"], rows)
                 or '<p class="empty">No role-clarity findings.</p>')
    parts.append("</section>")

    section("coverage")
    if len(register.topics) and plots:
        parts.append("<p>Which meeting takes up which topic. A topic no meeting takes up may have no forum; one "
                     "that many take up may be discussed more often than needed.</p>")
        parts.append(_figure(plot.coverage_matrix(register), "Topics against meetings.",
                             "Matrix of topics against meetings", dpi))
    elif not len(register.topics):
        parts.append('<p class="empty">The register lists no topics.</p>')
    parts.append("</section>")

    section("meetings")
    org_names = {o.id: o.name for o in register.organisations}
    rows = []
    for m in register.meetings:
        sittings = register.sittings_per_year(m)
        rows.append((m.name, m.level.name.lower(), m.status.name.lower().replace("_", " "),
                     "; ".join(org_names[o] for o in m.lead.organisations) or "none",
                     m.cadence.text or m.cadence.describe(),
                     _number(sittings), len(m.participants), m.purpose))
    parts.append(_table(["Meeting", "Level", "Status", "Lead", "Frequency", "Sittings a year", "Participants",
                         "Purpose"], rows, numeric=(5, 6)) or '<p class="empty">The register lists no meetings.</p>')
    parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(p for p in parts if p)


def write_report(register: Any, path: "str | os.PathLike[str]", **options: Any) -> None:
    """Write ``build_report(register, **options)`` to a file (UTF-8), replacing it atomically.

    Example::

        govgraph.report.write_report(reg, "governance-review.html", min_score=0.4)
    """
    write_text(path, build_report(register, **options))
