"""Writing many rows of one model in one statement, fast (the exam's autosave and submit)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connections, router
from django.db.models import Model

#: rows per statement: 100 rows of three fields is 700 parameters, well under SQLite's limit
CHUNK = 100


def update_rows(objs: Sequence[Model], fields: Sequence[str]) -> int:
    """Write `fields` of `objs` (saved rows of one model) as they are on the objects, in one
    UPDATE per 100 rows; the number of rows updated.

    The same statement `QuerySet.bulk_update` sends (a CASE on the primary key per field), built
    as text: bulk_update builds and resolves a Case/When expression per row and field, which
    took about 1 ms a row when an exam's submit graded its 20 answers (more than the grading).
    Like bulk_update, it sends no signals and runs no `pre_save` (auto_now is not touched)."""
    if not objs:
        return 0
    model = type(objs[0])
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    quote = connection.ops.quote_name
    pk = meta.pk
    columns = [meta.get_field(name) for name in fields]
    updated = 0
    for start in range(0, len(objs), CHUNK):
        chunk = objs[start : start + CHUNK]
        ids = [pk.get_db_prep_value(obj.pk, connection) for obj in chunk]
        assignments, params = [], []
        for field in columns:
            case = f"CASE {quote(pk.column)} {' '.join(['WHEN %s THEN %s'] * len(chunk))} END"
            if connection.features.requires_casted_case_in_updates:
                case = f"CAST({case} AS {field.db_type(connection)})"
            assignments.append(f"{quote(field.column)} = {case}")
            for key, obj in zip(ids, chunk, strict=True):
                params += [key, field.get_db_prep_save(getattr(obj, field.attname), connection)]
        sql = (
            f"UPDATE {quote(meta.db_table)} SET {', '.join(assignments)} "
            f"WHERE {quote(pk.column)} IN ({', '.join(['%s'] * len(ids))})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *ids])
            updated += cursor.rowcount
    return updated
