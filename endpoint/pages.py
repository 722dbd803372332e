"""What people see: the query page, entity pages, the ontology and the VoID description."""

from __future__ import annotations

from flask import Blueprint, render_template, request

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
               static_url_path="/assets")


@bp.get("/")
def query_page():
    """The query page: an editor, example queries, results as a table and downloads."""
    return render_template("query.html", query=request.args.get("query", ""))
