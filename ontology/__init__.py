"""The geokg ontology (geokg.ttl), its SHACL shapes (shapes.ttl) and example queries (queries/)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import rdflib


def path(name: str = "geokg.ttl") -> Path:
    """The path of a file shipped with the ontology package."""
    return Path(str(resources.files(__name__) / name))


def load_ontology() -> rdflib.Graph:
    """The ontology as an rdflib Graph."""
    return rdflib.Graph().parse(path("geokg.ttl"), format="turtle")


def load_shapes() -> rdflib.Graph:
    """The SHACL shapes for what ingest may write."""
    return rdflib.Graph().parse(path("shapes.ttl"), format="turtle")


def example_queries() -> dict[str, str]:
    """The example queries in queries/*.rq: file stem -> text (the first comment line is the title)."""
    folder = resources.files(__name__) / "queries"
    return {Path(f.name).stem: f.read_text(encoding="utf-8")
            for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".rq")}


def validate(data: rdflib.Graph) -> tuple[bool, str]:
    """Validate data against the SHACL shapes, with the ontology's class hierarchy; returns (conforms, report)."""
    import pyshacl  # slow to import: only when validating

    conforms, _, text = pyshacl.validate(data, shacl_graph=load_shapes(), ont_graph=load_ontology(),
                                         inference="none", advanced=True)
    return bool(conforms), str(text)
