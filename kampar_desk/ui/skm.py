"""SKM at the counter: the full-screen kiosk turned toward the applicant, and the entry of a paper questionnaire."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QPushButton, QWidget

from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.skm import EDUCATION, OCCUPATION, SEXES, UNSUR
from kampar_desk.services import staff, survey
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationDetail, StaffRecord
from kampar_desk.ui.forms.ui_skm_kiosk import Ui_SkmKiosk
from kampar_desk.ui.forms.ui_skm_paper_dialog import Ui_SkmPaperDialog
from kampar_desk.ui.operations import Operation, Operations
from kampar_desk.ui.style import ERROR_COLOR, ERROR_STYLE, GOOD_COLOR

KIOSK_STYLE = f"""
QDialog {{ background: #f4f7f2; }}
QLabel {{ font-size: 20pt; }}
QLabel#questionLabel {{ font-size: 26pt; font-weight: bold; }}
QLabel#unsurLabel, QLabel#progressLabel {{ font-size: 16pt; color: #3b5b3b; }}
QLabel#welcomeTitle, QLabel#thanksLabel {{ font-size: 34pt; font-weight: bold; color: {GOOD_COLOR}; }}
QPushButton {{
    font-size: 20pt; padding: 10px 24px; border-radius: 10px; border: 2px solid #7aa37a; background: white;
}}
QPushButton:checked {{ background: {GOOD_COLOR}; color: white; }}
QPushButton#officerButton {{ font-size: 11pt; padding: 4px 10px; border: 1px solid #aaa; color: #555; }}
QSpinBox, QLineEdit, QPlainTextEdit {{ font-size: 20pt; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 48px; }}
"""


def _runner(dialog: QDialog, desk: Desk, officer: StaffRecord, ops: Operations | None) -> Operations:
    """The given runner, else the opening tab's (its `ops`), else one of the dialog's own acting for `officer`."""
    found = ops or getattr(dialog.parentWidget(), "ops", None)
    if isinstance(found, Operations):
        return found
    return Operations(desk, lambda: officer, log_file=desk.paths.log_file, parent=dialog)


class SkmKiosk(QDialog):
    """One questionnaire for one file. The officer never sees the answers; only the officer's password closes it."""

    submitted = Signal(object)

    def __init__(
        self,
        desk: Desk,
        officer: StaffRecord,
        detail: ApplicationDetail,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.officer, self.detail = desk, officer, detail
        self.ops = _runner(self, desk, officer, ops)
        self.answers: list[int | None] = [None] * len(UNSUR)
        self.index = 0
        self.done_ok = False
        self._leaving = False
        self.ui = Ui_SkmKiosk()
        self.ui.setupUi(self)
        self.setStyleSheet(KIOSK_STYLE)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        office = desk.office()
        self.ui.officeLabel.setText(office.short_name)
        self.ui.welcomeInfo.setText(f"{detail.service_name}<br>Nomor berkas {detail.number}")
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOR}; font-size: 16pt;")
        self.answer_buttons = (
            self.ui.answer1Button,
            self.ui.answer2Button,
            self.ui.answer3Button,
            self.ui.answer4Button,
        )
        for value, button in enumerate(self.answer_buttons, start=1):
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
        self.sex_buttons = {"L": self.ui.maleButton, "P": self.ui.femaleButton}
        self.education_buttons = {e: getattr(self.ui, f"education{i}Button") for i, e in enumerate(EDUCATION)}
        self.occupation_buttons = {o: getattr(self.ui, f"occupation{i}Button") for i, o in enumerate(OCCUPATION)}
        for group in (self.sex_buttons, self.education_buttons, self.occupation_buttons):
            for button in group.values():
                button.clicked.connect(lambda _=False, b=button, g=group: self._exclusive(g, b))
        self.ui.startButton.clicked.connect(lambda: self.show_question(0))
        self.ui.backButton.clicked.connect(self.back)
        self.ui.profileBackButton.clicked.connect(lambda: self.show_question(len(UNSUR) - 1))
        self.ui.profileNextButton.clicked.connect(lambda: self.ui.pages.setCurrentWidget(self.ui.suggestionPage))
        self.ui.suggestionBackButton.clicked.connect(lambda: self.ui.pages.setCurrentWidget(self.ui.profilePage))
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.officerButton.clicked.connect(self.ask_officer)
        self.ui.pages.setCurrentWidget(self.ui.welcomePage)

    @staticmethod
    def _exclusive(group: dict[str, QPushButton], pressed: QPushButton) -> None:
        for button in group.values():
            if button is not pressed:
                button.setChecked(False)

    def show_question(self, index: int) -> None:
        self.index = index
        unsur = UNSUR[index]
        self.ui.progressLabel.setText(f"Pertanyaan {index + 1} dari {len(UNSUR)}")
        self.ui.unsurLabel.setText(unsur.name)
        self.ui.questionLabel.setText(unsur.question)
        for value, button in enumerate(self.answer_buttons, start=1):
            button.setText(unsur.answers[value - 1])
        self.ui.pages.setCurrentWidget(self.ui.questionPage)

    def answer(self, value: int) -> None:
        self.answers[self.index] = value
        if self.index + 1 < len(UNSUR):
            self.show_question(self.index + 1)
        else:
            self.ui.pages.setCurrentWidget(self.ui.profilePage)

    def back(self) -> None:
        if self.index == 0:
            self.ui.pages.setCurrentWidget(self.ui.welcomePage)
        else:
            self.show_question(self.index - 1)

    def _picked(self, group: dict[str, QPushButton]) -> str:
        return next((key for key, button in group.items() if button.isChecked()), "")

    def collected(self) -> survey.SurveyAnswers:
        age = self.ui.ageSpin.value()
        return survey.SurveyAnswers(
            values=tuple(self.answers),
            age=age if age >= 15 else None,
            sex=self._picked(self.sex_buttons),
            education=self._picked(self.education_buttons),
            occupation=self._picked(self.occupation_buttons),
            disability=self.ui.disabilityEdit.text(),
            suggestion=self.ui.suggestionEdit.toPlainText(),
        )

    def submit(self) -> Operation:
        """Recorded for the officer who turned the screen (the applicant is not signed in)."""
        desk, officer, application_id, answers = self.desk, self.officer, self.detail.summary.id, self.collected()

        def thanked(detail: ApplicationDetail) -> None:
            self.answers = [None] * len(UNSUR)  # nothing of the answers stays on this screen for the officer to read
            self.ui.suggestionEdit.clear()
            self.done_ok = True
            self.ui.errorLabel.clear()
            self.ui.pages.setCurrentWidget(self.ui.thanksPage)
            self.submitted.emit(detail)

        return self.ops.run(
            self,
            lambda _officer: survey.submit_survey(desk, officer, application_id, answers, "kiosk"),
            done=thanked,
            refused=self._refused,
            inline=True,
            triggers=(self.ui.submitButton,),
            title="Kuesioner belum dapat dikirim",
            signed_in=False,  # recorded for the officer who opened it, whoever is signed in now
        )

    def _refused(self, error: DeskError) -> None:
        self.ui.errorLabel.setText(str(error))

    def ask_officer(self) -> None:
        password, ok = QInputDialog.getText(
            self, "Petugas", f"Kata sandi {self.officer.full_name}:", QLineEdit.EchoMode.Password
        )
        if ok:
            self.leave(password)

    def leave(self, password: str) -> bool:
        """Only the signed-in officer's password closes the kiosk."""
        desk, officer = self.desk, self.officer

        def checked(right: bool) -> None:
            if not right:
                self.ui.errorLabel.setText("Kata sandi petugas salah.")
                return
            self._leaving = True
            if self.done_ok:
                super(SkmKiosk, self).accept()
            else:
                super(SkmKiosk, self).reject()

        operation = self.ops.run(
            self,
            lambda _officer: staff.verify_password(desk, officer, password),
            done=checked,
            changes=False,
            signed_in=False,
        )
        return operation.result is True

    def reject(self) -> None:
        """Esc and the window's close button do nothing: the applicant cannot leave the kiosk into the app."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self._leaving:
            event.ignore()
            return
        super().closeEvent(event)


class SkmPaperDialog(QDialog):
    """Copy a paper questionnaire: nine answers (or '-'), profile and suggestion."""

    def __init__(
        self,
        desk: Desk,
        officer: StaffRecord,
        detail: ApplicationDetail,
        parent: QWidget | None = None,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.officer, self.detail = desk, officer, detail
        self.ops = _runner(self, desk, officer, ops)
        self.result_detail: ApplicationDetail | None = None
        self.ui = Ui_SkmPaperDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Entri kuesioner SKM kertas - {detail.number}")
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.combos = [getattr(self.ui, f"u{i}Combo") for i in range(1, 10)]
        for unsur, combo in zip(UNSUR, self.combos, strict=True):
            getattr(self.ui, f"{unsur.code.lower()}Label").setText(f"{unsur.code} {unsur.name}")
            combo.addItem("-", None)
            for value, label in enumerate(unsur.answers, start=1):
                combo.addItem(f"{value} - {label}", value)
        self.ui.sexCombo.addItem("-", "")
        for code, label in SEXES:
            self.ui.sexCombo.addItem(label, code)
        for combo, options in ((self.ui.educationCombo, EDUCATION), (self.ui.occupationCombo, OCCUPATION)):
            combo.addItem("-", "")
            for option in options:
                combo.addItem(option, option)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("Simpan SKM")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def set_answers(self, values: tuple[int | None, ...]) -> None:
        for combo, value in zip(self.combos, values, strict=True):
            combo.setCurrentIndex(combo.findData(value) if value is not None else 0)

    def save(self) -> Operation:
        age = self.ui.ageSpin.value()
        answers = survey.SurveyAnswers(
            values=tuple(combo.currentData() for combo in self.combos),
            age=age or None,
            sex=self.ui.sexCombo.currentData(),
            education=self.ui.educationCombo.currentData(),
            occupation=self.ui.occupationCombo.currentData(),
            disability=self.ui.disabilityEdit.text(),
            suggestion=self.ui.suggestionEdit.toPlainText(),
        )
        desk, officer, application_id = self.desk, self.officer, self.detail.summary.id

        def saved(detail: ApplicationDetail) -> None:
            self.result_detail = detail
            self.accept()

        return self.ops.run(
            self,
            lambda _officer: survey.submit_survey(desk, officer, application_id, answers, "paper"),
            done=saved,
            refused=lambda error: self.ui.errorLabel.setText(str(error)),
            inline=True,
            title="Kuesioner belum dapat disimpan",
            signed_in=False,  # recorded for the officer who opened it, whoever is signed in now
        )
