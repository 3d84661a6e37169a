"""Pengaturan → Sinkronisasi: this station's name and fingerprint, its card, trusting and revoking other stations,
sending a bundle to one, previewing and applying a bundle received, and recording the receipt that comes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kampar_desk.domain.bundles import KIND_LABELS
from kampar_desk.domain.roles import Role
from kampar_desk.services import bundles, complaints, staff, stations, sync
from kampar_desk.store.models import Application, AuditEvent, Complaint, Letter, StationAuditEvent
from kampar_desk.ui import bundle_preview, settings_tab
from kampar_desk.ui.main_window import MainWindow
from kampar_desk.ui.printing import DocumentPrinter
from tests.conftest import PASSWORD
from tests.services.test_bundles import NIK, export_to_b, make_pair
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
    assert tab.ui.sendBundleButton.isEnabled() and tab.ui.receiveBundleButton.isVisible()
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


KNOWN_COLUMNS = [heading for heading, _ in settings_tab.KNOWN_STATION_COLUMNS]


def window_on(qtbot, desk, printers) -> MainWindow:
    """The main window of another station (its data folder opened by the pair), the admin signed in."""
    window = MainWindow(desk, DocumentPrinter(printers))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(settings_tab.QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def counts_of(dialog) -> dict[str, tuple[str, ...]]:
    """The preview's table: kind label → (Baru, Diperbarui, Sama, Tetap) as shown."""
    table = dialog.ui.countsTable
    return {
        table.item(row, 0).text(): tuple(table.item(row, column).text() for column in range(1, table.columnCount()))
        for row in range(table.rowCount())
    }


def known_cell(tab, column: str) -> str:
    return tab.ui.knownStationsTable.item(0, KNOWN_COLUMNS.index(column)).text()


def button_texts(dialog) -> list[str]:
    return sorted(button.text() for button in dialog.ui.buttonBox.buttons())


def test_a_received_bundle_is_previewed_then_applied_and_its_receipt_written_beside_it(
    qtbot, desk, officers, clock, tmp_path, printers, dialogs, monkeypatch
):
    pair = make_pair(desk, officers, clock, tmp_path)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    made = export_to_b(pair, stick)
    b = pair.open_b()  # the stick carried to station B
    window = window_on(qtbot, b, printers)
    tab = open_sync(qtbot, window)
    assert KNOWN_COLUMNS[-3:] == ["Terakhir dikirim", "Terakhir diterima", "Dikonfirmasi"]
    assert known_cell(tab, "Terakhir diterima") == "-" and known_cell(tab, "Dikonfirmasi") == "-"
    choose_file(monkeypatch, made.path)
    qtbot.mouseClick(tab.ui.receiveBundleButton, Qt.MouseButton.LeftButton)
    window.ops.settle()
    dialog = tab.bundle_preview
    assert dialog is not None and dialog.isVisible(), dialogs.shown
    sender = stations.known_station(b, pair.a_id)
    assert "DPMPTSP Kabupaten Kampar - loket 1" in dialog.ui.senderLabel.text()
    assert dialog.ui.fingerprintLabel.text() == sender.fingerprint
    assert "seluruh data" in dialog.ui.rangeLabel.text()
    assert f"{b.to_local(made.until):%d-%m-%Y %H:%M}" in dialog.ui.rangeLabel.text()
    shown = counts_of(dialog)
    for kind in ("applications", "letters", "complaints", "survey_responses", "suggestions"):
        assert shown[KIND_LABELS[kind]] == ("1", "0", "0", "0")
    assert shown["Peristiwa log audit stasiun lain"][0] == str(made.counts["audit_events"])
    assert dialog.ui.conflictsBox.title() == "Konflik (0)" and dialog.ui.conflictsList.isHidden()
    assert button_texts(dialog) == ["Batal", "Terapkan"]
    assert not Application.select().exists()  # the preview wrote nothing

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    window.ops.settle()
    assert not dialogs.texts("warning") and tab.bundle_preview is None
    application = Application.get(Application.applicant_nik == NIK)
    assert application.origin_station == str(pair.a_id)
    assert Letter.select().count() == 1 and Complaint.select().count() == 1
    assert (
        StationAuditEvent.select().where(StationAuditEvent.station == pair.a_id).count() == made.counts["audit_events"]
    )
    [receipt] = stick.glob(f"*{sync.RECEIPT_SUFFIX}")
    notice = window.notice.label.text()
    assert "diterapkan" in notice and str(receipt) in notice and "Bawa tanda terima ini ke stasiun pengirim" in notice
    assert known_cell(tab, "Terakhir diterima") == f"{b.to_local(made.until):%d-%m-%Y %H:%M}"

    # the same file again: nothing would change; the lost receipt can be written again, changing nothing
    receipt.unlink()
    tab.preview_bundle_file(made.path).wait()
    again = tab.bundle_preview
    assert again is not None and again.apply_button is None
    assert again.ui.summaryLabel.text() == bundle_preview.ALREADY_RECEIVED
    assert sorted(button_texts(again)) == sorted([bundle_preview.RECEIPT_AGAIN, "Tutup"])
    next(b for b in again.ui.buttonBox.buttons() if b.text() == bundle_preview.RECEIPT_AGAIN).click()
    window.ops.settle()
    assert tab.bundle_preview is None
    assert AuditEvent.select().where(AuditEvent.action == sync.IMPORT_EVENT).count() == 1
    assert list(stick.glob(f"*{sync.RECEIPT_SUFFIX}"))


def test_records_changed_on_both_stations_are_listed_as_conflicts_before_applying(
    qtbot, desk, officers, clock, tmp_path, printers, dialogs, monkeypatch
):
    pair = make_pair(desk, officers, clock, tmp_path)
    first = export_to_b(pair, tmp_path)
    b = pair.open_b()
    sync.import_bundle(b, None, first.path)
    complaint_id = Complaint.get().id
    clock.advance(minutes=1)
    complaints.respond(b, staff.sign_in(b, "admin", PASSWORD), complaint_id, "Ditangani loket dua.")
    a = pair.open_a()
    clock.advance(minutes=1)
    complaints.respond(a, officers[Role.ADMIN], complaint_id, "Ditangani loket satu.")
    made = bundles.export_bundle(a, None, pair.b_id, tmp_path, everything=True)
    b = pair.open_b()
    window = window_on(qtbot, b, printers)
    tab = open_sync(qtbot, window)
    choose_file(monkeypatch, made.path)
    tab.choose_bundle_to_receive()
    window.ops.settle()
    dialog = tab.bundle_preview
    assert dialog is not None and dialog.apply_button is not None, dialogs.shown
    assert dialog.ui.conflictsBox.title() == "Konflik (1)" and not dialog.ui.conflictsList.isHidden()
    [conflict] = sync.preview_bundle(b, None, made.path).conflicts
    assert dialog.ui.conflictsList.item(0).text() == conflict.describe()
    assert "diubah di kedua stasiun" in conflict.describe()
    updated, kept = counts_of(dialog)[KIND_LABELS["complaints"]][1::2]
    assert {updated, kept} == {"1", "0"}
    assert counts_of(dialog)[KIND_LABELS["applications"]] == ("0", "0", "1", "0")
    dialog.apply_button.click()
    window.ops.settle()
    assert "1 konflik tercatat" in window.notice.label.text()
    event = AuditEvent.select().where(AuditEvent.action == sync.IMPORT_EVENT).order_by(AuditEvent.sequence.desc())
    assert str(complaint_id) in event.get().details


def test_a_bundle_that_cannot_be_read_is_refused_in_words_and_nothing_is_shown(qtbot, window, dialogs, tmp_path):
    tab = open_sync(qtbot, window)
    assert not tab.ui.sendBundleButton.isEnabled()  # nobody trusted yet: nowhere to send to
    stray = tmp_path / "kiriman-rusak.kdsync"
    stray.write_bytes(b"bukan berkas kiriman")
    operation = tab.preview_bundle_file(stray)
    operation.wait()
    assert not operation.succeeded and tab.bundle_preview is None
    [refusal] = dialogs.shown
    assert refusal[:2] == ("warning", "Berkas kiriman ditolak") and refusal[2]
    assert not AuditEvent.select().where(AuditEvent.action == sync.IMPORT_EVENT).exists()


def test_the_receipt_brought_back_is_recorded_on_the_sender_and_shown_as_confirmed(
    qtbot, desk, officers, clock, tmp_path, printers, dialogs, monkeypatch
):
    pair = make_pair(desk, officers, clock, tmp_path)
    made = export_to_b(pair, tmp_path)
    b = pair.open_b()
    receipt = sync.import_bundle(b, None, made.path).receipt
    assert receipt is not None
    a = pair.open_a()  # the stick carried back to station A
    window = window_on(qtbot, a, printers)
    tab = open_sync(qtbot, window)
    assert known_cell(tab, "Terakhir dikirim") != "-" and known_cell(tab, "Dikonfirmasi") == "-"
    choose_file(monkeypatch, receipt)
    qtbot.mouseClick(tab.ui.recordReceiptButton, Qt.MouseButton.LeftButton)
    window.ops.settle()
    assert not dialogs.shown
    assert "dicatat" in window.notice.label.text() and "DPMPTSP Kampar - loket 2" in window.notice.label.text()
    assert known_cell(tab, "Dikonfirmasi") == f"{a.to_local(made.until):%d-%m-%Y %H:%M}"
    assert tab.record_receipt_file(receipt).succeeded
    assert "sudah pernah dicatat" in window.notice.label.text()
    forged = tmp_path / "palsu.kdterima"
    forged.write_text("{}")
    assert not tab.record_receipt_file(forged).succeeded
    assert dialogs.shown[-1][:2] == ("warning", "Tanda terima ditolak")


def test_only_officers_allowed_to_exchange_bundles_see_the_buttons(qtbot, window):
    tab = open_sync(qtbot, window)
    assert tab.ui.sendBundleButton.isVisible() and tab.ui.receiveBundleButton.isVisible()
    assert tab.ui.recordReceiptButton.isVisible()
    sign_in(qtbot, window, "verif.rina")
    tab.show_allowed_actions()
    assert tab.ui.bundleBox.isHidden()
