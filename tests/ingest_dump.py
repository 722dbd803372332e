"""A store's content as sorted N-Quads lines, with blank node labels made canonical.

Oxigraph gives blank nodes new labels in every store, so two stores holding the same data dump
differently; each blank node is renamed after what it says (its own triples), which is enough
for the reference graph's geometry nodes. Used to compare a re-run's store with a clean run's.
"""

import hashlib
import re
from collections import defaultdict

import pyoxigraph

BNODE = re.compile(r"_:[A-Za-z0-9_\-.]+")


def canonical_dump(store) -> list[str]:
    """The store's quads, sorted, blank nodes named by the hash of their outgoing triples."""
    st = pyoxigraph.Store.read_only(str(store))
    try:
        lines = st.dump(format=pyoxigraph.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    finally:
        del st
    said = defaultdict(list)
    for line in lines:
        if line.startswith("_:"):
            label, rest = line.split(" ", 1)
            said[label].append(rest)
    names = {label: "_:b" + hashlib.sha1("\n".join(sorted(rest)).encode()).hexdigest()[:16]
             for label, rest in said.items()}
    return sorted(BNODE.sub(lambda m: names.get(m.group(), m.group()), line) for line in lines)
