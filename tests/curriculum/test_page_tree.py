"""The page tree keeps its shape: programme > course > module > lesson, nothing else."""

import pytest
from wagtail.models import Page

from cms.home.models import HomePage
from curriculum.models import CoursePage, LessonPage, ModulePage, ProgramPage


@pytest.mark.parametrize(
    ("parent", "child", "allowed"),
    [
        (HomePage, ProgramPage, True),
        (HomePage, CoursePage, False),
        (HomePage, LessonPage, False),
        (ProgramPage, CoursePage, True),
        (ProgramPage, ModulePage, False),
        (ProgramPage, LessonPage, False),
        (CoursePage, ModulePage, True),
        (CoursePage, LessonPage, False),
        (CoursePage, CoursePage, False),
        (ModulePage, LessonPage, True),
        (ModulePage, ModulePage, False),
        (LessonPage, LessonPage, False),
        (LessonPage, ModulePage, False),
    ],
)
def test_page_type_may_only_sit_under_its_parent_type(parent, child, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_home_page_sits_only_at_the_root_and_once_per_parent():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert HomePage.max_count_per_parent == 1


def test_module_child_types_come_from_settings_not_from_later_apps():
    """Curriculum never names assessments; a site adds quiz pages through the setting."""
    from curriculum import conf

    assert conf.DEFAULTS["MODULE_CHILD_PAGE_TYPES"] == ["curriculum.LessonPage"]
    assert ModulePage.subpage_types == conf.get("MODULE_CHILD_PAGE_TYPES")
