from PySide6.QtWidgets import QDialogButtonBox

from kampar_desk.domain.roles import Role
from kampar_desk.services import complaints, survey
from tests.ui.conftest import sign_in
from tests.ui.test_skm import issued_file


def test_complaint_registered_assigned_answered_and_closed_in_the_widgets(qtbot, window, desk, officers, dialogs):
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.complaintsPage)
    tab = window.complaints
    dialog = tab.open_new()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.errorLabel.text() == "Pilih saluran pengaduan."
    dialog.ui.channelCombo.setCurrentIndex(dialog.ui.channelCombo.findData("telepon"))
    qtbot.keyClicks(dialog.ui.complainantEdit, "Budi Santoso")
    qtbot.keyClicks(dialog.ui.subjectEdit, "Menanyakan status berkas")
    dialog.ui.descriptionEdit.setPlainText("Sudah seminggu belum ada kabar.")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert tab.ui.complaintsTable.rowCount() == 1 and tab.ui.complaintsTable.item(0, 0).text() == "ADU-2026-0001"
    tab.ui.complaintsTable.selectRow(0)
    assert "Menanyakan status berkas" in tab.ui.detailLabel.text()
    tab.assign()  # a front-office officer may not assign
    assert "Penugasan" in dialogs.texts("warning")[-1]
    window.sign_out(ask=False)
    sign_in(qtbot, window, "kadis")
    window.ui.tabs.setCurrentWidget(window.ui.complaintsPage)
    tab.ui.complaintsTable.selectRow(0)
    tab.ui.assignCombo.setCurrentIndex(tab.ui.assignCombo.findData("fo.siti"))
    tab.assign()
    tab.ui.responseEdit.setPlainText("Berkas Bapak sedang dalam kajian teknis, selesai lusa.")
    tab.respond()
    tab.ui.followUpEdit.setPlainText("Pelapor sudah dihubungi kembali.")
    tab.ui.closeCheck.setChecked(True)
    tab.follow_up()
    record = complaints.list_complaints(desk)[0]
    assert record.status == "closed" and record.assigned_to == "Siti Aminah" and record.days_to_response == 0
    tab.ui.filterCombo.setCurrentIndex(tab.ui.filterCombo.findData("unfinished"))
    assert tab.ui.complaintsTable.rowCount() == 0


def test_skm_tab_shows_the_semester_ikm_and_exports(qtbot, window, desk, officers, clock, tmp_path, dialogs):
    app_id = issued_file(desk, officers, clock)
    survey.submit_survey(
        desk, officers[Role.HANDOVER_OFFICER], app_id, survey.SurveyAnswers((4, 4, 4, 4, 3, 4, 4, 4, 4)), "kiosk"
    )
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.skmPage)
    tab = window.skm
    tab.ui.semesterCombo.setCurrentIndex(tab.ui.semesterCombo.findData("2026-1"))
    assert "IKM 97.22 - mutu A (Sangat Baik)" in tab.ui.ikmLabel.text()
    assert tab.ui.scoresTable.item(4, 4).text() == "75.00" and tab.ui.scoresTable.item(4, 5).text() == "C (Kurang Baik)"
    assert "sampel minimal 1" in tab.ui.sampleLabel.text()
    tab.export(tmp_path)
    assert (tmp_path / "laporan-skm-2026-1.xlsx").exists() and "laporan-skm-2026-1.pdf" in dialogs.texts("information")[
        -1
    ]
