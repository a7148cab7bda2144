"""Load the demo site: the curriculum in Kazakh, Russian and English, demo staff and trainees
with organisations, a cohort and progress.

Idempotent: run it again and it updates what exists instead of duplicating it.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Site

from cms.demo import loader, quizzes
from cms.demo.content.catalogue import HOME, PROGRAMMES
from cms.demo.learners import seed_learners
from cms.demo.qualifications import issue_demo_certificates, seed_qualifications
from cms.home.models import HomePage
from curriculum.models import CoursePage, LessonPage, ModulePage, ProgramPage

DEMO_PASSWORD = "kelisim-demo"
DEMO_USERS = [
    # username, group, superuser
    ("admin", "Administrators", True),
    ("instructor", "Instructors", False),
    ("trainee", "Trainees", False),
]
SOURCE_LANGUAGE = "kk"


class Command(BaseCommand):
    help = "Create or update the demo curriculum (kk, ru, en) and the demo users."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Create the demo users even with DEBUG off (never on a public server).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: refusing to create demo users with a published password. "
                "Pass --force if this really is a demo machine."
            )
        with transaction.atomic():
            home = self.seed_home()
            pages = sum(self.seed_programme(home, programme) for programme in PROGRAMMES)
            self.seed_users()
            seed_qualifications()
            seed_learners(DEMO_PASSWORD)
            issue_demo_certificates()
        self.stdout.write(
            self.style.SUCCESS(f"Demo curriculum ready: {pages} pages in each of kk, ru, en.")
        )
        self.stdout.write(
            "Logins (password: kelisim-demo): admin, instructor, trainee, coordinator "
            "(Turkistan region); more trainees: aziz, dmitry, mira, saule"
        )

    def seed_home(self) -> HomePage:
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        if home.locale_id != source_locale.pk:
            raise CommandError("The default site's home page is not in the Kazakh locale.")
        for language in loader.LANGUAGES:
            fields = loader.localise({"title": HOME["title"], "intro": HOME["intro"]}, language)
            if language == SOURCE_LANGUAGE:
                loader.apply_fields(home, fields)
            else:
                loader.upsert_translation(home, language, fields)
        return home

    def seed_programme(self, home: HomePage, data: dict) -> int:
        programme = self.seed_page(home, ProgramPage, data, offering=True)
        course = self.seed_page(programme, CoursePage, data["course"], offering=True)
        count = 2
        modules = []
        for module_file in data["module_files"]:
            module_data = loader.load_module(module_file)
            module = self.seed_page(course, ModulePage, module_data)
            count += 1
            for lesson_data in module_data["lessons"]:
                self.seed_page(module, LessonPage, lesson_data, lesson=True)
                count += 1
            modules.append((module, module_file, module_data["slug"]))
        course_slug = data["course"]["slug"]
        for module, module_file, _slug in modules:
            count += quizzes.seed_module_quiz(module, module_file, course_slug) is not None
        count += quizzes.seed_final_exam(course, course_slug, [m[2] for m in modules]) is not None
        return count

    def seed_page(self, parent, model, data: dict, offering=False, lesson=False):
        """Create or update a page in Kazakh, then its Russian and English translations."""
        source = None
        for language in loader.LANGUAGES:
            fields = {
                "title": loader.localise(data["title"], language),
                "summary": loader.localise(data["summary"], language),
                "academic_hours": data["academic_hours"],
                "learning_outcomes": loader.outcomes_stream(data["learning_outcomes"], language),
            }
            if offering:
                fields["intro"] = loader.localise(data.get("intro", {}), language) or ""
                fields["delivery_mode"] = data["delivery_mode"]
                target = data.get("target_qualification")
                fields["target_qualification"] = loader.localise(target, language) if target else ""
            if lesson:
                fields["body"] = loader.body_stream(data["body"], language)
            if language == SOURCE_LANGUAGE:
                source = loader.upsert_child(parent, model, data["slug"], fields)
            else:
                loader.upsert_translation(source, language, fields)
        return source

    def seed_users(self) -> None:
        User = get_user_model()
        for username, group_name, superuser in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"email": f"{username}@example.kz", "first_name": username.title()},
            )
            if created or not user.check_password(DEMO_PASSWORD):
                user.set_password(DEMO_PASSWORD)
            user.is_superuser = superuser
            user.is_staff = superuser
            user.save()
            user.groups.add(Group.objects.get(name=group_name))
