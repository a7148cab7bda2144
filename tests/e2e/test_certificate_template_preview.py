"""In headless Chromium: an administrator edits a certificate template and previews it as a PDF
in the frame below the form, without saving and without leaving the page; a broken template
shows its error in the same frame."""

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def is_preview(response) -> bool:
    # the PDF viewer asks for the document again (GET) once it is shown: count the form's POST
    return response.url.endswith("/templates/preview/") and response.request.method == "POST"


def test_the_administrator_previews_a_template_before_saving(demo_site, page):
    from certificates.models import CertificateTemplate

    page.goto(f"{demo_site}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "kelisim-demo")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()
    page.goto(f"{demo_site}/admin/qualifications/templates/new/")
    page.fill("#id_name", "Ресми үлгі")
    page.fill("#id_signatories", "Ерлан Қарин, Төраға орынбасары")

    preview = page.get_by_role("button", name="Preview PDF")
    with page.expect_response(is_preview) as answer:
        preview.click()
    response = answer.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert page.url.endswith("/admin/qualifications/templates/new/")  # still on the form
    page.screenshot(path=str(ARTIFACTS / "template-preview.png"), full_page=True)

    page.fill("#id_html", "<p>{% if %}</p>")
    with page.expect_response(is_preview) as answer:
        preview.click()
    assert answer.value.status == 400
    error = page.frame_locator('iframe[name="certificate-preview"]').locator("body")
    expect(error).to_contain_text("line 1")  # waits for the frame to load the answer
    assert not CertificateTemplate.objects.exists()  # a preview saves nothing
