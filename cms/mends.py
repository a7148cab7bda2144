"""Upstream faults mended where they are made: three that turn a tampered form or a broken file
into a 500, and one that leaves a screen reader without a refused field's error.

A chooser (a page, a course, an image, a document) posts an id in a hidden input. Django's form
field answers a value that is no id with "Select a valid choice", but Wagtail's chooser widget then
renders the form again by fetching that value as a primary key, and `"x"` raises ValueError from
the query (wagtail/admin/widgets/chooser.py, `BaseChooser.get_instance`, as of Wagtail 8.0). It hit
every form with a chooser: our cohorts, course rules, prerequisites, release overrides and
certificate templates, and Wagtail's own sites, redirects, group permissions and new pages.

A form of children edited in line (a cohort's sessions) posts each child's id. Django's model
formsets treat an id that is missing or no id as tampered data and let the form say so (ticket
#22229); django-modelcluster's formset, which overrides that method, raises ValidationError or
KeyError instead (modelcluster/forms.py, `BaseTransientModelFormSet._construct_form`, 6.5).

An image is checked on upload by reading its header and its size: a PNG cut short after its
signature made Pillow raise OSError while its size was read (wagtail/images/fields.py,
`WagtailImageField.check_image_pixel_size` catches only Pillow's decompression bomb errors), a
500 on the image upload. It is refused with Wagtail's own "not a valid image" error instead.
An image cut short further on is accepted, as upstream accepts it (wagtail/wagtail#1354), and
drawn with its missing part blank, in the admin's thumbnails and on certificates alike: Pillow's
LOAD_TRUNCATED_IMAGES, which WeasyPrint sets for the whole process when it is imported, is set
here for every process. WeasyPrint is imported at a process's first certificate render, so
without this an upload would be refused or accepted, and a thumbnail drawn or a 500, by whether
that process had rendered one yet.

A field of a form the Wagtail admin lays out without panels (our screens that list their
`form_fields`, the question bank's categories, Wagtail's own login) that is refused points a screen
reader at its error by `aria-describedby="<id>_error"`, which Django 5.2 adds, but Wagtail's
`{% formattedfield %}` renders the error without that id (it sets one only when given one, as its
panels do): the field was announced invalid, never why. The error now carries the id Django
points at (wagtail/admin/templatetags/wagtailadmin_tags.py, `formattedfield`, Wagtail 8.0).

All are wrapped, not replaced: what upstream does with a valid value is unchanged.
"""

from functools import wraps

from django.core.exceptions import ValidationError
from django.forms.formsets import BaseFormSet
from modelcluster.forms import BaseTransientModelFormSet
from PIL import ImageFile
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.images.fields import WagtailImageField


def _chooser_tolerates_no_id(get_instance):
    @wraps(get_instance)
    def mended(self, value):
        try:
            return get_instance(self, value)
        except (ValueError, TypeError, ValidationError):
            return None  # shown as nothing chosen; the field's own error says why

    mended.kelisim_mend = True
    return mended


def _children_tolerate_no_id(construct_form):
    @wraps(construct_form)
    def mended(self, i, **kwargs):
        try:
            return construct_form(self, i, **kwargs)
        except (KeyError, ValidationError):
            # as Django's model formsets do: the child is taken as new, and the form's id field,
            # required of a child that exists, answers that it is missing or not a choice
            form = BaseFormSet._construct_form(self, i, instance=self.model(), **kwargs)
            form.fields[self.model._meta.pk.name].required = True
            return form

    mended.kelisim_mend = True
    return mended


def _images_refuse_broken_files(to_python):
    @wraps(to_python)
    def mended(self, data):
        try:
            return to_python(self, data)
        except (OSError, SyntaxError) as error:  # what Pillow raises on a file it cannot read
            invalid = ValidationError(self.error_messages["invalid_image"], code="invalid_image")
            raise invalid from error

    mended.kelisim_mend = True
    return mended


def _errors_carry_the_id_django_points_at(formattedfield):
    @wraps(formattedfield)
    def mended(*args, **kwargs):
        context = formattedfield(*args, **kwargs)
        field = kwargs["field"] if "field" in kwargs else (args[0] if args else None)
        auto_id = field.auto_id if field is not None else ""  # a BoundField's truth: subwidgets
        if context["errors"] and not context["error_message_id"] and auto_id:
            context["error_message_id"] = f"{auto_id}_error"  # as BoundField.aria_describedby
        return context

    mended.kelisim_mend = True
    return mended


def apply() -> None:
    """Wrap each once (ready() may run again in tests that reload apps)."""
    ImageFile.LOAD_TRUNCATED_IMAGES = True  # as WeasyPrint sets it, whether imported yet or not
    if not getattr(BaseChooser.get_instance, "kelisim_mend", False):
        BaseChooser.get_instance = _chooser_tolerates_no_id(BaseChooser.get_instance)
    construct = BaseTransientModelFormSet._construct_form
    if not getattr(construct, "kelisim_mend", False):
        BaseTransientModelFormSet._construct_form = _children_tolerate_no_id(construct)
    if not getattr(WagtailImageField.to_python, "kelisim_mend", False):
        WagtailImageField.to_python = _images_refuse_broken_files(WagtailImageField.to_python)
    if not getattr(wagtailadmin_tags.formattedfield, "kelisim_mend", False):
        mended = _errors_carry_the_id_django_points_at(wagtailadmin_tags.formattedfield)
        # the tag, and the module's name that `{% formattedfieldfromcontext %}` calls
        wagtailadmin_tags.register.inclusion_tag("wagtailadmin/shared/formatted_field.html")(mended)
        wagtailadmin_tags.formattedfield = mended
