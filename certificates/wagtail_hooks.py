"""certificates in the Wagtail admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from lms.admin_menu import PermissionMenuItem

from .viewsets import qualifications


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("certificates.revoke", _("Revoke"), _("Revoked"))
    actions.register_action("certificates.reissue", _("Reissue"), _("Reissued"))
    actions.register_action("certificates.render_failed", _("PDF failed"), _("The PDF failed"))
    actions.register_action(
        "certificates.render_again", _("Render the PDF again"), _("PDF sent to render again")
    )
    actions.register_action(
        "certificates.email_again", _("E-mail again"), _("E-mailed to the holder again")
    )


@hooks.register("register_admin_viewset")
def register_qualifications():
    return qualifications


# --- qualification reports (eligibility, drill-down, register of holders, statistics) ---------

REPORT_PERMISSION = "certificates.view_certificate"


@hooks.register("register_admin_urls")
def register_qualification_report_urls():
    from .admin_views import (
        EligibilityReportView,
        HoldersView,
        StatisticsView,
        TraineeChecklistView,
    )

    return [
        path("qualifications/report/", EligibilityReportView.as_view(), name="certificates_report"),
        path(
            "qualifications/report/<int:profile_id>/<int:trainee_id>/",
            TraineeChecklistView.as_view(),
            name="certificates_report_trainee",
        ),
        path("qualifications/holders/", HoldersView.as_view(), name="certificates_holders"),
        path(
            "qualifications/statistics/",
            StatisticsView.as_view(),
            name="certificates_statistics",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_qualification_reports_menu_item():
    # right after the "Qualifications" group (order 440); shown only when an item inside is
    return SubmenuMenuItem(
        _("Qualification reports"),
        Menu(
            items=[
                PermissionMenuItem(
                    _("Eligibility report"),
                    reverse("certificates_report"),
                    name="certificates-eligibility-report",
                    icon_name="table",
                    order=1,
                    permission=REPORT_PERMISSION,
                ),
                PermissionMenuItem(
                    _("Register of holders"),
                    reverse("certificates_holders"),
                    name="certificates-holders",
                    icon_name="list-ul",
                    order=2,
                    permission=REPORT_PERMISSION,
                ),
                PermissionMenuItem(
                    _("Training statistics"),
                    reverse("certificates_statistics"),
                    name="certificates-statistics",
                    icon_name="table",
                    order=3,
                    permission=REPORT_PERMISSION,
                ),
            ]
        ),
        name="certificates-reports",
        icon_name="table",
        order=441,
    )


# --- bulk issue -------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_bulk_issue_urls():
    from . import issue_views

    return [
        path(
            "qualifications/issue/",
            issue_views.BatchIndexView.as_view(),
            name="certificates_batches",
        ),
        path(
            "qualifications/issue/<int:batch_id>/",
            issue_views.BatchView.as_view(),
            name="certificates_batch",
        ),
        path(
            "qualifications/issue/<int:batch_id>/progress.json",
            issue_views.BatchProgressJsonView.as_view(),
            name="certificates_batch_json",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_bulk_issue_menu_item():
    return PermissionMenuItem(
        _("Issue certificates"),
        reverse("certificates_batches"),
        name="certificates-issue",
        icon_name="doc-full",
        order=442,
        permission="certificates.add_certificate",
    )
