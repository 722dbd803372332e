"""Shared pytest fixtures: real SPARQL servers (tests/servers.py), started once per session when needed, and the
spaCy pipeline the extraction tests run, loaded once."""

import pytest

from servers import oxigraph_server, virtuoso_server  # noqa: F401  (session fixtures)


@pytest.fixture(scope="session")
def nlp():
    """The ingest pipeline's spaCy model with the gazetteer's rule components (read-only in tests)."""
    from geokg.ingest.nlp import build_nlp
    return build_nlp()
