"""Seed the four default qualification profiles (from the domain notes) with the requirements that
do not depend on a particular course. Administrators edit them; seed_demo adds the course, hours
and exam requirements for the demo curriculum."""

from django.db import migrations

PROFILES = [
    {
        "slug": "public-mediator",
        "names": (
            "Қоғамдық медиатор (этномедиатор)",
            "Общественный медиатор (этномедиатор)",
            "Public mediator (ethnomediator)",
        ),
        "validity_months": 36,
        "requirements": [
            ("minimumagerequirement", {"years": 40}),
            ("documentrequirement", {"kind": "election_protocol", "verified": True}),
            ("registerentryrequirement", {"register": "public"}),
            ("languagesrequirement", {"languages": [], "minimum": 1}),
            ("documentrequirement", {"kind": "medical", "verified": True}),
        ],
    },
    {
        "slug": "professional-mediator",
        "names": ("Кәсіби медиатор", "Профессиональный медиатор", "Professional mediator"),
        "validity_months": 36,
        "requirements": [
            ("minimumagerequirement", {"years": 25}),
            ("educationrequirement", {"level": "higher", "verified": True}),
            ("academichoursrequirement", {"hours": 72}),
            ("registerentryrequirement", {"register": "professional"}),
            (
                "noexclusionrequirement",
                {"kinds": ["judge", "state_servant", "criminal_record", "incapacity"]},
            ),
        ],
    },
    {
        "slug": "negotiator-ethnomediator",
        "names": (
            "Келіссөз жүргізуші-этномедиатор (Ассамблея пулы)",
            "Переговорщик-этномедиатор (пул Ассамблеи)",
            "Negotiator-ethnomediator (Assembly pool)",
        ),
        "validity_months": 24,
        "requirements": [
            (
                "practicecasesrequirement",
                {"count": 2, "kinds": ["observed", "co_mediated"], "within_months": 12},
            ),
            ("regionrequirement", {}),
        ],
    },
    {
        "slug": "mediator-trainer",
        "names": ("Медиатор-жаттықтырушы", "Тренер медиаторов", "Mediator trainer"),
        "validity_months": 36,
        "requirements": [
            ("educationrequirement", {"level": "higher", "verified": True}),
            (
                "noexclusionrequirement",
                {"kinds": ["judge", "state_servant", "criminal_record", "incapacity"]},
            ),
        ],
    },
]


def forwards(apps, schema_editor):
    Profile = apps.get_model("certificates", "QualificationProfile")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for data in PROFILES:
        kk, ru, en = data["names"]
        profile, created = Profile.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name_kk": kk,
                "name_ru": ru,
                "name_en": en,
                "validity_months": data["validity_months"],
                "is_default": True,
            },
        )
        if not created:
            continue
        for order, (model_name, fields) in enumerate(data["requirements"]):
            model = apps.get_model("certificates", model_name)
            content_type, _ = ContentType.objects.get_or_create(
                app_label="certificates", model=model_name
            )
            model.objects.create(
                profile=profile, sort_order=order, polymorphic_ctype=content_type, **fields
            )


def backwards(apps, schema_editor):
    apps.get_model("certificates", "QualificationProfile").objects.filter(
        slug__in=[p["slug"] for p in PROFILES], is_default=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
