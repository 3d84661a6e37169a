from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.roles import Role
from kampar_desk.services import settings, staff
from kampar_desk.services.settings import get_settings
from tests.pdf_tools import pdf_text
from tests.ui.conftest import sign_in
from tests.ui.test_intake_tab import type_applicant


def open_settings(qtbot, window):
    sign_in(qtbot, window, "admin")
    window.ui.tabs.setCurrentWidget(window.ui.settingsPage)
    return window.settings


def test_admin_creates_a_staff_account_with_roles(qtbot, window, desk):
    tab = open_settings(qtbot, window)
    assert tab.ui.staffTable.rowCount() == 5
    dialog = tab.open_staff_dialog(None)
    qtbot.keyClicks(dialog.ui.usernameEdit, "fo.dedi")
    qtbot.keyClicks(dialog.ui.fullNameEdit, "Dedi Saputra")
    qtbot.keyClicks(dialog.ui.passwordEdit, "pendek")
    dialog.ui.frontOfficeCheck.setChecked(True)
    dialog.ui.handoverOfficerCheck.setChecked(True)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "paling sedikit 8 karakter" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.passwordEdit, "-sekali-lagi")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert tab.ui.staffTable.rowCount() == 6
    dedi = staff.sign_in(desk, "fo.dedi", "pendek-sekali-lagi")
    assert dedi.role_labels == "Petugas Front Office, Petugas Penyerahan"


def test_admin_sets_printer_layout_and_idle_minutes(qtbot, window, desk):
    tab = open_settings(qtbot, window)
    tab.ui.layoutCombo.setCurrentIndex(tab.ui.layoutCombo.findData(PaperLayout.RECEIPT_80MM.value))
    tab.ui.idleSpin.setValue(3)
    tab.ui.previewCheck.setChecked(True)
    tab.save_printing()
    saved = get_settings(desk)
    assert saved.receipt_layout == PaperLayout.RECEIPT_80MM and saved.idle_lock_minutes == 3 and saved.print_preview
    assert window.idle.timer.interval() == 3 * 60_000


def test_chosen_printer_is_kept_even_when_unplugged_and_receives_the_slips(qtbot, window, desk, officers, printers):
    settings.update_settings(desk, officers[Role.ADMIN], printer_name="EPSON L3110")
    tab = open_settings(qtbot, window)
    assert tab.ui.printerCombo.currentText() == "EPSON L3110 (tidak terpasang)"
    tab.save_printing()  # saving other settings must not silently fall back to the default printer
    assert get_settings(desk).printer_name == "EPSON L3110"
    sign_in(qtbot, window, "fo.siti")
    assert window.ui.tabs.currentWidget() is not window.ui.settingsPage  # hidden from the next officer
    window.ui.tabs.setCurrentWidget(window.ui.intakePage)
    type_applicant(qtbot, window.intake)
    qtbot.mouseClick(window.intake.ui.allReceivedButton, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.intake, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.ops.settle()
    assert printers.names[-1] == "EPSON L3110"


def test_admin_adds_a_local_holiday_and_it_moves_due_dates(qtbot, window, desk, dialogs):
    tab = open_settings(qtbot, window)
    tab.ui.dayEdit.setDate(QDate(2026, 12, 2))
    tab.add_local_holiday()
    assert dialogs.texts("warning") == ["Nama hari libur wajib diisi."]
    qtbot.keyClicks(tab.ui.dayNameEdit, "Hari Jadi Kabupaten Kampar")
    tab.add_local_holiday()
    rows = [tab.ui.daysTable.item(r, 2).text() for r in range(tab.ui.daysTable.rowCount())]
    assert "Hari Jadi Kabupaten Kampar" in rows
    assert desk.calendar().due_date(date(2026, 11, 30), 5) == date(2026, 12, 8)


def test_office_profile_edit_is_validated_and_changes_the_letterhead(qtbot, window, desk, dialogs):
    tab = open_settings(qtbot, window)
    tab.ui.headNipEdit.setText("1968")
    tab.save_office()
    assert "NIP harus 18 digit" in dialogs.texts("warning")[-1]
    tab.ui.headNipEdit.setText("19681024 200003 1 002")
    tab.ui.addressEdit.setText("Jalan Prof. M. Yamin No. 2, Bangkinang Kota 28412")
    tab.save_office()
    assert desk.office().address == "Jalan Prof. M. Yamin No. 2, Bangkinang Kota 28412"
    window.ui.tabs.setCurrentWidget(window.ui.standardPage)
    window.standard.print_notice().wait()
    notice = desk.paths.documents_dir / "standar-pelayanan" / "REK-PAPS.pdf"
    assert "Bangkinang Kota 28412" in pdf_text(notice)


def test_standard_tab_shows_the_14_components(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    html = window.standard.ui.standardView.toPlainText()
    for component in (
        "Dasar hukum",
        "Persyaratan",
        "Jangka waktu penyelesaian",
        "Biaya/tarif",
        "Produk pelayanan",
        "Evaluasi kinerja pelaksana",
        "Rp. 0 (Nol Rupiah)",
        "Ruang server.",
    ):
        assert component in html


def test_admin_sets_the_letter_number_format_and_imports_the_office_certificate(qtbot, window, desk, dialogs, tmp_path):
    from kampar_desk.services import keys, letters
    from tests.services.test_signatures import make_p12

    tab = open_settings(qtbot, window)
    window.settings.refresh()
    assert tab.ui.numberTemplateEdit.text() == "{klasifikasi}/{urut:04d}/{jenis}/DPMPTSP/{bulan_romawi}/{tahun}"
    assert "tidak tersertifikasi" in tab.ui.signingLabel.text()
    tab.ui.numberTemplateEdit.setText("{klasifikasi}/{urut}/{tahun}")
    assert "{jenis}" in tab.ui.numberExampleLabel.text()
    tab.save_number_template()
    assert "{jenis}" in dialogs.texts("warning")[-1]
    tab.ui.numberTemplateEdit.setText("{klasifikasi}/{urut:03d}/{jenis}-DPMPTSP/{tahun}")
    assert tab.ui.numberExampleLabel.text().startswith("Contoh: 503/012/REK-DPMPTSP/")
    tab.save_number_template()
    assert letters.number_template() == "{klasifikasi}/{urut:03d}/{jenis}-DPMPTSP/{tahun}"
    p12 = tmp_path / "kantor.p12"
    p12.write_bytes(make_p12("Kepala DPMPTSP Kampar", b"sandi"))
    tab.import_p12(p12, "sandi")
    assert keys.signing_identity(desk).imported and "Kepala DPMPTSP Kampar" in tab.ui.signingLabel.text()


def test_the_settings_show_each_officer_only_the_actions_their_roles_allow(qtbot, window, monkeypatch):
    from kampar_desk.domain.permissions import PERMISSIONS, OfficeAction
    from kampar_desk.ui.settings_tab import may_open_settings

    assert may_open_settings(frozenset({Role.ADMIN}))
    assert not any(may_open_settings(frozenset({role})) for role in Role if role != Role.ADMIN)
    tab = open_settings(qtbot, window)
    for button in (tab.ui.backupNowButton, tab.ui.restoreButton, tab.ui.addStaffButton, tab.unlock_staff_button):
        assert not button.isHidden()
    # Were restoring given to the signing official only, the admin would no longer see its button.
    monkeypatch.setitem(PERMISSIONS, OfficeAction.RESTORE, frozenset({Role.SIGNING_OFFICIAL}))
    tab.refresh()
    assert tab.ui.restoreButton.isHidden() and not tab.ui.backupNowButton.isHidden()
