"""The eligibility report and the register of holders in the admin: filters by profile, region,
organisation and status, the coordinator's scope (page, exports and drill-down), who may open
them, CSV and XLSX exports read back, and a query count that does not grow with the trainees."""

import csv
import io
from io import StringIO

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.utils import translation

from certificates import reports
from certificates.models import (
    EligibilityStatus,
    MinimumAgeRequirement,
    QualificationProfile,
    RegisterEntry,
)
from lms import exports
from tests.certificates.report_world import (
    adult,
    certificate,
    coordinator,
    in_english,
    make_profile,
    make_world,
    national,
    today,
)
from tests.factories import OrganisationFactory, UserFactory, region

pytestmark = pytest.mark.django_db

REPORT = "/admin/qualifications/report/"
HOLDERS = "/admin/qualifications/holders/"


@pytest.fixture
def profile():
    return make_profile()


@pytest.fixture
def world(profile):
    return make_world(profile)


def shown(response) -> set[str]:
    """Usernames of the rows on the page."""
    from django.contrib.auth import get_user_model

    ids = [row.trainee_id for row in response.context["rows"]]
    return set(get_user_model().objects.filter(pk__in=ids).values_list("username", flat=True))


# --- filters --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (
            "",
            {
                "eligible",
                "certified",
                "expiring",
                "expired",
                "missing_one",
                "missing_two",
                "judge",
                "distant",
            },
        ),  # fmt: skip
        ("eligible", {"eligible", "expired", "distant"}),
        ("certified", {"certified", "expiring"}),
        ("missing_one", {"missing_one", "judge"}),
        ("not_eligible", {"missing_one", "missing_two", "judge"}),
        ("blocked", {"judge"}),
        ("expiring", {"expiring"}),
    ],
)
def test_each_status_filter_keeps_the_trainees_it_names(client, world, profile, status, expected):
    client.force_login(national())
    response = client.get(REPORT, {"profile": profile.pk, "status": status})
    assert response.status_code == 200
    assert shown(response) == expected


def test_the_counts_cover_every_status_and_the_eligible_count_waits_for_the_bulk_issue(
    client, world, profile
):
    client.force_login(national())
    response = client.get(REPORT, {"profile": profile.pk, "status": "blocked"})
    counts = {code: count for code, _label, count in response.context["counts"]}
    assert counts == {
        "eligible": 3,
        "certified": 2,
        "missing_one": 2,
        "not_eligible": 3,
        "blocked": 1,
        "expiring": 1,
    }
    assert response.context["total"] == 8
    assert response.context["eligible_count"] == 3
    html = response.content.decode()
    assert "Eligible, not yet certified" in html and "Blocked by an exclusion" in html


def test_expiring_looks_as_far_ahead_as_asked(client, world, profile):
    client.force_login(national())
    within = {"profile": profile.pk, "status": "expiring"}
    assert shown(client.get(REPORT, {**within, "expiring_days": 30})) == {"expiring"}
    assert shown(client.get(REPORT, {**within, "expiring_days": 29})) == set()
    assert shown(client.get(REPORT, {**within, "expiring_days": 800})) == {"certified", "expiring"}


def test_region_and_organisation_narrow_the_trainees(client, world, profile):
    client.force_login(national())
    pavlodar = client.get(REPORT, {"profile": profile.pk, "region": region("pavlodar").pk})
    assert shown(pavlodar) == {"distant"}
    members = client.get(REPORT, {"profile": profile.pk, "organisation": world["association"].pk})
    assert shown(members) == {"eligible", "missing_one"}
    both = client.get(
        REPORT,
        {"profile": profile.pk, "organisation": world["association"].pk, "status": "eligible"},
    )
    assert shown(both) == {"eligible"}


def test_the_profile_decides_who_is_eligible_and_the_first_active_one_is_the_default(
    client, world, profile
):
    client.force_login(national())
    lenient = QualificationProfile.objects.create(
        slug="anyone-adult", name_kk="Ересек", name_ru="Взрослый", name_en="Adult"
    )
    MinimumAgeRequirement.objects.create(profile=lenient, years=18)
    response = client.get(REPORT, {"profile": lenient.pk, "status": "eligible"})
    assert shown(response) == set(world["people"]) - {"missing_two"}
    first = client.get(REPORT)
    assert first.status_code == 200
    assert first.context["profile"] == reports.default_profile()
    assert first.context["profile"].active


def test_a_bad_filter_is_refused_with_the_reason(client, world, profile):
    client.force_login(national())
    response = client.get(REPORT, {"profile": profile.pk, "expiring_days": 0, "export": "csv"})
    assert response.status_code == 400
    assert "expiring_days" in response.context["form"].errors


def test_the_page_shows_name_region_organisation_status_and_certificate(client, world, profile):
    client.force_login(national())
    html = client.get(REPORT, {"profile": profile.pk}).content.decode()
    expiring = world["certificates"]["expiring"]
    assert "Әлия Сәрсенқызы" in html and "Friendship" in html
    assert expiring.serial in html and "Certificate expiring" in html
    assert world["certificates"]["expired"].serial in html and "(Expired)" in html
    assert f"{REPORT}{profile.pk}/{world['people']['judge'].pk}/" in html
    assert "900101300123" not in html  # the IIN stays out


# --- scope and permissions ------------------------------------------------------------------


def test_a_coordinator_sees_only_their_region_in_the_page_the_export_and_the_drill_down(
    client, world, profile
):
    client.force_login(coordinator("turkistan"))
    response = client.get(REPORT, {"profile": profile.pk})
    assert "distant" not in shown(response) and "eligible" in shown(response)
    assert response.context["total"] == 7
    # asking for the other region shows nobody rather than that region's trainees
    other = client.get(REPORT, {"profile": profile.pk, "region": region("pavlodar").pk})
    assert shown(other) == set()
    export = client.get(REPORT, {"profile": profile.pk, "export": "csv"})
    content = b"".join(export.streaming_content).decode()
    assert "Ілияс Сейітов" not in content and "Әлия Сәрсенқызы" in content
    distant = world["people"]["distant"].pk
    # (a 404 outside a language prefix is first redirected to the prefixed address)
    assert client.get(f"{REPORT}{profile.pk}/{distant}/", follow=True).status_code == 404
    assert client.get(f"{REPORT}{profile.pk}/{world['people']['judge'].pk}/").status_code == 200
    holders = client.get(HOLDERS, {"profile": profile.pk, "region": region("pavlodar").pk})
    assert holders.context["holders"] == []


def test_staff_without_the_certificate_permission_are_turned_away_and_see_no_menu_item(
    client, world, profile
):
    user = UserFactory(username="editor")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(in_english(user))
    judge = world["people"]["judge"].pk
    for url in (REPORT, f"{REPORT}{profile.pk}/{judge}/", HOLDERS):
        response = client.get(url, {"export": "csv"})
        # Wagtail answers a refused admin view by sending the user back to the dashboard
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert REPORT not in client.get("/admin/").content.decode()


def test_a_trainee_is_kept_out(client, world, profile):
    client.force_login(world["people"]["eligible"])
    for url in (REPORT, HOLDERS, f"{REPORT}{profile.pk}/{world['people']['eligible'].pk}/"):
        assert client.get(url).status_code in (302, 403)


def test_the_menu_shows_both_reports_to_staff_with_the_permission(client, world):
    client.force_login(coordinator("turkistan"))
    html = client.get("/admin/").content.decode()
    assert REPORT in html and HOLDERS in html


# --- drill-down -----------------------------------------------------------------------------


def test_the_drill_down_shows_each_requirement_nested_groups_and_the_certificates(
    client, world, profile
):
    client.force_login(national())
    judge = world["people"]["judge"]
    response = client.get(f"{REPORT}{profile.pk}/{judge.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "At least 18 years old" in html
    assert "All of these" in html and "Medical certificate, valid" in html  # inside the group
    assert "barred: Judge" in html
    assert "Barred from this qualification by an exclusion." in html
    assert response.context["checklist"].blocked
    expired = world["people"]["expired"]
    html = client.get(f"{REPORT}{profile.pk}/{expired.pk}/").content.decode()
    assert world["certificates"]["expired"].serial in html and "Expired" in html
    assert "Meets every requirement." in html
    assert client.get(f"{REPORT}999999/{judge.pk}/", follow=True).status_code == 404


# --- exports --------------------------------------------------------------------------------


def test_the_csv_export_streams_the_filtered_rows_without_the_iin(client, world, profile):
    client.force_login(national())
    response = client.get(
        REPORT, {"profile": profile.pk, "status": "not_eligible", "export": "csv"}
    )
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8")
    assert "900101300123" not in content
    rows = list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))
    assert rows[0] == [
        "Trainee id",
        "Full name",
        "Region",
        "Organisations",
        "Status",
        "Requirements not met",
        "Certificate",
        "Expires on",
    ]
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"Ерлан Төлеуұлы", "Жанар Әбенова", "Зарина Ғалымқызы"}
    missing_one = by_name["Ерлан Төлеуұлы"]
    assert missing_one[0] == str(world["people"]["missing_one"].pk)
    assert missing_one[2] == region("turkistan").name_en
    assert missing_one[3] == "Friendship"
    assert missing_one[4] == "Not eligible"
    assert missing_one[5] == "All of these"
    assert by_name["Жанар Әбенова"][5] == "At least 18 years old; All of these"
    assert by_name["Зарина Ғалымқызы"][4] == "Blocked"


@pytest.mark.parametrize("status", ["", *reports.STATUS_CONDITIONS])
def test_the_export_reads_the_stored_statuses_and_gives_what_judging_everyone_gives(
    client, world, profile, status, monkeypatch
):
    from certificates import eligibility

    admin = national()
    client.force_login(admin)
    client.get(REPORT, {"profile": profile.pk})  # the page judges and stores everyone
    with translation.override("en"):
        live = reports.eligibility_rows(
            profile,
            list(reports.report_trainee_ids(admin)),
            status=status,
            describe_missing=True,
        )
        expected = "".join(
            reports.stream_csv(
                reports.ELIGIBILITY_COLUMNS, [reports.eligibility_record(row) for row in live]
            )
        )

    def judging(batch):
        raise AssertionError("the export judged the population again")

    monkeypatch.setattr(eligibility, "load_facts", judging)
    response = client.get(REPORT, {"profile": profile.pk, "status": status, "export": "csv"})
    assert b"".join(response.streaming_content).decode() == expected
    assert expected.count("\n") > 1 or status  # rows to compare, at least unfiltered


def test_while_a_worker_judges_many_the_export_judges_the_population_itself(
    client, world, profile, monkeypatch, refreshes_sent
):
    from certificates import statuses

    monkeypatch.setattr(statuses, "INLINE_LIMIT", 2)
    client.force_login(national())
    response = client.get(REPORT, {"profile": profile.pk, "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert refreshes_sent == [{"only_outdated": True}]  # the worker is asked
    assert len(rows) - 1 == len(world["people"])  # and the file has everyone all the same
    # nobody judged and stored (the statuses there hold the marks of the world's making): the
    # worker will
    assert not EligibilityStatus.objects.filter(evaluated_on__isnull=False).exists()


def test_the_xlsx_export_reads_back_with_dates_as_dates(client, world, profile):
    client.force_login(national())
    response = client.get(REPORT, {"profile": profile.pk, "status": "certified", "export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_CONTENT_TYPE
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:2] == ("Trainee id", "Full name")
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"Бекзат Нұрланұлы", "Гүлнар Оспанова"}
    expiring = world["certificates"]["expiring"]
    row = by_name["Гүлнар Оспанова"]
    assert row[0] == world["people"]["expiring"].pk
    assert row[4] == "Certificate expiring"
    assert row[6] == expiring.serial
    assert row[7].date() == expiring.expires_on


# --- register of holders --------------------------------------------------------------------


def test_the_register_lists_current_holders_with_their_register_entry(client, world, profile):
    people = world["people"]
    certificate(people["eligible"], profile, status="revoked")
    certificate(people["missing_one"], profile, status="issuing")
    certificate(people["distant"], profile, expires_in=None)
    client.force_login(national())
    response = client.get(HOLDERS, {"profile": profile.pk})
    assert response.status_code == 200
    holders = {holder.full_name: holder for holder in response.context["holders"]}
    assert set(holders) == {"Бекзат Нұрланұлы", "Гүлнар Оспанова", "Ілияс Сейітов"}
    with translation.override("en"):
        assert holders["Бекзат Нұрланұлы"].register_numbers == (
            "Register of public mediators № 17-204"
        )
    html = response.content.decode()
    assert "Register of public mediators № 17-204" in html
    assert world["certificates"]["certified"].serial in html
    assert world["certificates"]["expired"].serial not in html

    content = b"".join(
        client.get(HOLDERS, {"profile": profile.pk, "export": "csv"}).streaming_content
    ).decode()
    rows = list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))
    assert rows[0] == [
        "Full name",
        "Region",
        "Certificate",
        "Issued on",
        "Expires on",
        "Register entry",
    ]
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == set(holders)
    certified = world["certificates"]["certified"]
    assert by_name["Бекзат Нұрланұлы"][2:] == [
        certified.serial,
        certified.issued_on.isoformat(),
        certified.expires_on.isoformat(),
        "Register of public mediators № 17-204",
    ]
    assert by_name["Ілияс Сейітов"][4] == ""  # does not expire

    xlsx = client.get(HOLDERS, {"profile": profile.pk, "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).worksheets[0]
    assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} == set(holders)


def test_a_coordinator_sees_only_the_holders_of_their_region(client, world, profile):
    certificate(world["people"]["distant"], profile)
    client.force_login(coordinator("turkistan"))
    response = client.get(HOLDERS, {"profile": profile.pk})
    assert {h.full_name for h in response.context["holders"]} == {
        "Бекзат Нұрланұлы",
        "Гүлнар Оспанова",
    }
    content = b"".join(
        client.get(HOLDERS, {"profile": profile.pk, "export": "csv"}).streaming_content
    ).decode()
    assert "Ілияс Сейітов" not in content


# --- query counts ---------------------------------------------------------------------------


def test_the_reports_run_the_same_number_of_queries_for_3_and_for_15_trainees(
    client, profile, count_queries
):
    staff = coordinator("turkistan")
    client.force_login(staff)
    association = OrganisationFactory(region=region("turkistan"))

    def add_trainees(start: int, stop: int):
        for index in range(start, stop):
            person = adult(f"many-{index}", document=index % 2 == 0)
            person.trainee_profile.organisations.add(association)
            if index % 3 == 0:
                certificate(person, profile, expires_in=20 + index)
                RegisterEntry.objects.create(
                    trainee=person, register="public", number=f"N-{index}", entered_on=today()
                )

    urls = {
        "report": (REPORT, {"profile": profile.pk}),
        "filtered": (REPORT, {"profile": profile.pk, "status": "eligible"}),
        "csv": (REPORT, {"profile": profile.pk, "export": "csv"}),
        "xlsx": (REPORT, {"profile": profile.pk, "export": "xlsx"}),
        "holders": (HOLDERS, {"profile": profile.pk}),
        "holders csv": (HOLDERS, {"profile": profile.pk, "export": "csv"}),
        "drill-down": None,
    }

    def fetch(url, query):
        response = client.get(url, query)
        assert response.status_code == 200
        if response.streaming:
            b"".join(response.streaming_content)

    def counts():
        first = reports.report_trainee_ids(staff).first()
        urls["drill-down"] = (f"{REPORT}{profile.pk}/{first}/", {})
        return {
            name: count_queries(lambda url=url, query=query: fetch(url, query))
            for name, (url, query) in urls.items()
        }

    def report_queries() -> int:
        return count_queries(lambda: fetch(REPORT, {"profile": profile.pk}))

    add_trainees(0, 3)
    counts()  # warm the caches (content types, site root paths) and judge the first three
    few = counts()
    add_trainees(3, 15)
    judging_twelve = report_queries()  # the page judges the twelve new trainees first
    many = counts()
    assert many == few
    assert client.get(REPORT, {"profile": profile.pk}).context["total"] == 15
    add_trainees(15, 18)
    # judging them is one batch of the engine's queries, for twelve as for three
    assert report_queries() == judging_twelve > few["report"]


def test_the_command_loads_names_per_batch_and_keeps_its_columns(profile, tmp_path, count_queries):
    def run():
        call_command(
            "eligibility_report", profile="report", format="csv", output=str(tmp_path / "r.csv")
        )

    for index in range(3):
        adult(f"few-{index}", area="abai")
    run()  # warm the caches (content types) when this test runs on its own
    few = count_queries(run)
    for index in range(3, 15):
        adult(f"more-{index}", document=False)
    assert count_queries(run) == few
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "trainee_id,full_name,region,eligible,missing,blocked"
    assert len(rows) == 16
    assert sum(row.endswith(",True,0,False") for row in rows) == 3
    assert any(",abai,True,0,False" in row for row in rows)
    xlsx = tmp_path / "r.xlsx"
    call_command(
        "eligibility_report", profile="report", format="xlsx", output=str(xlsx), stdout=StringIO()
    )
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    assert sheet.max_row == 16

    # a name that would be a formula in a spreadsheet stays text in the workbook
    adult("formula", full_name='=HYPERLINK("http://example.com","Ask")')
    call_command(
        "eligibility_report", profile="report", format="xlsx", output=str(xlsx), stdout=StringIO()
    )
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    [name] = [row[1] for row in sheet.iter_rows(min_row=2) if row[1].value.startswith("=")]
    assert (name.data_type, name.value) == ("s", '=HYPERLINK("http://example.com","Ask")')


def test_the_coordinators_group_may_read_the_reports_but_not_issue():
    from django.contrib.auth.models import Group

    coordinators = set(
        Group.objects.get(name="Coordinators").permissions.values_list("codename", flat=True)
    )
    assert {"view_certificate", "view_qualificationprofile"} <= coordinators
    assert "add_certificate" not in coordinators
