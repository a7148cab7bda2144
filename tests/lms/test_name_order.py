"""Trainees' names, regions, organisations and qualification profiles in the Kazakh alphabet's
order in the lists the database sorts: on PostgreSQL with ICU (CI's, production's), where the
default order put Әлия after Яна and Қарағанды after every other region. SQLite, the demo's
database, sorts by code point."""

import pytest
from django.db import connection

from certificates import reports
from certificates.models import QualificationProfile
from lms import selectors, services
from lms.forms import ProfileForm
from lms.models import Organisation, Region, TraineeProfile
from tests.certificates.report_world import national
from tests.factories import CohortFactory, OrganisationFactory, curriculum_tree, trainee

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


@pytest.fixture
def kazakh_order():
    if not kazakh_collation():
        pytest.skip("needs PostgreSQL with ICU's Kazakh collation (CI sets DATABASE_URL)")


@pytest.mark.usefixtures("kazakh_order")
def test_trainees_are_listed_in_the_kazakh_alphabets_order():
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


@pytest.mark.usefixtures("kazakh_order")
def test_regions_organisations_and_profiles_are_listed_in_the_kazakh_alphabets_order():
    regions = [
        "Абай облысы",
        "Ақмола облысы",
        "Ақтөбе облысы",
        "Алматы облысы",
        "Атырау облысы",
        "Батыс Қазақстан облысы",
        "Жамбыл облысы",
        "Жетісу облысы",
        "Қарағанды облысы",
        "Қостанай облысы",
        "Қызылорда облысы",
        "Маңғыстау облысы",
        "Павлодар облысы",
        "Солтүстік Қазақстан облысы",
        "Түркістан облысы",
        "Ұлытау облысы",
        "Шығыс Қазақстан облысы",
    ]
    assert [r.name_kk for r in Region.objects.filter(kind=Region.Kind.REGION)] == regions
    # as the trainee's profile form offers them (the cities of national significance first)
    offered = [r.name_kk for r in ProfileForm().fields["region"].queryset]
    assert offered[-len(regions) :] == regions

    organisations = [
        "Армян мәдени орталығы",
        "Әзербайжан этномәдени бірлестігі",
        "Корей қауымдастығы",
        "Қарашай-балқар қоғамы",
        "Орыс мәдени орталығы",
        "Өзбек этномәдени орталығы",
        "Ұйғыр этномәдени орталығы",
        "Шешен-ингуш қоғамы",
    ]
    for name in reversed(organisations):
        OrganisationFactory(name_kk=name, name_ru=name, name_en=name)
    assert [o.name_kk for o in Organisation.objects.filter(name_kk__in=organisations)] == (
        organisations
    )

    profiles = ["Кәсіби медиатор", "Келіссөз жүргізуші", "Қоғамдық медиатор"]
    for index, name in enumerate(reversed(profiles)):
        QualificationProfile.objects.create(
            slug=f"order-{index}", name_kk=name, name_ru=name, name_en=name
        )
    listed = QualificationProfile.objects.filter(slug__startswith="order-")
    assert [p.name_kk for p in listed] == profiles
