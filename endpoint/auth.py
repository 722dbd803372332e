"""Writes (SPARQL Update, Graph Store writes) need updates enabled and the bearer token; reads are public."""

from __future__ import annotations

import hmac

from flask import current_app, request

from .errors import MissingToken, WritesDisabled, WrongToken


def require_writer() -> None:
    """Raise unless the request may change data: 403 if writes are off, 401 without a token, 403 with a wrong one."""
    settings = current_app.config["GEOKG_SETTINGS"]
    if not settings.enable_update or not settings.token:
        raise WritesDisabled("this server does not accept updates or Graph Store writes")
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    if not token or scheme.lower() != "bearer":
        raise MissingToken("this request changes data and needs a bearer token")
    if not hmac.compare_digest(token.strip().encode(), settings.token.encode()):
        raise WrongToken("the bearer token is not the right one", "Send the token the server was started with.")
