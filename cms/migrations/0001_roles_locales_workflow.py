"""Create the Kazakh, Russian and English locales, the three staff/learner groups with their
permissions, and the publishing workflow in which instructors submit and administrators publish.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LANGUAGES = ["kk", "ru", "en"]

INSTRUCTOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
ADMINISTRATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
INSTRUCTOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
ADMINISTRATOR_COLLECTION_PERMISSIONS = [
    *INSTRUCTOR_COLLECTION_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]
INSTRUCTOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
ADMINISTRATOR_PERMISSIONS = [
    *INSTRUCTOR_PERMISSIONS,
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "view_user"),
    ("auth", "view_group"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
]


def ensure_permissions(apps):
    """Model permissions are normally created after all migrations; we need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    ensure_permissions(apps)

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    def page_permission(codename):
        return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    Group.objects.get_or_create(name="Trainees")
    instructors, _ = Group.objects.get_or_create(name="Instructors")
    administrators, _ = Group.objects.get_or_create(name="Administrators")

    for group, global_perms, page_perms, collection_perms in [
        (
            instructors,
            INSTRUCTOR_PERMISSIONS,
            INSTRUCTOR_PAGE_PERMISSIONS,
            INSTRUCTOR_COLLECTION_PERMISSIONS,
        ),
        (
            administrators,
            ADMINISTRATOR_PERMISSIONS,
            ADMINISTRATOR_PAGE_PERMISSIONS,
            ADMINISTRATOR_COLLECTION_PERMISSIONS,
        ),
    ]:
        group.permissions.add(*(permission(app, code) for app, code in global_perms))
        for codename in page_perms:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=page_permission(codename)
            )
        for app, codename in collection_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(app, codename)
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, created = GroupApprovalTask.objects.get_or_create(
        name="Approval by an administrator",
        defaults={"content_type": task_type, "active": True},
    )
    task.groups.set([administrators])
    workflow, created = Workflow.objects.get_or_create(
        name="Publishing: instructor submits, administrator publishes",
        defaults={"active": True},
    )
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})

    # Wagtail's placeholder roles would sit beside ours and confuse staff; drop them while unused.
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()
    Workflow.objects.filter(name="Moderators approval", workflow_pages__isnull=True).delete()
    GroupApprovalTask.objects.filter(name="Moderators approval", groups__isnull=True).delete()


def backwards(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    workflows = Workflow.objects.filter(
        name="Publishing: instructor submits, administrator publishes"
    )
    WorkflowPage.objects.filter(workflow__in=workflows).delete()
    workflows.delete()
    GroupApprovalTask.objects.filter(name="Approval by an administrator").delete()
    Group.objects.filter(name__in=["Trainees", "Instructors", "Administrators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0002_create_homepage"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
