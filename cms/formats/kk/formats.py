# Kazakh formats, after CLDR's kk: "2026 ж. 28 қараша", "28.11.2026", decimal comma.
# E is the month's name inside a date (lower case: cms/formats/__init__.py); "ж." (жыл, year)
# is not a format letter and needs no escaping.
DATE_FORMAT = "Y ж. j E"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "Y ж. j E, H:i"
YEAR_MONTH_FORMAT = "Y ж. E"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# What a form reads, as in Kazakhstan's Russian; Django adds the ISO forms (2026-11-28).
DATE_INPUT_FORMATS = [
    "%d.%m.%Y",  # '28.11.2026'
    "%d.%m.%y",  # '28.11.26'
]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M:%S.%f",
    "%d.%m.%Y %H:%M",
    "%d.%m.%y %H:%M:%S",
    "%d.%m.%y %H:%M:%S.%f",
    "%d.%m.%y %H:%M",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # non-breaking space
NUMBER_GROUPING = 3
