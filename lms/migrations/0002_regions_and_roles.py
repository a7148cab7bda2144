"""Seed Kazakhstan's 17 regions and 3 cities of republican significance, create the Coordinators
group, and give Administrators and Coordinators their lms permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REGIONS = [
    ("abai", "region", "Абай облысы", "Абайская область", "Abai Region"),
    ("akmola", "region", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
    ("aktobe", "region", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    ("almaty-region", "region", "Алматы облысы", "Алматинская область", "Almaty Region"),
    ("atyrau", "region", "Атырау облысы", "Атырауская область", "Atyrau Region"),
    ("east-kazakhstan", "region", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
    ("zhambyl", "region", "Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
    ("zhetysu", "region", "Жетісу облысы", "Жетысуская область", "Zhetysu Region"),
    ("west-kazakhstan", "region", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
    ("karaganda", "region", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    ("kostanay", "region", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
    ("kyzylorda", "region", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    ("mangystau", "region", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    ("pavlodar", "region", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    ("north-kazakhstan", "region", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
    ("turkistan", "region", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    ("ulytau", "region", "Ұлытау облысы", "Улытауская область", "Ulytau Region"),
    ("astana", "city", "Астана", "Астана", "Astana"),
    ("almaty", "city", "Алматы", "Алматы", "Almaty"),
    ("shymkent", "city", "Шымкент", "Шымкент", "Shymkent"),
]

MODELS = ["region", "organisation", "staffscope", "traineeprofile", "cohort", "courserules", "prerequisite", "enrolment"]
ADMINISTRATOR_PERMISSIONS = [
    *[f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")],
    "view_practicerecord",
    "view_all_trainees",
    "verify_diploma",
    "import_trainees",
    "override_gating",
]
COORDINATOR_PERMISSIONS = [
    "view_region",
    "view_organisation",
    "view_traineeprofile",
    "change_traineeprofile",
    "view_cohort",
    "add_cohort",
    "change_cohort",
    "view_enrolment",
    "add_enrolment",
    "change_enrolment",
    "view_practicerecord",
    "verify_diploma",
    "import_trainees",
    "override_gating",
]


def forwards(apps, schema_editor):
    Region = apps.get_model("lms.Region")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for code, kind, kk, ru, en in REGIONS:
        Region.objects.update_or_create(
            code=code, defaults={"kind": kind, "name_kk": kk, "name_ru": ru, "name_en": en}
        )
    app_config = apps.get_app_config("lms")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    def permissions(codenames):
        return Permission.objects.filter(content_type__app_label="lms", codename__in=codenames)

    administrators, _ = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.add(*permissions(ADMINISTRATOR_PERMISSIONS))
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(*permissions(COORDINATOR_PERMISSIONS))
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    coordinators.permissions.add(*access_admin)


def backwards(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Coordinators").delete()
    apps.get_model("lms.Region").objects.filter(code__in=[r[0] for r in REGIONS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0001_initial"),
        ("cms", "0001_roles_locales_workflow"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
