"""`kampar-desk demo` only on demo data: refused on a real office's folder, repeatable on its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kampar_desk.app import main
from kampar_desk.paths import AppPaths
from kampar_desk.services import staff
from kampar_desk.services.desk import open_desk
from kampar_desk.store.database import close_database
from tests.conftest import PASSWORD


def rows(data: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(data / "kampar-desk.db") as db:
        return db.execute(sql).fetchall()


def demo(data: Path, capsys, applications: int = 2) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "demo", "--applications", str(applications)])
    close_database()
    out = capsys.readouterr()
    return code, out.out, out.err


def test_demo_marks_its_folder_and_runs_again_on_it(tmp_path, capsys):
    code, out, _ = demo(tmp_path, capsys)
    assert code == 0 and "ditandai DATA CONTOH" in out
    assert rows(tmp_path, "SELECT value FROM setting WHERE key = 'demo_data'") == [("1",)]
    # The mark was written with the first account, before anything else.
    assert rows(tmp_path, "SELECT action FROM audit_event ORDER BY sequence LIMIT 2") == [
        ("mark_demo_data",),
        ("create_first_admin",),
    ]
    code, out, err = demo(tmp_path, capsys, 3)
    assert code == 0, err
    assert rows(tmp_path, "SELECT COUNT(*) FROM application")[0][0] >= 5
    assert rows(tmp_path, "SELECT COUNT(*) FROM staff") == [(6,)]
    assert rows(tmp_path, "SELECT COUNT(*) FROM audit_event WHERE action = 'mark_demo_data'") == [(1,)]


def real_office(data: Path, admin: str = "kepala.it") -> None:
    desk = open_desk(AppPaths(data))
    try:
        staff.create_first_admin(desk, admin, "Kepala Seksi TI", PASSWORD)
    finally:
        close_database()


def test_demo_refuses_a_real_office_folder_and_changes_nothing(tmp_path, capsys):
    real_office(tmp_path)
    events_before = rows(tmp_path, "SELECT COUNT(*) FROM audit_event")
    code, out, err = demo(tmp_path, capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"Galat: Folder data {tmp_path.resolve()} berisi data kantor yang sebenarnya (1 akun).")
    assert "Traceback" not in err and len(err.splitlines()) == 1
    assert rows(tmp_path, "SELECT username FROM staff") == [("kepala.it",)]  # no demo account, no published password
    assert rows(tmp_path, "SELECT COUNT(*) FROM application") == [(0,)]
    assert rows(tmp_path, "SELECT COUNT(*) FROM setting WHERE key = 'demo_data'") == [(0,)]
    assert rows(tmp_path, "SELECT COUNT(*) FROM audit_event") == events_before


def test_demo_refuses_even_when_the_real_admin_is_named_admin(tmp_path, capsys):
    real_office(tmp_path, admin="admin")
    code, _, err = demo(tmp_path, capsys)
    assert code == 2 and "data kantor yang sebenarnya" in err
    assert rows(tmp_path, "SELECT COUNT(*) FROM staff") == [(1,)]
