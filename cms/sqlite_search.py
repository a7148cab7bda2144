"""Wagtail's SQLite search backend, with a double quote in a query written as FTS5 writes it.

The backend writes each word (and each quoted phrase) as an FTS5 string, "word", but leaves a
double quote inside it as it is; the index then fails on its own syntax ("unterminated string",
"fts5: syntax error") and a search for `"` or `a"b` answered 500 on the site and in the admin
(wagtail/wagtail#13227, open). FTS5 writes a quote inside a string as two, so that is what this
does before Wagtail's query is built. Imported on SQLite only: its models exist only there.
"""

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.query import Phrase, PlainText


def _quoted(text: str) -> str:
    return text.replace('"', '""')


class _QuotesInStrings:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(
                _quoted(query.query_string), operator=query.operator, boost=query.boost
            )
        elif isinstance(query, Phrase):
            query = Phrase(_quoted(query.query_string))
        return super().build_search_query_content(query, config=config)


class SQLiteSearchQueryCompiler(_QuotesInStrings, sqlite.SQLiteSearchQueryCompiler):
    pass


class SQLiteAutocompleteQueryCompiler(_QuotesInStrings, sqlite.SQLiteAutocompleteQueryCompiler):
    pass


class SQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
