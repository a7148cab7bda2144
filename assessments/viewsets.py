"""The question bank in the Wagtail admin: categories, and one screen per question type. Lists
show current versions; saving a question that attempts have shown makes a new version instead
of changing what trainees were asked."""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSetGroup

from curriculum.admin_views import ModelViewSet

from . import services
from .models import (
    DescriptionQuestion,
    EssayQuestion,
    MatchingQuestion,
    MultipleChoiceQuestion,
    NumericQuestion,
    OrderingQuestion,
    PracticalAssessmentQuestion,
    QuestionCategory,
    ShortAnswerQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

COMMON_FIELDS = [
    "category",
    "name",
    "language",
    "translation_key",
    "text",
    "default_mark",
    "general_feedback",
    "tags",
]


# Fields whose change alters what is right: answered attempts are graded again.
KEY_FIELDS = {"options", "answer", "answers", "pairs", "items", "case_sensitive", "default_mark"}


class CurrentVersionsIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(is_current=True).select_related("category")


class TaggedCreateView(generic.CreateView):
    def save_instance(self):
        instance = super().save_instance()
        instance.save()  # commit the tags a ClusterTaggableManager keeps in memory until saved
        return instance


class VersioningEditView(generic.EditView):
    """Save through `revise_question`, which keeps answered versions untouched."""

    def get_queryset(self):
        return super().get_queryset().filter(is_current=True)

    def save_instance(self):
        changes = {
            name: self.form.cleaned_data[name]
            for name in self.form.changed_data
            if name != "tags" and name in self.form.cleaned_data
        }
        revised = services.revise_question(question=self.object, changes=changes)
        if "tags" in self.form.changed_data:
            revised.tags.set(self.form.cleaned_data["tags"])
            revised.save()
        if revised.pk != self.object.pk:
            messages.info(
                self.request,
                _("Attempts have used this question, so the change is saved as version %(n)d.")
                % {"n": revised.version},
            )
            self.object = revised
            if set(changes) & KEY_FIELDS:
                count = services.regrade(question=revised)
                messages.info(
                    self.request,
                    _("Attempts regraded with the new key: %(count)d.") % {"count": count}
                    + (
                        " " + _("Trainees whose result changed are told by e-mail.")
                        if count
                        else ""
                    ),
                )
        return revised


def question_viewset(model, fields: list[str], icon: str = "help"):
    """A viewset for one question type with the fields that type adds."""

    return type(
        f"{model.__name__}ViewSet",
        (ModelViewSet,),
        {
            "model": model,
            "name": f"questions_{model._meta.model_name}",
            "url_prefix": f"questions/{model._meta.model_name}",
            "icon": icon,
            "menu_label": model.type_label,
            "form_fields": [*COMMON_FIELDS, *fields],
            "list_display": ["name", "language", "category", "version"],
            "list_filter": ["language", "category"],
            "search_fields": ["name", "text"],
            "index_view_class": CurrentVersionsIndexView,
            "add_view_class": TaggedCreateView,
            "edit_view_class": VersioningEditView,
            "copy_view_enabled": False,
        },
    )()


class QuestionCategoryViewSet(ModelViewSet):
    model = QuestionCategory
    name = "question_categories"
    url_prefix = "questions/categories"
    icon = "folder-open-inverse"
    menu_label = gettext_lazy("Categories")
    form_fields = ["parent", "name", "info"]
    list_display = ["path"]
    search_fields = ["path"]
    copy_view_enabled = False


class QuestionBankGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Question bank")
    menu_icon = "help"
    menu_order = 420
    items = (
        QuestionCategoryViewSet(),
        question_viewset(SingleChoiceQuestion, ["options", "shuffle_options"], "radio-full"),
        question_viewset(MultipleChoiceQuestion, ["options", "shuffle_options"], "tasks"),
        question_viewset(TrueFalseQuestion, ["answer", "feedback_true", "feedback_false"], "check"),
        question_viewset(ShortAnswerQuestion, ["answers", "case_sensitive"], "edit"),
        question_viewset(NumericQuestion, ["answers"], "decimal"),
        question_viewset(MatchingQuestion, ["pairs"], "link"),
        question_viewset(OrderingQuestion, ["items"], "list-ol"),
        question_viewset(EssayQuestion, ["rubric", "grader_info"], "doc-full"),
        question_viewset(PracticalAssessmentQuestion, ["rubric", "grader_info"], "group"),
        question_viewset(DescriptionQuestion, [], "info-circle"),
    )


question_bank = QuestionBankGroup()
