"""Trainees' names in the Kazakh alphabet's order in the lists the database sorts: on
PostgreSQL with ICU (CI's, production's), where the default order put Әлия after Яна. SQLite,
the demo's database, sorts by code point."""

import pytest
from django.db import connection

from certificates import reports
from lms import selectors, services
from lms.models import TraineeProfile
from tests.certificates.report_world import national
from tests.factories import CohortFactory, curriculum_tree, trainee

pytestmark = pytest.mark.django_db

# in the Kazakh alphabet's order: А Ә … Е Ё … Қ … О Ө П … Ұ Ү … Ы І … Я
IN_ORDER = [
    "Асан Әлиев",
    "Әлия Сәрсенқызы",
    "Егор Ежов",
    "Ёлка Ежова",
    "Қасым Оспанов",
    "Ольга Шмидт",
    "Өмір Ахметов",
    "Павел Ким",
    "Ұлан Серіков",
    "Үміт Һашимова",
    "Ілияс Сейітов",
    "Яна Ким",
]


def kazakh_collation() -> bool:
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_collation WHERE collname = 'kk-x-icu'")
        return cursor.fetchone() is not None


def test_trainees_are_listed_in_the_kazakh_alphabets_order():
    if not kazakh_collation():
        pytest.skip("needs PostgreSQL with ICU's Kazakh collation (CI sets DATABASE_URL)")
    course = curriculum_tree(modules=1, lessons_per_module=1)["course"]
    cohort = CohortFactory(course=course, capacity=len(IN_ORDER))
    for index, name in enumerate(reversed(IN_ORDER)):
        person = trainee(f"named-{index}", full_name=name)
        services.enrol(trainee=person, course=course, cohort=cohort)

    assert (
        list(TraineeProfile.objects.order_by("full_name").values_list("full_name", flat=True))
        == IN_ORDER
    )
    roster = [e.trainee.trainee_profile.full_name for e in selectors.roster(cohort)]
    assert roster == IN_ORDER
    report = list(reports.report_trainee_ids(national()))
    assert [TraineeProfile.objects.get(user_id=pk).full_name for pk in report] == IN_ORDER
    # a name is still found as typed
    assert TraineeProfile.objects.filter(full_name="Әлия Сәрсенқызы").count() == 1
    assert TraineeProfile.objects.filter(full_name__icontains="әлия").count() == 1
