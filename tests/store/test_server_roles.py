"""On the server the audit log is append-only twice over: triggers refuse any change, and the counters' role has no
right to change it (an owner could drop a trigger; a counter cannot)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from peewee import IntegrityError

from kampar_desk.domain.errors import DataFolderProblem, StorageError
from kampar_desk.store.database import close_database, database, open_database, write_transaction
from kampar_desk.store.faults import DENIED, MESSAGES
from kampar_desk.store.models import AuditEvent, Setting
from kampar_desk.store.server_roles import grant_counter_role, may_change_audit_log
from tests import backends

pytestmark = backends.needs_server()


def _counter_url(name: str, role: str) -> str:
    return f"postgresql://{role}@{os.environ['PGHOST']}:{os.environ.get('PGPORT', '5432')}/{name}"


@pytest.fixture
def office() -> Iterator[tuple[str, str]]:
    """A migrated server database with one audit event, and a counter role granted on it: (database, role)."""
    name = backends.create_database(migrated=False)
    role = f"kd_counter_{os.getpid()}"
    backends.create_login_role(role)
    open_database(backends.server_url(name))
    from kampar_desk.services.audit import append_event
    from kampar_desk.store.models import utc_now

    with write_transaction():
        append_event(utc_now(), "admin", "set_letter_number_template", details={"template": "x"})
    grant_counter_role(role)
    close_database()
    try:
        yield name, role
    finally:
        close_database()
        backends.drop_database(name)
        with backends.admin_connection() as admin:
            admin.execute_sql(f'DROP ROLE IF EXISTS "{role}"')


def test_the_triggers_refuse_the_owner_any_change_of_an_event(office):
    name, _role = office
    open_database(backends.server_url(name))
    with pytest.raises(IntegrityError, match="append-only"), database.atomic():
        AuditEvent.update(actor="orang lain").execute()
    with pytest.raises(IntegrityError, match="append-only"), database.atomic():
        AuditEvent.delete().execute()
    with pytest.raises(IntegrityError, match="append-only"), database.atomic():
        database.execute_sql("TRUNCATE audit_event")
    assert AuditEvent.select().count() == 1


def test_a_counter_writes_records_and_adds_events_but_may_not_change_the_log(office):
    name, role = office
    open_database(_counter_url(name, role))
    with write_transaction():
        Setting.create(key="uji", value="1")
        from kampar_desk.services.audit import append_event
        from kampar_desk.store.models import utc_now

        append_event(utc_now(), "admin", "set_letter_number_template", details={"template": "y"})
    assert AuditEvent.select().count() == 2
    with pytest.raises(StorageError) as refused, write_transaction():
        AuditEvent.update(actor="orang lain").execute()
    assert refused.value.kind == DENIED and str(refused.value) == MESSAGES[DENIED]
    with pytest.raises(StorageError), write_transaction():
        database.execute_sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update")
    assert may_change_audit_log(role) is False
    assert [e.actor for e in AuditEvent.select()] == ["admin", "admin"]


def test_a_counter_cannot_migrate_and_is_told_who_can(office):
    _name, role = office
    with backends.scratch_database(migrated=False) as empty:
        with backends.admin_connection() as admin:
            admin.execute_sql(f'GRANT CONNECT ON DATABASE "{empty}" TO "{role}"')
        with pytest.raises(DataFolderProblem, match="akun pemilik basis data") as refused:
            open_database(_counter_url(empty, role))
        assert refused.value.kind == DENIED and "db grant-counter" in str(refused.value)


def test_a_row_edited_on_the_server_outside_the_app_is_named_by_the_audit_check(desk, officers, backend):
    """The server's twin of tests/services/test_tamper.py: someone with the owner's password edits a file with psql;
    the record no longer matches its last event and the check names it."""
    if backend != backends.POSTGRES:
        pytest.skip("on SQLite: tests/services/test_tamper.py edits the file itself")
    from kampar_desk.domain.roles import Role
    from kampar_desk.services import intake
    from kampar_desk.services.audit import audit_check
    from tests.conftest import intake_form

    number = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail.number
    assert audit_check(desk, []).intact
    url = desk.paths.database_url
    assert url is not None
    with backends.admin_connection(url.rsplit("/", 1)[1]) as editor:
        editor.execute_sql("UPDATE application SET applicant_name = 'Orang Lain' WHERE number = %s", (number,))
    report = audit_check(desk, [])
    assert not report.intact and any(number in line for line in report.lines())


def test_the_command_line_grants_a_counter_role_as_the_readme_says(office):
    """`kampar-desk --database-url postgresql://OWNER@SERVER/kampar db grant-counter ROLE` (README, the server PC)."""
    from kampar_desk.app import main

    name, role = office
    backends.create_login_role(f"{role}_2")
    try:
        assert main(["--database-url", backends.server_url(name), "db", "grant-counter", f"{role}_2"]) == 0
        close_database()
        open_database(_counter_url(name, f"{role}_2"))
        assert not may_change_audit_log(f"{role}_2") and AuditEvent.select().count() == 1
    finally:
        close_database()
        with backends.admin_connection(name) as admin:  # its privileges live in the office's database
            admin.execute_sql(f'DROP OWNED BY "{role}_2"')
            admin.execute_sql(f'DROP ROLE IF EXISTS "{role}_2"')


def test_a_counter_cannot_write_the_migration_history(office):
    name, role = office
    open_database(_counter_url(name, role))
    with pytest.raises(StorageError) as refused, write_transaction():
        database.execute_sql("DELETE FROM schema_migration")
    assert refused.value.kind == DENIED
