"""Administrators and coordinators read the schedule changes of the cohorts they run, and whom
each was told to (Learning › Schedule changes); nobody edits one."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Administrators", "Coordinators"]


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("lms")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    view = apps.get_model("auth.Permission").objects.filter(
        content_type__app_label="lms", codename="view_schedulechange"
    )
    for group in apps.get_model("auth.Group").objects.filter(name__in=GROUPS):
        group.permissions.add(*view)


def backwards(apps, schema_editor):
    view = apps.get_model("auth.Permission").objects.filter(
        content_type__app_label="lms", codename="view_schedulechange"
    )
    for group in apps.get_model("auth.Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(*view)


class Migration(migrations.Migration):
    dependencies = [("lms", "0011_names_in_kazakh_order")]

    operations = [migrations.RunPython(forwards, backwards)]
