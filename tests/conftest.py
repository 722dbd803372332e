"""Shared pytest fixtures: real SPARQL servers (tests/servers.py), started once per session when needed."""

from servers import oxigraph_server, virtuoso_server  # noqa: F401  (session fixtures)
