"""An id out of its column's range matches no row, through a foreign key and in a list too.

Since 5.0, Django answers an exact lookup on an integer field with a value its column cannot hold
by matching nothing, without asking the database (ticket #27397). Foreign keys and parent links
(a question's `pk` is its polymorphic parent link, a quiz page's too) and `__in` lists were left
out. On SQLite, the embedded default, whose driver cannot send an integer past 64 bits, such an id
raised OverflowError, a 500 where PostgreSQL answers 404 or 400: a mistyped address like
`/admin/questions/singlechoicequestion/edit/99999999999999999999/`, or a filter's choice
(`/admin/users/?group=…`, a ModelMultipleChoiceField's `pk__in`). These lookups get the same check,
against the integer column a key points to: a value outside it cannot match, so it is left out.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn
from django.db.models.lookups import In


def _bounds(lookup, connection) -> tuple[int | None, int | None] | None:
    """The range of the integer column the lookup compares with (a key's target, or the field
    itself), or None when it is not an integer column."""
    field = lookup.lhs.output_field
    if hasattr(field, "path_infos"):
        field = field.path_infos[-1].target_fields[-1]
    while field.is_relation:  # a key to a key, e.g. to a child model's parent link
        field = field.target_field
    try:
        return connection.ops.integer_field_range(field.get_internal_type())
    except KeyError:
        return None


def _fits(value, bounds: tuple[int | None, int | None] | None) -> bool:
    if bounds is None or not isinstance(value, int):
        return True
    low, high = bounds
    return (low is None or value >= low) and (high is None or value <= high)


@ForeignObject.register_lookup
class RelatedExactInRange(RelatedExact):
    def process_rhs(self, compiler, connection):
        if isinstance(self.rhs, int) and not _fits(self.rhs, _bounds(self, connection)):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class _InRange:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():  # In raises EmptyResultSet once nothing is left
            bounds = _bounds(self, connection)  # once a list: pk__in lists run to thousands
            self.rhs = [value for value in self.rhs if _fits(value, bounds)]
        return super().process_rhs(compiler, connection)


@IntegerField.register_lookup
class IntegerFieldInRange(_InRange, In):
    pass


@ForeignObject.register_lookup
class RelatedInInRange(_InRange, RelatedIn):
    pass
