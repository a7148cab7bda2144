"""Certificates to PDF with WeasyPrint: A4 landscape, fonts shipped with the project (Kazakh
letters included), a QR code to the verification page. Template content never reaches the
file system or the network: the URL fetcher serves only the project's own fonts and data URIs."""

from __future__ import annotations

from pathlib import Path

import segno
from django.template import Context, Template
from django.utils.translation import override
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .models import Certificate, CertificateTemplate

ASSETS = Path(__file__).resolve().parent / "fonts"
ASSET_SCHEME = "kelisim-asset:"

DEFAULT_CSS = """
@page { size: A4 landscape; margin: 14mm; }
@font-face { font-family: "Kelisim Sans"; src: url("kelisim-asset:DejaVuSans.ttf"); }
@font-face { font-family: "Kelisim Sans"; font-weight: bold;
             src: url("kelisim-asset:DejaVuSans-Bold.ttf"); }
@font-face { font-family: "Kelisim Serif"; font-weight: bold;
             src: url("kelisim-asset:DejaVuSerif-Bold.ttf"); }
body { font-family: "Kelisim Sans"; color: #1b2a3a; margin: 0; }
.frame { border: 3px double #0b5394; height: 160mm; padding: 8mm 14mm; position: relative; }
.issuer { text-align: center; font-size: 11pt; letter-spacing: 0.05em; }
h1 { font-family: "Kelisim Serif"; text-align: center; font-size: 30pt; margin: 6mm 0 2mm; }
.subtitle { text-align: center; font-size: 12pt; margin: 0; }
.holder { text-align: center; font-size: 22pt; font-weight: bold; margin: 10mm 0 2mm; }
.holder-latin { text-align: center; font-size: 12pt; margin: 0; }
.qualification { text-align: center; font-size: 15pt; margin: 8mm 0 0; }
.columns { display: flex; justify-content: space-between; margin-top: 8mm; font-size: 10.5pt; }
.columns div { width: 48%; }
.footer { position: absolute; bottom: 10mm; left: 14mm; right: 14mm; font-size: 9.5pt; }
.qr { position: absolute; right: 0; bottom: 0; width: 32mm; text-align: center; font-size: 7pt; }
.qr img { width: 30mm; height: 30mm; }
"""

DEFAULT_HTML = """
<div class="frame">
  <p class="issuer">ҚАЗАҚСТАН ХАЛҚЫ АССАМБЛЕЯСЫ · АССАМБЛЕЯ НАРОДА КАЗАХСТАНА</p>
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
  </div>
  <div class="footer">
    <p>Тексеру · Проверка: {{ verify_url }}</p>
    <div class="qr"><img src="{{ qr }}" alt="QR"><br>{{ certificate.code|slice:":8" }}…</div>
  </div>
</div>
"""


class AssetsOnlyFetcher(URLFetcher):
    """Serves the project's fonts and inline data; refuses file://, http(s):// and the rest."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith(ASSET_SCHEME):
            name = url.removeprefix(ASSET_SCHEME)
            path = (ASSETS / name).resolve()
            if path.parent != ASSETS or not path.is_file():
                raise ValueError(f"No such asset: {name}")
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": "font/ttf"})
        raise ValueError(f"Certificates may not load {url}")


def qr_data_uri(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(border=1)


def template_for(certificate: Certificate) -> tuple[str, str]:
    chosen = (
        CertificateTemplate.objects.filter(
            profile=certificate.profile, language=certificate.language
        )
        .order_by("-pk")
        .first()
        if certificate.profile_id
        else None
    )
    if chosen is None:
        return DEFAULT_HTML, DEFAULT_CSS
    return chosen.html, chosen.css or DEFAULT_CSS


def render_html(certificate: Certificate, *, base_url: str, html: str | None = None) -> str:
    template_html, _css = template_for(certificate)
    verify_url = base_url.rstrip("/") + certificate.get_verification_path()
    context = Context(
        {
            "certificate": certificate,
            "snapshot": certificate.snapshot,
            "verify_url": verify_url,
            "qr": qr_data_uri(verify_url),
        },
        autoescape=True,
    )
    with override("kk"):
        return Template(html or template_html).render(context)


def render_pdf(certificate: Certificate, *, base_url: str) -> bytes:
    """The certificate as PDF bytes."""
    _html, css = template_for(certificate)
    fetcher = AssetsOnlyFetcher()
    document = HTML(
        string=render_html(certificate, base_url=base_url),
        base_url=ASSET_SCHEME,
        url_fetcher=fetcher,
    )
    return document.write_pdf(
        stylesheets=[CSS(string=css, url_fetcher=fetcher, base_url=ASSET_SCHEME)]
    )
