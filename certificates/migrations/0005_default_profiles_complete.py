"""Bring the seeded default profiles to the domain notes with the requirement types added in 0004:
the Public mediator's election protocol becomes an election record and renewal asks for 16
academic hours of CPD in 3 years; the Negotiator-ethnomediator needs 2 practical assessments and
8 CPD hours a year; the Mediator trainer holds a valid Professional mediator qualification.

Only profiles still marked as defaults are touched, and nothing is added twice. The Professional
mediator's renewal ("a Specialised course every 3 years") names a course page, which a migration
cannot know: an administrator adds it as a course requirement with "within months" = 36.

Administrators also get the permissions of the models added in 0004 that these screens edit,
and coordinators keep election records as they keep the other records of their trainees."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# profile slug: [(requirement model, its fields, sort order)]
ADDITIONS = {
    "public-mediator": [
        ("cpdhoursrequirement", {"hours": 16, "within_months": 36, "only_on_renewal": True}, 20),
    ],
    "negotiator-ethnomediator": [
        ("practicalassessmentrequirement", {"count": 2}, 13),
        ("cpdhoursrequirement", {"hours": 8, "within_months": 12, "only_on_renewal": True}, 20),
    ],
    "mediator-trainer": [
        ("qualificationheldrequirement", {"qualification": "professional-mediator"}, 2),
    ],
}
# the Public mediator's document requirement this replaces by an ElectionRecordRequirement
REPLACED_DOCUMENT = ("public-mediator", {"kind": "election_protocol", "verified": True})
ELECTION_FIELDS = {"kinds": [], "within_months": 0}

NEW_MODELS = [
    "practicalassessmentrequirement",
    "cpdhoursrequirement",
    "electionrecordrequirement",
    "qualificationheldrequirement",
    "electionrecord",
]
COORDINATOR_RECORDS = ["electionrecord"]


def _content_type(apps, model_name: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="certificates", model=model_name)
    return content_type


def _defaults(apps) -> dict:
    Profile = apps.get_model("certificates", "QualificationProfile")
    return {p.slug: p for p in Profile.objects.filter(slug__in=ADDITIONS, is_default=True)}


def _resolve(apps, fields: dict) -> dict | None:
    """The fields with a qualification slug turned into that profile (None when it is gone)."""
    if "qualification" not in fields:
        return fields
    Profile = apps.get_model("certificates", "QualificationProfile")
    qualification = Profile.objects.filter(slug=fields["qualification"]).first()
    return None if qualification is None else {**fields, "qualification": qualification}


def forwards(apps, schema_editor):
    profiles = _defaults(apps)
    slug, document_fields = REPLACED_DOCUMENT
    if slug in profiles:
        Document = apps.get_model("certificates", "DocumentRequirement")
        Election = apps.get_model("certificates", "ElectionRecordRequirement")
        for document in Document.objects.filter(profile=profiles[slug], **document_fields):
            Election.objects.create(
                profile=document.profile,
                parent_id=document.parent_id,
                sort_order=document.sort_order,
                label=document.label,
                polymorphic_ctype=_content_type(apps, "electionrecordrequirement"),
                **ELECTION_FIELDS,
            )
            document.delete()
    for slug, additions in ADDITIONS.items():
        if slug not in profiles:
            continue
        for model_name, fields, order in additions:
            model = apps.get_model("certificates", model_name)
            fields = _resolve(apps, fields)
            if fields is None or model.objects.filter(profile=profiles[slug]).exists():
                continue
            model.objects.create(
                profile=profiles[slug],
                sort_order=order,
                polymorphic_ctype=_content_type(apps, model_name),
                **fields,
            )


def backwards(apps, schema_editor):
    profiles = _defaults(apps)
    for slug, additions in ADDITIONS.items():
        if slug not in profiles:
            continue
        for model_name, fields, _order in additions:
            fields = _resolve(apps, fields)
            if fields is not None:
                model = apps.get_model("certificates", model_name)
                model.objects.filter(profile=profiles[slug], **fields).delete()
    slug, document_fields = REPLACED_DOCUMENT
    if slug in profiles:
        Document = apps.get_model("certificates", "DocumentRequirement")
        Election = apps.get_model("certificates", "ElectionRecordRequirement")
        for election in Election.objects.filter(profile=profiles[slug], **ELECTION_FIELDS):
            Document.objects.create(
                profile=election.profile,
                parent_id=election.parent_id,
                sort_order=election.sort_order,
                label=election.label,
                polymorphic_ctype=_content_type(apps, "documentrequirement"),
                **document_fields,
            )
            election.delete()


def grant_permissions(apps, schema_editor):
    app_config = apps.get_app_config("certificates")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    new = Permission.objects.filter(
        content_type__app_label="certificates", content_type__model__in=NEW_MODELS
    )
    administrators, _ = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.add(*new)
    coordinators, _ = Group.objects.get_or_create(name="Coordinators")
    coordinators.permissions.add(
        *new.filter(
            codename__in=[
                f"{a}_{m}" for m in COORDINATOR_RECORDS for a in ("add", "change", "view")
            ]
        )
    )


def revoke_permissions(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    new = Permission.objects.filter(
        content_type__app_label="certificates", content_type__model__in=NEW_MODELS
    )
    for group in apps.get_model("auth.Group").objects.filter(
        name__in=["Administrators", "Coordinators"]
    ):
        group.permissions.remove(*new)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0004_lifecycle_batches_and_more_requirements"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
        migrations.RunPython(grant_permissions, revoke_permissions),
    ]
