"""The search backend: Wagtail's database backend, whose SQLite flavour (the embedded default)
gets its quoting of double quotes right (cms/sqlite_search.py). PostgreSQL and MySQL are left as
they are."""

from modelsearch.backends.database import SearchBackend as _database_backend


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend's module)
    """The backend `wagtail.search.backends.database` picks for the database, ours on SQLite."""
    backend = _database_backend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":  # its module needs SQLite's models
        from .sqlite_search import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    return backend
