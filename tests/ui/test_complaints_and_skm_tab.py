"""Pengaduan (complaints and the Saran SKM list) and the SKM tab, driven through the real widgets."""

import os
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from kampar_desk.domain.roles import Role
from kampar_desk.services import complaints, letters, survey
from kampar_desk.store.models import AuditEvent
from tests.services.test_letters import approved_file
from tests.ui.conftest import sign_in
from tests.ui.test_skm import issued_file
from tests.ui.test_stage_tabs import switch


def test_complaint_registered_assigned_answered_and_closed_in_the_widgets(qtbot, window, desk, officers, dialogs):
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.complaintsPage)
    tab = window.complaints
    dialog = tab.open_new()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.ui.errorLabel.text() == "Pilih saluran pengaduan." and dialog.isVisible()
    assert dialogs.texts("warning") == []  # said in the dialog, beside the fields: no message box on top
    dialog.ui.channelCombo.setCurrentIndex(dialog.ui.channelCombo.findData("telepon"))
    qtbot.keyClicks(dialog.ui.complainantEdit, "Budi Santoso")
    qtbot.keyClicks(dialog.ui.subjectEdit, "Menanyakan status berkas")
    dialog.ui.descriptionEdit.setPlainText("Sudah seminggu belum ada kabar.")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible() and dialog.record.number == "ADU-2026-0001"
    assert tab.ui.complaintsTable.rowCount() == 1 and tab.ui.complaintsTable.item(0, 0).text() == "ADU-2026-0001"
    assert tab.ui.listTabs.tabText(0) == "&Pengaduan (1 belum selesai)"
    tab.ui.complaintsTable.selectRow(0)
    assert "Menanyakan status berkas" in tab.ui.detailLabel.text()
    # A front-office officer sees the complaint but neither assigns nor answers it, and is told who does.
    assert tab.ui.assignPanel.isHidden() and tab.ui.handlePanel.isHidden()
    assert "Pejabat Penandatangan" in tab.ui.handleHint.text()
    tab.assign()  # were the action reached anyway, the service refuses and the runner says why
    assert "Tugaskan pengaduan" in dialogs.texts("warning")[-1]
    switch(qtbot, window, "kadis")
    window.ui.tabs.setCurrentWidget(window.ui.complaintsPage)
    tab.ui.complaintsTable.selectRow(0)
    assert tab.ui.assignPanel.isVisibleTo(tab) and tab.ui.handlePanel.isVisibleTo(tab)
    tab.ui.assignCombo.setCurrentIndex(tab.ui.assignCombo.findData("fo.siti"))
    tab.ui.assignButton.click()
    tab.ui.responseEdit.setPlainText("Berkas Bapak sedang dalam kajian teknis, selesai lusa.")
    tab.ui.respondButton.click()
    assert tab.ui.responseEdit.toPlainText() == ""
    tab.ui.followUpEdit.setPlainText("Pelapor sudah dihubungi kembali.")
    tab.ui.closeCheck.setChecked(True)
    tab.ui.followUpButton.click()
    record = complaints.list_complaints(desk)[0]
    assert record.status == "closed" and record.assigned_to == "Siti Aminah" and record.days_to_response == 0
    assert tab.ui.complaintsTable.rowCount() == 0  # the default filter shows unfinished complaints only
    assert tab.ui.listTabs.tabText(0) == "&Pengaduan"
    tab.ui.filterCombo.setCurrentIndex(tab.ui.filterCombo.findData(""))
    assert tab.ui.complaintsTable.rowCount() == 1 and tab.ui.complaintsTable.item(0, 5).text() == "Selesai"


def _two_suggestions(desk, officers, clock):
    """Two issued files whose applicants wrote a suggestion on the kiosk (one also gave a low rating)."""
    for nik, text in (("1401025708850011", "Tambah kursi di ruang tunggu."), ("1401025708850012", "Petugas lambat.")):
        app_id = approved_file(desk, officers, clock, nik=nik, review=False)
        letters.issue_recommendation(desk, officers[Role.SIGNING_OFFICIAL], app_id)
        answers = survey.SurveyAnswers((4, 4, 3, 4, 4, 4, 1, 3, 4), suggestion=text)
        survey.submit_survey(desk, officers[Role.HANDOVER_OFFICER], app_id, answers, "kiosk")


def _open_suggestions(qtbot, window, username):
    sign_in(qtbot, window, username)
    window.ui.tabs.setCurrentWidget(window.ui.complaintsPage)
    tab = window.complaints
    tab.ui.listTabs.setCurrentWidget(tab.ui.suggestionsPage)
    return tab


def test_saran_skm_followed_up_or_turned_into_a_complaint(qtbot, window, desk, officers, clock, dialogs):
    _two_suggestions(desk, officers, clock)
    tab = _open_suggestions(qtbot, window, "kadis")
    table = tab.ui.suggestionsTable
    assert table.rowCount() == 2 and tab.ui.listTabs.tabText(1) == "&Saran SKM (2 baru)"
    assert tab.ui.complaintsTable.rowCount() == 0  # suggestions never flood the complaints register
    assert [table.item(r, 3).text() for r in range(2)] == ["Petugas lambat.", "Tambah kursi di ruang tunggu."]
    table.selectRow(1)
    shown = tab.ui.suggestionDetailLabel.text()
    assert "Tambah kursi di ruang tunggu." in shown and "Siti Rahmawati" in shown
    assert "Tidak sopan" not in shown and "U7" not in shown  # the ratings are never beside the suggestion

    tab.ui.suggestionFollowUpButton.click()  # no note: refused, shown by the runner
    assert dialogs.texts("warning")[-1] == "Catatan tindak lanjut wajib diisi."
    tab.ui.suggestionFollowUpEdit.setPlainText("Sepuluh kursi tambahan dipesan.")
    tab.ui.suggestionFollowUpButton.click()
    assert tab.ui.suggestionFollowUpEdit.toPlainText() == ""
    assert table.rowCount() == 1 and tab.ui.listTabs.tabText(1) == "&Saran SKM (1 baru)"

    table.selectRow(0)
    assert tab.selected_suggestion().text == "Petugas lambat."
    tab.ui.toComplaintButton.click()
    assert table.rowCount() == 0 and tab.ui.listTabs.tabText(1) == "&Saran SKM"
    assert "Tidak ada saran" in tab.ui.suggestionDetailLabel.text()
    assert not tab.ui.toComplaintButton.isEnabled() and not tab.ui.suggestionFollowUpButton.isEnabled()
    assert tab.ui.complaintsTable.rowCount() == 1 and tab.ui.complaintsTable.item(0, 2).text() == "Saran SKM"
    assert tab.ui.complaintsTable.item(0, 4).text() == "Saran dari SKM"

    tab.ui.suggestionFilterCombo.setCurrentIndex(tab.ui.suggestionFilterCombo.findData(False))
    assert [table.item(r, 4).text() for r in range(2)] == ["Menjadi pengaduan ADU-2026-0001", "Sudah ditindaklanjuti"]
    table.selectRow(0)
    assert not tab.ui.toComplaintButton.isEnabled()  # already a complaint: handled in the complaints list
    assert "ADU-2026-0001" in tab.ui.suggestionDetailLabel.text()
    table.selectRow(1)
    assert "Sepuluh kursi tambahan dipesan." in tab.ui.suggestionDetailLabel.text()
    assert "Hambali" in tab.ui.suggestionDetailLabel.text()
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.sequence)]
    assert actions[-3:] == ["follow_up_suggestion", "register_complaint", "suggestion_to_complaint"]


def test_a_front_office_officer_reads_suggestions_without_acting(qtbot, window, desk, officers, clock):
    _two_suggestions(desk, officers, clock)
    tab = _open_suggestions(qtbot, window, "fo.siti")
    assert tab.ui.suggestionsTable.rowCount() == 2
    assert tab.ui.suggestionActionPanel.isHidden()
    assert "Hanya Pejabat Penandatangan atau Administrator" in tab.ui.suggestionHint.text()
    # who wrote it is for those who follow it up: the respondent stays unnamed to the counter
    shown = [tab.ui.suggestionsTable.item(0, column).text() for column in (1, 2)]
    assert shown == ["-", "-"]
    tab.ui.suggestionsTable.selectRow(0)
    assert "KPR-" not in tab.ui.suggestionDetailLabel.text()


def test_the_tab_fits_a_1280_by_680_window(qtbot, window, desk, officers, clock, tmp_path):
    _two_suggestions(desk, officers, clock)
    complaints.register_complaint(
        desk, officers[Role.FRONT_OFFICE], "lapor", "Budi", "Surat terlambat", "Belum selesai juga. " * 20
    )
    tab = _open_suggestions(qtbot, window, "kadis")
    window.resize(1280, 680)
    shots = Path(os.environ.get("KAMPAR_DESK_SCREENSHOTS", tmp_path))
    for page in (tab.ui.complaintsPage, tab.ui.suggestionsPage):
        tab.ui.listTabs.setCurrentWidget(page)
        table = tab.ui.complaintsTable if page is tab.ui.complaintsPage else tab.ui.suggestionsTable
        table.selectRow(0)
        qtbot.wait(10)
        assert window.grab().save(str(shots / f"pengaduan-{page.objectName()}.png"))
        assert table.viewport().height() >= 200, "the list keeps room for several rows"
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and button.text():
                hint = button.sizeHint()
                assert button.width() >= hint.width() and button.height() >= hint.height(), button.text()


def test_skm_tab_shows_the_semester_ikm_and_exports(qtbot, window, desk, officers, clock, tmp_path, dialogs):
    app_id = issued_file(desk, officers, clock)
    survey.submit_survey(
        desk, officers[Role.HANDOVER_OFFICER], app_id, survey.SurveyAnswers((4, 4, 4, 4, 3, 4, 4, 4, 4)), "kiosk"
    )
    sign_in(qtbot, window, "fo.siti")
    window.ui.tabs.setCurrentWidget(window.ui.skmPage)
    tab = window.skm
    tab.ui.semesterCombo.setCurrentIndex(tab.ui.semesterCombo.findData("2026-1"))
    tab.compute().wait()  # counted off the GUI thread
    assert "IKM 97,22 - mutu A (Sangat Baik)" in tab.ui.ikmLabel.text()
    assert tab.ui.scoresTable.item(4, 4).text() == "75,00" and tab.ui.scoresTable.item(4, 5).text() == "C (Kurang Baik)"
    assert "sampel minimal 1" in tab.ui.sampleLabel.text()
    tab.export(tmp_path).wait()
    assert (tmp_path / "laporan-skm-2026-1.xlsx").exists() and "laporan-skm-2026-1.pdf" in dialogs.texts("information")[
        -1
    ]
