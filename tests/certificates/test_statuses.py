"""Stored eligibility statuses: the engine writes them, fact changes mark them stale, the report
judges the outdated ones before reading, a worker takes over when there are many, and the stored
report agrees with judging everyone live."""

import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection, connections

from certificates import reports, statuses, tasks
from certificates.eligibility import evaluate_profiles
from certificates.models import (
    DocumentRequirement,
    EligibilityStatus,
    ExclusionFlag,
    QualificationProfile,
    TraineeDocument,
)
from certificates.statuses import outdated_trainee_ids
from lms import services as lms_services
from tests.certificates.report_world import adult, make_profile, make_world, national, today
from tests.factories import curriculum_tree, quiz_page, single_choice, trainee

pytestmark = pytest.mark.django_db

REPORT = "/admin/qualifications/report/"


@pytest.fixture
def profile():
    return make_profile()


@pytest.fixture
def world(profile):
    return make_world(profile)


def stored(user, profile) -> EligibilityStatus:
    return EligibilityStatus.objects.get(trainee=user, profile=profile)


def everyone():
    return (
        get_user_model().objects.filter(trainee_profile__isnull=False).values_list("pk", flat=True)
    )


def test_a_refresh_stores_one_status_per_trainee_and_profile_as_the_engine_judges(world):
    judged = statuses.refresh_statuses()
    profiles = list(QualificationProfile.objects.order_by("pk"))
    assert judged == len(everyone())
    assert EligibilityStatus.objects.count() == judged * len(profiles)
    for trainee_id, checklists in evaluate_profiles(profiles, everyone()):
        for checklist in checklists:
            row = EligibilityStatus.objects.get(trainee_id=trainee_id, profile=checklist.profile)
            assert (row.eligible, row.blocked, row.missing) == (
                checklist.eligible,
                checklist.blocked,
                checklist.missing,
            )
            assert row.evaluated_on == today() and not row.stale
    # a repeat stores the same, nothing twice
    statuses.refresh_statuses()
    assert EligibilityStatus.objects.count() == judged * len(profiles)


@pytest.mark.parametrize("status", ["", *reports.STATUS_CONDITIONS])
def test_the_stored_report_lists_and_counts_what_live_judging_gives(world, profile, status):
    statuses.refresh_statuses()
    ids = reports.report_trainee_ids(national())
    live = list(reports.eligibility_rows(profile, list(ids), with_people=False))
    report = reports.eligibility_report(profile, ids, status=status)
    listed = {trainee_id for trainee_id, *_stored in report.statuses}
    assert listed == {row.trainee_id for row in live if not status or status in row.statuses}
    assert report.total == len(live)
    for code in reports.STATUS_CONDITIONS:
        assert report.counts[code] == sum(code in row.statuses for row in live)
    page = reports.page_rows(profile, report.statuses, on=today())
    assert {row.trainee_id: row.statuses for row in page} == {
        row.trainee_id: row.statuses for row in live if row.trainee_id in listed
    }


def test_a_changed_fact_marks_only_that_trainee_stale_and_the_next_page_judges_them(
    client, world, profile
):
    client.force_login(national())
    client.get(REPORT, {"profile": profile.pk})
    missing_one = world["people"]["missing_one"]
    assert not stored(missing_one, profile).eligible
    TraineeDocument.objects.create(
        trainee=missing_one, kind="medical", issued_on=today(), verified=True
    )
    assert stored(missing_one, profile).stale
    assert not EligibilityStatus.objects.exclude(trainee=missing_one).filter(stale=True).exists()
    response = client.get(REPORT, {"profile": profile.pk, "status": "eligible"})
    assert missing_one.pk in {row.trainee_id for row in response.context["rows"]}
    assert stored(missing_one, profile).eligible and not stored(missing_one, profile).stale


def test_a_flag_removed_and_a_requirement_changed_are_seen_on_the_next_page(client, world, profile):
    client.force_login(national())
    client.get(REPORT, {"profile": profile.pk})
    judge = world["people"]["judge"]
    assert stored(judge, profile).blocked
    ExclusionFlag.objects.filter(trainee=judge).delete()
    response = client.get(REPORT, {"profile": profile.pk})
    assert {code: n for code, _label, n in response.context["counts"]}["blocked"] == 0

    # a new requirement nobody meets: every status of the profile is judged again
    DocumentRequirement.objects.create(profile=profile, kind="criminal_record", sort_order=9)
    assert not EligibilityStatus.objects.filter(profile=profile, stale=False).exists()
    response = client.get(REPORT, {"profile": profile.pk, "status": "eligible"})
    assert response.context["rows"] == []


@pytest.mark.parametrize("before", ["current", "stale", "never judged"])
def test_a_change_made_while_a_refresh_judges_keeps_the_status_stale(world, profile, before):
    """The change lands after the refresh read the batch's facts: storing what it judged as
    current would hide the change until the next night. So too for a trainee's first judgment,
    when there was no status to mark yet."""
    from certificates import eligibility

    missing_one = world["people"]["missing_one"]
    statuses.refresh_statuses()
    if before == "stale":
        statuses.mark_stale([missing_one.pk])
    if before == "never judged":
        EligibilityStatus.objects.filter(trainee=missing_one).delete()
    load_facts = eligibility.load_facts

    def load_then_change(batch):
        facts = load_facts(batch)
        if missing_one.pk in batch:  # a worker's change, committed while this batch is judged
            TraineeDocument.objects.create(
                trainee=missing_one, kind="medical", issued_on=today(), verified=True
            )
        return facts

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eligibility, "load_facts", load_then_change)
        statuses.refresh_statuses()
    assert stored(missing_one, profile).stale and not stored(missing_one, profile).eligible
    assert not EligibilityStatus.objects.exclude(trainee=missing_one).filter(stale=True).exists()
    # the next refresh sees the document
    statuses.refresh_statuses(outdated_trainee_ids(everyone(), on=today()))
    assert stored(missing_one, profile).eligible and not stored(missing_one, profile).stale


def test_a_requirement_changed_while_a_refresh_judges_leaves_that_profile_stale(world, profile):
    """The refresh compiled the requirements before the change: what it judged for that profile
    is not stored, and the next refresh judges with the new requirement."""
    from certificates import eligibility

    statuses.refresh_statuses()
    compile_profile = eligibility.CompiledProfile.__init__

    def compile_then_change(compiled, compiling):
        compile_profile(compiled, compiling)
        if compiling.pk == profile.pk:  # an administrator adds a requirement meanwhile
            DocumentRequirement.objects.create(
                profile=profile, kind="criminal_record", sort_order=9
            )

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(eligibility.CompiledProfile, "__init__", compile_then_change)
        statuses.refresh_statuses()
    assert not EligibilityStatus.objects.filter(profile=profile, stale=False).exists()
    assert not EligibilityStatus.objects.exclude(profile=profile).filter(stale=True).exists()
    statuses.refresh_statuses()
    assert not EligibilityStatus.objects.filter(profile=profile, stale=True).exists()
    assert not EligibilityStatus.objects.filter(profile=profile, eligible=True).exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.postgres
def test_a_requirement_changed_while_statuses_are_stored_waits_and_then_marks_them(
    committed_db, monkeypatch
):
    """The change comes after the store read the profile's revision and before it wrote: it
    must wait for the statuses to be stored and then mark them stale, not slip in between."""
    profile = make_profile()
    make_world(profile)
    statuses.refresh_statuses()
    upsert, change = statuses._upsert, {}

    def add_requirement():
        try:
            DocumentRequirement.objects.create(
                profile=profile, kind="criminal_record", sort_order=9
            )
        finally:
            connections.close_all()

    def upsert_while_a_requirement_changes(rows):
        if rows[0][statuses.ROW_FIELDS.index("profile")] == profile.pk and not change:
            change["thread"] = threading.Thread(target=add_requirement)
            change["thread"].start()
            change["thread"].join(timeout=1)
            change["waited"] = change["thread"].is_alive()
        upsert(rows)

    monkeypatch.setattr(statuses, "_upsert", upsert_while_a_requirement_changes)
    statuses.refresh_statuses()
    change["thread"].join(timeout=30)
    assert not change["thread"].is_alive()
    assert not EligibilityStatus.objects.filter(profile=profile, stale=False).exists()
    assert change["waited"]


def test_saving_a_profile_keeps_the_revision_its_requirements_reached(profile):
    stale_copy = QualificationProfile.objects.get(pk=profile.pk)
    DocumentRequirement.objects.create(profile=profile, kind="criminal_record", sort_order=9)
    stale_copy.validity_months = 12
    stale_copy.save()
    profile.refresh_from_db()
    assert (profile.revision, profile.validity_months) == (stale_copy.revision + 1, 12)


def test_statuses_stored_before_the_missing_ids_are_judged_again(world, profile):
    """The migration that added `missing_ids`: a stored status with requirements not met has
    no ids yet, so it is marked stale rather than exported with an empty column."""
    from importlib import import_module

    from django.apps import apps

    statuses.refresh_statuses()
    EligibilityStatus.objects.update(missing_ids=[])  # as the new column is filled
    import_module("certificates.migrations.0013_status_missing_ids").judge_again(apps, None)
    marked = set(EligibilityStatus.objects.filter(stale=True).values_list("pk", flat=True))
    assert marked and marked == set(
        EligibilityStatus.objects.exclude(missing=0).values_list("pk", flat=True)
    )
    statuses.refresh_statuses(outdated_trainee_ids(everyone(), on=today()))
    missing_one = stored(world["people"]["missing_one"], profile)
    assert not missing_one.stale and len(missing_one.missing_ids) == missing_one.missing == 1


def test_statuses_judged_yesterday_are_judged_again_today(client, world, profile):
    client.force_login(national())
    client.get(REPORT, {"profile": profile.pk})
    EligibilityStatus.objects.update(evaluated_on=today() - timedelta(days=1))
    client.get(REPORT, {"profile": profile.pk})
    assert (
        not EligibilityStatus.objects.filter(profile=profile).exclude(evaluated_on=today()).exists()
    )


def test_many_outdated_trainees_go_to_one_worker_task_and_the_page_says_so(
    client, world, profile, monkeypatch, refreshes_sent
):
    monkeypatch.setattr(statuses, "INLINE_LIMIT", 3)
    client.force_login(national())
    response = client.get(REPORT, {"profile": profile.pk})
    assert response.status_code == 200
    assert response.context["judging"] == 8  # nobody judged yet: all eight are waiting
    assert response.context["total"] == 0
    assert "being worked out again" in response.content.decode()
    client.get(REPORT, {"profile": profile.pk})
    assert refreshes_sent == [{"only_outdated": True}]  # queued once while the first is pending

    # the worker's side: only the outdated, then the lock is free for the next time
    assert tasks.refresh_eligibility.run(only_outdated=True) == 8
    assert tasks.refresh_eligibility.run(only_outdated=True) == 0
    assert cache.add(statuses.REFRESH_LOCK, True, 10)
    cache.delete(statuses.REFRESH_LOCK)
    response = client.get(REPORT, {"profile": profile.pk})
    assert response.context["judging"] == 0 and response.context["total"] == 8


def test_only_graded_attempts_mark_a_trainee_stale(db):
    from assessments import services as quiz_services

    tree = curriculum_tree(modules=1, lessons_per_module=1)
    quiz = quiz_page(tree["modules"][0], questions=[single_choice()], pass_mark=Decimal(50))
    person = trainee("taker")
    lms_services.enrol(trainee=person, course=tree["course"])
    statuses.refresh_statuses([person.pk])
    attempt = quiz_services.start_attempt(trainee=person, quiz=quiz)
    quiz_services.save_answers(attempt=attempt, trainee=person, responses={"1": {"choice": "a"}})
    assert not EligibilityStatus.objects.filter(trainee=person, stale=True).exists()
    quiz_services.submit_attempt(attempt=attempt, trainee=person)
    assert not EligibilityStatus.objects.filter(trainee=person, stale=False).exists()


def test_joining_an_organisation_marks_the_member_stale(world, profile):
    statuses.refresh_statuses()
    person = world["people"]["missing_two"]
    person.trainee_profile.organisations.add(world["association"])
    assert stored(person, profile).stale
    assert not stored(world["people"]["eligible"], profile).stale


def test_the_nightly_task_judges_everyone(world, profile):
    statuses.refresh_statuses()
    EligibilityStatus.objects.update(eligible=False, missing=9)
    assert tasks.refresh_eligibility.run() == len(everyone())
    assert stored(world["people"]["eligible"], profile).eligible


def test_a_new_trainee_is_judged_when_the_report_first_covers_them(client, world, profile):
    client.force_login(national())
    client.get(REPORT, {"profile": profile.pk})
    newcomer = adult("newcomer", full_name="Һәкім Үсенов")
    response = client.get(REPORT, {"profile": profile.pk, "status": "eligible"})
    assert newcomer.pk in {row.trainee_id for row in response.context["rows"]}


def test_a_trainee_marked_before_their_first_judgment_is_judged_before_any_report_counts_them(
    client, world, profile
):
    staff = national()
    statuses.refresh_statuses()
    newcomer = adult("newcomer", full_name="Һәкім Үсенов")
    EligibilityStatus.objects.filter(trainee=newcomer).delete()
    statuses.mark_stale([newcomer.pk, world["people"]["eligible"].pk])
    # a status for each profile holds the mark: stale, never judged, and counted nowhere
    marked = EligibilityStatus.objects.filter(trainee=newcomer)
    assert marked.count() == QualificationProfile.objects.count()
    assert all(s.stale and s.evaluated_on is None and s.marks == 1 for s in marked)
    report = reports.eligibility_report(profile, reports.report_trainee_ids(staff))
    assert newcomer.pk not in {trainee_id for trainee_id, *_ in report.statuses}
    assert report.total == len(everyone()) - 1
    # marking again bumps the marks, and only a trainee is given statuses
    statuses.mark_stale([newcomer.pk, staff.pk])
    assert set(marked.values_list("marks", flat=True)) == {2}
    assert not EligibilityStatus.objects.filter(trainee=staff).exists()
    # the report judges them first, and then counts them
    client.force_login(staff)
    response = client.get(REPORT, {"profile": profile.pk, "status": "eligible"})
    assert newcomer.pk in {row.trainee_id for row in response.context["rows"]}
    assert response.context["total"] == len(everyone())
    assert stored(newcomer, profile).evaluated_on == today()


def test_the_command_judges_everyone_or_only_the_outdated(world, profile):
    from io import StringIO

    from django.core.management import call_command

    output = StringIO()
    call_command("refresh_eligibility", stdout=output)
    assert f"Judged {len(everyone())} trainees" in output.getvalue()
    statuses.mark_stale([world["people"]["judge"].pk])
    call_command("refresh_eligibility", "--outdated", stdout=output)
    assert "Judged 1 trainees" in output.getvalue()
