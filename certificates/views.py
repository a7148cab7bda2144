"""Trainee pages of qualifications."""

import time

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, render

from . import conf, selectors
from .models import Certificate


@login_required
def my_qualifications(request):
    """Per profile: each requirement met or not, with progress, in the trainee's language."""
    return render(
        request,
        "certificates/my_qualifications.html",
        {"checklists": selectors.my_qualifications(request.user)},
    )


@login_required
def my_certificates(request):
    """The trainee's own certificates, with the download and the link to share."""
    certificates = Certificate.objects.filter(trainee=request.user).select_related("profile")
    return render(request, "certificates/my_certificates.html", {"certificates": certificates})


@login_required
def download(request, certificate_id: int):
    """A certificate's PDF, for its holder only: anyone else's id answers 404."""
    certificate = get_object_or_404(
        Certificate,
        pk=certificate_id,
        trainee=request.user,
        status__in=("valid", "superseded", "expired"),
    )
    if not certificate.pdf:
        raise Http404
    return FileResponse(
        certificate.pdf.open("rb"), as_attachment=True, filename=f"{certificate.serial}.pdf"
    )


def _rate_limited(request) -> bool:
    address = request.META.get("REMOTE_ADDR", "")
    key = f"certificates-verify-{address}-{int(time.time() // 60)}"
    count = cache.get_or_set(key, 0, timeout=90)
    cache.incr(key)
    return count >= conf.get("VERIFY_RATE_PER_MINUTE")


def _public(certificate: Certificate) -> dict:
    """What anyone may learn from a certificate's code: nothing else personal."""
    snapshot = certificate.snapshot
    return {
        "serial": certificate.serial,
        "holder": snapshot.get("holder", ""),
        "qualification": {
            "kk": snapshot.get("title_kk", ""),
            "ru": snapshot.get("title_ru", ""),
            "en": snapshot.get("title_en", ""),
        },
        "issued_on": certificate.issued_on.isoformat(),
        "expires_on": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "status": certificate.public_status(),
        "revoked_on": certificate.revoked_on.isoformat() if certificate.revoked_on else None,
    }


def verify(request, code: str):
    """The public verification page: no login, in kk, ru or en."""
    if _rate_limited(request):
        return render(request, "certificates/too_many.html", status=429)
    certificate = get_object_or_404(Certificate, code=code)
    return render(
        request,
        "certificates/verify.html",
        {"certificate": certificate, "public": _public(certificate)},
    )


def verify_json(request, code: str):
    if _rate_limited(request):
        return JsonResponse({"error": "too many requests"}, status=429)
    certificate = Certificate.objects.filter(code=code).first()
    if certificate is None:
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse(_public(certificate))
