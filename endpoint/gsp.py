"""gsp blueprint (being written)."""

from flask import Blueprint

bp = Blueprint("gsp", __name__)
