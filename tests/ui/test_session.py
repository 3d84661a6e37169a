import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kampar_desk.domain.errors import DeskError
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
    assert dialog.ui.errorLabel.text() == staff.WRONG_CREDENTIALS
    assert dialog.ui.errorLabel.text().startswith("Nama pengguna atau kata sandi salah.")
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


def type_password(qtbot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.ui.usernameEdit.clear()
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)


def test_a_locked_account_is_told_until_when_only_with_the_right_password(qtbot, window, clock):
    window.begin()
    dialog = window.active_dialog
    for _ in range(5):
        type_password(qtbot, dialog, "fo.siti", "salah-lagi")
        assert dialog.ui.errorLabel.text() == staff.WRONG_CREDENTIALS
    type_password(qtbot, dialog, "fo.siti", PASSWORD)
    assert "terkunci sampai 09:05" in dialog.ui.errorLabel.text() and window.officer is None
    clock.advance(minutes=5)
    type_password(qtbot, dialog, "fo.siti", PASSWORD)
    assert window.officer.username == "fo.siti"


def _save_intake(qtbot, window) -> None:
    from tests.ui.test_intake_tab import type_applicant

    window.ui.tabs.setCurrentWidget(window.ui.intakePage)
    tab = window.intake
    type_applicant(qtbot, tab)
    tab.mark_all_received()
    saving = tab.save()
    assert saving is not None and saving.wait() is None  # refused: nothing saved


def test_a_removed_role_takes_the_officer_back_to_the_sign_in_keeping_what_was_typed(
    qtbot, window, desk, officers, dialogs
):
    from kampar_desk.domain.roles import Role
    from kampar_desk.store.models import Application

    sign_in(qtbot, window, "fo.siti")
    # Meanwhile, at another desk, the admin leaves fo.siti only the handover role.
    staff.update_staff(desk, officers[Role.ADMIN], "fo.siti", frozenset({Role.HANDOVER_OFFICER}), active=True)
    _save_intake(qtbot, window)
    assert "Peran Anda telah diubah" in dialogs.texts("warning")[-1]
    assert Application.select().count() == 0
    assert window.officer is None and isinstance(window.active_dialog, SignInDialog)
    assert not window.ui.tabs.isVisible()
    type_password(qtbot, window.active_dialog, "fo.siti", PASSWORD)  # back, with the new roles
    assert window.officer.roles == frozenset({Role.HANDOVER_OFFICER})
    assert window.intake.ui.nameEdit.text() == "Siti Rahmawati"  # the same officer finds the form as it was


def test_a_deactivated_officer_is_sent_to_the_sign_in_and_the_next_officer_gets_a_clean_form(
    qtbot, window, desk, officers, dialogs
):
    from kampar_desk.domain.roles import Role

    sign_in(qtbot, window, "fo.siti")
    staff.update_staff(desk, officers[Role.ADMIN], "fo.siti", frozenset({Role.FRONT_OFFICE}), active=False)
    _save_intake(qtbot, window)
    assert "dinonaktifkan oleh Administrator" in dialogs.texts("warning")[-1]
    dialog = window.active_dialog
    assert window.officer is None and isinstance(dialog, SignInDialog)
    type_password(qtbot, dialog, "fo.siti", PASSWORD)
    assert dialog.ui.errorLabel.text() == staff.DEACTIVATED and window.officer is None
    type_password(qtbot, dialog, "verif.rina", PASSWORD)
    assert window.officer.username == "verif.rina"
    assert window.intake.ui.nameEdit.text() == ""


def test_the_admin_sees_a_locked_account_in_the_staff_list_and_unlocks_it(qtbot, window, desk, dialogs):
    for _ in range(5):
        with pytest.raises(DeskError):
            staff.sign_in(desk, "fo.siti", "salah-lagi")
    sign_in(qtbot, window, "admin")
    window.ui.tabs.setCurrentWidget(window.ui.settingsPage)
    tab = window.settings
    row = next(i for i, record in enumerate(tab.staff_rows) if record.username == "fo.siti")
    assert tab.ui.staffTable.item(row, 3).text() == "Aktif, terkunci sampai 09:05"
    tab.ui.staffTable.setCurrentCell(row, 0)
    tab.unlock_staff_button.click()
    assert dialogs.texts("information") == ["Akun fo.siti dapat dipakai masuk lagi."]
    row = next(i for i, record in enumerate(tab.staff_rows) if record.username == "fo.siti")
    assert tab.ui.staffTable.item(row, 3).text() == "Aktif"
    assert staff.sign_in(desk, "fo.siti", PASSWORD).username == "fo.siti"
