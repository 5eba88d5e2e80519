"""The partnership graph, its components and the co-attendance projection."""

import govgraph


def test_vertices_and_merged_edges(small):
    g = govgraph.PartnershipGraph(small)
    keys = [k for k, _, _ in g.vertices()]
    # Three organisations, the one role with no organisation, three meetings.
    assert keys == ["organisation:opcc", "organisation:police", "organisation:council", "role:chair",
                    "meeting:board", "meeting:sub", "meeting:tbc"]
    assert g.num_actors == 4
    edges = {(a, b): inv for a, b, inv in g.edges()}
    board_opcc = edges[("meeting:board", "organisation:opcc")]
    assert board_opcc.participates and board_opcc.leads and board_opcc.chairs
    assert board_opcc.strongest == govgraph.ParticipationType.CHAIR
    board_police = edges[("meeting:board", "organisation:police")]
    assert board_police.leads and not board_police.participates
    assert edges[("meeting:board", "organisation:council")].seats == 2


def test_components(small):
    parts = govgraph.connected_components(govgraph.PartnershipGraph(small))
    assert len(parts) == 1
    assert len(parts[0]) == 7


def test_co_attendance(small):
    g = govgraph.PartnershipGraph(small)
    ties = {(a, b): w for a, b, w in govgraph.co_attendance(g)}
    tie = ties[("organisation:opcc", "organisation:council")]
    assert tie.shared == 1 and tie.sittings_per_year == 4
    assert small.meeting(tie.meetings[0]).id == "board"
    # The council and the police share only the board, which the police lead without attending.
    assert ("organisation:police", "organisation:council") in ties
    no_leads = {(a, b) for a, b, _ in govgraph.co_attendance(g, include_leads=False)}
    assert ("organisation:police", "organisation:council") not in no_leads


def test_graph_keeps_register_alive(example_path):
    g = govgraph.PartnershipGraph(govgraph.load_json(example_path))
    assert g.num_vertices > 0
    assert all(isinstance(k, str) for k, _, _ in g.vertices())


def test_register_accepted_for_a_graph(small):
    graph = govgraph.PartnershipGraph(small)
    assert [len(c) for c in govgraph.connected_components(small)] == [len(c) for c in govgraph.connected_components(graph)]
    assert len(govgraph.co_attendance(small)) == len(govgraph.co_attendance(graph))
