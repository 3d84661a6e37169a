"""The server's accounts: the owner migrates; each counter logs in with a role that may not change the audit log.

The append-only triggers (migration 0001) refuse an UPDATE, DELETE or TRUNCATE of `audit_event` from anyone, but the
owner of a table may drop its triggers. The counters therefore log in with a role that owns nothing: it reads and
writes the office's records, and on the two audit tables it may only read and add.
"""

from __future__ import annotations

import re

from kampar_desk.store.database import database

#: the append-only tables: the office's chain and the chains of other stations it holds
APPEND_ONLY_TABLES = ("audit_event", "station_audit_event")

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def valid_role_name(role: str) -> bool:
    return bool(_ROLE_NAME.match(role))


def grant_counter_role(role: str) -> None:
    """Give `role` (which must exist) what a counter needs on the open server database, run by its owner; run again
    after an upgrade that adds tables (new tables the owner creates later get the same by default privileges)."""
    if not valid_role_name(role):
        raise ValueError(f"not a plain role name: {role!r}")
    statements = [
        f'GRANT USAGE ON SCHEMA public TO "{role}"',
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"',
        f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
        f'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "{role}"',
        f'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "{role}"',
        *(f'REVOKE UPDATE, DELETE, TRUNCATE ON "{table}" FROM "{role}"' for table in APPEND_ONLY_TABLES),
        *(f'REVOKE UPDATE, DELETE, TRUNCATE ON "{table}" FROM PUBLIC' for table in APPEND_ONLY_TABLES),
        # the migration history is the owner's: a counter reads it at start, never writes it
        f'REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "schema_migration" FROM "{role}"',
    ]
    with database.atomic():
        current = database.execute_sql("SELECT current_database()").fetchone()[0]
        database.execute_sql(f'GRANT CONNECT ON DATABASE "{current}" TO "{role}"')
        for statement in statements:
            database.execute_sql(statement)


def may_change_audit_log(role: str) -> bool:
    """Whether `role` holds UPDATE or DELETE on any append-only table (it must not)."""
    for table in APPEND_ONLY_TABLES:
        for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
            row = database.execute_sql("SELECT has_table_privilege(%s, %s, %s)", (role, table, privilege)).fetchone()
            if row[0]:
                return True
    return False
