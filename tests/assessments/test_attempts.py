"""The attempt lifecycle on the server: start rules, saving, time limits, submitting, grading
methods, manual grading, versions and regrading, and gating through lms."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assessments import selectors, services, tasks
from assessments.models import (
    Answer,
    Attempt,
    DescriptionQuestion,
    EssayQuestion,
    GradingReminder,
    Question,
    QuizDraw,
    QuizQuestion,
)
from lms import emails as lms_emails
from lms import gating
from lms import services as lms_services
from tests.factories import (
    CohortFactory,
    UserFactory,
    curriculum_tree,
    question_category,
    quiz_page,
    single_choice,
    trainee,
)
from tests.html_forms import forms_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return curriculum_tree(modules=2, lessons_per_module=1)


@pytest.fixture
def questions():
    return [single_choice(name=f"q{i}") for i in range(4)]


@pytest.fixture
def quiz(tree, questions):
    return quiz_page(tree["modules"][0], questions=questions, pass_mark=Decimal(75))


@pytest.fixture
def learner(tree):
    user = trainee("learner")
    lms_services.enrol(trainee=user, course=tree["course"])
    return user


def answer_all(attempt, *, right: int):
    """Answer the first `right` questions right and the rest wrong."""
    responses = {
        str(a.position): {"choice": "a" if i < right else "b"}
        for i, a in enumerate(attempt.answers.order_by("position"))
    }
    services.save_answers(attempt=attempt, trainee=attempt.trainee, responses=responses)


def trainer_of(learner, tree):
    """A trainer who grades the learner: the one of a cohort of the course they are put in."""
    trainer = UserFactory(username="grader", groups=["Instructors"])
    enrolment = learner.enrolments.get()
    enrolment.cohort = CohortFactory(course=tree["course"], trainers=[trainer])
    enrolment.save()
    return trainer


def take(quiz, user, *, right: int, now=None):
    attempt = services.start_attempt(trainee=user, quiz=quiz, now=now)
    answer_all(attempt, right=right)
    return services.submit_attempt(attempt=attempt, trainee=user, now=now)


def test_passing_the_quiz_completes_its_page_and_opens_the_next_module(tree, quiz, learner):
    lms_services.complete_lesson(trainee=learner, page=tree["lessons"][0])
    assert gating.course_progress(learner, tree["course"]).modules[1].status == "locked"
    failed = take(quiz, learner, right=2)
    assert (failed.percent, failed.passed) == (Decimal(50), False)
    assert gating.course_progress(learner, tree["course"]).modules[1].status == "locked"
    passed = take(quiz, learner, right=3)
    assert passed.passed
    assert gating.course_progress(learner, tree["course"]).modules[1].status == "open"


def test_a_locked_module_refuses_the_quiz_start(tree, learner, questions):
    later = quiz_page(tree["modules"][1], questions=questions)
    with pytest.raises(services.AssessmentError, match=tree["modules"][0].title):
        services.start_attempt(trainee=learner, quiz=later)


def test_not_enrolled_is_refused(quiz):
    with pytest.raises(services.AssessmentError):
        services.start_attempt(trainee=trainee("outsider"), quiz=quiz)


def test_attempts_run_out(tree, questions, learner):
    quiz = quiz_page(tree["modules"][0], questions=questions, max_attempts=2, slug="two")
    take(quiz, learner, right=0)
    take(quiz, learner, right=0)
    with pytest.raises(services.AssessmentError, match="2"):
        services.start_attempt(trainee=learner, quiz=quiz)


def test_cool_down_between_attempts(tree, questions, learner):
    quiz = quiz_page(tree["modules"][0], questions=questions, cooldown_minutes=30, slug="cool")
    now = timezone.now()
    take(quiz, learner, right=0, now=now)
    with pytest.raises(services.AssessmentError):
        services.start_attempt(trainee=learner, quiz=quiz, now=now + timedelta(minutes=29))
    assert services.start_attempt(trainee=learner, quiz=quiz, now=now + timedelta(minutes=31))


def test_closed_and_not_yet_open_quizzes_refuse(tree, questions, learner):
    now = timezone.now()
    later = quiz_page(
        tree["modules"][0], questions=questions, opens_at=now + timedelta(days=1), slug="later"
    )
    with pytest.raises(services.AssessmentError):
        services.start_attempt(trainee=learner, quiz=later)
    closed = quiz_page(
        tree["modules"][0], questions=questions, closes_at=now - timedelta(days=1), slug="closed"
    )
    with pytest.raises(services.AssessmentError):
        services.start_attempt(trainee=learner, quiz=closed)


def test_starting_again_resumes_the_attempt_in_progress(quiz, learner):
    first = services.start_attempt(trainee=learner, quiz=quiz)
    services.save_answers(attempt=first, trainee=learner, responses={"1": {"choice": "a"}})
    again = services.start_attempt(trainee=learner, quiz=quiz)
    assert again.pk == first.pk
    assert again.answers.get(position=1).response == {"choice": "a"}


def test_submitting_twice_grades_once(quiz, learner):
    attempt = take(quiz, learner, right=4)
    again = services.submit_attempt(attempt=attempt, trainee=learner)
    assert again.submitted_at == attempt.submitted_at and again.percent == 100
    assert Attempt.objects.count() == 1


def test_an_autosave_of_the_whole_form_rewrites_only_the_changed_answers(quiz, learner):
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    earlier = timezone.now() - timedelta(minutes=5)
    services.save_answers(
        attempt=attempt, trainee=learner, responses={"1": {"choice": "a"}}, now=earlier
    )
    everything = {str(position): {"choice": "b"} for position in range(1, 5)}
    services.save_answers(
        attempt=attempt, trainee=learner, responses={**everything, "1": {"choice": "a"}}
    )
    saved = {a.position: a for a in attempt.answers.all()}
    assert saved[1].saved_at == earlier and saved[1].response == {"choice": "a"}
    assert all(
        saved[p].saved_at > earlier and saved[p].response == {"choice": "b"} for p in (2, 3, 4)
    )


def test_saving_and_submitting_take_as_many_queries_for_one_answer_as_for_all(quiz, learner):
    """The answers changed are written in one statement, and graded in one."""
    counts = []
    for changed in (1, 4):
        attempt = services.start_attempt(trainee=learner, quiz=quiz)
        # wrong answers: a pass would also record the completion, which is counted elsewhere
        responses = {str(position): {"choice": "b"} for position in range(1, changed + 1)}
        with CaptureQueriesContext(connection) as saving:
            services.save_answers(attempt=attempt, trainee=learner, responses=responses)
        with CaptureQueriesContext(connection) as submitting:
            services.submit_attempt(attempt=attempt, trainee=learner)
        counts.append((len(saving), len(submitting)))
        Attempt.objects.all().delete()
    assert counts[0] == counts[1]


def test_one_bad_response_saves_nothing(quiz, learner):
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    with pytest.raises(services.AssessmentError):
        services.save_answers(
            attempt=attempt,
            trainee=learner,
            responses={"1": {"choice": "a"}, "2": {"choice": "not-an-option"}},
        )
    assert not attempt.answers.filter(response__isnull=False).exists()
    with pytest.raises(services.AssessmentError):
        services.save_answers(attempt=attempt, trainee=learner, responses={"99": {"choice": "a"}})


def test_another_trainee_cannot_save_or_submit(quiz, learner, tree):
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    other = trainee("other")
    with pytest.raises(services.AssessmentError):
        services.save_answers(attempt=attempt, trainee=other, responses={"1": {"choice": "a"}})
    with pytest.raises(services.AssessmentError):
        services.submit_attempt(attempt=attempt, trainee=other)


class TestTimeLimit:
    @pytest.fixture
    def timed(self, tree, questions):
        return quiz_page(tree["modules"][0], questions=questions, time_limit_minutes=10, slug="t")

    def test_answers_within_the_grace_count_and_later_ones_do_not(self, timed, learner, settings):
        settings.KELISIM_ASSESSMENTS_GRACE_SECONDS = 30
        start = timezone.now()
        attempt = services.start_attempt(trainee=learner, quiz=timed, now=start)
        assert attempt.deadline == start + timedelta(minutes=10)
        in_grace = start + timedelta(minutes=10, seconds=20)
        services.save_answers(
            attempt=attempt, trainee=learner, responses={"1": {"choice": "a"}}, now=in_grace
        )
        too_late = start + timedelta(minutes=10, seconds=31)
        with pytest.raises(services.AssessmentError):
            services.save_answers(
                attempt=attempt, trainee=learner, responses={"2": {"choice": "a"}}, now=too_late
            )
        attempt.refresh_from_db()
        assert attempt.state == "graded" and attempt.auto_submitted
        assert attempt.score == 1  # only the answer saved in time

    def test_the_periodic_task_submits_overdue_attempts(self, timed, learner):
        start = timezone.now() - timedelta(minutes=30)
        attempt = services.start_attempt(trainee=learner, quiz=timed, now=start)
        assert services.submit_overdue_attempts() == 1
        assert services.submit_overdue_attempts() == 0
        attempt.refresh_from_db()
        assert attempt.auto_submitted and attempt.state == "graded"

    def test_the_page_shows_the_time_left_in_minutes_without_its_script(
        self, timed, learner, client
    ):
        start = timezone.now() - timedelta(minutes=2, seconds=30)
        attempt = services.start_attempt(trainee=learner, quiz=timed, now=start)
        client.force_login(learner)
        asked = timezone.now()
        page = client.get(f"/kk/quiz/attempts/{attempt.pk}/").text
        # 7:30 left when asked, less whatever the request took on a busy machine
        took = (timezone.now() - asked).total_seconds()
        shown = re.search(r'data-seconds-left="(\d+)">(\d+):(\d\d)</span>', page)
        left, minutes, seconds = (int(group) for group in shown.groups())
        assert 450 - took - 1 <= left <= 450 and (minutes, seconds) == divmod(left, 60)

    def test_the_next_request_submits_an_overdue_attempt(self, timed, learner, client):
        start = timezone.now() - timedelta(minutes=30)
        attempt = services.start_attempt(trainee=learner, quiz=timed, now=start)
        client.force_login(learner)
        response = client.get(f"/kk/quiz/attempts/{attempt.pk}/")
        assert response.status_code == 302 and response["Location"].endswith("/review/")
        attempt.refresh_from_db()
        assert attempt.state == "graded"

    def test_starting_again_submits_the_overdue_attempt_and_numbers_the_next(self, timed, learner):
        overdue = services.start_attempt(
            trainee=learner, quiz=timed, now=timezone.now() - timedelta(minutes=30)
        )
        again = services.start_attempt(trainee=learner, quiz=timed)
        overdue.refresh_from_db()
        assert overdue.state == "graded" and overdue.auto_submitted
        assert (overdue.number, again.number) == (1, 2)
        assert again.in_progress

    def test_an_attempt_the_timer_submits_counts_against_the_attempts_allowed(
        self, tree, questions, learner
    ):
        once = quiz_page(
            tree["modules"][0], questions=questions, time_limit_minutes=10, max_attempts=1
        )
        services.start_attempt(
            trainee=learner, quiz=once, now=timezone.now() - timedelta(minutes=30)
        )
        with pytest.raises(services.AssessmentError):
            services.start_attempt(trainee=learner, quiz=once)
        assert list(Attempt.objects.values_list("number", "state")) == [(1, "graded")]

    def test_a_submit_after_the_grace_keeps_only_the_answers_saved_in_time(
        self, timed, learner, client, settings
    ):
        settings.KELISIM_ASSESSMENTS_GRACE_SECONDS = 30
        start = timezone.now() - timedelta(minutes=10, seconds=31)
        attempt = services.start_attempt(trainee=learner, quiz=timed, now=start)
        services.save_answers(
            attempt=attempt, trainee=learner, responses={"1": {"choice": "a"}}, now=start
        )
        client.force_login(learner)
        form = {f"q{position}": "a" for position in range(1, 5)}
        response = client.post(f"/kk/quiz/attempts/{attempt.pk}/save/", {**form, "submit": "1"})
        assert response.status_code == 400
        attempt.refresh_from_db()
        assert attempt.state == "graded" and attempt.auto_submitted
        assert attempt.score == 1


def test_the_submit_button_saves_the_forms_answers_and_grades_them_once(quiz, learner, client):
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    services.save_answers(attempt=attempt, trainee=learner, responses={"1": {"choice": "b"}})
    client.force_login(learner)
    url = f"/kk/quiz/attempts/{attempt.pk}/save/"
    form = {f"q{position}": "a" for position in range(1, 5)}
    response = client.post(url, {**form, "q4": "b", "submit": "1"})
    assert response.status_code == 302 and response["Location"].endswith("/review/")
    attempt.refresh_from_db()
    assert (attempt.state, attempt.score, attempt.percent) == ("graded", 3, 75)
    assert not attempt.auto_submitted
    assert [a.response for a in attempt.answers.order_by("position")] == [
        {"choice": "a"},
        {"choice": "a"},
        {"choice": "a"},
        {"choice": "b"},
    ]
    assert learner.completions.filter(page_key=quiz.translation_key).exists()
    # a second click: refused like any save into a submitted attempt, the grade stays
    again = client.post(url, {**form, "submit": "1"})
    assert again.status_code == 400
    attempt.refresh_from_db()
    assert attempt.score == 3 and attempt.answers.get(position=4).response == {"choice": "b"}


def test_a_bad_answer_in_the_submitted_form_neither_saves_nor_submits(quiz, learner, client):
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    client.force_login(learner)
    response = client.post(
        f"/kk/quiz/attempts/{attempt.pk}/save/", {"q1": "a", "q2": "nonsense", "submit": "1"}
    )
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.in_progress
    assert not attempt.answers.filter(response__isnull=False).exists()


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("highest", Decimal(75)),
        ("last", Decimal(25)),
        ("first", Decimal(50)),
        ("average", Decimal(50)),
    ],
)
def test_grading_methods(tree, questions, learner, method, expected):
    quiz = quiz_page(
        tree["modules"][0], questions=questions, grading_method=method, max_attempts=0, slug=method
    )
    for right in (2, 3, 1):
        take(quiz, learner, right=right)
    attempts = list(services.attempts_of(learner, quiz))
    assert services.quiz_grade(attempts, method) == expected


def test_a_later_pass_after_a_failure_counts(tree, quiz, learner):
    take(quiz, learner, right=1)
    assert not learner.completions.filter(page_key=quiz.translation_key).exists()
    take(quiz, learner, right=4)
    assert learner.completions.filter(page_key=quiz.translation_key).exists()


class TestManualGrading:
    @pytest.fixture
    def essay_quiz(self, tree):
        essay = EssayQuestion(
            category=question_category(),
            name="case",
            text="<p>Істі талдаңыз.</p>",
            rubric=[{"criterion": "Мүдделер", "points": 6}, {"criterion": "Әдеп", "points": 4}],
            default_mark=Decimal(10),
        )
        essay.save()
        return quiz_page(
            tree["modules"][0], questions=[single_choice(), essay], pass_mark=50, slug="essay"
        )

    def test_an_essay_waits_in_the_queue_and_its_grade_completes_the_quiz(
        self, essay_quiz, learner, tree
    ):
        from assessments.models import Answer
        from lms.models import Cohort

        trainer = trainer_of(learner, tree)
        attempt = services.start_attempt(trainee=learner, quiz=essay_quiz)
        services.save_answers(
            attempt=attempt,
            trainee=learner,
            responses={"1": {"choice": "b"}, "2": {"text": "Тараптардың мүддесі..."}},
        )
        attempt = services.submit_attempt(attempt=attempt, trainee=learner)
        assert attempt.state == "awaiting_grading" and attempt.percent is None
        essay_answer = Answer.objects.get(attempt=attempt, position=2)
        stranger = UserFactory(username="stranger", groups=["Instructors"])
        with pytest.raises(services.AssessmentError):
            services.grade_answer(answer=essay_answer, grader=stranger, scores=[6, 4])
        services.grade_answer(answer=essay_answer, grader=trainer, scores=[5, 4], comment="Жақсы")
        attempt.refresh_from_db()
        assert attempt.state == "graded"
        assert attempt.score == Decimal(9) and attempt.max_score == Decimal(11)
        assert attempt.passed
        assert learner.completions.filter(page_key=essay_quiz.translation_key).exists()
        assert Cohort.objects.count() == 1

    def test_a_trainer_grades_an_essay_through_the_queue_and_its_page(
        self, essay_quiz, learner, tree, client
    ):

        trainer = trainer_of(learner, tree)
        attempt = services.start_attempt(trainee=learner, quiz=essay_quiz)
        services.save_answers(
            attempt=attempt, trainee=learner, responses={"2": {"text": "Тараптардың мүддесі..."}}
        )
        services.submit_attempt(attempt=attempt, trainee=learner)
        essay_answer = attempt.answers.get(position=2)

        url = f"/kk/quiz/grading/{essay_answer.pk}/"
        client.force_login(UserFactory(username="stranger", groups=["Instructors"]))
        assert client.get(url).status_code == 404  # not a trainee of theirs
        client.force_login(trainer)
        queue = client.get("/kk/quiz/grading/").text
        assert f'href="{url}"' in queue
        page = client.get(url)
        assert page.status_code == 200
        assert "Мүдделер (0–6)" in page.text and "Тараптардың мүддесі..." in page.text
        too_many = client.post(url, {"points_0": "7", "points_1": "4"})
        assert too_many.status_code == 400
        graded = client.post(url, {"points_0": "5", "points_1": "4", "comment": "Жақсы"})
        assert graded.status_code == 302 and graded["Location"].endswith("/quiz/grading/")
        attempt.refresh_from_db()
        assert attempt.state == "graded" and attempt.score == Decimal(9)
        assert client.get(url).status_code == 404  # out of the queue once graded


@pytest.fixture
def two_essays(tree):
    """A quiz of a single choice and two case studies a trainer grades."""

    def essay(name):
        question = EssayQuestion(
            category=question_category(),
            name=name,
            text="<p>Істі талдаңыз.</p>",
            rubric=[{"criterion": "Мүдделер", "points": 6}, {"criterion": "Әдеп", "points": 4}],
            default_mark=Decimal(10),
        )
        question.save()
        return question

    return quiz_page(
        tree["modules"][0],
        questions=[single_choice(), essay("case"), essay("practice")],
        pass_mark=50,
        slug="cases",
        title="Қорытынды кейс",
    )


def submit_essays(quiz, learner, now=None):
    """An attempt at `two_essays` with every question answered, submitted."""
    attempt = services.start_attempt(trainee=learner, quiz=quiz, now=now)
    services.save_answers(
        attempt=attempt,
        trainee=learner,
        responses={"1": {"choice": "a"}, "2": {"text": "Мүдде"}, "3": {"text": "Әдеп"}},
        now=now,
    )
    return services.submit_attempt(attempt=attempt, trainee=learner, now=now)


@pytest.fixture
def waiting(two_essays, learner, tree):
    """Both essays answered and the attempt submitted; its trainer."""
    trainer = trainer_of(learner, tree)
    return submit_essays(two_essays, learner), trainer


@pytest.mark.usefixtures("tasks_in_process")
class TestGradeEmail:
    """A trainee waiting on a trainer's grade is told by e-mail when it completes the attempt."""

    def grade(self, attempt, trainer, position, scores, capture):
        with capture(execute=True):
            services.grade_answer(
                answer=attempt.answers.get(position=position), grader=trainer, scores=scores
            )

    def test_the_last_grade_sends_one_e_mail_in_the_trainees_language(
        self, waiting, mailoutbox, django_capture_on_commit_callbacks
    ):
        from wagtail.users.models import UserProfile

        attempt, trainer = waiting
        attempt.trainee.email = "learner@example.kz"
        attempt.trainee.save()
        UserProfile.objects.create(user=attempt.trainee, preferred_language="ru")
        self.grade(attempt, trainer, 2, [5, 4], django_capture_on_commit_callbacks)
        assert mailoutbox == []  # the other case study still waits
        self.grade(attempt, trainer, 3, [6, 4], django_capture_on_commit_callbacks)
        [message] = mailoutbox
        attempt.refresh_from_db()
        assert attempt.state == "graded" and attempt.grade_emailed_at is not None
        assert message.to == ["learner@example.kz"]
        assert message.extra_headers["Content-Language"] == "ru"
        assert "Қорытынды кейс" in message.subject and "оценена" in message.subject
        assert "95,24%" in message.body and "20 из 21" in message.body  # 1 + 9 + 10 marks
        assert f"/ru/quiz/attempts/{attempt.pk}/review/" in message.body
        assert "Мүдде" not in message.body  # nothing of the answers

        # the task run again sends nothing more (a grade corrected later: TestResultChange)
        assert services.email_grade(attempt_id=attempt.pk) is False
        assert len(mailoutbox) == 1

    def test_a_failed_attempt_says_so_and_no_address_sends_nothing(
        self, waiting, mailoutbox, django_capture_on_commit_callbacks
    ):
        attempt, trainer = waiting
        attempt.trainee.email = ""
        attempt.trainee.save()
        self.grade(attempt, trainer, 2, [0, 0], django_capture_on_commit_callbacks)
        self.grade(attempt, trainer, 3, [0, 1], django_capture_on_commit_callbacks)
        assert mailoutbox == []
        attempt.refresh_from_db()
        assert attempt.state == "graded" and not attempt.passed
        assert attempt.grade_emailed_at is None

        attempt.trainee.email = "learner@example.kz"
        attempt.trainee.save()
        assert services.email_grade(attempt_id=attempt.pk) is True
        [message] = mailoutbox
        assert message.extra_headers["Content-Language"] == "kk"  # the quiz's language
        assert "9,52%" in message.body and "өтпеді" in message.body  # 1 + 0 + 1 of 21 marks


def in_english(user):
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})


@pytest.mark.usefixtures("tasks_in_process")
class TestResultChange:
    """A result the trainee had, changed afterwards (a trainer's corrected grade, a corrected
    key graded again), is told to them once: from what they knew to what it is now."""

    def grade(self, attempt, trainer, position, scores):
        services.grade_answer(
            answer=attempt.answers.get(position=position), grader=trainer, scores=scores
        )

    @pytest.fixture
    def graded(self, waiting, mailoutbox, django_capture_on_commit_callbacks):
        """The attempt graded 20 of 21 (95.24%) and the trainee told so by e-mail."""
        attempt, trainer = waiting
        in_english(attempt.trainee)
        with django_capture_on_commit_callbacks(execute=True):
            self.grade(attempt, trainer, 2, [5, 4])
            self.grade(attempt, trainer, 3, [6, 4])
        assert "95.24%" in mailoutbox.pop().body
        return attempt, trainer

    def test_a_corrected_grade_is_told_once_from_what_they_knew(
        self, graded, mailoutbox, django_capture_on_commit_callbacks
    ):
        attempt, trainer = graded
        with django_capture_on_commit_callbacks(execute=True):
            self.grade(attempt, trainer, 3, [2, 1])  # 1 + 9 + 3 of 21
        [message] = mailoutbox
        assert message.subject == "The grade of your attempt at “Қорытынды кейс” has changed"
        assert "A trainer has corrected the grade of one of your answers." in message.body
        assert "It was: 95.24%." in message.body
        assert "It is now: 61.90% (13 of 21 marks)." in message.body
        assert "This attempt still passes." in message.body
        assert f"/en/quiz/attempts/{attempt.pk}/review/" in message.body
        assert "Мүдде" not in message.body  # nothing of the answers
        assert services.email_result_change(attempt_id=attempt.pk, why="grade") is False

        with django_capture_on_commit_callbacks(execute=True):
            self.grade(attempt, trainer, 2, [0, 0])  # 1 + 0 + 3 of 21
        told_again = mailoutbox[1].body
        assert "It was: 61.90%." in told_again and "It is now: 19.05%" in told_again
        assert "The pass mark is 50%: this attempt no longer passes." in told_again
        attempt.refresh_from_db()
        assert (attempt.told_percent, attempt.told_passed) == (Decimal("19.05"), False)
        # a comment reworded, the grade unchanged: nothing to tell
        with django_capture_on_commit_callbacks(execute=True):
            services.grade_answer(
                answer=attempt.answers.get(position=2), grader=trainer, scores=[0, 0], comment="!"
            )
        assert len(mailoutbox) == 2

    def test_changes_before_the_task_ran_make_one_e_mail_and_one_undone_makes_none(
        self, graded, mailoutbox, django_capture_on_commit_callbacks
    ):
        attempt, trainer = graded
        with django_capture_on_commit_callbacks() as queued:
            self.grade(attempt, trainer, 3, [2, 1])
            self.grade(attempt, trainer, 2, [0, 0])
        assert len(queued) == 2
        for send in queued:
            send()
        [message] = mailoutbox  # the second task finds nothing left to tell
        assert "It was: 95.24%." in message.body and "It is now: 19.05%" in message.body

        with django_capture_on_commit_callbacks() as queued:
            self.grade(attempt, trainer, 2, [6, 4])  # changed, and changed back
            self.grade(attempt, trainer, 2, [0, 0])
        for send in queued:
            send()
        assert len(mailoutbox) == 1

    def test_a_correction_before_the_graded_e_mail_went_is_in_that_e_mail(
        self, waiting, mailoutbox, django_capture_on_commit_callbacks
    ):
        attempt, trainer = waiting
        in_english(attempt.trainee)
        with django_capture_on_commit_callbacks() as queued:
            self.grade(attempt, trainer, 2, [5, 4])
            self.grade(attempt, trainer, 3, [6, 4])
            self.grade(attempt, trainer, 3, [2, 1])
        for send in queued:
            send()
        [message] = mailoutbox
        assert "has been graded" in message.subject and "61.90%" in message.body

    def test_a_corrected_key_tells_each_trainee_whose_result_changed(
        self, tree, quiz, learner, questions, mailoutbox, django_capture_on_commit_callbacks
    ):
        in_english(learner)
        others = [trainee(f"other{i}") for i in range(3)]
        for other in others:
            lms_services.enrol(trainee=other, course=tree["course"])
        take(quiz, learner, right=0)  # "b" everywhere: 0%
        take(quiz, others[0], right=4)  # "a" everywhere: 100%
        services.start_attempt(trainee=others[1], quiz=quiz)  # still answering: not told
        attempt = services.start_attempt(trainee=others[2], quiz=quiz)
        responses = {str(a.position): {"choice": "a"} for a in attempt.answers.all()}
        first = attempt.answers.get(question=questions[0]).position
        responses[str(first)] = {"choice": "c"}  # wrong with either key: 75% either way
        services.submit_attempt(attempt=attempt, trainee=others[2], responses=responses)

        # q0's key was wrong: "b" is right
        fixed = [{**o, "fraction": 1 if o["id"] == "b" else 0} for o in questions[0].options]
        revised = services.revise_question(question=questions[0], changes={"options": fixed})
        with django_capture_on_commit_callbacks(execute=True):
            assert services.regrade(question=revised) == 2
        to = {message.to[0]: message for message in mailoutbox}
        assert set(to) == {learner.email, others[0].email}
        mine = to[learner.email]
        assert "A question of the quiz had a wrong answer key." in mine.body
        assert "It was: 0%." in mine.body and "It is now: 25% (1 of 4 marks)." in mine.body
        assert "The pass mark is 75%: this attempt still does not pass." in mine.body
        theirs = to[others[0].email]
        assert theirs.extra_headers["Content-Language"] == "kk"  # the quiz's language
        assert theirs.subject == "«Модуль тесті» бойынша талпынысыңыздың бағасы өзгерді"
        assert "100%" in theirs.body and "75%" in theirs.body

        # so were q1's and q2's: the learner passes
        for question in questions[1:3]:
            fixed = [{**o, "fraction": 1 if o["id"] == "b" else 0} for o in question.options]
            revised = services.revise_question(question=question, changes={"options": fixed})
            with django_capture_on_commit_callbacks(execute=True):
                services.regrade(question=revised)
        mine = [m.body for m in mailoutbox if m.to == [learner.email]][-1]
        assert "It was: 50%." in mine and "It is now: 75%" in mine
        assert "With it, this attempt has passed." in mine


@pytest.mark.usefixtures("tasks_in_process")
class TestLostEmails:
    """A grade's or a changed result's e-mail lost on its way (a broker restarted without its
    queue, a worker killed past its retries) is asked for again after half an hour, a few
    times at most, within a week."""

    NOTHING = {"grades": [], "result_changes": []}

    def lose(self, monkeypatch):
        for task in (tasks.email_grade, tasks.email_result_change):
            monkeypatch.setattr(task, "delay", lambda *args, **kwargs: None)

    def grade(self, attempt, trainer, position, scores, capture):
        with capture(execute=True):
            services.grade_answer(
                answer=attempt.answers.get(position=position), grader=trainer, scores=scores
            )

    def later(self):
        return timezone.now() + lms_emails.RESEND_AFTER + timedelta(seconds=1)

    def test_a_lost_grade_and_a_lost_correction_are_each_told_once(
        self, waiting, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
    ):
        attempt, trainer = waiting
        in_english(attempt.trainee)
        with monkeypatch.context() as lost:
            self.lose(lost)
            self.grade(attempt, trainer, 2, [5, 4], django_capture_on_commit_callbacks)
            self.grade(attempt, trainer, 3, [6, 4], django_capture_on_commit_callbacks)
        assert mailoutbox == []
        # within half an hour the task may be queued behind others: not asked for twice
        assert services.resend_lost_emails() == self.NOTHING
        assert services.resend_lost_emails(now=self.later())["grades"] == [attempt.pk]
        [graded] = mailoutbox
        assert "has been graded" in graded.subject and "95.24%" in graded.body
        assert services.resend_lost_emails(now=self.later()) == self.NOTHING

        with monkeypatch.context() as lost:
            self.lose(lost)
            self.grade(attempt, trainer, 3, [2, 1], django_capture_on_commit_callbacks)
        attempt.refresh_from_db()
        assert attempt.result_change == "grade" and attempt.email_resends == 0  # counted anew
        assert services.resend_lost_emails(now=self.later())["result_changes"] == [attempt.pk]
        changed = mailoutbox[1].body
        assert "A trainer has corrected the grade of one of your answers." in changed
        assert "It was: 95.24%." in changed and "It is now: 61.90%" in changed
        assert tasks.resend_lost_emails() == 0 and len(mailoutbox) == 2

    def test_a_lost_key_fix_says_why_and_a_result_on_the_page_is_not_e_mailed(
        self, quiz, learner, questions, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
    ):
        in_english(learner)
        take(quiz, learner, right=0)  # "b" everywhere: 0%, seen on the page
        assert services.resend_lost_emails(now=self.later()) == self.NOTHING
        fixed = [{**o, "fraction": 1 if o["id"] == "b" else 0} for o in questions[0].options]
        revised = services.revise_question(question=questions[0], changes={"options": fixed})
        with monkeypatch.context() as lost:
            self.lose(lost)
            with django_capture_on_commit_callbacks(execute=True):
                assert services.regrade(question=revised) == 1
        assert mailoutbox == []
        [attempt] = services.resend_lost_emails(now=self.later())["result_changes"]
        [message] = mailoutbox
        assert message.to == [learner.email]
        assert "A question of the quiz had a wrong answer key." in message.body
        assert "It was: 0%." in message.body and "It is now: 25%" in message.body

    def test_asked_for_again_a_few_times_within_a_week_to_an_address(
        self, waiting, monkeypatch, django_capture_on_commit_callbacks
    ):
        attempt, trainer = waiting
        with monkeypatch.context() as lost:
            self.lose(lost)
            self.grade(attempt, trainer, 2, [5, 4], django_capture_on_commit_callbacks)
            self.grade(attempt, trainer, 3, [6, 4], django_capture_on_commit_callbacks)
            a_week_on = timezone.now() + timedelta(days=lms_emails.RESEND_DAYS, minutes=1)
            assert services.resend_lost_emails(now=a_week_on) == self.NOTHING
            later = self.later()
            for _round in range(lms_emails.EMAIL_RESENDS):
                assert services.resend_lost_emails(now=later)["grades"] == [attempt.pk]
                later += lms_emails.RESEND_AFTER
            assert services.resend_lost_emails(now=later) == self.NOTHING
        attempt.refresh_from_db()
        assert attempt.email_resends == lms_emails.EMAIL_RESENDS
        assert attempt.grade_emailed_at is None

        Attempt.objects.filter(pk=attempt.pk).update(email_resends=0)
        attempt.trainee.email = ""
        attempt.trainee.save()
        assert services.resend_lost_emails(now=self.later()) == self.NOTHING


@pytest.mark.usefixtures("tasks_in_process")
class TestGradingReminder:
    """Each morning a trainer is told what waits for their grade from their cohorts' trainees,
    and told again only once more has come in."""

    def test_a_trainer_is_told_once_and_again_when_more_comes_in(
        self, waiting, two_essays, learner, tree, mailoutbox
    ):
        from wagtail.users.models import UserProfile

        attempt, trainer = waiting
        UserProfile.objects.create(user=trainer, preferred_language="ru")
        assert tasks.remind_trainers_to_grade() == 1
        [message] = mailoutbox
        assert message.to == [trainer.email]
        assert message.extra_headers["Content-Language"] == "ru"
        assert message.subject == "2 ответа ждут вашей оценки"
        assert "«Қорытынды кейс»: ожидают 2, новых с прошлого напоминания 2" in message.body
        assert "/ru/quiz/grading/" in message.body
        # nothing of the trainees: no name, no answer
        assert "Мүдде" not in message.body and learner.username not in message.body

        # the next morning, the same queue: nothing; a task run again: nothing
        assert tasks.remind_trainers_to_grade() == 0
        assert services.email_grading_reminder(trainer_id=trainer.pk) is False
        assert len(mailoutbox) == 1

        # another trainee of the cohort submits: told again, of all four answers
        second = trainee("second")
        lms_services.enrol(
            trainee=second, course=tree["course"], cohort=learner.enrolments.get().cohort
        )
        submit_essays(two_essays, second)
        assert tasks.remind_trainers_to_grade() == 1
        assert mailoutbox[1].subject == "4 ответа ждут вашей оценки"
        assert "ожидают 4, новых с прошлого напоминания 2" in mailoutbox[1].body

        # all graded: nothing waits, nobody is told
        for answer in Answer.objects.awaiting_grade():
            services.grade_answer(answer=answer, grader=trainer, scores=[6, 4])
        assert selectors.trainers_to_remind() == []

    def test_only_those_who_teach_and_grade_are_told_and_an_address_can_come_later(
        self, waiting, tree, mailoutbox, django_assert_num_queries
    ):
        attempt, trainer = waiting
        # a trainer of another cohort, and national staff who see every queue: not e-mailed
        CohortFactory(course=tree["course"], trainers=[UserFactory(groups=["Instructors"])])
        UserFactory(username="national", groups=["Administrators"])
        with django_assert_num_queries(3):
            assert selectors.trainers_to_remind() == [trainer.pk]

        # no address: nothing sent, nothing marked told, so it is sent once there is one
        trainer.email = ""
        trainer.save()
        assert tasks.remind_trainers_to_grade() == 1  # one task, which sends nothing
        assert mailoutbox == [] and selectors.trainers_to_remind() == [trainer.pk]
        trainer.email = "grader@example.kz"
        trainer.save()
        trainer.groups.clear()  # no longer allowed to grade: not told
        assert services.email_grading_reminder(trainer_id=trainer.pk) is False
        trainer = UserFactory(username=trainer.username, groups=["Instructors"])
        assert services.email_grading_reminder(trainer_id=trainer.pk) is True
        [message] = mailoutbox
        assert message.extra_headers["Content-Language"] == "kk"  # no choice made: Kazakh
        assert message.subject == "Сіздің бағаңызды 2 жауап күтіп тұр"

    def test_a_trainer_turns_the_reminders_off_in_their_account(self, waiting, client, mailoutbox):
        """The admin's account settings, under Notifications, as Wagtail's own e-mails are."""
        attempt, trainer = waiting
        client.force_login(trainer)
        [form] = [f for f in forms_of(client.get("/admin/account/").text) if f.method == "post"]
        assert ("grading_reminders-enabled", "on") in form.fields  # on unless turned off
        # Wagtail asks for a last name, which the factory's trainer lacks
        changes = {"grading_reminders-enabled": None, "name_email-last_name": "Сейітов"}
        response = client.post("/admin/account/", form.data(**changes))
        assert response.status_code == 302
        assert GradingReminder.objects.get(trainer=trainer).enabled is False
        assert selectors.trainers_to_remind() == []
        assert services.email_grading_reminder(trainer_id=trainer.pk) is False
        assert mailoutbox == []
        # a trainee's account has no such setting
        client.force_login(attempt.trainee)
        assert "grading_reminders-enabled" not in client.get("/admin/account/").text

    def test_the_reminders_go_out_each_morning(self, settings):
        entry = settings.CELERY_BEAT_SCHEDULE["remind-trainers-to-grade"]
        assert entry["task"] == tasks.remind_trainers_to_grade.name
        assert entry["schedule"].hour == {8}


class TestVersionsAndRegrading:
    def test_editing_an_answered_question_makes_a_new_version(self, quiz, learner, questions):
        attempt = take(quiz, learner, right=4)
        question = questions[0]
        new = services.revise_question(question=question, changes={"text": "<p>Жаңа мәтін</p>"})
        assert new.pk != question.pk and new.version == 2 and new.family == question.family
        question.refresh_from_db()
        assert not question.is_current
        shown = attempt.answers.get(question_id=question.pk).question
        assert shown.text != "<p>Жаңа мәтін</p>"

    def test_editing_an_unused_question_changes_it_in_place(self, questions):
        new = services.revise_question(question=questions[0], changes={"name": "renamed"})
        assert new.pk == questions[0].pk and new.version == 1

    def test_fixing_a_wrong_key_regrades_affected_attempts_and_gating_follows(
        self, quiz, learner, questions
    ):
        # the key of q0 was wrong: "b" is right. The trainee answered "b" everywhere.
        attempt = take(quiz, learner, right=0)
        assert attempt.percent == 0
        fixed_options = [
            {**o, "fraction": 1 if o["id"] == "b" else 0} for o in questions[0].options
        ]
        new = services.revise_question(question=questions[0], changes={"options": fixed_options})
        assert services.regrade(question=new) == 1
        attempt.refresh_from_db()
        assert attempt.percent == 25 and not attempt.passed
        for question in questions[1:]:
            options = [{**o, "fraction": 1 if o["id"] == "b" else 0} for o in question.options]
            services.regrade(
                question=services.revise_question(question=question, changes={"options": options})
            )
        attempt.refresh_from_db()
        assert attempt.percent == 100 and attempt.passed
        assert learner.completions.filter(page_key=quiz.translation_key).exists()


def test_random_draws_pick_distinct_questions_from_the_category(tree, learner):
    category = question_category("Bank/Final")
    for i in range(6):
        single_choice(name=f"bank{i}", category=category)
    quiz = quiz_page(tree["modules"][0], slug="final")
    QuizDraw.objects.create(quiz=quiz, category=question_category("Bank"), count=4)
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    keys = [a.question.translation_key for a in attempt.answers.all()]
    assert len(keys) == 4 and len(set(keys)) == 4


def test_the_quiz_language_picks_the_translation(tree, learner):
    kk = single_choice(name="lang", language="kk")
    ru = single_choice(name="lang-ru", language="ru", translation_key=kk.translation_key)
    from tests.factories import translate_tree

    russian = translate_tree(tree, "ru")
    quiz = quiz_page(russian["modules"][0], questions=[kk], slug="ru-quiz")
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    assert attempt.answers.get().question_id == ru.pk


def test_each_fixed_question_is_asked_in_its_current_version_in_the_quiz_language(tree, learner):
    """Resolved for all questions at once: the quiz's language first, else the question's own
    current version; a description is worth nothing, a quiz's own mark wins over the default."""
    revised = single_choice(name="revised")
    Question.objects.filter(pk=revised.pk).update(is_current=False)
    current = single_choice(
        name="revised v2",
        family=revised.family,
        version=2,
        translation_key=revised.translation_key,
        default_mark=Decimal(2),
    )
    russian = single_choice(name="ru", language="ru")
    kazakh = single_choice(name="kk", translation_key=russian.translation_key)
    russian_only = single_choice(name="ru only", language="ru")
    Question.objects.filter(pk=russian_only.pk).update(is_current=False)
    russian_only_v2 = single_choice(
        name="ru only v2",
        language="ru",
        family=russian_only.family,
        version=2,
        translation_key=russian_only.translation_key,
    )
    note = DescriptionQuestion.objects.create(
        category=question_category(), name="note", text="<p>Оқыңыз</p>"
    )
    quiz = quiz_page(
        tree["modules"][0], questions=[revised, russian, russian_only, note], slug="versions"
    )
    QuizQuestion.objects.filter(quiz=quiz, question=russian).update(mark=Decimal(5))
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    asked = list(attempt.answers.order_by("position").values_list("question_id", "mark"))
    assert asked == [
        (current.pk, Decimal(2)),
        (kazakh.pk, Decimal(5)),
        (russian_only_v2.pk, Decimal(1)),
        (note.pk, Decimal(0)),
    ]
    assert attempt.max_score == Decimal(8)


def test_random_draws_keep_to_their_categories_and_never_repeat_a_question(tree, learner):
    law = question_category("Bank/Law")
    ethics = question_category("Bank/Law/Ethics")
    practice = question_category("Bank/Practice")
    for i in range(2):
        single_choice(name=f"law{i}", category=law)
        single_choice(name=f"ethics{i}", category=ethics)
        single_choice(name=f"practice{i}", category=practice)
    DescriptionQuestion.objects.create(category=law, name="note", text="<p>Оқыңыз</p>")
    fixed = single_choice(name="fixed", category=law)
    quiz = quiz_page(tree["modules"][0], questions=[fixed], slug="draws", max_attempts=0)
    QuizDraw.objects.create(
        quiz=quiz, category=law, count=2, include_subcategories=False, sort_order=0
    )
    everything = QuizDraw.objects.create(
        quiz=quiz, category=question_category("Bank"), count=4, mark=Decimal(3), sort_order=1
    )
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    answers = list(attempt.answers.order_by("position").select_related("question"))
    assert [a.question.name for a in answers[:1]] == ["fixed"]
    assert {a.question.name for a in answers[1:3]} == {"law0", "law1"}
    assert {a.question.name for a in answers[3:]} == {
        "ethics0",
        "ethics1",
        "practice0",
        "practice1",
    }
    assert [a.mark for a in answers] == [1, 1, 1, 3, 3, 3, 3]
    services.submit_attempt(attempt=attempt, trainee=learner)
    everything.count = 5
    everything.save()
    with pytest.raises(services.AssessmentError, match="«Bank»"):
        services.start_attempt(trainee=learner, quiz=quiz)


def test_quiz_content_carries_its_language_on_a_page_in_another(quiz, learner, client):
    """An attempt keeps the language it was started in; read on a Russian page, its title,
    questions and options say they are Kazakh, so a screen reader reads them with the right
    voice, while the page's own words stay Russian."""
    attempt = services.start_attempt(trainee=learner, quiz=quiz)
    assert attempt.language == "kk"
    client.force_login(learner)
    in_russian = client.get(f"/ru/quiz/attempts/{attempt.pk}/").text
    assert '<h1 lang="kk">' in in_russian
    assert in_russian.count('<div class="question-text" lang="kk">') == 4
    assert in_russian.count('<label lang="kk"><input type="radio"') == 4 * 3  # a, b and c
    assert "Сохранить ответы" in in_russian  # the page's own words
    in_kazakh = client.get(f"/kk/quiz/attempts/{attempt.pk}/").text
    assert ' lang="kk">' not in in_kazakh.split("<body", 1)[1]

    answer_all(attempt, right=4)
    services.submit_attempt(attempt=attempt, trainee=learner)
    review = client.get(f"/ru/quiz/attempts/{attempt.pk}/review/").text
    assert '<h1 lang="kk">' in review
    assert review.count('<div class="question-text" lang="kk">') == 4
    review_in_kazakh = client.get(f"/kk/quiz/attempts/{attempt.pk}/review/").text
    assert ' lang="kk">' not in review_in_kazakh.split("<body", 1)[1]
