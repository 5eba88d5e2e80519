"""The networkx views and the GraphML / DOT export, checked against the register."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys

import networkx as nx
import pytest

import govgraph


def test_partnership_network_matches_the_graph(example):
    g = govgraph.to_networkx(example)
    graph = govgraph.PartnershipGraph(example)
    assert g.number_of_nodes() == graph.num_vertices
    assert g.number_of_edges() == graph.num_edges
    assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "meeting") == len(example.meetings)
    assert sum(1 for _, d in g.nodes(data=True) if d["kind"] == "organisation") == len(example.organisations)
    lcjb = g.nodes["meeting:lcjb"]
    assert (lcjb["id"], lcjb["name"], lcjb["type"], lcjb["level"], lcjb["lead"], lcjb["bipartite"]) == (
        "lcjb", "Avon and Somerset Local Criminal Justice Board", "board", "strategic", "opcc; constabulary", 1)
    assert g.nodes["organisation:cps"]["type"] == "criminal_justice"
    assert g.edges["meeting:lcjb", "organisation:cps"]["participation"] == "member"
    # The business manager is support; the constabulary leads and attends through ACC Watson.
    assert g.edges["meeting:lcjb", "role:cjb-business-manager"]["participation"] == "support"
    edge = g.edges["meeting:lcjb", "organisation:constabulary"]
    assert edge["leads"] and edge["participation"] == "member"
    assert nx.is_bipartite(g)
    for hub, actor, inv in graph.edges():
        assert g.edges[hub, actor]["seats"] == inv.seats


def test_co_attendance_network(example):
    co = govgraph.co_attendance_network(example)
    graph = govgraph.PartnershipGraph(example)
    ties = govgraph.co_attendance(graph)
    assert co.number_of_nodes() == graph.num_actors
    assert co.number_of_edges() == len(ties)
    tie = co.edges["organisation:cps", "organisation:hmcts"]
    assert tie["weight"] == 1 and tie["meetings"] == "lcjb" and tie["sittings_per_year"] == 6
    assert all(d["kind"] in ("organisation", "role") for _, d in co.nodes(data=True))


def test_meeting_network_counts_shared_actors(example):
    mm = govgraph.meeting_network(example)
    assert mm.number_of_nodes() == len(example.meetings)
    g = govgraph.to_networkx(example)
    for a, b, d in mm.edges(data=True):
        common = set(g[a]) & set(g[b])
        assert d["weight"] == len(common) and d["actors"] == "; ".join(sorted(common))
    # Every pair that shares an actor is joined.
    hubs = [n for n, d in g.nodes(data=True) if d["kind"] == "meeting"]
    pairs = sum(1 for i, a in enumerate(hubs) for b in hubs[i + 1:] if set(g[a]) & set(g[b]))
    assert mm.number_of_edges() == pairs
    strong = govgraph.meeting_network(example, min_shared=4)
    assert all(d["weight"] >= 4 for _, _, d in strong.edges(data=True))
    assert 0 < strong.number_of_edges() < pairs
    with pytest.raises(ValueError):
        govgraph.meeting_network(example, min_shared=0)


def test_graphml_reads_back_in_networkx_as_the_same_graph(example, tmp_path):
    expected = govgraph.to_networkx(example)
    path = tmp_path / "register.graphml"
    govgraph.save_graphml(example, path)
    read = nx.read_graphml(path)
    assert path.read_text(encoding="utf-8") == govgraph.to_graphml(example)
    read = nx.relabel_nodes(read, {n: d["key"] for n, d in read.nodes(data=True)})
    assert read.number_of_nodes() == expected.number_of_nodes()
    assert set(read.edges()) == set(expected.edges()) or {frozenset(e) for e in read.edges()} == {
        frozenset(e) for e in expected.edges()}
    for node, data in expected.nodes(data=True):
        for attribute in ("id", "name", "label", "kind", "type", "level", "status", "lead"):
            assert read.nodes[node].get(attribute, "") == data[attribute], (node, attribute)
    for a, b, data in expected.edges(data=True):
        got = read.edges[a, b]
        for attribute in ("participation", "weight", "leads", "supports", "chairs"):
            assert got[attribute] == data[attribute], (a, b, attribute)
    # networkx can write the views back out, as Gephi users will.
    nx.write_graphml(govgraph.co_attendance_network(example), tmp_path / "co.graphml")


def _parse_dot(text):
    nodes, edges = {}, []
    attribute = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|[^,\]]+)')
    for line in text.splitlines()[1:-1]:
        line = line.strip().rstrip(";")
        edge = re.match(r'^("(?:[^"\\]|\\.)*"|\S+)\s*--\s*("(?:[^"\\]|\\.)*"|\S+)\s*\[(.*)\]$', line)
        if edge:
            edges.append((edge[1].strip('"'), edge[2].strip('"'),
                          {k: v.strip('"') for k, v in attribute.findall(edge[3])}))
            continue
        node = re.match(r'^("(?:[^"\\]|\\.)*"|\S+)\s*\[(.*)\]$', line)
        assert node, line
        nodes[node[1].strip('"')] = {k: v.strip('"') for k, v in attribute.findall(node[2])}
    return nodes, edges


def test_dot_holds_every_node_and_edge(example, tmp_path):
    text = govgraph.to_dot(example)
    assert text.startswith("graph G {")
    nodes, edges = _parse_dot(text)
    expected = govgraph.to_networkx(example)
    assert set(nodes) == set(expected.nodes)
    assert len(edges) == expected.number_of_edges()
    assert nodes["meeting:lcjb"]["label"] == "Avon and Somerset Local Criminal Justice Board"
    assert nodes["meeting:lcjb"]["shape"] == "box" and nodes["organisation:cps"]["shape"] == "ellipse"
    for a, b, attrs in edges:
        assert attrs["participation"] == expected.edges[a, b]["participation"]
    dot = shutil.which("dot")
    if dot:  # Graphviz is optional; when present it must accept the file.
        (tmp_path / "g.dot").write_text(text, encoding="utf-8")
        subprocess.run([dot, "-Tsvg", str(tmp_path / "g.dot"), "-o", str(tmp_path / "g.svg")], check=True)


def test_graph_command(example_path, tmp_path):
    out = tmp_path / "g.graphml"
    run = subprocess.run([sys.executable, "-m", "govgraph", "graph", str(example_path), "-o", str(out)],
                         capture_output=True, text=True, env=dict(os.environ), check=False)
    assert run.returncode == 0, run.stderr
    assert nx.read_graphml(out).number_of_nodes() == govgraph.PartnershipGraph(govgraph.load_json(example_path)
                                                                              ).num_vertices
    run = subprocess.run([sys.executable, "-m", "govgraph", "graph", str(example_path), "--format", "dot", "-o", "-"],
                         capture_output=True, text=True, env=dict(os.environ), check=False)
    assert run.returncode == 0 and run.stdout.startswith("graph G {")
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "meetings": [{"id": "m"}]}', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "govgraph", "graph", str(bad), "-o", str(out)],
                         capture_output=True, text=True, env=dict(os.environ), check=False)
    assert run.returncode == 2 and 'meetings[0]: missing "name"' in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_graphml_of_a_name_xml_cannot_hold_is_an_error():
    reg = govgraph.loads_json('{"schema_version": 1, "organisations": [{"id": "x", "name": "Bell\\u0007"}]}')
    with pytest.raises(govgraph.InvalidInputError, match="organisation:x: the name holds control character 7"):
        govgraph.to_graphml(reg)
    assert io.StringIO(govgraph.to_graphml(govgraph.PartnershipGraph(govgraph.Register())))
