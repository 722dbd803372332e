"""`geokg ontology check`: load the ontology in owlready2 and run the HermiT reasoner."""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import rdflib

from . import load_ontology


@dataclass(frozen=True)
class CheckResult:
    consistent: bool
    classes: int
    unsatisfiable: tuple[str, ...]
    message: str


class NoJavaError(RuntimeError):
    """HermiT runs on Java, and no `java` is on the PATH."""


def check(data: rdflib.Graph | None = None) -> CheckResult:
    """Reason over the ontology (plus optional data) with HermiT; raises NoJavaError without Java."""
    import owlready2

    java = shutil.which(owlready2.JAVA_EXE) or shutil.which("java")
    if java is None:
        raise NoJavaError("no Java runtime found: HermiT, the reasoner, needs `java` on the PATH "
                          "(Debian: apt-get install default-jre-headless)")
    owlready2.JAVA_EXE = java
    graph = load_ontology()
    if data is not None:
        # only types and links between nodes: HermiT knows no xsd:date, and literals cannot make
        # an individual belong to disjoint classes here (no datatype property has a range it checks)
        for s, p, o in data:
            if not isinstance(o, rdflib.Literal):
                graph.add((s, p, o))
    with tempfile.TemporaryDirectory() as tmp:
        # owlready2 reads RDF/XML and N-Triples, not Turtle
        nt = Path(tmp) / "geokg.nt"
        graph.serialize(nt, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(nt.as_uri()).load()
        n_classes = len(list(onto.classes()))
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return CheckResult(False, n_classes, (), "inconsistent: some individual belongs to disjoint classes "
                                                     "or breaks an axiom")
        unsat = tuple(sorted(c.iri for c in world.inconsistent_classes()))
    ok = not unsat
    msg = (f"consistent: {n_classes} classes, no unsatisfiable class" if ok
           else f"{len(unsat)} unsatisfiable classes: {', '.join(unsat)}")
    return CheckResult(ok, n_classes, unsat, msg)


def main() -> int:
    """Print one line saying whether the ontology is consistent; exit status 0 when it is."""
    try:
        result = check()
    except NoJavaError as e:
        print(f"geokg: ontology check skipped: {e}", file=sys.stderr)
        return 3
    print(f"ontology {result.message} (HermiT)")
    return 0 if result.consistent else 1
