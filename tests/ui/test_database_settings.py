"""Pengaturan > Basis data and the status bar's connection state: where the data is, the connection test off the GUI
thread, the admin saving the office's server for the next start (and going back to the local file), and a counter
that keeps saying whether its server answers."""

from __future__ import annotations

import json

from kampar_desk.domain.permissions import PERMISSIONS, OfficeAction
from kampar_desk.domain.roles import Role
from kampar_desk.services import server_link
from kampar_desk.store.database import describe_server
from kampar_desk.ui import main_window
from tests import backends
from tests.services.test_server_link import UNREACHABLE, needs_server, session_server
from tests.ui.conftest import sign_in


def open_database_page(qtbot, window):
    sign_in(qtbot, window, "admin")
    window.ui.tabs.setCurrentWidget(window.ui.settingsPage)
    tab = window.settings
    tab.ui.sections.setCurrentWidget(tab.database_page)
    return tab


def test_the_page_says_where_the_data_is_now(qtbot, window, desk, backend):
    tab = open_database_page(qtbot, window)
    ui = tab.database_ui
    sections = tab.ui.sections
    assert sections.tabText(sections.indexOf(tab.database_page)) == "Basis data"
    assert sections.indexOf(tab.database_page) == sections.indexOf(tab.ui.backupPage) + 1
    if backend == backends.SQLITE:
        assert "Berkas lokal" in ui.whereLabel.text() and str(desk.paths.database) in ui.whereLabel.text()
        assert not ui.useLocalFileButton.isEnabled()  # nothing saved to go back from
        assert ui.serverUrlEdit.text() == ""
    else:
        address = describe_server(desk.paths.database_url or "")
        assert f"Server: {address}" in ui.whereLabel.text() and "Pengaturan &gt; Basis data" in ui.whereLabel.text()
        assert ui.serverUrlEdit.text() == desk.paths.database_url and ui.useLocalFileButton.isEnabled()
    assert ui.nextStartLabel.isHidden()  # the next start uses what this one uses
    assert ui.serverBox.isVisible() and ui.testConnectionButton.isVisible() and ui.saveServerButton.isVisible()


def test_the_connection_test_runs_on_a_worker_and_says_the_result_on_the_page(qtbot, window, dialogs):
    tab = open_database_page(qtbot, window)
    ui = tab.database_ui
    ui.serverUrlEdit.setText(UNREACHABLE)
    tested = tab.test_connection()
    assert tested.job is not None  # off the GUI thread
    assert not ui.testConnectionButton.isEnabled() and not ui.saveServerButton.isEnabled()
    tested.wait()
    assert "127.0.0.1:1/nope" in ui.connectionResultLabel.text()
    assert "tidak dapat dihubungi" in ui.connectionResultLabel.text()
    assert ui.testConnectionButton.isEnabled() and dialogs.shown == []  # said on the page, no dialog
    ui.serverUrlEdit.setText("192.168.1.10/kampar")
    tab.test_connection().wait()
    assert "postgresql://" in ui.connectionResultLabel.text()
    if backends.server_configured():
        ui.serverUrlEdit.setText(session_server())
        tab.test_connection().wait()
        assert ui.connectionResultLabel.text().startswith("Koneksi berhasil")
        assert ui.connectionResultLabel.styleSheet() == ""


def test_a_password_or_an_unreachable_server_is_never_saved(qtbot, window, desk, dialogs, tmp_path):
    tab = open_database_page(qtbot, window)
    ui = tab.database_ui
    before = desk.paths.server_file.read_text(encoding="utf-8") if desk.paths.server_file.exists() else None
    shared = tmp_path / "arsip-bersama"
    shared.mkdir()
    ui.papersDirEdit.setText(str(shared))
    ui.serverUrlEdit.setText("postgresql://kampar_app:rahasia@192.168.1.10/kampar")
    assert not tab.save_server().wait()
    assert "Windows Credential Manager" in ui.connectionResultLabel.text()
    ui.serverUrlEdit.setText(UNREACHABLE)
    assert not tab.save_server().wait()
    assert "tidak dapat dihubungi" in ui.connectionResultLabel.text()
    after = desk.paths.server_file.read_text(encoding="utf-8") if desk.paths.server_file.exists() else None
    assert after == before and dialogs.shown == []


@needs_server
def test_the_admin_saves_the_server_for_the_next_start_and_goes_back(qtbot, window, desk, dialogs, tmp_path, backend):
    tab = open_database_page(qtbot, window)
    ui = tab.database_ui
    shared = tmp_path / "arsip-bersama"
    shared.mkdir()
    ui.serverUrlEdit.setText(session_server())
    ui.papersDirEdit.setText(str(shared))
    saved = tab.save_server().wait()
    assert saved is not None and saved.address == describe_server(session_server())
    assert json.loads(desk.paths.server_file.read_text(encoding="utf-8")) == {
        "url": session_server(),
        "papers_dir": str(shared),
    }
    [said] = dialogs.texts("information")
    assert server_link.NEXT_START in said and "migrate-to-postgres" in said
    assert server_link.NEXT_START in ui.connectionResultLabel.text()
    # this run keeps its database; the page says what the next start will use
    assert "Tersimpan untuk pembukaan berikutnya" in ui.nextStartLabel.text() and not ui.nextStartLabel.isHidden()
    assert describe_server(session_server()) in ui.nextStartLabel.text()
    assert ui.useLocalFileButton.isEnabled()

    assert tab.use_local_file() is not None
    assert "Kembali ke berkas lokal" in dialogs.shown[-1][1]  # asked first
    assert "berkas basis data lokal dipakai" in ui.connectionResultLabel.text()
    if backend == backends.SQLITE:
        assert not desk.paths.server_file.exists()
        assert not ui.useLocalFileButton.isEnabled() and ui.serverUrlEdit.text() == ""
    else:  # the test harness names its own database in the folder again as soon as the folder is asked for one
        assert server_link.saved_link(desk.paths).url != session_server()


def test_an_officer_whose_roles_do_not_allow_it_sees_no_edit_fields(qtbot, window, monkeypatch):
    tab = open_database_page(qtbot, window)
    assert tab.database_ui.serverBox.isVisible()
    monkeypatch.setitem(PERMISSIONS, OfficeAction.SET_DATABASE_SERVER, frozenset({Role.SIGNING_OFFICIAL}))
    tab.refresh()
    assert tab.database_ui.serverBox.isHidden()
    assert tab.database_ui.whereLabel.text()  # where the data is stays in view


# -- the status bar -------------------------------------------------------------------------------------------------


def test_the_status_bar_names_the_database_and_follows_the_servers_connection(window, desk, backend):
    assert window.ui.statusBar.isAncestorOf(window.connection_label)
    if backend == backends.SQLITE:
        assert window.connection_label.text() == "Basis data: di komputer ini"
        assert not window.connection_timer.isActive()  # nothing to check on a local file
        return
    address = describe_server(desk.paths.database_url or "")
    assert window.connection_label.text() == f"Server: {address} — terhubung"
    assert window.connection_timer.isActive()
    assert window.connection_timer.interval() == main_window.CONNECTION_CHECK_MS
    # an action that found the server gone flips the state at once, and the next check comes sooner
    window.ops.connection_lost.emit()
    assert window.connection_label.text() == "Server tidak terhubung — mencoba lagi…"
    assert window.connection_timer.interval() == main_window.RECONNECT_CHECK_MS
    check = window.check_connection()
    assert check is not None and check.job is not None and check.quiet  # on a worker, with no busy cursor
    assert window.check_connection() is None or check.finished  # one check at a time
    assert check.wait() is True
    assert window.connection_label.text() == f"Server: {address} — terhubung"
    assert window.connection_timer.interval() == main_window.CONNECTION_CHECK_MS
