"""Curriculum content: programmes, courses, modules and lessons as Wagtail pages. No learner state."""
