#!/usr/bin/env python3
"""Generate sample wire-JSON instances for component schemas of the real-world OpenAPI corpus.

What it does
------------
For each of the 27 documents in ``/work/shared/corpus`` (see its ``manifest.json``) the script
picks a deterministic spread of up to 25 component schemas (``components/schemas``, or
``definitions`` for Swagger 2.0; for the multi-file ``hatchet`` spec the names under the resolved
``components.schemas`` index) and writes JSON instances of them to

    tests/corpus-fixtures/<doc>/<SchemaName>.<case>.json

where ``<doc>`` is the corpus file name without extension.  Cases:

* ``full``      every optional property present and non-null, arrays with 1-2 items, maps with
                2 entries (mixed value types where the value schema allows anything);
* ``minimal``   only required properties, arrays with ``minItems`` elements;
* ``nulls``     like ``full`` but every nullable site (property, item, map value) set to
                ``null``; only written when the schema (or anything it contains) is nullable;
* ``branch<i>`` for unions (``oneOf``/``anyOf`` at the top of the schema): member ``i`` in
                ``full`` form (first 6 members).

The generator reads the schemas only (it knows nothing about the Rust code).  It works on
*conjunctions* of schema locations: ``$ref`` and ``allOf`` are followed and merged, ``oneOf``/
``anyOf`` members are chosen in a preference order and every value produced at a union or at a
leaf is checked with the validator before it is accepted (other members / candidate values are
tried otherwise).  Deeply nested or recursive parts are generated in an "economy" form (required
properties only, non-recursive and primitive union members first, nullable sites ``null``); the
depth where that starts is lowered until a fixture is below 50 KB.  Discriminated unions carry the
mapped tag (explicit ``mapping`` key, else the component name), also for allOf-inheritance.

Validation (independent of the generator; every fixture must pass, otherwise the script fails):
each instance is validated against ``{"$ref": "<file-uri>#/components/schemas/<Name>"}`` with a
``referencing`` registry that holds every file of the document (relative ``$ref``\\ s of hatchet
resolve against the referring file), using

* OpenAPI 3.1: ``openapi_schema_validator.OAS31Validator`` (JSON Schema 2020-12);
* OpenAPI 3.0: the ``OAS30Validator`` keyword set (``nullable``, boolean ``exclusiveMinimum``,
  discriminator-aware ``oneOf``/``anyOf``) rebuilt with Draft-4 style "``$ref`` siblings ignored";
* Swagger 2.0: Draft 4 plus ``x-nullable``;

with format assertion (jsonschema's checkers plus int32/int64/float/double/byte) and ECMA-262
``pattern`` matching (``regress``).  ``branch<i>`` fixtures of a ``oneOf`` must match exactly one
member (member ``i``; OAS 3.0 discriminated unions whose members overlap are kept when the
discriminator-aware validator accepts them, and listed in the README); for ``anyOf`` member ``i``
must match, and a discriminated branch must carry a tag that maps to member ``i``.  The README (also written by this
script) lists the counts, the skipped schemas / branches with reasons, and findings such as spec
examples that violate their own schema.

How to run
----------
    pip install pyyaml jsonschema 'jsonschema[format-nongpl]' openapi-schema-validator \\
        referencing rstr regress
    python3 tests/corpus-fixtures/generate.py            # (re)write all fixtures + README.md
    python3 tests/corpus-fixtures/generate.py --check    # regenerate in memory, validate, diff
    python3 tests/corpus-fixtures/generate.py --only stripe,github   # subset (development)

Output is deterministic (no randomness: the regex-string generator is seeded from the pattern); a
full run takes about half a minute;
``--check`` exits non-zero if a fixture is invalid or differs from the file on disk.
"""

from __future__ import annotations

import argparse
import base64
import json
import math
import random
import re
import string
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from urllib.parse import quote, unquote, urldefrag, urljoin

from rstr.xeger import Xeger
import yaml
from jsonschema import Draft4Validator, FormatChecker
from jsonschema import _keywords as js_keywords
from jsonschema import _legacy_keywords
from jsonschema.validators import create, extend
from openapi_schema_validator import OAS31Validator
from openapi_schema_validator import _format as oas_format
from openapi_schema_validator import _keywords as oas_keywords
from openapi_schema_validator._types import oas30_type_checker
from openapi_schema_validator._specifications import REGISTRY as OAS_SPECIFICATIONS
from openapi_schema_validator.validators import OAS30_VALIDATORS, _oas30_id_of
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT4, DRAFT202012

import attrs

# Draft 4 resources whose "id" is only honoured when it is a string: referencing's Draft 4 id_of
# crashes on a `properties` map that has a property called "id" (slack) while walking a pointer.
DRAFT4_LENIENT = attrs.evolve(
    DRAFT4, id_of=lambda c: c["id"] if isinstance(c, dict) and isinstance(c.get("id"), str)
    and not c["id"].startswith("#") and "$ref" not in c else None)

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus")

MAX_SCHEMAS = 25  # per document
MAX_BRANCHES = 6  # branch<i> fixtures per union
MAX_BYTES = 50_000  # per fixture
LEVELS = [6, 4, 3, 2, 1, 0]  # nesting level where "economy" starts; lowered until < MAX_BYTES
RECURSION_LIMIT = 3  # a component nested this often inside itself -> economy
HARD_DEPTH = 40  # give up (schema cannot be instantiated finitely)
MAX_ALTERNATIVES = 8  # union-member combinations tried at one site

# selection: the kind of the schema itself weighs 3, these features 2, all others 1
IMPORTANT_FEATURES = {"recursive", "prefixItems", "const", "discriminator", "inherits-discriminator",
                      "map", "nullable", "oneOf", "anyOf", "allOf", "additionalProperties:any"}

# Values for "anything" ({} / additionalProperties: true): rotated through, so that maps get mixed
# value types.  Each fixture starts the rotation afresh.
ANY_VALUES = [
    {"nested": {"flag": True, "count": 3}, "list": [1, "two", None]},
    [1, "two", 2.5, False, None],
    42,
    2.5,
    True,
    "free-form text",
    None,
]
FORMAT_VALUES = {
    "date-time": ["2024-05-01T12:00:00Z", "2024-05-02T08:30:15.250+02:00"],
    "date": ["2024-05-01", "2023-12-31"],
    "time": ["12:00:00Z", "08:30:15+02:00"],
    "duration": ["P1DT2H", "PT30M"],
    "uuid": ["3fa85f64-5717-4562-b3fc-2c963f66afa6", "0b7e3c2a-9f1d-4e57-8a6b-1c2d3e4f5a6b"],
    "uuid4": ["3fa85f64-5717-4562-b3fc-2c963f66afa6", "0b7e3c2a-9f1d-4e57-8a6b-1c2d3e4f5a6b"],
    "email": ["user@example.com", "jane.doe@example.org"],
    "idn-email": ["user@example.com", "jane.doe@example.org"],
    "uri": ["https://example.com/resource/1", "https://example.org/items?page=2"],
    "url": ["https://example.com/resource/1", "https://example.org/items?page=2"],
    "iri": ["https://example.com/resource/1", "https://example.org/items?page=2"],
    "uri-reference": ["https://example.com/resource/1", "/relative/path"],
    "iri-reference": ["https://example.com/resource/1", "/relative/path"],
    "uri-template": ["https://example.com/items/{id}", "https://example.com/{a}/{b}"],
    "hostname": ["example.com", "api.example.org"],
    "idn-hostname": ["example.com", "api.example.org"],
    "ipv4": ["192.0.2.1", "198.51.100.7"],
    "ip": ["192.0.2.1", "2001:db8::1"],
    "ipv6": ["2001:db8::1", "fe80::1"],
    "byte": ["aGVsbG8gd29ybGQ=", "c2FtcGxlIGJ5dGVz"],
    "binary": ["binary-content", "more-binary-content"],
    "base64": ["aGVsbG8gd29ybGQ=", "c2FtcGxlIGJ5dGVz"],
    "password": ["s3cr3t-passw0rd", "an0ther-s3cret"],
    "int32": ["42", "7"],
    "int64": ["1234567890123", "42"],
    "uint64": ["1234567890123", "42"],
    "decimal": ["12.50", "0.99"],
    "number": ["12.5", "3"],
    "double": ["12.5", "3"],
    "regex": ["^[a-z]+$", "[0-9]{3}"],
    "json-pointer": ["/a/b", "/items/0"],
    "relative-json-pointer": ["0/a", "1"],
    "color": ["#ff0000", "blue"],
    "mac": ["00:1a:2b:3c:4d:5e", "02:00:00:00:00:01"],
    "hex": ["deadbeef", "0a1b2c"],
}
INT_FORMAT_BOUNDS = {
    "int8": (-(2**7), 2**7 - 1), "int16": (-(2**15), 2**15 - 1),
    "int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1),
    "uint8": (0, 2**8 - 1), "uint16": (0, 2**16 - 1), "uint32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1), "uint": (0, 2**64 - 1),
}
# keywords that constrain an instance (a schema with none of them accepts anything)
ASSERTIONS = {
    "type", "enum", "const", "properties", "required", "additionalProperties", "items",
    "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minProperties",
    "maxProperties", "propertyNames", "patternProperties", "pattern", "minLength", "maxLength",
    "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
    "allOf", "oneOf", "anyOf", "not", "$ref", "if", "dependentRequired", "dependentSchemas",
    "unevaluatedProperties", "unevaluatedItems",
}


class Unsat(Exception):
    """No valid instance could be produced for a schema (site)."""


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's SafeLoader, closer to YAML 1.2 core: no timestamps, only true/false booleans,
    mapping keys as strings (``200:`` response codes)."""


Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _construct_mapping(loader, node):
    return {str(k) if not isinstance(k, str) else k: v
            for k, v in yaml.SafeLoader.construct_mapping(loader, node).items()}


Yaml12Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_file(path: Path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=Yaml12Loader)


def escape_token(tok) -> str:
    return quote(str(tok).replace("~", "~0").replace("/", "~1"), safe="~!$&'()*+,;=:@")


def parse_pointer(fragment: str) -> tuple:
    if fragment in ("", "/"):
        return () if fragment == "" else ("",)
    assert fragment.startswith("/"), fragment
    return tuple(unquote(p).replace("~1", "/").replace("~0", "~") for p in fragment.split("/")[1:])


@dataclass(frozen=True)
class Loc:
    uri: str
    ptr: tuple = ()

    def child(self, *toks) -> "Loc":
        return Loc(self.uri, self.ptr + tuple(toks))

    def ref(self) -> str:
        return self.uri + "#" + "".join("/" + escape_token(t) for t in self.ptr)


class Doc:
    """One corpus document (all its files), its component schemas and a validator factory."""

    def __init__(self, entry: dict):
        self.file = entry["file"]
        # "stripe.json" -> "stripe"; multi-file "hatchet/openapi.yaml" -> "hatchet"
        self.name = self.file.split("/")[0] if "/" in self.file else self.file.rsplit(".", 1)[0]
        self.path = CORPUS / self.file
        self.root_uri = self.path.as_uri()
        self.files: dict[str, object] = {}
        root = self.content(self.root_uri)
        if "swagger" in root:
            self.dialect = "swagger2"
        elif str(root.get("openapi", "")).startswith("3.0"):
            self.dialect = "oas30"
        else:
            self.dialect = "oas31"
        self.version = str(root.get("swagger") or root.get("openapi"))
        # component name -> location
        self.components: dict[str, Loc] = {}
        if self.dialect == "swagger2":
            base = Loc(self.root_uri, ("definitions",))
        else:
            base = Loc(self.root_uri, ("components", "schemas"))
        node = self.node(base, default=None)
        if isinstance(node, dict) and "$ref" in node and len(node) == 1:  # hatchet: index file
            base = self.resolve(base, node["$ref"])
            node = self.node(base)
        for name in (node or {}):
            self.components[name] = base.child(name)
        self.comp_by_loc: dict[Loc, str] = {loc: n for n, loc in self.components.items()}
        for n, loc in self.components.items():  # index entries that are pure $refs (hatchet)
            tgt = self.deref(loc)
            self.comp_by_loc.setdefault(tgt, n)
        self._crawl_files()
        self._validators: dict = {}
        self._valid_cache: dict = {}
        self.registry = Registry().with_resources(
            (uri, Resource(contents, DRAFT202012 if self.dialect == "oas31" else DRAFT4_LENIENT))
            for uri, contents in self.files.items())
        self.validator_cls = VALIDATOR_CLASSES[self.dialect]

    # -- documents and references -------------------------------------------------------------
    def content(self, uri: str):
        if uri not in self.files:
            assert uri.startswith("file://"), uri
            self.files[uri] = load_file(Path(unquote(uri[len("file://"):])))
        return self.files[uri]

    def node(self, loc: Loc, default=KeyError):
        n = self.content(loc.uri)
        for tok in loc.ptr:
            try:
                n = n[int(tok)] if isinstance(n, list) else n[tok]
            except (KeyError, IndexError, TypeError):
                if default is KeyError:
                    raise
                return default
        return n

    def resolve(self, base: Loc, ref: str) -> Loc:
        uri, frag = urldefrag(urljoin(base.uri, ref))
        return Loc(uri, parse_pointer(frag))

    def deref(self, loc: Loc) -> Loc:
        """Follow pure $ref chains (for naming only)."""
        seen = set()
        node = self.node(loc)
        while isinstance(node, dict) and "$ref" in node and loc not in seen:
            seen.add(loc)
            loc = self.resolve(loc, node["$ref"])
            node = self.node(loc)
        return loc

    def _crawl_files(self):
        todo = [self.root_uri]
        seen = set()
        while todo:
            uri = todo.pop()
            if uri in seen:
                continue
            seen.add(uri)
            for ref in iter_refs(self.content(uri)):
                tgt = urldefrag(urljoin(uri, ref))[0]
                if tgt.startswith("file://") and tgt not in seen:
                    todo.append(tgt)

    def mapping_target(self, disc_loc: Loc, value: str) -> Loc | None:
        if "/" in value or "#" in value or value.endswith((".yaml", ".json", ".yml")):
            return self.deref(self.resolve(disc_loc, value))
        if value in self.components:
            return self.deref(self.components[value])
        return None

    def comp_name(self, loc: Loc) -> str | None:
        return self.comp_by_loc.get(loc)

    # -- validation ------------------------------------------------------------------------------
    def validator(self, loc: Loc):
        v = self._validators.get(loc)
        if v is None:
            v = self.validator_cls({"$ref": loc.ref()}, registry=self.registry,
                                   format_checker=FORMAT_CHECKER)
            self._validators[loc] = v
        return v

    def is_valid(self, value, loc: Loc) -> bool:
        key = (loc, json.dumps(value, sort_keys=True))
        r = self._valid_cache.get(key)
        if r is None:
            try:
                r = self.validator(loc).is_valid(value)
            except RecursionError:
                r = False
            if len(self._valid_cache) > 200_000:
                self._valid_cache.clear()
            self._valid_cache[key] = r
        return r

    def errors(self, value, loc: Loc) -> list[str]:
        try:
            errs = list(self.validator(loc).iter_errors(value))
        except RecursionError:
            return ["RecursionError during validation"]
        return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:300]}" for e in errs]


def iter_refs(node):
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            r = n.get("$ref")
            if isinstance(r, str):
                yield r
            stack.extend(v for k, v in n.items() if k not in ("example", "examples", "default", "enum", "const"))
        elif isinstance(n, list):
            stack.extend(n)


# ---------------------------------------------------------------------------------------------
# Validators (one per dialect)
# ---------------------------------------------------------------------------------------------


def _build_format_checker() -> FormatChecker:
    fc = FormatChecker()  # every format jsonschema knows (date-time, email, uri, uuid, ipv4, ...)
    fc.checks("int32")(oas_format.is_int32)
    fc.checks("int64")(oas_format.is_int64)
    fc.checks("float")(oas_format.is_float)
    fc.checks("double")(oas_format.is_double)
    fc.checks("byte", (ValueError, TypeError))(oas_format.is_byte)
    fc.checks("regex")(oas_format.is_regex)
    return fc


FORMAT_CHECKER = _build_format_checker()

def _discriminated(plain):
    """oneOf/anyOf as in openapi_schema_validator.OAS30Validator: when the union has a
    discriminator and the instance's tag resolves (explicit mapping, else the implicit
    "#/components/schemas/<tag>"), the instance is validated against that schema only; otherwise
    (no tag, or a tag that resolves to nothing, e.g. inline members without a mapping) the plain
    JSON Schema meaning applies (OAS30Validator would reject the instance)."""

    def keyword(validator, members, instance, schema):
        disc = schema.get("discriminator")
        if isinstance(disc, dict) and validator.is_type(instance, "object"):
            tag = instance.get(disc.get("propertyName"))
            if isinstance(tag, str) and tag:
                ref = (disc.get("mapping") or {}).get(tag) or f"#/components/schemas/{tag}"
                try:
                    validator._resolver.lookup(ref)
                except Unresolvable:
                    pass
                else:
                    yield from validator.descend(instance, {"$ref": ref})
                    return
        yield from plain(validator, members, instance, schema)

    return keyword


# OAS 3.0: the keyword set of openapi_schema_validator.OAS30Validator (nullable, boolean
# exclusiveMinimum/Maximum, OAS formats, discriminator-aware unions), but (as in Draft 4, which
# OAS 3.0 schema objects follow) a "$ref" makes its sibling keywords ignored.
OAS30RefValidator = create(
    meta_schema=OAS_SPECIFICATIONS.contents("http://json-schema.org/draft-04/schema#"),
    validators={**OAS30_VALIDATORS, "oneOf": _discriminated(js_keywords.oneOf),
                "anyOf": _discriminated(js_keywords.anyOf), "allOf": js_keywords.allOf},
    type_checker=oas30_type_checker,
    format_checker=FORMAT_CHECKER,
    id_of=_oas30_id_of,
    applicable_validators=_legacy_keywords.ignore_ref_siblings,
)


def _swagger2_type(validator, types, instance, schema):
    if instance is None and schema.get("x-nullable") is True:
        return
    yield from js_keywords.type(validator, types, instance, schema)


Swagger2Validator = extend(Draft4Validator, {"type": _swagger2_type, "pattern": oas_keywords.pattern})
# OAS 3.1: openapi_schema_validator.OAS31Validator (JSON Schema 2020-12 + OAS vocabulary)
VALIDATOR_CLASSES = {"oas30": OAS30RefValidator, "oas31": OAS31Validator, "swagger2": Swagger2Validator}


# ---------------------------------------------------------------------------------------------
# Deterministic regex strings
# ---------------------------------------------------------------------------------------------


class SortedXeger(Xeger):
    """rstr's Xeger with deterministic character classes (no set ordering) and unbounded
    repeats (``*``, ``+``, ``{n,}``) repeated `target` times (random up to +8 when None)."""

    def __init__(self, rng: random.Random, target: int | None):
        super().__init__(rng)
        self.target = target

    def _handle_in(self, value):
        candidates = list(chain(*(self._handle_state(i) for i in value)))
        if candidates[0] is False:
            excluded = set(candidates[1:])
            candidates = [c for c in string.ascii_letters + string.digits + "-_.~"
                          if c not in excluded] or \
                         [c for c in string.printable if c not in excluded]
        return self._random.choice(candidates)

    def _handle_repeat(self, start_range, end_range, value):
        if end_range > start_range + 8:
            if self.target is None:
                end_range = start_range + 8
            else:
                start_range = end_range = max(start_range, min(self.target, end_range))
        times = self._random.randint(start_range, end_range)
        return "".join("".join(self._handle_state(i) for i in value) for _ in range(times))


def regex_strings(pattern: str, variant: int, min_len: float, max_len: float, count: int = 60):
    """Strings generated from `pattern` (seeded by the pattern, so deterministic)."""
    seed = zlib.crc32(pattern.encode()) + 7919 * variant
    targets = [None, 1, 3]
    if min_len > 0:
        targets.append(int(min_len))
    if max_len < math.inf:
        targets.append(int(max_len))
        targets.append(int((min_len + max_len) // 2))
    for k in range(count):
        try:
            yield SortedXeger(random.Random(seed + k), targets[k % len(targets)]).xeger(pattern)
        except Exception:  # pattern not understood by Python's parser
            return


# ---------------------------------------------------------------------------------------------
# Flattening: $ref / allOf merged into conjunctions, unions chosen
# ---------------------------------------------------------------------------------------------


@dataclass
class Flat:
    conj: list  # [Loc] of schema nodes whose own keywords all apply
    pending: list  # [(Loc, "oneOf"/"anyOf")] unions not chosen yet
    comps: list  # component names entered, in order
    forced: dict  # property -> discriminator tag value
    false: bool = False
    visited: set = field(default_factory=set)
    chosen: dict = field(default_factory=dict)


def is_null_schema(node) -> bool:
    if not isinstance(node, dict):
        return False
    t = node.get("type")
    return t == "null" or t == ["null"] or node.get("enum") == [None] or \
        ("const" in node and node["const"] is None)


@dataclass
class Ctx:
    mode: str  # full | minimal | nulls
    level: int = 0
    stack: tuple = ()  # component names entered from the root to here (one entry per entry)
    hint: str = ""
    variant: int = 0
    root: bool = True
    econ: bool = False


class Generator:
    def __init__(self, doc: Doc, max_level: int):
        self.doc = doc
        self.max_level = max_level
        self.any_counter = 0
        self.num_counter = 0
        self.nulled = 0
        self.force_branch: int | None = None
        self.lenient_root = False  # diagnostics: accept an invalid root union instance
        self.notes: list[str] = []

    # -- flattening --------------------------------------------------------------------------
    def flatten(self, locs, chosen: dict) -> Flat:
        doc = self.doc
        flat = Flat(conj=[], pending=[], comps=[], forced={})

        def visit(loc: Loc, path: tuple):
            if loc in flat.visited:
                return
            flat.visited.add(loc)
            node = doc.node(loc)
            if node is False:
                flat.false = True
                return
            if not isinstance(node, dict):
                return
            name = doc.comp_name(loc)
            if name is not None and not (path and path[-1] == name):  # (index entry -> target)
                flat.comps.append(name)
                path = path + (name,)
            if "$ref" in node:
                visit(doc.resolve(loc, node["$ref"]), path)
                if doc.dialect != "oas31":
                    return  # OAS 3.0 / Swagger 2.0: $ref siblings are ignored
            flat.conj.append(loc)
            for i in range(len(node.get("allOf", []))):
                visit(loc.child("allOf", i), path)
            disc = node.get("discriminator")
            for kw in ("oneOf", "anyOf"):
                if kw not in node:
                    continue
                if (loc, kw) in chosen:
                    i = chosen[(loc, kw)]
                    if disc:
                        self._union_tag(loc, disc, node[kw][i], loc.child(kw, i), flat)
                    visit(loc.child(kw, i), path)
                else:
                    flat.pending.append((loc, kw))
            if disc and not any(k in node for k in ("oneOf", "anyOf")):
                self._inherited_tag(loc, disc, path, flat)

        for loc in locs:
            visit(loc, ())
        return flat

    def _disc(self, disc):
        if isinstance(disc, str):  # Swagger 2.0
            return disc, {}
        return disc.get("propertyName"), disc.get("mapping") or {}

    def _tag_for(self, disc_loc: Loc, disc, target: Loc) -> str | None:
        prop, mapping = self._disc(disc)
        for key, value in mapping.items():
            if isinstance(value, str) and self.doc.mapping_target(disc_loc, value) == target:
                return key
        return self.doc.comp_name(target)

    def _union_tag(self, loc, disc, member, member_loc, flat):
        prop, _ = self._disc(disc)
        if not prop or not isinstance(member, dict) or "$ref" not in member:
            return
        target = self.doc.deref(member_loc)
        tag = self._tag_for(loc.child("discriminator"), disc, target)
        if tag is not None:
            flat.forced.setdefault(prop, tag)

    def _inherited_tag(self, loc, disc, path, flat):
        prop, mapping = self._disc(disc)
        if not prop:
            return
        own = self.doc.comp_name(self.doc.deref(loc)) or (path[-1] if path else None)
        owners = [p for p in path if p != own]
        if owners:
            target = self.doc.deref(self.doc.components[owners[-1]])
        elif own is not None:
            target = self.doc.deref(self.doc.components[own])
            if not any(isinstance(v, str) and self.doc.mapping_target(loc, v) == target
                       for v in mapping.values()):
                return
        else:
            return
        tag = self._tag_for(loc.child("discriminator"), disc, target)
        if tag is not None:
            flat.forced.setdefault(prop, tag)

    def alternatives(self, locs, ctx: Ctx, chosen=None):
        """Flattenings of `locs` with every union resolved, in preference order."""
        chosen = dict(chosen or {})
        flat = self.flatten(locs, chosen)
        flat.chosen = dict(chosen)
        if not flat.pending:
            yield flat
            return
        uloc, kw = flat.pending[0]
        members = self.doc.node(uloc)[kw]
        if ctx.root and self.force_branch is not None and not chosen:
            order = [self.force_branch]
        else:
            order = self.member_order(uloc, kw, members, ctx, flat)
        for i in order:
            chosen[(uloc, kw)] = i
            yield from self.alternatives(locs, ctx, chosen)

    def member_order(self, uloc, kw, members, ctx, flat):
        """Members in preference order; members contradicting an enum/const elsewhere are dropped."""
        fixed = []  # enum/const value lists that apply beside the union
        for _, n in self.nodes(flat):
            if isinstance(n.get("enum"), list):
                fixed.append(n["enum"])
            if "const" in n:
                fixed.append([n["const"]])

        def compatible(i):
            if not fixed:
                return True
            sub = self.flatten([uloc.child(kw, i)], {})
            for _, n in self.nodes(sub):
                vals = n["enum"] if isinstance(n.get("enum"), list) else [n["const"]] if "const" in n else None
                if vals is not None and not any(v in f for v in vals for f in fixed):
                    return False
            return True

        def key(i):
            mloc = uloc.child(kw, i)
            tgt = self.doc.deref(mloc)
            consistent = 0 if (tgt in flat.visited and tgt != mloc) else 1
            null = 1 if is_null_schema(self.doc.node(tgt)) else 0
            econ_cost = 0
            if ctx.econ:
                sub = self.flatten([mloc], {})
                recursive = any(c in ctx.stack or c in flat.comps for c in sub.comps)
                kind = self.kind_of(sub)
                econ_cost = (2 if recursive else 0) + {"object": 1, "array": 1}.get(kind, 0)
            return (consistent, null, econ_cost, i)
        return sorted((i for i in range(len(members)) if compatible(i)), key=key)

    # -- helpers -----------------------------------------------------------------------------
    def nodes(self, flat):
        return [(loc, self.doc.node(loc)) for loc in flat.conj]

    def types_of(self, flat):
        """Allowed non-null JSON types (ordered list), or None for "unconstrained"."""
        allowed = None
        for _, node in self.nodes(flat):
            t = node.get("type")
            if t is None:
                continue
            ts = [t] if isinstance(t, str) else list(t)
            if allowed is None:
                allowed = ts
            else:
                new = []
                for a in allowed:
                    if a in ts:
                        new.append(a)
                    elif a == "number" and "integer" in ts:
                        new.append("integer")
                    elif a == "integer" and "number" in ts:
                        new.append("integer")
                allowed = new
        return allowed

    def kind_of(self, flat) -> str:
        types = self.types_of(flat)
        if types is not None:
            non_null = [t for t in types if t != "null"]
            if not non_null:
                return "null"
            if len(non_null) == 1:
                return non_null[0]
            keys = set().union(*(n.keys() for _, n in self.nodes(flat)))
            if "object" in non_null and keys & {"properties", "additionalProperties", "required"}:
                return "object"
            if "array" in non_null and keys & {"items", "prefixItems"}:
                return "array"
            return non_null[0]
        keys = set()
        enums = []
        for _, n in self.nodes(flat):
            keys |= set(n.keys())
            if "enum" in n:
                enums.append(n["enum"])
            if "const" in n:
                enums.append([n["const"]])
        if enums:
            v = next((x for x in enums[0] if x is not None), None)
            return json_type(v)
        if keys & {"properties", "additionalProperties", "required", "minProperties",
                   "maxProperties", "propertyNames", "patternProperties"}:
            return "object"
        if keys & {"items", "prefixItems", "minItems", "maxItems", "uniqueItems"}:
            return "array"
        if keys & {"pattern", "minLength", "maxLength", "format"}:
            return "string"
        if keys & {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}:
            return "number"
        return "any"

    def is_any(self, locs) -> bool:
        flat = self.flatten(locs, {})
        if flat.pending or flat.false:
            return False
        return all(not (set(n) & ASSERTIONS) for _, n in self.nodes(flat))

    def nullable(self, locs) -> bool:
        return (
            all(self.doc.is_valid(None, loc) for loc in locs)
            and not self.is_any(locs)
            and not self.implied_structure(locs)
        )

    def implied_structure(self, locs) -> bool:
        """An object or array told only by its keywords (`properties`, `items`, ...) with no
        `type` anywhere: JSON Schema lets `null` through, but the project reads such a schema
        as the object (array) its author meant, so `null` is never generated there."""
        flat = self.flatten(locs, {})
        nodes = [n for _, n in self.nodes(flat) if isinstance(n, dict)]
        if any("type" in n or n.get("nullable") is True or n.get("x-nullable") is True for n in nodes):
            return False
        structural = {"properties", "items", "additionalProperties", "prefixItems", "required"}
        return any(set(n) & structural for n in nodes)

    def valid(self, value, locs) -> bool:
        return all(self.doc.is_valid(value, loc) for loc in locs)

    def note(self, text: str):
        if text not in self.notes:
            self.notes.append(text)

    def next_any(self):
        v = ANY_VALUES[self.any_counter % len(ANY_VALUES)]
        self.any_counter += 1
        return json.loads(json.dumps(v))

    # -- generation --------------------------------------------------------------------------
    def child_ctx(self, ctx: Ctx, flat: Flat, hint: str, variant: int | None = None) -> Ctx:
        stack = ctx.stack + tuple(flat.comps)
        level = ctx.level + 1
        rec = max(Counter(stack).values()) if stack else 0
        econ = ctx.econ or level >= self.max_level or rec >= RECURSION_LIMIT
        return Ctx(mode=ctx.mode, level=level, stack=stack, hint=hint,
                   variant=ctx.variant if variant is None else variant, root=False, econ=econ)

    def gen(self, locs, ctx: Ctx):
        if ctx.level > HARD_DEPTH:
            raise Unsat("nesting too deep (no finite instance found)")
        if not ctx.root and (ctx.mode == "nulls" or ctx.econ) and self.nullable(locs):
            if ctx.mode == "nulls":
                self.nulled += 1
            return None
        first_error = None
        tried = 0
        for flat in self.alternatives(locs, ctx):
            tried += 1
            if tried > MAX_ALTERNATIVES:
                break
            if flat.false:
                continue
            try:
                value = self.gen_flat(flat, ctx)
            except Unsat as e:
                first_error = first_error or e
                continue
            # values that depend on a union choice are checked here (leaves check themselves)
            if not flat.chosen or (ctx.root and self.lenient_root) or self.valid(value, locs):
                return value
            first_error = first_error or Unsat(f"no valid member combination at {locs[0].ref()}")
        raise first_error or Unsat(f"no instance for {locs[0].ref()}")

    def gen_flat(self, flat: Flat, ctx: Ctx):
        nodes = self.nodes(flat)
        # enum / const
        enums = [n["enum"] for _, n in nodes if isinstance(n.get("enum"), list)]
        enums += [[n["const"]] for _, n in nodes if "const" in n]
        types = self.types_of(flat)
        if enums:
            cands = [v for v in enums[0] if all(any(v == w and type(v) is type(w) for w in e) for e in enums[1:])]
            if types is not None:
                cands = [v for v in cands if v is None or type_ok(v, types)]
            non_null = [v for v in cands if v is not None]
            cands = non_null or cands
            valid = [v for v in cands if self.valid(v, flat.conj)]
            if not valid:
                raise Unsat("no enum/const value satisfies all constraints")
            return valid[ctx.variant % len(valid)]
        kind = self.kind_of(flat)
        if kind == "null":
            return None
        if kind == "any":
            return self.next_any()
        if kind == "object":
            return self.gen_object(flat, nodes, ctx)
        if kind == "array":
            return self.gen_array(flat, nodes, ctx)
        if kind == "string":
            return self.gen_string(flat, nodes, ctx)
        if kind in ("integer", "number"):
            return self.gen_number(flat, nodes, ctx, kind)
        if kind == "boolean":
            return ctx.variant % 2 == 0
        raise Unsat(f"unknown type {kind!r}")

    # objects -------------------------------------------------------------------------------
    def prop_locs(self, nodes, name):
        """Locations of the schemas that apply to property `name` (None if forbidden)."""
        locs = []
        for loc, node in nodes:
            props = node.get("properties") or {}
            if name in props:
                locs.append(loc.child("properties", name))
                continue
            matched = False
            for pat in (node.get("patternProperties") or {}):
                if re.search(pat, name):
                    locs.append(loc.child("patternProperties", pat))
                    matched = True
            if matched:
                continue
            ap = node.get("additionalProperties")
            if ap is False:
                return None
            if isinstance(ap, dict):
                locs.append(loc.child("additionalProperties"))
        return locs

    def gen_object(self, flat, nodes, ctx):
        doc = self.doc
        order, required = [], []
        min_props, max_props = 0, math.inf
        map_values, names_schema, free_form = [], [], True
        for loc, node in nodes:
            for name in node.get("properties") or {}:
                if name not in order:
                    order.append(name)
            for name in node.get("required") or []:
                if name not in required:
                    required.append(name)
            if node.get("properties"):
                free_form = False
            ap = node.get("additionalProperties")
            if ap is False:
                free_form = False
            elif ap is True or isinstance(ap, dict):
                map_values.append(ap)
            if "propertyNames" in node:
                names_schema.append(loc.child("propertyNames"))
            min_props = max(min_props, node.get("minProperties", 0))
            max_props = min(max_props, node.get("maxProperties", math.inf))
        for name in required:
            if name not in order:
                order.append(name)
        for name in flat.forced:
            if name not in order:
                order.insert(0, name)
        full = ctx.mode in ("full", "nulls") and not ctx.econ
        wanted = [n for n in order if n in required or n in flat.forced or full]
        result = {}
        for name in wanted:
            locs = self.prop_locs(nodes, name)
            if locs is None:
                if name in required:
                    raise Unsat(f"required property {name!r} is forbidden by additionalProperties: false")
                continue
            if name in flat.forced:
                tag = flat.forced[name]
                if not locs or self.valid(tag, locs):
                    result[name] = tag
                    continue
                self.note(f"discriminator value {tag!r} is rejected by the schema of property "
                          f"{name!r} ({pretty_loc(doc, locs[-1])}); the schema's own value is used")
            sub = self.child_ctx(ctx, flat, name)
            if not locs:
                result[name] = self.gen_untyped_value(sub, name)
                continue
            try:
                result[name] = self.gen(locs, sub)
            except Unsat as e:
                if name not in required:
                    if ctx.mode != "minimal" and not ctx.econ:
                        self.note(f"optional property {name!r} at {pretty_loc(doc, flat.conj[0])} "
                                  f"omitted: {e}")
                    continue
                if self.nullable(locs):
                    result[name] = None
                    continue
                raise
        # map entries / free-form entries
        extra = 0
        if full and (map_values or (free_form and not order)):
            extra = 2
        extra = max(extra, min_props - len(result))
        if len(result) + extra > max_props:
            extra = max(0, max_props - len(result))
        k = 0
        while extra > 0 and k < extra + 20:
            k += 1
            key = self.map_key(names_schema, ctx, k, result)
            if key is None:
                break
            locs = self.prop_locs(nodes, key)
            if locs is None:
                break
            sub = self.child_ctx(ctx, flat, key, variant=ctx.variant + k - 1)
            try:
                result[key] = self.gen(locs, sub) if locs else self.next_any()
            except Unsat:
                break
            extra -= 1
        # drop optional properties beyond maxProperties
        for name in reversed(list(result)):
            if len(result) <= max_props:
                break
            if name not in required and name not in flat.forced:
                del result[name]
        return result

    def gen_untyped_value(self, ctx, name):
        return self.next_any()

    def map_key(self, names_schema, ctx, k, existing):
        hint = ctx.hint or "key"
        base = [f"{hint}_key{k}" if hint != "key" else f"key{k}", f"k{k}", f"extra{k}"]
        if names_schema:
            sub = Ctx(mode="full", hint="key", variant=ctx.variant + k - 1, root=False)
            try:
                cand = self.gen(names_schema, sub)
            except Unsat:
                return None
            if isinstance(cand, str) and cand not in existing:
                return cand
            for b in base:
                if b not in existing and self.valid(b, names_schema):
                    return b
            return None
        for b in base:
            if b not in existing:
                return b
        return None

    # arrays --------------------------------------------------------------------------------
    def gen_array(self, flat, nodes, ctx):
        min_items, max_items, unique = 0, math.inf, False
        prefix_len = 0
        for _, node in nodes:
            min_items = max(min_items, node.get("minItems", 0))
            max_items = min(max_items, node.get("maxItems", math.inf))
            unique = unique or node.get("uniqueItems") is True
            pi = node.get("prefixItems")
            if isinstance(pi, list):
                prefix_len = max(prefix_len, len(pi))
                if node.get("items") is False:
                    max_items = min(max_items, len(pi))
            elif isinstance(node.get("items"), list):  # draft-4 tuple form
                prefix_len = max(prefix_len, len(node["items"]))
                if node.get("additionalItems") is False:
                    max_items = min(max_items, len(node["items"]))
        if ctx.mode in ("full", "nulls") and not ctx.econ:
            n = max(prefix_len, 2 if ctx.level <= 1 else 1)
        else:
            n = 0
        n = int(min(max(n, min_items), max_items))
        out = []
        for i in range(n):
            locs = self.item_locs(nodes, i)
            sub = self.child_ctx(ctx, flat, singular(ctx.hint), variant=ctx.variant + i)
            value = None
            for attempt in range(4):
                sub = replace(sub, variant=ctx.variant + i + attempt * n)
                try:
                    value = self.gen(locs, sub) if locs else self.next_any()
                except Unsat:
                    if i >= min_items:
                        return out
                    raise
                if not unique or value not in out:
                    break
            if unique and value in out:
                if i >= min_items:
                    return out
                raise Unsat("cannot produce enough distinct items for uniqueItems")
            out.append(value)
        return out

    def item_locs(self, nodes, i):
        locs = []
        for loc, node in nodes:
            pi = node.get("prefixItems")
            items = node.get("items")
            if isinstance(pi, list) and i < len(pi):
                locs.append(loc.child("prefixItems", i))
            elif isinstance(items, list):
                if i < len(items):
                    locs.append(loc.child("items", i))
                elif isinstance(node.get("additionalItems"), dict):
                    locs.append(loc.child("additionalItems"))
            elif isinstance(items, dict) or items is True:
                locs.append(loc.child("items"))
        return locs

    # strings -------------------------------------------------------------------------------
    def examples_of(self, nodes):
        out = []
        for _, node in nodes:
            if "example" in node:
                out.append(node["example"])
            if isinstance(node.get("examples"), list):
                out.extend(node["examples"])
            if "default" in node:
                out.append(node["default"])
        return out

    def gen_string(self, flat, nodes, ctx):
        min_len = max([n.get("minLength", 0) for _, n in nodes] or [0])
        max_len = min([n.get("maxLength", math.inf) for _, n in nodes] or [math.inf])
        formats = [n["format"] for _, n in nodes if isinstance(n.get("format"), str)]
        patterns = [n["pattern"] for _, n in nodes if isinstance(n.get("pattern"), str)]
        encodings = [n.get("contentEncoding") for _, n in nodes if n.get("contentEncoding")]
        v = ctx.variant

        def candidates():
            if v == 0:
                yield from (e for e in self.examples_of(nodes) if isinstance(e, str))
            for fmt in formats:
                vals = FORMAT_VALUES.get(fmt)
                if vals:
                    yield vals[v % len(vals)]
                    yield vals[(v + 1) % len(vals)]
            if encodings:
                yield base64.b64encode(f"{ctx.hint or 'data'} {v + 1}".encode()).decode()
            for pat in patterns:
                yield from regex_strings(pat, v, min_len, max_len)
            base = ctx.hint or "string"
            s = base if v == 0 else f"{base}-{v + 1}"
            if len(s) < min_len:
                s = (s + "-" + "x" * min_len)[:max(min_len, len(s))]
                s = s.ljust(int(min_len), "x")
            if len(s) > max_len:
                s = s[:int(max_len)]
            yield s
            yield from (e for e in self.examples_of(nodes) if isinstance(e, str))
            yield "x" * int(min_len if min_len < math.inf else 1)

        seen = set()
        for cand in islice(candidates(), 200):
            if cand in seen:
                continue
            seen.add(cand)
            if min_len <= len(cand) <= max_len and self.valid(cand, flat.conj):
                return cand
        raise Unsat(f"no string satisfies {'/'.join(formats + patterns) or 'the constraints'}")

    # numbers -------------------------------------------------------------------------------
    def gen_number(self, flat, nodes, ctx, kind):
        lo, hi = -math.inf, math.inf
        lo_ex, hi_ex = False, False
        mult = None
        formats = [n.get("format") for _, n in nodes if n.get("format")]
        for _, n in nodes:
            if "minimum" in n and n["minimum"] >= lo:
                lo, lo_ex = n["minimum"], (n.get("exclusiveMinimum") is True) or (lo_ex and n["minimum"] == lo)
            if "maximum" in n and n["maximum"] <= hi:
                hi, hi_ex = n["maximum"], (n.get("exclusiveMaximum") is True) or (hi_ex and n["maximum"] == hi)
            em, eM = n.get("exclusiveMinimum"), n.get("exclusiveMaximum")
            if isinstance(em, (int, float)) and not isinstance(em, bool) and em >= lo:
                lo, lo_ex = em, True
            if isinstance(eM, (int, float)) and not isinstance(eM, bool) and eM <= hi:
                hi, hi_ex = eM, True
            if "multipleOf" in n:
                mult = n["multipleOf"]
        for f in formats:
            if f in INT_FORMAT_BOUNDS:
                a, b = INT_FORMAT_BOUNDS[f]
                if a > lo:
                    lo, lo_ex = a, False
                if b < hi:
                    hi, hi_ex = b, False
        integer = kind == "integer"
        v = ctx.variant

        def fits(x):
            if x < lo or x > hi or (lo_ex and x == lo) or (hi_ex and x == hi):
                return False
            if mult and not is_multiple(x, mult):
                return False
            return True

        def candidates():
            if v == 0:
                yield from (e for e in self.examples_of(nodes)
                            if isinstance(e, (int, float)) and not isinstance(e, bool))
            if integer:
                base = [42, 7, 3, 1000, 1, 0, 5, 12, 99]
                yield from (b + v for b in base)
            else:
                use_float = self.num_counter % 2 == 1
                self.num_counter += 1
                ints, floats = [42 + v, 7 + v], [2.5 + v, 0.5, 12.75]
                yield from (floats + ints) if use_float else (ints + floats)
            # derived from the bounds
            for edge in (lo, hi):
                if edge in (math.inf, -math.inf):
                    continue
                step = mult or 1
                for k in range(0, 4):
                    for x in (edge + k * step, edge - k * step):
                        yield int(x) if integer or float(x).is_integer() else x
            if lo > -math.inf and hi < math.inf:
                mid = (lo + hi) / 2
                yield math.floor(mid) if integer else mid
            if mult:
                start = lo if lo > -math.inf else 0
                m = math.ceil(start / mult) * mult
                for k in range(4):
                    x = m + k * mult
                    yield int(round(x)) if integer or float(x).is_integer() else round(x, 10)

        for cand in islice(candidates(), 200):
            if integer and (not float(cand).is_integer()):
                continue
            if integer:
                cand = int(cand)
            if fits(cand) and self.valid(cand, flat.conj):
                return cand
        raise Unsat("no number satisfies the bounds")


def is_multiple(x, m) -> bool:
    q = x / m
    return abs(q - round(q)) < 1e-9


def json_type(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    return "object"


def type_ok(v, types) -> bool:
    t = json_type(v)
    return t in types or (t == "integer" and "number" in types) or \
        (t == "number" and "integer" in types and float(v).is_integer())


def singular(hint: str) -> str:
    if hint.endswith("ies"):
        return hint[:-3] + "y"
    if hint.endswith("s") and not hint.endswith("ss"):
        return hint[:-1]
    return hint or "item"


# ---------------------------------------------------------------------------------------------
# Analysis: references, recursion, features (for the selection)
# ---------------------------------------------------------------------------------------------

SKIP_VALUE_KEYS = ("example", "examples", "default", "enum", "const")


def walk_own(node, loc: Loc, depth=0):
    """Yield (loc, node, depth) for a schema and its inline subschemas (not crossing $ref)."""
    if not isinstance(node, dict):
        return
    yield loc, node, depth
    for k, v in node.items():
        if k in SKIP_VALUE_KEYS or k.startswith("x-"):
            continue
        if k in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas") \
                and isinstance(v, dict):
            for name, sub in v.items():
                yield from walk_own(sub, loc.child(k, name), depth + 1)
        elif k in ("allOf", "oneOf", "anyOf", "prefixItems") and isinstance(v, list):
            for i, sub in enumerate(v):
                yield from walk_own(sub, loc.child(k, i), depth + (0 if k in ("allOf",) else 1))
        elif k in ("items", "additionalProperties", "not", "propertyNames", "contains",
                   "additionalItems", "if", "then", "else", "unevaluatedProperties"):
            if isinstance(v, dict):
                yield from walk_own(v, loc.child(k), depth + 1)
            elif isinstance(v, list):
                for i, sub in enumerate(v):
                    yield from walk_own(sub, loc.child(k, i), depth + 1)


class Analysis:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.indeg = Counter()
        for uri, content in doc.files.items():
            for loc, ref in refs_with_locs(content, Loc(uri)):
                name = self.target_name(loc, ref)
                if name:
                    self.indeg[name] += 1
        self.edges = {}
        for name, loc in doc.components.items():
            tgt = doc.deref(loc)  # index entries / aliases: analyse what they point to
            out = set()
            if doc.comp_by_loc.get(tgt, name) != name:
                out.add(doc.comp_by_loc[tgt])  # alias of another component
            else:
                for l2, node, _ in walk_own(doc.node(tgt), tgt):
                    if "$ref" in node:
                        n2 = self.target_name(l2, node["$ref"])
                        if n2:
                            out.add(n2)
            self.edges[name] = sorted(out)
        self.recursive = {n for n in doc.components if self.reaches(n, n)}

    def target_name(self, loc, ref):
        try:
            tgt = self.doc.resolve(loc, ref)
            return self.doc.comp_by_loc.get(tgt) or self.doc.comp_by_loc.get(self.doc.deref(tgt))
        except (KeyError, IndexError, TypeError, FileNotFoundError):
            return None

    def reaches(self, start, goal):
        seen, stack = set(), list(self.edges.get(start, []))
        while stack:
            n = stack.pop()
            if n == goal:
                return True
            if n in seen:
                continue
            seen.add(n)
            stack.extend(self.edges.get(n, []))
        return False

    def features(self, name) -> set:
        doc = self.doc
        loc = doc.components[name]
        f = set()
        tgt = doc.deref(loc)
        if tgt != loc and doc.comp_by_loc.get(tgt) != name:
            f.add("root:alias")
        root = doc.node(tgt)
        if not isinstance(root, dict):
            return {"root:boolean"}
        nullable_key = "x-nullable" if doc.dialect == "swagger2" else "nullable"
        # root kind
        t = root.get("type")
        if "oneOf" in root and all(isinstance(m, dict) and "const" in m for m in root["oneOf"]):
            f.add("root:oneOf-of-consts")  # an enum with documented values (discord)
        elif "oneOf" in root:
            f.add("root:oneOf" + ("+disc" if "discriminator" in root else ""))
        elif "anyOf" in root:
            members = root["anyOf"]
            if len(members) == 2 and any(is_null_schema(m) for m in members):
                f.add("root:nullable-wrapper")
            else:
                f.add("root:anyOf" + ("+disc" if "discriminator" in root else ""))
        elif "allOf" in root:
            f.add("root:allOf")
        elif "enum" in root:
            kinds = sorted({json_type(v) for v in root["enum"] if v is not None})
            f.add("root:enum:" + "+".join(kinds))
        elif "const" in root:
            f.add("root:const")
        elif isinstance(t, list):
            f.add("root:type-array")
        elif t == "array" or "items" in root:
            f.add("root:array")
        elif t == "object" or "properties" in root or "additionalProperties" in root:
            if root.get("properties"):
                f.add("root:object")
            elif isinstance(root.get("additionalProperties"), dict) and root["additionalProperties"]:
                f.add("root:map")
            else:
                f.add("root:free-object")
        elif "$ref" in root:
            f.add("root:ref")
        else:
            f.add("root:primitive")
        for l2, node, depth in walk_own(root, tgt):
            t = node.get("type")
            if node.get(nullable_key) is True or t == "null" or (isinstance(t, list) and "null" in t):
                f.add("nullable")
            for kw in ("oneOf", "anyOf"):
                if any(is_null_schema(m) for m in node.get(kw, [])):
                    f.add("nullable")
            if isinstance(t, list) and len([x for x in t if x != "null"]) > 1:
                f.add("type-array:multi")
            elif isinstance(t, list):
                f.add("type-array:null")
            props = node.get("properties") or {}
            req = node.get("required") or []
            if props:
                if depth > 0:
                    f.add("inline-object")
                if set(props) - set(req):
                    f.add("optional-prop")
                if set(props) & set(req):
                    f.add("required-prop")
            for kw in ("allOf", "oneOf", "anyOf", "discriminator", "const", "prefixItems",
                       "propertyNames", "uniqueItems", "multipleOf", "pattern", "readOnly",
                       "writeOnly", "maxProperties", "minItems", "maxItems"):
                if kw in node:
                    f.add(kw)
            if "enum" in node and depth > 0:
                f.add("enum-inline")
            ap = node.get("additionalProperties")
            if isinstance(ap, dict) and ap:
                f.add("map")
            elif ap is True or ap == {}:
                f.add("additionalProperties:any")
            elif ap is False:
                f.add("additionalProperties:false")
            if t == "array":
                f.add("array")
            if t in ("integer", "number", "boolean"):
                f.add(t)
            if "format" in node:
                f.add("format:" + ("date-time" if node["format"] == "date-time" else "other"))
            if any(k in node for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")):
                f.add("bounds")
            if "$ref" in node and set(node) - {"$ref", "description", "summary"}:
                f.add("ref-siblings")
            if depth > 0 and not (set(node) & ASSERTIONS):
                f.add("any-value")
            for i, m in enumerate(node.get("allOf", [])):
                if isinstance(m, dict) and "$ref" in m:
                    base = doc.node(doc.deref(doc.resolve(l2.child("allOf", i), m["$ref"])))
                    if isinstance(base, dict) and "discriminator" in base:
                        f.add("inherits-discriminator")
        if name in self.recursive:
            f.add("recursive")
        return f


def refs_with_locs(node, loc: Loc):
    stack = [(node, loc)]
    while stack:
        n, l = stack.pop()
        if isinstance(n, dict):
            r = n.get("$ref")
            if isinstance(r, str):
                yield l, r
            for k, v in n.items():
                if k not in SKIP_VALUE_KEYS and isinstance(v, (dict, list)):
                    stack.append((v, l.child(k)))
        elif isinstance(n, list):
            for i, v in enumerate(n):
                stack.append((v, l.child(i)))


# ---------------------------------------------------------------------------------------------
# Cases for one component
# ---------------------------------------------------------------------------------------------


def dump(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


@dataclass
class Result:
    cases: dict = field(default_factory=dict)  # case -> value
    notes: list = field(default_factory=list)  # human-readable remarks (README)
    skipped: str | None = None


def generate_one(doc: Doc, loc: Loc, mode: str, force_branch=None):
    """Generate (value, generator) in `mode`, lowering the economy level until small enough."""
    last_error = None
    for level in LEVELS:
        g = Generator(doc, level)
        g.force_branch = force_branch
        try:
            value = g.gen([loc], Ctx(mode=mode))
        except Unsat as e:
            last_error = str(e)
            continue
        except RecursionError:
            last_error = "recursion too deep"
            continue
        errors = doc.errors(value, loc)
        if errors:
            last_error = "invalid: " + "; ".join(errors[:3])
            continue
        if len(dump(value).encode()) <= MAX_BYTES:
            return value, g, None
        last_error = f"smallest instance is larger than {MAX_BYTES} bytes"
    return None, None, last_error


def root_union(doc: Doc, loc: Loc):
    g = Generator(doc, LEVELS[0])
    flat = g.flatten([loc], {})
    if flat.pending:
        uloc, kw = flat.pending[0]
        return uloc, kw, doc.node(uloc)
    return None


def check_tag(doc: Doc, uloc: Loc, unode: dict, kw: str, i: int, value) -> str | None:
    """A discriminated branch instance must carry a tag that maps to member `i`."""
    disc = unode.get("discriminator")
    if not isinstance(disc, dict):
        return None
    prop = disc.get("propertyName")
    if not isinstance(value, dict) or not isinstance(value.get(prop), str):
        return f"discriminator property {prop!r} missing"
    tag = value[prop]
    member = unode[kw][i]
    if not (isinstance(member, dict) and "$ref" in member):
        return None  # inline member: no mapping possible, the tag is checked by the schema
    target = doc.deref(uloc.child(kw, i))
    mapped = (disc.get("mapping") or {}).get(tag)
    if mapped is not None:
        got = doc.mapping_target(uloc.child("discriminator"), mapped)
    else:
        got = doc.deref(doc.components[tag]) if tag in doc.components else None
    if got != target:
        return f"discriminator tag {tag!r} does not map to member {i}"
    return None


def diagnose_branch(doc: Doc, loc: Loc, uloc: Loc, kw: str, i: int) -> str | None:
    """Why no valid instance of union member `i` was found (for the README)."""
    g = Generator(doc, LEVELS[-1])
    g.force_branch, g.lenient_root = i, True
    try:
        value = g.gen([loc], Ctx(mode="minimal"))
    except (Unsat, RecursionError) as e:
        return str(e)
    n = len(doc.node(uloc)[kw])
    matches = [j for j in range(n) if doc.is_valid(value, uloc.child(kw, j))]
    if kw == "oneOf" and i in matches and len(matches) > 1:
        others = ", ".join(str(j) for j in matches if j != i)
        return f"oneOf members overlap: every instance tried for member {i} also matches member(s) {others}"
    errors = doc.errors(value, loc)
    return ("invalid: " + "; ".join(errors[:2])) if errors else None


def make_cases(doc: Doc, name: str) -> Result:
    loc = doc.components[name]
    res = Result()
    for mode in ("full", "minimal", "nulls"):
        value, g, err = generate_one(doc, loc, mode)
        if err:
            if mode == "full":
                res.skipped = err
                return res
            if mode != "nulls":
                res.notes.append(f"no `{mode}` case: {err}")
            continue
        if mode == "nulls" and g.nulled == 0:
            continue
        res.cases[mode] = value
        for n in g.notes:
            if n not in res.notes:
                res.notes.append(n)
    union = root_union(doc, loc)
    if union:
        uloc, kw, unode = union
        members = unode[kw]
        disc = "discriminator" in unode
        for i in range(min(len(members), MAX_BRANCHES)):
            reason = None
            for mode in ("full", "minimal"):
                value, g, err = generate_one(doc, loc, mode, force_branch=i)
                if err:
                    reason = err
                    continue
                tag_error = check_tag(doc, uloc, unode, kw, i, value)
                if tag_error:
                    reason = tag_error
                    continue
                matches = [j for j in range(len(members)) if doc.is_valid(value, uloc.child(kw, j))]
                if i not in matches:
                    reason = f"instance does not match member {i}"
                    continue
                if kw == "oneOf" and len(matches) > 1:
                    if disc and doc.dialect == "oas30":
                        res.cases[f"branch{i}"] = value
                        res.notes.append(
                            f"`branch{i}` also matches oneOf member(s) "
                            f"{', '.join(map(str, [m for m in matches if m != i]))} structurally; "
                            "valid under OAS 3.0 only through the discriminator")
                        reason = None
                        break
                    reason = (f"oneOf members overlap: the instance also matches member(s) "
                              f"{', '.join(map(str, [m for m in matches if m != i]))}")
                    continue
                res.cases[f"branch{i}"] = value
                reason = None
                break
            if reason and reason.startswith("no valid member combination"):
                reason = diagnose_branch(doc, loc, uloc, kw, i) or reason
            if reason:
                res.notes.append(f"no `branch{i}`: {reason}")
        if len(members) > MAX_BRANCHES:
            res.notes.append(f"{kw} has {len(members)} members; branches capped at {MAX_BRANCHES}")
    return res


# ---------------------------------------------------------------------------------------------
# Selection
# ---------------------------------------------------------------------------------------------


def select_and_generate(doc: Doc, log=print):
    an = Analysis(doc)
    names = list(doc.components)
    feats = {n: an.features(n) for n in names}

    def weight(f):
        if f.startswith("root:"):
            return 3
        return 2 if f in IMPORTANT_FEATURES or f.startswith("type-array") else 1

    # greedy spread: a feature's worth halves, thirds, ... each time a chosen schema has it;
    # how often a schema is referenced adds a little
    times = Counter()
    remaining = sorted(names)
    chosen, skipped = {}, {}
    while remaining and len(chosen) < MAX_SCHEMAS:
        def score(n):
            gain = sum(weight(f) / (1 + times[f]) for f in feats[n])
            return round(gain + 0.5 * math.log2(1 + an.indeg[n]), 6)
        best = min(remaining, key=lambda n: (-score(n), n))
        remaining.remove(best)
        res = make_cases(doc, best)
        if res.skipped:
            skipped[best] = res.skipped
            log(f"  skip {best}: {res.skipped}")
            continue
        chosen[best] = res
        times.update(feats[best])
    return chosen, skipped, feats, an


# ---------------------------------------------------------------------------------------------
# Findings about the documents
# ---------------------------------------------------------------------------------------------


def check_examples(doc: Doc):
    """Validate `example` / `examples` found in component schemas against their own schema."""
    checked, bad = 0, []
    for name, loc in doc.components.items():
        tgt = doc.deref(loc)
        for l2, node, _ in walk_own(doc.node(tgt), tgt):
            if "$ref" in node and doc.dialect != "oas31":
                continue
            exs = []
            if "example" in node:
                exs.append(node["example"])
            if doc.dialect == "oas31" and isinstance(node.get("examples"), list):
                exs.extend(node["examples"])
            for ex in exs:
                checked += 1
                errs = doc.errors(ex, l2)
                if errs:
                    bad.append((l2, ex, errs[0]))
    return checked, bad


def check_nullable(doc: Doc):
    """OAS 3.0 / Swagger: `nullable: true` (`x-nullable`) sites where the validator rejects null."""
    if doc.dialect == "oas31":
        return []
    key = "nullable" if doc.dialect == "oas30" else "x-nullable"
    out = []
    for name, loc in doc.components.items():
        for l2, node, _ in walk_own(doc.node(loc), loc):
            if node.get(key) is True and not doc.is_valid(None, l2):
                if "$ref" in node:
                    why = "`$ref` sibling (ignored)"
                elif "type" not in node:
                    why = "no `type` in the same schema"
                elif "enum" in node and None not in node["enum"]:
                    why = "`enum` without `null`"
                else:
                    why = "other constraint"
                out.append((l2, why))
    return out


def check_nullable_31(doc: Doc) -> int:
    """OAS 3.1 documents that still write OAS 3.0 `nullable: true` (no meaning in 3.1)."""
    if doc.dialect != "oas31":
        return 0
    n = 0
    for name, loc in doc.components.items():
        tgt = doc.deref(loc)
        n += sum(1 for _, node, _ in walk_own(doc.node(tgt), tgt) if node.get("nullable") is True)
    return n


def check_discriminators(doc: Doc):
    """Discriminators whose tags cannot work: unresolvable mappings, inline members without a
    mapping, tag values rejected by the member's own tag property schema."""
    out = []
    g = Generator(doc, 0)
    for name, loc in doc.components.items():
        tgt = doc.deref(loc)
        for l2, node, _ in walk_own(doc.node(tgt), tgt):
            disc = node.get("discriminator")
            if not isinstance(disc, dict):
                continue
            prop, mapping = disc.get("propertyName"), disc.get("mapping") or {}
            dloc = l2.child("discriminator")
            for key, value in mapping.items():
                try:
                    ok = doc.mapping_target(dloc, value) is not None
                except (KeyError, IndexError, TypeError, FileNotFoundError):
                    ok = False
                if not ok:
                    out.append((l2, f"mapping {key!r} -> {value!r} does not resolve"))
            kw = "oneOf" if "oneOf" in node else "anyOf" if "anyOf" in node else None
            if kw is None:
                continue
            members = node[kw]
            inline = [i for i, m in enumerate(members) if not (isinstance(m, dict) and "$ref" in m)]
            if inline and not mapping:
                out.append((l2, f"{len(inline)} of {len(members)} {kw} members are inline schemas "
                                "and there is no mapping (an implicit mapping names components, "
                                "so it cannot reach them)"))
            for i, m in enumerate(members):
                if i in inline:
                    continue
                target = doc.deref(l2.child(kw, i))
                tag = g._tag_for(dloc, disc, target)
                flat = g.flatten([l2.child(kw, i)], {})
                locs = g.prop_locs(g.nodes(flat), prop)
                if tag is not None and locs and not g.valid(tag, locs):
                    out.append((l2, f"tag {tag!r} of member {i} is rejected by that member's "
                                    f"{prop!r} schema"))
    return out


def pretty_loc(doc: Doc, loc: Loc) -> str:
    uri = loc.uri
    rel = Path(unquote(uri[len("file://"):])).relative_to(CORPUS).as_posix()
    ptr = "/".join(escape_token(t) for t in loc.ptr)
    return f"{rel}#/{ptr}"


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def file_name(schema: str, case: str) -> str:
    return quote(schema, safe="-_.+=,@()[]{}!$&'") + f".{case}.json"


def run(only=None, log=print):
    manifest = json.loads((CORPUS / "manifest.json").read_text())
    outputs: dict[Path, str] = {}
    report = []
    for entry in manifest:
        f = entry["file"]
        name = f.split("/")[0] if "/" in f else f.rsplit(".", 1)[0]
        if only and name not in only:
            continue
        log(f"{name}: loading")
        doc = Doc(entry)
        chosen, skipped, feats, an = select_and_generate(doc, log)
        n_fixtures = 0
        for schema, res in chosen.items():
            for case, value in res.cases.items():
                text = dump(value)
                outputs[HERE / doc.name / file_name(schema, case)] = text
                n_fixtures += 1
                # independent re-validation of exactly what is written
                errs = doc.errors(json.loads(text), doc.components[schema])
                if errs:
                    raise SystemExit(f"INVALID fixture {doc.name}/{schema}.{case}: {errs[:3]}")
        checked, bad_examples = check_examples(doc)
        bad_nullable = check_nullable(doc)
        nullable_31 = check_nullable_31(doc)
        bad_discriminators = check_discriminators(doc)
        log(f"{name}: {len(chosen)} schemas, {n_fixtures} fixtures, {len(skipped)} skipped, "
            f"{len(bad_examples)}/{checked} bad examples, {len(bad_nullable)} unhonoured nullable")
        report.append(dict(doc=doc, entry=entry, chosen=chosen, skipped=skipped, feats=feats,
                           an=an, n_fixtures=n_fixtures, examples_checked=checked,
                           bad_examples=bad_examples, bad_nullable=bad_nullable,
                           nullable_31=nullable_31, bad_discriminators=bad_discriminators))
    return outputs, report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate and compare with files on disk")
    ap.add_argument("--only", help="comma-separated document names (development; no README)")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    outputs, report = run(only, log=lambda m: print(m, file=sys.stderr))
    if not only:
        outputs[HERE / "README.md"] = render_readme(report)
    if args.check:
        existing = {p for d in {p.parent for p in outputs} for p in d.glob("*.json")}
        if not only:
            existing |= {p for p in HERE.glob("*/*.json")} | {HERE / "README.md"}
        diffs = [p for p in sorted(set(outputs) | existing)
                 if not p.exists() or p not in outputs or p.read_text(encoding="utf-8") != outputs[p]]
        for p in diffs[:50]:
            print(f"DIFFERS: {p.relative_to(HERE)}", file=sys.stderr)
        total = sum(1 for p in outputs if p.suffix == ".json")
        if diffs:
            print(f"check FAILED: {len(diffs)} file(s) differ ({total} fixtures generated, all valid)")
            raise SystemExit(1)
        print(f"check OK: {total} fixtures valid and identical to the files on disk")
        return
    for d in {p.parent for p in outputs}:
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.json"):
            if old not in outputs:
                old.unlink()
    for p, text in outputs.items():
        p.write_text(text, encoding="utf-8")
    total = sum(1 for p in outputs if p.suffix == ".json")
    print(f"wrote {total} fixtures (all valid)")


def render_readme(report) -> str:
    out = [README_INTRO]
    total_schemas = sum(len(r["chosen"]) for r in report)
    total = sum(r["n_fixtures"] for r in report)
    case_counts = Counter()
    for r in report:
        for res in r["chosen"].values():
            for case in res.cases:
                case_counts["branch" if case.startswith("branch") else case] += 1
    out.append("## Counts\n")
    out.append(f"{total} fixtures for {total_schemas} schemas of {len(report)} documents "
               f"({case_counts['full']} `full`, {case_counts['minimal']} `minimal`, "
               f"{case_counts['nulls']} `nulls`, {case_counts['branch']} `branch<i>`); "
               "every one passes validation.\n")
    out.append("| document | OAS | component schemas | chosen | fixtures | full | minimal | nulls "
               "| branch | skipped |")
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in report:
        doc = r["doc"]
        c = Counter()
        for res in r["chosen"].values():
            for case in res.cases:
                c["branch" if case.startswith("branch") else case] += 1
        out.append(f"| `{doc.name}` | {doc.version} | {len(doc.components)} | {len(r['chosen'])} "
                   f"| {r['n_fixtures']} | {c['full']} | {c['minimal']} | {c['nulls']} "
                   f"| {c['branch']} | {len(r['skipped'])} |")
    out.append("")

    out.append("## Skipped schemas\n")
    out.append("Schemas that the selection picked but for which no valid instance exists or could be "
               "produced (the next candidate took their place):\n")
    any_skip = False
    for r in report:
        for name, why in r["skipped"].items():
            any_skip = True
            out.append(f"- `{r['doc'].name}` / `{name}`: {md(why)}")
    if not any_skip:
        out.append("- none")
    out.append("")

    out.append("## Missing cases and other remarks per schema\n")
    out.append("Branches that could not be produced (with the reason), `branch<i>` fixtures that "
               "are valid only through the OAS 3.0 discriminator, optional properties left out of a "
               "`full` fixture, and discriminator values the generator could not use:\n")
    any_note = False
    for r in report:
        for name, res in r["chosen"].items():
            for note in res.notes:
                any_note = True
                out.append(f"- `{r['doc'].name}` / `{name}`: {md(note)}")
    if not any_note:
        out.append("- none")
    out.append("")

    out.append("## Findings about the documents\n")
    out.append(README_FINDINGS)
    out.append("### Examples in component schemas that violate their own schema\n")
    out.append("Every `example` (and, in OAS 3.1, every entry of `examples`) found inside a component "
               "schema was validated against the schema it annotates (same validator as the "
               "fixtures; OAS 3.0 `example`s beside a `$ref` are skipped since the schema there is "
               "the referenced one).\n")
    out.append("| document | examples checked | invalid |")
    out.append("| --- | ---: | ---: |")
    for r in report:
        if r["examples_checked"]:
            out.append(f"| `{r['doc'].name}` | {r['examples_checked']} | {len(r['bad_examples'])} |")
    out.append("")
    for r in report:
        bad = r["bad_examples"]
        if not bad:
            continue
        out.append(f"`{r['doc'].name}` ({len(bad)}):\n")
        for loc, ex, err in bad[:6]:
            out.append(f"- `{pretty_loc(r['doc'], loc)}`: `{md(short(ex))}` - {md(short(err, 160))}")
        if len(bad) > 6:
            out.append(f"- ... and {len(bad) - 6} more")
        out.append("")

    out.append("### `nullable` that does not admit `null`\n")
    out.append("OAS 3.0 (3.0.3 wording, as implemented by `openapi-schema-validator`): `nullable: true` "
               "only adds `null` to the `type` of the same Schema Object; other keywords keep their "
               "meaning, and `$ref` siblings are ignored.  Sites with `nullable: true` (Swagger 2.0: "
               "`x-nullable: true`) where the validator still rejects `null` (the `nulls` fixtures "
               "therefore keep a value there):\n")
    out.append("| document | sites | why |")
    out.append("| --- | ---: | --- |")
    for r in report:
        if r["bad_nullable"]:
            why = Counter(w for _, w in r["bad_nullable"])
            out.append(f"| `{r['doc'].name}` | {len(r['bad_nullable'])} | "
                       + "; ".join(f"{n}x {w}" for w, n in sorted(why.items())) + " |")
    out.append("")
    for r in report:
        if r["bad_nullable"]:
            samples = ", ".join(f"`{pretty_loc(r['doc'], l)}`" for l, _ in r["bad_nullable"][:3])
            out.append(f"- `{r['doc'].name}`, e.g. {samples}")
    n31 = [(r["doc"].name, r["nullable_31"]) for r in report if r["nullable_31"]]
    if n31:
        out.append("")
        out.append("OAS 3.1 documents that still write `nullable: true` (not a keyword in 3.1, so it "
                   "has no effect): " + ", ".join(f"`{d}` ({n}x)" for d, n in n31) + ".")
    out.append("")

    out.append("### Discriminators whose tags cannot work as written\n")
    any_disc = False
    for r in report:
        for loc, msg in r["bad_discriminators"]:
            any_disc = True
            out.append(f"- `{pretty_loc(r['doc'], loc)}`: {md(msg)}")
    if not any_disc:
        out.append("- none")
    out.append("")

    out.append("## Chosen schemas\n")
    out.append("In selection order; the cases written for each are in parentheses "
               "(`b` = `branch<i>` fixtures).\n")
    for r in report:
        if not r["chosen"]:
            out.append(f"- `{r['doc'].name}`: (no component schemas)")
            continue
        items = []
        for name, res in r["chosen"].items():
            cs = [c for c in res.cases if not c.startswith("branch")]
            nb = sum(1 for c in res.cases if c.startswith("branch"))
            items.append(f"`{name}` ({', '.join(cs)}{f', {nb}b' if nb else ''})")
        out.append(f"- `{r['doc'].name}`: " + "; ".join(items))
    out.append("")
    return "\n".join(out)


def short(value, n=100) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."


def md(text) -> str:
    """Escape table separators in text put into the README."""
    return str(text).replace("|", "\\|")


README_INTRO = """# Corpus fixtures: sample wire JSON for component schemas

Sample instance documents (wire JSON) for a spread of component schemas of each of the 27 real-world
OpenAPI documents in `/work/shared/corpus/`.  They are produced by `generate.py`, which reads only
the OpenAPI documents (it is independent of the Rust code), and each one is validated against its
schema by an independent JSON Schema validator.  This file is written by the same script: edit the
script, not this file.

    pip install pyyaml jsonschema 'jsonschema[format-nongpl]' openapi-schema-validator \\
        referencing rstr regress
    python3 tests/corpus-fixtures/generate.py           # (re)write all fixtures and this README
    python3 tests/corpus-fixtures/generate.py --check   # regenerate in memory, validate, compare

`--check` exits non-zero when a fixture is invalid or differs from the file on disk.  The output is
deterministic (regex-conforming strings come from a generator seeded by the pattern); a full run
takes well under a minute.

## Layout

`<doc>/<SchemaName>.<case>.json`, where `<doc>` is the corpus file name without extension
(`stripe`, `oai-petstore-swagger2`, ...; `hatchet` for the multi-file `hatchet/openapi.yaml`) and
`<SchemaName>` is the exact key under `components/schemas` (Swagger 2.0: `definitions`; hatchet: the
names in the index file that `components.schemas` refers to).  Characters other than letters,
digits and `-_.+=,@()[]{}!$&'` would be percent-encoded (`/` as `%2F`, space as `%20`, `%` as `%25`);
no schema name in the current corpus needs it, but dotted names such as `stripe/radar.value_list`
occur, so split a file name at its *last two* dots.

## Cases

- `full`: every optional property present and non-null, arrays with 2 items at the top two
  levels and 1 below, maps (`additionalProperties` with a schema or `true`, and free-form objects)
  with 2 entries; where the value schema allows anything the values rotate through a nested
  object, an array, an integer, a float, a boolean, a string and `null`.
- `minimal`: only required properties; arrays with `minItems` items (usually none), no map
  entries beyond `minProperties`.
- `nulls`: like `full`, but every site that admits `null` (OAS 3.0 `nullable`, 3.1 `null` in
  `type` or a `{type: null}` union member, Swagger `x-nullable`) is `null`; the root itself never is.
  Written only when at least one such site was reached.  A schema that is an object or array only
  by its keywords (`properties`, `items`, ... with no `type` anywhere) is not such a site: JSON
  Schema lets `null` through it, but the project reads it as the object its author meant.
- `branch<i>`: for a schema whose top is a union (`oneOf`/`anyOf`, possibly after `$ref`/`allOf`),
  one fixture per member `i` (first 6 members), in `full` form.  For `oneOf`, the fixture matches
  exactly one member - member `i` - except where noted below for OAS 3.0 discriminated unions;
  for `anyOf`, member `i` matches.  A discriminated branch carries the tag that maps to member `i`
  (explicit `mapping` key, else the component name), and this is checked.

Depth: deeper than 6 levels, or once a component is nested 3 times inside itself (recursive
schemas), values are generated in "economy" form: required properties only, empty arrays where
allowed, non-recursive and scalar union members first, and `null` where admitted.  The level where
this starts is lowered (6, 4, 3, 2, 1, 0) until the fixture is below 50 KB.

Values: strings satisfy `format` (date-time `2024-05-01T12:00:00Z`, date, time, uuid, email, uri,
hostname, ipv4/ipv6, byte = base64, ...), `pattern` (generated from the regex and checked with
ECMA-262 semantics), `minLength`/`maxLength`; otherwise a string is the property name (`"city"`),
or a schema `example`/`default` when that satisfies the schema.  `enum`/`const` values are taken from
the schema; integers respect bounds, `multipleOf` and `format` (int32, int64, uint*); `number` sites
alternate an integer (`42`) and a float (`2.5`) within a fixture.  Discriminator tags use the mapped
value, also for allOf-inheritance (a subtype of a base that declares the discriminator).

## Validation

Each fixture is validated against `{"$ref": "<file-uri>#/components/schemas/<Name>"}` with a
`referencing` registry holding every file of the document (hatchet's relative `$ref`s, including
the `#/Name` refs inside the plain schema-map files, resolve against the referring file):

- OpenAPI 3.1: `openapi_schema_validator.OAS31Validator` (JSON Schema 2020-12; the discriminator is
  an annotation).
- OpenAPI 3.0: the keyword set of `openapi_schema_validator.OAS30Validator` (`nullable`, boolean
  `exclusiveMinimum`/`exclusiveMaximum`, OAS formats), rebuilt so that `$ref` siblings are ignored
  (Draft 4 style; the library's class applies them).  Its discriminator handling is kept: when the
  instance's tag resolves (explicit mapping, else `#/components/schemas/<tag>`), the instance is
  validated against that schema only; when the tag resolves to nothing - inline members without a
  mapping, as utoipa emits them - the plain `oneOf`/`anyOf` meaning applies (the library would
  reject every instance there).
- Swagger 2.0: Draft 4 plus `x-nullable: true` (admits `null` for the `type` of the same schema).

Formats are asserted wherever a checker exists (jsonschema's checkers for date-time, date, time,
email, uri, uuid, ipv4, ipv6, hostname, duration, regex, ... plus OAS int32, int64, float, double and
byte); `pattern` uses ECMA-262 regular expressions (`regress`).  YAML files are read with YAML 1.2
scalars (no timestamps; only `true`/`false` are booleans; mapping keys are strings).

## Selection

Per document up to 25 component schemas (all of them when there are fewer).  Every schema gets a
set of features: the kind of the schema itself (object, map, free-form object, array, primitive,
string/integer enum, `oneOf` of `const`s, `allOf`, `oneOf`/`anyOf` with or without discriminator,
nullable wrapper, 3.1 type array, alias) and what occurs inside it without crossing a `$ref`
(nullable, optional/required properties, inline objects and enums, `allOf`/`oneOf`/`anyOf`,
discriminator, inheritance from a discriminated base, `const`, type arrays, `prefixItems`, maps,
`additionalProperties` true/false, arrays, formats, patterns, bounds, ...) plus `recursive` (the
schema reaches itself through `$ref`s).  Schemas are picked greedily: the score is the sum of the
feature weights (kind 3; recursion, unions, discriminators, nullable, const, type arrays,
prefixItems, maps 2; others 1), each divided by 1 + the number of already chosen schemas having
that feature, plus 0.5 x log2(1 + number of `$ref`s to the schema anywhere in the document); ties
go to the name.  A pick without a valid `full` instance is skipped (listed below) and the next one
is taken.
"""

README_FINDINGS = """Observations made while building the generator, then the checks the script runs on
every document.

- **OAS 3.0 `nullable` next to `anyOf`/`allOf`/`enum` (stripe above all).**  Stripe writes
  nullable expandable fields as `{anyOf: [...], nullable: true}` without `type`, and nullable enums
  without `null` in the list.  Under OAS 3.0.3 rules (and `openapi-schema-validator`) these sites do
  not admit `null`, although the descriptions present them as nullable.  The fixtures follow the validator, so
  the `nulls` fixtures keep values at these sites; a generator that maps them to `Option<T>` is not
  exercised with `null` there by these fixtures.
- **Discriminators that only work through the OAS 3.0 discriminator semantics.**  ory-kratos'
  `update*FlowBody` unions (e.g. `updateLoginFlowBody`) map `method` values to members whose
  `method` property is a plain `string`; the members overlap (an instance of one matches several),
  so under plain JSON Schema `oneOf` no instance is valid.  Those `branch<i>` fixtures are kept
  because the OAS 3.0 validator dispatches on the tag (listed under "remarks").
- **Discriminators with inline members** (hf-tgi, utoipa): `GrammarType`, `MessageChunk`,
  `Completion` have a `discriminator` without `mapping` over inline members; the implicit mapping
  cannot name them.  The members carry single-value `enum` tags, so they are still distinguishable
  (except `Completion`, whose two members have the same tag `text_completion` and overlap).
- **Implicit mapping vs. tag enums** (spotify): `oneOf: [TrackObject, EpisodeObject]` with
  `discriminator: {propertyName: type}` and no mapping, so the implicit tag values would be
  `TrackObject`/`EpisodeObject`, but the members' `type` enums are `track`/`episode`.  The fixtures
  use the members' own values.
- **Unsatisfiable members** (iceberg): `FailedPlanningResult` is `allOf: [IcebergErrorResponse,
  {required: [status]}]`, and `IcebergErrorResponse` has `additionalProperties: false` without a
  `status` property, so no instance exists; `FetchPlanningResult` therefore has no `branch1`.
- **Overlapping `oneOf` members** without discriminator (polar `Discount`: the fixed/percentage
  x once-forever/repeat variants are open objects that only differ in optional or extra
  properties; lob `letter`, hf-tgi `Completion`): some branches cannot match exactly one member.
- **Always-`null` properties** (lob): `tracking_event_normal.details` is
  `{type: object, enum: [null], nullable: true}`.
- **Integer enums as `oneOf` of `const`s** (discord: `MessageComponentTypes`, `ChannelTypes`, ...),
  each member with a `title`; their `branch<i>` fixtures are single numbers.
- **YAML 1.1 vs 1.2**: firecracker's `Logger.level` enum lists `Off` unquoted, which a YAML 1.1
  loader (PyYAML's default) reads as boolean `false`; xero and spotify have unquoted dates in
  `example`s that YAML 1.1 loaders turn into timestamps.  The script reads YAML 1.2 style.
- **Swagger 2.0 with non-2.0 idioms** (slack): `type: ["string", "null"]` arrays (accepted by Draft
  4), and `properties` maps with a property named `id`, which `referencing`'s Draft 4 `id` handling
  mistakes for a schema id (worked around in the script).
- **Examples given as a list under `example`** (iceberg, OAS 3.1): several string schemas list
  multiple examples as `example: [...]` instead of `examples: [...]`, so the example is an array;
  hf-tgi writes numbers, booleans and arrays as strings in examples (`"1706270835"`, `"false"`),
  xero has boolean examples as strings and a numeric example for a string `Code`.
"""


if __name__ == "__main__":
    main()
