"""Figures for committee papers, drawn with matplotlib (docs/notebooks-and-reports.md).

Four charts of one register (and a fifth, ``skills_matrix``, of a panel's
skills audit), each drawn on a matplotlib ``Axes`` (a new
figure when ``ax`` is not given) and returned, so that titles, sizes and
fonts can be changed before saving::

    import govgraph, govgraph.plot
    ax = govgraph.plot.network_map(reg)
    ax.figure.savefig("network.png", dpi=200, bbox_inches="tight")
    govgraph.plot.overlap_heatmap(reg)
    govgraph.plot.burden_chart(reg)
    govgraph.plot.coverage_matrix(reg)

matplotlib is imported when a chart is drawn; nothing here calls
``plt.show()`` (Jupyter shows the figure; scripts save it). Layouts are
deterministic: the same register gives the same picture.
"""

from __future__ import annotations

import math
import textwrap
from typing import Any, Dict, List, Optional, Sequence, Tuple

from govgraph import _core
from govgraph._optional import require

__all__ = ["LEVEL_COLOURS", "burden_by_level", "burden_chart", "coverage_matrix", "coverage_table", "influence_chart",
           "label_lines", "lead_colours", "meeting_colour", "network_map", "overlap_heatmap", "overlap_matrix",
           "short_name", "skills_matrix", "what_if_chart"]

# Levels in the order they are stacked, with colours that stay distinct in greyscale print.
LEVEL_COLOURS: Dict[str, str] = {
    "strategic": "#1f4e79",
    "tactical": "#e07b39",
    "operational": "#6aa84f",
    "unknown": "#b7b7b7",
}
_NO_LEAD = "#c9c9c9"
_JOINT_LEAD = "#7f3f98"
_ACTOR_FACE = "#ffffff"


def _pyplot() -> Any:
    return require("matplotlib.pyplot", "govgraph.plot")


def _axes(ax: Any, size: Tuple[float, float]) -> Any:
    if ax is not None:
        return ax
    fig = _pyplot().figure(figsize=size, layout="constrained")
    return fig.add_subplot()


def short_name(entity: Any, limit: int = 14) -> str:
    """A label that fits on a chart: the shortest alias written in capitals
    ("LCJB", "OPCC") when the name is long, else the name.

    Example::

        govgraph.plot.short_name(reg.organisation(reg.find_organisation("cps")))   # 'CPS'
    """
    if len(entity.name) <= limit:
        return str(entity.name)
    acronyms = [a for a in entity.aliases if len(a) <= limit and any(c.isupper() for c in a) and " " not in a]
    if acronyms:
        return str(min(acronyms, key=len))
    return str(entity.name[: limit - 1].rstrip() + "…")


def _nothing(ax: Any, message: str, title: str) -> Any:
    """An empty chart that says why it is empty, rather than a blank frame."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=11, color="#555555")
    ax.set_axis_off()
    ax.set_title(title)
    return ax


def _register_of(source: Any, kind: str) -> Any:
    if isinstance(source, _core.Register):
        return source
    register = getattr(source, "register", None)
    if register is None:
        raise TypeError(f"expected a govgraph.Register or a {kind}, not {type(source).__name__}")
    return register


# --- network map --------------------------------------------------------------


def lead_colours(register: Any) -> Dict[str, str]:
    """The colour of each organisation that leads a meeting or initiative (by id), in register order, as
    the network map uses them (from matplotlib's tab10; they repeat after eight leads). Meetings with a
    joint lead are purple and meetings with no lead grey.

    Example::

        govgraph.plot.lead_colours(reg)["opcc"]
    """
    leads: List[str] = []
    for m in [*register.meetings, *register.initiatives]:
        for org in m.lead.organisations:
            if org not in leads:
                leads.append(org)
    order = {o.id: k for k, o in enumerate(register.organisations)}
    leads.sort(key=order.__getitem__)
    usable = lead_colours_palette()
    return {org: usable[i % len(usable)] for i, org in enumerate(leads)}


def lead_colours_palette() -> List[str]:
    """The colours leads take, in order: matplotlib's tab10 without its purple and grey, which
    mean a joint lead and no lead.

    Example::

        govgraph.plot.lead_colours_palette()[0]   # '#1f77b4'
    """
    palette = _pyplot().get_cmap("tab10").colors
    return [_hex(c) for i, c in enumerate(palette) if i not in (4, 7)]


_LEAD_PALETTE_SIZE = 8


def _hex(rgb: Sequence[float]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb[:3])


def meeting_colour(register: Any, meeting: Any, colours: Optional[Dict[str, str]] = None) -> str:
    """The colour the network map gives a meeting (or initiative): its lead's, purple when joint, grey when none.

    Example::

        govgraph.plot.meeting_colour(reg, reg.meeting(reg.find_meeting("lcjb")))
    """
    colours = lead_colours(register) if colours is None else colours
    if meeting.lead.none:
        return _NO_LEAD
    if meeting.lead.joint:
        return _JOINT_LEAD
    return colours[meeting.lead.organisations[0]]


def network_map(register: Any, ax: Any = None, *, labels: bool = True, seed: int = 7, layout: str = "graphviz",
                title: Optional[str] = None) -> Any:
    """The partnership network: organisations (circles) and meetings (squares).

    Meetings are coloured by their lead organisation (purple for a joint lead,
    grey for none) and sized by their meeting hours a year; organisations are
    outlined in their colour when they lead something and sized by their
    seat-hours a year (``govgraph.burden``). Meetings of unknown frequency are
    drawn at the smallest size with a dashed outline. Labels are the names,
    wrapped on two lines (``label_lines``). The layout is Graphviz's sfdp
    (Debian's graphviz and python3-pygraphviz), told each node's size with
    its label so that no two labels overlap; ``layout="spring"`` is
    networkx's spring layout with a fixed ``seed``, and ``"bipartite"`` puts
    organisations in one column and meetings in another.

    On a large register the map stays readable: labels are placed meetings
    first, then organisations and roles by the number of meetings they attend
    (at most 400), and a label that would cover one already placed is left out;
    more than 25 bodies in no meeting are counted in the legend rather than
    drawn. The legend says how many nodes have no label.

    Returns the Axes. Each drawn node is one point of the collections with
    gid "organisations" and "meetings" (in PartnershipGraph vertex order,
    leaving out bodies in no meeting when they are not drawn).

    Example::

        ax = govgraph.plot.network_map(reg)
        ax.figure.savefig("network.png", dpi=200)
    """
    from govgraph.graphs import to_networkx

    nx = require("networkx", "govgraph.plot.network_map")

    g = to_networkx(register)
    # Many bodies in no meeting (a national list of organisations) would bury the network: past a
    # handful they are counted in the legend instead of drawn.
    isolated = [n for n in g.nodes if g.degree(n) == 0]
    if len(isolated) > _MAX_ISOLATED_DRAWN:
        g.remove_nodes_from(isolated)
    else:
        isolated = []
    # Meetings first, then the best-connected organisations and roles: the order in which labels
    # are placed, each left out where it would cover one already placed.
    ranked = sorted(g.nodes, key=lambda n: (-g.nodes[n]["bipartite"], -g.degree(n), str(n)))
    labelled = ranked[:_MAX_LABELS] if labels else []
    names = {n: label_lines(_entity(register, g.nodes[n]["kind"], g.nodes[n]["id"])) for n in labelled}
    if layout == "graphviz":
        pos = _graphviz_layout(g, names, seed)
    elif layout == "spring":
        pos = _component_layout(nx, g, seed)
    elif layout == "bipartite":
        actors = [n for n, d in g.nodes(data=True) if d["bipartite"] == 0]
        pos = nx.bipartite_layout(g, actors) if actors else nx.spring_layout(g, seed=seed)
    else:
        raise ValueError(f"unknown layout {layout!r}; choose graphviz, spring or bipartite")
    figure_size = (12.0, 9.0)
    if layout == "graphviz" and pos:
        # Graphviz lays out in points: a figure of the layout's own size keeps the labels as far
        # apart as they were laid out (within reason; the legend takes the right-hand side).
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        figure_size = (min(max((max(xs) - min(xs)) / 72 + 3.5, 10.0), 26.0),
                       min(max((max(ys) - min(ys)) / 72 + 1.5, 6.0), 20.0))
    ax = _axes(ax, figure_size)
    b = _core.burden(register)
    meeting_hours = {register.meeting(m.meeting).id: m.meeting_hours for m in b.meetings}
    org_hours = {register.organisation(o.organisation).id: o.seat_hours for o in b.organisations}
    colours = lead_colours(register)
    # With more leads than the palette has colours, a colour would stand for several leads: colour
    # by the kind of the lead organisation instead (police, council, health, ...).
    lead_names = {o: short_name(register.organisation(register.find_organisation(o)), 24) for o in colours}
    if len(colours) > _LEAD_PALETTE_SIZE:
        kinds = {o: register.organisation(register.find_organisation(o)).kind.name.lower().replace("_", " ")
                 for o in colours}
        kind_colour = {k: c for k, c in zip(sorted(set(kinds.values())), lead_colours_palette())}
        colours = {o: kind_colour[kinds[o]] for o in colours}
        lead_names = {o: kinds[o] for o in colours}

    def size(hours: Optional[float], largest: float) -> float:
        if not hours or largest <= 0:
            return 60.0
        return 60.0 + 900.0 * hours / largest

    from matplotlib.collections import LineCollection  # type: ignore[import]

    segments = [(pos[a], pos[b]) for a, b in g.edges()]
    widths = [0.6 + 0.4 * min(d["weight"], 4) for _, _, d in g.edges(data=True)]
    styles = ["dotted" if d["participation"] in ("lead", "supporting") else "solid" for _, _, d in g.edges(data=True)]
    ax.add_collection(LineCollection(segments, colors="#9a9a9a", linewidths=widths, linestyles=styles, zorder=1,
                                     gid="edges"))

    actors = [n for n, d in g.nodes(data=True) if d["bipartite"] == 0]
    hubs = [n for n, d in g.nodes(data=True) if d["bipartite"] == 1]
    largest_org = max(org_hours.values(), default=0.0)
    largest_meeting = max((h for h in meeting_hours.values() if h), default=0.0)
    actor_edges = [colours.get(g.nodes[n]["id"], "#555555") if g.nodes[n]["kind"] == "organisation" else "#555555"
                   for n in actors]
    ax.scatter([pos[n][0] for n in actors], [pos[n][1] for n in actors], marker="o", zorder=2, gid="organisations",
               s=[size(org_hours.get(g.nodes[n]["id"]) if g.nodes[n]["kind"] == "organisation" else None, largest_org)
                  for n in actors],
               facecolors=_ACTOR_FACE, edgecolors=actor_edges, linewidths=2.0)
    hub_colours, hub_sizes, hub_styles = [], [], []
    for n in hubs:
        d = g.nodes[n]
        if d["kind"] == "meeting":
            m = register.meeting(register.find_meeting(d["id"]))
            hub_colours.append(meeting_colour(register, m, colours))
            hours = meeting_hours.get(d["id"])
        else:  # an initiative: coloured by its lead too, with no hours of its own
            item = register.initiative(register.find_initiative(d["id"]))
            hub_colours.append(meeting_colour(register, item, colours))
            hours = None
        hub_sizes.append(size(hours, largest_meeting))
        hub_styles.append("solid" if hours else "dashed")
    ax.scatter([pos[n][0] for n in hubs], [pos[n][1] for n in hubs], marker="s", zorder=3, gid="meetings",
               s=hub_sizes, c=hub_colours, edgecolors="#333333", linewidths=1.0, linestyles=hub_styles)

    texts = [ax.annotate(names[n], pos[n], xytext=(0, 7), textcoords="offset points", ha="center", va="bottom",
                         fontsize=7, zorder=4, linespacing=1.0,
                         fontweight="bold" if g.nodes[n]["bipartite"] == 1 else "normal") for n in labelled]

    from matplotlib.lines import Line2D  # type: ignore[import]

    legend_entries: Dict[str, str] = {}
    for o, c in colours.items():
        legend_entries.setdefault(f"led by {lead_names[o]}", c)
    handles = [Line2D([], [], marker="s", linestyle="", color=c, markeredgecolor="#333333", label=label)
               for label, c in legend_entries.items()]
    handles += [Line2D([], [], marker="s", linestyle="", color=_JOINT_LEAD, label="joint lead"),
                Line2D([], [], marker="s", linestyle="", color=_NO_LEAD, label="no lead"),
                Line2D([], [], marker="o", linestyle="", markerfacecolor=_ACTOR_FACE, markeredgecolor="#555555",
                       label="organisation or role")]
    ax.set_title(title if title is not None else f"Partnership network: {register.info.title}".rstrip(": "))
    ax.set_axis_off()
    ax.autoscale_view()
    ax.margins(0.08)

    def notes(unlabelled: int) -> str:
        lines = ["Square size: meeting hours a year", "Circle size: seat-hours a year"]
        if labels:
            lines.append(f"{unlabelled:,} of {len(g):,} without a label, for space" if unlabelled
                         else "every node labelled")
        if isolated:
            lines.append(f"{len(isolated):,} bodies in no meeting not drawn")
        return "\n".join(lines)

    # The legend goes in first and the layout is settled, so that labels are tested for overlap
    # where they will be drawn; only the count in its title changes afterwards.
    legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False,
                       title=notes(len(g) - len(texts)), title_fontsize=8, alignment="left")
    engine = ax.figure.get_layout_engine()
    if engine is not None:
        engine.execute(ax.figure)
    hidden = _hide_overlapping(ax, texts)
    legend.set_title(notes(len(g) - len(texts) + hidden), prop={"size": 8})
    return ax


# Past these, a map leaves bodies in no meeting out and labels only the first nodes by rank.
_MAX_ISOLATED_DRAWN = 25
_MAX_LABELS = 400


def _hide_overlapping(ax: Any, texts: List[Any]) -> int:
    """Hides each label (in rank order) that would cover one already shown; returns how many.

    Labels are binned by screen position so that each is compared only with its neighbours."""
    if not texts:
        return 0
    ax.get_xlim(), ax.get_ylim()  # settle the autoscaled limits, which matplotlib computes lazily
    renderer = ax.figure.canvas.get_renderer()
    cell = 60.0  # pixels
    placed: Dict[Tuple[int, int], List[Any]] = {}
    hidden = 0
    for text in texts:
        box = text.get_window_extent(renderer).expanded(1.0, 1.0).padded(2.0)  # room for layout rounding
        cells = [(i, j) for i in range(int(box.x0 // cell), int(box.x1 // cell) + 1)
                 for j in range(int(box.y0 // cell), int(box.y1 // cell) + 1)]
        if any(box.overlaps(other) for c in cells for other in placed.get(c, ())):
            text.set_visible(False)
            hidden += 1
            continue
        for c in cells:
            placed.setdefault(c, []).append(box)
    return hidden


def label_lines(entity: Any, width: int = 22) -> str:
    """A chart label for a long name: the whole name on at most two lines of about ``width``
    characters, cut with "…" only beyond that; an abbreviation in capitals among the aliases
    ("OPCC") when the name would need more.

    Example::

        govgraph.plot.label_lines(reg.role(reg.find_role("chief-executive-bristol")))
        # 'Chief Executive,\nBristol City Council'
    """
    name = str(entity.name)
    if len(name) <= width:
        return name
    words = name.split()
    first: List[str] = []
    while words and len(" ".join(first + words[:1])) <= width:
        first.append(words.pop(0))
    if not first:  # one very long word
        first, words = [name[: width - 1] + "…"], []
    rest = " ".join(words)
    if len(rest) > width:
        shorter = short_name(entity, width)
        if not shorter.endswith("…"):
            return shorter
        rest = rest[: width - 1].rstrip() + "…"
    return " ".join(first) + ("\n" + rest if rest else "")


def _graphviz_layout(g: Any, names: Dict[Any, str], seed: int) -> Dict[Any, Any]:
    """sfdp positions with each node as large as its marker and its label above it, and
    overlaps removed, so that labels never sit on one another; separate parts of the
    network are packed beside the largest."""
    pygraphviz = require("pygraphviz", "govgraph.plot.network_map's layout (or give layout=\"spring\")")
    a = pygraphviz.AGraph(strict=False, directed=False)
    a.graph_attr.update(overlap="prism", overlap_scaling="-4", sep="+4", pack="true", packmode="graph",
                        start=str(seed), outputorder="edgesfirst", K="0.9")
    for n in g.nodes:
        if n not in names:  # drawn without a label: the marker alone
            a.add_node(str(n), shape="box", fixedsize="true", width="0.18", height="0.18", label="")
            continue
        lines = names[n].split("\n")
        # Inches at 7-point type: about 0.058 in a character and 0.12 a line, plus the marker.
        width = max(0.3, 0.058 * max(len(line) for line in lines) + 0.1)
        # The label sits above the node's centre: the box reaches as far below.
        height = 2 * (0.12 * len(lines) + 0.12)
        a.add_node(str(n), shape="box", fixedsize="true", width=f"{width:.3f}", height=f"{height:.3f}", label="")
    for u, v in g.edges:
        a.add_edge(str(u), str(v))
    a.layout(prog="sfdp")
    pos = {}
    for n in g.nodes:
        x, y = (float(c) for c in a.get_node(str(n)).attr["pos"].split(",")[:2])
        pos[n] = (x, y)
    return pos


def _component_layout(nx: Any, g: Any, seed: int) -> Dict[str, Any]:
    """Spring layout of the largest part of the network in the unit square,
    with the smaller parts (often single bodies in no meeting) in a row below
    it, so that they neither drift to the edges nor crowd the middle."""
    parts = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    if not parts:
        return {}
    main = g.subgraph(parts[0])
    pos = dict(nx.spring_layout(main, seed=seed, k=2.2 / math.sqrt(max(len(parts[0]), 1)), iterations=300))
    rest = parts[1:]
    for k, part in enumerate(rest):
        x = -1.0 + 2.0 * (k + 0.5) / len(rest)
        if len(part) == 1:
            pos[part[0]] = (x, -1.25)
        else:
            scale = min(0.9 / len(rest), 0.15)
            pos.update(nx.spring_layout(g.subgraph(part), seed=seed, scale=scale, center=(x, -1.25)))
    return pos


def _entity(register: Any, kind: str, entity_id: str) -> Any:
    find = {"organisation": (register.find_organisation, register.organisation),
            "role": (register.find_role, register.role),
            "meeting": (register.find_meeting, register.meeting),
            "initiative": (register.find_initiative, register.initiative)}[kind]
    return find[1](find[0](entity_id))


# --- overlap heat map ---------------------------------------------------------


def overlap_matrix(source: Any, *, all_meetings: bool = False) -> Tuple[List[str], List[str], Any, List[int]]:
    """The overlap scores as a square matrix, with families of overlapping meetings next to each other.

    Returns ``(ids, names, matrix, cluster_sizes)``: the order of the rows
    (and columns), the score of every pair (0 when a pair does not overlap,
    NaN on the diagonal), and the sizes of the families
    (``govgraph.cluster_overlaps``) in order; meetings in no family come last.
    ``source`` is a register (``find_overlaps`` with its defaults) or an
    ``OverlapResult``.

    Example::

        ids, names, matrix, sizes = govgraph.plot.overlap_matrix(reg)
    """
    import numpy  # type: ignore[import]

    from govgraph.overlap import cluster_overlaps

    result = _core.find_overlaps(source) if isinstance(source, _core.Register) else source
    register = _register_of(result, "govgraph.OverlapResult")
    clusters = cluster_overlaps(result)
    order: List[Any] = []
    sizes: List[int] = []
    for c in clusters:
        members = [m for m in c.members if m not in order]
        order.extend(members)
        sizes.append(len(members))
    for o in result.pairs:
        for item in (o.a, o.b):
            if item not in order:
                order.append(item)
    if all_meetings:
        present = {_item_id(register, i) for i in order}
        order.extend(_MeetingItem(h) for h, m in enumerate(register.meetings) if m.id not in present)
    ids = [_item_id(register, i) for i in order]
    names = [_item_name(register, i) for i in order]
    position = {key: k for k, key in enumerate(ids)}
    matrix = numpy.zeros((len(order), len(order)))
    for o in result.pairs:
        a, b = position[_item_id(register, o.a)], position[_item_id(register, o.b)]
        matrix[a, b] = matrix[b, a] = o.score
    numpy.fill_diagonal(matrix, numpy.nan)
    return ids, names, matrix, sizes


class _MeetingItem:
    """A meeting that overlaps nothing, for the optional full matrix."""

    def __init__(self, handle: int) -> None:
        self.handle = handle


def _item_id(register: Any, item: Any) -> str:
    if isinstance(item, _MeetingItem):
        return str(register.meeting(item.handle).id)
    return str(_core.item_id(register, item))


def _item_name(register: Any, item: Any) -> str:
    if isinstance(item, _MeetingItem):
        return str(register.meeting(item.handle).name)
    return str(_core.item_name(register, item))


def overlap_heatmap(source: Any, ax: Any = None, *, all_meetings: bool = False, annotate: bool = True,
                    title: Optional[str] = None) -> Any:
    """Pairwise overlap scores between meetings, families outlined.

    Rows and columns are the meetings that overlap another (all meetings
    with ``all_meetings=True``), families of overlapping meetings
    (``govgraph.cluster_overlaps``) next to each other and outlined; darker
    means more overlap (0 to 1). ``source`` is a register or the
    ``OverlapResult`` of ``govgraph.find_overlaps`` (to use other options).

    Returns the Axes; the image (``ax.images[0]``) holds the scores.

    Example::

        govgraph.plot.overlap_heatmap(govgraph.find_overlaps(reg, min_score=0.3))
    """
    ids, names, matrix, sizes = overlap_matrix(source, all_meetings=all_meetings)
    n = len(ids)
    ax = _axes(ax, (4 + 0.42 * n, 3 + 0.36 * n))
    title = title if title is not None else "Overlap between meetings (families outlined)"
    if n == 0:
        return _nothing(ax, "No meetings overlap at this score.", title)
    import numpy  # type: ignore[import]

    image = ax.imshow(numpy.ma.masked_invalid(matrix), cmap="Blues", vmin=0.0, vmax=1.0, interpolation="nearest")
    image.cmap.set_bad("#f2f2f2")
    ax.set_xticks(range(n), labels=names, rotation=90, fontsize=8)
    ax.set_yticks(range(n), labels=names, fontsize=8)
    start = 0
    from matplotlib.patches import Rectangle  # type: ignore[import]

    for number, size in enumerate(sizes, start=1):
        ax.add_patch(Rectangle((start - 0.5, start - 0.5), size, size, fill=False, edgecolor="#c0392b",
                               linewidth=2.0, gid=f"cluster-{number}"))
        start += size
    if annotate and n <= 30:
        for i in range(n):
            for j in range(n):
                if matrix[i, j] > 0:
                    ax.text(j, i, f"{matrix[i, j]:.2f}", ha="center", va="center", fontsize=6,
                            color="white" if matrix[i, j] > 0.55 else "#222222")
    ax.figure.colorbar(image, ax=ax, shrink=0.6, label="overlap score")
    ax.set_title(title)
    return ax


# --- burden -------------------------------------------------------------------


def burden_by_level(source: Any, by: str = "organisation") -> Tuple[List[str], List[str], Dict[str, List[float]],
                                                                       List[int]]:
    """Hours a year by organisation (or meeting), split by the meetings' level.

    Returns ``(ids, names, hours, unknown)``: rows in the order of
    ``govgraph.burden`` (most hours first), ``hours[level]`` one figure per
    row, and for each row the number of its meetings whose frequency is not
    known (not counted in the hours). For organisations the hours are
    seat-hours: each meeting's seat-hours shared among its participants by
    seats, so each row adds up to the burden's figure.

    Example::

        ids, names, hours, unknown = govgraph.plot.burden_by_level(reg)
        hours["strategic"][0]
    """
    result = _core.burden(source) if isinstance(source, _core.Register) else source
    register = _register_of(result, "govgraph.BurdenResult")
    levels = list(LEVEL_COLOURS)
    if by == "meeting":
        rows = sorted(result.meetings, key=lambda m: -(m.meeting_hours or 0))
        ids = [register.meeting(m.meeting).id for m in rows]
        names = [register.meeting(m.meeting).name for m in rows]
        hours = {lv: [0.0] * len(rows) for lv in levels}
        for k, m in enumerate(rows):
            hours[register.meeting(m.meeting).level.name.lower()][k] = m.meeting_hours or 0.0
        return ids, names, hours, [0 if m.meeting_hours is not None else 1 for m in rows]
    if by != "organisation":
        raise ValueError(f"unknown by={by!r}; choose organisation or meeting")
    rows_org = list(result.organisations)
    index = {o.organisation: k for k, o in enumerate(rows_org)}
    hours = {lv: [0.0] * len(rows_org) for lv in levels}
    for mb in result.meetings:
        if mb.seat_hours is None or mb.seats == 0:
            continue
        m = register.meeting(mb.meeting)
        level = m.level.name.lower()
        for p in m.participants:
            org = register.organisation_of(p.party)
            if org is not None and org in index:
                hours[level][index[org]] += mb.seat_hours * p.seats / mb.seats
    ids = [register.organisation(o.organisation).id for o in rows_org]
    names = [register.organisation(o.organisation).name for o in rows_org]
    return ids, names, hours, [len(o.unknown_cadence) for o in rows_org]


def burden_chart(source: Any, ax: Any = None, *, by: str = "organisation", top: Optional[int] = 15,
                 title: Optional[str] = None) -> Any:
    """Hours a year by organisation, stacked by level (strategic, tactical, operational, unknown).

    Horizontal bars, most hours at the top; the number after each bar counts
    the organisation's meetings whose frequency is not known and so are not
    in the hours. ``by="meeting"`` draws meeting hours by meeting instead.
    ``source`` is a register or a ``BurdenResult`` (to use other options;
    with preparation hours that differ by role, the split between levels is
    by seats). ``top`` keeps the largest rows (None for all).

    Returns the Axes: one bar container per level, in LEVEL_COLOURS order.

    Example::

        govgraph.plot.burden_chart(govgraph.burden(reg, preparation_hours_per_sitting=1))
    """
    ids, names, hours, unknown = burden_by_level(source, by)
    count = len(ids) if top is None else min(top, len(ids))
    names, unknown = names[:count], unknown[:count]
    ax = _axes(ax, (10, 1.5 + 0.38 * max(count, 1)))
    what = "Seat-hours a year" if by == "organisation" else "Meeting hours a year"
    title = title if title is not None else f"{what} by {by}, by meeting level"
    if count == 0:
        return _nothing(ax, f"No {by} has hours to show.", title)
    left = [0.0] * count
    for level, colour in LEVEL_COLOURS.items():
        values = hours[level][:count]
        ax.barh(range(count), values, left=left, color=colour, label=level, gid=level, edgecolor="white",
                linewidth=0.5)
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(range(count), labels=names, fontsize=9)
    ax.invert_yaxis()
    for k in range(count):
        if unknown[k]:
            ax.annotate(f"+{unknown[k]} of unknown frequency", (left[k], k), xytext=(4, 0),
                        textcoords="offset points", va="center", fontsize=7, color="#555555")
    if any(unknown) and max(left, default=0) > 0:
        ax.set_xlim(0, max(left) * 1.3)  # room for the notes after the bars
    ax.set_xlabel(what)
    ax.legend(title="Meeting level", fontsize=8, title_fontsize=8, loc="lower right")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title)
    return ax


# --- topic coverage -----------------------------------------------------------


def coverage_table(register: Any) -> Tuple[List[str], List[str], Any]:
    """Which meeting takes up which topic: ``(topic names, meeting names, 0/1 matrix)``.

    Rows are the register's topics in order, columns its meetings; a cell is
    1 when the meeting lists the topic.

    Example::

        topics, meetings, matrix = govgraph.plot.coverage_table(reg)
    """
    import numpy  # type: ignore[import]

    topics = list(register.topics)
    meetings = list(register.meetings)
    matrix = numpy.zeros((len(topics), len(meetings)))
    row = {t.id: k for k, t in enumerate(topics)}
    for j, m in enumerate(meetings):
        for t in m.topics:
            matrix[row[t], j] = 1
    return [t.name for t in topics], [m.name for m in meetings], matrix


def coverage_matrix(register: Any, ax: Any = None, *, title: Optional[str] = None) -> Any:
    """Topics (rows) against meetings (columns): a filled cell where the meeting takes up the topic.

    The number after each topic counts its meetings: 0 is a topic no meeting
    holds, many is a topic that may be discussed more often than needed.

    Returns the Axes; the image (``ax.images[0]``) holds the 0/1 matrix.

    Example::

        govgraph.plot.coverage_matrix(reg).figure.savefig("coverage.png", bbox_inches="tight")
    """
    topics, meetings, matrix = coverage_table(register)
    ax = _axes(ax, (3 + 0.38 * max(len(meetings), 1), 3 + 0.34 * max(len(topics), 1)))
    title = title if title is not None else "Topics taken up by each meeting"
    if not topics or not meetings:
        return _nothing(ax, "The register lists no topics." if not topics else "The register lists no meetings.",
                        title)
    from matplotlib.colors import ListedColormap  # type: ignore[import]

    ax.imshow(matrix, cmap=ListedColormap(["#f4f4f4", "#1f4e79"]), vmin=0, vmax=1, aspect="auto",
              interpolation="nearest")
    ax.set_xticks(range(len(meetings)), labels=meetings, rotation=90, fontsize=8)
    ax.set_yticks(range(len(topics)), labels=[f"{t} ({int(matrix[k].sum())})" for k, t in enumerate(topics)],
                  fontsize=8)
    ax.set_xticks([x - 0.5 for x in range(1, len(meetings))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(topics))], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.0)
    ax.tick_params(which="minor", length=0)
    ax.set_xlabel("Meeting")
    ax.set_ylabel("Topic (meetings that take it up)")
    ax.set_title(title)
    return ax


# --- skills audit -------------------------------------------------------------


def skills_matrix(result: Any, ax: Any = None, *, title: Optional[str] = None) -> Any:
    """A skills audit's members (rows) against skills (columns), darker for a higher level.

    Each cell shows the member's level; a blank (grey) cell was not assessed,
    which is not zero. A skill no assessed member holds at the required level
    (a gap) is outlined in red, one held by a single member in orange; the
    number under each skill is the level it needs. ``result`` is a
    ``govgraph.skills_audit`` result.

    Returns the Axes; the image (``ax.images[0]``) holds the levels (NaN where
    not assessed), and the outlines are patches with gid ``gap-<skill>`` or
    ``single-<skill>``.

    Example::

        r = govgraph.skills_audit("examples/panel/dorset-pcp-2018-skills.csv")
        govgraph.plot.skills_matrix(r).figure.savefig("skills.png", bbox_inches="tight")
    """
    if not isinstance(result, _core.SkillsAuditResult):
        raise TypeError(f"expected a govgraph.SkillsAuditResult, not {type(result).__name__}")
    members, skills = list(result.members), list(result.skills)
    ax = _axes(ax, (3 + 0.5 * max(len(skills), 1), 2.5 + 0.36 * max(len(members), 1)))
    title = title if title is not None else "Skills audit: levels by member (gaps outlined in red)"
    if not members or not skills:
        return _nothing(ax, "The audit has no members." if not members else "The framework has no skills.", title)
    import numpy  # type: ignore[import]
    from matplotlib.patches import Rectangle  # type: ignore[import]

    matrix = numpy.array([[math.nan if v is None else float(v) for v in row] for row in result.matrix])
    top = max([c.required_level for c in result.coverage] + [1] + [v for row in result.matrix for v in row if v])
    image = ax.imshow(numpy.ma.masked_invalid(matrix), cmap="Blues", vmin=0, vmax=top, aspect="auto",
                      interpolation="nearest")
    image.cmap.set_bad("#e6e6e6")
    names = {c.skill: c.name for c in result.coverage}
    ax.set_xticks(range(len(skills)),
                  labels=[f"{names.get(s, s)} ({c.required_level})" for s, c in zip(skills, result.coverage)],
                  rotation=90, fontsize=8)
    ax.set_yticks(range(len(members)), labels=members, fontsize=8)
    for i, row in enumerate(result.matrix):
        for j, level in enumerate(row):
            ax.text(j, i, "" if level is None else str(level), ha="center", va="center", fontsize=7,
                    color="white" if level is not None and level > top * 0.6 else "#222222")
    outlines = {"gap": "#c0392b", "single_holder": "#e67e22"}
    for j, c in enumerate(result.coverage):
        if c.status in outlines:
            gid = ("gap-" if c.status == "gap" else "single-") + c.skill
            ax.add_patch(Rectangle((j - 0.5, -0.5), 1, len(members), fill=False, edgecolor=outlines[c.status],
                                   linewidth=2.0, gid=gid))
    ax.figure.colorbar(image, ax=ax, shrink=0.6, label="level")
    ax.set_xlabel("Skill (level the panel needs)")
    ax.set_ylabel("Member")
    ax.set_title(title)
    return ax


# --- influence and what-if -----------------------------------------------------


def influence_chart(source: Any, ax: Any = None, *, top: int = 15, title: Optional[str] = None) -> Any:
    """Who holds the network together: the ``top`` actors by brokerage (normalised betweenness:
    the share of shortest paths between others that pass through them), brokers in dark blue,
    each bar labelled with the meetings attended and, for a broker, how many separate groups
    the network falls into without it.

    ``source`` is a Register, a PartnershipGraph or an ``influence()`` result.

    Example::

        ax = govgraph.plot.influence_chart(reg)
    """
    from govgraph import analysis

    if isinstance(source, _core.Register):
        source = _core.PartnershipGraph(source)
    result = _core.influence(source) if isinstance(source, _core.PartnershipGraph) else source
    rows, _ = analysis.records(result, "actors")
    rows = sorted(rows, key=lambda r: (-r["betweenness_normalised"], -r["eigenvector"], r["label"]))[:top]
    ax = _axes(ax, (9, 0.8 + 0.34 * max(len(rows), 1)))
    heading = title if title is not None else "Brokerage: who joins the network's groups"
    if not rows:
        return _nothing(ax, "No organisations or roles take part in any meeting.", heading)
    labels = [r["label"] if len(r["label"]) <= 40 else r["label"][:39] + "…" for r in rows][::-1]
    values = [r["betweenness_normalised"] for r in rows][::-1]
    colours = ["#1f4e79" if r["broker"] else "#9fb6cd" for r in rows][::-1]
    bars = ax.barh(labels, values, color=colours, gid="brokerage")
    for bar, r in zip(bars, rows[::-1]):
        note = f"{r['meetings']} meetings"
        if r["broker"] and r["groups_if_absent"]:
            note += f"; without it {r['groups_if_absent']} groups"
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, "  " + note, va="center", fontsize=7)
    ax.set_xlabel("Share of shortest paths between others through it (normalised betweenness)")
    ax.set_xlim(0, max(values + [0.01]) * 1.45)
    ax.set_title(heading)
    return ax


def what_if_chart(result: Any, ax: Any = None, *, top: int = 15, title: Optional[str] = None) -> Any:
    """A change set's hours a year by organisation, before and after (``what_if()``'s result):
    paired bars, the organisations saving most first; an organisation losing meetings of
    unknown frequency is marked, since its saving is more than shown.

    Example::

        ax = govgraph.plot.what_if_chart(govgraph.what_if(reg, "examples/changes/avon-and-somerset-recommendation-b.json"))
    """
    from govgraph import analysis

    rows, _ = analysis.records(result, "hours")
    rows = sorted(rows, key=lambda r: (-(r["saved"] or 0), -(r["before"] or 0), r["organisation"]))[:top]
    ax = _axes(ax, (9, 1.0 + 0.45 * max(len(rows), 1)))
    heading = title if title is not None else textwrap.fill(
        f"Seat-hours a year before and after: {result.title or 'the changes'}", 70)
    if not rows:
        return _nothing(ax, "The changes touch no organisation's hours.", heading)
    y = list(range(len(rows)))[::-1]
    before = [r["before"] or 0 for r in rows]
    after = [r["after"] or 0 for r in rows]
    ax.barh([v + 0.2 for v in y], before, height=0.4, color="#b7b7b7", label="before", gid="before")
    ax.barh([v - 0.2 for v in y], after, height=0.4, color="#1f4e79", label="after", gid="after")
    names = [r["organisation"] if len(r["organisation"]) <= 40 else r["organisation"][:39] + "…" for r in rows]
    ax.set_yticks(y, names)
    for v, r in zip(y, rows):
        note = f"  saves {r['saved']:g}" if r["saved"] else "  saves 0"
        if r["unknown_removed"]:
            note += f" + {len(r['unknown_removed'])} meeting(s) of unknown frequency"
        ax.text(max(r["before"] or 0, r["after"] or 0), v, note, va="center", fontsize=7)
    ax.set_xlim(0, max(before + after + [1]) * 1.9)
    ax.set_xlabel("Seat-hours a year")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    ax.set_title(heading)
    return ax


# --- reporting lines, portfolio and rationalisation ---------------------------

# Meeting level colours for the reporting tree (strategic darkest).
_LEVEL_COLOURS = {"strategic": "#1f4e79", "tactical": "#5b8bb8", "operational": "#a9c4de", "unknown": "#d9d9d9"}


def reporting_tree(source: Any, ax: Any = None, *, title: Optional[str] = None) -> Any:
    """Reporting lines as a levelled tree: each top meeting above the sub-groups that report
    to it, one row per level (Graphviz's ``dot`` layout), boxes coloured by the meeting's level
    (strategic darkest), orphans (tactical or operational meetings whose line reaches nothing
    strategic) outlined in red and a meeting to be removed dashed. Meetings that report to
    nothing and have no sub-groups are listed under the tree rather than drawn.

    ``source`` is a Register or a ``reporting_lines()`` result. Returns the Axes; the boxes are
    the patches with gid "meeting:<id>", the lines the collection with gid "reporting-lines".

    Example::

        ax = govgraph.plot.reporting_tree(reg)
    """
    result = _core.reporting_lines(source) if isinstance(source, _core.Register) else source
    register = result.register
    heading = title if title is not None else "Reporting lines: who reports to whom"
    drawn = [n for n in result.nodes if n.parent is not None or n.children]
    pygraphviz = require("pygraphviz", "govgraph.plot.reporting_tree's layout")
    names = {n.meeting: label_lines(register.meeting(n.meeting), 24) for n in drawn}
    a = pygraphviz.AGraph(strict=True, directed=True, rankdir="TB", nodesep="0.25", ranksep="0.45")
    for n in drawn:
        lines = names[n.meeting].split("\n")
        a.add_node(str(n.meeting), shape="box", fixedsize="true", label="",
                   width=f"{max(0.9, 0.062 * max(len(line) for line in lines) + 0.2):.3f}",
                   height=f"{0.13 * len(lines) + 0.14:.3f}")
    for n in drawn:
        if n.parent is not None:
            a.add_edge(str(n.parent), str(n.meeting))  # parent above child
    standalone = [register.meeting(h).name for h in result.standalone]
    if not drawn:
        ax = _nothing(_axes(ax, (8.0, 2.5)), "No meeting reports to another.", heading)
        if standalone:
            ax.text(0.5, 0.2, textwrap.fill("Standing alone: " + "; ".join(standalone), 110), ha="center",
                    va="center", fontsize=7, transform=ax.transAxes)
        return ax
    a.layout(prog="dot")
    pos = {n.meeting: tuple(float(c) for c in a.get_node(str(n.meeting)).attr["pos"].split(",")[:2]) for n in drawn}
    # Each box's width and height in points, as laid out.
    size = {n.meeting: (72 * float(a.get_node(str(n.meeting)).attr["width"]),
                        72 * float(a.get_node(str(n.meeting)).attr["height"])) for n in drawn}
    # A figure of the layout's own size (Graphviz works in points), so that the 7-point labels
    # fit the boxes they were laid out for; the legend takes the right-hand side.
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    ax = _axes(ax, (min(max((max(xs) - min(xs)) / 72 + 4.5, 7.0), 30.0),
                    min(max((max(ys) - min(ys)) / 72 + 1.6, 2.5), 24.0)))
    from matplotlib.collections import LineCollection  # type: ignore[import]
    from matplotlib.patches import FancyBboxPatch  # type: ignore[import]

    segments = [(pos[n.parent], pos[n.meeting]) for n in drawn if n.parent is not None]
    ax.add_collection(LineCollection(segments, colors="#7a7a7a", linewidths=1.0, zorder=1, gid="reporting-lines"))
    orphans = set(result.orphans)
    for n in drawn:
        m = register.meeting(n.meeting)
        width, height = size[n.meeting]
        x, y = pos[n.meeting]
        level = m.level.name.lower()
        box = FancyBboxPatch((x - width / 2, y - height / 2), width, height, boxstyle="round,pad=0,rounding_size=4",
                             facecolor=_LEVEL_COLOURS.get(level, _LEVEL_COLOURS["unknown"]),
                             edgecolor="#c0392b" if n.meeting in orphans else "#333333",
                             linewidth=2.0 if n.meeting in orphans else 0.8,
                             linestyle="dashed" if m.status.name == "TO_BE_REMOVED" else "solid", zorder=2,
                             gid=f"meeting:{m.id}")
        ax.add_patch(box)
        ax.text(x, y, names[n.meeting], ha="center", va="center", fontsize=7, zorder=3, linespacing=1.0,
                color="white" if level in ("strategic", "tactical") else "#1a1a1a")
    from matplotlib.patches import Patch  # type: ignore[import]

    handles = [Patch(facecolor=c, edgecolor="#333333", label=level) for level, c in _LEVEL_COLOURS.items()]
    handles.append(Patch(facecolor="white", edgecolor="#c0392b", linewidth=2.0, label="orphan: reaches nothing strategic"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
    if standalone:
        ax.text(0.0, -0.02, textwrap.fill(f"Standing alone ({len(standalone)}): " + "; ".join(standalone), 120),
                ha="left", va="top", fontsize=7, transform=ax.transAxes)
    ax.set_title(heading)
    ax.set_axis_off()
    # One layout point to one printed point where the axes allow (shrunk evenly where not), so that
    # boxes keep the size their 7-point labels were laid out for.
    box = ax.get_position()
    width_pt, height_pt = (box.width * ax.figure.get_figwidth() * 72, box.height * ax.figure.get_figheight() * 72)
    xs = [pos[m][0] + side * size[m][0] / 2 for m in pos for side in (-1, 1)]
    ys = [pos[m][1] + side * size[m][1] / 2 for m in pos for side in (-1, 1)]
    scale = max((max(xs) - min(xs) + 8) / width_pt, (max(ys) - min(ys) + 8) / height_pt, 1.0)
    centre = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
    ax.set_xlim(centre[0] - scale * width_pt / 2, centre[0] + scale * width_pt / 2)
    ax.set_ylim(centre[1] - scale * height_pt / 2, centre[1] + scale * height_pt / 2)
    return ax


def portfolio_chart(source: Any, ax: Any = None, *, title: Optional[str] = None) -> Any:
    """The collaboration portfolio as a grid: one row per initiative (venture); on the left the
    priorities each serves, on the right the forces (police organisations) in it: a full square
    for a force listed among its participants, a light one for a force only serving an area the
    initiative covers. Each row ends with what its record lacks (lead, dates, a priority), and
    pairs of initiatives the portfolio finds overlapping are listed under the grid.

    ``source`` is a Register or a ``portfolio()`` result. Returns the Axes; the squares are the
    collections with gid "priorities", "forces" and "forces-by-area".

    Example::

        ax = govgraph.plot.portfolio_chart(govgraph.load_json("examples/registers/east-midlands-collaboration-2009.json"))
    """
    from govgraph import analysis

    result = _core.portfolio(source) if isinstance(source, _core.Register) else source
    register = result.register
    heading = title if title is not None else "Collaboration portfolio: initiatives, priorities and forces"
    initiatives, _ = analysis.records(result, "initiatives")
    priorities, _ = analysis.records(result, "priorities")
    ax = _axes(ax, (11, 1.6 + 0.42 * max(len(initiatives), 1)))
    if not initiatives:
        return _nothing(ax, "The register records no initiatives.", heading)
    forces = [o for o in register.organisations if o.kind.name == "POLICE"]
    # The areas each force serves, and every area under each (so that a regional initiative covers its forces).
    children: Dict[str, List[str]] = {}
    for area in register.areas:
        if area.parent:
            children.setdefault(area.parent, []).append(area.id)

    def within(area_id: str) -> set:
        found, stack = set(), [area_id]
        while stack:
            here = stack.pop()
            if here not in found:
                found.add(here)
                stack += children.get(here, [])
        return found

    columns = [p["topic"] for p in priorities] + [f.name for f in forces]
    name = {i.id: i.name for i in register.initiatives}
    overlapping: Dict[str, List[str]] = {}
    for o in analysis.records(result, "overlaps")[0]:
        overlapping.setdefault(o["a"], []).append(f"{name[o['b']]} ({o['score']:.2f})")
        overlapping.setdefault(o["b"], []).append(f"{name[o['a']]} ({o['score']:.2f})")
    served, listed, by_area, notes = [], [], [], []
    for row, entry in enumerate(initiatives):
        item = register.initiative(register.find_initiative(entry["initiative_id"]))
        served += [(col, row) for col, p in enumerate(priorities) if p["topic_id"] in entry["priorities"]]
        members = {p.organisation for p in item.participants if p.organisation}
        covered = set().union(*(within(a) for a in item.areas)) if item.areas else set()
        for k, force in enumerate(forces):
            col = len(priorities) + k
            if force.id in members:
                listed.append((col, row))
            elif covered & set(force.areas):
                by_area.append((col, row))
        parts = [entry["gaps"]] if entry["gaps"] else []
        parts += ["overlaps " + ", ".join(overlapping[item.id])] if item.id in overlapping else []
        notes.append("\n".join(textwrap.shorten(n, 64) for n in parts))
    for cells, gid, colour, label in ((served, "priorities", "#2e7d32", "serves the priority"),
                                      (listed, "forces", "#1f4e79", "force takes part"),
                                      (by_area, "forces-by-area", "#b7cde3", "force's area covered, not listed")):
        ax.scatter([c for c, _ in cells], [r for _, r in cells], marker="s", s=140, c=colour, gid=gid,
                   edgecolors="#333333", linewidths=0.5, label=label)
    if priorities and forces:
        ax.axvline(len(priorities) - 0.5, color="#555555", linewidth=1.0)
    ax.xaxis.tick_top()
    ax.set_xticks(range(len(columns)), [textwrap.fill(c, 13, break_long_words=False) for c in columns], fontsize=6.5)
    ax.set_yticks(range(len(initiatives)), [label_lines(register.initiative(register.find_initiative(
        e["initiative_id"])), 34).replace("\n", " ") for e in initiatives], fontsize=8)
    ax.set_xlim(-0.6, max(len(columns), 1) - 0.4)
    ax.set_ylim(len(initiatives) - 0.5, -0.5)
    ax.grid(True, color="#eeeeee", linewidth=0.6)
    ax.set_axisbelow(True)
    for row, note in enumerate(notes):
        if note:
            ax.text(max(len(columns), 1) - 0.2, row, note, va="center", fontsize=6.5, color="#8a4b00",
                    linespacing=1.1)
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, -0.02), ncol=3, fontsize=7, frameon=False)
    ax.set_title(heading, pad=58)
    return ax


def rationalisation_chart(result: Any, ax: Any = None, *, title: Optional[str] = None) -> Any:
    """A rationalisation (``rationalise()``'s result) at a glance: the register's cost before and
    after (in the measure asked: meetings, meeting-hours or seat-hours a year), then each meeting
    it would stop, its cost and the kept meetings that cover it; a cost assumed for a meeting of
    unknown frequency is hatched.

    Returns the Axes; the bars are the containers with gid "totals" and "stopped".

    Example::

        ax = govgraph.plot.rationalisation_chart(govgraph.rationalise(reg))
    """
    from govgraph import analysis

    rows, _ = analysis.records(result, "meetings")
    register = result.register
    stopped = sorted((r for r in rows if r["action"] == "stop"), key=lambda r: (-(r["cost"] or 0), r["meeting"]))
    kept = len(rows) - len(stopped)
    # Every meeting's cost: what is kept plus what is stopped, including meetings stopped before the
    # search (consumed or to be removed), which the result's cost_before leaves out.
    before = result.cost_after + sum(r["cost"] or 0 for r in stopped)
    heading = title if title is not None else textwrap.fill(
        f"Rationalisation: keep {kept} of {len(rows)} meetings, stop {len(stopped)} "
        f"(cost {before:g} to {result.cost_after:g})", 80)
    ax = _axes(ax, (10, 1.6 + 0.38 * (len(stopped) + 2)))
    if not rows:
        return _nothing(ax, "The register has no meetings.", heading)
    labels = ["Before: every meeting", "After: the meetings kept"] + [
        r["meeting"] if len(r["meeting"]) <= 44 else r["meeting"][:43] + "…" for r in stopped]
    y = list(range(len(labels)))[::-1]
    ax.barh(y[:2], [before, result.cost_after], color=["#b7b7b7", "#1f4e79"], gid="totals")
    costs = [r["cost"] or 0 for r in stopped]
    bars = ax.barh(y[2:], costs, color="#c0392b", gid="stopped")
    for bar, r in zip(bars, stopped):
        if r["assumed_cost"]:
            bar.set_hatch("//")
            bar.set_alpha(0.6)
    ax.set_yticks(y, labels, fontsize=7.5)
    top = max([before] + costs + [1.0])
    ax.text(before, y[0], f"  {before:g}", va="center", fontsize=7)
    ax.text(result.cost_after, y[1], f"  {result.cost_after:g} (saves {before - result.cost_after:g})",
            va="center", fontsize=7)
    name = {m.id: m.name for m in register.meetings}
    for v, r, cost in zip(y[2:], stopped, costs):
        cover = ", ".join(short_name(register.meeting(register.find_meeting(c)), 28) if c in name else c
                          for c in r["covered_by"])
        note = f"  stop: covered by {cover}" if cover else f"  stop: {r['reason']}"
        ax.text(cost, v, textwrap.shorten(note, 90), va="center", fontsize=7)
    if stopped:
        ax.axhline(y[1] - 0.5, color="#555555", linewidth=0.8)
    ax.set_xlim(0, top * 1.9)
    ax.set_xlabel("Cost in the measure asked (by default 1 a meeting)")
    ax.set_title(heading)
    return ax
