"""Nobody sees another person's learner records except staff whose scope covers them; ids typed
into URLs are refused."""

import os
from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from lms import services
from lms.models import Cohort, PracticeRecord, StaffScope
from lms.permissions import cohorts_visible_to, trainees_visible_to
from tests.factories import (
    CohortFactory,
    OrganisationFactory,
    SessionFactory,
    UserFactory,
    curriculum_tree,
    region,
    trainee,
)
from tests.html_forms import forms_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return curriculum_tree(modules=2, lessons_per_module=1)["course"]


@pytest.fixture
def coordinator():
    """A coordinator of the Turkistan regional office."""
    user = UserFactory(username="coordinator-turkistan", groups=["Coordinators"])
    StaffScope.objects.create(user=user, region=region("turkistan"))
    return user


def test_a_regional_coordinator_sees_only_the_trainees_of_their_region(coordinator):
    local = trainee("local", region=region("turkistan"))
    distant = trainee("distant", region=region("pavlodar"))
    visible = set(trainees_visible_to(coordinator))
    assert local in visible and distant not in visible


def test_an_association_coordinator_sees_its_members_in_any_region():
    association = OrganisationFactory(region=region("almaty"))
    user = UserFactory(username="coordinator-association", groups=["Coordinators"])
    StaffScope.objects.create(user=user, organisation=association)
    member = trainee("member", region=region("mangystau"))
    member.trainee_profile.organisations.add(association)
    outsider = trainee("outsider", region=region("almaty"))
    visible = set(trainees_visible_to(user))
    assert member in visible and outsider not in visible


def test_national_administrators_see_everyone():
    admin = UserFactory(username="national", groups=["Administrators"])
    people = {trainee("a", region=region("abai")), trainee("b", region=region("shymkent"))}
    assert people <= set(trainees_visible_to(admin))


def test_a_trainer_sees_only_their_cohorts(course):
    trainer = UserFactory(username="trainer", groups=["Instructors"])
    mine = CohortFactory(course=course, trainers=[trainer])
    CohortFactory(course=course)
    assert list(cohorts_visible_to(trainer)) == [mine]


def test_a_coordinator_sees_nothing_of_another_regions_cohorts(course, coordinator):
    CohortFactory(course=course, region=region("pavlodar"))
    local = CohortFactory(course=course, region=region("turkistan"))
    assert list(cohorts_visible_to(coordinator)) == [local]


def test_a_trainee_gets_404_for_another_trainees_cohort_pages(client, course):
    cohort = CohortFactory(course=course)
    session = SessionFactory(cohort=cohort)
    client.force_login(trainee("curious"))
    assert client.get(f"/kk/learn/cohorts/{cohort.pk}/").status_code == 404
    assert (
        client.get(f"/kk/learn/cohorts/{cohort.pk}/sessions/{session.pk}/attendance/").status_code
        == 404
    )


def test_a_trainer_gets_404_for_a_cohort_they_do_not_teach(client, course):
    other = CohortFactory(course=course)
    client.force_login(UserFactory(username="trainer", groups=["Instructors"]))
    assert client.get(f"/kk/learn/cohorts/{other.pk}/").status_code == 404


def test_a_trainee_cannot_review_a_case_by_guessing_its_id(client):
    supervisor = UserFactory(username="supervisor", groups=["Instructors"])
    owner = trainee("owner")
    record = services.log_practice(
        trainee=owner,
        supervisor=supervisor,
        date=date(2026, 9, 1),
        kind="observed",
        role="observer",
        outcome="consultation",
    )
    client.force_login(trainee("intruder"))
    response = client.post(f"/kk/learn/practice/{record.pk}/review/", {"decision": "confirm"})
    assert response.status_code == 404
    assert PracticeRecord.objects.get().status == "pending"


def test_trainee_pages_show_only_the_trainees_own_records(client, course):
    owner, other = trainee("owner"), trainee("other")
    services.enrol(trainee=other, course=course)
    supervisor = UserFactory(username="supervisor", groups=["Instructors"])
    services.log_practice(
        trainee=other,
        supervisor=supervisor,
        date=date(2026, 9, 1),
        kind="observed",
        role="observer",
        outcome="consultation",
        summary="Көршілер арасындағы дау",
    )
    client.force_login(owner)
    assert course.title not in client.get("/kk/learn/").content.decode()
    assert "Көршілер арасындағы дау" not in client.get("/kk/learn/practice/").content.decode()
    profile_html = client.get("/kk/learn/profile/").content.decode()
    assert other.trainee_profile.full_name not in profile_html


def test_admin_trainee_list_and_edit_respect_the_coordinators_region(client, coordinator):
    local = trainee("local", region=region("turkistan"))
    distant = trainee("distant", region=region("pavlodar"))
    client.force_login(coordinator)
    listing = client.get("/admin/lms/trainees/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert local.trainee_profile.full_name in html
    assert distant.trainee_profile.full_name not in html
    edit = f"/admin/lms/trainees/edit/{distant.trainee_profile.pk}/"
    assert client.get(edit, follow=True).status_code == 404
    assert client.get(f"/admin/lms/trainees/edit/{local.trainee_profile.pk}/").status_code == 200


def test_admin_inspect_pages_respect_the_coordinators_region(client, coordinator):
    local = trainee("local", region=region("turkistan"))
    distant = trainee("distant", region=region("pavlodar"))
    client.force_login(coordinator)
    inspect = "/admin/lms/trainees/inspect/{}/"
    assert client.get(inspect.format(distant.trainee_profile.pk)).status_code == 404
    page = client.get(inspect.format(local.trainee_profile.pk))
    assert page.status_code == 200
    assert local.trainee_profile.full_name in page.content.decode()


def test_a_trainee_cannot_open_the_admin_screens(client):
    client.force_login(trainee("plain"))
    for url in ("/admin/lms/trainees/", "/admin/lms/import/", "/admin/lms/override/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/admin/login/" in response["Location"]


def test_an_override_outside_the_coordinators_scope_is_refused(client, course, coordinator):
    distant = trainee("distant", region=region("pavlodar"))
    module = course.get_children().first()
    client.force_login(coordinator)
    response = client.post(
        "/admin/lms/override/",
        {"trainee": distant.username, "page": module.pk, "reason": "Себеп"},
    )
    assert response.status_code == 200  # the form is shown again with the error
    assert not distant.gating_overrides.exists()


def test_a_diploma_is_served_only_to_its_owner_and_scoped_staff(client, settings, coordinator):
    owner = trainee("graduate", region=region("turkistan"))
    profile = owner.trainee_profile
    profile.diploma.save("diploma.pdf", ContentFile(b"%PDF-1.4 diploma"))
    assert str(settings.MEDIA_ROOT) not in profile.diploma.path
    url = profile.diploma.url
    assert url.startswith("/kk/learn/files/")
    client.force_login(owner)
    assert client.get(url).status_code == 200
    client.force_login(coordinator)
    assert client.get(url).status_code == 200
    client.force_login(trainee("nosy", region=region("turkistan")))
    assert client.get(url).status_code == 404
    distant_coordinator = UserFactory(username="coordinator-pavlodar", groups=["Coordinators"])
    StaffScope.objects.create(user=distant_coordinator, region=region("pavlodar"))
    client.force_login(distant_coordinator)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "name, kept",
    [
        ("Дипломның көшірмесі " * 12 + ".pdf", ".pdf"),  # 240 letters: 450 bytes
        ("ә" * 300, ""),
        ("диплом." + "ә" * 120, ""),  # a dot, but no extension after it
        ("diploma.pdf", ".pdf"),
    ],
)
def test_a_diploma_named_longer_than_a_filesystem_holds_is_kept_cut_to_fit(name, kept):
    """Was a 500 on the profile page (OSError: File name too long)."""
    profile = trainee("long-named").trainee_profile
    for _twice in range(2):  # the second one gets a suffix that makes it unique
        profile.diploma.save(name, ContentFile(b"%PDF-1.4 diploma"))
        stored = os.path.basename(profile.diploma.name)
        assert len(stored.encode()) <= 255 and stored.endswith(kept)
        assert stored[:6] == name.replace(" ", "_")[:6]
        assert profile.diploma.open("rb").read() == b"%PDF-1.4 diploma"


def test_a_coordinator_enrols_a_trainee_of_their_region_into_a_cohort(client, course, coordinator):
    cohort = CohortFactory(course=course, region=region("turkistan"))
    local = trainee("local", region=region("turkistan"))
    distant = trainee("distant", region=region("pavlodar"))
    client.force_login(coordinator)
    url = f"/kk/learn/cohorts/{cohort.pk}/"
    assert client.post(url, {"trainee": "local"}).status_code == 302
    assert local.enrolments.get().cohort == cohort
    assert client.post(url, {"trainee": "distant"}).status_code == 400
    assert not distant.enrolments.exists()


def test_a_trainer_cannot_enrol_trainees_through_the_cohort_page(client, course):
    trainer = UserFactory(username="trainer", groups=["Instructors"])
    cohort = CohortFactory(course=course, trainers=[trainer])
    someone = trainee("someone")
    client.force_login(trainer)
    assert client.post(f"/kk/learn/cohorts/{cohort.pk}/", {"trainee": "someone"}).status_code == 400
    assert not someone.enrolments.exists()


def test_verifying_a_diploma_in_the_admin_records_who_and_when(client, coordinator):
    local = trainee("graduate", region=region("turkistan"))
    profile = local.trainee_profile
    client.force_login(coordinator)
    url = f"/admin/lms/trainees/edit/{profile.pk}/"
    form = client.get(url).context["form"]
    data = {
        name: (value.pk if hasattr(value, "pk") else value)
        for name, value in form.initial.items()
        if value is not None and name not in ("organisations", "diploma")
    }
    data["diploma_status"] = "verified"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    profile.refresh_from_db()
    assert profile.diploma_status == "verified"
    assert profile.diploma_verified_by == coordinator
    assert profile.diploma_verified_at is not None


def test_admin_adds_a_profile_to_an_existing_account(client):
    admin = UserFactory(username="national", groups=["Administrators"])
    newcomer = UserFactory(username="paper-form")
    client.force_login(admin)
    response = client.post(
        "/admin/lms/trainees/new/",
        {"user": newcomer.pk, "full_name": "Сәуле Әбенова", "diploma_status": "not_submitted"},
    )
    assert response.status_code == 302
    assert newcomer.trainee_profile.full_name == "Сәуле Әбенова"


def test_a_coordinator_withdraws_a_trainee_and_a_trainer_cannot(client, course, coordinator):
    trainer = UserFactory(username="trainer", groups=["Instructors"])
    cohort = CohortFactory(course=course, region=region("turkistan"), trainers=[trainer])
    local = trainee("local", region=region("turkistan"))
    enrolment = services.enrol(trainee=local, course=course, cohort=cohort)
    url = f"/kk/learn/cohorts/{cohort.pk}/enrolments/{enrolment.pk}/withdraw/"
    client.force_login(trainer)
    client.post(url)
    enrolment.refresh_from_db()
    assert enrolment.status == "active"
    client.force_login(coordinator)
    assert client.post(url).status_code == 302
    enrolment.refresh_from_db()
    assert enrolment.status == "withdrawn"


def _post_admin_form(client, url: str, **changed):
    """The admin form on the page, sent as it came but for the fields changed."""
    form = next(
        f
        for f in forms_of(client.get(url).text, "http://testserver" + url)
        if f.method == "post" and f.action.endswith(url)
    )
    return client.post(url, form.data(**{k: str(v) for k, v in changed.items()}))


def test_a_coordinator_keeps_the_cohorts_they_create_or_edit_within_their_region(
    client, course, coordinator
):
    def post(url, **changed):
        return _post_admin_form(client, url, **changed)

    client.force_login(coordinator)
    new = {
        "course": course.pk,
        "title": "Семинар",
        "starts_on": "2026-12-01",
        "ends_on": "2026-12-05",
    }
    elsewhere = post("/admin/lms/cohorts/new/", **new, region=region("pavlodar").pk)
    assert elsewhere.status_code == 200 and elsewhere.context["form"].non_field_errors()
    assert not Cohort.objects.exists()

    assert post("/admin/lms/cohorts/new/", **new, region=region("turkistan").pk).status_code == 302
    cohort = Cohort.objects.get()
    moved = post(f"/admin/lms/cohorts/edit/{cohort.pk}/", region=region("pavlodar").pk)
    assert moved.status_code == 200 and moved.context["form"].non_field_errors()
    cohort.refresh_from_db()
    assert cohort.region == region("turkistan")

    client.force_login(UserFactory(username="national", groups=["Administrators"]))
    edit = f"/admin/lms/cohorts/edit/{cohort.pk}/"
    assert post(edit, region=region("pavlodar").pk).status_code == 302


def test_a_coordinator_who_trains_a_cohort_of_another_region_can_still_save_it(
    client, course, coordinator
):
    coordinator.groups.add(Group.objects.get(name="Instructors"))
    cohort = CohortFactory(course=course, region=region("pavlodar"), title="Семинар")
    cohort.trainers.add(coordinator)
    cohort.save()  # a parental many-to-many is written on save
    client.force_login(coordinator)
    edit = f"/admin/lms/cohorts/edit/{cohort.pk}/"
    assert _post_admin_form(client, edit, title="Семинар Павлодар").status_code == 302
    cohort.refresh_from_db()
    assert cohort.title == "Семинар Павлодар"

    moved = _post_admin_form(client, edit, region=region("almaty").pk)
    assert moved.status_code == 200 and moved.context["form"].non_field_errors()
    cohort.refresh_from_db()
    assert cohort.region == region("pavlodar")
    assert _post_admin_form(client, edit, region=region("turkistan").pk).status_code == 302


def _choices(client, url: str, name: str) -> set[str]:
    """The values offered by a select of the admin form on the page (ids), but the empty one."""
    form = next(
        f
        for f in forms_of(client.get(url).text, "http://testserver" + url)
        if f.method == "post" and f.action.endswith(url)
    )
    return {value for value in form.options[name] if value}


def test_a_coordinator_of_a_region_is_offered_only_their_region(client, course, coordinator):
    client.force_login(coordinator)
    assert _choices(client, "/admin/lms/cohorts/new/", "region") == {str(region("turkistan").pk)}
    profile = trainee("local", region=region("turkistan")).trainee_profile
    edit = f"/admin/lms/trainees/edit/{profile.pk}/"
    assert _choices(client, edit, "region") == {str(region("turkistan").pk)}

    # a cohort they train in another region keeps its own region on offer
    coordinator.groups.add(Group.objects.get(name="Instructors"))
    cohort = CohortFactory(course=course, region=region("pavlodar"))
    cohort.trainers.add(coordinator)
    cohort.save()
    offered = _choices(client, f"/admin/lms/cohorts/edit/{cohort.pk}/", "region")
    assert offered == {str(region("turkistan").pk), str(region("pavlodar").pk)}

    client.force_login(UserFactory(username="national", groups=["Administrators"]))
    assert len(_choices(client, "/admin/lms/cohorts/new/", "region")) == 20


def test_a_coordinator_of_an_association_is_offered_only_it_for_a_cohort(client, course):
    association = OrganisationFactory(name_kk="Қауымдастық")
    OrganisationFactory(name_kk="Басқа қауымдастық")
    user = UserFactory(username="coordinator-association", groups=["Coordinators"])
    StaffScope.objects.create(user=user, organisation=association)
    client.force_login(user)
    assert _choices(client, "/admin/lms/cohorts/new/", "organisation") == {str(association.pk)}
    assert len(_choices(client, "/admin/lms/cohorts/new/", "region")) == 20  # any, with it


def test_a_coordinator_keeps_the_trainees_they_edit_within_their_region(client, coordinator):
    profile = trainee("local", region=region("turkistan")).trainee_profile
    url = f"/admin/lms/trainees/edit/{profile.pk}/"
    client.force_login(coordinator)
    moved = _post_admin_form(client, url, region=region("pavlodar").pk)
    assert moved.status_code == 200 and moved.context["form"].non_field_errors()
    profile.refresh_from_db()
    assert profile.region == region("turkistan")
    assert _post_admin_form(client, url, phone="+7 701 111 22 33").status_code == 302

    client.force_login(UserFactory(username="national", groups=["Administrators"]))
    assert _post_admin_form(client, url, region=region("pavlodar").pk).status_code == 302
    profile.refresh_from_db()
    assert profile.region == region("pavlodar") and profile.phone == "+7 701 111 22 33"
