"""Pengaturan → Sinkronisasi: this station's name and fingerprint, its card, trusting and revoking other stations."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from kampar_desk.domain.roles import Role
from kampar_desk.services import stations
from kampar_desk.store.models import AuditEvent
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
