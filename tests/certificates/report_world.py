"""The people, profile and certificates the report tests share: a profile of age, a medical
certificate and no judge, and a small world of trainees in every status it can give."""

from datetime import date, timedelta

from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.users.models import UserProfile

from certificates.models import (
    AllOfRequirement,
    Certificate,
    DocumentRequirement,
    ExclusionFlag,
    MinimumAgeRequirement,
    NoExclusionRequirement,
    QualificationProfile,
    RegisterEntry,
    TraineeDocument,
)
from lms.models import StaffScope
from tests.factories import OrganisationFactory, UserFactory, region, trainee


def today() -> date:
    return timezone.localdate()


def in_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks English to this user
    profile.save()
    return user


def with_report_permission(user):
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="certificates", codename="view_certificate")
    )
    return in_english(user)


def national():
    return in_english(UserFactory(username="national", groups=["Administrators"]))


def coordinator(area: str = "turkistan"):
    user = UserFactory(username=f"coordinator-{area}", groups=["Coordinators"])
    StaffScope.objects.create(user=user, region=region(area))
    return with_report_permission(user)


_serials = iter(range(1, 10_000))


def certificate(holder, profile, *, status="valid", expires_in: int | None = 700, **fields):
    """A certificate as issuing leaves it, without rendering a PDF."""
    return Certificate.objects.create(
        trainee=holder,
        profile=profile,
        serial=f"KHA-TEST-{next(_serials):06d}",
        status=status,
        expires_on=None if expires_in is None else today() + timedelta(days=expires_in),
        **{"issued_on": today() - timedelta(days=30), **fields},
    )


def adult(username, *, area="turkistan", document=True, **profile):
    """A trainee old enough, with a verified medical certificate unless `document` is False."""
    user = trainee(
        username,
        region=region(area),
        date_of_birth=today() - timedelta(days=40 * 365),
        **profile,
    )
    if document:
        TraineeDocument.objects.create(
            trainee=user, kind="medical", issued_on=date(2020, 1, 1), verified=True
        )
    return user


def make_profile() -> QualificationProfile:
    """Age and a valid medical certificate, and no judge, the last two inside an all-of group."""
    profile = QualificationProfile.objects.create(
        slug="report",
        name_kk="Медиатор (есеп)",
        name_ru="Медиатор (отчёт)",
        name_en="Mediator (report)",
        validity_months=36,
    )
    MinimumAgeRequirement.objects.create(profile=profile, years=18, sort_order=1)
    group = AllOfRequirement.objects.create(profile=profile, sort_order=2)
    DocumentRequirement.objects.create(profile=profile, parent=group, kind="medical", sort_order=1)
    NoExclusionRequirement.objects.create(profile=profile, kinds=["judge"], sort_order=3)
    return profile


def make_world(profile: QualificationProfile) -> dict:
    """Turkistan: eligible, certified, expiring (in 30 days), expired, missing one, missing two,
    a judge (blocked); Pavlodar: one eligible trainee outside the Turkistan coordinator's scope.
    The association has two members, the eligible and the missing-one trainee."""
    association = OrganisationFactory(region=region("turkistan"), name_en="Friendship")
    people = {
        "eligible": adult("eligible", full_name="Әлия Сәрсенқызы", iin="900101300123"),
        "certified": adult("certified", full_name="Бекзат Нұрланұлы"),
        "expiring": adult("expiring", full_name="Гүлнар Оспанова"),
        "expired": adult("expired", full_name="Дәурен Қасымов"),
        "missing_one": adult("missing_one", full_name="Ерлан Төлеуұлы", document=False),
        "missing_two": trainee(
            "missing_two",
            region=region("turkistan"),
            full_name="Жанар Әбенова",
            date_of_birth=today() - timedelta(days=10 * 365),
        ),
        "judge": adult("judge", full_name="Зарина Ғалымқызы"),
        "distant": adult("distant", area="pavlodar", full_name="Ілияс Сейітов"),
    }
    for name in ("eligible", "missing_one"):
        people[name].trainee_profile.organisations.add(association)
    ExclusionFlag.objects.create(trainee=people["judge"], kind="judge", since=date(2020, 1, 1))
    certificates = {
        "certified": certificate(people["certified"], profile),
        "expiring": certificate(people["expiring"], profile, expires_in=30),
        "expired": certificate(people["expired"], profile, expires_in=-1),
    }
    RegisterEntry.objects.create(
        trainee=people["certified"], register="public", number="17-204", entered_on=date(2024, 1, 1)
    )
    return {"people": people, "association": association, "certificates": certificates}
