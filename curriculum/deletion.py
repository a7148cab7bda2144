"""What deleting a page does to the records that name it.

A record about a curriculum page (a trainee's completion, a cohort's course, an attempt's quiz, a
requirement) holds for every translation of the page: it keeps the page's translation key, and its
foreign key names whichever translation was at hand. Deleting that one translation, say the
English copy of a course, must neither take the record along nor be refused while another
translation is kept: the record moves to that translation. Only once every translation goes does
the field's own rule apply (cascade, or protect).
"""

from collections import Counter, defaultdict
from collections.abc import Iterable

from django.db import router
from django.db.models import CASCADE, PROTECT, Model, ProtectedError
from django.db.models.deletion import Collector
from wagtail.models import Page


def _pages_being_deleted(collector: Collector) -> set[int]:
    return {
        instance.pk
        for model, instances in collector.data.items()
        if issubclass(model, Page)
        for instance in instances
    }


def _move_to_translation(collector: Collector, field, sub_objs) -> list[Model]:
    """Point each record at a kept translation of its page; return the records left without one."""
    records = list(sub_objs)
    page_ids = {getattr(record, field.attname) for record in records}
    deleted = _pages_being_deleted(collector)
    key_of = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    kept: dict = {}
    pages = (
        Page.objects.filter(translation_key__in=set(key_of.values()))
        .exclude(pk__in=deleted)
        .only("pk", "translation_key", "alias_of_id")
    )
    # the oldest page that is not an alias: usually the source the others were translated from
    for page in sorted(pages, key=lambda page: (page.alias_of_id is not None, page.pk)):
        kept.setdefault(page.translation_key, page)
    moved, left = defaultdict(list), []
    for record in records:
        page = kept.get(key_of.get(getattr(record, field.attname)))
        if page is None:
            left.append(record)
        else:
            moved[page].append(record)
    for page, group in moved.items():
        collector.add_field_update(field, page, group)
    return left


def move_to_translation_or_cascade(collector: Collector, field, sub_objs, using: str) -> None:
    """on_delete: move to a kept translation, else delete with the page."""
    left = _move_to_translation(collector, field, sub_objs)
    if left:
        CASCADE(collector, field, left, using)


def move_to_translation_or_protect(collector: Collector, field, sub_objs, using: str) -> None:
    """on_delete: move to a kept translation, else refuse to delete the page."""
    left = _move_to_translation(collector, field, sub_objs)
    if left:
        PROTECT(collector, field, left, using)


def records_keeping(objects: Iterable[Model]) -> Counter:
    """What would keep these objects (a page: with the pages below it) from being deleted: the
    number of protected records of each kind, by the kind's plural name. Empty when nothing does.

    It runs the deletion's own collection without deleting, so it knows every rule that applies,
    and it moves nothing: the collected updates are dropped with the collector."""
    objects = list(objects)
    if not objects:
        return Counter()
    collector = Collector(using=router.db_for_write(type(objects[0])))
    pages = [obj for obj in objects if isinstance(obj, Page)]
    try:
        if pages:
            subtree = Page.objects.none()
            for page in pages:
                subtree |= Page.objects.filter(path__startswith=page.path)
            collector.collect(subtree)
        others = [obj for obj in objects if not isinstance(obj, Page)]
        if others:
            collector.collect(others)
    except ProtectedError as refusal:
        return Counter(
            str(record._meta.verbose_name_plural) for record in refusal.protected_objects
        )
    return Counter()
