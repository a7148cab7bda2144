from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..sanitize import clean_html

register = template.Library()


@register.filter
def question_html(value) -> str:
    """Question text, options and feedback as safe HTML (see assessments.sanitize)."""
    return mark_safe(clean_html(str(value or "")))  # noqa: S308 - sanitised just above


@register.filter
def lang_if_other(language: str) -> str:
    """` lang="kk"` on quiz content written in another language than the page's (an attempt
    keeps the language it was started in, whatever language the trainee reviews it in), so a
    screen reader reads it with the right voice (WCAG 3.1.2); nothing when they agree."""
    if not language or language == get_language():
        return ""
    return format_html(' lang="{}"', language)


@register.filter
def minutes_and_seconds(seconds: int) -> str:
    """Time left as the attempt page's timer shows it (12:05), before its script takes over."""
    minutes, seconds = divmod(max(0, int(seconds)), 60)
    return f"{minutes}:{seconds:02d}"
