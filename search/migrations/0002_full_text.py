"""Full-text structures over search_entry that Django has no fields for.

SQLite: an FTS5 table reading its content from search_entry, kept in step
by triggers, and a second one over titles alone, whose short lists keep
"all words in the title" fast with many rows. PostgreSQL: generated tsvector columns with partial GIN
indexes, one per tier. Both hold the finished terms that search.analysis
wrote, split on spaces: no stemming or folding happens in the database.
"""

from django.db import migrations

SQLITE = [
    """
    CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        title_terms, body_terms, extra_terms, tags,
        content='search_entry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', detail='column'
    )
    """,
    """
    CREATE VIRTUAL TABLE search_entry_title_fts USING fts5(
        title_terms, tags,
        content='search_entry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', detail='column'
    )
    """,
    """
    CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
        INSERT INTO search_entry_fts (rowid, title_terms, body_terms, extra_terms, tags)
        VALUES (new.id, new.title_terms, new.body_terms, new.extra_terms, new.tags);
        INSERT INTO search_entry_title_fts (rowid, title_terms, tags)
        VALUES (new.id, new.title_terms, new.tags);
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
        INSERT INTO search_entry_fts
            (search_entry_fts, rowid, title_terms, body_terms, extra_terms, tags)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.extra_terms,
            old.tags);
        INSERT INTO search_entry_title_fts (search_entry_title_fts, rowid, title_terms,
            tags)
        VALUES ('delete', old.id, old.title_terms, old.tags);
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_entry BEGIN
        INSERT INTO search_entry_fts
            (search_entry_fts, rowid, title_terms, body_terms, extra_terms, tags)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.extra_terms,
            old.tags);
        INSERT INTO search_entry_fts (rowid, title_terms, body_terms, extra_terms, tags)
        VALUES (new.id, new.title_terms, new.body_terms, new.extra_terms, new.tags);
        INSERT INTO search_entry_title_fts (search_entry_title_fts, rowid, title_terms,
            tags)
        VALUES ('delete', old.id, old.title_terms, old.tags);
        INSERT INTO search_entry_title_fts (rowid, title_terms, tags)
        VALUES (new.id, new.title_terms, new.tags);
    END
    """,
]

SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TABLE IF EXISTS search_entry_title_fts",
    "DROP TABLE IF EXISTS search_entry_fts",
]

POSTGRESQL = [
    """
    ALTER TABLE search_entry ADD COLUMN document tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', title_terms || ' ' || body_terms || ' ' || extra_terms)
    ) STORED
    """,
    """
    ALTER TABLE search_entry ADD COLUMN title_document tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', title_terms)
    ) STORED
    """,
    "CREATE INDEX search_entry_document_0 ON search_entry USING gin (document)"
    " WHERE tier = 0",
    "CREATE INDEX search_entry_document_1 ON search_entry USING gin (document)"
    " WHERE tier = 1",
    "CREATE INDEX search_entry_title_1 ON search_entry USING gin (title_document)"
    " WHERE tier = 1",
    "CREATE INDEX search_entry_id_1 ON search_entry (id) WHERE tier = 1",
]

POSTGRESQL_REVERSE = [
    "DROP INDEX IF EXISTS search_entry_id_1",
    "DROP INDEX IF EXISTS search_entry_title_1",
    "DROP INDEX IF EXISTS search_entry_document_1",
    "DROP INDEX IF EXISTS search_entry_document_0",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS title_document",
    "ALTER TABLE search_entry DROP COLUMN IF EXISTS document",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor)
        if statements is None:
            raise RuntimeError(
                "Portal search needs SQLite or PostgreSQL, not "
                f"{schema_editor.connection.vendor}."
            )
        for statement in statements:
            schema_editor.execute(statement)

    return run


def create_state(apps, schema_editor):
    apps.get_model("search", "IndexState").objects.create(pk=1, version=0)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
        migrations.RunPython(create_state, migrations.RunPython.noop),
    ]
