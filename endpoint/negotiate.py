"""Content negotiation: the Accept header (with q-values) as an ordered list of media types we serve."""

from __future__ import annotations

from flask import Request

from geokg.formats import RDF_BY_MEDIA_TYPE, RDF_FORMATS, RESULTS_BY_MEDIA_TYPE, RESULTS_FORMATS

# our own order of preference when the client does not care (no Accept, or */*)
RESULTS_ORDER = [RESULTS_FORMATS[n].media_type for n in ("json", "xml", "csv", "tsv")]
RDF_ORDER = [RDF_FORMATS[n].media_type for n in ("turtle", "ntriples", "rdfxml", "jsonld", "nquads", "trig")]
KNOWN = list(dict.fromkeys(RESULTS_ORDER + RDF_ORDER + list(RESULTS_BY_MEDIA_TYPE) + list(RDF_BY_MEDIA_TYPE)))


def accepted(request: Request, served: list[str] | None = None) -> list[str]:
    """The media types of `served` (default: every results and RDF type) the client accepts, best first.

    Without an Accept header every served type is acceptable, in our order of preference.
    """
    served = served if served is not None else RESULTS_ORDER + RDF_ORDER + KNOWN
    served = list(dict.fromkeys(served))
    header = request.accept_mimetypes
    if not header:
        return served
    refused = {value.lower() for value, q in header if q == 0}
    out: list[str] = []
    for value, q in header:  # werkzeug sorts by quality, then specificity
        if q == 0:
            continue
        value = value.lower().split(";")[0].strip()
        if value == "*/*":
            out += served
        elif value.endswith("/*"):
            out += [m for m in served if m.startswith(value[:-1])]
        elif value in served:
            out.append(value)
    return [m for m in dict.fromkeys(out) if m not in refused]


def prefers_html(request: Request) -> bool:
    """Whether the client names text/html explicitly and likes it at least as much as any RDF or results type."""
    header = request.accept_mimetypes
    if "text/html" not in [v.lower() for v, _ in header]:
        return False
    best = max((header[m] for m in KNOWN), default=0)
    return header["text/html"] >= best


def served_types(wanted: list[str]) -> set[str]:
    """The canonical media types the accepted ones stand for (application/json is SPARQL JSON or JSON-LD)."""
    out = set(wanted)
    out |= {RESULTS_BY_MEDIA_TYPE[m].media_type for m in wanted if m in RESULTS_BY_MEDIA_TYPE}
    out |= {RDF_BY_MEDIA_TYPE[m].media_type for m in wanted if m in RDF_BY_MEDIA_TYPE}
    return out
