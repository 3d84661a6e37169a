"""Who is at the keyboard: first-run admin, sign-in, the idle lock that keeps what was typed, signing out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.services import staff
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.ui.forms.ui_sign_in_dialog import Ui_SignInDialog
from kampar_desk.ui.operations import Operation, Operations
from kampar_desk.ui.style import ERROR_STYLE


def runner_for(dialog: QDialog, desk: Desk, ops: Operations | None) -> Operations:
    """The given runner, else the window's (the parent's `ops`), else the dialog's own: nobody is signed in yet."""
    found = ops or getattr(dialog.parentWidget(), "ops", None)
    if isinstance(found, Operations):
        return found
    return Operations(desk, lambda: None, log_file=desk.paths.log_file, parent=dialog)


class SignInDialog(QDialog):
    """Sign-in, or unlocking an idle-locked screen for the same officer (`locked_for`)."""

    switch_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        desk: Desk,
        locked_for: StaffRecord | None = None,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = runner_for(self, desk, ops)
        self.locked_for = locked_for
        self.officer: StaffRecord | None = None
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        office = desk.office()
        self.ui.officeLabel.setText(f"{office.name}<br>{office.government.title()}")
        if locked_for is None:
            self.ui.titleLabel.setText("<h3>Masuk ke Kampar Desk</h3>")
            self.ui.switchButton.hide()
        else:
            self.setWindowTitle("Layar terkunci - Kampar Desk")
            self.ui.titleLabel.setText(
                f"<h3>Layar terkunci</h3>Masukkan kata sandi <b>{locked_for.full_name}</b> untuk melanjutkan. "
                "Isian yang belum disimpan tetap ada."
            )
            self.ui.usernameEdit.setText(locked_for.username)
            self.ui.usernameEdit.setEnabled(False)
            self.ui.passwordEdit.setFocus()
        self.ui.signInButton.clicked.connect(self.try_sign_in)
        self.ui.switchButton.clicked.connect(self.switch_requested)
        self.ui.quitButton.clicked.connect(self.quit_requested)

    def try_sign_in(self) -> Operation:
        desk, username, password = self.desk, self.ui.usernameEdit.text(), self.ui.passwordEdit.text()

        def signed_in(officer: StaffRecord) -> None:
            if self.locked_for is not None and officer.username != self.locked_for.username:
                self.ui.errorLabel.setText("Hanya petugas yang sedang masuk yang dapat membuka kunci.")
                return
            self.officer = officer
            self.accept()

        def refused(error: DeskError) -> None:
            self.ui.errorLabel.setText(str(error))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()

        return self.ops.run(
            self,
            lambda _nobody: staff.sign_in(desk, username, password),
            done=signed_in,
            refused=refused,
            inline=True,
            changes=False,
            signed_in=False,
            title="Tidak dapat masuk",
            triggers=(self.ui.signInButton,),
        )

    def reject(self) -> None:
        """Esc or closing must not bypass the lock: only signing in, switching officer or quitting leave it."""


class FirstAdminDialog(QDialog):
    """First run: create the Administrator account."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, ops: Operations | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = runner_for(self, desk, ops)
        self.officer: StaffRecord | None = None
        # loaded on first use (once per installation): keeps the daily start fast
        from kampar_desk.ui.forms.ui_first_admin_dialog import Ui_FirstAdminDialog

        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("Buat akun")
        self.ui.buttonBox.accepted.connect(self.create)
        self.ui.buttonBox.rejected.connect(super().reject)

    def create(self) -> Operation | None:
        if self.ui.passwordEdit.text() != self.ui.confirmEdit.text():
            self.ui.errorLabel.setText("Kedua kata sandi tidak sama.")
            return None
        desk = self.desk
        username, full_name, password = (
            self.ui.usernameEdit.text(),
            self.ui.fullNameEdit.text(),
            self.ui.passwordEdit.text(),
        )

        def created(officer: StaffRecord) -> None:
            self.officer = officer
            self.accept()

        return self.ops.run(
            self,
            lambda _nobody: staff.create_first_admin(desk, username, full_name, password),
            done=created,
            refused=lambda error: self.ui.errorLabel.setText(str(error)),
            inline=True,
            signed_in=False,
            title="Akun belum dibuat",
        )


class IdleWatcher(QObject):
    """Emits `idle` after the configured minutes without keyboard, mouse or touch input anywhere in the app."""

    idle = Signal()
    ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None  # made before any window
        self.app = app

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        # The app's input is watched only while someone is signed in: until then (the start, the sign-in) no event
        # passes through Python, which keeps the start fast.
        self.app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False
