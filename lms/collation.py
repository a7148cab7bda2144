"""Kazakh text in the Kazakh alphabet's order on PostgreSQL. With the database's default
collation (C.UTF-8 on the servers here) text sorts by code point, so Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ and
І come after Я: Әлия after Яна, Қарағанды and Ұлытау after every other region. A column given
ICU's Kazakh collation sorts А Ә Б … Қ … Ұ Ү … Я, Russian letters in their own order. SQLite
(the demo's database) keeps code-point order. A later migration that alters such a column must
keep its COLLATE."""

from django.db import migrations

COLLATION = "kk-x-icu"


def kazakh_order(table: str, column: str, max_length: int) -> migrations.RunPython:
    """The migration operation that gives `table.column` (a varchar) the Kazakh collation,
    where the server has it (PostgreSQL built with ICU); undone, the default again."""

    def collate(collation: str):
        def run(apps, schema_editor) -> None:
            connection = schema_editor.connection
            if connection.vendor != "postgresql":
                return
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_collation WHERE collname = %s", [COLLATION])
                if cursor.fetchone() is None:  # a PostgreSQL built without ICU keeps its own
                    return
            quote = schema_editor.quote_name
            schema_editor.execute(
                f"ALTER TABLE {quote(table)} ALTER COLUMN {quote(column)} "
                f'TYPE varchar({int(max_length)}) COLLATE "{collation}"'
            )

        return run

    return migrations.RunPython(collate(COLLATION), collate("default"))
