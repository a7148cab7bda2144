"""Storage for personal documents: files live outside MEDIA_ROOT and their URLs lead to a view
that checks who is asking."""

from django.core.files.storage import FileSystemStorage
from django.urls import reverse


class PrivateFileStorage(FileSystemStorage):
    def url(self, name: str) -> str:
        return reverse("lms:private_file", kwargs={"name": name})
