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


def _http_error(error: HTTPException):
    response = error_response(error.code or 500, error.description or error.name)
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
