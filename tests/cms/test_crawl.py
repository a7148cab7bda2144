"""Every page a demo user can reach by following links answers without a server error, with
awkward values in its query and its ids too, and so does every form of ours posted with a field
awkward or left out; no page shows a trainee outside the user's reach: the public no one, a
trainee no other trainee, the Turkistan coordinator nobody from Almaty but on the pages of the
Turkistan cohort they run (Mira of Almaty is enrolled in it)."""

import copy
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client

from cms.demo.learners import TRAINEES
from tests.crawling import crawl, get, get_or_post, login, shape
from tests.html_checks import problems
from tests.html_forms import forms_of

pytestmark = [
    pytest.mark.django_db,
    # one test process for the module (`make test` runs the suite in several): its crawls are
    # made once and shared by its tests
    pytest.mark.xdist_group("crawl"),
    # wagtail-localize's translations report (/admin/localize/reports/translations/) pages an
    # unordered queryset whatever it is asked: its own warning, not ours to order
    pytest.mark.filterwarnings("ignore::django.core.paginator.UnorderedObjectListWarning"),
]

WAGTAIL_PAGE_VIEWS = re.compile(r"^/admin/pages/")
# Our pages: the site and our screens in the admin (Wagtail's own screens are Wagtail's to mend)
OURS = re.compile(r"^/admin/(lms|qualifications|questions|assessments)/|^/(?!admin/)")
AWKWARD = ["x", "99999999999999999999", "'\"<>"]
# Forms: ours, not those that delete, revoke or sign out (Wagtail's own screens take minutes more;
# the chooser fault found in them is test_mends'); a field replaced by a word, a number no column
# holds, nothing, or left out, one at a time: a bad value among good ones is what reaches the save
NOT_POSTED = re.compile(r"delete|logout|/revoke/")
POSTED_AWKWARD = ["x", "99999999999999999999", "", None]
SAME_FORM = re.compile(r"/(new|edit/N)/$")  # a model's add and edit screens share their form
# Uploads (Wagtail's image and document screens too: few, and an image fault was found there)
BROKEN_FILES = {
    "empty.csv": b"",
    "binary.xlsx": bytes(range(256)) * 8,
    "not-a-workbook.xlsx": b"PK\x03\x04 cut short",
    "utf-16.csv": "email,full_name\nasel@example.kz,Әсел\n".encode("utf-16"),
    "cut.xml": b"<?xml version='1.0'?><quiz><question type='multichoice'><name>",
    "entities.xml": b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><quiz>&b;&b;&b;</quiz>',
    "header-only.png": b"\x89PNG\r\n\x1a\n cut short",
    "header-only.pdf": b"%PDF-1.4 cut short",
    "null\x00name.pdf": b"%PDF-1.4",
    f"{'ә' * 200}.pdf": b"%PDF-1.4",
}

NAMES = {username: (full, latin) for username, full, latin, *_ in TRAINEES}
ALMATY = {username for username, *_, region, _, _ in TRAINEES if region == "almaty"}


def awkward_variants(urls) -> list[str]:
    """Each query value and each id of the addresses found, replaced by what a bot or a typo
    sends: once per address pattern and query name. Not Wagtail's page views, tested upstream
    (their search, which is ours to configure, is test_search_and_sitemap's)."""
    variants, tried = [], set()
    for url in urls:
        parts = urlsplit(url)
        if WAGTAIL_PAGE_VIEWS.match(parts.path):
            continue
        path, query = parts.path, parse_qsl(parts.query, keep_blank_values=True)
        for name in dict.fromkeys(k for k, _ in query):
            if (shape(path), name) in tried:
                continue
            tried.add((shape(path), name))
            rest = [(k, v) for k, v in query if k != name]
            variants += [f"{path}?{urlencode(rest + [(name, value)])}" for value in AWKWARD]
        for number in re.finditer(r"\d+", path):
            if (shape(path), number.start()) in tried:
                continue
            tried.add((shape(path), number.start()))
            for value in ("0", "99999999999999999999"):
                variants.append(path[: number.start()] + value + path[number.end() :])
    return variants


def awkward_posts(pages: dict) -> list[tuple[str, str, dict]]:
    """Each of our POST forms on the pages visited as it came, then with each field replaced by
    what a tampered form sends: once per screen and field name (a child's fields once)."""
    posts, tried = [], set()
    # an edit screen before its add screen: its children have ids to tamper with
    in_order = dict(sorted(pages.items(), key=lambda page: "/edit/" not in page[0]))
    for action, form in _post_forms(in_order):
        if not OURS.search(action) or NOT_POSTED.search(action):
            continue
        if shape(action) not in tried:
            tried.add(shape(action))
            posts.append((action, "as it came", form.data()))
        screen = SAME_FORM.sub("/", shape(action))
        for name in dict.fromkeys(name for name, _ in form.fields):
            field = (screen, re.sub(r"\d+", "N", name))  # one child's fields of a form's
            if name == "csrfmiddlewaretoken" or field in tried:
                continue
            tried.add(field)
            posts += [
                (action, f"{name}={value!r}", form.data(**{name: value}))
                for value in POSTED_AWKWARD
            ]
    return posts


def broken_uploads(pages: dict) -> list[tuple[str, str, dict]]:
    """Each file input of the forms on the pages visited, sent each broken file: once per
    address pattern."""
    posts, tried = [], set()
    for action, form in _post_forms(pages):
        if not form.files or shape(action) in tried:
            continue
        tried.add(shape(action))
        posts += [
            (action, f"{name}={file_name!r}", {**form.data(), name: (file_name, content)})
            for name in form.files
            for file_name, content in BROKEN_FILES.items()
        ]
    return posts


def _post_forms(pages: dict):
    """(address, form) of each form on the pages visited that posts to this site."""
    for url, (status, text) in pages.items():
        for form in forms_of(text, "http://testserver" + url) if status == 200 else ():
            target = urlsplit(form.action)
            if form.method == "post" and target.netloc == "testserver":
                yield urlunsplit(("", "", target.path, target.query, "")), form


def _post_undone(client: Client, url: str, data: dict):
    """The answer to a POST whose changes are rolled back, the client's session with them."""
    cookies = client.cookies
    client.cookies = copy.deepcopy(cookies)
    files = {k: SimpleUploadedFile(*v) for k, v in data.items() if isinstance(v, tuple)}
    try:
        with transaction.atomic():  # rolled back as a whole, even when the view failed within it
            try:
                return get_or_post(client.post, url, {**data, **files})
            finally:
                transaction.set_rollback(True)
    finally:
        client.cookies = cookies


def _post_each(username: str | None, posts) -> tuple[dict, dict]:
    """The posts answered 5xx (or raising), each undone after; and the first page each screen
    sent back (a form refused, most often), with the post that made it."""
    client, _scope = login(username)
    errors, sent_back = {}, {}
    for url, change, data in posts:
        try:
            response, body = _post_undone(client, url, data)
            status = response.status_code
        except Exception as error:  # noqa: BLE001 (the test client raises what a view raised)
            status = repr(error)
        if not isinstance(status, int) or status >= 500:
            errors[url, change] = status
        elif shape(url) not in sent_back and _is_a_page(body):
            sent_back[shape(url)] = (url, change, body.decode())
    return errors, sent_back


def _is_a_page(body: bytes) -> bool:
    """A whole HTML document (not a fragment for a script, a file or JSON)."""
    return body.lstrip()[:15].lower() == b"<!doctype html>"


@pytest.fixture(scope="module")
def crawled():
    """Each user's crawl (its pages and addresses), made once for the module: every test starts
    from the same demo. Not the client: its login is rolled back with the test that made it."""
    done: dict = {}

    def run(username: str | None):
        if username not in done:
            done[username] = crawl(*login(username))
        return done[username]

    return run


@pytest.mark.parametrize(
    "username, reaches",
    [
        (None, "/kk/"),
        ("trainee", "/kk/qualifications/"),
        ("mira", "/kk/qualifications/certificates/"),
        ("instructor", "/admin/assessments/reports/"),
        ("coordinator", "/admin/lms/trainees/"),
        ("admin", "/admin/qualifications/certificates/"),
    ],
)
def test_every_page_reached_by_links_answers_without_a_server_error(
    seeded, crawled, username, reaches
):
    pages, found = crawled(username)
    assert reaches in pages and pages[reaches][0] == 200, sorted(pages)  # the crawl got in
    errors = {url: status for url, (status, _) in pages.items() if status >= 500}
    assert not errors, errors
    client, _scope = login(username)
    for url in awkward_variants(found):
        try:
            status = get(client, url)[0].status_code
        except Exception as error:  # noqa: BLE001 (the test client raises what a view raised)
            status = repr(error)
        if not isinstance(status, int) or status >= 500:
            errors[url] = status
    assert not errors, errors


def test_the_instructors_walk_reaches_a_grade_page(seeded, crawled):
    pages, _found = crawled("instructor")
    grade_pages = [url for url in pages if re.fullmatch(r"/kk/quiz/grading/\d+/", url)]
    assert grade_pages and all(pages[url][0] == 200 for url in grade_pages), sorted(pages)


@pytest.mark.parametrize(
    "username", [None, "trainee", "mira", "instructor", "coordinator", "admin"]
)
def test_every_page_reached_is_valid_html(seeded, crawled, username):
    """What a validator would object to that axe, in the browser tests, does not look for
    (tests/html_checks.py): on every page the crawl reached, for every user, Wagtail's screens
    too (ours are built on them, and our page types are edited in them) but for its own faults."""
    pages, _found = crawled(username)
    checked = {
        url: [fault for fault in problems(text) if not _upstream(url, status, fault)]
        for url, (status, text) in pages.items()
        if _is_a_page(text.encode())
    }
    assert len(checked) > (20 if username else 10)
    faults = {url: found for url, found in checked.items() if found}
    assert not faults, sorted(faults)


# what a page loads by itself (not a link to follow): an image, a script, a frame, a style sheet
LOADED = re.compile(
    r"<(?:img|script|iframe|source|audio|video|embed|object|link)\b[^>]*?"
    r"\s(?:src|srcset|href|data|poster)=[\"']([^\"']*)",
    re.IGNORECASE,
)
ELSEWHERE = re.compile(r"(?:^|,\s*)((?:https?:)?//(?!testserver[/:])[^\s,]+)", re.IGNORECASE)


@pytest.mark.parametrize(
    "username", [None, "trainee", "mira", "instructor", "coordinator", "admin"]
)
def test_no_page_reached_loads_anything_from_another_site(seeded, crawled, username):
    """No CDN, no tracker: a page loads only what this site serves (on a slow link, and without
    telling a third party who reads what: an avatar service, given a hash of the address)."""
    pages, _found = crawled(username)
    elsewhere = {
        (url, found)
        for url, (_status, text) in pages.items()
        for loaded in LOADED.findall(text)
        for found in ELSEWHERE.findall(loaded)
        if not re.match(r"<link\b[^>]*\brel=[\"'](?:canonical|alternate)", loaded)
    }
    assert not elsewhere, sorted(elsewhere)


# Wagtail's own faults (8.0), each on a screen of its own (address, status): its templates', left
# to upstream
WAGTAIL_FAULTS = [
    # the dashboard's welcome panel names a heading that its header no longer has
    (r"^/admin/$", 200, r"^<section aria-labelledby='header-title'> refers to no element$"),
    # the users' list: each row's checkbox is described by a title cell without its id
    (r"^/admin/users/", 200, r"^<input aria-describedby='user_\d+_title'> refers to no element$"),
    # a group's page permissions: no space between two attributes of a row
    (r"^/admin/groups/edit/", 200, r"^parse error: unexpected-character-after-attribute-value "),
    # a workflow's tasks: each hidden ORDER input has its value twice
    (r"^/admin/workflows/edit/", 200, r"^parse error: duplicate-attribute "),
    # the admin's 404 page and "Preview not available": a skip link to a main without that id
    (r"^/admin/", 404, r"^<a href='#main'> leads to no element$"),
    (r"^/admin/pages/\d+/edit/preview/", 200, r"^<a href='#main'> leads to no element$"),
]


def _upstream(url: str, status: int, fault: str) -> bool:
    return any(
        re.search(at, url) and status == answered and re.search(what, fault)
        for at, answered, what in WAGTAIL_FAULTS
    )


@pytest.mark.parametrize(
    "username, hidden, except_on",
    [
        (None, set(NAMES), None),
        ("trainee", set(NAMES) - {"trainee"}, None),
        ("mira", set(NAMES) - {"mira"}, None),
        # a coordinator sees the trainees of the cohorts they run, wherever their office is: the
        # roster and a schedule change's page name them (the change's page hides their address)
        (
            "coordinator",
            ALMATY,
            re.compile(r"^/(\w\w/learn/cohorts/|admin/lms/schedule-changes/inspect/)"),
        ),
    ],
)
def test_no_page_reached_shows_a_trainee_outside_the_users_reach(
    seeded, crawled, username, hidden, except_on
):
    assert hidden
    pages, _found = crawled(username)
    assert len(pages) > 50
    shown = {
        (url, name)
        for url, (_status, text) in pages.items()
        for person in hidden
        for name in NAMES[person]
        if name in text and not (except_on and except_on.match(url))
    }
    assert not shown, shown


# the coordinator's forms are the admin's screens, scoped: their lists are the crawl's to check
@pytest.mark.parametrize("username", [None, "trainee", "instructor", "admin"])
def test_every_form_of_ours_answers_an_awkward_field_without_a_server_error(
    seeded, crawled, username
):
    pages, _found = crawled(username)
    posts = awkward_posts(pages)
    assert len(posts) > (20 if username else 4)
    errors, sent_back = _post_each(username, posts)
    assert errors == {}
    # and the page each form sent back is valid too (a refusal's error summary links to fields)
    assert len(sent_back) > (5 if username else 1), sorted(sent_back)
    faults = {(url, change): problems(text) for url, change, text in sent_back.values()}
    assert not {post: found for post, found in faults.items() if found}


def test_every_delete_of_ours_answers_without_a_server_error(seeded, crawled):
    """Each delete screen of ours that the admin reaches (pages and users too), confirmed for a
    few of its objects, each undone after: deleted, or refused with the records that keep the
    object (409: a region with its trainees, a qualification with its certificates, a
    certificate's holder), never a server error."""
    _pages, found = crawled("admin")
    deletes: dict[str, list[str]] = {}
    for url in dict.fromkeys(found):
        ours = OURS.search(url) or re.match(r"^/admin/(pages|users)/", url)
        if ours and re.search(r"/delete/(\d+/)?$", urlsplit(url).path):
            deletes.setdefault(shape(url), []).append(url)
    client, _scope = login("admin")
    answers = {}
    for url in (url for urls in deletes.values() for url in urls[:4]):
        try:
            answers[url] = _post_undone(client, url, {})[0].status_code
        except Exception as error:  # noqa: BLE001 (the test client raises what a view raised)
            answers[url] = repr(error)
    assert len(deletes) > 15, sorted(deletes)
    errors = {url: status for url, status in answers.items() if status not in (200, 302, 409)}
    assert errors == {}
    refused = {
        re.sub(r"/delete/\d+/", "/", url) for url, status in answers.items() if status == 409
    }
    assert {"/admin/lms/regions/", "/admin/qualifications/profiles/"} <= refused, refused


@pytest.mark.parametrize("username, forms", [("trainee", 1), ("admin", 10)])
def test_every_upload_answers_a_broken_file_without_a_server_error(
    seeded, crawled, username, forms
):
    pages, _found = crawled(username)
    posts = broken_uploads(pages)
    assert len({shape(url) for url, *_ in posts}) >= forms
    errors, _sent_back = _post_each(username, posts)
    assert errors == {}
