"""/store: the SPARQL 1.1 Graph Store HTTP Protocol (?default, ?graph=<iri>, and direct /store/<path>)."""

from __future__ import annotations

import uuid

from flask import Blueprint, Response, abort, request, url_for

from geokg.errors import UsageError
from geokg.formats import RDF_BY_MEDIA_TYPE, format_of_path

from .auth import require_writer
from .engine import check_iri, get_engine
from .negotiate import RDF_ORDER, accepted

bp = Blueprint("gsp", __name__)
METHODS = ["GET", "PUT", "POST", "DELETE"]   # HEAD comes with GET


def _graph_param() -> tuple[bool, str | None]:
    """(named, iri): which graph ?default / ?graph= names; (False, None) for the store itself."""
    graph = request.args.getlist("graph")
    if len(graph) > 1 or (graph and "default" in request.args):
        raise UsageError("name one graph: either ?default or one ?graph=<iri>", "")
    if graph:
        return True, check_iri(graph[0])
    return ("default" in request.args), None


@bp.route("/store", methods=METHODS)
def indirect():
    """A graph named by ?default or ?graph=; POST to the bare /store creates a new graph."""
    named, graph = _graph_param()
    if not named and graph is None:
        if request.method == "POST":
            return _create()
        abort(400, "name the graph with ?default or ?graph=<iri> (POST to /store alone creates a new graph)")
    return _handle(graph)


@bp.route("/store/<path:rest>", methods=METHODS)
def direct(rest: str):
    """Direct identification: the graph's IRI is this very URL."""
    return _handle(check_iri(request.base_url))


def _handle(graph: str | None) -> Response:
    if request.method in ("GET", "HEAD"):
        return _get(graph)
    require_writer()
    engine = get_engine()
    if request.method == "DELETE":
        return Response(status=204) if engine.delete_graph(graph) else abort(404, "no such graph")
    created = False
    for data, fmt in _bodies():
        if request.method == "PUT" and not created:
            created = engine.put_graph(graph, data, fmt)
        else:
            created = engine.post_graph(graph, data, fmt) or created
    return Response(status=201 if created else 204)


def _get(graph: str | None) -> Response:
    wanted = accepted(request, RDF_ORDER) or abort(406, "accept an RDF format: Turtle, N-Triples, RDF/XML ...")
    body = get_engine().get_graph(graph, RDF_BY_MEDIA_TYPE[wanted[0]].name)
    if body is None:
        abort(404, "no such graph")
    return Response(body, content_type=f"{wanted[0]}; charset=utf-8", headers={"Vary": "Accept"})


def _create() -> Response:
    require_writer()
    location = url_for("gsp.direct", rest=f"graph/{uuid.uuid4().hex}", _external=True)
    engine = get_engine()
    for data, fmt in _bodies():
        engine.post_graph(location, data, fmt)
    return Response(status=201, headers={"Location": location})


def _bodies() -> list[tuple[bytes, str]]:
    """The RDF documents of the request, with their format names: one body, or each part of a multipart form."""
    if request.mimetype == "multipart/form-data":
        return [(part.read(), _format_of(part.mimetype, part.filename)) for part in request.files.values()]
    data = request.get_data()
    if not request.mimetype and not data:
        return [(b"", "ntriples")]
    return [(data, _format_of(request.mimetype, None))]


def _format_of(mimetype: str | None, filename: str | None) -> str:
    if mimetype in RDF_BY_MEDIA_TYPE:
        return RDF_BY_MEDIA_TYPE[mimetype].name
    if filename and (not mimetype or mimetype == "application/octet-stream"):
        try:
            return format_of_path(filename)[0].name
        except UsageError:
            pass
    abort(415, f"cannot read RDF from {mimetype or 'a body without Content-Type'}: "
               f"send Turtle, N-Triples, RDF/XML, JSON-LD, N-Quads or TriG")
