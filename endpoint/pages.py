"""What people see: the query page, entity pages, the ontology and the VoID description.

Each page answers HTML to browsers and RDF to machines, chosen by Accept (or ?format=NAME, which
the HTML pages link to). Every query goes through get_engine().query, so the allow-list guard and
the result cache apply here as on /sparql.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request

from geokg.errors import QueryError
from geokg.formats import RDF_FORMATS
from geokg.namespaces import RESOURCE

from . import cbd, entity, results, vocabulary, void
from .errors import error_response, status_of
from .view import href, iri_ok, local_name, prefixed

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
               static_url_path="/assets")

HTML = "text/html"
# what a page can be had in, by format name; the first is what */* gets
ENTITY_FORMATS = ("html", "turtle", "jsonld", "ntriples", "rdfxml")
ONTOLOGY_FORMATS = ("html", "turtle", "jsonld", "rdfxml", "ntriples")
VOID_FORMATS = ("turtle", "jsonld", "ntriples", "rdfxml", "html")
RDFLIB_NAMES = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "pretty-xml"}


def negotiate(offers: tuple[str, ...]) -> str | None:
    """The format name to answer in: ?format= if given, else the best match for Accept; None if none fits."""
    asked = request.args.get("format")
    if asked:
        return asked if asked in offers else None
    media = {name: HTML if name == "html" else RDF_FORMATS[name].media_type for name in offers}
    extra = {"application/json": "jsonld", "application/xhtml+xml": "html", "text/plain": "ntriples"}
    candidates = list(media.values()) + [m for m, n in extra.items() if n in offers]
    best = request.accept_mimetypes.best_match(candidates) if request.accept_mimetypes else candidates[0]
    if best is None:
        return None
    return next((n for n, m in media.items() if m == best), extra.get(best))


def rdf_response(body: bytes, format: str) -> Response:
    """An RDF answer with its media type; it varies by Accept."""
    response = Response(body, mimetype=RDF_FORMATS[format].media_type)
    response.headers["Vary"] = "Accept"
    return response


def not_acceptable(offers: tuple[str, ...]):
    types = ", ".join(HTML if n == "html" else RDF_FORMATS[n].media_type for n in offers)
    return error_response(406, "none of the accepted media types can be served here",
                          f"Ask for one of: {types} (or add ?format= one of {', '.join(offers)}).")


# the pages load nothing from elsewhere and run no inline script: say so, so an injected one would not run
CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"


@bp.after_request
def protect(response: Response) -> Response:
    if response.mimetype == HTML:
        response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


@bp.context_processor
def helpers() -> dict:
    return {"href": href, "prefixed": prefixed, "local_name": local_name, "RESOURCE": str(RESOURCE),
            "format_link": lambda name: request.path + "?" + urlencode({"format": name})}


@bp.route("/", methods=["GET", "POST"])
def query_page():
    """The query page: an editor, example queries, and the answer of ?query= as a table with downloads."""
    examples = results.examples()
    query = request.values.get("query", "")
    chosen = next((e for e in examples if e.name == request.values.get("example")), None)
    if chosen is not None and not query:
        query = chosen.text
    table, error, status = None, None, 200
    # an example that needs the network is loaded, not run: a click must not wait on a remote endpoint
    if query.strip() and not (chosen is not None and chosen.federated and "run" not in request.values):
        try:
            table = results.run(query)
        except QueryError as e:
            error, status = e, status_of(e)
    downloads = []
    if table is not None:
        base = request.script_root + "/sparql"
        downloads = [(label, f"{base}?{urlencode({'query': query, 'format': fmt})}", results.download_name(fmt))
                     for label, fmt in results.DOWNLOADS[table.kind]]
    return render_template("query.html", query=query, examples=examples, table=table, error=error,
                           downloads=downloads, shown_rows=results.SHOWN_ROWS,
                           default_query=examples[0].text if examples else ""), status


@bp.get("/resource/<path:rest>")
def resource(rest: str):
    """The entity https://w3id.org/geokg/resource/<rest>: HTML for people, RDF for machines."""
    iri = str(RESOURCE) + rest
    fmt = negotiate(ENTITY_FORMATS)
    if fmt is None:
        return not_acceptable(ENTITY_FORMATS)
    view = entity.describe(iri) if iri_ok(iri) else None
    if view is None:
        if fmt == "html":
            return render_template("notfound.html", iri=iri), 404
        return error_response(404, f"nothing is known about {iri}",
                              "Check the IRI, or search with SPARQL on /sparql.")
    if fmt != "html":
        body, _ = cbd.description(iri, RDF_FORMATS[fmt].media_type)
        return rdf_response(body, fmt)
    response = Response(render_template("entity.html", e=view, labels=view.labels, rows_read=entity.ROWS_READ))
    response.headers["Vary"] = "Accept"
    return response


@bp.get("/ontology")
def ontology():
    """The ontology: HTML with an anchor per term (/ontology#Term), or Turtle, JSON-LD, RDF/XML."""
    fmt = negotiate(ONTOLOGY_FORMATS)
    if fmt is None:
        return not_acceptable(ONTOLOGY_FORMATS)
    if fmt != "html":
        return rdf_response(vocabulary.serialized(fmt), fmt)
    header, sections = vocabulary.documentation()
    response = Response(render_template("ontology.html", header=header, sections=sections))
    response.headers["Vary"] = "Accept"
    return response


@bp.get("/.well-known/void")
def void_description():
    """The VoID description with statistics counted in the store; Turtle unless asked otherwise."""
    fmt = negotiate(VOID_FORMATS)
    if fmt is None:
        return not_acceptable(VOID_FORMATS)
    stats = void.statistics()
    graph = void.build(request.url_root, stats)
    if fmt == "html":
        return render_template("void.html", stats=stats, targets=void.TARGETS,
                               turtle=graph.serialize(format="turtle"))
    data = graph.serialize(format=RDFLIB_NAMES[fmt])
    return rdf_response(data.encode() if isinstance(data, str) else data, fmt)
