from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("", views.my_qualifications, name="my_qualifications"),
    path("certificates/", views.my_certificates, name="my_certificates"),
    path("certificates/<int:certificate_id>/pdf/", views.download, name="download"),
]

# Public verification: mounted by the site under /verify/ (with a language prefix too).
verify_patterns = [
    path("<str:code>.json", views.verify_json, name="verify_json"),
    path("<str:code>/", views.verify, name="verify"),
]
