"""Turning what a browser posts into responses the questions can check, and the grading form."""

from __future__ import annotations

import json
from collections.abc import Callable

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import conf


class BadSubmission(Exception):
    """The request does not carry answers in a shape this attempt could have produced."""


def responses_from_request(request, kinds: Callable[[], list[tuple[int, str]]]) -> dict:
    """Responses keyed by question position, from a JSON body ({"responses": {...}}) sent by the
    page's script, or from the plain form a browser without scripts posts, read against the
    attempt's answers as `kinds()` gives them (position, question type name), asked for only
    when there is a form to read."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > conf.get("MAX_SAVE_BYTES"):
        raise BadSubmission(_("Too much data in one save."))
    if request.content_type == "application/json":
        try:
            payload = json.loads(request.body or b"{}")
        except (ValueError, UnicodeDecodeError) as error:
            raise BadSubmission(_("The answers could not be read.")) from error
        if not isinstance(payload, dict) or not isinstance(payload.get("responses", {}), dict):
            raise BadSubmission(_("The answers are not in the expected form."))
        return payload.get("responses", {})
    return _from_form(request.POST, kinds())


def _from_form(post, kinds: list[tuple[int, str]]) -> dict:
    responses = {}
    for position, kind in kinds:
        name = f"q{position}"
        if kind == "singlechoicequestion":
            value = post.get(name)
            responses[position] = {"choice": value} if value else None
        elif kind == "multiplechoicequestion":
            if f"{name}-present" in post or name in post:
                responses[position] = {"choices": post.getlist(name)}
        elif kind == "truefalsequestion":
            value = post.get(name)
            if value in ("true", "false"):
                responses[position] = {"value": value == "true"}
            elif value:
                raise BadSubmission(_("Answer true or false."))
        elif kind in ("shortanswerquestion", "essayquestion"):
            if name in post:
                responses[position] = {"text": post.get(name, "")}
        elif kind == "numericquestion":
            if name in post:
                responses[position] = {"value": post.get(name, "")}
        elif kind == "matchingquestion":
            prefix = f"{name}-"
            pairs = {k[len(prefix) :]: v for k, v in post.items() if k.startswith(prefix) and v}
            if pairs:
                responses[position] = {"pairs": pairs}
        elif kind == "orderingquestion":
            prefix = f"{name}-"
            places = {k[len(prefix) :]: v for k, v in post.items() if k.startswith(prefix) and v}
            if places:
                try:
                    order = sorted(places, key=lambda item: int(places[item]))
                except ValueError as error:
                    raise BadSubmission(_("Give each item a place number.")) from error
                if len({places[i] for i in places}) != len(places):
                    raise BadSubmission(
                        _("Question %(number)s: give each item a different place.")
                        % {"number": position}
                    )
                responses[position] = {"order": order}
    return responses


class GradeForm(forms.Form):
    """Points per rubric criterion and a comment for the trainee."""

    comment = forms.CharField(
        label=gettext_lazy("Comment for the trainee"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
    )

    def __init__(self, *args, rubric: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.rubric = rubric
        for index, criterion in enumerate(rubric):
            self.fields[f"points_{index}"] = forms.DecimalField(
                label=f"{criterion['criterion']} (0–{criterion['points']})",
                min_value=0,
                max_value=criterion["points"],
                decimal_places=2,
            )
        self.order_fields([f"points_{i}" for i in range(len(rubric))] + ["comment"])

    def scores(self) -> list:
        return [self.cleaned_data[f"points_{i}"] for i in range(len(self.rubric))]
