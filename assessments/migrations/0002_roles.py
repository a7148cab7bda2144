"""Give staff groups their assessments permissions: instructors write questions and grade,
coordinators grade and read reports, administrators do all of it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

QUESTION_MODELS = [
    "question",
    "questioncategory",
    "singlechoicequestion",
    "multiplechoicequestion",
    "truefalsequestion",
    "shortanswerquestion",
    "numericquestion",
    "matchingquestion",
    "orderingquestion",
    "essayquestion",
    "practicalassessmentquestion",
    "descriptionquestion",
]
AUTHORING = [f"{a}_{m}" for m in QUESTION_MODELS for a in ("add", "change", "view")]
GROUPS = {
    "Instructors": [*AUTHORING, "grade_attempt", "view_reports"],
    "Coordinators": ["grade_attempt", "view_reports", "view_attempt"],
    "Administrators": [
        *AUTHORING,
        *[f"delete_{m}" for m in QUESTION_MODELS],
        "grade_attempt",
        "view_reports",
        "view_attempt",
    ],
}


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("assessments")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="assessments", codename__in=codenames
            )
        )


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    for group in apps.get_model("auth.Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="assessments")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_initial"),
        ("lms", "0002_regions_and_roles"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
