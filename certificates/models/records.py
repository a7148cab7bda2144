"""Facts about a person that requirements read and lms does not keep: documents with their own
expiry, entries in the registers of mediators, and flags that bar someone from acting."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.models import private_storage


class TraineeDocument(models.Model):
    """A declaration or certificate with its own validity (medical, criminal record, legal
    capacity); a requirement can ask for one valid on the evaluation date."""

    class Kind(models.TextChoices):
        MEDICAL = "medical", _("Medical certificate")
        CRIMINAL_RECORD = "criminal_record", _("Certificate of no criminal record")
        LEGAL_CAPACITY = "legal_capacity", _("Declaration of legal capacity")
        ELECTION_PROTOCOL = "election_protocol", _("Protocol of election by a local assembly")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="qualification_documents",
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind)
    reference = models.CharField(_("number or reference"), max_length=100, blank=True)
    issued_on = models.DateField(_("issued on"))
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Leave empty if it does not expire.")
    )
    verified = models.BooleanField(_("verified by staff"), default=False)
    file = models.FileField(
        _("file"), upload_to="certificates/documents/%Y/", storage=private_storage, blank=True
    )

    class Meta:
        ordering = ["trainee", "kind", "-issued_on"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return f"{self.trainee} — {self.get_kind_display()}"


class RegisterEntry(models.Model):
    """An entry in a register of mediators (number and date)."""

    class Register(models.TextChoices):
        PUBLIC = "public", _("Register of public mediators")
        PROFESSIONAL = "professional", _("Register of professional mediators")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="register_entries",
    )
    register = models.CharField(_("register"), max_length=16, choices=Register)
    number = models.CharField(_("entry number"), max_length=50)
    entered_on = models.DateField(_("entered on"))
    removed_on = models.DateField(_("removed on"), null=True, blank=True)

    class Meta:
        ordering = ["trainee", "register"]
        verbose_name = _("register entry")
        verbose_name_plural = _("register entries")
        constraints = [
            models.UniqueConstraint(fields=["register", "number"], name="certificates_register_no")
        ]

    def __str__(self) -> str:
        return f"{self.get_register_display()} № {self.number}"


class ExclusionFlag(models.Model):
    """Something that bars a person from acting as a mediator whatever their training (a judge,
    a state servant)."""

    class Kind(models.TextChoices):
        JUDGE = "judge", _("Judge")
        STATE_SERVANT = "state_servant", _("State servant")
        CRIMINAL_RECORD = "criminal_record", _("Unexpunged criminal record")
        INCAPACITY = "incapacity", _("Declared legally incapable")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="exclusion_flags",
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind)
    since = models.DateField(_("since"))
    until = models.DateField(_("until"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        ordering = ["trainee", "kind"]
        verbose_name = _("exclusion flag")
        verbose_name_plural = _("exclusion flags")

    def __str__(self) -> str:
        return f"{self.trainee} — {self.get_kind_display()}"


class ElectionRecord(models.Model):
    """An election or nomination of a person as a public mediator by an assembly, recorded by
    the protocol's number and date (what the Public mediator profile asks for)."""

    class Kind(models.TextChoices):
        ELECTION = "election", _("Election")
        NOMINATION = "nomination", _("Nomination")

    trainee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="election_records",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.ELECTION)
    body = models.CharField(
        _("assembly"),
        max_length=200,
        help_text=_("The assembly or body that elected or nominated the person."),
    )
    protocol_number = models.CharField(_("protocol number"), max_length=50)
    protocol_date = models.DateField(_("protocol date"))
    term_until = models.DateField(
        _("term until"), null=True, blank=True, help_text=_("Leave empty for an open term.")
    )
    file = models.FileField(
        _("protocol"), upload_to="certificates/elections/%Y/", storage=private_storage, blank=True
    )

    class Meta:
        ordering = ["trainee", "-protocol_date"]
        verbose_name = _("election record")
        verbose_name_plural = _("election records")

    def __str__(self) -> str:
        return f"{self.body}, № {self.protocol_number} ({self.protocol_date:%d.%m.%Y})"
