"""Qualification profiles sort in the Kazakh alphabet's order on PostgreSQL (see
lms.collation): with the default, "Қоғамдық медиатор" came after every name in Russian letters."""

from django.db import migrations

from lms.collation import kazakh_order


class Migration(migrations.Migration):
    dependencies = [("certificates", "0016_status_never_judged"), ("lms", "0011_names_in_kazakh_order")]

    operations = [kazakh_order("certificates_qualificationprofile", "name_kk", 200)]
