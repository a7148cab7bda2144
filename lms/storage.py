"""Storage for personal documents: files live outside MEDIA_ROOT and their URLs lead to a view
that checks who is asking."""

import os

from django.core.files.storage import FileSystemStorage
from django.urls import reverse

# Filesystems hold 255 bytes in a file's name, and Django may add "_" and 7 characters to make
# it unique; the field's own limit counts characters, and a Kazakh or Russian letter is 2 bytes.
NAME_BYTES = 200


class PrivateFileStorage(FileSystemStorage):
    def url(self, name: str) -> str:
        return reverse("lms:private_file", kwargs={"name": name})

    def get_valid_name(self, name: str) -> str:
        """The name cut to what a filesystem holds, in whole letters, its extension kept: a
        diploma scan named with 130 Kazakh letters was a 500 (File name too long)."""
        root, extension = os.path.splitext(super().get_valid_name(name))
        if len(extension) > 16:  # not an extension but the rest of a name with a dot in it
            root, extension = root + extension, ""
        room = NAME_BYTES - len(extension.encode())
        return root.encode()[:room].decode(errors="ignore") + extension
