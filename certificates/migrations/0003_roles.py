"""Administrators define qualification profiles and keep the records requirements read;
coordinators keep those records (documents, register entries, flags) for their trainees."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RECORDS = ["traineedocument", "registerentry", "exclusionflag"]


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("certificates")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    everything = Permission.objects.filter(content_type__app_label="certificates")
    administrators, _ = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.add(*everything)
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(
        *everything.filter(
            codename__in=[f"{a}_{m}" for m in RECORDS for a in ("add", "change", "view")]
        )
    )


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    for group in apps.get_model("auth.Group").objects.filter(
        name__in=["Administrators", "Coordinators"]
    ):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="certificates"))


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_default_profiles"),
        ("lms", "0002_regions_and_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
