"""Taking a quiz, reviewing an attempt, and the trainers' grading queue: thin views over the
assessments services. Another trainee's attempt id answers 404, like one that does not exist."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .forms import BadSubmission, GradeForm, responses_from_request
from .models import Attempt, QuizPage


def _quiz(page_id: int) -> QuizPage:
    return get_object_or_404(QuizPage.objects.live().select_related("locale"), pk=page_id)


def _own_attempt(request, attempt_id: int) -> Attempt:
    attempt = selectors.attempt_of(request.user, attempt_id)
    if attempt is None:
        raise Http404
    return attempt


def _wants_json(request) -> bool:
    return request.content_type == "application/json" or request.headers.get(
        "Accept", ""
    ).startswith("application/json")


@login_required
@require_POST
def start(request, page_id: int):
    quiz = _quiz(page_id)
    try:
        attempt = services.start_attempt(trainee=request.user, quiz=quiz)
    except services.AssessmentError as error:
        return render(
            request, "assessments/refused.html", {"reason": str(error), "quiz": quiz}, status=403
        )
    return redirect("assessments:attempt", attempt_id=attempt.pk)


@login_required
def attempt(request, attempt_id: int):
    """The questions of an attempt in progress, with the answers saved so far."""
    attempt = _own_attempt(request, attempt_id)
    if services.finish_if_overdue(attempt):
        messages.info(request, _("Time ran out: your attempt was submitted."))
        attempt.refresh_from_db()
    if not attempt.in_progress:
        return redirect("assessments:review", attempt_id=attempt.pk)
    quiz = attempt.quiz.specific
    return render(
        request,
        "assessments/attempt.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "questions": selectors.questions_for(attempt, quiz=quiz),
            "seconds_left": attempt.seconds_left(),
        },
    )


@login_required
@require_POST
def save(request, attempt_id: int):
    """Save answers (the page's script sends them as the trainee goes; the Save button too);
    the Submit button saves the form's answers and submits the attempt in one go."""
    attempt = _own_attempt(request, attempt_id)
    wants_json = _wants_json(request)
    submitting = not wants_json and "submit" in request.POST
    # only a plain form is read against the questions' types; the services load the answers
    # again, with their questions, under the attempt's lock
    try:
        responses = responses_from_request(request, lambda: selectors.answer_kinds(attempt))
        if submitting:
            services.submit_attempt(attempt=attempt, trainee=request.user, responses=responses)
        else:
            attempt = services.save_answers(
                attempt=attempt, trainee=request.user, responses=responses
            )
    except (BadSubmission, services.AssessmentError) as error:
        if wants_json:
            return JsonResponse({"saved": False, "error": str(error)}, status=400)
        messages.error(request, str(error))
        return render(
            request,
            "assessments/refused.html",
            {"reason": str(error), "quiz": attempt.quiz, "attempt": attempt},
            status=400,
        )
    if wants_json:
        return JsonResponse({"saved": True, "seconds_left": attempt.seconds_left()})
    if submitting:
        return redirect("assessments:review", attempt_id=attempt.pk)
    messages.success(request, _("Your answers are saved."))
    return redirect("assessments:attempt", attempt_id=attempt.pk)


@login_required
def review(request, attempt_id: int):
    """The result of an attempt; right answers only when the quiz's review rule allows."""
    attempt = _own_attempt(request, attempt_id)
    if attempt.in_progress:
        return redirect("assessments:attempt", attempt_id=attempt.pk)
    quiz = attempt.quiz.specific
    show_key = services.review_allowed(attempt, quiz)
    rows = []
    for shown in selectors.questions_for(attempt, quiz=quiz):
        rows.append(
            {
                "shown": shown,
                "key": shown.answer.question.key_data() if show_key else None,
                "feedback": shown.answer.feedback if show_key else [],
            }
        )
    return render(
        request,
        "assessments/review.html",
        {"attempt": attempt, "quiz": quiz, "rows": rows, "show_key": show_key},
    )


@login_required
def grading_queue(request):
    return render(
        request,
        "assessments/grading_queue.html",
        {"answers": selectors.grading_queue(request.user)[:200]},
    )


@login_required
def grade(request, answer_id: int):
    """Grade one essay or practical assessment with its rubric."""
    answer = selectors.answer_to_grade(request.user, answer_id)
    if answer is None:
        raise Http404
    form = GradeForm(request.POST or None, rubric=answer.question.rubric)
    if request.method == "POST" and form.is_valid():
        try:
            services.grade_answer(
                answer=answer,
                grader=request.user,
                scores=form.scores(),
                comment=form.cleaned_data["comment"],
            )
        except services.AssessmentError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The grade is saved."))
            return redirect("assessments:grading_queue")
    return render(
        request,
        "assessments/grade.html",
        {"answer": answer, "form": form},
        status=400 if form.errors else 200,
    )
