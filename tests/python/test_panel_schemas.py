"""The documented JSON Schemas of the panel's formats (docs/schemas/) agree with what the readers take:
every shipped file is valid, and a key the reader refuses the schema refuses too."""

from __future__ import annotations

import json

import jsonschema
import pytest

import govgraph

# Each format: its schema, the shipped files in it, and the reader that takes a path.
FORMATS = {
    "action-plan": (["examples/actions/avon-and-somerset-2016-recommendations.json",
                     "examples/actions/dorset-pcp-improvement-plan-2018.json"], govgraph.load_action_plan),
    "forward-plan": (["examples/panel/dorset-pcp-2018-forward-plan.json"], govgraph.load_forward_plan),
    "skills-framework": (["data/panel_skills.json", "examples/panel/dorset-pcp-2018-skills-framework.json"],
                         govgraph.load_skills_framework),
}


def _validator(source_dir, name):
    schema = json.loads((source_dir / "docs" / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_shipped_files_are_valid_and_read(source_dir, name):
    files, read = FORMATS[name]
    validator = _validator(source_dir, name)
    for relative in files:
        validator.validate(json.loads((source_dir / relative).read_text(encoding="utf-8")))
        read(str(source_dir / relative))


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_misspelt_key_is_refused_by_both(source_dir, tmp_path, name):
    files, read = FORMATS[name]
    document = json.loads((source_dir / files[-1]).read_text(encoding="utf-8"))
    document["titel"] = document.pop("title")
    with pytest.raises(jsonschema.ValidationError):
        _validator(source_dir, name).validate(document)
    path = tmp_path / "misspelt.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(govgraph.InvalidInputError):
        read(str(path))
