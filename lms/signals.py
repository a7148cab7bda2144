"""Domain signals: apps to the right of lms (certificates) react to learner progress by
connecting receivers here; lms never imports them."""

from django.dispatch import Signal

# trainee, page: a page counted as completed for the first time.
page_completed = Signal()
# enrolment: a course completed (its enrolment now has status "completed" and a date).
course_completed = Signal()
# session, trainee_ids: attendance marked, so attended academic hours changed.
hours_recorded = Signal()
