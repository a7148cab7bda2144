"""Each requirement type and group type judged against a trainee's facts, edge dates included;
the population path runs the same queries for 10 and for 1,000 trainees."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import translation

from certificates.eligibility import TraineeFacts, evaluate_population, evaluate_trainee, load_facts
from certificates.models import (
    AcademicHoursRequirement,
    AllOfRequirement,
    AnyOfRequirement,
    AtLeastRequirement,
    CourseCompletedRequirement,
    DocumentRequirement,
    EducationRequirement,
    ExclusionFlag,
    LanguagesRequirement,
    MembershipRequirement,
    MinimumAgeRequirement,
    NoExclusionRequirement,
    PracticeCasesRequirement,
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


def test_a_trainee_cannot_open_the_profiles_admin(client, db):
    client.force_login(trainee("plain"))
    assert client.get("/admin/qualifications/profiles/").status_code in (302, 403)
