"""docs/form.schema.json describes the form files: the bundled form validates against it,
broken copies do not. The checker is a small one written here (no jsonschema dependency);
it refuses any keyword it does not know, so the schema cannot say more than is checked."""

import copy
import json
import re
from pathlib import Path

import pytest

from csmm_desktop.config import resource_path

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "form.schema.json").read_text(encoding="utf-8"))
ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}
TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
}


def problems(value, schema, path="$", root=SCHEMA):
    """Where `value` breaks `schema` (a list of "path: why")."""
    out = []
    for key, rule in schema.items():
        if key in ANNOTATIONS:
            continue
        if key == "$ref":
            assert rule.startswith("#/$defs/"), rule
            out += problems(value, root["$defs"][rule.split("/")[-1]], path, root)
        elif key == "type":
            ok = isinstance(value, TYPES[rule]) and not (
                isinstance(value, bool) and rule in ("integer", "number")
            )
            if rule == "integer" and isinstance(value, float):
                ok = value.is_integer()
            if not ok:
                out.append(f"{path}: not {rule}")
                return out
        elif key == "required":
            out += [f"{path}: no {k}" for k in rule if isinstance(value, dict) and k not in value]
        elif key == "properties":
            for name, sub in rule.items():
                if isinstance(value, dict) and name in value:
                    out += problems(value[name], sub, f"{path}.{name}", root)
        elif key == "additionalProperties":
            assert rule is False, "only `false` is supported"
            if isinstance(value, dict):
                extra = set(value) - set(schema.get("properties", {}))
                out += [f"{path}: unexpected {k}" for k in sorted(extra)]
        elif key == "items":
            if isinstance(value, list):
                for i, item in enumerate(value):
                    out += problems(item, rule, f"{path}[{i}]", root)
        elif key == "minItems":
            if isinstance(value, list) and len(value) < rule:
                out.append(f"{path}: fewer than {rule} items")
        elif key == "maxItems":
            if isinstance(value, list) and len(value) > rule:
                out.append(f"{path}: more than {rule} items")
        elif key == "uniqueItems":
            if rule and isinstance(value, list) and len(set(map(json.dumps, value))) < len(value):
                out.append(f"{path}: items repeat")
        elif key == "minProperties":
            if isinstance(value, dict) and len(value) < rule:
                out.append(f"{path}: fewer than {rule} properties")
        elif key == "enum":
            if value not in rule:
                out.append(f"{path}: {value!r} not one of {rule}")
        elif key == "const":
            if value != rule:
                out.append(f"{path}: {value!r} is not {rule!r}")
        elif key == "not":
            if not problems(value, rule, path, root):
                out.append(f"{path}: must not match {rule}")
        elif key == "pattern":
            if isinstance(value, str) and not re.search(rule, value):
                out.append(f"{path}: {value!r} does not match {rule}")
        elif key == "minLength":
            if isinstance(value, str) and len(value) < rule:
                out.append(f"{path}: shorter than {rule}")
        elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                bad = {
                    "minimum": value < rule,
                    "maximum": value > rule,
                    "exclusiveMinimum": value <= rule,
                    "exclusiveMaximum": value >= rule,
                }[key]
                if bad:
                    out.append(f"{path}: {value} breaks {key} {rule}")
        elif key == "anyOf":
            found = [problems(value, sub, path, root) for sub in rule]
            if all(found):
                out.append(f"{path}: matches none of anyOf ({found[0][0]})")
        else:
            raise AssertionError(f"the checker does not know the keyword {key!r}")
    return out


def bundled():
    return json.loads(resource_path("form", "csmm_form_v1.0.json").read_text(encoding="utf-8"))


def test_the_bundled_form_matches_the_schema():
    assert problems(bundled(), SCHEMA) == []


def first_question(data):
    return data["reviews"][0]["sections"][0]["topics"][0]["questions"][0]


@pytest.mark.parametrize(
    "break_it, expected",
    [
        (lambda d: d["title"].pop("tr"), "$.title: no tr"),
        (lambda d: d["title"].update(tr=""), "$.title.tr: shorter than 1"),
        (lambda d: first_question(d).update(scale="stars"), "not one of"),
        (lambda d: first_question(d).update(weight=0), "$.reviews[0].sections[0].topics[0]"),
        (lambda d: first_question(d).update(id="1.1.1"), "does not match"),
        (lambda d: d["reviews"][0]["sections"][0].update(roles=["boss"]), "'boss' not one of"),
        (lambda d: d["scoring"]["level_thresholds"].update(planned=140), "breaks maximum 100"),
        (lambda d: d["scales"]["yes_partial_no"]["values"][0].pop("score"), "no score"),
        (lambda d: d.update(colour="blue"), "$: unexpected colour"),
        (lambda d: d["reviews"][0]["sections"][0]["topics"][0].update(questions=[]), "fewer"),
    ],
)
def test_a_broken_form_does_not_match(break_it, expected):
    data = copy.deepcopy(bundled())
    break_it(data)
    found = problems(data, SCHEMA)
    assert found and any(expected in p for p in found), found
