from django import template
from django.utils.safestring import mark_safe

from ..sanitize import clean_html

register = template.Library()


@register.filter
def question_html(value) -> str:
    """Question text, options and feedback as safe HTML (see assessments.sanitize)."""
    return mark_safe(clean_html(str(value or "")))  # noqa: S308 - sanitised just above
