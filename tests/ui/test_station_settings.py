"""Pengaturan → Sinkronisasi: this station's name and fingerprint, its card, trusting and revoking other stations,
sending a bundle to one and checking a bundle received."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from kampar_desk.domain.bundles import KIND_LABELS
from kampar_desk.domain.roles import Role
from kampar_desk.services import bundles, stations
from kampar_desk.store.models import AuditEvent
from kampar_desk.ui import settings_tab
from kampar_desk.ui.main_window import MainWindow
from kampar_desk.ui.printing import DocumentPrinter
from tests.services.test_bundles import export_to_b, make_pair
from tests.services.test_stations import other_card
from tests.ui.conftest import sign_in


def open_sync(qtbot, window):
    sign_in(qtbot, window, "admin")
    window.ui.tabs.setCurrentWidget(window.ui.settingsPage)
    tab = window.settings
    tab.ui.sections.setCurrentWidget(tab.ui.syncPage)
    return tab


def test_the_admin_sees_this_station_and_renames_it(qtbot, window, desk, dialogs):
    tab = open_sync(qtbot, window)
    station = stations.this_station(desk)
    assert tab.ui.sections.isTabVisible(tab.ui.sections.indexOf(tab.ui.syncPage))
    assert tab.ui.stationIdLabel.text() == str(station.id)
    assert station.fingerprint in tab.ui.stationFingerprintLabel.text()
    assert tab.ui.stationNameEdit.text() == "DPMPTSP Kabupaten Kampar - loket 1"
    tab.ui.stationNameEdit.setText("")
    tab.save_station_name()
    assert "wajib diisi" in dialogs.texts("warning")[-1]
    tab.ui.stationNameEdit.setText("Loket 2 Bangkinang")
    assert tab.save_station_name().succeeded
    assert stations.this_station(desk).name == "Loket 2 Bangkinang"
    assert "Loket 2 Bangkinang" in dialogs.texts("information")[-1]


def test_the_card_is_saved_to_a_stick_with_its_fingerprint_said(qtbot, window, desk, dialogs, tmp_path):
    tab = open_sync(qtbot, window)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    assert tab.save_card_to(stick).succeeded
    [written] = stick.glob("kartu-stasiun-*.json")
    card = stations.read_card_file(written)
    assert card.station_id == stations.this_station(desk).id
    assert card.fingerprint in dialogs.texts("information")[-1]


def test_trusting_a_card_shows_its_fingerprint_and_waits_for_the_admins_yes(qtbot, window, desk, dialogs, tmp_path):
    tab = open_sync(qtbot, window)
    card = other_card("Kantor Pusat Bangkinang")
    path = tmp_path / "kartu.json"
    path.write_bytes(card.to_bytes())
    dialogs.answer = QMessageBox.StandardButton.No
    tab.trust_card_file(path)
    question = dialogs.texts("question")[-1]
    assert "Kantor Pusat Bangkinang" in question and card.fingerprint in question and str(card.station_id) in question
    assert stations.known_stations(desk) == () and tab.ui.knownStationsTable.rowCount() == 0
    dialogs.answer = QMessageBox.StandardButton.Yes
    tab.trust_card_file(path)
    [known] = stations.known_stations(desk)
    assert known.trusted and known.trusted_by == "admin"
    assert tab.ui.knownStationsTable.rowCount() == 1
    assert tab.ui.knownStationsTable.item(0, 0).text() == "Kantor Pusat Bangkinang"
    assert tab.ui.knownStationsTable.item(0, 3).text() == "dipercaya"


def test_a_bad_or_own_card_is_refused_in_words_and_nothing_is_asked(qtbot, window, desk, dialogs, tmp_path):
    tab = open_sync(qtbot, window)
    truncated = tmp_path / "terpotong.json"
    truncated.write_bytes(other_card().to_bytes()[:100])
    own = tmp_path / "sendiri.json"
    own.write_bytes(stations.station_card(desk))
    tab.trust_card_file(truncated)
    tab.trust_card_file(own)
    warnings = dialogs.texts("warning")
    assert "tidak utuh" in warnings[-2] and "sendiri" in warnings[-1]
    assert not dialogs.texts("question")
    assert not AuditEvent.select().where(AuditEvent.action == stations.TRUST_EVENT).exists()


def test_revoking_the_selected_station(qtbot, window, desk, officers, dialogs):
    card = other_card()
    stations.trust_station(desk, officers[Role.ADMIN], card)
    tab = open_sync(qtbot, window)
    assert tab.revoke_selected_station() is None  # nothing selected: says so, changes nothing
    assert "Pilih dulu" in dialogs.texts("information")[-1]
    tab.ui.knownStationsTable.selectRow(0)
    assert tab.revoke_selected_station().succeeded
    assert "Cabut kepercayaan" in dialogs.texts("question")[-1]
    assert stations.known_station(desk, card.station_id).status == stations.REVOKED
    assert tab.ui.knownStationsTable.item(0, 3).text() == "dicabut"


def test_the_section_is_shown_only_to_officers_allowed_to_manage_stations(qtbot, window):
    tab = open_sync(qtbot, window)
    sign_in(qtbot, window, "fo.siti")
    tab.show_allowed_actions()
    assert not tab.ui.sections.isTabVisible(tab.ui.sections.indexOf(tab.ui.syncPage))
    assert tab.ui.trustStationButton.isHidden() and tab.ui.stationNameEdit.isReadOnly()


def test_a_bundle_is_sent_to_a_trusted_station_in_a_chosen_folder_and_announced(
    qtbot, desk, officers, clock, tmp_path, window, dialogs, monkeypatch
):
    pair = make_pair(desk, officers, clock, tmp_path)  # this desk (A) trusts B, and B trusts A
    tab = open_sync(qtbot, window)
    combo = tab.ui.bundleRecipientCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [str(pair.b_id)]
    assert tab.ui.sendBundleButton.isEnabled() and tab.ui.checkBundleButton.isVisible()
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    tab.ui.bundleTargetCombo.setCurrentIndex(tab.ui.bundleTargetCombo.findData(settings_tab.OTHER_FOLDER))
    monkeypatch.setattr(settings_tab.QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    operation = tab.send_bundle()
    operation.wait()
    assert operation.succeeded, dialogs.shown
    [written] = folder.glob("*.kdsync")
    assert written == operation.result.path
    assert str(written) in window.notice.label.text() and "DPMPTSP Kampar - loket 2" in window.notice.label.text()
    assert AuditEvent.select().where(AuditEvent.action == bundles.EXPORT_EVENT).count() == 1


def test_a_received_bundle_is_checked_on_the_other_station_and_its_counts_shown(
    qtbot, desk, officers, clock, tmp_path, printers, dialogs, monkeypatch
):
    pair = make_pair(desk, officers, clock, tmp_path)
    made = export_to_b(pair, tmp_path)
    b = pair.open_b()  # the stick carried to station B, where its signing official signed in today
    window = MainWindow(b, DocumentPrinter(printers))
    qtbot.addWidget(window)
    window.show()
    tab = open_sync(qtbot, window)
    monkeypatch.setattr(settings_tab.QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(made.path), ""))
    tab.choose_bundle_to_check()
    window.ops.settle()
    said = dialogs.texts("information")[-1]
    assert "utuh dan sah" in said and stations.this_station(b).name not in said
    assert "DPMPTSP Kabupaten Kampar - loket 1" in said
    assert stations.known_station(b, pair.a_id).fingerprint in said
    for kind, label in KIND_LABELS.items():
        assert f"{label}: {made.counts[kind]}" in said
    assert "bagian berikutnya" in said
    assert not AuditEvent.select().where(AuditEvent.action == "apply_bundle").exists()


def test_a_bundle_from_a_station_not_trusted_here_is_refused_in_words(qtbot, window, dialogs, tmp_path):
    tab = open_sync(qtbot, window)
    assert not tab.ui.sendBundleButton.isEnabled()  # nobody trusted yet: nowhere to send to
    stray = tmp_path / "kiriman-rusak.kdsync"
    stray.write_bytes(b"bukan berkas kiriman")
    operation = tab.check_bundle_file(stray)
    operation.wait()
    assert not operation.succeeded and dialogs.texts("warning") and not dialogs.texts("information")


def test_only_officers_allowed_to_exchange_bundles_see_the_buttons(qtbot, window):
    tab = open_sync(qtbot, window)
    assert tab.ui.sendBundleButton.isVisible() and tab.ui.checkBundleButton.isVisible()
    sign_in(qtbot, window, "verif.rina")
    tab.show_allowed_actions()
    assert tab.ui.bundleBox.isHidden()
