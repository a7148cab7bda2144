"""Trainees' names sort in the Kazakh alphabet's order on PostgreSQL: the column takes ICU's
Kazakh collation, where the database has it. With the default (C.UTF-8 here) Ә, Ғ, Қ, Ң, Ө, Ұ,
Ү, Һ and І come after Я, so Әлия was last in every list of trainees. SQLite (the demo) keeps its
own order. A later change to the field's type must keep the COLLATE (see TraineeProfile and
lms.collation, which does the work)."""

from django.db import migrations

from lms.collation import kazakh_order


class Migration(migrations.Migration):
    dependencies = [("lms", "0008_attendance_keeps_its_session")]

    operations = [kazakh_order("lms_traineeprofile", "full_name", 200)]
