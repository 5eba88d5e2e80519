"""The cadence parser on every frequency the seed register prints."""

import pytest

import govgraph

SEED = [
    ("Bi monthly", govgraph.CadenceKind.REGULAR, 6.0),
    ("Six monthly", govgraph.CadenceKind.REGULAR, 2.0),
    ("Sixth monthly", govgraph.CadenceKind.REGULAR, 2.0),
    ("Three monthly", govgraph.CadenceKind.REGULAR, 4.0),
    ("Quarterly", govgraph.CadenceKind.REGULAR, 4.0),
    ("Quarterly (except South Glos – three times a year)", govgraph.CadenceKind.REGULAR, 4.0),
    ("Varies in each LA area - Quarterly (except South Glos – three times a year)",
     govgraph.CadenceKind.VARIES, 4.0),
    ("Varies in each LA area", govgraph.CadenceKind.VARIES, None),
    ("TBC after stakeholder engagement", govgraph.CadenceKind.UNKNOWN, None),
]


@pytest.mark.parametrize("text,kind,per_year", SEED)
def test_seed_strings(text, kind, per_year):
    c = govgraph.parse_cadence(text)
    assert c.kind == kind
    assert c.per_year == per_year
    assert c.text == text


def test_sixth_monthly_is_read_as_six_monthly_with_a_note():
    c = govgraph.parse_cadence("Sixth monthly")
    assert "six-monthly" in c.note


def test_exception_for_south_glos():
    c = govgraph.parse_cadence("Quarterly (except South Glos – three times a year)")
    assert [(e.area, e.per_year) for e in c.exceptions] == [("South Glos", 3.0)]
    assert c.describe() == "4 a year (3 in South Glos)"


@pytest.mark.parametrize("text,per_year", [
    ("weekly", 52), ("Fortnightly", 26), ("monthly", 12), ("annually", 1),
    ("3 times a year", 3), ("ten times a year", 10), ("every 6 weeks", 52 / 6), ("every 18 months", 12 / 18),
])
def test_usual_others(text, per_year):
    assert govgraph.parse_cadence(text).per_year == pytest.approx(per_year)


def test_ad_hoc():
    assert govgraph.parse_cadence("ad hoc").kind == govgraph.CadenceKind.AD_HOC


def test_unreadable_text_raises_invalid_input_with_the_text():
    with pytest.raises(govgraph.InvalidInputError, match='"purple"'):
        govgraph.parse_cadence("purple")
    with pytest.raises(ValueError):
        govgraph.parse_cadence("purple")


def test_constructors_and_equality():
    assert govgraph.Cadence.regular(6, "Bi monthly").per_year == 6
    assert govgraph.Cadence.unknown("TBC").per_year is None
    assert govgraph.Cadence.varies(4).kind == govgraph.CadenceKind.VARIES
    assert govgraph.Cadence.regular(4).with_exception("South Glos", 3).exceptions[0].per_year == 3
    assert govgraph.parse_cadence("Quarterly") == govgraph.parse_cadence("Quarterly")
    assert govgraph.parse_cadence("Quarterly") != govgraph.parse_cadence("Monthly")
