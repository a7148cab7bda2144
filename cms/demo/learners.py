"""Demo learners: organisations, a cohort with its sessions, and trainees at different points of
the negotiator-ethnomediator course, written through lms services so the demo obeys the same
rules as real use; one of them was elected a public mediator by a local assembly, and one has a
case study waiting for the instructor's grade. Idempotent, like the rest of `seed_demo`."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from assessments import services as quiz_services
from assessments.models import Attempt, QuizPage
from certificates.models import ElectionRecord
from curriculum.models import CoursePage, LessonPage, ModulePage
from lms import emails, selectors, services
from lms.models import (
    Cohort,
    CourseRules,
    Enrolment,
    Organisation,
    PracticeRecord,
    Region,
    ScheduleChange,
    Session,
    StaffScope,
    TraineeProfile,
)

ORGANISATIONS = [
    # key, kind, region, kk, ru, en
    (
        "office",
        "regional_office",
        "turkistan",
        "Түркістан облыстық медиация кабинеті",
        "Кабинет медиации Туркестанской области",
        "Turkistan regional mediation office",
    ),
    (
        "uzbek",
        "ethnocultural_association",
        "turkistan",
        "Түркістан облысының өзбек этномәдени орталығы",
        "Узбекский этнокультурный центр Туркестанской области",
        "Uzbek ethnocultural centre of Turkistan Region",
    ),
    (
        "korean",
        "ethnocultural_association",
        "almaty",
        "Алматы қаласының корей мәдени орталығы",
        "Корейский культурный центр города Алматы",
        "Korean cultural centre of Almaty",
    ),
    (
        "mediators",
        "mediator_organisation",
        None,
        "«Келісім» медиаторлар ұйымы (демо)",
        "Организация медиаторов «Келісім» (демо)",
        "Kelisim organisation of mediators (demo)",
    ),
]

# username, full name, Latin name, region, organisations, lessons completed in the negotiator course
TRAINEES = [
    (
        "trainee",
        "Айгүл Серікқызы Жұмабаева",
        "Aigul Serikkyzy Zhumabayeva",
        "turkistan",
        ["uzbek"],
        3,
    ),
    ("aziz", "Әзиз Рахимов", "Aziz Rakhimov", "turkistan", ["uzbek"], 6),
    ("dmitry", "Дмитрий Ковалёв", "Dmitry Kovalyov", "turkistan", ["office"], 0),
    ("mira", "Мира Ли", "Mira Li", "almaty", ["korean"], 18),
    (
        "saule",
        "Сәуле Оспанқызы Әбдірахманова",
        "Saule Ospankyzy Abdirakhmanova",
        "turkistan",
        ["office"],
        18,
    ),
]
#: trainees who have sent the case study of the last module's test, not yet graded: the
#: instructor's grading queue has something in it
WAITING_FOR_A_GRADE = {"saule"}

COHORT_TITLE = "Түркістан, 2026 жылғы қараша"


def right_response(question) -> dict | None:
    """The response that earns full marks, built from the question's key."""
    key = question.key_data().get("right")
    kind = question.type_name
    if kind == "singlechoicequestion":
        return {"choice": key[0]}
    if kind == "multiplechoicequestion":
        return {"choices": key}
    if kind == "truefalsequestion":
        return {"value": key}
    if kind == "shortanswerquestion":
        return {"text": key[0].replace("*", "")}
    if kind == "matchingquestion":
        return {"pairs": {p["id"]: p["answer_id"] for p in question.pairs}}
    if kind == "orderingquestion":
        return {"order": [item["id"] for item in question.items]}
    if kind == "essayquestion":
        return {"text": "Тараптардың мүдделері, бейтараптық және келісім жобасы талданды."}
    return None


def take_quiz(user, quiz: QuizPage, *, grader=None) -> bool:
    """A demo trainee takes a quiz the way a trainee would: start, answer, submit; the trainer
    `grader` grades any case study, which otherwise waits for a grade. Whether it is passed."""
    if quiz_services.has_passed(user, quiz):
        return True
    if Attempt.objects.filter(
        trainee=user, quiz=quiz, state=Attempt.State.AWAITING_GRADING
    ).exists():
        return False
    attempt = quiz_services.start_attempt(trainee=user, quiz=quiz)
    answers = attempt.answers.with_questions()
    quiz_services.save_answers(
        attempt=attempt,
        trainee=user,
        responses={str(a.position): right_response(a.question) for a in answers},
    )
    quiz_services.submit_attempt(attempt=attempt, trainee=user)
    for answer in answers if grader else ():
        if answer.question.manual:
            points = [criterion["points"] for criterion in answer.question.rubric]
            quiz_services.grade_answer(answer=answer, grader=grader, scores=points)
    return quiz_services.has_passed(user, quiz)


def seed_schedule_change(cohort: Cohort, last: Session, *, by) -> None:
    """Before the cohort met, its last day was moved a day on; its trainees were told, but one
    (an address the mail server refused, and the resends ran out), so that staff's *Schedule
    changes* has a change to read, told to all but one."""
    if ScheduleChange.objects.filter(cohort=cohort).exists():
        return
    keep = (last.starts_at, last.ends_at, last.topic)
    change = ScheduleChange.objects.create(
        cohort=cohort,
        cohort_title=cohort.title,
        language=cohort.language,
        made_by=by,
        changes=[
            {
                "kind": "moved",
                "was": selectors.kept_session(last.date - timedelta(days=1), *keep),
                "now": selectors.kept_session(last.date, *keep),
            }
        ],
    )
    made_at = timezone.make_aware(datetime.combine(cohort.starts_on - timedelta(days=4), time(11)))
    ScheduleChange.objects.filter(pk=change.pk).update(
        made_at=made_at, email_resends=emails.EMAIL_RESENDS
    )
    seated = list(
        cohort.enrolments.filter(status__in=[Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED])
        .order_by("trainee_id")
        .values_list("trainee_id", flat=True)
    )
    change.to.set(seated)
    change.told.set(seated[1:])


def seed_learners(password: str) -> None:
    User = get_user_model()
    kk = Locale.objects.get(language_code="kk")
    negotiator = CoursePage.objects.get(locale=kk, slug="negotiator-ethnomediator-course")
    foundations = CoursePage.objects.get(locale=kk, slug="foundations-of-mediation")
    admin = User.objects.get(username="admin")
    instructor = User.objects.get(username="instructor")

    for course in (negotiator, foundations):
        CourseRules.objects.get_or_create(course=course)
    organisations = {}
    for key, kind, region_code, name_kk, name_ru, name_en in ORGANISATIONS:
        organisations[key], _ = Organisation.objects.update_or_create(
            kind=kind,
            name_kk=name_kk,
            defaults={
                "name_ru": name_ru,
                "name_en": name_en,
                "region": Region.objects.filter(code=region_code).first(),
            },
        )
    turkistan = Region.objects.get(code="turkistan")

    coordinator, created = User.objects.get_or_create(
        username="coordinator", defaults={"email": "coordinator@example.kz"}
    )
    if created or not coordinator.check_password(password):
        coordinator.set_password(password)
        coordinator.save()
    coordinator.groups.add(Group.objects.get(name="Coordinators"))
    StaffScope.objects.get_or_create(user=coordinator, region=turkistan)

    cohort, _ = Cohort.objects.get_or_create(
        course=negotiator,
        title=COHORT_TITLE,
        defaults={
            "starts_on": date(2026, 11, 2),
            "ends_on": date(2026, 11, 14),
            "place": "Түркістан, Достық үйі",
            "language": "kk",
            "region": turkistan,
            "organisation": organisations["office"],
            "capacity": 10,
        },
    )
    cohort.trainers.add(instructor)
    cohort.save()  # a ParentalManyToManyField is written when its cluster is saved
    modules = list(ModulePage.objects.child_of(negotiator).live())
    sessions = []
    for index, module in enumerate(modules):
        session, _ = Session.objects.get_or_create(
            cohort=cohort,
            date=cohort.starts_on + timedelta(days=index),
            defaults={
                "starts_at": time(9, 30),
                "ends_at": time(17, 0),
                "academic_hours": module.academic_hours or Decimal(4),
                "topic": module.title,
            },
        )
        sessions.append(session)

    lessons = list(LessonPage.objects.descendant_of(negotiator).live().order_by("path"))
    for username, full_name, latin, region_code, org_keys, done in TRAINEES:
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.kz"}
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.save()
        user.groups.add(Group.objects.get(name="Trainees"))
        profile, _ = TraineeProfile.objects.update_or_create(
            user=user,
            defaults={
                "full_name": full_name,
                "full_name_latin": latin,
                "region": Region.objects.get(code=region_code),
                "education_level": "higher",
                "mediation_languages": ["kk", "ru"],
            },
        )
        profile.organisations.add(*(organisations[k] for k in org_keys))
        if not services.has_current_consent(user):
            services.give_consent(user=user)
        if not Enrolment.objects.filter(
            trainee=user, course_key=negotiator.translation_key
        ).exists():
            services.enrol(trainee=user, course=negotiator, cohort=cohort, by=admin)
        for lesson in lessons[:done]:
            services.record_completion(trainee=user, page=lesson)
        finished = {lesson.pk for lesson in lessons[:done]}
        grader = None if username in WAITING_FOR_A_GRADE else instructor
        for module in modules:
            module_lessons = LessonPage.objects.child_of(module).live()
            if not module_lessons.exists() or not {m.pk for m in module_lessons} <= finished:
                break
            quizzes = QuizPage.objects.child_of(module).live().order_by("path")
            if not all(take_quiz(user, quiz, grader=grader) for quiz in quizzes):
                break  # a test not passed (yet) closes what follows it

    roster = list(
        cohort.enrolments.exclude(status="withdrawn").values_list("trainee_id", flat=True)
    )
    seed_schedule_change(cohort, sessions[-1], by=admin)
    mira = User.objects.get(username="mira")
    every_day = set(
        User.objects.filter(
            username__in=[name for name, *_, done in TRAINEES if done >= len(lessons)]
        ).values_list("pk", flat=True)
    )
    for index, session in enumerate(sessions):
        # everyone attended the first three days; those who finished the lessons, every day
        present = {pk: index < 3 or pk in every_day for pk in roster}
        services.mark_attendance(session=session, present=present, by=instructor)
    if not PracticeRecord.objects.filter(trainee=mira).exists():
        for kind, role, day in (
            (PracticeRecord.Kind.OBSERVED, PracticeRecord.Role.OBSERVER, date(2026, 9, 14)),
            (PracticeRecord.Kind.CO_MEDIATED, PracticeRecord.Role.CO_MEDIATOR, date(2026, 10, 5)),
        ):
            record = services.log_practice(
                trainee=mira,
                supervisor=instructor,
                date=day,
                kind=kind,
                role=role,
                outcome=PracticeRecord.Outcome.AGREEMENT,
                summary="Көршілер арасындағы дау; келісімге қол жеткізілді.",
            )
            services.review_practice(record=record, by=instructor, confirm=True, comment="Расталды")

    trainee = User.objects.get(username="trainee")
    if not PracticeRecord.objects.filter(trainee=trainee).exists():
        services.log_practice(
            trainee=trainee,
            supervisor=instructor,
            date=date(2026, 10, 20),
            kind=PracticeRecord.Kind.OBSERVED,
            role=PracticeRecord.Role.OBSERVER,
            outcome=PracticeRecord.Outcome.AGREEMENT,
            summary="Көршілер арасындағы суару кезегі туралы дау; медиаторды бақыладым.",
        )

    # the Public mediator profile asks for an election record (protocol number and date)
    ElectionRecord.objects.get_or_create(
        trainee=User.objects.get(username="aziz"),
        protocol_number="3",
        defaults={
            "kind": ElectionRecord.Kind.ELECTION,
            "body": "Түркістан қаласы жергілікті қоғамдастығының жиналысы",
            "protocol_date": date(2026, 3, 12),
        },
    )
