from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("<int:page_id>/start/", views.start, name="start"),
    path("attempts/<int:attempt_id>/", views.attempt, name="attempt"),
    path("attempts/<int:attempt_id>/save/", views.save, name="save"),
    path("attempts/<int:attempt_id>/review/", views.review, name="review"),
    path("grading/", views.grading_queue, name="grading_queue"),
    path("grading/<int:answer_id>/", views.grade, name="grade"),
]
