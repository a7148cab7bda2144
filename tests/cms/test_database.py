"""Database session settings the platform relies on."""

import pytest
from django.db import connection


@pytest.mark.django_db
def test_postgresql_sessions_run_without_jit():
    """JIT compiling cost more than it saved on the report's queries (see cms.settings.base)."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (CI sets DATABASE_URL)")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
