"""Coordinators read the eligibility report and the register of holders for their region or
organisation (both need `view_certificate`, scoped by lms) and the profiles those reports name;
administrators follow bulk issues. Issuing stays with administrators (`add_certificate`)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

COORDINATORS = ["view_certificate", "view_qualificationprofile"]
ADMINISTRATORS = ["add_issuebatch", "change_issuebatch", "delete_issuebatch", "view_issuebatch"]


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("certificates")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ours = Permission.objects.filter(content_type__app_label="certificates")
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(*ours.filter(codename__in=COORDINATORS))
    administrators, _ = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.add(*ours.filter(codename__in=ADMINISTRATORS))


def backwards(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ours = Permission.objects.filter(content_type__app_label="certificates")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(*ours.filter(codename__in=COORDINATORS))
    for group in Group.objects.filter(name="Administrators"):
        group.permissions.remove(*ours.filter(codename__in=ADMINISTRATORS))


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0005_default_profiles_complete"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
