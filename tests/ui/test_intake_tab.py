from PySide6.QtCore import Qt

from kampar_desk.domain.workflow import Status
from kampar_desk.services.applications import find_by_number
from kampar_desk.store.models import Application
from tests.pdf_tools import decode_codes, page_sizes_mm, pdf_text, render_page
from tests.ui.conftest import sign_in


def type_applicant(qtbot, tab, nik="1401025708850003", name="Siti Rahmawati"):
    """Keyboard only, in the form's order: typing and Enter to move on, as a counter officer does."""
    window = tab.window()
    window.ui.tabs.setCurrentWidget(window.ui.intakePage)  # from Beranda, where every officer lands
    qtbot.keyClicks(tab.ui.nikEdit, nik)
    qtbot.keyClick(tab.ui.nikEdit, Qt.Key.Key_Return)
    assert tab.ui.kkEdit.hasFocus()
    qtbot.keyClicks(tab.ui.kkEdit, "1401021203150007")
    qtbot.keyClick(tab.ui.kkEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.ui.nameEdit, name)
    qtbot.keyClick(tab.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.ui.phoneEdit, "0812-7646-0487")
    qtbot.keyClick(tab.ui.phoneEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.ui.addressEdit, "Jl. Datuk Tabano No. 12")
    tab.select_location("14.01.02", "14.01.02.2001")


def test_live_validation_explains_the_nik_and_the_sktm_signer(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    qtbot.keyClicks(tab.ui.nikEdit, "1401023202850003")
    assert "tanggal lahir yang tidak ada" in tab.ui.nikHint.text()
    tab.ui.nikEdit.clear()
    qtbot.keyClicks(tab.ui.nikEdit, "1401025708850003")
    assert tab.ui.nikHint.text().startswith("Perempuan, lahir 17 Agustus 1985; Kecamatan Kampar")
    tab.select_location("14.01.02", "14.01.02.1027")
    assert tab.ui.villageHint.text() == "SKTM ditandatangani oleh Lurah Air Tiris"
    qtbot.keyClicks(tab.ui.phoneEdit, "0812-CALL")
    tab.ui.phoneEdit.editingFinished.emit()
    assert "hanya boleh berisi angka" in tab.ui.phoneHint.text()


def test_complete_intake_prints_a_receipt_whose_codes_scan(qtbot, window, printers, desk):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab)
    qtbot.mouseClick(tab.ui.allReceivedButton, Qt.MouseButton.LeftButton)
    assert tab.ui.outcomeLabel.text().startswith("Lengkap")
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.ops.settle()
    detail = find_by_number(desk, "KPR-2026-000001")
    assert detail.status == Status.RECEIVED and detail.summary.applicant_name == "Siti Rahmawati"
    assert "KPR-2026-000001</b> terdaftar" in tab.ui.lastResultLabel.text()
    assert "Senin, 30 Maret 2026" in tab.ui.lastResultLabel.text()
    assert tab.ui.nikEdit.text() == "" and tab.ui.nikEdit.hasFocus()  # ready for the next applicant
    printed = printers.jobs[-1]
    width, height = page_sizes_mm(printed)[0]
    assert abs(width - 148) < 0.5 and abs(height - 210) < 0.5  # A5, the default layout (Qt rounds to whole points)
    assert pdf_text(printed).strip() == ""  # the printer got rendered pages, not a text PDF
    assert decode_codes(render_page(printed, dpi=200)) == {"QRCode": "KPR-2026-000001", "Code128": "KPR-2026-000001"}


def test_incomplete_intake_prints_a_return_slip_and_re_registration_links_the_files(qtbot, window, printers, desk):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab)
    for code in ("surat-permohonan", "ktp", "kk", "kartu-bantuan"):
        tab.set_received(code, True)
    assert tab.ui.outcomeLabel.text().startswith("Belum lengkap: 2 dari 6")
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    window.ops.settle()
    returned = find_by_number(desk, "KPR-2026-K00001")
    assert returned.status == Status.RETURNED
    assert [m.code for m in returned.missing] == ["sktm", "rekomendasi-dinsos"]
    assert decode_codes(render_page(printers.jobs[-1]))["QRCode"] == "KPR-2026-K00001"
    # The applicant comes back; the officer scans the slip.
    qtbot.keyClicks(tab.ui.returnedNumberEdit, "KPR-2026-K00001")
    qtbot.keyClick(tab.ui.returnedNumberEdit, Qt.Key.Key_Return)
    assert tab.ui.nameEdit.text() == "Siti Rahmawati" and tab.ui.nikEdit.text() == "1401025708850003"
    assert tab.ui.villageCombo.currentData() == "14.01.02.2001"
    assert "Melengkapi berkas KPR-2026-K00001" in tab.ui.previousHint.text()
    assert tab.ui.outcomeLabel.text().startswith("Belum lengkap: 2 dari 6")
    tab.mark_all_received()
    tab.save().wait()
    again = find_by_number(desk, "KPR-2026-000001")
    assert again.status == Status.RECEIVED and again.previous_number == "KPR-2026-K00001"


def test_bad_input_is_refused_with_a_message_and_loses_nothing(qtbot, window, dialogs):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab, nik="14010257088500")
    tab.mark_all_received()
    tab.save().wait()
    assert dialogs.texts("warning") == ["NIK harus 16 digit (yang diketik 14 digit)."]
    assert tab.ui.nikEdit.hasFocus() and tab.ui.nameEdit.text() == "Siti Rahmawati"
    assert Application.select().count() == 0


def test_open_file_for_the_same_nik_is_warned_before_saving(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab)
    tab.mark_all_received()
    tab.save().wait()
    qtbot.keyClicks(tab.ui.nikEdit, "1401025708850003")
    assert tab.ui.warningsLabel.isVisible()
    assert "KPR-2026-000001 (Diterima lengkap)" in tab.ui.warningsLabel.text()


def test_wrong_role_gets_the_refusal_not_a_crash(qtbot, window, dialogs):
    sign_in(qtbot, window, "verif.rina")
    tab = window.intake
    type_applicant(qtbot, tab)
    tab.mark_all_received()
    assert tab.save().wait() is None
    assert dialogs.texts("warning") == [
        "Tindakan 'Daftarkan berkas lengkap' hanya boleh dilakukan oleh Petugas Front Office; peran Anda: Verifikator."
    ]
    assert Application.select().count() == 0 and tab.ui.nameEdit.text() == "Siti Rahmawati"


def test_escape_clears_only_after_confirmation(qtbot, window, dialogs):
    from PySide6.QtWidgets import QMessageBox

    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.intakePage)
    tab = window.intake
    qtbot.keyClicks(tab.ui.nameEdit, "Siti")
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(tab.ui.nameEdit, Qt.Key.Key_Escape)
    assert tab.ui.nameEdit.text() == "Siti"
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(tab.ui.nameEdit, Qt.Key.Key_Escape)
    assert tab.ui.nameEdit.text() == "" and dialogs.texts("question")


def test_a_save_whose_printing_fails_is_saved_once_and_the_form_is_cleared(qtbot, window, desk, printers, dialogs):
    def jammed(name):  # the printer driver fails after the file is saved
        raise RuntimeError("printer macet")

    window.printer.factory = jammed
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab)
    qtbot.mouseClick(tab.ui.allReceivedButton, Qt.MouseButton.LeftButton)
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.ops.settle()
    assert [row.number for row in Application.select()] == ["KPR-2026-000001"]
    assert tab.ui.nikEdit.text() == "" and not tab.has_input()  # cleared: it cannot be saved twice
    assert "KPR-2026-000001</b> terdaftar" in tab.ui.lastResultLabel.text()
    assert "belum tercetak" in tab.ui.lastResultLabel.text()
    (warning,) = dialogs.texts("warning")
    assert "KPR-2026-000001 sudah tersimpan" in warning and "printer macet" in warning and "Pelacakan" in warning
    receipts = list(desk.paths.documents_dir.rglob("KPR-2026-000001-tanda-terima-*.pdf"))
    assert len(receipts) == 1  # archived with the save, ready to reprint
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.ops.settle()
    assert Application.select().count() == 1


def test_a_storage_fault_on_save_keeps_everything_typed(qtbot, window, desk, dialogs, monkeypatch):
    from kampar_desk.domain.errors import StorageError
    from kampar_desk.services import intake
    from kampar_desk.store.faults import DISK_FULL, MESSAGES

    real = intake.register_application
    full = [True]

    def disk_full(*args, **kwargs):
        if full[0]:
            raise StorageError(DISK_FULL, MESSAGES[DISK_FULL])
        return real(*args, **kwargs)

    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab)
    qtbot.mouseClick(tab.ui.allReceivedButton, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(intake, "register_application", disk_full)
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.ops.settle()
    (warning,) = dialogs.texts("warning")
    assert warning.startswith("Disk penuh") and "tidak hilang" in warning
    assert tab.ui.nikEdit.text() == "1401025708850003" and tab.ui.nameEdit.text() == "Siti Rahmawati"
    assert all(answer.received for answer in tab.checklist_answers())
    full[0] = False
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the disk is freed: save again
    window.ops.settle()
    assert [row.number for row in Application.select()] == ["KPR-2026-000001"]
