"""Regions and organisations sort in the Kazakh alphabet's order on PostgreSQL, as trainees'
names do since 0009 (see lms.collation): with the default, Қарағанды, Қостанай, Қызылорда and
Ұлытау came after every other region in each list and form that offers them."""

from django.db import migrations

from lms.collation import kazakh_order


class Migration(migrations.Migration):
    dependencies = [("lms", "0010_email_resends")]

    operations = [
        kazakh_order("lms_region", "name_kk", 200),
        kazakh_order("lms_organisation", "name_kk", 200),
    ]
