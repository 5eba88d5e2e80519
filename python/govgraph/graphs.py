"""The partnership network as networkx graphs (docs/notebooks-and-reports.md).

Three views of one register, each a :class:`networkx.Graph` whose nodes are
keys such as ``"organisation:opcc"`` and ``"meeting:lcjb"``:

``to_networkx(reg)``
    the partnership graph: actors (organisations, and roles that belong to
    no organisation) joined to the meetings and initiatives they attend,
    lead or support. Bipartite (node attribute ``bipartite``: 0 for actors,
    1 for meetings and initiatives).
``co_attendance_network(reg)``
    actors joined when they share meetings; edge ``weight`` is the number
    of shared meetings.
``meeting_network(reg)``
    meetings joined when they share participants; edge ``weight`` is the
    number of shared actors.

Every node carries ``kind`` (organisation, role, meeting, initiative),
``id``, ``name``, ``label``, ``type`` (the entity's own kind, e.g. "board"),
``level``, ``status`` and ``lead`` (lead organisation ids, "; "-separated),
the same attributes as ``govgraph.to_graphml``; text rather than lists, so
that ``networkx.write_graphml`` can save any of the three::

    import networkx as nx
    g = govgraph.to_networkx(reg)
    nx.degree_centrality(g)["organisation:opcc"]
    co = govgraph.co_attendance_network(reg)
    sorted(co.edges(data="weight"), key=lambda e: -e[2])[:5]

networkx is imported only when one of these is called.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from govgraph import _core
from govgraph._optional import require

__all__ = ["co_attendance_network", "meeting_network", "to_networkx"]


def _networkx() -> Any:
    return require("networkx", "the networkx views")


def _check_register(register: Any, function: str) -> None:
    if not isinstance(register, _core.Register):
        raise TypeError(f"{function} needs a govgraph.Register, not {type(register).__name__}")


def _lead_ids(lead: Any) -> str:
    return "; ".join(lead.organisations)


def node_attributes(register: Any) -> Dict[str, Dict[str, Any]]:
    """Attributes of every vertex of the partnership graph, by key (as written to GraphML).

    Example::

        govgraph.graphs.node_attributes(reg)["meeting:lcjb"]["level"]   # 'strategic'
    """
    _check_register(register, "node_attributes")
    graph = _core.PartnershipGraph(register)
    nodes: Dict[str, Dict[str, Any]] = {}
    for key, kind, label in graph.vertices():
        kind_name = kind.name.lower()
        entity_id = key.split(":", 1)[1]
        attrs = {"kind": kind_name, "id": entity_id, "name": label, "label": label, "type": "", "level": "",
                 "status": "", "lead": "", "bipartite": 0 if kind_name in ("organisation", "role") else 1}
        if kind_name == "organisation":
            attrs["type"] = register.organisation(register.find_organisation(entity_id)).kind.name.lower()
        elif kind_name == "meeting":
            m = register.meeting(register.find_meeting(entity_id))
            attrs.update(type=m.kind.name.lower(), level=m.level.name.lower(), status=m.status.name.lower(),
                         lead=_lead_ids(m.lead))
        elif kind_name == "initiative":
            item = register.initiative(register.find_initiative(entity_id))
            attrs.update(status=item.status.name.lower(), lead=_lead_ids(item.lead))
        nodes[key] = attrs
    return nodes


def _participation(inv: Any) -> str:
    if inv.participates:
        return str(inv.strongest.name.lower())
    if inv.chairs:
        return "chair"
    return "lead" if inv.leads else "supporting"


def to_networkx(register: Any) -> Any:
    """The partnership graph as a bipartite :class:`networkx.Graph`.

    Edges join a meeting (or initiative) to each actor involved, with
    ``participation`` (the strongest participation type, or "lead" /
    "supporting" for an organisation that leads or supports without being
    listed), ``weight`` (seats, at least 1), ``seats``, ``leads``,
    ``supports`` and ``chairs``.

    Example::

        g = govgraph.to_networkx(reg)
        g.nodes["meeting:lcjb"]["name"]          # 'Avon and Somerset Local Criminal Justice Board'
        g.edges["meeting:lcjb", "organisation:cps"]["participation"]   # 'member'
    """
    _check_register(register, "to_networkx")
    nx = _networkx()
    g = nx.Graph(name=register.info.title)
    for key, attrs in node_attributes(register).items():
        g.add_node(key, **attrs)
    for hub, actor, inv in _core.PartnershipGraph(register).edges():
        g.add_edge(hub, actor, participation=_participation(inv), weight=max(inv.seats, 1), seats=inv.seats,
                   leads=inv.leads, supports=inv.supports, chairs=inv.chairs)
    return g


def co_attendance_network(register: Any, *, include_initiatives: bool = False, include_leads: bool = True,
                          exclude_to_be_removed: bool = False) -> Any:
    """Actors joined when they share meetings (``govgraph.co_attendance`` as a networkx graph).

    Every actor is a node, connected or not. Edges carry ``weight`` and
    ``shared`` (meetings, and initiatives if asked, that both take part in),
    ``sittings_per_year`` (summed over shared meetings with a known cadence),
    ``unknown_cadence`` and ``meetings`` (the shared meeting ids, "; "-separated).

    Example::

        co = govgraph.co_attendance_network(reg)
        co.edges["organisation:opcc", "organisation:constabulary"]["weight"]
    """
    _check_register(register, "co_attendance_network")
    nx = _networkx()
    g = nx.Graph(name=register.info.title)
    for key, attrs in node_attributes(register).items():
        if attrs["bipartite"] == 0:
            g.add_node(key, **attrs)
    graph = _core.PartnershipGraph(register)
    ties = _core.co_attendance(graph, include_initiatives=include_initiatives, include_leads=include_leads,
                               exclude_to_be_removed=exclude_to_be_removed)
    for a, b, tie in ties:
        g.add_edge(a, b, weight=tie.shared, shared=tie.shared, sittings_per_year=tie.sittings_per_year,
                   unknown_cadence=tie.unknown_cadence,
                   meetings="; ".join(register.meeting(h).id for h in tie.meetings))
    return g


def meeting_network(register: Any, *, min_shared: int = 1, include_leads: bool = True,
                    exclude_to_be_removed: bool = False) -> Any:
    """Meetings joined when they share participants (actors, as in the partnership graph).

    Edges carry ``weight`` and ``shared`` (the number of actors both
    involve) and ``actors`` (their keys, "; "-separated); only pairs sharing
    at least ``min_shared`` actors are joined. Initiatives are left out.

    Example::

        mm = govgraph.meeting_network(reg, min_shared=3)
        sorted(mm.degree, key=lambda d: -d[1])[:3]   # the best-connected meetings
    """
    _check_register(register, "meeting_network")
    if min_shared < 1:
        raise ValueError(f"min_shared must be at least 1, not {min_shared}")
    nx = _networkx()
    g = nx.Graph(name=register.info.title)
    for key, attrs in node_attributes(register).items():
        if attrs["kind"] != "meeting":
            continue
        if exclude_to_be_removed and attrs["status"] == "to_be_removed":
            continue
        g.add_node(key, **attrs)
    actors: Dict[str, List[str]] = {}
    for hub, actor, inv in _core.PartnershipGraph(register).edges():
        if hub not in g or (not include_leads and not inv.participates and not inv.chairs):
            continue
        actors.setdefault(hub, []).append(actor)
    shared: Dict[Tuple[str, str], List[str]] = {}
    by_actor: Dict[str, List[str]] = {}
    for hub, members in actors.items():
        for actor in members:
            by_actor.setdefault(actor, []).append(hub)
    for actor, hubs in by_actor.items():
        for i, a in enumerate(hubs):
            for b in hubs[i + 1:]:
                shared.setdefault((a, b), []).append(actor)
    for (a, b), common in shared.items():
        if len(common) >= min_shared:
            g.add_edge(a, b, weight=len(common), shared=len(common), actors="; ".join(sorted(common)))
    return g
