"""Crawling the demo site as a user would: follow the links from the start pages, one page per
address pattern. The crawl's own tests (tests/cms/test_crawl.py) and the browser's accessibility
tests (tests/e2e/test_accessibility.py) walk the same pages."""

import re
from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from django.contrib.auth import get_user_model
from django.test import Client

NOT_FOLLOWED = re.compile(r"^/(static|media|documents|i18n)/|logout")
# The public and trainees: the site in its three languages. Staff: the admin and their pages of
# the site, in Kazakh (the curriculum's pages are the public's crawl; languages are their tests').
SITE = (["/kk/", "/ru/", "/en/", "/kk/learn/", "/kk/qualifications/"], re.compile(r"^/(?!admin/)"))
STAFF = (["/admin/", "/kk/learn/"], re.compile(r"^/admin/|^/kk/(learn|qualifications|quiz)/"))
STAFF_ON_THE_SITE = (["/kk/learn/"], re.compile(r"^/kk/(learn|qualifications|quiz)/"))  # no admin
SAME_SHAPE = 1  # pages visited of one address pattern (ids as N, without the query)
SIDEBAR_LINK = re.compile(r'"url": "(/[^"]*)"')  # the admin's menu comes as JSON for its script


class _Links(HTMLParser):
    """The links of a page, and the fields of its GET forms (as the address a form sends)."""

    def __init__(self, url: str):
        super().__init__()
        self.url = url
        self.hrefs: list[str] = []
        self.form: str | None = None  # the action of the GET form being read

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        elif tag == "form":
            get = (attrs.get("method") or "get").lower() == "get"
            self.form = (attrs.get("action") or self.url) if get else None
        elif tag in ("input", "select", "textarea") and self.form and attrs.get("name"):
            self.hrefs.append(f"{urlsplit(self.form).path}?{urlencode({attrs['name']: ''})}")

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None


def shape(url: str) -> str:
    """The address with its ids as N and without its query: one view, mostly."""
    return re.sub(r"\d+", "N", urlsplit(url).path)


def get(client: Client, url: str):
    return get_or_post(client.get, url)


def get_or_post(send, url: str, data: dict | None = None):
    response = send(url, data)
    if response.streaming:  # an export: its rows are made while it is read
        return response, b"".join(response.streaming_content)
    return response, response.content


def crawl(client: Client, scope: tuple[list[str], re.Pattern]) -> tuple[dict, list[str]]:
    """Follow the links on the site from the start pages, one page of each shape: the pages
    visited (status and HTML) and every address found, visited or not."""
    pages: dict[str, tuple[int, str]] = {}
    found: list[str] = []
    shapes: Counter = Counter()
    starts, followed = scope
    queue = deque(starts)
    while queue:
        url = queue.popleft()
        if url in pages or shapes[shape(url)] >= SAME_SHAPE:
            continue
        shapes[shape(url)] += 1
        response, body = get(client, url)
        html = "html" in response.get("Content-Type", "")
        text = body.decode("utf-8", "replace") if html else ""
        pages[url] = (response.status_code, text)
        if response.status_code != 200 or not html:
            continue
        links = _Links(url)
        links.feed(text)
        for href in links.hrefs + SIDEBAR_LINK.findall(text):
            target = urlsplit(urljoin("http://testserver" + url, href))
            if (
                target.netloc == "testserver"
                and followed.search(target.path)
                and not NOT_FOLLOWED.search(target.path)
            ):
                found.append(urlunsplit(("", "", target.path, target.query, "")))
                queue.append(found[-1])
    return pages, found


def login(username: str | None) -> tuple[Client, tuple]:
    """A client logged in as the demo user, and the part of the site to crawl for them."""
    client = Client()
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    return client, STAFF if username in ("instructor", "coordinator", "admin") else SITE
