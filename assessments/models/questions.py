"""The question bank: nested categories, and questions of many types, each grading itself.

A question exists once per language; the versions in Kazakh, Russian and English share a
`translation_key`, so a quiz shows each trainee the question in the quiz's language. A question is
never changed under an attempt: editing one that has been answered makes a new version (same
`family`, next `version`), and attempts keep pointing at the version they showed.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from polymorphic.models import PolymorphicModel
from taggit.models import TaggedItemBase

from .. import conf

ZERO, ONE = Decimal(0), Decimal(1)


def new_part_id() -> str:
    """A short random id for an option, a pair or an item: stable across versions and
    translations of a question, and meaningless to whoever reads the page source."""
    return secrets.token_hex(4)


def clamp(value: Decimal) -> Decimal:
    return max(ZERO, min(ONE, value)).quantize(Decimal("0.0000001"), rounding=ROUND_HALF_UP)


@dataclass
class Grade:
    """The outcome of grading one response: a fraction of the mark, or None while a person
    still has to grade it, with the feedback that goes with it."""

    fraction: Decimal | None
    feedback: list[str] = field(default_factory=list)


class QuestionCategory(models.Model):
    """A folder of the bank; categories nest, like Moodle's."""

    name = models.CharField(_("name"), max_length=255)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    info = models.TextField(_("description"), blank=True)
    path = models.CharField(_("path"), max_length=1000, unique=True, editable=False)

    class Meta:
        ordering = ["path"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self) -> str:
        return self.path

    def save(self, *args, **kwargs):
        if "/" in self.name:
            raise ValidationError(_("A category name cannot contain “/”."))
        self.path = f"{self.parent.path}/{self.name}" if self.parent_id else self.name
        super().save(*args, **kwargs)
        for child in self.children.all():  # keep the descendants' paths in step
            child.save()

    @classmethod
    def get_or_create_path(cls, path: str) -> QuestionCategory:
        """The category at "a/b/c", creating the missing levels."""
        parent = None
        for name in [part.strip() for part in path.strip("/").split("/") if part.strip()]:
            parent, _created = cls.objects.get_or_create(
                parent=parent,
                name=name,
                defaults={"path": f"{parent.path}/{name}" if parent else name},
            )
        if parent is None:
            raise ValidationError(_("Give a category path such as “Mediation/Law”."))
        return parent

    def descendants_and_self(self) -> models.QuerySet:
        return QuestionCategory.objects.filter(Q(pk=self.pk) | Q(path__startswith=self.path + "/"))


class TaggedQuestion(TaggedItemBase):
    content_object = ParentalKey(
        "assessments.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Question(PolymorphicModel, ClusterableModel):
    """A question of the bank in one language and one version; subclasses grade themselves."""

    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    name = models.CharField(_("name"), max_length=255)
    text = models.TextField(_("question text"))
    general_feedback = models.TextField(_("general feedback"), blank=True)
    default_mark = models.DecimalField(
        _("default mark"), max_digits=6, decimal_places=2, default=Decimal("1")
    )
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, default="kk"
    )
    translation_key = models.UUIDField(
        _("translation key"),
        default=uuid.uuid4,
        db_index=True,
        help_text=_("Versions of this question in other languages share it."),
    )
    family = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    is_current = models.BooleanField(default=True, editable=False)
    tags = ClusterTaggableManager(through=TaggedQuestion, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    #: whether a person grades it (essays, practical assessments)
    manual = False
    #: whether it is graded at all (a description is only read)
    graded = True
    type_label = _("Question")

    class Meta:
        ordering = ["category__path", "name"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(
                fields=["family", "version"], name="assessments_one_row_per_version"
            ),
            models.UniqueConstraint(
                fields=["family"],
                condition=Q(is_current=True),
                name="assessments_one_current_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.language}, v{self.version})"

    # --- what every type implements ---------------------------------------------------------

    def clean_response(self, raw) -> dict | None:
        """Check a response as the browser sent it; raise ValidationError when it is not one this
        question could have produced (unknown ids, wrong types, too long)."""
        if raw is None or raw == "" or raw == {}:
            return None
        raise ValidationError(_("This question takes no answer."))

    def grade(self, response: dict | None) -> Grade:
        """Grade a cleaned response."""
        raise NotImplementedError

    def public_data(self, rng, *, shuffle: bool = True) -> dict:
        """What the trainee's browser may see before review: the question, never its key.
        `rng` is a random.Random seeded per attempt, so shuffles survive a reload; `shuffle`
        is the quiz's own rule for options."""
        return {}

    def key_data(self) -> dict:
        """The right answers, for review pages once the review rules allow them."""
        return {}

    def copy_data(self) -> dict:
        """The type-specific fields, for a new version or a translation."""
        return {}

    @property
    def type_name(self) -> str:
        return self.get_real_instance_class()._meta.model_name


class DescriptionQuestion(Question):
    """Text shown between questions (Moodle's "description"): read, not answered."""

    graded = False
    type_label = _("Description")

    class Meta:
        verbose_name = _("description")
        verbose_name_plural = _("descriptions")

    def grade(self, response):
        return Grade(fraction=ZERO)


def check_parts(parts, field: str, required: dict, *, minimum: int = 1) -> None:
    """An author's list of options, pairs or items: a list of objects with the keys each part
    needs, of the right types; parts without an id get one."""
    if not isinstance(parts, list) or len(parts) < minimum:
        raise ValidationError({field: _("Give at least %(n)d.") % {"n": minimum}})
    for part in parts:
        if not isinstance(part, dict) or any(
            not isinstance(part.get(key), kind) or isinstance(part.get(key), bool)
            for key, kind in required.items()
        ):
            raise ValidationError(
                {field: _("Each entry needs: %(keys)s.") % {"keys": ", ".join(required)}}
            )
    if holds_null_character(parts):
        raise ValidationError({field: _("Text cannot hold a null character.")})
    _give_ids(parts)
    ids = [part["id"] for part in parts]
    if len(set(ids)) != len(ids):
        raise ValidationError({field: _("Two entries have the same id.")})


def response_value(raw, key: str, kinds: type | tuple, message) -> object | None:
    """The single value of a response shaped {key: value}, or None for a blank response; any
    other shape is refused with `message`."""
    if raw is None or raw == "" or raw == {}:
        return None
    value = raw.get(key) if isinstance(raw, dict) and set(raw) == {key} else None
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in _as_tuple(kinds)):
        raise ValidationError(message)
    if holds_null_character(value):
        raise ValidationError(_("Text cannot hold a null character."))
    return value


def holds_null_character(value) -> bool:
    """Whether text within the value holds U+0000, which PostgreSQL's jsonb cannot store (it
    answered a DataError, a 500, when such an answer or option was saved)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(map(holds_null_character, (*value.keys(), *value.values())))
    if isinstance(value, list):
        return any(map(holds_null_character, value))
    return False


def _as_tuple(kinds) -> tuple:
    return kinds if isinstance(kinds, tuple) else (kinds,)


def _give_ids(parts: list) -> None:
    """Parts typed in by an author get their ids when saved; existing ids never change."""
    for part in parts:
        if isinstance(part, dict) and not part.get("id"):
            part["id"] = new_part_id()


def _text_response(raw, *, limit: int) -> dict | None:
    """A written answer of at most `limit` characters; blank counts as no answer."""
    text = response_value(raw, "text", str, _("Write the answer as text."))
    if text is None or not text.strip():
        return None
    if len(text) > limit:
        raise ValidationError(
            _("The answer is too long (at most %(limit)d characters).") % {"limit": limit}
        )
    return {"text": text}


def _option_feedback(options: list[dict], chosen: set[str]) -> list[str]:
    return [o["feedback"] for o in options if o["id"] in chosen and o.get("feedback")]


class ChoiceQuestion(Question):
    """Options with fractions of the mark, shared by single and multiple choice.

    `options` holds [{"id", "text", "fraction", "feedback"}]; a fraction may be negative.
    """

    options = models.JSONField(
        _("options"),
        default=list,
        help_text=_(
            'A list of options: [{"text": "…", "fraction": 1, "feedback": "…"}, …]. Fraction 1 '
            "is fully right, 0 wrong, a negative one takes marks away."
        ),
    )
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        check_parts(self.options, "options", {"text": str, "fraction": (int, float)}, minimum=2)
        fractions = [Decimal(str(o["fraction"])) for o in self.options]
        if any(not -1 <= f <= 1 for f in fractions):
            raise ValidationError({"options": _("Fractions go from -1 to 1.")})
        if max(fractions) <= 0:
            raise ValidationError({"options": _("At least one option must earn marks.")})

    def save(self, *args, **kwargs):
        _give_ids(self.options)
        super().save(*args, **kwargs)

    def public_data(self, rng, *, shuffle: bool = True):
        options = [{"id": o["id"], "text": o["text"]} for o in self.options]
        if self.shuffle_options and shuffle:
            rng.shuffle(options)
        return {"options": options}

    def copy_data(self):
        return {"options": self.options, "shuffle_options": self.shuffle_options}

    def _option_ids(self) -> set[str]:
        return {o["id"] for o in self.options}

    def _fraction(self, option_id: str) -> Decimal:
        return next(Decimal(str(o["fraction"])) for o in self.options if o["id"] == option_id)


class SingleChoiceQuestion(ChoiceQuestion):
    """One option is chosen; it carries its fraction (one option is fully right)."""

    type_label = _("Single choice")

    class Meta:
        verbose_name = _("single-choice question")
        verbose_name_plural = _("single-choice questions")

    def clean_response(self, raw):
        choice = response_value(raw, "choice", str, _("Choose one option."))
        if choice is None:
            return None
        if choice not in self._option_ids():
            raise ValidationError(_("That option does not belong to this question."))
        return {"choice": choice}

    def grade(self, response):
        if not response:
            return Grade(fraction=ZERO)
        choice = response["choice"]
        return Grade(
            fraction=clamp(self._fraction(choice)),
            feedback=_option_feedback(self.options, {choice}),
        )

    def key_data(self):
        best = max(Decimal(str(o["fraction"])) for o in self.options)
        return {"right": [o["id"] for o in self.options if Decimal(str(o["fraction"])) == best]}


class MultipleChoiceQuestion(ChoiceQuestion):
    """Any number of options; the fractions of the chosen ones add up (partial credit, negative
    marks for wrong ones), and the total stays between 0 and the full mark."""

    type_label = _("Multiple choice")

    class Meta:
        verbose_name = _("multiple-choice question")
        verbose_name_plural = _("multiple-choice questions")

    def clean_response(self, raw):
        choices = response_value(raw, "choices", list, _("Choose options from the list."))
        if choices is None:
            return None
        if not all(isinstance(c, str) for c in choices) or len(set(choices)) != len(choices):
            raise ValidationError(_("Choose options from the list."))
        if not set(choices) <= self._option_ids():
            raise ValidationError(_("That option does not belong to this question."))
        return {"choices": sorted(choices)}

    def grade(self, response):
        if not response:
            return Grade(fraction=ZERO)
        chosen = set(response["choices"])
        total = sum((self._fraction(c) for c in chosen), ZERO)
        return Grade(fraction=clamp(total), feedback=_option_feedback(self.options, chosen))

    def key_data(self):
        return {"right": [o["id"] for o in self.options if Decimal(str(o["fraction"])) > 0]}


class TrueFalseQuestion(Question):
    type_label = _("True or false")

    answer = models.BooleanField(_("the statement is true"))
    feedback_true = models.TextField(_("feedback for “true”"), blank=True)
    feedback_false = models.TextField(_("feedback for “false”"), blank=True)

    class Meta:
        verbose_name = _("true/false question")
        verbose_name_plural = _("true/false questions")

    def clean_response(self, raw):
        value = response_value(raw, "value", bool, _("Answer true or false."))
        return None if value is None else {"value": value}

    def grade(self, response):
        if not response:
            return Grade(fraction=ZERO)
        feedback = self.feedback_true if response["value"] else self.feedback_false
        return Grade(
            fraction=ONE if response["value"] == self.answer else ZERO,
            feedback=[feedback] if feedback else [],
        )

    def key_data(self):
        return {"right": self.answer}

    def copy_data(self):
        return {
            "answer": self.answer,
            "feedback_true": self.feedback_true,
            "feedback_false": self.feedback_false,
        }


def normalise_words(text: str, *, case_sensitive: bool = False) -> str:
    """Ignore leading, trailing and repeated spaces, and (usually) letter case."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if case_sensitive else text.casefold()


class ShortAnswerQuestion(Question):
    """A word or a phrase. `answers` holds [{"text", "fraction", "feedback"}]; "*" in an
    answer matches any run of characters; the best matching fraction counts."""

    type_label = _("Short answer")
    MAX_LENGTH = 255

    answers = models.JSONField(
        _("accepted answers"),
        default=list,
        help_text=_(
            'A list: [{"text": "mediation", "fraction": 1, "feedback": "…"}, …]; "*" matches '
            "any characters."
        ),
    )
    case_sensitive = models.BooleanField(_("case matters"), default=False)

    class Meta:
        verbose_name = _("short-answer question")
        verbose_name_plural = _("short-answer questions")

    def clean_response(self, raw):
        return _text_response(raw, limit=self.MAX_LENGTH)

    def clean(self):
        super().clean()
        check_parts(self.answers, "answers", {"text": str, "fraction": (int, float)})

    def _matches(self, pattern: str, given: str) -> bool:
        pattern = normalise_words(pattern, case_sensitive=self.case_sensitive)
        regex = ".*".join(re.escape(part) for part in pattern.split("*"))
        return re.fullmatch(regex, given, flags=re.DOTALL) is not None

    def grade(self, response):
        if not response:
            return Grade(fraction=ZERO)
        given = normalise_words(response["text"], case_sensitive=self.case_sensitive)
        matching = [a for a in self.answers if self._matches(a["text"], given)]
        if not matching:
            return Grade(fraction=ZERO)
        best = max(matching, key=lambda a: Decimal(str(a["fraction"])))
        return Grade(
            fraction=clamp(Decimal(str(best["fraction"]))),
            feedback=[best["feedback"]] if best.get("feedback") else [],
        )

    def key_data(self):
        return {"right": [a["text"] for a in self.answers if Decimal(str(a["fraction"])) == ONE]}

    def copy_data(self):
        return {"answers": self.answers, "case_sensitive": self.case_sensitive}


class NumericQuestion(Question):
    """A number; `answers` holds [{"value", "tolerance", "fraction", "feedback"}] and any answer
    within value ± tolerance earns its fraction (the best one counts)."""

    type_label = _("Numeric")

    answers = models.JSONField(
        _("accepted answers"),
        default=list,
        help_text=_('A list: [{"value": 72, "tolerance": 0, "fraction": 1, "feedback": "…"}, …].'),
    )

    class Meta:
        verbose_name = _("numeric question")
        verbose_name_plural = _("numeric questions")

    def clean_response(self, raw):
        value = response_value(raw, "value", (int, float, str), _("Write a number."))
        if value is None:
            return None
        text = str(value).strip().replace(",", ".")
        if not text:
            return None
        if len(text) > 40:
            raise ValidationError(_("Write a number."))
        try:
            number = Decimal(text)
        except InvalidOperation as error:
            raise ValidationError(_("Write a number.")) from error
        if not number.is_finite():
            raise ValidationError(_("Write a number."))
        return {"value": str(number)}

    def grade(self, response):
        if not response:
            return Grade(fraction=ZERO)
        number = Decimal(response["value"])
        matching = [
            a
            for a in self.answers
            if abs(number - Decimal(str(a["value"]))) <= Decimal(str(a.get("tolerance", 0)))
        ]
        if not matching:
            return Grade(fraction=ZERO)
        best = max(matching, key=lambda a: Decimal(str(a["fraction"])))
        return Grade(
            fraction=clamp(Decimal(str(best["fraction"]))),
            feedback=[best["feedback"]] if best.get("feedback") else [],
        )

    def key_data(self):
        return {
            "right": [
                {"value": a["value"], "tolerance": a.get("tolerance", 0)}
                for a in self.answers
                if Decimal(str(a["fraction"])) == ONE
            ]
        }

    def copy_data(self):
        return {"answers": self.answers}


class MatchingQuestion(Question):
    """Match each prompt with an answer. `pairs` holds [{"id", "prompt", "answer"}]; the share of
    prompts matched right is the fraction. Answers are offered under their own ids (the pair id
    would give the key away), shuffled."""

    type_label = _("Matching")

    pairs = models.JSONField(
        _("pairs"), default=list, help_text=_('A list: [{"prompt": "…", "answer": "…"}, …].')
    )

    class Meta:
        verbose_name = _("matching question")
        verbose_name_plural = _("matching questions")

    def clean(self):
        super().clean()
        check_parts(self.pairs, "pairs", {"prompt": str, "answer": str}, minimum=2)

    def _answer_ids(self) -> dict[str, str]:
        """Pair id -> the id under which its answer is offered."""
        return {p["id"]: p["answer_id"] for p in self.pairs}

    def save(self, *args, **kwargs):
        _give_ids(self.pairs)
        for pair in self.pairs:  # an answer id independent of the pair id, fixed once
            pair.setdefault("answer_id", new_part_id())
        super().save(*args, **kwargs)

    def clean_response(self, raw):
        pairs = response_value(
            raw, "pairs", dict, _("Match each item with an answer from the list.")
        )
        if pairs is None:
            return None
        prompts = {p["id"] for p in self.pairs}
        answers = set(self._answer_ids().values())
        given = {k: v for k, v in pairs.items() if v not in ("", None)}
        if not set(given) <= prompts or not all(
            isinstance(v, str) and v in answers for v in given.values()
        ):
            raise ValidationError(_("That match does not belong to this question."))
        return {"pairs": given} if given else None

    def grade(self, response):
        if not response or not self.pairs:
            return Grade(fraction=ZERO)
        answer_ids = self._answer_ids()
        right = sum(1 for pid, aid in response["pairs"].items() if answer_ids.get(pid) == aid)
        return Grade(fraction=clamp(Decimal(right) / Decimal(len(self.pairs))))

    def public_data(self, rng, *, shuffle: bool = True):
        # always shuffled: in the prompts' order the answers would give the key away
        answer_ids = self._answer_ids()
        answers = [{"id": answer_ids[p["id"]], "text": p["answer"]} for p in self.pairs]
        rng.shuffle(answers)
        prompts = [{"id": p["id"], "text": p["prompt"]} for p in self.pairs]
        return {"prompts": prompts, "answers": answers}

    def key_data(self):
        return {"right": {p["id"]: p["answer"] for p in self.pairs}}

    def copy_data(self):
        return {"pairs": self.pairs}


class OrderingQuestion(Question):
    """Put items in order. `items` holds [{"id", "text"}] in the right order; the share of items
    in their right place is the fraction."""

    type_label = _("Ordering")

    items = models.JSONField(
        _("items in the right order"),
        default=list,
        help_text=_('A list in the right order: [{"text": "…"}, {"text": "…"}, …].'),
    )

    class Meta:
        verbose_name = _("ordering question")
        verbose_name_plural = _("ordering questions")

    def clean(self):
        super().clean()
        check_parts(self.items, "items", {"text": str}, minimum=2)

    def save(self, *args, **kwargs):
        _give_ids(self.items)
        super().save(*args, **kwargs)

    def clean_response(self, raw):
        order = response_value(raw, "order", list, _("Put every item in order."))
        if order is None:
            return None
        ids = [i["id"] for i in self.items]
        if not all(isinstance(x, str) for x in order) or sorted(order) != sorted(ids):
            raise ValidationError(_("Put every item of this question in order, once."))
        return {"order": list(order)}

    def grade(self, response):
        if not response or not self.items:
            return Grade(fraction=ZERO)
        right = sum(
            1
            for given, item in zip(response["order"], self.items, strict=True)
            if given == item["id"]
        )
        return Grade(fraction=clamp(Decimal(right) / Decimal(len(self.items))))

    def public_data(self, rng, *, shuffle: bool = True):
        # always shuffled: in their own order the items would be the answer
        items = [{"id": i["id"], "text": i["text"]} for i in self.items]
        rng.shuffle(items)
        return {"items": items}

    def key_data(self):
        return {"right": [i["text"] for i in self.items]}

    def copy_data(self):
        return {"items": self.items}


class RubricQuestion(Question):
    """Graded by a person against a rubric: `rubric` holds [{"criterion", "points"}]."""

    manual = True
    rubric = models.JSONField(
        _("rubric"),
        default=list,
        help_text=_('Criteria with their points: [{"criterion": "…", "points": 4}, …].'),
    )
    grader_info = models.TextField(_("information for graders"), blank=True)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        check_parts(self.rubric, "rubric", {"criterion": str, "points": (int, float)})

    @property
    def rubric_points(self) -> Decimal:
        return sum((Decimal(str(r["points"])) for r in self.rubric), ZERO)

    def grade(self, response):
        return Grade(fraction=None)

    def grade_with_rubric(self, scores: list) -> Decimal:
        """The fraction for the points a grader gave per criterion; refuses impossible scores."""
        if len(scores) != len(self.rubric):
            raise ValidationError(_("Give points for every criterion."))
        total = ZERO
        for score, criterion in zip(scores, self.rubric, strict=True):
            try:
                points = Decimal(str(score))
            except InvalidOperation as error:
                raise ValidationError(_("Points must be numbers.")) from error
            if not ZERO <= points <= Decimal(str(criterion["points"])):
                raise ValidationError(
                    _("Points for “%(criterion)s” go from 0 to %(max)s.")
                    % {"criterion": criterion["criterion"], "max": criterion["points"]}
                )
            total += points
        if not self.rubric_points:
            return ZERO
        return clamp(total / self.rubric_points)

    def copy_data(self):
        return {"rubric": self.rubric, "grader_info": self.grader_info}


class EssayQuestion(RubricQuestion):
    """A written answer (a case-study analysis), graded by a trainer with the rubric."""

    type_label = _("Essay / case study")

    class Meta:
        verbose_name = _("essay question")
        verbose_name_plural = _("essay questions")

    def clean_response(self, raw):
        return _text_response(raw, limit=conf.get("MAX_ESSAY_CHARS"))


class PracticalAssessmentQuestion(RubricQuestion):
    """A role-play scored in person by an observer against the rubric; the trainee types
    nothing."""

    type_label = _("Practical assessment")

    class Meta:
        verbose_name = _("practical assessment")
        verbose_name_plural = _("practical assessments")


QUESTION_TYPES = [
    SingleChoiceQuestion,
    MultipleChoiceQuestion,
    TrueFalseQuestion,
    ShortAnswerQuestion,
    NumericQuestion,
    MatchingQuestion,
    OrderingQuestion,
    EssayQuestion,
    PracticalAssessmentQuestion,
    DescriptionQuestion,
]
