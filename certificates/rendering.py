"""Certificates to PDF with WeasyPrint: A4 landscape, fonts shipped with the project (Kazakh
letters included), a QR code to the verification page. Template content never reaches the
file system or the network: the URL fetcher serves only the project's own fonts and data URIs,
and the logo is read here through storage and handed to the template as a data URI."""

from __future__ import annotations

import base64
import functools
import mimetypes
import re
from datetime import date

import zxingcpp
from django.conf import settings
from django.db.models import Subquery
from django.template import Context, Engine, TemplateSyntaxError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.models import Page

from .models import Certificate, CertificateTemplate
from .pdf import ASSET_SCHEME, ASSETS, PdfFailed, PdfTimeout, write_pdf
from .pdf import write_pdf_within as _write_pdf_within

__all__ = [
    "ASSETS",
    "ASSET_SCHEME",
    "COURSE_HTML",
    "DEFAULT_CSS",
    "DEFAULT_HTML",
    "RenderError",
    "compile_template",
    "render_html",
    "render_pdf",
    "render_pdf_within",
    "sample_certificate",
    "template_for",
]

DEFAULT_CSS = """
@page { size: A4 landscape; margin: 14mm; }
@font-face { font-family: "Kelisim Sans"; src: url("kelisim-asset:DejaVuSans.ttf"); }
@font-face { font-family: "Kelisim Sans"; font-weight: bold;
             src: url("kelisim-asset:DejaVuSans-Bold.ttf"); }
@font-face { font-family: "Kelisim Serif"; font-weight: bold;
             src: url("kelisim-asset:DejaVuSerif-Bold.ttf"); }
body { font-family: "Kelisim Sans"; color: #1b2a3a; margin: 0; }
.frame { border: 3px double #0b5394; height: 160mm; padding: 8mm 14mm; position: relative; }
.logo { position: absolute; top: 6mm; left: 10mm; max-width: 40mm; max-height: 24mm; }
.issuer { text-align: center; font-size: 11pt; letter-spacing: 0.05em; }
h1 { font-family: "Kelisim Serif"; text-align: center; font-size: 30pt; margin: 6mm 0 2mm; }
.subtitle { text-align: center; font-size: 12pt; margin: 0; }
.holder { text-align: center; font-size: 22pt; font-weight: bold; margin: 10mm 0 2mm; }
.holder-latin { text-align: center; font-size: 12pt; margin: 0; }
.qualification { text-align: center; font-size: 15pt; margin: 8mm 0 0; }
.course { text-align: center; font-size: 13pt; margin: 5mm 0 0; }
.course strong { font-size: 14pt; }
.columns { display: flex; justify-content: space-between; margin-top: 8mm; font-size: 10.5pt; }
.columns div { width: 48%; }
.columns p { margin: 0 0 1.5mm; }
.footer { position: absolute; bottom: 10mm; left: 14mm; right: 14mm; font-size: 9.5pt; }
.signatories { display: flex; margin: 0 40mm 4mm 0; }
.signatory { width: 60mm; margin-right: 10mm; font-size: 9.5pt; }
.signatory p { margin: 0; }
.signature-line { border-bottom: 1px solid #1b2a3a; height: 9mm; margin-bottom: 1mm; }
.signatory-position { font-size: 8.5pt; }
.qr { position: absolute; right: 0; bottom: 0; width: 32mm; text-align: center; font-size: 7pt; }
.qr img { width: 30mm; height: 30mm; }
"""

_ISSUER = """
  {% if logo %}<img class="logo" src="{{ logo }}" alt="">{% endif %}
  <p class="issuer">ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ · АССАМБЛЕЯ НАРОДА КАЗАХСТАНА</p>"""

_FOOTER = """
  <div class="footer">
    {% if signatories %}<div class="signatories">{% for person in signatories %}
      <div class="signatory"><div class="signature-line"></div>
        <p class="signatory-name">{{ person.name }}</p>
        <p class="signatory-position">{{ person.position }}</p></div>{% endfor %}
    </div>{% endif %}
    <p>Тексеру · Проверка: {{ verify_url }}</p>
    <div class="qr"><img src="{{ qr }}" alt="QR"><br>{{ certificate.code|slice:":8" }}…</div>
  </div>"""

DEFAULT_HTML = (
    '\n<div class="frame">'
    + _ISSUER
    + """
  <h1>СЕРТИФИКАТ</h1>
  <p class="subtitle">№ {{ certificate.serial }}</p>
  <p class="holder">{{ snapshot.holder }}</p>
  {% if snapshot.holder_latin %}<p class="holder-latin">{{ snapshot.holder_latin }}</p>{% endif %}
  <p class="qualification">{{ snapshot.title_kk }}<br>{{ snapshot.title_ru }}</p>
  <div class="columns">
    <div>
      <p>Берілген күні: {{ certificate.issued_on|date:"d.m.Y" }}</p>
      {% if certificate.expires_on %}<p>Жарамды мерзімі: {{ certificate.expires_on|date:"d.m.Y" }} дейін</p>{% endif %}
      {% if snapshot.hours %}<p>Академиялық сағат: {{ snapshot.hours }}</p>{% endif %}
    </div>
    <div>
      <p>Дата выдачи: {{ certificate.issued_on|date:"d.m.Y" }}</p>
      {% if certificate.expires_on %}<p>Действителен до: {{ certificate.expires_on|date:"d.m.Y" }}</p>{% endif %}
      {% if snapshot.hours %}<p>Академических часов: {{ snapshot.hours }}</p>{% endif %}
    </div>
  </div>"""
    + _FOOTER
    + "\n</div>\n"
)

# Course completion: the course's title in Kazakh and Russian, its hours and completion date.
COURSE_HTML = (
    '\n<div class="frame">'
    + _ISSUER
    + """
  <h1>СЕРТИФИКАТ</h1>
  <p class="subtitle">Курсты аяқтағаны туралы сертификат · Сертификат об окончании курса</p>
  <p class="subtitle">№ {{ certificate.serial }}</p>
  <p class="holder">{{ snapshot.holder }}</p>
  {% if snapshot.holder_latin %}<p class="holder-latin">{{ snapshot.holder_latin }}</p>{% endif %}
  <p class="course"><strong>«{{ snapshot.title_kk }}»</strong> курсы бойынша оқуды аяқтады</p>
  <p class="course">завершил(а) обучение по курсу <strong>«{{ snapshot.title_ru }}»</strong></p>
  <div class="columns">
    <div>
      {% if snapshot.hours %}<p>Көлемі: {{ snapshot.hours }} академиялық сағат</p>{% endif %}
      {% if completed_on %}<p>Аяқтаған күні: {{ completed_on|date:"d.m.Y" }}</p>{% endif %}
      <p>Берілген күні: {{ certificate.issued_on|date:"d.m.Y" }}</p>
    </div>
    <div>
      {% if snapshot.hours %}<p>Объём: {{ snapshot.hours }} академических часов</p>{% endif %}
      {% if completed_on %}<p>Дата окончания: {{ completed_on|date:"d.m.Y" }}</p>{% endif %}
      <p>Дата выдачи: {{ certificate.issued_on|date:"d.m.Y" }}</p>
    </div>
  </div>"""
    + _FOOTER
    + "\n</div>\n"
)

# Certificate templates are written by administrators: they compile against Django's built-in
# tags and filters only. No loader can find a file ({% include %} and {% extends %} fail) and no
# tag library of the project is available.
ENGINE = Engine(
    debug=True,  # syntax errors carry their line
    loaders=[("django.template.loaders.locmem.Loader", {})],
    libraries={"i18n": "django.templatetags.i18n", "l10n": "django.templatetags.l10n"},
)

SAMPLE_HOLDER = "Әсел Қуанышқызы Өмірзақова"


class RenderError(Exception):
    """A certificate template could not be compiled or rendered; the message says why."""


@functools.lru_cache(maxsize=64)
def _compiled(source: str):
    # a worker renders the same few templates thousands of times: compiling each time was about
    # 2% of a render; a compiled Template is reusable, its context is per render
    return ENGINE.from_string(source)


def compile_template(source: str):
    """The template compiled by the certificates' own engine; a readable error if it does not."""
    try:
        return _compiled(source)
    except TemplateSyntaxError as error:
        line = getattr(error, "template_debug", {}).get("line")
        if line:
            raise RenderError(
                _("The template has an error on line %(line)s: %(error)s")
                % {"line": line, "error": error}
            ) from error
        raise RenderError(_("The template has an error: %(error)s") % {"error": error}) from error


def qr_modules(url: str) -> tuple[int, bytes]:
    """The URL as a QR code (error correction M, the mask the encoder scores best): its width in
    modules and one byte a module, row by row, 0 for a dark one. zxing-cpp encodes in C++ in
    about 0.15 ms, where segno, in Python, took 2 ms even with the mask fixed (5% of a render)."""
    code = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    return image.shape[1], bytes(memoryview(image))


_DARK_RUN = re.compile(rb"\x00+")


def qr_svg(url: str, *, border: int = 1) -> str:
    """The QR code as an SVG: one stroked path, a line one module thick for each run of dark
    modules in a row (as segno draws them: the least for WeasyPrint to draw and for the PDF to
    hold), in a white square `border` modules wider on each side (the certificate's margin is
    the rest of the quiet zone)."""
    width, modules = qr_modules(url)
    runs = []
    for row in range(len(modules) // width):
        line = modules[row * width : (row + 1) * width]
        for run in _DARK_RUN.finditer(line):
            runs.append(f"M{run.start() + border} {row + border}.5h{run.end() - run.start()}")
    size = width + 2 * border
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'width="{size}" height="{size}" shape-rendering="crispEdges">'
        f'<rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path stroke="#000" stroke-width="1" d="{"".join(runs)}"/></svg>'
    )


def qr_data_uri(url: str) -> str:
    """The QR code a certificate prints, as an SVG data: URI."""
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(url).encode()).decode("ascii")


def is_course_certificate(certificate: Certificate) -> bool:
    return bool(certificate.course_id) or certificate.snapshot.get("kind") == "course"


def template_for(certificate: Certificate, *, chosen: dict | None = None) -> CertificateTemplate:
    """The template for a certificate's profile (or course) and language; else one for the
    language that names neither; else the built-in bilingual layout (unsaved). `chosen`, a dict
    kept across a chunk of certificates rendered together, remembers the answer per profile (or
    course) and language, so a chunk looks each one up once."""
    if chosen is not None:
        key = (
            certificate.language,
            certificate.profile_id,
            certificate.course_id,
            is_course_certificate(certificate),
        )
        if key not in chosen:
            chosen[key] = template_for(certificate)
        return chosen[key]
    templates = CertificateTemplate.objects.filter(language=certificate.language).order_by("-pk")
    chosen = None
    if certificate.course_id:
        # a course's pages in kk, ru and en share a translation key: any of them will do
        key = Page.objects.filter(pk=certificate.course_id).values("translation_key")
        chosen = templates.filter(course__translation_key=Subquery(key)).first()
    elif certificate.profile_id:
        chosen = templates.filter(profile_id=certificate.profile_id).first()
    if chosen is None:
        chosen = templates.filter(profile__isnull=True, course__isnull=True).first()
    if chosen is None:
        html = COURSE_HTML if is_course_certificate(certificate) else DEFAULT_HTML
        chosen = CertificateTemplate(name="built-in", language="kk-ru", html=html, css=DEFAULT_CSS)
    return chosen


def logo_data_uri(template: CertificateTemplate) -> str:
    """The template's logo as a data: URI, read through storage (never fetched by a URL)."""
    if not template.logo_id:
        return ""
    image = template.logo
    with image.file.open("rb") as handle:
        content = handle.read()
    mime = mimetypes.guess_type(image.file.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}"


def parse_signatories(text: str) -> list[dict]:
    """ "name, position" lines as [{name, position}]; a line without a comma is a name only."""
    people = []
    for line in (text or "").splitlines():
        name, _comma, position = line.partition(",")
        if name.strip():
            people.append({"name": name.strip(), "position": position.strip()})
    return people


def _date_or_none(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def template_context(
    certificate: Certificate, template: CertificateTemplate, *, base_url: str
) -> dict:
    """What a certificate template sees. `certificate` is a plain mapping of what the paper may
    say, not the model: a template cannot walk from it to the holder's account."""
    verify_url = base_url.rstrip("/") + certificate.get_verification_path()
    snapshot = certificate.snapshot
    return {
        "certificate": {
            "serial": certificate.serial,
            "code": certificate.code,
            "issued_on": certificate.issued_on,
            "expires_on": certificate.expires_on,
            "language": certificate.language,
            "kind": "course" if is_course_certificate(certificate) else "qualification",
        },
        "snapshot": snapshot,
        "completed_on": _date_or_none(snapshot.get("completed_on")),
        "verify_url": verify_url,
        "qr": qr_data_uri(verify_url),
        "logo": logo_data_uri(template),
        "signatories": parse_signatories(template.signatories),
    }


def _language(certificate: Certificate) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return certificate.language if certificate.language in codes else "kk"


def render_html(
    certificate: Certificate, *, base_url: str, template: CertificateTemplate | None = None
) -> str:
    """The certificate's HTML from its template (chosen by `template_for` unless given)."""
    template = template or template_for(certificate)
    compiled = compile_template(template.html)
    context = Context(template_context(certificate, template, base_url=base_url))
    with override(_language(certificate)):
        try:
            return compiled.render(context)
        except Exception as error:  # an administrator's template: say what went wrong
            raise RenderError(
                _("The template could not be rendered: %(error)s") % {"error": error}
            ) from error


def render_pdf(
    certificate: Certificate, *, base_url: str, template: CertificateTemplate | None = None
) -> bytes:
    """The certificate as PDF bytes, rendered in this process (the Celery task that calls it
    has a time limit)."""
    template = template or template_for(certificate)
    html = render_html(certificate, base_url=base_url, template=template)
    return write_pdf(html, template.css or DEFAULT_CSS)


def render_pdf_within(
    certificate: Certificate, *, base_url: str, template: CertificateTemplate, seconds: float
) -> bytes:
    """`render_pdf` for a web request: WeasyPrint runs in a separate process that is stopped
    after `seconds`, so a heavy template cannot hold a web worker."""
    html = render_html(certificate, base_url=base_url, template=template)
    try:
        return _write_pdf_within(html, template.css or DEFAULT_CSS, seconds=seconds)
    except PdfTimeout as error:
        raise RenderError(
            _("The PDF took longer than %(seconds)s seconds to render. Simplify the template.")
            % {"seconds": seconds}
        ) from error
    except PdfFailed as error:
        raise RenderError(
            _("The PDF could not be rendered: %(error)s") % {"error": error}
        ) from error


def sample_certificate(
    *, kind: str = "qualification", language: str = "kk-ru", titles: dict | None = None
) -> Certificate:
    """An unsaved certificate with a sample holder, for previewing a template."""
    today = timezone.localdate()
    course = kind == "course"
    titles = titles or (
        {
            "kk": "Медиация және этномедиация негіздері",
            "ru": "Основы медиации и этномедиации",
            "en": "Foundations of mediation and ethnomediation",
        }
        if course
        else {
            "kk": "Келіссөз жүргізуші-этномедиатор",
            "ru": "Переговорщик-этномедиатор",
            "en": "Negotiator-ethnomediator",
        }
    )
    return Certificate(
        serial=f"KHA-{today.year}-000000",
        code="sample-certificate-preview",
        language=language,
        issued_on=today,
        expires_on=None if course else today.replace(year=today.year + 2, day=min(today.day, 28)),
        snapshot={
            "kind": kind,
            "holder": SAMPLE_HOLDER,
            "holder_latin": "Assel Kuanyshkyzy Omirzakova",
            "title_kk": titles.get("kk", ""),
            "title_ru": titles.get("ru", ""),
            "title_en": titles.get("en", ""),
            "hours": "72",
            "completed_on": today.isoformat() if course else "",
        },
    )
