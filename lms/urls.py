from django.urls import path

from . import views

app_name = "lms"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("register/", views.register, name="register"),
    path("profile/", views.profile, name="profile"),
    path("pages/<int:page_id>/done/", views.complete_page, name="complete_page"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("files/<path:name>", views.private_file, name="private_file"),
    path("practice/", views.practice, name="practice"),
    path("practice/reviews/", views.practice_reviews, name="practice_reviews"),
    path("practice/<int:record_id>/review/", views.review_practice, name="review_practice"),
    path("cohorts/", views.cohort_list, name="cohorts"),
    path("cohorts/<int:cohort_id>/", views.cohort_detail, name="cohort"),
    path("cohorts/<int:cohort_id>/calendar.ics", views.cohort_calendar, name="cohort_calendar"),
    path(
        "cohorts/<int:cohort_id>/enrolments/<int:enrolment_id>/withdraw/",
        views.withdraw,
        name="withdraw",
    ),
    path(
        "cohorts/<int:cohort_id>/sessions/<int:session_id>/attendance/",
        views.attendance,
        name="attendance",
    ),
]
