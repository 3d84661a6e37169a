"""Persistence: peewee models, numbered migrations, and the one place that opens the database."""
