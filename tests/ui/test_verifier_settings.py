"""Pengaturan's verification page section (address, writing the page, the reminder after a key change) and Cek
Keaslian reading the URL a letter's QR now holds."""

from PySide6.QtCore import Qt

from kampar_desk.domain.roles import Role
from kampar_desk.domain.seal import seal_url
from kampar_desk.services import keys, staff
from kampar_desk.services.settings import get_settings
from kampar_desk.ui.style import ERROR_STYLE
from tests.services.test_verifier import ADDRESS, issue
from tests.ui.conftest import sign_in
from tests.ui.test_settings_tab import open_settings


def test_admin_sets_the_address_writes_the_page_and_is_reminded_after_a_key_change(
    qtbot, window, desk, officers, dialogs, tmp_path
):
    tab = open_settings(qtbot, window)
    tab.refresh()
    tab.ui.sections.setCurrentWidget(tab.ui.lettersPage)
    status = tab.ui.verifierStatusLabel
    assert not tab.ui.publishVerifierButton.isHidden() and "belum pernah ditulis" in status.text()
    tab.ui.verificationAddressEdit.setText("dpmptsp.kamparkab.go.id/cek-surat")
    tab.save_verification_address()
    assert "ditulis lengkap" in dialogs.texts("warning")[-1] and get_settings(desk).verification_address == ""
    tab.ui.verificationAddressEdit.setText(ADDRESS)
    qtbot.keyClick(tab.ui.verificationAddressEdit, Qt.Key.Key_Return)
    assert get_settings(desk).verification_address == ADDRESS and ADDRESS in dialogs.texts("information")[-1]
    assert "agar kode QR surat berfungsi" in status.text() and status.styleSheet() == ERROR_STYLE

    tab.publish_verifier_to(tmp_path / "situs")
    assert (tmp_path / "situs" / "index.html").exists()
    assert "index.html" in dialogs.texts("information")[-1] and ADDRESS in dialogs.texts("information")[-1]
    assert "terakhir ditulis" in status.text() and status.styleSheet() == ""

    admin, official = officers[Role.ADMIN], officers[Role.SIGNING_OFFICIAL]
    said = staff.reset_password(desk, admin, official.username, "sandi-dari-admin")
    assert "Halaman cek keaslian" in said
    tab.load_signing()
    new_key = keys.current_key(desk)
    assert new_key is not None and new_key[0] in status.text() and status.styleSheet() == ERROR_STYLE
    tab.publish_verifier_to(tmp_path / "situs")
    assert "terakhir ditulis" in status.text()


def test_cek_keaslian_reads_the_url_a_letters_qr_holds(qtbot, window, desk, officers, clock):
    letter = issue(desk, officers, clock)
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.authenticityPage)
    tab = window.authenticity
    tab.ui.codeEdit.setText(seal_url(ADDRESS, letter.payload))
    qtbot.keyClick(tab.ui.codeEdit, Qt.Key.Key_Return)
    assert tab.ui.verdictLabel.text() == "ASLI" and "140102******0003" in tab.ui.detailsLabel.text()
    tab.ui.codeEdit.setText(seal_url(ADDRESS, letter.payload).replace("SITI", "SITA"))
    qtbot.keyClick(tab.ui.codeEdit, Qt.Key.Key_Return)
    assert tab.ui.verdictLabel.text() == "PALSU ATAU DIUBAH" and not tab.verdict.genuine
