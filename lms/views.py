"""Trainee and trainer pages: thin views over lms services and selectors."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from curriculum.models import LessonPage

from . import conf, ical, selectors, services
from .forms import (
    EnrolTraineeForm,
    PracticeRecordForm,
    ProfileForm,
    RegistrationForm,
    ReviewForm,
)
from .models import Enrolment, PracticeRecord, Session, TraineeProfile
from .permissions import can_manage_trainee, cohorts_visible_to, trainees_visible_to


def _back(request, fallback: str):
    target = request.POST.get("next") or request.META.get("HTTP_REFERER", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return HttpResponseRedirect(target)
    return redirect(fallback)


def register(request):
    """Open a trainee account, then go on to fill in the profile."""
    if request.user.is_authenticated:
        return redirect("lms:dashboard")
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.register_trainee(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Fill in your profile to start."))
        return redirect("lms:profile")
    return render(request, "lms/register.html", {"form": form}, status=400 if form.errors else 200)


@login_required
def dashboard(request):
    """Each course the trainee studies: progress in hours, what is next, why modules are locked."""
    return render(request, "lms/dashboard.html", {"courses": selectors.dashboard(request.user)})


@login_required
@require_POST
def complete_page(request, page_id: int):
    """The trainee marks a lesson done and goes on to the next open page."""
    # lessons are marked done by the trainee; other pages (quizzes) complete in their own way
    page = get_object_or_404(LessonPage.objects.live(), pk=page_id)
    try:
        services.complete_lesson(trainee=request.user, page=page)
    except services.LmsError as error:
        messages.error(request, str(error))
        return render(request, "lms/refused.html", {"reason": str(error), "page": page}, status=403)
    messages.success(request, _("“%(title)s” is done.") % {"title": page.title})
    following = request.POST.get("next_page")
    if following and following.isdigit():
        next_page = Page.objects.live().filter(pk=following).first()
        if next_page is not None:
            return redirect(next_page.url)
    return redirect(page.url)


@login_required
@require_POST
def enrol(request, course_id: int):
    course = get_object_or_404(Page.objects.live().specific(), pk=course_id)
    try:
        services.enrol(trainee=request.user, course=course)
    except services.LmsError as error:
        messages.error(request, str(error))
        return _back(request, "lms:dashboard")
    messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    return redirect("lms:dashboard")


@login_required
def profile(request):
    """The trainee's own profile and consent; only they and scoped staff ever see it."""
    instance = TraineeProfile.objects.filter(user=request.user).first()
    consent_given = services.has_current_consent(request.user)
    form = ProfileForm(
        request.POST or None,
        request.FILES or None,
        instance=instance,
        consent_given=consent_given,
    )
    if request.method == "POST" and form.is_valid():
        profile = form.save(commit=False)
        profile.user = request.user
        if "diploma" in form.changed_data and profile.diploma:
            profile.diploma_status = TraineeProfile.Verification.PENDING
        profile.save()
        form.save_m2m()
        if not consent_given:
            services.give_consent(user=request.user)
        messages.success(request, _("Your profile is saved."))
        return redirect("lms:profile")
    return render(
        request,
        "lms/profile.html",
        {
            "form": form,
            "profile": instance,
            "consent_version": conf.get("CONSENT_TEXT_VERSION"),
        },
        status=400 if form.errors else 200,
    )


@login_required
def private_file(request, name: str):
    """A diploma scan, for its owner and for staff whose scope covers them; 404 for anyone else."""
    profile = TraineeProfile.objects.filter(diploma=name).select_related("user").first()
    allowed = profile is not None and (
        request.user.pk == profile.user_id or can_manage_trainee(request.user, profile.user)
    )
    if not allowed:
        raise Http404
    return FileResponse(profile.diploma.open("rb"))


@login_required
def practice(request):
    """The trainee's practice log, and the form to add a case."""
    form = PracticeRecordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.log_practice(
                trainee=request.user,
                supervisor=data["supervisor"],
                date=data["date"],
                kind=data["kind"],
                role=data["role"],
                outcome=data["outcome"],
                summary=data["summary"],
            )
        except services.LmsError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The case is logged and waits for confirmation."))
            return redirect("lms:practice")
    return render(
        request,
        "lms/practice.html",
        {"form": form, "records": selectors.practice_records_of(request.user)},
        status=400 if form.errors else 200,
    )


@login_required
def practice_reviews(request):
    """Cases waiting for this supervisor's confirmation."""
    return render(
        request,
        "lms/practice_reviews.html",
        {"records": selectors.practice_awaiting_review(request.user), "form": ReviewForm()},
    )


@login_required
@require_POST
def review_practice(request, record_id: int):
    record = get_object_or_404(PracticeRecord, pk=record_id, supervisor=request.user)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to confirm or reject the case."))
        return redirect("lms:practice_reviews")
    try:
        services.review_practice(
            record=record,
            by=request.user,
            confirm=form.cleaned_data["decision"] == "confirm",
            comment=form.cleaned_data["comment"],
        )
    except services.LmsError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your decision is recorded."))
    return redirect("lms:practice_reviews")


@login_required
def cohort_list(request):
    """The cohorts this trainer teaches (or this coordinator runs)."""
    cohorts = cohorts_visible_to(request.user).select_related("region").order_by("-starts_on")
    return render(request, "lms/cohort_list.html", {"cohorts": cohorts})


@login_required
def cohort_calendar(request, cohort_id: int):
    """A cohort's sessions as a calendar file, for its trainees and the staff who run it; 404
    for anyone else, as for a cohort that does not exist."""
    cohort = selectors.cohort_on_calendar(request.user, cohort_id)
    if cohort is None:
        raise Http404
    body = ical.cohort_calendar(cohort, cohort.sessions.order_by("date", "starts_at"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="kelisim-cohort-{cohort.pk}.ics"'
    return response


@login_required
def cohort_detail(request, cohort_id: int):
    """The roster and the progress matrix: trainees x modules, with hours attended."""
    cohort = get_object_or_404(
        cohorts_visible_to(request.user).select_related("region", "course"), pk=cohort_id
    )
    form = EnrolTraineeForm(request.POST or None, trainees=trainees_visible_to(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = services.enrol(
                trainee=form.cleaned_data["trainee"],
                course=cohort.course,
                cohort=cohort,
                by=request.user,
            )
        except services.LmsError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("%(name)s is enrolled: %(status)s.")
                % {"name": enrolment.trainee, "status": enrolment.get_status_display()},
            )
            return redirect("lms:cohort", cohort_id=cohort.pk)
    modules, rows = selectors.progress_matrix(cohort)
    return render(
        request,
        "lms/cohort_detail.html",
        {
            "cohort": cohort,
            "modules": modules,
            "rows": rows,
            "sessions": cohort.sessions.all(),
            "form": form,
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def withdraw(request, cohort_id: int, enrolment_id: int):
    """Staff take a trainee off a cohort; the first on its waiting list moves up."""
    cohort = get_object_or_404(cohorts_visible_to(request.user), pk=cohort_id)
    enrolment = get_object_or_404(Enrolment, pk=enrolment_id, cohort=cohort)
    try:
        services.withdraw(enrolment=enrolment, by=request.user)
    except services.LmsError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(name)s is withdrawn.") % {"name": enrolment.trainee})
    return redirect("lms:cohort", cohort_id=cohort.pk)


@login_required
def attendance(request, cohort_id: int, session_id: int):
    """Mark who attended a session; each present trainee gets the session's academic hours."""
    cohort = get_object_or_404(cohorts_visible_to(request.user), pk=cohort_id)
    session = get_object_or_404(Session, pk=session_id, cohort=cohort)
    enrolments = list(
        selectors.roster(cohort).filter(
            status__in=(Enrolment.Status.ACTIVE, Enrolment.Status.COMPLETED)
        )
    )
    if request.method == "POST":
        present_ids = set(request.POST.getlist("present"))
        marks = {e.trainee_id: str(e.trainee_id) in present_ids for e in enrolments}
        try:
            services.mark_attendance(session=session, present=marks, by=request.user)
        except services.LmsError as error:
            messages.error(request, str(error))
            return redirect("lms:attendance", cohort_id=cohort.pk, session_id=session.pk)
        messages.success(request, _("Attendance is saved."))
        return redirect("lms:cohort", cohort_id=cohort.pk)
    marked = {mark.trainee_id: mark.present for mark in session.attendance.all()}
    return render(
        request,
        "lms/attendance.html",
        {
            "cohort": cohort,
            "session": session,
            "rows": [(e, marked.get(e.trainee_id)) for e in enrolments],
        },
    )
