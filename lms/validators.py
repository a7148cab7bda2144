"""Validators for identifiers the registers use."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_FIRST_WEIGHTS = range(1, 12)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_check_digit(first_eleven: str) -> int | None:
    """The control digit of a Kazakhstan IIN, or None when no digit makes the number valid."""
    digits = [int(c) for c in first_eleven]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def validate_iin(value: str) -> None:
    """An IIN is 12 digits: a birth date (YYMMDD), century and sex, a serial and a check digit."""
    if len(value) != 12 or not value.isdigit():
        raise ValidationError(_("An IIN has exactly 12 digits."), code="iin_format")
    month, day = int(value[2:4]), int(value[4:6])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValidationError(
            _("The first six digits of an IIN are a date of birth."), code="iin_date"
        )
    if iin_check_digit(value[:11]) != int(value[11]):
        raise ValidationError(
            _("This IIN's check digit is wrong: check the number."), code="iin_check"
        )
