"""The staff lists of the admin fetch what a row shows (a trainee's region, a cohort's region, a
practice record's trainee and supervisor) with the rows, so a longer list costs no more queries.
The query-discipline benchmark (bench/scenarios/queries.py) found each of them at one query per
row."""

from datetime import date

import pytest

from lms.models import PracticeRecord, Region
from tests.factories import CohortFactory, UserFactory, curriculum_tree, trainee

pytestmark = pytest.mark.django_db

LISTS = ["/admin/lms/trainees/", "/admin/lms/cohorts/", "/admin/lms/practice-records/"]


@pytest.fixture
def national(client):
    client.force_login(UserFactory(username="national", is_superuser=True))
    return client


@pytest.fixture
def course():
    return curriculum_tree(modules=1, lessons_per_module=1)["course"]


def add_rows(course, count: int) -> None:
    """`count` trainees, cohorts and practice records, each row naming a different region,
    trainee and supervisor."""
    regions = list(Region.objects.order_by("pk"))
    start = PracticeRecord.objects.count()
    for i in range(start, start + count):
        region = regions[i % len(regions)]
        person = trainee(f"listed{i}", region=region)
        CohortFactory(course=course, region=region)
        PracticeRecord.objects.create(
            trainee=person,
            supervisor=UserFactory(username=f"supervisor{i}"),
            date=date(2026, 10, 1 + i),
            kind=PracticeRecord.Kind.OBSERVED,
            role=PracticeRecord.Role.OBSERVER,
            outcome=PracticeRecord.Outcome.AGREEMENT,
        )


@pytest.mark.parametrize("url", LISTS)
def test_a_staff_list_runs_the_same_queries_for_two_rows_or_eight(
    national, count_queries, course, url
):
    add_rows(course, 2)
    national.get(url)  # what the process caches on a first request
    few = count_queries(lambda: national.get(url))
    add_rows(course, 6)
    many = count_queries(lambda: national.get(url))
    assert national.get(url).status_code == 200
    assert many == few
