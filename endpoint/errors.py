"""One JSON error shape for every failure: {"error": {"status", "message", "hint"}}.

The geokg error tree maps to status codes here; `except Exception` appears once, in the 500
handler, so a bug is logged and answered without leaking a traceback.
"""

from __future__ import annotations

from flask import Flask, current_app, jsonify
from werkzeug.exceptions import HTTPException

from geokg.errors import (AuthError, GeokgError, InputError, QueryRefusedError, QuerySyntaxError,
                          QueryTimeoutError, RemoteError, StoreError, UsageError)

STATUS: list[tuple[type[GeokgError], int]] = [
    (QuerySyntaxError, 400), (InputError, 400), (UsageError, 400),
    (QueryRefusedError, 403), (QueryTimeoutError, 503), (RemoteError, 503),
    (StoreError, 503),   # the store (or a SERVICE endpoint it called) failed: retrying later may work
]


class MissingToken(AuthError):
    """A write without a bearer token (401)."""

    status = 401


class WrongToken(AuthError):
    """A write with the wrong bearer token (403)."""

    status = 403


class WritesDisabled(AuthError):
    """Updates and Graph Store writes are switched off (403)."""

    status = 403
    hint = "Start the server with --enable-update --token T to allow writes."


def error_response(status: int, message: str, hint: str = "", headers: dict | None = None):
    """The JSON error body and status."""
    response = jsonify({"error": {"status": status, "message": message, "hint": hint}})
    response.status_code = status
    response.headers.update(headers or {})
    return response


def status_of(error: GeokgError) -> int:
    """The HTTP status for a geokg error."""
    if isinstance(error, AuthError):
        return getattr(error, "status", 403)
    return next((code for cls, code in STATUS if isinstance(error, cls)), 500)


def _geokg_error(error: GeokgError):
    status = status_of(error)
    headers = {"WWW-Authenticate": 'Bearer realm="geokg"'} if status == 401 else {}
    if status >= 500:
        current_app.logger.warning("%s: %s", type(error).__name__, error.message)
    return error_response(status, error.message, error.hint, headers)


HTTP_HINTS = {
    404: "The paths are /sparql, /store, /dump.nq (and .ttl .nt .trig .jsonld, each .gz), /resource/..., /health.",
    405: "Use one of the methods in the Allow header.",
    406: "Accept a SPARQL results format (JSON, XML, CSV, TSV) or an RDF one (Turtle, N-Triples, RDF/XML, JSON-LD).",
    413: "Send a smaller body (GEOKG_MAX_BODY sets the limit), or load big files with `geokg load`.",
    415: "Send a form, application/sparql-query, application/sparql-update or an RDF media type, in UTF-8.",
}


def _http_error(error: HTTPException):
    code = error.code or 500
    response = error_response(code, error.description or error.name, HTTP_HINTS.get(code, ""))
    if error.code == 405 and error.valid_methods:
        response.headers["Allow"] = ", ".join(error.valid_methods)
    return response


def _unexpected(error: Exception):
    if isinstance(error, HTTPException):
        return _http_error(error)
    current_app.logger.exception("unexpected error")
    return error_response(500, "internal server error", "This is a bug; the server log has the details.")


def register(app: Flask) -> None:
    """Install the handlers on the app."""
    app.register_error_handler(GeokgError, _geokg_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
