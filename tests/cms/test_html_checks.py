"""The page checker the crawl runs (tests/html_checks.py) finds each fault it names, and passes a
page without them: a check that could not fail would pass every page."""

import pytest

from tests.html_checks import problems

PAGE = """<!DOCTYPE html>
<html lang="kk"><head><meta charset="utf-8"><title>Бет</title></head>
<body><a href="#main">Мазмұнға өту</a><a href="#">Жоғары</a><main id="main"><h1>Тіркелу</h1>
<form method="post" id="sign-up">
  <label for="id_name">Аты-жөні</label><input id="id_name" name="name" aria-describedby="help">
  <p id="help">Құжаттағыдай</p>
  <label>Өңір <select name="region"><option>Түркістан</option></select></label>
  <template><input id="id_name" aria-describedby="elsewhere"></template>
</form>
<table><tbody></tbody></table><template><tr><td>Жаңа</td></tr></template>
<button form="sign-up">Жіберу</button></main></body></html>"""


def test_a_page_without_faults_passes():
    assert problems(PAGE) == []


@pytest.mark.parametrize(
    "before, after, fault",
    [
        ('<p id="help">', '<p id="id_name">', "id 'id_name' used twice"),
        ('aria-describedby="help"', 'aria-describedby="hint"', "aria-describedby='hint'> refers"),
        ('form="sign-up"', 'form="sign-in"', "<button form='sign-in'> refers to no element"),
        ('<label for="id_name">', '<label for="id_nme">', "<label for='id_nme'> labels no"),
        ('<label for="id_name">', '<label for="help">', "<label for='help'> labels no control"),
        ("<h1>Тіркелу</h1>", "<h1>Тіркелу</h2>", "parse error: end-tag-too-early"),
        ('<p id="help">', '<p id="help" id="x">', "parse error: duplicate-attribute"),
        ('<p id="help">Құжаттағыдай</p>', '<p id="help"><div>Құжат</div></p>', "parse error"),
        ("</form>", "<form></form></form>", "parse error"),
        ('<a href="#main">', '<a href="#content">', "<a href='#content'> leads to no element"),
    ],
)
def test_each_fault_is_found(before, after, fault):
    assert before in PAGE
    found = problems(PAGE.replace(before, after, 1))
    assert any(fault in line for line in found), found
