"""Popolo JSON import and export, and Open Civic Data ids."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import govgraph

FIXTURE = "tests/data/popolo/spec-style.json"


def registers(source_dir):
    paths = sorted((source_dir / "examples" / "registers").glob("*.json"))
    return [p for p in paths if "schema_version" in p.read_text(encoding="utf-8")]


def test_every_example_register_round_trips(source_dir):
    paths = registers(source_dir)
    assert len(paths) == 3
    for path in paths:
        reg = govgraph.load_json(path)
        back = govgraph.loads_popolo(govgraph.dumps_popolo(reg))
        assert back.diagnostics == []
        assert govgraph.dumps_json(back.register) == govgraph.dumps_json(reg), path.name
        assert back.register == reg


def test_export_shape(source_dir):
    reg = govgraph.load_json(source_dir / "examples/registers/dorset-pcp-2018.json")
    doc = json.loads(govgraph.dumps_popolo(reg))
    assert set(doc) >= {"govgraph", "areas", "organizations", "memberships"}
    assert doc["areas"][0]["id"] == "ocd-division/country:gb/part:eng/pfa:dorset"
    committees = [o for o in doc["organizations"] if o.get("classification") == "committee"]
    assert len(committees) == len(reg.meetings)
    assert all(o["govgraph"]["entity"] == "meeting" for o in committees)


def test_save_and_load_popolo(tmp_path, example):
    path = tmp_path / "register.popolo.json"
    govgraph.save_popolo(example, path)
    assert govgraph.load_popolo(path).register == example


def test_plain_popolo_import(source_dir):
    result = govgraph.load_popolo(source_dir / FIXTURE)
    reg = result.register
    assert (len(reg.areas), len(reg.organisations), len(reg.meetings), len(reg.roles), len(reg.people)) == (2, 3, 2, 3, 2)
    pcp = reg.meeting(reg.find_meeting("dorset-pcp"))
    assert [(p.party.person, p.party.organisation, p.type) for p in pcp.participants] == [
        ("john-roe", "dorset-council", govgraph.ParticipationType.CHAIR),
        (None, "dorset-police", govgraph.ParticipationType.ATTENDEE)]
    assert [d.path for d in result.diagnostics] == [
        "areas[1].classification", "organizations[0].other_names[1].end_date", "organizations[1].links",
        "organizations[2].classification", "posts[1].organization_id", "persons[0].contact_details",
        "memberships[0].start_date", "memberships[3]", "memberships[4].role", "events[5]", "events[0]"]


def test_errors_name_the_json_path():
    with pytest.raises(govgraph.InvalidInputError) as error:
        govgraph.loads_popolo('{"organizations": [{"id": "c", "name": "C", "classification": "committee"}],'
                              ' "memberships": [{"organization_id": "x"}]}')
    assert str(error.value) == 'memberships[0].organization_id: no organization with id "x"'
    with pytest.raises(govgraph.NotFoundError):
        govgraph.load_popolo("/nonexistent/popolo.json")


def test_police_force_areas(source_dir):
    areas = govgraph.police_force_areas()
    lines = (source_dir / "data/ocd/police_force_areas.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [f"{d.id},{d.name},{d.gss_code}" for d in areas] == lines
    frame = areas.to_pandas()
    assert list(frame.columns) == ["id", "name", "gss_code"]
    assert frame.set_index("gss_code").loc["E23000039", "id"] == "ocd-division/country:gb/part:eng/pfa:dorset"
    assert govgraph.find_police_force_area("Avon & Somerset Constabulary").gss_code == "E23000036"
    with pytest.raises(govgraph.NotFoundError, match="Metropolitan"):
        govgraph.find_police_force_area("Metropolitan Police")


def test_ocd_ids_of_the_examples(example):
    area = example.area(example.find_area("avon-and-somerset"))
    assert govgraph.ocd_id_of(area) == "ocd-division/country:gb/part:eng/pfa:avon_and_somerset"
    assert govgraph.suggest_ocd_ids(example) == []
    assert govgraph.check_ocd_ids(example) == []


def test_attach_ocd_ids():
    b = govgraph.RegisterBuilder()
    b.add_area(govgraph.Area(id="fa", name="Dorset Police", kind="force_area"))
    reg = b.build()
    assert [(s.area, s.division.name) for s in govgraph.suggest_ocd_ids(reg)] == [("fa", "Dorset")]
    attached = govgraph.attach_ocd_ids(reg)
    assert govgraph.ocd_id_of(attached.area(attached.find_area("fa"))) == "ocd-division/country:gb/part:eng/pfa:dorset"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def test_cli_export_and_import_popolo(tmp_path, example_path, example):
    popolo = tmp_path / "register.popolo.json"
    done = run("export", str(example_path), "--format", "popolo", "-o", str(popolo))
    assert done.returncode == 0, done.stderr
    out = tmp_path / "back.json"
    done = run("import", str(popolo), "-o", str(out), "--strict")
    assert done.returncode == 0, done.stderr
    assert "Everything was understood." in done.stdout
    assert govgraph.load_json(out) == example
    native = run("export", str(example_path), "--format", "json")
    assert native.stdout == govgraph.dumps_json(example)


def test_cli_import_plain_popolo_prints_diagnostics(source_dir, tmp_path):
    done = run("import", str(source_dir / FIXTURE), "-o", "-", "--strict")
    assert done.returncode == 1
    assert "events[0]" in done.stderr and "nothing written" in done.stderr
    done = run("import", str(source_dir / FIXTURE), "-o", "-")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["meetings"][0]["id"] == "dorset-pcp"
    assert "memberships[4].role" in done.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"organizations": [{"id": "a", "name": "A"}], "memberships": [{"organization_id": "x"}]}')
    done = run("import", str(bad), "-o", "-")
    assert done.returncode == 2
    assert done.stderr.strip() == (f'govgraph: error: {bad}: memberships[0].organization_id: '
                                   'no organization with id "x"')


def test_cli_export_writes_a_years_sittings_as_events(source_dir, tmp_path):
    registers_dir = source_dir / "examples" / "registers"
    out = tmp_path / "dorset.popolo.json"
    done = run("export", str(registers_dir / "dorset-pcp-2018.json"), "--plan",
               str(registers_dir.parent / "cycle-plans" / "dorset-pcp-2018-cycle.json"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    reg = govgraph.load_json(registers_dir / "dorset-pcp-2018.json")
    plan = govgraph.load_cycle_plan(registers_dir.parent / "cycle-plans" / "dorset-pcp-2018-cycle.json")
    schedule = govgraph.expand_schedule(reg, plan)
    assert [e["start_date"][:10] for e in doc["events"]] == [str(o.date) for o in schedule.occurrences]
    committees = {o["id"] for o in doc["organizations"] if o.get("classification") == "committee"}
    assert {e["organization_id"] for e in doc["events"]} <= committees
    # Read back, the register is the same and the events are reported, not lost.
    back = govgraph.load_popolo(out)
    assert back.register == reg
    assert any("not imported" in d.message and "gives its cadence" in d.message for d in back.diagnostics)
    done = run("export", str(registers_dir / "dorset-pcp-2018.json"), "--format", "json", "--year", "2018")
    assert done.returncode == 2 and "Popolo events" in done.stderr


def test_plain_popolo_events_give_a_committee_its_cadence(source_dir):
    result = govgraph.load_popolo(source_dir / FIXTURE)
    panel = result.register.meeting(result.register.find_meeting("dorset-pcp"))
    assert panel.cadence.per_year == 4
    assert "from 5 Popolo event(s)" in panel.attributes["cadence_evidence"]


# The Popolo specification's own examples: single objects, some embedding others.

SPEC_EXAMPLES = "tests/data/popolo/spec-examples"
ENTITY_EXAMPLES = ["area.json", "embedding-membership.json", "embedding-organization.json", "embedding-person.json",
                   "embedding-post.json", "event.json", "membership.json", "organization.json", "person.json",
                   "post.json"]


def load_spec(source_dir, name):
    return govgraph.load_popolo(source_dir / SPEC_EXAMPLES / name)


def test_the_shipped_spec_examples(source_dir):
    shipped = sorted(p.name for p in (source_dir / SPEC_EXAMPLES).glob("*.json"))
    assert shipped == sorted(ENTITY_EXAMPLES + ["contact_detail.json"])


@pytest.mark.parametrize("name", ENTITY_EXAMPLES)
def test_every_spec_example_imports_and_is_detected(source_dir, name):
    text = (source_dir / SPEC_EXAMPLES / name).read_text(encoding="utf-8")
    assert govgraph.looks_like_popolo(text)
    result = govgraph.loads_popolo(text)
    assert result.diagnostics, "each example has something a register does not keep"


def test_spec_organization(source_dir):
    result = load_spec(source_dir, "organization.json")
    reg = result.register
    abc = reg.organisation(reg.find_organisation("abc-inc"))
    assert abc.name == "ABC, Inc."
    assert abc.aliases == ["Bob's Diner", "Joe's Diner", "Famous Joe's"]
    assert [(i.scheme, i.value) for i in abc.identifiers] == [("DUNS", "123456789"), ("ISIN", "US0123456789")]
    assert abc.attributes["founding_date"] == "1950-01-01"
    assert abc.attributes["dissolution_date"] == "2000-01-01"
    assert abc.parent == "holding-company-corp"
    parent = reg.organisation(reg.find_organisation("holding-company-corp"))
    assert parent.attributes["placeholder"] == "referenced at parent_id; not in the Popolo document"
    assert [d.path for d in result.diagnostics] == [
        "other_names[0].start_date", "other_names[0].end_date", "other_names[1].start_date", "parent_id",
        "classification", "contact_details", "links"]
    assert 'no organization with id "holding-company-corp"' in result.diagnostics[3].message


def test_spec_embedding_organization_gives_the_memberships(source_dir):
    reg = load_spec(source_dir, "embedding-organization.json").register
    assert [(r.id, r.name, r.organisation) for r in reg.roles] == [
        ("abc-inc-kitchen-assistant", "Kitchen Assistant at Joe's Diner", "abc-inc"),
        ("abc-inc-chef", "Chef at Joe's Diner", "abc-inc")]
    assert [(p.id, list(p.roles)) for p in reg.people] == [
        ("john-q-public", ["abc-inc-kitchen-assistant", "abc-inc-chef"])]


def test_spec_person(source_dir):
    result = load_spec(source_dir, "person.json")
    (john,) = result.register.people
    assert (john.id, john.name) == ("john-q-public", "Mr. John Q. Public, Esq.")
    assert john.aliases == ["Mr. Ziggy Q. Public, Esq.", "Dragonsbane"]
    assert john.attributes["birth_date"] == "1920-01"
    assert john.attributes["national_identity"] == "Scottish"
    assert {"identifiers", "contact_details", "links", "other_names[0].note"} <= {d.path for d in result.diagnostics}


def test_spec_membership_refers_outside_the_file(source_dir):
    result = load_spec(source_dir, "membership.json")
    reg = result.register
    (john,) = reg.people
    assert john.attributes["placeholder"] == "referenced at person_id; not in the Popolo document"
    post = reg.role(reg.find_role("abc-inc-kitchen-assistant"))
    assert (post.name, post.organisation) == ("Kitchen assistant at Joe's Diner", "abc-inc")
    assert list(john.roles) == ["abc-inc-kitchen-assistant"]
    assert [d.path for d in result.diagnostics][:3] == ["organization_id", "person_id", "post_id"]


def test_spec_embedding_membership(source_dir):
    result = load_spec(source_dir, "embedding-membership.json")
    reg = result.register
    assert [(p.name, list(p.roles)) for p in reg.people] == [("Mr. John Q. Public, Esq.", ["abc-inc-chef"])]
    assert reg.role(reg.find_role("abc-inc-chef")).organisation == "abc-inc"
    assert not any("placeholder" in d.message for d in result.diagnostics)


def test_spec_area_and_event(source_dir):
    area = load_spec(source_dir, "area.json").register
    ward = area.area(area.find_area("boston-ward-1"))
    assert [(i.scheme, i.value) for i in ward.identifiers] == [
        ("ocd", "ocd-division/country:us/state:ma/place:boston/ward:1")]
    assert ward.parent == "boston"
    event = load_spec(source_dir, "event.json")
    assert len(event.register.organisations) == 0
    assert [(d.path, "parliament-of-canada" in d.message) for d in event.diagnostics] == [("", True)]


def test_spec_contact_detail_is_not_a_document(source_dir):
    with pytest.raises(govgraph.InvalidInputError, match=r"not a Popolo document: .*\"valid_through\""):
        load_spec(source_dir, "contact_detail.json")
    assert not govgraph.looks_like_popolo((source_dir / SPEC_EXAMPLES / "contact_detail.json").read_text())


def test_cli_imports_a_single_popolo_object(source_dir, tmp_path):
    out = tmp_path / "abc.json"
    done = run("import", str(source_dir / SPEC_EXAMPLES / "embedding-organization.json"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "memberships[0].person_id" in done.stdout
    reg = govgraph.load_json(out)
    assert [o.name for o in reg.organisations] == ["ABC, Inc."]
    assert len(reg.roles) == 2
    done = run("import", str(source_dir / SPEC_EXAMPLES / "contact_detail.json"), "-o", "-")
    assert done.returncode == 2
    assert "contact_detail.json: not a Popolo document" in done.stderr
