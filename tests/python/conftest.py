"""Shared fixtures: paths into the source tree and the bundled example."""

from __future__ import annotations

import os
import pathlib

import pytest

import govgraph

SOURCE_DIR = pathlib.Path(os.environ.get("GOVGRAPH_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
EXAMPLE = SOURCE_DIR / "examples" / "registers" / "avon-and-somerset-2016.json"


@pytest.fixture(scope="session")
def source_dir() -> pathlib.Path:
    return SOURCE_DIR


@pytest.fixture(scope="session")
def example_path() -> pathlib.Path:
    return EXAMPLE


@pytest.fixture()
def example() -> govgraph.Register:
    return govgraph.load_json(EXAMPLE)


@pytest.fixture()
def small() -> govgraph.Register:
    """A register small enough to check by hand.

    Two organisations lead a board that meets 4 times a year for 3 hours with
    two participants (one of two seats); a sub-group meets monthly with the
    default duration; a third meeting's cadence is unknown.
    """
    b = govgraph.RegisterBuilder()
    b.set_info(govgraph.RegisterInfo(title="Small"))
    b.add_area(govgraph.Area(id="north", name="North", aliases=["N"]))
    b.add_area(govgraph.Area(id="south", name="South"))
    b.add_organisation(govgraph.Organisation(id="opcc", name="Office of the PCC", aliases=["OPCC"],
                                             kind="police_and_crime_commissioner"))
    b.add_organisation(govgraph.Organisation(id="police", name="Constabulary", kind="police"))
    b.add_organisation(govgraph.Organisation(id="council", name="North Council", kind="local_authority",
                                             areas=["north"]))
    b.add_role(govgraph.Role(id="pcc", name="Police and Crime Commissioner", organisation="opcc", elected=True))
    b.add_role(govgraph.Role(id="chair", name="Independent chair"))
    b.add_meeting(govgraph.Meeting(
        id="board", name="Partnership Board", kind="board", level="strategic",
        lead=["opcc", "police"], cadence="Quarterly", duration_hours=3.0,
        participants=[govgraph.Participant(role="pcc", type="chair"),
                      govgraph.Participant(organisation="council", seats=2)],
        areas=["north", "south"]))
    b.add_meeting(govgraph.Meeting(
        id="sub", name="Sub-group", kind="working_group", level="tactical", lead="police",
        cadence="Monthly", reports_to="board",
        participants=[govgraph.Participant(organisation="police"), govgraph.Participant(role="chair")]))
    b.add_meeting(govgraph.Meeting(id="tbc", name="Local meeting", cadence="TBC",
                                   status="to_be_removed",
                                   participants=[govgraph.Participant(organisation="council")]))
    return b.build()


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory) -> pathlib.Path:
    """Where tests keep pictures and pages for people to look at: $GOVGRAPH_TEST_ARTIFACTS, else a temporary
    directory."""
    chosen = os.environ.get("GOVGRAPH_TEST_ARTIFACTS")
    path = pathlib.Path(chosen) if chosen else tmp_path_factory.mktemp("artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path
