from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kampar_desk.services import staff
from kampar_desk.ui.main_window import MainWindow
from kampar_desk.ui.session import FirstAdminDialog, SignInDialog
from tests.conftest import PASSWORD
from tests.ui.conftest import sign_in


def test_first_run_asks_for_the_admin_password(qtbot, desk, dialogs):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.begin()
    dialog = window.active_dialog
    assert isinstance(dialog, FirstAdminDialog)
    qtbot.keyClicks(dialog.ui.fullNameEdit, "Admin Kantor")
    qtbot.keyClicks(dialog.ui.passwordEdit, "rahasia-loket")
    qtbot.keyClicks(dialog.ui.confirmEdit, "rahasia-lokeT")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.errorLabel.text() == "Kedua kata sandi tidak sama."
    dialog.ui.confirmEdit.clear()
    qtbot.keyClicks(dialog.ui.confirmEdit, "rahasia-loket")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.officer.username == "admin"
    assert window.ui.tabs.isTabVisible(window.ui.tabs.indexOf(window.ui.settingsPage))
    assert not staff.needs_first_admin(desk)


def test_sign_in_shows_officer_and_role_and_refuses_a_wrong_password(qtbot, window):
    window.begin()
    dialog = window.active_dialog
    assert isinstance(dialog, SignInDialog) and not window.ui.tabs.isVisible()
    qtbot.keyClicks(dialog.ui.usernameEdit, "fo.siti")
    qtbot.keyClicks(dialog.ui.passwordEdit, "salah")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "Nama pengguna atau kata sandi salah."
    assert window.officer is None
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.officer.username == "fo.siti"
    assert "Siti Aminah" in window.ui.officerLabel.text() and "Petugas Front Office" in window.ui.officerLabel.text()
    assert window.ui.tabs.isVisible()
    assert not window.ui.tabs.isTabVisible(window.ui.tabs.indexOf(window.ui.settingsPage))  # admin only


def test_idle_lock_hides_the_work_and_keeps_what_was_typed(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    qtbot.keyClicks(window.intake.ui.nameEdit, "Siti Rahmawati")
    window.idle.timer.setInterval(50)
    window.idle.start()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, SignInDialog), timeout=2000)
    lock = window.active_dialog
    assert not window.ui.tabs.isVisible()
    assert not lock.ui.usernameEdit.isEnabled() and lock.ui.usernameEdit.text() == "fo.siti"
    lock.reject()  # Esc does not open the lock
    assert not window.ui.tabs.isVisible()
    qtbot.keyClicks(lock.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(lock.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.ui.tabs.isVisible()
    assert window.intake.ui.nameEdit.text() == "Siti Rahmawati"


def test_another_officer_cannot_open_the_lock_but_can_switch(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    window.lock()
    lock = window.active_dialog
    assert "Siti Aminah" in lock.ui.titleLabel.text()
    lock.ui.switchButton.click()
    sign_in_dialog = window.active_dialog
    assert isinstance(sign_in_dialog, SignInDialog) and sign_in_dialog.locked_for is None
    assert window.officer is None
    qtbot.keyClicks(sign_in_dialog.ui.usernameEdit, "verif.rina")
    qtbot.keyClicks(sign_in_dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClick(sign_in_dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.officer.username == "verif.rina"
