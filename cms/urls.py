"""URLs: language-prefixed site pages (kk, ru, en); admin, documents and sitemap unprefixed."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from certificates.urls import verify_patterns

from . import views
from .sitemaps import MultilingualSitemap

handler404 = "cms.views.page_not_found"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz/", views.health, name="health"),
    # what a certificate's QR code opens: no language in the address, the browser's language
    path("verify/", include((verify_patterns, "verify"))),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("learn/", include("lms.urls")),
    path("quiz/", include("assessments.urls")),
    path("qualifications/", include("certificates.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
