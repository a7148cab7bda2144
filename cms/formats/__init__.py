"""Date and number formats Django does not ship for Kazakh (settings.FORMAT_MODULE_PATH).

Without them a Kazakh page fell back to Django's American defaults: "Қар. 28, 2026" and "9.52%".
The formats follow CLDR's Kazakh: "2026 ж. 28 қараша", "28.11.2026 14:30", "9,52".

Kazakh writes a month inside a date in lower case. Django's Kazakh catalogue gives its
"alt. month" names (format letter E, which the formats below use) capitalised, as for a
calendar's heading; cms's own catalogue gives them in lower case, and the strings below are
what keeps them in that catalogue.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_A_DATE = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
