"""Demo qualification requirements that name the demo curriculum: the default profiles ask for
the demo courses, their attendance and their final tests, and two quizzes of the negotiator
course are its practical assessments. Idempotent."""

import contextlib
from decimal import Decimal

from wagtail.models import Locale

from assessments.models import QuizPage
from certificates.models import (
    AcademicHoursRequirement,
    CourseCompletedRequirement,
    QualificationProfile,
    QuizPassedRequirement,
)
from cms.demo import loader
from curriculum.models import CoursePage

# profile slug: (course slug, share of the course's hours to attend, final test pass mark)
DEMO_COURSES = {
    "public-mediator": ("foundations-of-mediation", Decimal("0.8"), Decimal(70)),
    "negotiator-ethnomediator": ("negotiator-ethnomediator-course", Decimal("0.8"), Decimal(75)),
}
# quizzes that stand for the programme's two assessed role-plays in the demo (a real one is a
# practical task an assessor grades with a rubric)
PRACTICAL_QUIZZES = {
    "negotiator-ethnomediator-course": ["ethnomediation-practice-quiz", "assessment-quiz"],
}


def seed_qualifications() -> None:
    kk = Locale.objects.get(language_code="kk")
    for slug, (course_slug, attendance, pass_mark) in DEMO_COURSES.items():
        profile = QualificationProfile.objects.filter(slug=slug).first()
        course = CoursePage.objects.filter(locale=kk, slug=course_slug).first()
        if profile is None or course is None:
            continue
        CourseCompletedRequirement.objects.get_or_create(
            profile=profile, course=course, defaults={"sort_order": 10}
        )
        AcademicHoursRequirement.objects.get_or_create(
            profile=profile,
            course=course,
            defaults={"hours": course.academic_hours * attendance, "sort_order": 11},
        )
        exam = QuizPage.objects.descendant_of(course).filter(slug="final-exam").first()
        if exam is not None:
            QuizPassedRequirement.objects.get_or_create(
                profile=profile,
                quiz=exam,
                defaults={"min_percent": pass_mark, "within_attempts": 3, "sort_order": 12},
            )
    for course_slug, quiz_slugs in PRACTICAL_QUIZZES.items():
        course = CoursePage.objects.filter(locale=kk, slug=course_slug).first()
        if course is None:
            continue
        for quiz in QuizPage.objects.descendant_of(course).filter(slug__in=quiz_slugs):
            for version in [quiz, *(t.specific for t in quiz.get_translations())]:
                loader.apply_fields(version, {"is_practical": True})


def issue_demo_certificates() -> None:
    """mira, who finished the negotiator programme, holds its certificate."""
    from django.contrib.auth import get_user_model

    from certificates import services

    profile = QualificationProfile.objects.filter(slug="negotiator-ethnomediator").first()
    mira = get_user_model().objects.filter(username="mira").first()
    admin = get_user_model().objects.filter(username="admin").first()
    if profile is None or mira is None:
        return
    with contextlib.suppress(services.CertificateError):  # not eligible here: nothing to issue
        services.issue_certificate(trainee=mira, profile=profile, by=admin)
