"""Certificates leave Wagtail's reference index (`Certificate.wagtail_reference_index_ignore`):
the rows indexed for them before go too, as `rebuild_references_index` would remove them."""

from django.db import migrations


def forget_certificates(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    content_type = ContentType.objects.filter(app_label="certificates", model="certificate")
    ReferenceIndex.objects.filter(base_content_type__in=content_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0007_eligibility_status"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
    ]

    operations = [migrations.RunPython(forget_certificates, migrations.RunPython.noop)]
