"""Forms of the question-bank import and export screens."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .. import conf
from ..models import QuestionCategory
from .services import EXPORT_FORMATS, IMPORT_FORMATS

# A question file larger than this is refused before it is read.


class QuestionImportForm(forms.Form):
    file = forms.FileField(
        label=_("Question file"),
        help_text=_("A Moodle XML file (.xml) or a GIFT file (.txt, .gift) in UTF-8."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xml,.txt,.gift"}),
    )
    file_format = forms.ChoiceField(
        label=_("Format"), choices=[(key, label) for key, (label, _f) in IMPORT_FORMATS.items()]
    )
    category = forms.ModelChoiceField(
        label=_("Import into"),
        queryset=QuestionCategory.objects.order_by("path"),
        required=False,
        empty_label=_("(the top of the bank)"),
        help_text=_("The file's own categories are created under this one."),
    )
    language = forms.ChoiceField(
        label=_("Language of the questions"), choices=settings.LANGUAGES, initial="kk"
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > conf.get("IMPORT_MAX_BYTES"):
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB.")
                % {"size": conf.get("IMPORT_MAX_BYTES") // 2**20}
            )
        return upload


class QuestionExportForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=QuestionCategory.objects.order_by("path")
    )
    include_subcategories = forms.BooleanField(
        label=_("With its subcategories"), required=False, initial=True
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("All languages")), *settings.LANGUAGES],
        required=False,
    )
    file_format = forms.ChoiceField(
        label=_("Format"), choices=[(key, value[0]) for key, value in EXPORT_FORMATS.items()]
    )
