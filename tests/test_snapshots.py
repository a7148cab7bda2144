"""The test suite's database snapshots (tests/snapshots.py) put back exactly the rows taken, the
search index with them, and new rows still get fresh ids."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tests import snapshots
from tests.factories import LessonPageFactory, UserFactory, curriculum_tree


@pytest.mark.django_db
def test_a_snapshot_put_back_holds_exactly_its_rows_and_ids_go_on_past_them(client):
    users = get_user_model().objects
    kept = UserFactory(username="kept", first_name="Әлия")
    tree = curriculum_tree(modules=1, lessons_per_module=1)
    LessonPageFactory(parent=tree["modules"][0], title="Ақсақалдар кеңесі", slug="aksakal")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    taken = snapshots.take()
    rows = list(users.order_by("pk").values())

    kept.delete()
    UserFactory(username="added")
    UserFactory(username="added-too")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    snapshots.restore(taken)

    assert list(users.order_by("pk").values()) == rows
    assert UserFactory(username="new").pk > max(row["id"] for row in rows)
    response = client.get("/kk/search/", {"q": "Ақсақалдар"})
    assert "Ақсақалдар кеңесі" in response.content.decode()
