"""The SKM kiosk and the paper questionnaire, driven through the real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.services import letters
from kampar_desk.services.applications import get_application
from kampar_desk.store.models import Complaint, Suggestion, SurveyResponse
from tests.conftest import PASSWORD
from tests.services.test_letters import approved_file
from tests.ui.conftest import sign_in


def issued_file(desk, officers, clock):
    app_id = approved_file(desk, officers, clock)
    letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
    return app_id


def open_issuance(qtbot, window, username, app_id, desk):
    sign_in(qtbot, window, username)
    window.ui.tabs.setCurrentWidget(window.ui.issuancePage)
    window.issuance.refresh()
    window.issuance.select_number(get_application(desk, app_id).number)
    return window.issuance


def test_applicant_fills_the_kiosk_and_the_officer_never_sees_the_answers(
    qtbot, window, desk, officers, clock, dialogs
):
    app_id = issued_file(desk, officers, clock)
    stage = open_issuance(qtbot, window, "serah.yusuf", app_id, desk)
    assert stage.ui.actionStack.currentWidget() is stage.ui.surveyPage
    stage.open_kiosk()
    kiosk = stage.kiosk
    assert kiosk.isFullScreen() and kiosk.ops is window.ops
    kiosk.submit()  # nothing answered yet: said on the kiosk, nothing recorded
    assert kiosk.ui.errorLabel.text() == "Belum ada satu pun pertanyaan yang dijawab."
    assert SurveyResponse.select().count() == 0 and kiosk.ui.pages.currentWidget() is kiosk.ui.welcomePage
    qtbot.mouseClick(kiosk.ui.startButton, Qt.MouseButton.LeftButton)
    chosen = (4, 3, 4, 4, 2, 4, 4, 3, 1)
    for number, value in enumerate(chosen, start=1):
        assert kiosk.ui.progressLabel.text() == f"Pertanyaan {number} dari 9"
        button = kiosk.answer_buttons[value - 1]
        assert button.minimumHeight() >= 80  # touch-sized
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert kiosk.ui.pages.currentWidget() is kiosk.ui.profilePage
    kiosk.ui.ageSpin.setValue(34)
    qtbot.mouseClick(kiosk.ui.femaleButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.education_buttons["S1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.education_buttons["SMA"], Qt.MouseButton.LeftButton)  # changes her mind: one choice only
    qtbot.mouseClick(kiosk.occupation_buttons["Wirausaha"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.ui.profileNextButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(kiosk.ui.suggestionEdit, "Mohon tambah kursi di ruang tunggu.")
    qtbot.mouseClick(kiosk.ui.submitButton, Qt.MouseButton.LeftButton)
    assert kiosk.ui.pages.currentWidget() is kiosk.ui.thanksPage
    response = SurveyResponse.get()
    assert tuple(getattr(response, f"u{i}") for i in range(1, 10)) == chosen
    assert (response.age, response.sex, response.education, response.occupation, response.source) == (
        34,
        "P",
        "SMA",
        "Wirausaha",
        "kiosk",
    )
    assert get_application(desk, app_id).status == Status.SURVEYED
    suggestion = Suggestion.get()  # a suggestion, not a complaint: no response clock
    assert suggestion.application_id == app_id and suggestion.text == "Mohon tambah kursi di ruang tunggu."
    assert Complaint.select().count() == 0
    shown = " ".join(label.text() for label in kiosk.findChildren(QLabel) if label.isVisible())
    assert "Tidak ada" not in shown and "Kurang sesuai" not in shown  # no answer text left on screen
    kiosk.reject()  # Esc
    assert kiosk.isVisible()
    assert not kiosk.leave("bukan-sandinya") and kiosk.isVisible()
    assert kiosk.leave(PASSWORD) and not kiosk.isVisible()
    assert stage.ui.actionStack.currentWidget() is stage.ui.handoverPage


def test_paper_questionnaire_with_a_skipped_question(qtbot, window, desk, officers, clock):
    app_id = issued_file(desk, officers, clock)
    stage = open_issuance(qtbot, window, "serah.yusuf", app_id, desk)
    stage.open_paper_survey()
    dialog = stage.paper_survey
    dialog.save()
    assert dialog.ui.errorLabel.text() == "Belum ada satu pun pertanyaan yang dijawab." and dialog.isVisible()
    dialog.set_answers((3, 3, None, 4, 4, 4, 4, 3, 3))
    dialog.ui.sexCombo.setCurrentIndex(dialog.ui.sexCombo.findData("L"))
    dialog.save()
    response = SurveyResponse.get()
    assert response.source == "paper" and response.u3 is None and response.u9 == 3 and response.sex == "L"
    assert not dialog.isVisible() and dialog.result_detail.survey_outcome == "filled"
    assert get_application(desk, app_id).survey_outcome == "filled"


def test_declined_survey_and_roles_that_may_not_record_it(qtbot, window, desk, officers, clock, dialogs):
    app_id = issued_file(desk, officers, clock)
    stage = open_issuance(qtbot, window, "verif.rina", app_id, desk)
    assert stage.ui.actionStack.currentWidget() is stage.ui.donePage  # no survey buttons for a verifier
    assert stage.open_kiosk() is None and stage.kiosk is None  # and if reached anyway, the service refuses
    assert "Petugas Penyerahan" in dialogs.texts("warning")[-1]
    window.sign_out(ask=False)
    stage = open_issuance(qtbot, window, "serah.yusuf", app_id, desk)
    qtbot.mouseClick(stage.ui.surveyDeclinedButton, Qt.MouseButton.LeftButton)
    detail = get_application(desk, app_id)
    assert detail.status == Status.SURVEYED and detail.survey_outcome == "declined"
    assert SurveyResponse.select().count() == 0
