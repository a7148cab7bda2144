"""Bulk import of trainees: a bad row saves nothing, a good file saves everything, again changes
nothing; CSV and XLSX; the command and the admin screen."""

import csv
import io
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from lms.importers import COLUMNS, import_trainees
from lms.models import Enrolment, PersonalDataConsent, StaffScope, TraineeProfile
from tests.factories import CohortFactory, OrganisationFactory, UserFactory, curriculum_tree, region

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def admin():
    return UserFactory(username="national", groups=["Administrators"], is_superuser=True)


@pytest.fixture
def course():
    course = curriculum_tree(modules=1, lessons_per_module=1)["course"]
    return course


def good_rows(course, count=3, cohort=None):
    association = OrganisationFactory(name_kk="Корей этномәдени орталығы")
    rows = []
    for i in range(count):
        rows.append(
            {
                "email": f"trainee{i}@example.kz",
                "full_name": "Сәуле Жұмабаева",
                "full_name_latin": "Saule Zhumabayeva",
                "date_of_birth": "1980-05-17",
                "iin": "",
                "phone": "+7 701 000 00 00",
                "region": "turkistan",
                "organisations": association.name_kk,
                "languages": "kk; ru",
                "education_level": "higher",
                "course": course.slug,
                "cohort": cohort.title if cohort else "",
                "consent": "иә",
            }
        )
    rows[0]["iin"] = "900101300017"
    return rows


def as_csv(rows, delimiter=","):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def as_xlsx(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row[c] for c in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def run(content: bytes, name: str, user, dry_run=False):
    return import_trainees(ContentFile(content), name, user=user, dry_run=dry_run)


def test_a_good_file_saves_every_trainee_profile_enrolment_and_consent(admin, course):
    report = run(as_csv(good_rows(course)), "trainees.csv", admin)
    assert report.ok and report.saved
    assert (report.created, report.enrolled) == (3, 3)
    profile = TraineeProfile.objects.get(user__email="trainee0@example.kz")
    assert profile.region.code == "turkistan"
    assert profile.mediation_languages == ["kk", "ru"]
    assert profile.organisations.count() == 1
    assert profile.user.groups.filter(name="Trainees").exists()
    assert not profile.user.has_usable_password()  # they set one through password reset
    assert Enrolment.objects.filter(course_key=course.translation_key).count() == 3
    consent = PersonalDataConsent.objects.get(user=profile.user)
    assert consent.recorded_by == admin


def test_one_bad_row_saves_nothing_and_every_bad_row_is_listed(admin, course):
    rows = good_rows(course, count=5)
    rows[1]["email"] = "not-an-email"
    rows[2]["region"] = "Atlantis"
    rows[3]["full_name"] = "Saule Latin"
    rows[4]["iin"] = "900101300018"
    report = run(as_csv(rows), "trainees.csv", admin)
    assert not report.saved
    assert {p.line for p in report.problems} == {3, 4, 5, 6}
    reasons = " ".join(p.reason for p in report.problems)
    assert "not-an-email" in reasons and "Atlantis" in reasons
    assert not User.objects.filter(email__startswith="trainee").exists()
    assert not Enrolment.objects.exists()


def test_duplicates_inside_the_file_are_reported(admin, course):
    rows = good_rows(course, count=2)
    rows[1]["email"] = rows[0]["email"]
    report = run(as_csv(rows), "trainees.csv", admin)
    assert [p.line for p in report.problems] == [3]


def test_importing_the_same_file_twice_changes_nothing(admin, course):
    content = as_csv(good_rows(course))
    run(content, "trainees.csv", admin)
    counts = (User.objects.count(), Enrolment.objects.count(), PersonalDataConsent.objects.count())
    report = run(content, "trainees.csv", admin)
    assert report.saved and (report.created, report.updated, report.enrolled) == (0, 0, 0)
    assert counts == (
        User.objects.count(),
        Enrolment.objects.count(),
        PersonalDataConsent.objects.count(),
    )


def test_xlsx_and_semicolon_csv_are_read_like_csv(admin, course):
    cohort = CohortFactory(course=course, capacity=10)
    assert run(as_xlsx(good_rows(course, cohort=cohort)), "t.xlsx", admin).saved
    assert Enrolment.objects.filter(cohort=cohort).count() == 3
    other = curriculum_tree(modules=1, lessons_per_module=1)["course"]
    rows = [dict(row, email="x" + row["email"], iin="") for row in good_rows(other)]
    assert run(as_csv(rows, delimiter=";"), "t.csv", admin).saved


def test_dry_run_checks_but_saves_nothing(admin, course):
    report = run(as_csv(good_rows(course)), "trainees.csv", admin, dry_run=True)
    assert report.ok and not report.saved and len(report.rows) == 3
    assert not TraineeProfile.objects.exists()


def test_a_coordinator_cannot_import_trainees_of_another_region(course):
    coordinator = UserFactory(username="coordinator", groups=["Coordinators"])
    StaffScope.objects.create(user=coordinator, region=region("pavlodar"))
    rows = as_csv(good_rows(course))  # of Turkistan
    report = run(rows, "trainees.csv", coordinator)
    assert not report.saved and len(report.problems) == 3
    local = UserFactory(username="coordinator-turkistan", groups=["Coordinators"])
    StaffScope.objects.create(user=local, region=region("turkistan"))
    assert run(rows, "trainees.csv", local).saved


def test_the_command_exits_non_zero_and_saves_nothing_on_a_bad_file(admin, course, tmp_path):
    rows = good_rows(course)
    rows[2]["education_level"] = "kindergarten"
    path = Path(tmp_path / "bad.csv")
    path.write_bytes(as_csv(rows))
    errors = StringIO()
    with pytest.raises(CommandError):
        call_command("import_trainees", str(path), stderr=errors, stdout=StringIO())
    assert errors.getvalue().startswith("4")  # the line, in the site's language ("4-жол: ...")
    assert "kindergarten" in errors.getvalue()
    assert not TraineeProfile.objects.exists()


def test_the_command_imports_a_good_file_and_its_dry_run_does_not(admin, course, tmp_path):
    path = Path(tmp_path / "good.xlsx")
    path.write_bytes(as_xlsx(good_rows(course)))
    call_command("import_trainees", str(path), "--dry-run", stdout=StringIO())
    assert not TraineeProfile.objects.exists()
    call_command("import_trainees", str(path), stdout=StringIO())
    assert TraineeProfile.objects.count() == 3


def test_a_file_of_another_kind_is_a_clear_error(admin, tmp_path):
    path = Path(tmp_path / "trainees.pdf")
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(CommandError, match="csv"):
        call_command("import_trainees", str(path), stdout=StringIO(), stderr=StringIO())


def test_admin_screen_checks_then_imports_the_checked_file(client, admin, course):
    client.force_login(admin)
    upload = ContentFile(as_csv(good_rows(course)), name="trainees.csv")
    response = client.post("/admin/lms/import/", {"file": upload})
    assert response.status_code == 200
    token = response.context["token"]
    assert token and not TraineeProfile.objects.exists()
    response = client.post("/admin/lms/import/", {"token": token})
    assert response.status_code == 302
    assert TraineeProfile.objects.count() == 3


def test_admin_screen_lists_bad_rows_with_a_4xx_and_saves_nothing(client, admin, course):
    rows = good_rows(course)
    rows[1]["course"] = "no-such-course"
    client.force_login(admin)
    upload = ContentFile(as_csv(rows), name="trainees.csv")
    response = client.post("/admin/lms/import/", {"file": upload})
    assert response.status_code == 422
    assert "no-such-course" in response.content.decode()
    assert not TraineeProfile.objects.exists()


def test_admin_screen_refuses_a_token_that_is_not_a_checked_file(client, admin):
    client.force_login(admin)
    response = client.post("/admin/lms/import/", {"token": "../../settings.py"})
    assert response.status_code == 302
    assert not TraineeProfile.objects.exists()


def test_checking_500_rows_costs_no_more_queries_than_checking_5(admin, course, count_queries):
    from lms.importers import check_rows

    def rows(n):
        base = good_rows(course, count=1)[0]
        return [dict(base, email=f"bulk{i}@example.kz", iin="") for i in range(n)]

    small, large = rows(5), rows(500)
    assert count_queries(lambda: check_rows(small, user=admin)) == count_queries(
        lambda: check_rows(large, user=admin)
    )
    assert run(as_csv(large), "bulk.csv", admin).saved
    assert TraineeProfile.objects.count() == 500
