"""Quiz reports for staff: the attempts overview and its exports, Moodle's question statistics,
the scope of what a coordinator sees, fixed query counts, and who may open the reports."""

import csv
import io
from datetime import datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone, translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from assessments import reports, services
from assessments.models import Attempt
from lms import exports
from lms import services as lms_services
from lms.models import StaffScope
from tests.factories import (
    UserFactory,
    curriculum_tree,
    quiz_page,
    region,
    single_choice,
    trainee,
    translate_tree,
)

pytestmark = pytest.mark.django_db

REPORTS = "/admin/assessments/reports/"
ATTEMPTS = "/admin/assessments/reports/attempts/"
TAKEN_ON = timezone.make_aware(datetime(2026, 5, 4, 10, 0))
DURATION = timedelta(minutes=5, seconds=30)


def with_report_permission(user):
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="assessments", codename="view_reports")
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks English to this user
    profile.save()
    return user


def coordinator(area: str):
    user = UserFactory(username=f"coordinator-{area}", groups=["Coordinators"])
    StaffScope.objects.create(user=user, region=region(area))
    return with_report_permission(user)


def take(quiz, user, *, right: set[str], at: datetime, submit: bool = True):
    """An attempt through the services: questions named in `right` answered right, the rest
    wrong; submitted 5 min 30 s after it started."""
    attempt = services.start_attempt(trainee=user, quiz=quiz, now=at)
    responses = {
        str(answer.position): {"choice": "a" if answer.question.name.split()[0] in right else "b"}
        for answer in attempt.answers.select_related("question")
    }
    services.save_answers(attempt=attempt, trainee=user, responses=responses, now=at)
    if not submit:
        return attempt
    return services.submit_attempt(attempt=attempt, trainee=user, now=at + DURATION)


@pytest.fixture
def world():
    """A quiz of three questions (Q1 and Q2 worth 1 mark, Q3 worth 2) in Kazakh and Russian.

    Turkistan trainees A, B, C and D, first attempts (right answers):
        A: Q1 Q2 Q3 -> 4/4 = 100 %     B: Q1 Q2 -> 2/4 = 50 %
        C: Q1       -> 1/4 =  25 %     D: Q3    -> 2/4 = 50 %  (in Russian)
    D tries again with every answer right (100 %); F, also of Turkistan, has not submitted; E of
    Pavlodar answers everything wrong. Q1 is edited after B's attempt, so C and D answer its
    second version; D sees Q2 in its Russian translation.
    """
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    q1 = single_choice(name="Q1")
    q2 = single_choice(name="Q2")
    q3 = single_choice(name="Q3", default_mark=Decimal(2))
    quiz = quiz_page(
        tree["modules"][0], questions=[q1, q2, q3], title="Қорытынды тест", max_attempts=0
    )
    translate_tree(tree, "ru")
    quiz_ru = quiz.copy_for_translation(Locale.objects.get(language_code="ru"))
    quiz_ru.save_revision().publish()
    single_choice(name="Q2 по-русски", language="ru", translation_key=q2.translation_key)

    people = {}
    for name, area, full_name in [
        ("a", "turkistan", "Әлия Сәрсенқызы"),
        ("b", "turkistan", "Бекзат Нұрланұлы"),
        ("c", "turkistan", "Гүлнар Оспанова"),
        ("d", "turkistan", "Дәурен Қасымов"),
        ("e", "pavlodar", "Ерлан Төлеуұлы"),
        ("f", "turkistan", "Жанар Әбенова"),
    ]:
        people[name] = trainee(f"trainee-{name}", region=region(area), full_name=full_name)
        lms_services.enrol(trainee=people[name], course=tree["course"])

    take(quiz, people["a"], right={"Q1", "Q2", "Q3"}, at=TAKEN_ON)
    take(quiz, people["b"], right={"Q1", "Q2"}, at=TAKEN_ON + timedelta(hours=1))
    services.revise_question(question=q1, changes={"text": "<p>Жаңа мәтін</p>"})
    take(quiz, people["c"], right={"Q1"}, at=TAKEN_ON + timedelta(hours=2))
    take(quiz_ru, people["d"], right={"Q3"}, at=TAKEN_ON + timedelta(hours=3))
    take(quiz_ru, people["d"], right={"Q1", "Q2", "Q3"}, at=TAKEN_ON + timedelta(hours=4))
    take(quiz, people["e"], right=set(), at=TAKEN_ON + timedelta(hours=5))
    take(quiz, people["f"], right=set(), at=TAKEN_ON + timedelta(hours=6), submit=False)
    return {"tree": tree, "quiz": quiz, "quiz_ru": quiz_ru, "people": people, "q2": q2}


# --- statistics -------------------------------------------------------------------------------


def by_name(stats):
    return {question.name.split()[0]: question for question in stats.questions}


def test_statistics_match_moodles_formulas_over_first_attempts(world):
    stats = reports.quiz_statistics(world["quiz"], coordinator("turkistan"))
    # Hand computation over A, B, C, D (first attempts; E is out of scope, F never submitted).
    # Q1 x = 1,1,1,0; rest X - x = 3,1,0,2.  F = 75.  SD = sqrt(0.75/3) = 0.5 -> 50.
    #    Σdx·dX = -0.5, Σdx² = 0.75, ΣdX² = 5       r = -0.5/sqrt(3.75)   -> D = -25.819889
    # Q2 x = 1,1,0,0; rest = 3,1,1,2.  F = 50.  SD = sqrt(1/3) = 0.577350 -> 57.735027
    #    Σdx·dX = 0.5, Σdx² = 1, ΣdX² = 2.75        r = 0.5/sqrt(2.75)    -> D = 30.151134
    # Q3 x = 2,0,0,2 (of 2); rest = 2,2,1,0. F = 50. SD of fractions 1,0,0,1 -> 57.735027
    #    Σdx·dX = -1, Σdx² = 4, ΣdX² = 2.75         r = -1/sqrt(11)       -> D = -30.151134
    assert [q.name.split()[0] for q in stats.questions] == ["Q1", "Q2", "Q3"]
    q1, q2, q3 = (by_name(stats)[name] for name in ("Q1", "Q2", "Q3"))
    assert (q1.count, q2.count, q3.count) == (4, 4, 4)  # versions and translations counted as one
    assert q1.facility == pytest.approx(75.0)
    assert q1.standard_deviation == pytest.approx(50.0)
    assert q1.discrimination == pytest.approx(-25.819889, abs=1e-5)
    assert q2.facility == pytest.approx(50.0)
    assert q2.standard_deviation == pytest.approx(57.735027, abs=1e-5)
    assert q2.discrimination == pytest.approx(30.151134, abs=1e-5)
    assert q3.facility == pytest.approx(50.0)
    assert q3.standard_deviation == pytest.approx(57.735027, abs=1e-5)
    assert q3.discrimination == pytest.approx(-30.151134, abs=1e-5)
    # grades 100, 50, 25, 50: mean 56.25, median 50, SD = sqrt(2968.75/3) = 31.457643
    assert stats.attempt_count == 4
    assert stats.mean == pytest.approx(56.25)
    assert stats.median == pytest.approx(50.0)
    assert stats.standard_deviation == pytest.approx(31.457643, abs=1e-5)


def test_statistics_over_all_graded_attempts_count_second_tries(world):
    stats = reports.quiz_statistics(world["quiz"], coordinator("turkistan"), all_attempts=True)
    # D's second attempt (4/4) joins: grades 100, 50, 25, 50, 100 -> mean 65; Q1 x = 1,1,1,0,1
    assert stats.attempt_count == 5
    assert stats.mean == pytest.approx(65.0)
    assert by_name(stats)["Q1"].facility == pytest.approx(80.0)
    assert by_name(stats)["Q1"].count == 5


def test_a_question_label_follows_the_viewers_language(world):
    viewer = coordinator("turkistan")
    with translation.override("ru"):
        assert by_name(reports.quiz_statistics(world["quiz"], viewer))["Q2"].name == "Q2 по-русски"
    with translation.override("kk"):
        assert by_name(reports.quiz_statistics(world["quiz"], viewer))["Q2"].name == "Q2"


def test_discrimination_is_undefined_when_a_question_does_not_vary(world):
    # a Pavlodar coordinator sees E's attempt alone: nothing varies, so SD and D are undefined
    stats = reports.quiz_statistics(world["quiz"], coordinator("pavlodar"))
    assert stats.attempt_count == 1
    assert stats.mean == pytest.approx(0.0)
    assert stats.standard_deviation is None
    q1 = by_name(stats)["Q1"]
    assert (q1.count, q1.facility, q1.standard_deviation, q1.discrimination) == (1, 0.0, None, None)


# --- scope ------------------------------------------------------------------------------------


def usernames(rows):
    return sorted({row["trainee__username"] for row in rows})


def test_a_coordinator_sees_only_the_attempts_of_their_region(world):
    rows = list(reports.attempt_rows(coordinator("turkistan"), quiz=world["quiz"]))
    assert usernames(rows) == ["trainee-a", "trainee-b", "trainee-c", "trainee-d", "trainee-f"]
    assert len(rows) == 6  # D twice


def test_a_coordinator_of_another_region_sees_none_of_the_rows(client, world):
    stranger = coordinator("almaty")
    assert list(reports.attempt_rows(stranger, quiz=world["quiz"])) == []
    assert reports.quiz_statistics(world["quiz"], stranger).attempt_count == 0
    client.force_login(stranger)
    response = client.get(ATTEMPTS, {"quiz": world["quiz"].pk, "export": "csv"})
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(lines) == 1  # the headings only
    page = client.get(ATTEMPTS, {"quiz": world["quiz"].pk})
    assert "trainee-a" not in page.content.decode()


def test_national_staff_see_every_attempt_with_the_name_when_there_is_a_profile(world):
    national = with_report_permission(UserFactory(username="national", is_superuser=True))
    nameless = UserFactory(username="trainee-g", groups=["Trainees"])
    lms_services.enrol(trainee=nameless, course=world["tree"]["course"])
    take(world["quiz"], nameless, right={"Q1"}, at=TAKEN_ON + timedelta(hours=7))
    rows = {
        (row["trainee__username"], row["number"]): row
        for row in reports.attempt_rows(national, quiz=world["quiz"])
    }
    assert len(rows) == 8
    assert rows[("trainee-e", 1)]["trainee__trainee_profile__full_name"] == "Ерлан Төлеуұлы"
    assert rows[("trainee-g", 1)]["trainee__trainee_profile__full_name"] is None


def test_filters_by_state_and_result(world):
    viewer = coordinator("turkistan")
    quiz = world["quiz"]
    in_progress = reports.attempt_rows(viewer, quiz=quiz, state=Attempt.State.IN_PROGRESS)
    assert usernames(in_progress) == ["trainee-f"]
    passed = reports.attempt_rows(viewer, quiz=quiz, passed=True)
    assert [(r["trainee__username"], r["number"]) for r in passed] == [
        ("trainee-a", 1),
        ("trainee-d", 2),
    ]
    assert len(reports.attempt_rows(viewer, quiz=quiz, passed=False)) == 3


# --- exports ----------------------------------------------------------------------------------

HEADINGS = [
    "Quiz",
    "Username",
    "Full name",
    "Attempt",
    "State",
    "Started",
    "Submitted",
    "Duration",
    "Score",
    "Maximum score",
    "Grade (%)",
    "Passed",
]


def test_the_csv_export_streams_one_row_per_visible_attempt(client, world):
    client.force_login(coordinator("turkistan"))
    response = client.get(ATTEMPTS, {"quiz": world["quiz"].pk, "export": "csv"})
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert lines[0] == HEADINGS
    rows = {(line[1], line[3]): line for line in lines[1:]}
    assert len(rows) == 6
    started = timezone.localtime(TAKEN_ON).strftime("%Y-%m-%d %H:%M:%S")
    submitted = timezone.localtime(TAKEN_ON + DURATION).strftime("%Y-%m-%d %H:%M:%S")
    assert rows[("trainee-a", "1")] == [
        "Қорытынды тест",
        "trainee-a",
        "Әлия Сәрсенқызы",
        "1",
        "Graded",
        started,
        submitted,
        "0:05:30",
        "4.00",
        "4.00",
        "100.00",
        "yes",
    ]
    assert rows[("trainee-c", "1")][8:] == ["1.00", "4.00", "25.00", "no"]
    in_progress = rows[("trainee-f", "1")]
    assert in_progress[4] == "In progress"
    assert in_progress[6:] == ["", "", "", "4.00", "", ""]


def test_the_xlsx_export_reads_back_with_typed_cells(client, world):
    client.force_login(coordinator("turkistan"))
    response = client.get(
        ATTEMPTS, {"quiz": world["quiz"].pk, "state": "graded", "passed": "yes", "export": "xlsx"}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_CONTENT_TYPE
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == HEADINGS
    assert [(row[1], row[3]) for row in values[1:]] == [("trainee-a", 1), ("trainee-d", 2)]
    aliya = values[1]
    assert aliya[2] == "Әлия Сәрсенқызы"
    assert aliya[4] == "Graded"
    assert aliya[5] == timezone.make_naive(TAKEN_ON)
    assert aliya[6] == timezone.make_naive(TAKEN_ON + DURATION)
    assert aliya[7] == DURATION
    assert (aliya[8], aliya[9], aliya[10], aliya[11]) == (4, 4, 100, True)


def test_text_that_looks_like_a_formula_stays_text_in_both_exports(client, world):
    user = UserFactory(username="=HYPERLINK", groups=["Trainees"])
    national = with_report_permission(UserFactory(username="national", is_superuser=True))
    lms_services.enrol(trainee=user, course=world["tree"]["course"])
    take(world["quiz"], user, right=set(), at=TAKEN_ON)
    client.force_login(national)
    query = {"quiz": world["quiz"].pk, "export": "csv"}
    text = b"".join(client.get(ATTEMPTS, query).streaming_content).decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    query["export"] = "xlsx"
    content = b"".join(client.get(ATTEMPTS, query).streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).worksheets[0]
    assert "=HYPERLINK" in [row[1] for row in sheet.iter_rows(values_only=True)]


# --- query counts -----------------------------------------------------------------------------


def more_attempts(world, count: int):
    for index in range(count):
        user = trainee(f"trainee-more-{index}", region=region("turkistan"))
        lms_services.enrol(trainee=user, course=world["tree"]["course"])
        take(world["quiz"], user, right={"Q2"}, at=TAKEN_ON + timedelta(days=1, hours=index))


def test_reports_run_the_same_number_of_queries_however_many_attempts(client, world, count_queries):
    client.force_login(coordinator("turkistan"))
    quiz = world["quiz"]
    urls = {
        "index": (REPORTS, {}),
        "attempts": (ATTEMPTS, {"quiz": quiz.pk}),
        "statistics": (f"{REPORTS}quizzes/{quiz.pk}/statistics/", {"attempts": "all"}),
        "csv": (ATTEMPTS, {"quiz": quiz.pk, "export": "csv"}),
        "xlsx": (ATTEMPTS, {"quiz": quiz.pk, "export": "xlsx"}),
    }

    def fetch(url, query):
        response = client.get(url, query)
        assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)

    def counts():
        return {
            name: count_queries(lambda url=url, query=query: fetch(url, query))
            for name, (url, query) in urls.items()
        }

    counts()  # warm the caches (content types, site root paths)
    before = counts()
    more_attempts(world, 4)
    after = counts()
    assert after == before
    assert len(list(reports.attempt_rows(coordinator("turkistan"), quiz=quiz))) == 10


# --- who may see the reports ------------------------------------------------------------------


def test_a_trainee_is_kept_out_of_the_reports(client, world):
    client.force_login(world["people"]["a"])
    for url in (REPORTS, ATTEMPTS, f"{REPORTS}quizzes/{world['quiz'].pk}/statistics/"):
        assert client.get(url).status_code in (302, 403)
    assert client.get(ATTEMPTS, {"export": "csv"}).status_code in (302, 403)


def test_staff_without_the_report_permission_are_turned_away_and_see_no_menu_item(client, world):
    user = UserFactory(username="editor")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)
    for url in (REPORTS, ATTEMPTS, f"{REPORTS}quizzes/{world['quiz'].pk}/statistics/"):
        response = client.get(url, {"export": "csv"})
        # Wagtail answers a refused admin view by sending the user back to the dashboard
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert REPORTS not in client.get("/admin/").content.decode()


def test_the_reports_pages_list_the_quiz_once_and_show_the_rows(client, world):
    client.force_login(coordinator("turkistan"))
    home = client.get("/admin/").content.decode()
    assert REPORTS in home
    index = client.get(REPORTS)
    assert index.status_code == 200
    listing = index.context["quizzes"]
    # one entry for both languages, in Kazakh (there is no English version); A B C D D F
    assert [(q.page.pk, q.languages, q.attempt_count) for q in listing] == [
        (world["quiz"].pk, ["kk", "ru"], 6)
    ]
    page = client.get(ATTEMPTS, {"quiz": world["quiz_ru"].pk, "state": "graded"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<caption>" in html and 'scope="col"' in html
    assert "Әлия Сәрсенқызы" in html and "trainee-f" not in html
    statistics = client.get(f"{REPORTS}quizzes/{world['quiz'].pk}/statistics/")
    assert statistics.status_code == 200
    assert statistics.context["statistics"].attempt_count == 4
    assert "Facility index" in statistics.content.decode()


def test_a_bad_filter_is_refused_with_the_reason(client, world):
    client.force_login(coordinator("turkistan"))
    response = client.get(ATTEMPTS, {"quiz": 999999, "export": "csv"})
    assert response.status_code == 400
    assert "Choose a quiz from the list." in response.content.decode()
