"""Database session settings the platform relies on."""

import threading
import time

import pytest
from django.db import connection, connections, transaction


@pytest.mark.django_db
def test_postgresql_sessions_run_without_jit():
    """JIT compiling cost more than it saved on the report's queries (see cms.settings.base)."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (CI sets DATABASE_URL)")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


@pytest.fixture
def file_database(tmp_path, django_db_blocker):
    """Two more connections, "reader" and "writer", configured as the default database but on a
    file of their own, as `make demo` runs SQLite (the tests' own database is in memory)."""
    if connection.vendor != "sqlite":
        pytest.skip("the embedded default's settings (SQLite)")
    config = {**connections.settings["default"], "NAME": str(tmp_path / "db.sqlite3")}
    connections.settings.update({"reader": config, "writer": dict(config)})
    with django_db_blocker.unblock():
        yield
        for alias in ("reader", "writer"):
            connections[alias].close()
            del connections[alias]
            del connections.settings[alias]


def test_sqlite_transactions_that_read_then_write_wait_for_each_other(file_database):
    """A transaction that has read and then writes after another connection wrote waits for it,
    where SQLite's deferred transactions failed at once with "database is locked" (a bulk upsert
    of statuses against a requirement changed meanwhile, two requests saving at once)."""
    with connections["reader"].cursor() as cursor:
        cursor.execute("CREATE TABLE counter (n integer)")
        cursor.execute("INSERT INTO counter VALUES (0)")
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    has_read, writing, errors = threading.Event(), threading.Event(), []

    def read_then_write():
        try:
            with transaction.atomic(using="reader"), connections["reader"].cursor() as cursor:
                cursor.execute("SELECT n FROM counter")
                has_read.set()
                writing.wait(10)
                time.sleep(0.3)  # the other connection's write is under way
                cursor.execute("UPDATE counter SET n = n + 1")
        except Exception as error:
            errors.append(error)
        finally:
            connections["reader"].close()

    def write():
        try:
            has_read.wait(10)
            writing.set()
            with connections["writer"].cursor() as cursor:
                cursor.execute("UPDATE counter SET n = n + 10")
        except Exception as error:
            errors.append(error)
        finally:
            connections["writer"].close()

    threads = [threading.Thread(target=read_then_write), threading.Thread(target=write)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    with connections["reader"].cursor() as cursor:
        cursor.execute("SELECT n FROM counter")
        assert cursor.fetchone()[0] == 11
