"""The training statistics in the admin: the figures of each region and organisation for a year
or for all years, a total that counts each trainee once, the coordinator's scope, the exports
read back, refused filters, and a query count that does not grow with the population."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from django.utils import timezone

from certificates.models import Certificate
from lms.models import Attendance, Enrolment
from tests.certificates.report_world import certificate, coordinator, make_profile, national
from tests.factories import (
    CohortFactory,
    OrganisationFactory,
    SessionFactory,
    UserFactory,
    curriculum_tree,
    region,
    trainee,
)

pytestmark = pytest.mark.django_db

STATISTICS = "/admin/qualifications/statistics/"
THIS_YEAR = timezone.localdate().year
LAST_YEAR = THIS_YEAR - 1


def enrolled(person, course, *, year: int, completed: bool = False) -> Enrolment:
    moment = timezone.make_aware(datetime(year, 2, 1, 10, 0))
    return Enrolment.objects.create(
        trainee=person,
        course=course,
        enrolled_at=moment,
        status=Enrolment.Status.COMPLETED if completed else Enrolment.Status.ACTIVE,
        completed_on=date(year, 6, 1) if completed else None,
    )


def attended(person, session, *, present: bool = True) -> Attendance:
    hours = session.academic_hours if present else Decimal(0)
    return Attendance.objects.create(session=session, trainee=person, present=present, hours=hours)


@pytest.fixture
def world():
    """Five trainees: three in Turkistan (Aliya in two associations), Erlan in Pavlodar, Farida
    with no region; their enrolments, hours and certificates of this year and the last."""
    profile = make_profile()
    course = curriculum_tree(modules=1, lessons_per_module=1)["course"]
    first, second = OrganisationFactory(), OrganisationFactory()
    pavlodar = OrganisationFactory(region=region("pavlodar"))
    aliya, bolat, dana = (
        trainee(name, region=region("turkistan")) for name in ("aliya", "bolat", "dana")
    )
    erlan = trainee("erlan", region=region("pavlodar"))
    farida = trainee("farida", region=None)
    aliya.trainee_profile.organisations.add(first, second)
    bolat.trainee_profile.organisations.add(first)
    erlan.trainee_profile.organisations.add(pavlodar)

    enrolled(aliya, course, year=THIS_YEAR, completed=True)
    enrolled(bolat, course, year=LAST_YEAR, completed=True)
    enrolled(dana, course, year=THIS_YEAR)
    enrolled(erlan, course, year=THIS_YEAR, completed=True)
    cohort = CohortFactory(course=course)
    now = SessionFactory(cohort=cohort, date=date(THIS_YEAR, 3, 2), academic_hours=4)
    then = SessionFactory(cohort=cohort, date=date(LAST_YEAR, 3, 2), academic_hours=3)
    attended(aliya, now)
    attended(dana, now, present=False)
    attended(erlan, now)
    attended(bolat, then)

    this_year, last_year = date(THIS_YEAR, 3, 10), date(LAST_YEAR, 3, 10)
    certificate(aliya, profile, issued_on=this_year)
    certificate(aliya, None, issued_on=this_year, course=course)  # a course's: no holder
    certificate(bolat, profile, status="expired", issued_on=last_year)
    certificate(dana, profile, status="revoked", issued_on=this_year)
    certificate(erlan, profile, issued_on=this_year)
    certificate(farida, profile, status="issuing", issued_on=this_year)  # not issued yet
    return {
        "profile": profile,
        "course": course,
        "cohort": cohort,
        "organisations": (first, second, pavlodar),
    }


def table(response, profile) -> dict[str, list]:
    """Each row's figures by its label, the total's under "total": trainees, enrolled,
    completed, hours, issued, and the holders of `profile`."""
    assert response.status_code == 200
    keys = [key for key, _heading in response.context["columns"]]
    wanted = [keys.index(key) for key in ("trainees", "enrolled", "completed", "hours", "issued")]
    wanted.append(keys.index(f"holders-{profile.pk}"))
    rows = {row[0]: [row[i] for i in wanted] for row in response.context["rows"]}
    rows["total"] = [response.context["total"][i] for i in wanted]
    return rows


def test_each_region_in_a_year_and_in_all_years(client, world):
    profile = world["profile"]
    client.force_login(national())
    this_year = table(client.get(STATISTICS), profile)  # this year, by region: the default
    assert this_year == {
        "Turkistan Region": [3, 2, 1, 4, 3, 1],  # Aliya's two certificates, Dana's revoked one
        "Pavlodar Region": [1, 1, 1, 4, 1, 1],
        "No region": [1, 0, 0, 0, 0, 0],  # Farida's certificate is still being issued
        "total": [5, 3, 2, 8, 4, 2],
    }
    labels = [row[0] for row in client.get(STATISTICS).context["rows"]]
    assert labels == ["Pavlodar Region", "Turkistan Region", "No region"]  # none last
    every_year = table(client.get(STATISTICS, {"year": ""}), profile)
    assert every_year["Turkistan Region"] == [3, 3, 2, 7, 4, 1]
    assert every_year["total"] == [5, 4, 3, 11, 5, 2]
    last_year = table(client.get(STATISTICS, {"year": LAST_YEAR}), profile)
    assert last_year["Turkistan Region"] == [3, 1, 1, 3, 1, 1]  # holders: today's


def test_by_organisation_a_trainee_of_two_counts_in_each_and_once_in_the_total(client, world):
    profile = world["profile"]
    first, second, pavlodar = (o.name_en for o in world["organisations"])
    client.force_login(national())
    response = client.get(STATISTICS, {"by": "organisation"})
    assert table(response, profile) == {
        first: [2, 1, 1, 4, 2, 1],  # Aliya and Bolat
        second: [1, 1, 1, 4, 2, 1],  # Aliya
        pavlodar: [1, 1, 1, 4, 1, 1],
        "No organisation": [2, 1, 0, 0, 1, 0],  # Dana and Farida
        "total": [5, 3, 2, 8, 4, 2],
    }
    assert "counts in each of them, and once in the total" in response.text


def test_a_coordinator_sees_their_region_only_in_the_page_and_the_exports(client, world):
    profile = world["profile"]
    client.force_login(coordinator("turkistan"))
    assert table(client.get(STATISTICS), profile) == {
        "Turkistan Region": [3, 2, 1, 4, 3, 1],
        "total": [3, 2, 1, 4, 3, 1],
    }
    export = client.get(STATISTICS, {"export": "csv"})
    assert export["Content-Disposition"].endswith(f'statistics-region-{THIS_YEAR}.csv"')
    lines = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert lines[0][:3] == ["Region", "Trainees", "Enrolled in a course"]
    assert f"Holders: {profile.name_en}" in lines[0]
    assert [line[:6] for line in lines[1:]] == [
        ["Turkistan Region", "3", "2", "1", "4.0", "3"],
        ["All trainees", "3", "2", "1", "4.0", "3"],
    ]


def test_the_xlsx_export_reads_back_with_numbers_as_numbers(client, world):
    client.force_login(national())
    export = client.get(STATISTICS, {"by": "organisation", "year": "", "export": "xlsx"})
    assert export["Content-Disposition"].endswith('statistics-organisation-all.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(export.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Organisation", "Trainees")
    assert rows[-1][:6] == ("All trainees", 5, 4, 3, 11, 5)


def test_a_bad_filter_is_refused_with_the_reason(client, world):
    client.force_login(national())
    for query in ({"year": "abc"}, {"year": "1990"}, {"by": "association"}):
        response = client.get(STATISTICS, query)
        assert response.status_code == 400 and response.context["form"].errors, query
        assert "statistics" not in response.context


def test_the_page_is_in_the_readers_language_and_for_report_staff_only(client, world):
    client.force_login(UserFactory(username="kazakh-admin", groups=["Administrators"]))
    page = client.get(STATISTICS).text
    assert "Оқу статистикасы" in page and "Түркістан облысы" in page
    client.force_login(coordinator("turkistan"))
    assert STATISTICS in client.get("/admin/").text  # in the Qualification reports menu
    client.force_login(UserFactory(username="author", groups=["Instructors"]))
    response = client.get(STATISTICS)
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    client.force_login(trainee("curious"))
    assert client.get(STATISTICS).status_code in (302, 403)


def test_the_page_runs_the_same_number_of_queries_for_any_population(client, world, count_queries):
    profile, course, cohort = world["profile"], world["course"], world["cohort"]
    client.force_login(national())
    session = SessionFactory(cohort=cohort, date=date(THIS_YEAR, 4, 6), academic_hours=2)

    def add_trainees(start: int, stop: int):
        for index in range(start, stop):
            area = ("turkistan", "pavlodar", "almaty")[index % 3]
            person = trainee(f"many-{index}", region=region(area))
            person.trainee_profile.organisations.add(world["organisations"][index % 3])
            enrolled(person, course, year=THIS_YEAR, completed=index % 2 == 0)
            attended(person, session)
            certificate(person, profile, issued_on=date(THIS_YEAR, 5, 1))

    def queries() -> dict[str, int]:
        return {
            name: count_queries(lambda query=query: client.get(STATISTICS, query))
            for name, query in {
                "region": {},
                "organisation": {"by": "organisation", "year": ""},
            }.items()
        }

    queries()  # warm the caches (content types, the site's root paths)
    few = queries()
    add_trainees(0, 12)
    assert queries() == few
    assert table(client.get(STATISTICS), profile)["total"][0] == 17
    assert Certificate.objects.count() == 18


def test_rows_are_in_the_alphabets_order():
    from certificates.training_statistics import alphabetical

    names = [
        "Ұлытау облысы",
        "Түркістан облысы",
        "Қарағанды облысы",
        "Павлодар облысы",
        "Абай облысы",
    ]
    assert sorted(names, key=alphabetical) == [
        "Абай облысы",
        "Қарағанды облысы",
        "Павлодар облысы",
        "Түркістан облысы",
        "Ұлытау облысы",
    ]
    assert sorted(["Турция", "Ёлка", "Яр", "Ель"], key=alphabetical) == [
        "Ель",
        "Ёлка",
        "Турция",
        "Яр",
    ]
    assert sorted(["Zhetysu", "Abai", "almaty"], key=alphabetical) == ["Abai", "almaty", "Zhetysu"]
