"""Backups of a counter on the office's server: the server is backed up on the server PC, and no old local backup
ever replaces a folder that names the server (that would split the office's records)."""

from __future__ import annotations

import pytest

from kampar_desk.services import backup
from kampar_desk.services.backup import BackupRejected


def test_automatic_backups_are_this_pcs_only_on_its_own_file(desk, backend):
    assert backup.automatic_backups_apply(desk) is (backend == "sqlite")


def test_a_folder_on_the_server_is_never_replaced_by_a_local_backup(desk, officers, backend):
    if backend == "sqlite":
        pytest.skip("on the local file a restore replaces the folder (tests/services/test_backup.py)")
    old = backup.create_backup(desk, desk.paths.exports_dir)  # on the server: pg_dump plus the papers
    with pytest.raises(BackupRejected, match="memakai server basis data kantor") as refused:
        backup.restore_backup(desk.paths, old.path)
    assert "pg_restore" in str(refused.value)
    assert desk.paths.server_file.is_file()  # the folder still names its server
