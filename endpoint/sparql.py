"""/sparql: the SPARQL 1.1 Protocol for queries and updates, and the service description."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, redirect, request, url_for
from werkzeug.exceptions import MethodNotAllowed

from geokg.errors import QuerySyntaxError
from geokg.formats import RDF_FORMATS, RESULTS_FORMATS

from .auth import require_writer
from .describe import service_description
from .engine import check_iri, get_engine
from .negotiate import RDF_ORDER, accepted, prefers_html, served_types

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise QuerySyntaxError(f"more than one {name} parameter", f"Send exactly one {name}.")
    return values[0] if values else None


def _body_text() -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        abort(415, f"the body must be UTF-8, not {charset}")
    try:
        return request.get_data().decode("utf-8")
    except UnicodeDecodeError:
        abort(400, "the body is not valid UTF-8")


def _operation() -> tuple[str | None, str | None]:
    """The query and the update text of the request (at most one of them), by the protocol's three ways."""
    if request.method == "GET":
        if request.args.getlist("update"):
            raise MethodNotAllowed(["POST"], "updates must be sent with POST")
        return _one(request.args.getlist("query"), "query"), None
    mimetype = request.mimetype
    if mimetype == FORM:
        query, update = _one(request.form.getlist("query"), "query"), _one(request.form.getlist("update"), "update")
        if query is not None and update is not None:
            raise QuerySyntaxError("both query and update given", "Send one operation per request.")
        if query is None and update is None:
            raise QuerySyntaxError("the form has neither a query nor an update parameter", "Send query= or update=.")
        return query, update
    if mimetype == QUERY:
        return _body_text(), None
    if mimetype == UPDATE:
        return None, _body_text()
    abort(415, f"POST a form ({FORM}), {QUERY} or {UPDATE}, not {mimetype or 'a body without Content-Type'}")


def _params(name: str) -> list[str]:
    values = request.args.getlist(name) + (request.form.getlist(name) if request.mimetype == FORM else [])
    return [check_iri(v) for v in values]


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    """Answer a query or run an update; a bare GET gets the service description."""
    query, update = _operation()
    if update is not None:
        return run_update(update)
    if query is None:
        if prefers_html(request):
            return redirect(_query_page(), 303)
        return describe_service()
    return run_query(query)


def run_query(query: str) -> Response:
    """Run a query on the protocol's dataset and answer in the best format the client accepts."""
    asked = _format_param()
    if request.method == "GET" and prefers_html(request) and not asked:
        return redirect(_query_page(query=query), 303)
    default, named = _params("default-graph-uri"), _params("named-graph-uri")
    dataset = bool(default or named)
    wanted = asked or accepted(request)
    if not wanted:
        abort(406, "none of the Accept types is a SPARQL results or RDF format")
    result = get_engine().query(query, media_type=wanted, default_graphs=default if dataset else None,
                                named_graphs=named if dataset else None, base_iri=request.base_url)
    if result.media_type not in served_types(wanted) and request.accept_mimetypes:
        abort(406, f"this {result.kind} result cannot be given in any of the Accept types")
    return Response(result.body, content_type=_with_charset(result.media_type), headers={"Vary": "Accept"})


def _format_param() -> list[str]:
    """?format=NAME (json, xml, csv, tsv, turtle, ntriples, jsonld, ...) overrides Accept: the query page's download links."""
    name = request.values.get("format")
    if not name:
        return []
    # json and xml name a results format and an RDF one: the query's kind picks
    media = [f.media_type for f in (RESULTS_FORMATS.get(name), RDF_FORMATS.get(name),
                                    RDF_FORMATS.get({"json": "jsonld", "xml": "rdfxml"}.get(name, ""))) if f]
    if not media:
        abort(406, f"unknown format {name!r}: use one of {', '.join([*RESULTS_FORMATS, *RDF_FORMATS])}")
    return media


def run_update(update: str) -> Response:
    """Run an update (needs the bearer token), with using-graph-uri / using-named-graph-uri."""
    require_writer()
    get_engine().update(update, base_iri=request.base_url, using_graphs=_params("using-graph-uri"),
                        using_named_graphs=_params("using-named-graph-uri"))
    return Response(status=204)


def describe_service() -> Response:
    """The SPARQL service description in the RDF format the client accepts."""
    wanted = accepted(request, RDF_ORDER) or abort(406, "the service description is RDF: accept Turtle, RDF/XML ...")
    body = service_description(request.base_url, wanted[0])
    return Response(body, content_type=_with_charset(wanted[0]), headers={"Vary": "Accept"})


def _query_page(**args) -> str:
    """The query page of the pages blueprint (a browser gets it instead of raw results)."""
    if "pages.query_page" in current_app.view_functions:
        return url_for("pages.query_page", **args)
    return "/"


def _with_charset(media_type: str) -> str:
    textual = media_type.startswith("text/") or media_type.endswith(("+json", "+xml", "/json", "/xml"))
    textual = textual or media_type in ("application/n-triples", "application/n-quads", "application/trig")
    return f"{media_type}; charset=utf-8" if textual else media_type
