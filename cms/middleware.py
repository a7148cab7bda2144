"""Site middleware."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

# Addresses that never carry a language prefix (see cms/urls.py).
UNPREFIXED = ("/admin/", "/documents/", "/verify/", "/i18n/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 under an address without a language (the admin, the QR codes'
    /verify/) stays a 404: Django would redirect it to /kk/…, which Wagtail's catch-all page route
    then answers with a page-not-found under the wrong address."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
