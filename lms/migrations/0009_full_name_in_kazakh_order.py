"""Trainees' names sort in the Kazakh alphabet's order on PostgreSQL: the column takes ICU's
Kazakh collation, where the database has it. With the default (C.UTF-8 here) Ә, Ғ, Қ, Ң, Ө, Ұ,
Ү, Һ and І come after Я, so Әлия was last in every list of trainees. SQLite (the demo) keeps its
own order. A later change to the field's type must keep the COLLATE (see TraineeProfile)."""

from django.db import migrations

COLLATION = "kk-x-icu"


def _collate(schema_editor, collation: str) -> None:
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_collation WHERE collname = %s", [COLLATION])
        if cursor.fetchone() is None:  # a PostgreSQL built without ICU keeps its default
            return
    schema_editor.execute(
        "ALTER TABLE lms_traineeprofile ALTER COLUMN full_name "
        f'TYPE varchar(200) COLLATE "{collation}"'
    )


def kazakh_order(apps, schema_editor):
    _collate(schema_editor, COLLATION)


def default_order(apps, schema_editor):
    _collate(schema_editor, "default")


class Migration(migrations.Migration):
    dependencies = [("lms", "0008_attendance_keeps_its_session")]

    operations = [migrations.RunPython(kazakh_order, default_order)]
