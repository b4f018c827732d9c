"""The full-text index of resources, in each database's own engine.

`search_text` holds terms already analysed by search.analysis, so neither
database stems again. SQLite: an FTS5 table holding `search_text`, kept in
step by triggers. PostgreSQL: a GIN index over its `simple` text vector;
repository/search.py uses the same expression.
"""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE repository_resource_fts USING fts5("
    "search_text, content='repository_resource', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER repository_resource_fts_insert AFTER INSERT ON "
    "repository_resource BEGIN INSERT INTO repository_resource_fts"
    "(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER repository_resource_fts_delete AFTER DELETE ON "
    "repository_resource BEGIN INSERT INTO repository_resource_fts"
    "(repository_resource_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER repository_resource_fts_update AFTER UPDATE OF search_text "
    "ON repository_resource BEGIN INSERT INTO repository_resource_fts"
    "(repository_resource_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO repository_resource_fts(rowid, search_text) "
    "VALUES (new.id, new.search_text); END",
    "INSERT INTO repository_resource_fts(repository_resource_fts) VALUES ('rebuild')",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS repository_resource_fts_insert",
    "DROP TRIGGER IF EXISTS repository_resource_fts_delete",
    "DROP TRIGGER IF EXISTS repository_resource_fts_update",
    "DROP TABLE IF EXISTS repository_resource_fts",
]
POSTGRES_CREATE = [
    "CREATE INDEX repository_resource_search ON repository_resource USING GIN "
    "((to_tsvector('simple'::regconfig, search_text)))"
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS repository_resource_search"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("repository", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        )
    ]
