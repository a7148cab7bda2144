"""Whole-database snapshots for the tests: the demo is seeded once for the run (about 20 s on
PostgreSQL) and put back in well under a second wherever a test needs it, instead of seeded again
for each browser test and each module that reads it.

A snapshot holds every table's rows as the database itself writes them (PostgreSQL's COPY, or
plain rows on SQLite); putting it back replaces every table's rows and moves the id sequences
past them. Foreign keys are checked once all are back (Django makes them deferrable), so the
order of the tables does not matter."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management.color import no_style
from django.db import connection, transaction

Snapshot = dict[str, object]


def _tables() -> list[str]:
    """The tables to copy: on SQLite not Wagtail's full-text index and the tables it keeps for
    itself, which triggers fill from the search index's own table as its rows are put back."""
    tables = connection.introspection.table_names(include_views=False)
    if connection.vendor != "sqlite":
        return sorted(tables)
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
        indexes = [name for (name,) in cursor.fetchall()]
    return sorted(t for t in tables if not any(t.startswith(index) for index in indexes))


def take() -> Snapshot:
    """Every non-empty table's rows, as this connection sees them (uncommitted ones included)."""
    quote = connection.ops.quote_name
    taken: Snapshot = {}
    with connection.cursor() as cursor:
        for table in _tables():
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {quote(table)} TO STDOUT") as copy:
                    rows = b"".join(bytes(block) for block in copy)
            else:
                cursor.execute(f"SELECT * FROM {quote(table)} LIMIT 0")
                columns = [column[0] for column in cursor.description]
                # `+column` is the stored value itself: no declared type, so none of Django's
                # converters (a time, say, which sqlite3 would not take back as a parameter)
                raw = ", ".join(f"+{quote(column)}" for column in columns)
                cursor.execute(f"SELECT {raw} FROM {quote(table)}")
                fetched = cursor.fetchall()
                rows = (columns, fetched) if fetched else None
            if rows:
                taken[table] = rows
    return taken


def restore(snapshot: Snapshot) -> None:
    """Make every table hold exactly the snapshot's rows, in one transaction (or savepoint)."""
    quote = connection.ops.quote_name
    tables = _tables()
    with transaction.atomic(), connection.cursor() as cursor:
        connection.check_constraints()  # PostgreSQL truncates no table with checks pending
        for statement in connection.ops.sql_flush(no_style(), tables, allow_cascade=True):
            cursor.execute(statement)
        for table, rows in snapshot.items():
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {quote(table)} FROM STDIN") as copy:
                    copy.write(rows)
            else:
                columns, values = rows
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", values)
        models = apps.get_models(include_auto_created=True)
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
        connection.check_constraints()
    ContentType.objects.clear_cache()
    cache.clear()  # e.g. Wagtail's site root paths, cached from other pages
