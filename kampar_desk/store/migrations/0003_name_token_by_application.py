"""Index name words by file too, so a multi-word search checks each further word with one index probe."""


def up(migrator, db):
    migrator.migrate(migrator.add_index("name_token", ("application_id", "token"), False))


def down(migrator, db):
    migrator.migrate(migrator.drop_index("name_token", "name_token_application_id_token"))
