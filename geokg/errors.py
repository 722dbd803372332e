"""The one error tree of geokg. Every error carries a message and a hint saying what to do.

    GeokgError
     ├── UsageError              a bad option, path or format given by the user
     ├── InputError              an article or RDF file that cannot be read
     ├── StoreError              the store cannot be opened or written
     │    └── StoreLockedError   another process holds the embedded store for writing
     ├── QueryError
     │    ├── QuerySyntaxError   the query or update does not parse (HTTP 400)
     │    ├── QueryRefusedError  SERVICE / LOAD to a place not allowed (HTTP 403)
     │    └── QueryTimeoutError  stopped after the query timeout (HTTP 503)
     ├── AuthError               a write without the right token (HTTP 401 / 403)
     └── RemoteError             a remote SPARQL server answered with an error

The CLI prints `message` and `hint`; the endpoint maps each class to its status code.
"""


class GeokgError(Exception):
    """Base class: a message for the user and a hint saying what to do next."""

    hint = ""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip() if self.hint else self.message


class UsageError(GeokgError):
    hint = "Run `geokg --help` for the options."


class InputError(GeokgError):
    hint = "Fix or remove the item and run the command again."


class StoreError(GeokgError):
    hint = "Check the --store path or URL."


class StoreLockedError(StoreError):
    hint = "Stop that process, or send writes through it (see `geokg ingest --server`)."


class QueryError(GeokgError):
    pass


class QuerySyntaxError(QueryError):
    hint = "Fix the query; the parser's message says where."


class QueryRefusedError(QueryError):
    hint = "Only endpoints on the allow-list may be used in SERVICE or LOAD (setting GEOKG_SERVICE_ALLOW)."


class QueryTimeoutError(QueryError):
    hint = "Narrow the query (LIMIT, more specific patterns) or raise --query-timeout."


class AuthError(GeokgError):
    hint = "Send `Authorization: Bearer <token>` with the token the server was started with."


class RemoteError(GeokgError):
    hint = "Check that the SPARQL server is up and the URLs and credentials are right."
