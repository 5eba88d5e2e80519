"""Role clarity: leads, duplicate attendance and engagement rules."""

import json

import pytest

import govgraph


def test_small_register_leads(small):
    r = govgraph.role_clarity(small)
    kinds = [(small.meeting(i.meeting).id, i.kind) for i in r.issues]
    # The board is led jointly by the OPCC and the police; the police lead the
    # sub-group and attend; the local meeting has no lead.
    assert ("board", govgraph.RoleIssueKind.JOINT_LEAD) in kinds
    assert ("board", govgraph.RoleIssueKind.LEAD_ABSENT) in kinds
    assert ("tbc", govgraph.RoleIssueKind.NO_LEAD) in kinds
    assert ("sub", govgraph.RoleIssueKind.LEAD_ABSENT) not in kinds
    assert r.count(govgraph.RoleIssueKind.NO_LEAD) == 1


def test_rules_from_dict_and_errors(small, tmp_path):
    rules = {"rules": [{"id": "police-everywhere", "description": "police at every meeting",
                        "require": {"organisation_kinds": ["police"]}}]}
    r = govgraph.role_clarity(small, rules)
    assert [small.meeting(v.meeting).id for v in r.rules[0].violations] == ["tbc"]
    assert r.violations == 1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"rules": [{"id": "x", "require": {"roles": ["nobody"]}}]}))
    with pytest.raises(govgraph.InvalidInputError, match=r'rules\[0\]\.require\.roles\[0\]: unknown role "nobody"'):
        govgraph.role_clarity(small, bad)
    with pytest.raises(govgraph.InvalidInputError, match=r"bad2\.json: rules\[0\]\.when\.kinds\[0\]"):
        bad2 = tmp_path / "bad2.json"
        bad2.write_text(json.dumps({"rules": [{"id": "x", "when": {"kinds": ["party"]}, "require": {"elected": True}}]}))
        govgraph.load_engagement_rules(bad2)


def test_bundled_rules(example, source_dir):
    rules = govgraph.load_engagement_rules(source_dir / "examples" / "rules" / "avon-and-somerset-engagement.json")
    assert [r.id for r in rules.rules] == ["pcc-engages-leaders", "constabulary-engages-chief-executives",
                                           "statutory-police-attendance"]
    r = govgraph.role_clarity(example, rules)
    assert "Engagement rules" in govgraph.format_role_clarity(r)
    pd = pytest.importorskip("pandas")
    issues = r.to_pandas()
    assert isinstance(issues, pd.DataFrame)
    assert "lcjb" in set(issues[issues["kind"] == "joint_lead"]["meeting_id"])
    violations = r.to_pandas("violations")
    assert list(violations.columns) == ["rule", "description", "meeting_id", "meeting", "detail"]
    assert len(violations) == r.violations
