"""Moodle interoperability of the question bank: Moodle XML import and export, GIFT import.

`import_questions` and `export_questions` are the entry points the admin screens and the
management commands use; the format modules hold the readers and the writer.
"""
