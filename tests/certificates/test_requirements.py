"""Each requirement type and group type judged against a trainee's facts, edge dates included;
the population path runs the same queries for 10 and for 1,000 trainees."""

import importlib
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from certificates.eligibility import (
    CompiledProfile,
    TraineeFacts,
    evaluate_population,
    evaluate_trainee,
    load_facts,
    practical_quiz_courses,
)
from certificates.models import (
    AcademicHoursRequirement,
    AllOfRequirement,
    AnyOfRequirement,
    AtLeastRequirement,
    Certificate,
    CourseCompletedRequirement,
    CpdHoursRequirement,
    DocumentRequirement,
    EducationRequirement,
    ElectionRecord,
    ElectionRecordRequirement,
    ExclusionFlag,
    LanguagesRequirement,
    MembershipRequirement,
    MinimumAgeRequirement,
    NoExclusionRequirement,
    PracticalAssessmentRequirement,
    PracticeCasesRequirement,
    QualificationHeldRequirement,
    QualificationProfile,
    QuizPassedRequirement,
    RegionRequirement,
    RegisterEntry,
    RegisterEntryRequirement,
    TraineeDocument,
)
from lms import services as lms_services
from tests.factories import (
    CohortFactory,
    OrganisationFactory,
    SessionFactory,
    UserFactory,
    curriculum_tree,
    quiz_page,
    region,
    single_choice,
    trainee,
)

TODAY = date(2026, 11, 26)


def facts(**values) -> TraineeFacts:
    return TraineeFacts(trainee_id=1, **values)


class TestPersonRequirements:
    def test_age_counts_the_birthday_on_the_evaluation_day(self):
        requirement = MinimumAgeRequirement(years=40)
        assert requirement.evaluate(facts(date_of_birth=date(1986, 11, 26)), TODAY).met
        assert not requirement.evaluate(facts(date_of_birth=date(1986, 11, 27)), TODAY).met
        assert not requirement.evaluate(facts(), TODAY).met  # no date of birth

    def test_a_leap_day_birthday(self):
        requirement = MinimumAgeRequirement(years=25)
        born = facts(date_of_birth=date(2000, 2, 29))
        assert not requirement.evaluate(born, date(2025, 2, 27)).met
        assert requirement.evaluate(born, date(2025, 2, 28)).met

    def test_education_level_and_verified_diploma(self):
        requirement = EducationRequirement(level="higher", verified=True)
        assert requirement.evaluate(
            facts(education_level="postgraduate", diploma_verified=True), TODAY
        ).met
        assert not requirement.evaluate(facts(education_level="higher"), TODAY).met
        assert not requirement.evaluate(
            facts(education_level="vocational", diploma_verified=True), TODAY
        ).met
        unverified = EducationRequirement(level="higher", verified=False)
        assert unverified.evaluate(facts(education_level="higher"), TODAY).met

    def test_a_document_expiring_today_is_still_valid_and_not_tomorrow(self):
        requirement = DocumentRequirement(kind="medical", verified=True)
        document = ("medical", TODAY - timedelta(days=365), TODAY, True)
        assert requirement.evaluate(facts(documents=[document]), TODAY).met
        assert not requirement.evaluate(facts(documents=[document]), TODAY + timedelta(days=1)).met
        unverified = ("medical", TODAY, None, False)
        assert not requirement.evaluate(facts(documents=[unverified]), TODAY).met
        issued_later = ("medical", TODAY + timedelta(days=3), None, True)
        assert not requirement.evaluate(facts(documents=[issued_later]), TODAY).met

    def test_an_exclusion_flag_blocks_while_it_lasts(self):
        requirement = NoExclusionRequirement(kinds=["judge", "state_servant"])
        judge = facts(flags=[("judge", date(2020, 1, 1), None)])
        outcome = requirement.evaluate(judge, TODAY)
        assert not outcome.met and outcome.blocking
        former = facts(flags=[("state_servant", date(2020, 1, 1), TODAY - timedelta(days=1))])
        assert requirement.evaluate(former, TODAY).met
        other = facts(flags=[("criminal_record", date(2020, 1, 1), None)])
        assert requirement.evaluate(other, TODAY).met

    def test_register_membership_languages(self):
        assert (
            RegisterEntryRequirement(register="public")
            .evaluate(facts(registers={"public": "17-204"}), TODAY)
            .met
        )
        assert (
            not RegisterEntryRequirement(register="professional")
            .evaluate(facts(registers={"public": "17-204"}), TODAY)
            .met
        )
        member = facts(organisation_kinds={"ethnocultural_association"})
        assert (
            MembershipRequirement(organisation_kind="ethnocultural_association")
            .evaluate(member, TODAY)
            .met
        )
        assert not MembershipRequirement(organisation_kind="state_body").evaluate(member, TODAY).met
        two = LanguagesRequirement(languages=["kk", "ru", "uz"], minimum=2)
        assert two.evaluate(facts(languages={"kk", "uz"}), TODAY).met
        assert not two.evaluate(facts(languages={"kk", "en"}), TODAY).met


class TestLearningRequirements:
    def test_hours_show_progress_in_the_readers_language(self):
        requirement = AcademicHoursRequirement(hours=Decimal(72))
        outcome = requirement.evaluate(facts(hours={None: Decimal(48)}), TODAY)
        assert not outcome.met and outcome.percent == 66
        with translation.override("en"):
            assert requirement.evaluate(facts(hours={None: Decimal(48)}), TODAY).explanation == (
                "48 of 72 academic hours"
            )

    def test_quiz_passed_with_a_score_within_attempts(self):
        requirement = QuizPassedRequirement(min_percent=Decimal(70), within_attempts=3)
        requirement.quiz_key = key = "k"
        day = TODAY - timedelta(days=1)
        tries = facts(attempts={key: [(1, Decimal(50), day), (2, Decimal(64), day)]})
        outcome = requirement.evaluate(tries, TODAY)
        assert not outcome.met
        with translation.override("en"):
            assert requirement.evaluate(tries, TODAY).explanation == "best 64%, 70% needed"
        late = facts(attempts={key: [(1, Decimal(50), day), (4, Decimal(90), day)]})
        assert not requirement.evaluate(late, TODAY).met  # the pass came after 3 attempts
        assert requirement.evaluate(facts(attempts={key: [(3, Decimal(70), day)]}), TODAY).met

    def test_practice_cases_of_some_kinds_within_a_window(self):
        requirement = PracticeCasesRequirement(
            count=2, kinds=["observed", "co_mediated"], within_months=12
        )
        cases = [
            ("observed", TODAY - timedelta(days=30)),
            ("supervised", TODAY - timedelta(days=30)),
            ("co_mediated", date(2025, 11, 26)),  # exactly 12 months ago: counts
        ]
        assert requirement.evaluate(facts(practice=cases), TODAY).met
        assert not requirement.evaluate(facts(practice=cases), TODAY + timedelta(days=1)).met

    def test_course_completed_by_the_evaluation_date(self):
        requirement = CourseCompletedRequirement()
        requirement.course_key = "c"
        assert requirement.evaluate(facts(completed_courses={"c": TODAY}), TODAY).met
        assert not requirement.evaluate(
            facts(completed_courses={"c": TODAY}), TODAY - timedelta(1)
        ).met


@pytest.mark.django_db
class TestGroups:
    def make(self, group, *, count=None):
        profile = QualificationProfile.objects.create(
            slug="test", name_kk="Тест", name_ru="Тест", name_en="Test"
        )
        parent = group.objects.create(profile=profile, **({"count": count} if count else {}))
        MinimumAgeRequirement.objects.create(profile=profile, parent=parent, years=25, sort_order=1)
        RegisterEntryRequirement.objects.create(
            profile=profile, parent=parent, register="public", sort_order=2
        )
        LanguagesRequirement.objects.create(
            profile=profile, parent=parent, languages=["kk"], minimum=1, sort_order=3
        )
        return profile

    def judge(self, profile, **values):
        from certificates.eligibility import CompiledProfile

        return CompiledProfile(profile).judge(facts(**values), TODAY)

    def test_all_of_needs_every_child(self):
        profile = self.make(AllOfRequirement)
        adult = {"date_of_birth": date(1980, 1, 1)}
        assert not self.judge(profile, **adult, registers={"public": "1"}).eligible
        assert self.judge(profile, **adult, registers={"public": "1"}, languages={"kk"}).eligible

    def test_any_of_needs_one_child(self):
        profile = self.make(AnyOfRequirement)
        assert not self.judge(profile).eligible
        assert self.judge(profile, languages={"kk"}).eligible

    def test_at_least_n_of(self):
        profile = self.make(AtLeastRequirement, count=2)
        assert not self.judge(profile, languages={"kk"}).eligible
        assert self.judge(profile, languages={"kk"}, registers={"public": "1"}).eligible


@pytest.fixture
def world(db):
    """A course with a cohort, a session of 8 hours, a quiz, and a profile asking for all."""
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    quiz = quiz_page(tree["modules"][0], questions=[single_choice()], pass_mark=Decimal(50))
    cohort = CohortFactory(course=tree["course"])
    session = SessionFactory(cohort=cohort, academic_hours=Decimal(8))
    profile = QualificationProfile.objects.create(
        slug="demo", name_kk="Демо", name_ru="Демо", name_en="Demo"
    )
    CourseCompletedRequirement.objects.create(profile=profile, course=tree["course"], sort_order=1)
    AcademicHoursRequirement.objects.create(
        profile=profile, course=tree["course"], hours=Decimal(8), sort_order=2
    )
    QuizPassedRequirement.objects.create(
        profile=profile, quiz=quiz, min_percent=Decimal(50), within_attempts=3, sort_order=3
    )
    requirement = RegionRequirement.objects.create(profile=profile, sort_order=4)
    requirement.regions.add(region("turkistan"))
    DocumentRequirement.objects.create(profile=profile, kind="medical", sort_order=5)
    NoExclusionRequirement.objects.create(profile=profile, kinds=["judge"], sort_order=6)
    MembershipRequirement.objects.create(
        profile=profile, organisation_kind="ethnocultural_association", sort_order=7
    )
    return {"tree": tree, "quiz": quiz, "cohort": cohort, "session": session, "profile": profile}


def make_eligible(user, world):
    from assessments import services as quiz_services

    trainer = world["cohort"].trainers.first() or UserFactory(username="t", groups=["Instructors"])
    world["cohort"].trainers.add(trainer)
    world["cohort"].save()
    lms_services.enrol(trainee=user, course=world["tree"]["course"], cohort=world["cohort"])
    lms_services.mark_attendance(session=world["session"], present={user.pk: True}, by=trainer)
    lms_services.complete_lesson(trainee=user, page=world["tree"]["lessons"][0])
    attempt = quiz_services.start_attempt(trainee=user, quiz=world["quiz"])
    quiz_services.save_answers(attempt=attempt, trainee=user, responses={"1": {"choice": "a"}})
    quiz_services.submit_attempt(attempt=attempt, trainee=user)
    TraineeDocument.objects.create(
        trainee=user, kind="medical", issued_on=date(2026, 1, 1), verified=True
    )
    user.trainee_profile.organisations.add(OrganisationFactory())


def test_a_trainee_meeting_every_requirement_is_eligible_and_a_judge_is_not(world):
    user = trainee("ready", region=region("turkistan"))
    make_eligible(user, world)
    [checklist] = evaluate_trainee(user, [world["profile"]])
    assert checklist.eligible, [(str(r), o.explanation) for r, o in checklist.outcome.children]
    ExclusionFlag.objects.create(trainee=user, kind="judge", since=date(2026, 1, 1))
    [checklist] = evaluate_trainee(user, [world["profile"]])
    assert not checklist.eligible and checklist.blocked


def test_population_and_single_trainee_agree(world):
    ready = trainee("ready", region=region("turkistan"))
    make_eligible(ready, world)
    others = [trainee(f"other{i}") for i in range(3)]
    population = {c.trainee_id: c.eligible for c in evaluate_population(world["profile"])}
    assert population[ready.pk] is True
    for person in others:
        assert population[person.pk] is evaluate_trainee(person, [world["profile"]])[0].eligible


def test_population_queries_do_not_grow_with_the_number_of_trainees(world, count_queries):
    people = [trainee(f"p{i}", region=region("turkistan")) for i in range(1000)]
    RegisterEntry.objects.bulk_create(
        RegisterEntry(trainee=p, register="public", number=str(i), entered_on=TODAY)
        for i, p in enumerate(people[:10])
    )
    small = [p.pk for p in people[:10]]
    large = [p.pk for p in people]

    def run(ids):
        return lambda: list(evaluate_population(world["profile"], ids, on=TODAY))

    assert count_queries(run(small)) == count_queries(run(large))
    assert len(load_facts(large)) == 1000


@pytest.mark.parametrize(
    ("language", "phrase"),
    [("kk", "академиялық сағат"), ("ru", "академических час"), ("en", "academic hours")],
)
def test_my_qualifications_page_shows_each_requirement_in_the_trainees_language(
    client, world, language, phrase
):
    user = trainee("me", region=region("turkistan"))
    client.force_login(user)
    response = client.get(f"/{language}/qualifications/")
    assert response.status_code == 200
    html = response.content.decode()
    assert world["profile"].name_en in html or world["profile"].name_kk in html
    assert phrase in html
    assert "✗" in html


def test_my_qualifications_needs_a_login(client, db):
    assert client.get("/kk/qualifications/").status_code == 302


def test_the_default_profiles_are_seeded_as_editable_defaults(db):
    slugs = set(QualificationProfile.objects.filter(is_default=True).values_list("slug", flat=True))
    assert slugs == {
        "public-mediator",
        "professional-mediator",
        "negotiator-ethnomediator",
        "mediator-trainer",
    }


def test_an_administrator_adds_a_requirement_to_a_profile_in_the_admin(client, db):
    admin = UserFactory(username="national", groups=["Administrators"])
    client.force_login(admin)
    profile = QualificationProfile.objects.get(slug="public-mediator")
    response = client.post(
        "/admin/qualifications/minimumagerequirement/new/",
        {"profile": profile.pk, "sort_order": 9, "label": "", "years": 18},
    )
    assert response.status_code == 302, response.context["form"].errors
    assert (
        profile.requirements.instance_of(MinimumAgeRequirement)
        .filter(minimumagerequirement__years=18)
        .exists()
    )
    assert client.get("/admin/qualifications/profiles/").status_code == 200


@pytest.mark.parametrize(
    "model, field, ticked, typed",
    [
        (
            PracticeCasesRequirement,
            "kinds",
            ["observed", "supervised"],
            {"count": 2, "within_months": 0},
        ),
        (LanguagesRequirement, "languages", ["kk", "uz"], {"minimum": 1}),
        (ElectionRecordRequirement, "kinds", ["nomination"], {"within_months": 0}),
        (NoExclusionRequirement, "kinds", ["judge"], {}),
    ],
)
def test_a_requirements_list_of_codes_is_ticked_from_its_choices(
    client, db, model, field, ticked, typed
):
    """Typed as JSON, a number was stored and broke the requirement's description (a 500), and
    nothing was refused by the database."""
    client.force_login(UserFactory(username="national", groups=["Administrators"]))
    requirement = model.objects.filter(
        profile__slug="public-mediator"
    ).first() or model.objects.create(
        profile=QualificationProfile.objects.get(slug="public-mediator"), **typed
    )
    url = f"/admin/qualifications/{model._meta.model_name}/edit/{requirement.pk}/"
    form = {"profile": requirement.profile_id, "sort_order": 1, "label": "", **typed}
    page = client.get(url).content.decode()
    assert f'type="checkbox" name="{field}" value="{ticked[0]}"' in page

    for wrong in (["99999999999999999999"], ["-1"], ["x", ticked[0]]):
        response = client.post(url, {**form, field: wrong})
        assert response.status_code == 200 and field in response.context["form"].errors
    requirement.refresh_from_db()
    assert all(isinstance(code, str) for code in getattr(requirement, field))

    response = client.post(url, {**form, field: ticked})
    assert response.status_code == 302, response.context["form"].errors
    requirement.refresh_from_db()
    assert getattr(requirement, field) == ticked
    assert requirement.describe()

    response = client.post(url, form)  # none ticked: any, where the requirement allows it
    requirement.refresh_from_db()
    if model is NoExclusionRequirement:
        assert response.status_code == 200 and getattr(requirement, field) == ticked
    else:
        assert response.status_code == 302 and getattr(requirement, field) == []


def test_a_trainee_cannot_open_the_profiles_admin(client, db):
    client.force_login(trainee("plain"))
    assert client.get("/admin/qualifications/profiles/").status_code in (302, 403)


# --- the requirement types added with renewal, records and practical assessments ------------


class TestCourseCompletedWithinMonths:
    def test_a_course_completed_exactly_at_the_window_start_counts(self):
        requirement = CourseCompletedRequirement(within_months=36)
        requirement.course_key = "c"
        assert requirement.evaluate(facts(completed_courses={"c": date(2023, 11, 26)}), TODAY).met
        too_old = facts(completed_courses={"c": date(2023, 11, 25)})
        assert not requirement.evaluate(too_old, TODAY).met
        with translation.override("en"):
            assert "more than 36 months ago" in requirement.evaluate(too_old, TODAY).explanation
        any_time = CourseCompletedRequirement(within_months=0)
        any_time.course_key = "c"
        assert any_time.evaluate(too_old, TODAY).met


class TestPracticalAssessments:
    def test_each_practical_quiz_passed_by_the_evaluation_date_counts_once(self):
        requirement = PracticalAssessmentRequirement(count=2)
        passes = facts(
            practicals={
                "role-play-1": TODAY - timedelta(days=10),
                "role-play-2": TODAY + timedelta(1),
            }
        )
        outcome = requirement.evaluate(passes, TODAY)
        assert not outcome.met and outcome.percent == 50
        with translation.override("en"):
            assert requirement.evaluate(passes, TODAY).explanation == (
                "1 of 2 practical assessments passed"
            )
            assert requirement.describe() == "2 practical assessments passed"
        assert requirement.evaluate(passes, TODAY + timedelta(days=1)).met

    def test_only_the_practical_quizzes_of_the_named_course_count(self):
        requirement = PracticalAssessmentRequirement(count=2)
        requirement.course_key = "course"
        requirement._practical_courses = {"a": "course", "b": "other", "c": "course"}
        assert not requirement.evaluate(facts(practicals={"a": TODAY, "b": TODAY}), TODAY).met
        assert requirement.evaluate(facts(practicals={"a": TODAY, "c": TODAY}), TODAY).met


PROFILE_ID = 7


def held(status, issued_on=date(2023, 11, 26), expires_on=TODAY, profile_id=PROFILE_ID):
    return (profile_id, status, issued_on, expires_on)


class TestCpdHours:
    requirement = CpdHoursRequirement(
        profile_id=PROFILE_ID, hours=Decimal(16), within_months=36, only_on_renewal=True
    )

    def test_a_first_certificate_does_not_ask_for_cpd(self):
        outcome = self.requirement.evaluate(facts(), TODAY)
        assert outcome.met
        with translation.override("en"):
            assert self.requirement.evaluate(facts(), TODAY).explanation == (
                "not needed for a first certificate"
            )
        never_held = [
            held("revoked"),  # a revoked certificate was never really held
            held("issuing"),  # still being issued: not held yet
            held("valid", profile_id=PROFILE_ID + 1),  # another qualification
            held("expired", issued_on=TODAY + timedelta(days=1)),  # after the evaluation date
        ]
        for row in never_held:
            assert self.requirement.evaluate(facts(held=[row]), TODAY).met, row

    def test_a_renewal_counts_hours_from_exactly_the_window_start(self):
        for status in ("valid", "expired", "superseded"):
            renewing = [held(status)]
            hours = [
                (date(2023, 11, 26), Decimal(8)),  # exactly 36 months ago: counts
                (date(2023, 11, 25), Decimal(8)),  # a day earlier: does not
                (TODAY, Decimal(4)),
                (TODAY + timedelta(days=1), Decimal(8)),  # after the evaluation date
            ]
            outcome = self.requirement.evaluate(facts(held=renewing, attendance=hours), TODAY)
            assert not outcome.met and outcome.current == 12, status
            with translation.override("en"):  # explained in the reader's language
                assert outcome.explanation == "12 of 16 CPD hours in the last 36 months"
            more = [*hours, (TODAY - timedelta(days=1), Decimal(4))]
            assert self.requirement.evaluate(facts(held=renewing, attendance=more), TODAY).met

    def test_cpd_is_asked_of_everyone_when_not_only_on_renewal(self):
        requirement = CpdHoursRequirement(
            profile_id=PROFILE_ID, hours=Decimal(8), within_months=12, only_on_renewal=False
        )
        assert not requirement.evaluate(facts(), TODAY).met
        assert requirement.evaluate(facts(attendance=[(TODAY, Decimal(8))]), TODAY).met


class TestElectionRecords:
    def test_a_protocol_dated_today_counts_and_is_named(self):
        requirement = ElectionRecordRequirement(kinds=[], within_months=0)
        record = facts(elections=[("election", "17/3", TODAY, None)])
        assert requirement.evaluate(record, TODAY).met
        with translation.override("en"):
            explanation = requirement.evaluate(record, TODAY).explanation
            assert "17/3" in explanation and "2026" in explanation
            assert requirement.evaluate(record, TODAY - timedelta(days=1)).explanation == (
                "not recorded"
            )
        assert not requirement.evaluate(record, TODAY - timedelta(days=1)).met

    def test_kinds_window_and_term(self):
        nomination = ("nomination", "5", date(2025, 1, 10), None)
        elections_only = ElectionRecordRequirement(kinds=["election"])
        assert not elections_only.evaluate(facts(elections=[nomination]), TODAY).met
        assert (
            ElectionRecordRequirement(kinds=[]).evaluate(facts(elections=[nomination]), TODAY).met
        )
        recent = ElectionRecordRequirement(kinds=[], within_months=12)
        assert not recent.evaluate(facts(elections=[nomination]), TODAY).met
        exactly = ("election", "6", date(2025, 11, 26), None)  # 12 months ago to the day
        assert recent.evaluate(facts(elections=[nomination, exactly]), TODAY).met
        ended = ("election", "7", date(2024, 1, 1), TODAY - timedelta(days=1))
        outcome = elections_only.evaluate(facts(elections=[ended]), TODAY)
        assert not outcome.met
        with translation.override("en"):
            assert elections_only.evaluate(facts(elections=[ended]), TODAY).explanation.startswith(
                "term ended on"
            )
        last_day = ("election", "7", date(2024, 1, 1), TODAY)
        assert elections_only.evaluate(facts(elections=[last_day]), TODAY).met


class TestQualificationHeld:
    requirement = QualificationHeldRequirement(qualification_id=PROFILE_ID)

    def test_a_certificate_expiring_today_is_still_held_and_not_tomorrow(self):
        holder = facts(held=[held("valid", expires_on=TODAY)])
        assert self.requirement.evaluate(holder, TODAY).met
        outcome = self.requirement.evaluate(holder, TODAY + timedelta(days=1))
        assert not outcome.met
        with translation.override("en"):
            assert self.requirement.evaluate(holder, TODAY + timedelta(1)).explanation.startswith(
                "expired on"
            )
        assert self.requirement.evaluate(facts(held=[held("valid", expires_on=None)]), TODAY).met

    def test_revoked_replaced_other_or_later_certificates_are_not_held(self):
        for row in [
            held("revoked", expires_on=None),
            held("superseded", expires_on=None),
            held("issuing", issued_on=TODAY, expires_on=None),
            held("valid", expires_on=None, profile_id=PROFILE_ID + 1),
            held("valid", issued_on=TODAY + timedelta(days=1), expires_on=None),
        ]:
            assert not self.requirement.evaluate(facts(held=[row]), TODAY).met, row


@pytest.mark.django_db
def test_a_qualification_cannot_require_itself_directly_or_through_another():
    trainer = QualificationProfile.objects.get(slug="mediator-trainer")
    professional = QualificationProfile.objects.get(slug="professional-mediator")
    public = QualificationProfile.objects.get(slug="public-mediator")
    with pytest.raises(ValidationError):
        QualificationHeldRequirement(profile=trainer, qualification=trainer).clean()
    # the default Mediator trainer asks for the Professional mediator: the reverse closes a loop
    with pytest.raises(ValidationError):
        QualificationHeldRequirement(profile=professional, qualification=trainer).clean()
    QualificationHeldRequirement(profile=public, qualification=professional).clean()


def test_the_admin_refuses_a_profile_requiring_itself_with_a_form_error(client, db):
    client.force_login(UserFactory(username="national", groups=["Administrators"]))
    profile = QualificationProfile.objects.get(slug="public-mediator")
    response = client.post(
        "/admin/qualifications/qualificationheldrequirement/new/",
        {"profile": profile.pk, "sort_order": 9, "label": "", "qualification": profile.pk},
    )
    assert response.status_code == 200
    assert "qualification" in response.context["form"].errors
    assert not QualificationHeldRequirement.objects.filter(profile=profile).exists()


def test_administrators_and_coordinators_keep_election_records_in_the_admin(client, db):
    person = trainee("elected")
    for username, group in (("national", "Administrators"), ("coordinator", "Coordinators")):
        client.force_login(UserFactory(username=username, groups=[group]))
        response = client.post(
            "/admin/qualifications/elections/new/",
            {
                "trainee": person.pk,
                "kind": "election",
                "body": "Түркістан қаласы жергілікті қоғамдастығының жиналысы",
                "protocol_number": f"12-{username}",
                "protocol_date": "2026-03-12",
                "term_until": "",
            },
        )
        assert response.status_code == 302, response.context["form"].errors
        assert client.get("/admin/qualifications/elections/").status_code == 200
    assert ElectionRecord.objects.filter(trainee=person).count() == 2
    client.force_login(trainee("plain"))
    assert client.get("/admin/qualifications/elections/").status_code in (302, 403)


@pytest.mark.parametrize(
    "model",
    [
        PracticalAssessmentRequirement,
        CpdHoursRequirement,
        ElectionRecordRequirement,
        QualificationHeldRequirement,
    ],
)
def test_the_new_requirement_types_have_admin_screens(client, db, model):
    client.force_login(UserFactory(username="national", groups=["Administrators"]))
    name = model._meta.model_name
    assert client.get(f"/admin/qualifications/{name}/").status_code == 200
    assert client.get(f"/admin/qualifications/{name}/new/").status_code == 200


@pytest.fixture
def practical(world):
    """A practical quiz (an assessed role-play) in the world's course."""
    return quiz_page(
        world["tree"]["modules"][0],
        questions=[single_choice(name="role-play")],
        pass_mark=Decimal(50),
        is_practical=True,
        slug="role-play",
    )


def take(user, quiz, choice):
    from assessments import services as quiz_services

    attempt = quiz_services.start_attempt(trainee=user, quiz=quiz)
    quiz_services.save_answers(attempt=attempt, trainee=user, responses={"1": {"choice": choice}})
    quiz_services.submit_attempt(attempt=attempt, trainee=user)


def test_practical_passes_are_read_from_passed_attempts_at_practical_quizzes(world, practical):
    passed, failed = trainee("passed"), trainee("failed")
    for user in (passed, failed):
        lms_services.enrol(trainee=user, course=world["tree"]["course"], cohort=world["cohort"])
    take(passed, practical, "a")
    take(passed, world["quiz"], "a")  # a test, not a practical assessment
    take(failed, practical, "b")
    loaded = load_facts([passed.pk, failed.pk])
    assert loaded[passed.pk].practicals == {practical.translation_key: timezone.localdate()}
    assert loaded[failed.pk].practicals == {}

    other = curriculum_tree(modules=1, lessons_per_module=0)
    elsewhere = quiz_page(other["modules"][0], is_practical=True, slug="elsewhere")
    assert practical_quiz_courses() == {
        practical.translation_key: world["tree"]["course"].translation_key,
        elsewhere.translation_key: other["course"].translation_key,
    }
    profile = QualificationProfile.objects.create(
        slug="role-plays", name_kk="Р", name_ru="Р", name_en="Role-plays"
    )
    PracticalAssessmentRequirement.objects.create(profile=profile, count=1, course=other["course"])
    assert not evaluate_trainee(passed, [profile])[0].eligible  # passed in another course
    PracticalAssessmentRequirement.objects.update(
        course=world["tree"]["course"], course_key=world["tree"]["course"].translation_key
    )
    assert evaluate_trainee(passed, [profile])[0].eligible


def test_records_certificates_and_dated_hours_are_loaded_as_facts(world):
    user = trainee("facts")
    lms_services.enrol(trainee=user, course=world["tree"]["course"], cohort=world["cohort"])
    trainer = UserFactory(username="t", groups=["Instructors"])
    world["cohort"].trainers.add(trainer)
    world["cohort"].save()
    lms_services.mark_attendance(session=world["session"], present={user.pk: True}, by=trainer)
    ElectionRecord.objects.create(
        trainee=user, body="Жиналыс", protocol_number="3", protocol_date=date(2026, 3, 12)
    )
    Certificate.objects.create(
        trainee=user,
        profile=world["profile"],
        serial="KHA-2023-1",
        status=Certificate.Status.EXPIRED,
        issued_on=date(2023, 11, 1),
        expires_on=date(2026, 11, 1),
    )
    loaded = load_facts([user.pk])[user.pk]
    course_key = world["tree"]["course"].translation_key
    assert loaded.hours == {course_key: Decimal(8), None: Decimal(8)}
    assert loaded.attendance == [(world["session"].date, Decimal(8))]
    assert loaded.elections == [("election", "3", date(2026, 3, 12), None)]
    assert loaded.held == [(world["profile"].pk, "expired", date(2023, 11, 1), date(2026, 11, 1))]


def test_population_queries_stay_flat_with_renewal_record_and_practical_requirements(
    world, practical, count_queries
):
    from assessments.models import Attempt
    from lms.models import Attendance

    profile = world["profile"]
    professional = QualificationProfile.objects.get(slug="professional-mediator")
    PracticalAssessmentRequirement.objects.create(
        profile=profile, count=1, course=world["tree"]["course"], sort_order=8
    )
    CpdHoursRequirement.objects.create(profile=profile, hours=8, within_months=12, sort_order=9)
    ElectionRecordRequirement.objects.create(profile=profile, sort_order=10)
    QualificationHeldRequirement.objects.create(
        profile=profile, qualification=professional, sort_order=11
    )
    CourseCompletedRequirement.objects.filter(profile=profile).update(within_months=36)
    people = [trainee(f"p{i}", region=region("turkistan")) for i in range(300)]
    Attendance.objects.bulk_create(
        Attendance(session=world["session"], trainee=p, present=True, hours=8) for p in people
    )
    ElectionRecord.objects.bulk_create(
        ElectionRecord(trainee=p, body="Жиналыс", protocol_number=str(i), protocol_date=TODAY)
        for i, p in enumerate(people)
    )
    Certificate.objects.bulk_create(
        Certificate(
            trainee=p, profile=q, serial=f"S-{q.pk}-{i}", status="valid", issued_on=date(2026, 1, 1)
        )
        for i, p in enumerate(people)
        for q in (profile, professional)
    )
    Attempt.objects.bulk_create(
        Attempt(
            quiz=practical,
            quiz_key=practical.translation_key,
            trainee=p,
            number=1,
            state=Attempt.State.GRADED,
            language="kk",
            seed=0,
            # on the evaluation day, not the day the test runs
            graded_at=timezone.make_aware(datetime.combine(TODAY, time(12))),
            percent=Decimal(100),
            passed=True,
        )
        for p in people
    )
    small = [p.pk for p in people[:10]]
    large = [p.pk for p in people]

    def run(ids):
        return lambda: list(evaluate_population(profile, ids, on=TODAY))

    assert count_queries(run(small)) == count_queries(run(large))
    checklist = next(evaluate_population(profile, small[:1], on=TODAY))
    outcomes = {type(r): o for r, o in checklist.outcome.children}
    for model in (
        PracticalAssessmentRequirement,
        CpdHoursRequirement,
        ElectionRecordRequirement,
        QualificationHeldRequirement,
    ):
        assert outcomes[model].met, model


# --- the default profiles (migration 0005) ---------------------------------------------------


def requirements_of(slug: str, model):
    return list(model.objects.filter(profile__slug=slug))


def test_the_default_profiles_have_the_requirements_of_the_domain_notes(db):
    [election] = requirements_of("public-mediator", ElectionRecordRequirement)
    assert election.kinds == [] and election.within_months == 0 and election.sort_order == 1
    assert not DocumentRequirement.objects.filter(
        profile__slug="public-mediator", kind="election_protocol"
    ).exists()
    [cpd] = requirements_of("public-mediator", CpdHoursRequirement)
    assert (cpd.hours, cpd.within_months, cpd.only_on_renewal) == (16, 36, True)
    [practical] = requirements_of("negotiator-ethnomediator", PracticalAssessmentRequirement)
    assert practical.count == 2 and practical.course_id is None
    [cpd] = requirements_of("negotiator-ethnomediator", CpdHoursRequirement)
    assert (cpd.hours, cpd.within_months, cpd.only_on_renewal) == (8, 12, True)
    [held_requirement] = requirements_of("mediator-trainer", QualificationHeldRequirement)
    assert held_requirement.qualification.slug == "professional-mediator"
    compiled = CompiledProfile(QualificationProfile.objects.get(slug="mediator-trainer"))
    with translation.override("en"):
        assert "Professional mediator" in str(compiled.children[None][-1])


def test_the_default_profiles_are_in_the_rows_browser_tests_restore(migration_rows):
    import json

    models = {row["model"] for row in json.loads(migration_rows)}
    assert {
        "certificates.electionrecordrequirement",
        "certificates.cpdhoursrequirement",
        "certificates.practicalassessmentrequirement",
        "certificates.qualificationheldrequirement",
    } <= models


def test_the_default_profiles_migration_reverses_to_the_election_document(db):
    migration = importlib.import_module("certificates.migrations.0005_default_profiles_complete")
    before = sorted(
        (r.profile.slug, type(r).__name__, r.sort_order)
        for r in QualificationProfile.objects.get(slug="public-mediator").requirements.all()
    )
    migration.backwards(django_apps, None)
    [document] = DocumentRequirement.objects.filter(
        profile__slug="public-mediator", kind="election_protocol"
    )
    assert document.sort_order == 1 and document.verified
    for model in (
        ElectionRecordRequirement,
        CpdHoursRequirement,
        PracticalAssessmentRequirement,
        QualificationHeldRequirement,
    ):
        assert not model.objects.exists(), model
    migration.forwards(django_apps, None)
    migration.forwards(django_apps, None)  # a second run adds nothing twice
    after = sorted(
        (r.profile.slug, type(r).__name__, r.sort_order)
        for r in QualificationProfile.objects.get(slug="public-mediator").requirements.all()
    )
    assert after == before
    assert PracticalAssessmentRequirement.objects.count() == 1
    assert QualificationHeldRequirement.objects.count() == 1
