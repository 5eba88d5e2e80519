"""JSON registers: errors with paths, and lossless round trips."""

import json
import random
import string

import pytest

import govgraph
from conftest import EXAMPLE, SOURCE_DIR


EXAMPLES = sorted((SOURCE_DIR / "examples" / "registers").glob("*.json"))


def test_examples_are_found():
    assert EXAMPLE in EXAMPLES


@pytest.mark.parametrize("example_file", EXAMPLES, ids=lambda p: p.name)
def test_every_example_round_trips(example_file, tmp_path):
    if "schema_version" not in json.loads(example_file.read_text(encoding="utf-8")):
        pytest.skip(f"{example_file.name} is not a register")
    reg = govgraph.load_json(example_file)
    path = tmp_path / "copy.json"
    govgraph.save_json(reg, path)
    again = govgraph.load_json(path)
    assert again == reg
    assert govgraph.dumps_json(again) == path.read_text(encoding="utf-8")


def test_canonical_text_is_stable(example):
    text = govgraph.dumps_json(example)
    assert govgraph.dumps_json(govgraph.loads_json(text)) == text
    compact = govgraph.dumps_json(example, indent=-1)
    assert "\n" not in compact
    assert govgraph.loads_json(compact) == example


def test_error_names_the_json_path():
    doc = {
        "schema_version": 1,
        "organisations": [{"id": "cps", "name": "CPS"}],
        "meetings": [
            {"id": "x", "name": "X"},
            {"id": "lcjb", "name": "LCJB", "participants": [{"organisation": "cps"}, {"organisation": "hmcts"}]},
        ],
    }
    with pytest.raises(govgraph.InvalidInputError) as err:
        govgraph.loads_json(json.dumps(doc))
    assert str(err.value) == 'meetings[1].participants[1].organisation: unknown organisation "hmcts" (meeting "lcjb")'


@pytest.mark.parametrize("doc,message", [
    ({}, 'missing "schema_version"'),
    ({"schema_version": 2}, "schema_version: this library reads version 1, found 2"),
    ({"schema_version": 1, "meetngs": []}, 'unknown field "meetngs"'),
    ({"schema_version": 1, "meetings": [{"id": "m", "name": "M", "frequncy": "monthly"}]},
     'meetings[0]: unknown field "frequncy"'),
    ({"schema_version": 1, "meetings": [{"id": "m", "name": "M", "statutory": "yes"}]},
     "meetings[0].statutory: expected true or false, found string"),
    ({"schema_version": 1, "meetings": [{"id": "m", "name": "M", "level": "high"}]},
     'meetings[0].level: unknown level "high"'),
    ({"schema_version": 1, "meetings": [{"id": "m", "name": "M", "cadence": "purple"}]},
     'meetings[0].cadence: cannot read cadence "purple"'),
    ({"schema_version": 1, "meetings": [{"name": "M"}]}, 'meetings[0]: missing "id"'),
])
def test_bad_documents(doc, message):
    with pytest.raises(govgraph.InvalidInputError) as err:
        govgraph.loads_json(json.dumps(doc))
    assert message in str(err.value)


def test_syntax_error_gives_line_and_column():
    with pytest.raises(govgraph.InvalidInputError, match="line 2, column"):
        govgraph.loads_json('{"schema_version": 1,\n ]')


def test_number_too_large_for_a_double_is_invalid_input():
    with pytest.raises(govgraph.InvalidInputError, match="number overflow"):
        govgraph.loads_json('{"schema_version": 1, "x": 1e999}')


def test_file_errors_name_the_file(tmp_path):
    with pytest.raises(govgraph.NotFoundError, match="missing.json"):
        govgraph.load_json(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "areas": [{"id": "a"}]}', encoding="utf-8")
    with pytest.raises(govgraph.InvalidInputError, match=r"bad\.json: areas\[0\]: missing \"name\""):
        govgraph.load_json(bad)


def _text(rng: random.Random) -> str:
    alphabet = string.ascii_letters + " &–’\"\\\n\té🙂"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))


def _random_register(rng: random.Random) -> govgraph.Register:
    b = govgraph.RegisterBuilder()
    b.set_info(govgraph.RegisterInfo(title=_text(rng), attributes={_text(rng): _text(rng)}))
    b.set_defaults(govgraph.RegisterDefaults(meeting_duration_hours=rng.choice([0.5, 1.5, 2.0, 3.25])))
    areas = [f"a{i}" for i in range(rng.randint(0, 4))]
    for i, a in enumerate(areas):
        b.add_area(govgraph.Area(id=a, name=_text(rng), kind=rng.choice(list(govgraph.AreaKind.__members__.values())),
                                 parent=areas[i - 1] if i and rng.random() < 0.5 else None,
                                 aliases=[_text(rng)] if rng.random() < 0.3 else []))
    orgs = [f"o{i}" for i in range(rng.randint(1, 6))]
    for o in orgs:
        b.add_organisation(govgraph.Organisation(
            id=o, name=_text(rng), kind=rng.choice(list(govgraph.OrganisationKind.__members__.values())),
            areas=rng.sample(areas, rng.randint(0, len(areas))),
            identifiers=[govgraph.Identifier(scheme="gss", value=_text(rng))] if rng.random() < 0.3 else []))
    roles = [f"r{i}" for i in range(rng.randint(0, 4))]
    for r in roles:
        b.add_role(govgraph.Role(id=r, name=_text(rng), organisation=rng.choice(orgs + [None]),
                                 elected=rng.random() < 0.3))
    topics = [f"t{i}" for i in range(rng.randint(0, 3))]
    for t in topics:
        b.add_topic(govgraph.Topic(id=t, name=_text(rng)))
    meetings = [f"m{i}" for i in range(rng.randint(0, 6))]
    for i, m in enumerate(meetings):
        cadence = rng.choice([
            govgraph.Cadence.regular(rng.choice([1, 2, 4, 6, 12, 2 / 3]), _text(rng)),
            govgraph.Cadence.varies(rng.choice([None, 4.0]), _text(rng)),
            govgraph.Cadence.ad_hoc(_text(rng)),
            govgraph.Cadence.unknown(),
            govgraph.parse_cadence(rng.choice(["Bi monthly", "Sixth monthly", "TBC after stakeholder engagement"])),
        ])
        meeting_areas = rng.sample(areas, rng.randint(0, len(areas)))
        if meeting_areas and cadence.per_year is not None and rng.random() < 0.5:
            cadence = cadence.with_exception(meeting_areas[0], 3)
        participants = [govgraph.Participant(organisation=rng.choice(orgs), seats=rng.randint(0, 3),
                                             type=rng.choice(list(govgraph.ParticipationType.__members__.values())),
                                             note=_text(rng))
                        for _ in range(rng.randint(0, 4))]
        if roles:
            participants.append(govgraph.Participant(role=rng.choice(roles)))
        b.add_meeting(govgraph.Meeting(
            id=m, name=_text(rng), purpose=_text(rng), cadence=cadence, areas=meeting_areas,
            per_area=rng.random() < 0.5, statutory=rng.random() < 0.5,
            duration_hours=rng.choice([None, 1.0, 2.5]),
            level=rng.choice(list(govgraph.Level.__members__.values())),
            status=rng.choice(list(govgraph.MeetingStatus.__members__.values())),
            lead=govgraph.Lead(organisations=rng.sample(orgs, rng.randint(0, min(2, len(orgs)))),
                               supporting=rng.sample(orgs, rng.randint(0, 1)), text=rng.choice(["", _text(rng)])),
            reports_to=meetings[i - 1] if i and rng.random() < 0.5 else None,
            topics=rng.sample(topics, rng.randint(0, len(topics))),
            participants=participants))
    return b.build()


@pytest.mark.parametrize("seed", range(40))
def test_randomised_round_trip(seed):
    reg = _random_register(random.Random(seed))
    text = govgraph.dumps_json(reg)
    again = govgraph.loads_json(text)
    assert again == reg
    assert govgraph.dumps_json(again) == text


def test_load_json_progress_bar_when_asked(example_path, monkeypatch, capsys):
    import govgraph._progress

    monkeypatch.setattr(govgraph._progress, "DELAY_SECONDS", 0)
    reg = govgraph.load_json(example_path, progress=True)
    drawn = capsys.readouterr().err.replace("\r", "\n").splitlines()
    assert any(line.startswith("reading ") and "100%" in line for line in drawn), drawn
    assert any(line.startswith("building ") for line in drawn), drawn
    assert govgraph.load_json(example_path, progress=False).meetings[0].id == reg.meetings[0].id
    govgraph.load_json(example_path)  # not a terminal: no bar
    assert capsys.readouterr().err == ""
    with pytest.raises(govgraph.InvalidInputError, match="progress: must be True, False or None"):
        govgraph.load_json(example_path, progress="yes")
