"""The four charts, drawn headless and checked for what they show."""

from __future__ import annotations

import json
import os

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy  # noqa: E402

import pytest  # noqa: E402

import govgraph  # noqa: E402
import govgraph.plot as gplot  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _collection(ax, gid):
    found = [c for c in ax.collections if c.get_gid() == gid]
    assert len(found) == 1, gid
    return found[0]


def test_network_map_draws_every_node_coloured_by_lead(example, artifacts):
    ax = gplot.network_map(example)
    ax.figure.savefig(artifacts / "network_map.png", dpi=60)
    graph = govgraph.PartnershipGraph(example)
    actors = _collection(ax, "organisations")
    meetings = _collection(ax, "meetings")
    assert len(actors.get_offsets()) == graph.num_actors
    assert len(meetings.get_offsets()) == graph.num_vertices - graph.num_actors == len(example.meetings)
    assert len(_collection(ax, "edges").get_segments()) == graph.num_edges
    assert len(ax.texts) == graph.num_vertices  # one label a node
    # Meetings in vertex order, coloured by lead: OPCC-led, constabulary-led, joint and unled all differ.
    colours = [matplotlib.colors.to_hex(c) for c in meetings.get_facecolors()]
    by_id = {m.id: colours[k] for k, m in enumerate(example.meetings)}
    opcc_led, asc_led = by_id["reducing-reoffending-board"], by_id["chief-executives-meeting"]
    joint, unled = by_id["lcjb"], by_id["police-and-crime-panel"]
    assert len({opcc_led, asc_led, joint, unled}) == 4
    assert by_id["mental-health-concordat"] == opcc_led and by_id["force-executive"] == asc_led
    # Larger squares for more meeting hours: the CSPs (38 hours) outweigh the Leaders meeting (4).
    sizes = {m.id: meetings.get_sizes()[k] for k, m in enumerate(example.meetings)}
    assert sizes["csps"] > sizes["leaders-meeting"] > sizes["police-and-crime-panel"]
    assert ax.get_title().startswith("Partnership network: Avon and Somerset")
    # Deterministic: the same register gives the same layout.
    again = gplot.network_map(example)
    numpy.testing.assert_allclose(_collection(again, "meetings").get_offsets(), meetings.get_offsets())


@pytest.mark.parametrize("name", ["avon-and-somerset-2016", "east-midlands-collaboration-2009", "dorset-pcp-2018"])
def test_network_map_labels_do_not_overlap_and_keep_names_apart(name):
    reg = govgraph.load_json(os.path.join(os.path.dirname(__file__), "..", "..", "examples", "registers",
                                          name + ".json"))
    ax = gplot.network_map(reg)
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    overlapping = [(ax.texts[i].get_text(), ax.texts[j].get_text()) for i in range(len(boxes))
                   for j in range(i + 1, len(boxes)) if boxes[i].overlaps(boxes[j])]
    assert overlapping == []
    # Different names never shrink to the same label (the roles "Chief Executive Officer, ..." did).
    labels = [t.get_text() for t in ax.texts]
    assert len(set(labels)) == len({d["name"] for _, d in govgraph.to_networkx(reg).nodes(data=True)})
    plt.close("all")


def test_label_lines_wraps_long_names_on_two_lines(example):
    role = next(r for r in example.roles if r.name.startswith("Chief Executive Officer, "))
    text = gplot.label_lines(role)
    assert "\n" in text and all(len(line) <= 22 for line in text.split("\n"))
    assert gplot.label_lines(example.organisation(example.find_organisation("cps"))) == "Crown Prosecution\nService"


def test_overlap_heatmap_shows_the_scores_by_family(example, artifacts):
    result = govgraph.find_overlaps(example)
    ax = gplot.overlap_heatmap(result)
    ax.figure.savefig(artifacts / "overlap_heatmap.png", dpi=60, bbox_inches="tight")
    clusters = govgraph.cluster_overlaps(result)
    expected = [govgraph.item_name(example, m) for c in clusters for m in c.members]
    in_pairs = {govgraph.item_name(example, i) for o in result.pairs for i in (o.a, o.b)}
    expected += sorted(in_pairs - set(expected))
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == expected
    assert [t.get_text() for t in ax.get_xticklabels()] == expected
    data = ax.images[0].get_array()
    position = {n: k for k, n in enumerate(names)}
    for o in result.pairs:
        a, b = position[govgraph.item_name(example, o.a)], position[govgraph.item_name(example, o.b)]
        assert data[a, b] == pytest.approx(o.score) and data[b, a] == pytest.approx(o.score)
    assert int((data > 0).sum()) == 2 * len(result)
    outlines = [p for p in ax.patches if (p.get_gid() or "").startswith("cluster-")]
    assert [round(p.get_width()) for p in outlines] == [len(c.members) for c in clusters]
    assert ax.get_title()
    # A register gives the same picture as its default find_overlaps.
    again = gplot.overlap_heatmap(example)
    numpy.testing.assert_array_equal(again.images[0].get_array().filled(-1), data.filled(-1))


def test_burden_chart_bars_are_the_burden_hours(example, artifacts):
    ax = gplot.burden_chart(example)
    ax.figure.savefig(artifacts / "burden_chart.png", dpi=60, bbox_inches="tight")
    burden = govgraph.burden(example)
    top = burden.organisations[:15]
    assert [t.get_text() for t in ax.get_yticklabels()] == [example.organisation(o.organisation).name for o in top]
    assert [c.get_label() for c in ax.containers] == ["strategic", "tactical", "operational", "unknown"]
    totals = numpy.sum([[bar.get_width() for bar in c] for c in ax.containers], axis=0)
    numpy.testing.assert_allclose(totals, [o.seat_hours for o in top])
    # The constabulary's tactical hours: its seats at tactical meetings of known frequency.
    asc = example.find_organisation("constabulary")
    tactical = sum(example.sittings_per_year(m) * example.duration_hours(m) * p.seats
                   for m in example.meetings if m.level == govgraph.Level.TACTICAL
                   and example.sittings_per_year(m) is not None
                   for p in m.participants if example.organisation_of(p.party) == asc)
    row = [o.organisation for o in top].index(asc)
    assert tactical > 0
    assert ax.containers[1][row].get_width() == pytest.approx(tactical)
    assert ax.get_xlabel() == "Seat-hours a year" and ax.get_title()
    notes = [t.get_text() for t in ax.texts]
    assert "+2 of unknown frequency" in notes


def test_burden_chart_by_meeting_and_on_given_axes(example):
    fig, axes = plt.subplots(1, 2)
    returned = gplot.burden_chart(govgraph.burden(example), ax=axes[1], by="meeting", top=None)
    assert returned is axes[1]
    labels = [t.get_text() for t in returned.get_yticklabels()]
    assert len(labels) == len(example.meetings)
    heights = numpy.sum([[bar.get_width() for bar in c] for c in returned.containers], axis=0)
    assert heights[0] == max(b.meeting_hours or 0 for b in govgraph.burden(example).meetings)
    with pytest.raises(ValueError, match="unknown by="):
        gplot.burden_chart(example, by="colour")


def test_coverage_matrix_marks_each_meetings_topics(example, artifacts):
    ax = gplot.coverage_matrix(example)
    ax.figure.savefig(artifacts / "coverage_matrix.png", dpi=60, bbox_inches="tight")
    assert [t.get_text() for t in ax.get_xticklabels()] == [m.name for m in example.meetings]
    data = ax.images[0].get_array()
    assert data.shape == (len(example.topics), len(example.meetings))
    for i, t in enumerate(example.topics):
        for j, m in enumerate(example.meetings):
            assert data[i, j] == (1 if t.id in m.topics else 0)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == f"{example.topics[0].name} ({sum(example.topics[0].id in m.topics for m in example.meetings)})"
    assert ax.get_xlabel() == "Meeting" and ax.get_title()


def test_empty_charts_say_why(source_dir):
    reg = govgraph.load_json(source_dir / "examples" / "registers" / "east-midlands-collaboration-2009.json")
    for draw, message in ((gplot.overlap_heatmap, "No meetings overlap at this score."),
                          (gplot.coverage_matrix, "The register lists no meetings."),
                          (gplot.burden_chart, "No organisation has hours to show.")):
        ax = draw(reg)
        assert [t.get_text() for t in ax.texts] == [message] and not ax.images


def test_influence_chart_ranks_by_brokerage(example):
    ax = gplot.influence_chart(example, top=5)
    result = govgraph.influence(govgraph.PartnershipGraph(example))
    rows, _ = govgraph.analysis.records(result, "actors")
    top = sorted(rows, key=lambda r: (-r["betweenness_normalised"], -r["eigenvector"], r["label"]))[:5]
    bars = [b for c in ax.containers for b in c]
    # Drawn bottom to top: the strongest broker is the last bar.
    numpy.testing.assert_allclose([b.get_width() for b in bars][::-1], [r["betweenness_normalised"] for r in top])
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "Avon and Somerset Constabulary"
    assert "without it 3 groups" in " ".join(t.get_text() for t in ax.texts)
    plt.close("all")


def test_what_if_chart_shows_hours_before_and_after(example):
    changes = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "changes",
                           "avon-and-somerset-recommendation-b.json")
    result = govgraph.what_if(example, changes)
    ax = gplot.what_if_chart(result)
    before, after = ax.containers
    rows, _ = govgraph.analysis.records(result, "hours")
    assert sorted(b.get_width() for b in before) == sorted(r["before"] for r in rows)
    assert sorted(b.get_width() for b in after) == sorted(r["after"] for r in rows)
    assert "2 meeting(s) of unknown frequency" in " ".join(t.get_text() for t in ax.texts)
    plt.close("all")


EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "examples")

# Two reporting lines from a strategic board and one from an operational group
# that reports to nothing strategic (an orphan line).
TREE = {
    "schema_version": 1,
    "organisations": [{"id": "opcc", "name": "Office of the PCC", "kind": "police_and_crime_commissioner"}],
    "meetings": [
        {"id": "lcjb", "name": "Local Criminal Justice Board", "level": "strategic"},
        {"id": "rrb", "name": "Reducing Reoffending Board", "level": "tactical", "reports_to": "lcjb"},
        {"id": "iom", "name": "Integrated Offender Management Steering Group", "level": "operational",
         "reports_to": "rrb"},
        {"id": "ops", "name": "Operational Delivery Group", "level": "operational"},
        {"id": "tasking", "name": "Neighbourhood tasking", "level": "operational", "reports_to": "ops"},
        {"id": "audit", "name": "Audit Committee", "level": "strategic"},
    ]}


def _patch(ax, gid):
    return next(p for p in ax.patches if p.get_gid() == gid)


def test_reporting_tree_puts_each_board_above_its_sub_groups(artifacts):
    import json

    reg = govgraph.loads_json(json.dumps(TREE))
    ax = gplot.reporting_tree(reg)
    ax.figure.savefig(artifacts / "reporting_tree.png", dpi=80, bbox_inches="tight")
    boxes = {m: _patch(ax, f"meeting:{m}") for m in ("lcjb", "rrb", "iom", "ops", "tasking")}
    assert not any(p.get_gid() == "meeting:audit" for p in ax.patches)  # stands alone: listed, not drawn
    assert "Standing alone (1): Audit Committee" in " ".join(t.get_text() for t in ax.texts)
    top = {m: b.get_y() for m, b in boxes.items()}
    assert top["lcjb"] > top["rrb"] > top["iom"] and top["ops"] > top["tasking"]
    assert abs(top["lcjb"] - top["ops"]) < 1e-6  # levelled: each top meeting on the first row
    assert len(_collection(ax, "reporting-lines").get_segments()) == 3
    # The operational line reaches nothing strategic: both its meetings are outlined in red.
    red = matplotlib.colors.to_rgba("#c0392b")
    assert [m for m, b in boxes.items() if b.get_edgecolor() == red] == ["ops", "tasking"]
    # Every label fits inside its box.
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    for m, box in boxes.items():
        centre = (box.get_x() + box.get_width() / 2, box.get_y() + box.get_height() / 2)
        label = next(t for t in ax.texts if numpy.allclose(t.get_position(), centre))
        outer, inner = box.get_window_extent(renderer), label.get_window_extent(renderer)
        assert outer.x0 <= inner.x0 and inner.x1 <= outer.x1 and outer.y0 <= inner.y0 and inner.y1 <= outer.y1, m


def test_reporting_tree_of_a_register_with_no_lines_says_so(example):
    ax = gplot.reporting_tree(example)
    assert "No meeting reports to another." in [t.get_text() for t in ax.texts]


def test_portfolio_chart_marks_forces_and_overlaps(artifacts):
    reg = govgraph.load_json(os.path.join(EXAMPLES, "registers", "east-midlands-collaboration-2009.json"))
    ax = gplot.portfolio_chart(reg)
    ax.figure.savefig(artifacts / "portfolio_chart.png", dpi=80, bbox_inches="tight")
    forces = [o for o in reg.organisations if o.kind.name == "POLICE"]
    # No initiative lists a force, but every one covers the region, so each force is marked by area.
    assert len(_collection(ax, "forces").get_offsets()) == 0
    assert len(_collection(ax, "forces-by-area").get_offsets()) == len(forces) * len(reg.initiatives)
    labels = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
    assert "Derbyshire Constabulary" in labels and "Improving confidence in the police" in labels
    notes = " ".join(t.get_text() for t in ax.texts)
    assert "overlaps Shared data warehouse (0.38)" in notes and "no lead" in notes


def test_rationalisation_chart_shows_the_saving_and_each_stopped_meeting(example, artifacts):
    result = govgraph.rationalise(example, cost=govgraph.RationalisationCost.MEETING_HOURS)
    ax = gplot.rationalisation_chart(result)
    ax.figure.savefig(artifacts / "rationalisation_chart.png", dpi=80, bbox_inches="tight")
    totals = next(c for c in ax.containers if c.get_label() == "totals" or c.patches[0].get_gid() == "totals")
    rows, _ = govgraph.analysis.records(result, "meetings")
    stopped = [r for r in rows if r["action"] == "stop"]
    assert [b.get_width() for b in totals] == pytest.approx([result.cost_before, result.cost_after])
    assert result.cost_before == pytest.approx(result.cost_after + sum(r["cost"] for r in stopped))
    # Carried on from the review, the meetings it stopped are counted in "before" too.
    carried = govgraph.review(example).rationalise(cost=govgraph.RationalisationCost.MEETING_HOURS)
    bars = next(c for c in gplot.rationalisation_chart(carried).containers if c.patches[0].get_gid() == "totals")
    assert bars[0].get_width() == pytest.approx(bars[1].get_width() + sum(
        r["cost"] for r in govgraph.analysis.records(carried, "meetings")[0] if r["action"] == "stop"))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert set(labels[2:]) == {r["meeting"] for r in stopped}
    assert "covered by Local Meetings" in " ".join(t.get_text() for t in ax.texts)


def _national_register(meetings: int = 200) -> govgraph.Register:
    """A register the size of a force area's whole partnership map: ``meetings`` meetings led by a
    dozen bodies of four kinds, each attended by a few of 300 organisations (some common to many
    meetings), and 60 bodies in no meeting."""
    import random

    rng = random.Random(7)
    kinds = ["police", "local_authority", "health", "voluntary"]
    organisations = [{"id": f"org-{k}", "name": f"{kinds[k % 4].replace('_', ' ').title()} body number {k}",
                      "kind": kinds[k % 4]} for k in range(360)]
    common = [o["id"] for o in organisations[:12]]
    items = []
    for k in range(meetings):
        attending = set(rng.sample(common, 2)) | set(rng.sample([o["id"] for o in organisations[12:300]], 4))
        items.append({"id": f"meeting-{k}", "name": f"Partnership meeting number {k} of the area",
                      "lead": common[k % 12], "cadence": "Quarterly",
                      "participants": [{"organisation": o} for o in sorted(attending)]})
    return govgraph.loads_json(json.dumps({"schema_version": 1, "organisations": organisations, "meetings": items}))


def test_network_map_of_200_meetings_stays_legible(artifacts):
    reg = _national_register()
    ax = gplot.network_map(reg)
    ax.figure.savefig(artifacts / "network_map_200.png", dpi=50, bbox_inches="tight")
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    shown = [t for t in ax.texts if t.get_visible()]
    boxes = [t.get_window_extent(renderer) for t in shown]
    overlapping = sum(boxes[i].overlaps(boxes[j]) for i in range(len(boxes)) for j in range(i + 1, len(boxes)))
    assert overlapping == 0
    # Meetings are labelled first: most of them keep their label (122 of 200 on this register, where
    # every meeting shares bodies with every other and the layout is a dense ball).
    meeting_labels = [t for t in shown if t.get_text().startswith("Partnership meeting")]
    assert len(meeting_labels) >= 100
    # Twelve leads are more than the palette: meetings are coloured by the kind of their lead.
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert sorted(legend[:4]) == ["led by health", "led by local authority", "led by police", "led by voluntary"]
    title = ax.get_legend().get_title().get_text()
    assert "77 bodies in no meeting not drawn" in title  # 60 never sampled and 17 of the rest
    hidden = len(ax.texts) - len(shown)
    drawn = len(_collection(ax, "organisations").get_offsets()) + len(_collection(ax, "meetings").get_offsets())
    assert f"{drawn - len(shown):,} of {drawn:,} without a label" in title and hidden >= 0
