"""`seed_scale` adds a synthetic national-scale population on top of the demo for benchmarks:
realistic and consistent rows, nothing added by a second run, and an exam day its takers can
start at once."""

import re
from collections import Counter
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Page

from assessments.models import Attempt, QuizPage
from assessments.services import start_attempt
from certificates.eligibility import evaluate_population
from certificates.models import Certificate, QualificationProfile, SerialCounter
from cms.demo import scale
from lms import gating
from lms.models import (
    Attendance,
    Cohort,
    Completion,
    Enrolment,
    Organisation,
    PersonalDataConsent,
    PracticeRecord,
    ScheduleChange,
    Session,
    TraineeProfile,
)

TRAINEES, TAKERS = 150, 5  # enough for a few certificates and eligible trainees
KAZAKH_ONLY_LETTERS = set("ӘҒҚҢӨҰҮҺІәғқңөұүһі")


@pytest.fixture(scope="module")
def population(demo_database, django_db_blocker):
    """150 bench trainees (5 of them exam takers) on the demo, built once for the module inside
    the demo's transaction (`demo_database`), which is rolled back when the module is done."""
    with django_db_blocker.unblock():
        output = StringIO()
        call_command("seed_scale", trainees=TRAINEES, exam_takers=TAKERS, force=True, stdout=output)
    return output.getvalue()


def bench_trainees():
    return get_user_model().objects.filter(username__regex=r"^bench-\d{6}$")


def table_sizes() -> dict[str, int]:
    models = [
        get_user_model(),
        TraineeProfile,
        PersonalDataConsent,
        Organisation,
        Cohort,
        Session,
        Enrolment,
        Completion,
        Attendance,
        Attempt,
        PracticeRecord,
        Certificate,
        ScheduleChange,
    ]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.django_db
def test_every_bench_trainee_has_a_profile_with_a_region_and_consent(population):
    trainees = bench_trainees()
    assert trainees.count() == TRAINEES
    assert set(trainees.values_list("username", flat=True)) == {
        f"bench-{i:06d}" for i in range(TRAINEES)
    }
    assert trainees.filter(groups__name="Trainees").count() == TRAINEES
    profiles = TraineeProfile.objects.filter(user__in=trainees).select_related("region")
    assert profiles.count() == TRAINEES
    assert all(p.region_id for p in profiles)
    assert len({p.region_id for p in profiles}) >= 8  # spread over the country
    for profile in profiles:
        profile.full_clean(exclude=["user"])  # Cyrillic and Latin names, IIN check digit, phone
        assert 1960 <= profile.date_of_birth.year <= 2004
        assert profile.mediation_languages
    assert any(KAZAKH_ONLY_LETTERS & set(p.full_name) for p in profiles)
    verified = sum(p.diploma_status == TraineeProfile.Verification.VERIFIED for p in profiles)
    assert 0.35 * TRAINEES <= verified <= 0.85 * TRAINEES
    assert PersonalDataConsent.objects.filter(user__in=trainees).count() == TRAINEES
    memberships = Counter(
        TraineeProfile.organisations.through.objects.filter(
            traineeprofile__user__in=trainees
        ).values_list("traineeprofile_id", flat=True)
    )
    assert max(memberships.values()) <= 2
    assert (
        Organisation.objects.filter(kind=Organisation.Kind.ETHNOCULTURAL_ASSOCIATION).count() >= 200
    )


@pytest.mark.django_db
def test_study_records_are_consistent_with_each_other(population):
    trainees = bench_trainees()
    enrolments = Enrolment.objects.filter(trainee__in=trainees).exclude(
        course__slug="bench-exam-day"
    )
    per_trainee = Counter(enrolments.values_list("trainee_id", flat=True))
    assert sum(1 <= n <= 2 for n in per_trainee.values()) >= 0.8 * TRAINEES
    completed = enrolments.filter(status=Enrolment.Status.COMPLETED)
    finished = completed.values("trainee_id").distinct().count()
    assert 0.25 * TRAINEES <= finished <= 0.6 * TRAINEES
    for enrolment in completed.select_related("cohort"):
        assert enrolment.completed_on is not None
        assert enrolment.cohort.course_key == enrolment.course_key
        # a completed course is complete for the gating engine too: every page done
        progress = gating.course_progress(enrolment.trainee, enrolment.course)
        assert progress.completed, enrolment
    for mark in Attendance.objects.filter(trainee__in=trainees).select_related("session"):
        assert mark.hours == (mark.session.academic_hours if mark.present else 0)
    assert_attendance_is_in_own_cohorts()
    practice = Counter(
        PracticeRecord.objects.filter(trainee__in=trainees).values_list("trainee_id", flat=True)
    )
    assert max(practice.values()) <= 5
    # bulk inserts skip save(), so the translation keys it would set are written by hand
    page_key = Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("translation_key"))
    assert not Completion.objects.filter(trainee__in=trainees).exclude(page_key=page_key).exists()


@pytest.mark.django_db
def test_graded_attempts_pass_exactly_when_the_percent_reaches_the_pass_mark(population):
    attempts = Attempt.objects.filter(trainee__in=bench_trainees())
    assert attempts.count() > TRAINEES
    pass_marks = dict(QuizPage.objects.values_list("pk", "pass_mark"))
    keys = dict(QuizPage.objects.values_list("pk", "translation_key"))
    numbers: dict = {}
    for attempt in attempts:
        assert attempt.state == Attempt.State.GRADED
        assert attempt.quiz_key == keys[attempt.quiz_id]
        assert attempt.percent == (attempt.score * 100 / attempt.max_score).quantize(
            Decimal("0.01")
        )
        assert attempt.passed == (attempt.percent >= pass_marks[attempt.quiz_id])
        numbers.setdefault((attempt.trainee_id, attempt.quiz_key), []).append(attempt.number)
    for found in numbers.values():
        assert sorted(found) == list(range(1, len(found) + 1))
    # a quiz page is completed exactly when one of its attempts passed
    passed = set(attempts.filter(passed=True).values_list("trainee_id", "quiz_key"))
    completed = set(
        Completion.objects.filter(
            trainee__in=bench_trainees(), page_key__in=set(keys.values())
        ).values_list("trainee_id", "page_key")
    )
    assert passed == completed


@pytest.mark.django_db
def test_certificates_are_one_current_per_trainee_and_profile_with_bench_serials(population):
    certificates = Certificate.objects.filter(trainee__in=bench_trainees())
    assert certificates.exists()
    current = (
        certificates.filter(status__in=["issuing", "valid"])
        .values("trainee_id", "profile_id")
        .annotate(n=Count("pk"))
    )
    assert all(row["n"] == 1 for row in current)
    assert all(re.fullmatch(r"BENCH-\d{4}-\d{6}-\d", c.serial) for c in certificates)
    assert not SerialCounter.objects.filter(prefix__startswith="BENCH").exists()
    assert len(set(certificates.values_list("code", flat=True))) == certificates.count()
    assert not certificates.exclude(pdf="").exists()
    for certificate in certificates.filter(status="expired"):
        assert certificate.expires_on < timezone.localdate()


@pytest.mark.django_db
def test_each_bench_cohort_has_a_schedule_change_told_to_most_of_its_trainees(population):
    cohorts = (
        Cohort.objects.filter(enrolments__trainee__in=bench_trainees())
        .exclude(title=scale.EXAM["cohort"])  # the exam day's, made after
        .distinct()
    )
    changes = ScheduleChange.objects.filter(cohort__in=cohorts)
    assert changes.count() == cohorts.count() > 0
    to = told = 0
    for change in changes.prefetch_related("to", "told"):
        [moved] = change.changes
        last = change.cohort.sessions.order_by("date").last()
        assert moved["kind"] == "moved" and moved["was"]["date"] == last.date.isoformat()
        seated = set(
            change.cohort.enrolments.filter(status__in=["active", "completed"]).values_list(
                "trainee_id", flat=True
            )
        )
        assert {u.pk for u in change.to.all()} == seated
        assert {u.pk for u in change.told.all()} <= seated
        to, told = to + len(seated), told + change.told.count()
    assert 0.8 * to <= told < to  # one in ten still untold


@pytest.mark.django_db
def test_running_again_with_the_same_size_adds_nothing(population):
    before = table_sizes()
    output = StringIO()
    call_command("seed_scale", trainees=TRAINEES, exam_takers=TAKERS, force=True, stdout=output)
    assert table_sizes() == before
    assert f"{TRAINEES} bench trainees existed already" in output.getvalue()


@pytest.mark.django_db
def test_a_larger_size_adds_only_the_missing_trainees_to_the_cohorts_there(population, monkeypatch):
    last = get_user_model().objects.get(username=f"bench-{TRAINEES - 1:06d}")
    enrolments = list(Enrolment.objects.filter(trainee=last).values_list("pk", flat=True))
    cohorts = Cohort.objects.count()
    monkeypatch.setattr(scale, "CHUNK", 4)  # several transactions, cohorts shared across them
    call_command("seed_scale", trainees=TRAINEES + 20, force=True, stdout=StringIO())
    assert bench_trainees().count() == TRAINEES + 20
    assert TraineeProfile.objects.filter(user__in=bench_trainees()).count() == TRAINEES + 20
    assert list(Enrolment.objects.filter(trainee=last).values_list("pk", flat=True)) == (enrolments)
    assert Cohort.objects.count() < cohorts + 20 * 2  # some newcomers joined existing cohorts
    assert_attendance_is_in_own_cohorts()


def assert_attendance_is_in_own_cohorts():
    cohorts = set(
        Enrolment.objects.filter(trainee__in=bench_trainees()).values_list(
            "trainee_id", "cohort_id"
        )
    )
    marks = Attendance.objects.filter(trainee__in=bench_trainees())
    assert set(marks.values_list("trainee_id", "session__cohort_id")) <= cohorts


@pytest.mark.django_db
def test_exam_takers_can_start_the_exam_day_quiz_and_others_cannot(population):
    quiz = QuizPage.objects.get(slug="bench-exam", locale__language_code="kk")
    assert quiz.url in population and quiz.url.startswith("/kk/")
    assert quiz.fixed_questions.count() == 20
    assert all(len(f.question.options) == 4 for f in quiz.fixed_questions.all())
    assert quiz.time_limit_minutes == 60
    User = get_user_model()
    for index in range(TAKERS):
        allowed, reason = gating.page_access(User.objects.get(username=f"bench-{index:06d}"), quiz)
        assert allowed, reason
    outsider = User.objects.get(username=f"bench-{TAKERS:06d}")
    assert not gating.page_access(outsider, quiz)[0]

    attempt = start_attempt(trainee=User.objects.get(username="bench-000003"), quiz=quiz)
    assert attempt.answers.count() == 20
    assert attempt.max_score == 20
    assert attempt.deadline is not None


@pytest.mark.django_db
def test_population_evaluation_runs_over_the_bench_trainees_and_finds_eligible_ones(population):
    ids = list(bench_trainees().order_by("pk").values_list("pk", flat=True))
    eligible = {}
    for profile in QualificationProfile.objects.all():
        checklists = list(evaluate_population(profile, ids))
        assert len(checklists) == len(ids)
        eligible[profile.slug] = sum(c.eligible for c in checklists)
    assert any(eligible.values()), eligible


@pytest.mark.django_db
def test_refuses_more_exam_takers_than_trainees_and_runs_only_when_forced(population):
    with pytest.raises(CommandError, match="--exam-takers"):
        call_command("seed_scale", trainees=3, exam_takers=4, force=True, stdout=StringIO())
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_scale", trainees=3, stdout=StringIO())
