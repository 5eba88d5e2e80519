"""The documented JSON Schema agrees with what the library reads and writes."""

import json
import random

import jsonschema
import pytest

import govgraph
from test_json import _random_register


@pytest.fixture(scope="module")
def validator(source_dir):
    schema = json.loads((source_dir / "docs" / "register.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_bundled_example_is_valid(validator, example_path):
    validator.validate(json.loads(example_path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("seed", range(20))
def test_what_the_library_writes_is_valid(validator, seed):
    validator.validate(json.loads(govgraph.dumps_json(_random_register(random.Random(seed)))))


def test_schema_rejects_what_the_library_rejects(validator):
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"schema_version": 1, "meetings": [{"id": "m", "name": "M", "frequncy": "x"}]})
    with pytest.raises(govgraph.InvalidInputError):
        govgraph.loads_json(json.dumps({"schema_version": 1, "meetings": [{"id": "m", "name": "M", "frequncy": "x"}]}))
