"""govgraph.import_moderngov and ``govgraph import FILE.xml ...``, on the real Manchester samples."""

from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
import sys

import pytest

import govgraph

SAMPLES = ("committees.xml", "meetings.xml", "meeting_with_attendees.xml", "councillors_by_ward.xml")
APPENDIX_A = "examples/registers/avon-and-somerset-2016-appendix-a.csv"


@pytest.fixture()
def samples(source_dir):
    return [source_dir / "tests" / "data" / "moderngov" / name for name in SAMPLES]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govgraph", *args], capture_output=True, text=True,
                          env=dict(os.environ), check=False)


def test_every_committee_meeting_and_attendee_is_in_the_result(samples):
    raw = {p.name: p.read_text(encoding="utf-8") for p in samples}
    committee_ids = set(re.findall(r"<committeeid>(\d+)</committeeid>", raw["committees.xml"] + raw["meetings.xml"]))
    meeting_ids = set(re.findall(r"<meetingid>(\d+)</meetingid>",
                                 raw["meetings.xml"] + raw["meeting_with_attendees.xml"]))
    attendees = re.findall(r'<attendee [^>]*name="([^"]+)"', raw["meeting_with_attendees.xml"])
    assert (len(committee_ids), len(meeting_ids), len(attendees)) == (3, 2, 1)

    result = govgraph.import_moderngov(samples, council="Manchester City Council")
    assert not result.has_errors
    reg = result.register
    assert sorted(m.attributes["moderngov_committee_id"] for m in reg.meetings) == sorted(committee_ids)
    listed = " ".join(m.attributes.get("moderngov_meetings", "") for m in reg.meetings)
    assert all(i in listed for i in meeting_ids)
    names = {alias for p in reg.people for alias in [p.name, *p.aliases]}
    assert set(attendees) <= names
    assert sum(len(m.participants) for m in reg.meetings) == len(attendees)


def test_maps_the_audit_committee(samples):
    result = govgraph.import_moderngov(samples, council="Manchester City Council")
    reg = result.register
    audit = reg.meeting(reg.lookup_meeting("Audit Committee"))
    assert audit.kind == govgraph.MeetingKind.COMMITTEE
    assert audit.attributes["cadence_cancelled"] == "1"
    assert audit.attributes["cadence_dates"] == "2026-02-10"
    assert audit.duration_hours == 4.0
    assert [p.party.person for p in audit.participants] == ["basil-curley"]
    assert audit.participants[0].note == "Committee Member; attendance: Expected 1"
    evidence = {c.meeting: c for c in result.cadences}["audit-committee"]
    assert evidence.dates == [datetime.date(2026, 2, 10)]
    assert evidence.cancelled == 1 and evidence.median_gap_days is None
    frame = result.cadences_frame()
    assert list(frame["meeting"]) == [m.id for m in reg.meetings]
    records = result.diagnostics_records()
    expired = [r for r in records if "is expired in ModernGov" in r["message"]]
    assert expired and expired[0]["file"].endswith("committees.xml") and expired[0]["line"] == 4
    assert expired[0]["element"] == "<committees>/<committee>"
    register, diagnostics = result
    assert register is result.register and len(diagnostics) == len(result.diagnostics)
    assert "3 committees" in repr(result)


def test_read_and_detect(samples):
    doc = govgraph.read_moderngov(samples[1])
    assert doc.response == "meetings"
    assert [(m.id, m.date, m.status, m.cancelled) for m in doc.meetings] == [
        ("4966", datetime.date(2026, 1, 13), "Cancelled", True),
        ("4967", datetime.date(2026, 2, 10), "Confirmed", False)]
    detail = govgraph.read_moderngov(samples[2])
    assert detail.attendees[0].role_description == "Committee Member"
    assert detail.attendees[0].attendance == "Expected"
    assert "<" not in detail.agenda_items[1].text
    assert [govgraph.moderngov_response(p) for p in samples] == ["committees", "meetings", "meeting",
                                                                  "councillors_by_ward"]


def test_hostile_and_bad_documents_raise_with_the_place(tmp_path):
    xxe = tmp_path / "xxe.xml"
    xxe.write_text('<?xml version="1.0"?>\n<!DOCTYPE committees [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                   "<committees><committee><committeetitle>&xxe;</committeetitle></committee></committees>\n")
    with pytest.raises(govgraph.InvalidInputError, match=r"xxe\.xml:2:.*entity declarations are not accepted"):
        govgraph.import_moderngov(xxe, council="X")
    bad_date = tmp_path / "m.xml"
    bad_date.write_text("<getmeetings><committee><committeeid>1</committeeid><committeetitle>Panel</committeetitle>"
                        "<committeemeetings><meeting><meetingid>2</meetingid><meetingdate>30/02/2026</meetingdate>"
                        "</meeting></committeemeetings></committee></getmeetings>")
    result = govgraph.import_moderngov([bad_date], council="X")
    assert result.has_errors
    assert "impossible date" in str([d for d in result.diagnostics if d.severity == "error"][0])
    with pytest.raises(govgraph.InvalidInputError, match="strict import"):
        govgraph.import_moderngov([bad_date], council="X", strict=True)
    with pytest.raises(govgraph.NotFoundError):
        govgraph.import_moderngov([tmp_path / "missing.xml"], council="X")


def test_cli_imports_several_xml_files(samples, tmp_path):
    out = tmp_path / "register.json"
    done = run("import", *map(str, samples), "--council", "Manchester City Council", "-o", str(out), "--strict")
    assert done.returncode == 0, done.stderr
    assert "place" in done.stdout and "committees.xml:4:3" in done.stdout
    assert "3 committees, 2 people; 0 not understood" in done.stdout
    written = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(m["name"] for m in written["meetings"]) == [
        "Appointment Sub Committee for Director of Adult Social Services", "Art Galleries Committee",
        "Audit Committee"]


def test_cli_bad_xml_and_mixed_inputs_exit_2(samples, source_dir, tmp_path):
    lol = tmp_path / "lol.xml"
    lol.write_text('<?xml version="1.0"?>\n<!DOCTYPE committees [\n<!ENTITY lol "lol">\n'
                   '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<committees>&lol1;</committees>\n')
    done = run("import", str(lol), "--council", "X", "-o", str(tmp_path / "r.json"))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "lol.xml:3:" in lines[0] and "entity declarations are not accepted" in lines[0]
    done = run("import", str(samples[0]), str(source_dir / APPENDIX_A), "-o", str(tmp_path / "r.json"))
    assert done.returncode == 2 and "not a ModernGov XML response" in done.stderr
    done = run("import", str(samples[0]), "-o", str(tmp_path / "r.json"))
    assert done.returncode == 2 and "which council" in done.stderr
    assert not (tmp_path / "r.json").exists()


def test_cli_csv_unchanged(source_dir, tmp_path):
    out = tmp_path / "register.json"
    done = run("import", str(source_dir / APPENDIX_A), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "row  col  column" in done.stdout
    done = run("import", str(source_dir / APPENDIX_A), str(source_dir / APPENDIX_A), "-o", str(out))
    assert done.returncode == 2 and "one CSV table or Popolo document at a time" in done.stderr
