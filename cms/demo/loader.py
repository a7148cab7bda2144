"""Turn the trilingual demo content into page field values for one language, and write pages
idempotently: a second run finds what the first created and changes only what differs.
"""

import importlib
import json
from decimal import Decimal
from typing import Any

from wagtail.models import Locale, Page

LANGUAGES = ("kk", "ru", "en")


def localise(value: Any, language: str) -> Any:
    """Pick `language` from every {"kk", "ru", "en"} leaf of a nested structure."""
    if isinstance(value, dict):
        if set(value) == set(LANGUAGES):
            return value[language]
        return {key: localise(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [localise(item, language) for item in value]
    return value


def outcomes_stream(outcomes: list, language: str) -> str:
    return json.dumps([{"type": "outcome", "value": localise(o, language)} for o in outcomes])


def body_stream(blocks: list, language: str) -> str:
    return json.dumps(
        [{"type": b["type"], "value": localise(b["value"], language)} for b in blocks],
        ensure_ascii=False,
    )


def load_module(module_file: str) -> dict:
    """The module dict that a content file (one module per file) exports as MODULE."""
    return importlib.import_module(f"cms.demo.content.{module_file}").MODULE


def _comparable(page: Page, name: str) -> Any:
    """A field's value in a form that compares equal to what the seeder would write."""
    value = getattr(page, name)
    if hasattr(value, "raw_data"):  # StreamValue: compare without the block ids Wagtail adds
        return _strip_ids(list(value.raw_data))
    return value


def _strip_ids(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _strip_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        items = [_strip_ids(v) for v in data]
        # ListBlock children are stored as {"type": "item", "value": ...}; the seeder writes bare values
        if items and all(isinstance(i, dict) and i.get("type") == "item" for i in items):
            items = [i["value"] for i in items]
        return items
    return data


def _wanted(name: str, value: Any) -> Any:
    if isinstance(value, str) and name in ("body", "learning_outcomes"):
        return _strip_ids(json.loads(value))
    if name == "academic_hours":
        return Decimal(str(value))
    return value


def apply_fields(page: Page, fields: dict) -> bool:
    """Set the fields that differ; publish when anything changed or the page is not live."""
    changed = [
        name for name, value in fields.items() if _comparable(page, name) != _wanted(name, value)
    ]
    for name in changed:
        setattr(page, name, fields[name])
    if changed or not page.live or page.has_unpublished_changes:
        if "title" in changed:
            page.draft_title = page.title
        page.save_revision().publish()
        return True
    return False


def upsert_child(parent: Page, model: type[Page], slug: str, fields: dict) -> Page:
    """The child of `parent` with this slug, created or brought up to date."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    apply_fields(page, fields)
    return page


def upsert_translation(source: Page, language: str, fields: dict) -> Page:
    """The translation of `source` into `language`, created or brought up to date."""
    locale = Locale.objects.get(language_code=language)
    translated = source.get_translation_or_none(locale)
    if translated is None:
        translated = source.copy_for_translation(locale)
    apply_fields(translated.specific, fields)
    return translated
