"""The Flask application factory: one engine per app, one blueprint per protocol."""

from __future__ import annotations

from flask import Flask, jsonify, request

from geokg import __version__
from geokg.settings import Settings
from geokg.store import open_store

from . import errors
from .engine import EXTENSION_KEY, Engine, InProcessEngine, get_engine


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> Flask:
    """Build the app over an engine (default: the store named in settings, opened in this process)."""
    settings = settings or (engine.settings if engine is not None else Settings.from_env())
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body
    app.config["GEOKG_SETTINGS"] = settings
    app.extensions[EXTENSION_KEY] = engine or InProcessEngine(open_store(settings), settings)
    errors.register(app)
    _register_blueprints(app)
    app.add_url_rule("/health", "health", health)
    if settings.cors:
        app.after_request(_cors(settings.cors))
    return app


def _register_blueprints(app: Flask) -> None:
    from . import dumps, gsp, sparql
    for module in (sparql, gsp, dumps):
        app.register_blueprint(module.bp)
    try:
        from . import pages
    except ImportError as e:  # the pages blueprint is optional while it is being written
        app.logger.warning("no pages blueprint: %s", e)
    else:
        app.register_blueprint(pages.bp)


def health():
    """For monitors: is the store answering, how big is it, which version."""
    engine = get_engine()
    return jsonify({"ok": True, "store": engine.settings.store, "quads": engine.count(),
                    "version": __version__, "data_version": engine.version()})


def _cors(origins: tuple[str, ...]):
    def add_headers(response):
        origin = request.headers.get("Origin")
        if origin and ("*" in origins or origin in origins):
            response.headers["Access-Control-Allow-Origin"] = "*" if "*" in origins else origin
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, HEAD, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept, Authorization"
            response.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Content-Type"
            response.headers.add("Vary", "Origin")
        return response
    return add_headers
