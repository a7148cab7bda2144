"""The admin lists of trainees' records (documents, register entries, exclusion flags,
elections) fetch each row's trainee with the rows: a longer list costs no more queries. The
query-discipline benchmark (bench/scenarios/queries.py) found them at one query per row."""

from datetime import date

import pytest

from certificates.models import ElectionRecord, ExclusionFlag, RegisterEntry, TraineeDocument
from tests.factories import UserFactory, trainee

pytestmark = pytest.mark.django_db

LISTS = [
    "/admin/qualifications/documents/",
    "/admin/qualifications/register/",
    "/admin/qualifications/flags/",
    "/admin/qualifications/elections/",
]


@pytest.fixture
def national(client):
    client.force_login(UserFactory(username="national", is_superuser=True))
    return client


def add_records(count: int) -> None:
    start = TraineeDocument.objects.count()
    for i in range(start, start + count):
        person = trainee(f"recorded{i}")
        TraineeDocument.objects.create(
            trainee=person, kind=TraineeDocument.Kind.MEDICAL, issued_on=date(2026, 1, 1)
        )
        RegisterEntry.objects.create(
            trainee=person,
            register=RegisterEntry.Register.PUBLIC,
            number=str(100 + i),
            entered_on=date(2026, 2, 1),
        )
        ExclusionFlag.objects.create(
            trainee=person, kind=ExclusionFlag.Kind.choices[0][0], since=date(2026, 3, 1)
        )
        ElectionRecord.objects.create(
            trainee=person, body="Жиналыс", protocol_number=str(i), protocol_date=date(2026, 4, 1)
        )


@pytest.mark.parametrize("url", LISTS)
def test_a_records_list_runs_the_same_queries_for_two_rows_or_eight(national, count_queries, url):
    add_records(2)
    national.get(url)  # what the process caches on a first request
    few = count_queries(lambda: national.get(url))
    add_records(6)
    many = count_queries(lambda: national.get(url))
    assert national.get(url).status_code == 200
    assert many == few
