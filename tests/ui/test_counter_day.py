"""The defects a day at the counter found, each walked again with keyboard and mouse in the real widgets."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.services import intake, process
from kampar_desk.services.applications import find_by_number
from kampar_desk.store.models import Application
from tests.conftest import intake_form
from tests.ui.conftest import sign_in
from tests.ui.test_intake_tab import type_applicant
from tests.ui.test_stage_tabs import open_stage, switch


def test_ctrl_s_on_a_form_with_nothing_ticked_asks_before_returning_the_file(qtbot, window, dialogs, printers):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab)
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.ops.settle()
    assert "Belum ada persyaratan yang dicentang" in dialogs.texts("question")[-1]
    assert Application.select().count() == 0 and not printers.jobs
    assert tab.ui.nameEdit.text() == "Siti Rahmawati"  # nothing lost
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.ops.settle()
    assert Application.get().status == Status.RETURNED.value and printers.jobs


def test_space_ticks_a_requirement_from_any_cell_and_tab_lands_on_the_tick(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    table = tab.ui.checklistTable
    table.setFocus()
    assert table.currentColumn() == 1  # the "Ada" column, not the requirement's text
    table.setCurrentCell(2, 0)  # on the requirement's text
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert [a.received for a in tab.checklist_answers()][2] is True
    table.setCurrentCell(2, 2)  # on the note
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert [a.received for a in tab.checklist_answers()][2] is False


def test_village_type_ahead_matches_the_name_without_its_prefix(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    tab.ui.districtCombo.setCurrentIndex(tab.ui.districtCombo.findData("14.01.02"))
    combo = tab.ui.villageCombo
    combo.setFocus()
    qtbot.keyClicks(combo, "Air T")
    assert combo.currentData() == "14.01.02.1027"
    assert combo.currentText() == "Air Tiris (Kelurahan)"


def test_a_fifteen_digit_nik_gets_a_hint_while_typing(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    qtbot.keyClicks(tab.ui.nikEdit, "140102570885000")
    assert "15" in tab.ui.nikHint.text() and "16" in tab.ui.nikHint.text()


def test_approve_and_reject_ask_first(qtbot, window, desk, officers, dialogs):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    process.verify(desk, officers[Role.VERIFIER], detail.summary.id, True, "", False, {})
    sign_in(qtbot, window, "kadis")
    open_stage(window, window.review, detail.number)
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(window.review.ui.approveButton, Qt.MouseButton.LeftButton)
    window.review.ui.decisionNoteEdit.setPlainText("SKTM kedaluwarsa")
    qtbot.mouseClick(window.review.ui.rejectButton, Qt.MouseButton.LeftButton)
    assert find_by_number(desk, detail.number).status == Status.AWAITING_DECISION
    assert len(dialogs.texts("question")) == 2 and "SKTM kedaluwarsa" in dialogs.texts("question")[1]
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(window.review.ui.approveButton, Qt.MouseButton.LeftButton)
    assert find_by_number(desk, detail.number).status == Status.APPROVED


def test_each_officer_sees_only_the_actions_their_roles_allow(qtbot, window, desk, officers):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    process.verify(desk, officers[Role.VERIFIER], detail.summary.id, True, "", False, {})
    sign_in(qtbot, window, "verif.rina")
    review = window.review
    open_stage(window, review, detail.number)
    assert review.ui.actionStack.currentWidget() is review.ui.donePage  # no decision form for a verifier
    assert "Pejabat Penandatangan" in review.ui.doneLabel.text()
    assert not review.ui.cancelLetterButton.isVisible()
    switch(qtbot, window, "kadis")
    open_stage(window, review, detail.number)
    assert review.ui.actionStack.currentWidget() is review.ui.decisionPage


def test_feedback_names_the_file_and_offers_the_paper(qtbot, window, desk, printers):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab)
    tab.mark_all_received()
    tab.save().wait()
    notice = window.notice
    assert "KPR-2026-000001" in notice.label.text()
    assert notice.notice.paper is not None and notice.notice.paper.exists()
    assert notice.reprint_button.isVisible() and notice.open_button.isVisible()
    before = len(printers.jobs)
    qtbot.mouseClick(notice.reprint_button, Qt.MouseButton.LeftButton)
    assert len(printers.jobs) == before + 1


def test_a_nik_from_outside_kampar_is_saved_only_with_the_officers_note(qtbot, window, desk, dialogs):
    from kampar_desk.store.models import AuditEvent

    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab, nik="3171025708850003")  # Jakarta Pusat
    assert "Kampar" in tab.ui.warningsLabel.text() and not tab.ui.warningOverrideEdit.isHidden()
    tab.mark_all_received()
    tab.save().wait()
    assert Application.select().count() == 0 and tab.ui.warningOverrideEdit.hasFocus()
    assert "catatan" in dialogs.texts("warning")[-1].lower()
    qtbot.keyClicks(tab.ui.warningOverrideEdit, "Pindah domisili ke Kampar; SKTM dari Desa Batu Belah")
    tab.save().wait()
    saved = Application.get()
    event = AuditEvent.select().where(AuditEvent.action == "register").get()
    assert saved.status == Status.RECEIVED.value
    assert json.loads(event.details)["warning_override"] == "Pindah domisili ke Kampar; SKTM dari Desa Batu Belah"


def test_a_malaysian_phone_number_is_refused(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    window.ui.tabs.setCurrentWidget(window.ui.intakePage)
    qtbot.keyClicks(tab.ui.phoneEdit, "+60 12-345 6789")
    tab.ui.phoneEdit.editingFinished.emit()
    assert "Indonesia" in tab.ui.phoneHint.text()


def test_the_bsre_export_button_writes_the_unsigned_letter(qtbot, window, desk, officers, clock, tmp_path, monkeypatch):
    from kampar_desk.services import letters
    from kampar_desk.ui import stage_tab

    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    process.verify(desk, officers[Role.VERIFIER], detail.summary.id, True, "", False, {})
    process.approve(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id)
    letter = letters.issue_letter(desk, officers[Role.SIGNING_OFFICIAL], detail.summary.id).letter
    monkeypatch.setattr(stage_tab.QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    sign_in(qtbot, window, "kadis")
    open_stage(window, window.issuance, detail.number)
    qtbot.mouseClick(window.issuance.ui.exportBsreButton, Qt.MouseButton.LeftButton)
    window.ops.settle()
    exported = next(tmp_path.glob("*-untuk-TTE.pdf"))
    assert exported.read_bytes() == letter.unsigned_path.read_bytes()
    assert letter.number in window.notice.label.text() and window.notice.notice.paper == exported


def test_what_was_ticked_for_one_file_never_carries_over_to_another(qtbot, window, desk, officers):
    first = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    second = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik="1401024505900002"))
    sign_in(qtbot, window, "verif.rina")
    stage = window.verification
    open_stage(window, stage, first.number)
    stage.ui.reviewCheck.setChecked(True)
    stage.ui.verifyNoteEdit.setPlainText("untuk berkas pertama")
    stage.select_number(second.detail.number)
    assert not stage.ui.reviewCheck.isChecked() and stage.ui.verifyNoteEdit.toPlainText() == ""


def test_without_the_office_keys_the_review_box_says_who_must_sign_in(qtbot, window, desk, officers):
    from kampar_desk.services import keys

    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    desk.cache.pop(keys.UNLOCKED)  # nobody who opens the keys has signed in since the app started
    sign_in(qtbot, window, "verif.rina")
    open_stage(window, window.verification, detail.number)
    check = window.verification.ui.reviewCheck
    assert not check.isEnabled() and "Pejabat Penandatangan" in check.text()


def test_the_notice_leaves_with_the_officer(qtbot, window, desk):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    type_applicant(qtbot, tab)
    tab.mark_all_received()
    tab.save().wait()
    assert window.notice.reprint_button.isVisible()
    window.sign_out(ask=False)
    assert window.notice.label.text() == "" and window.notice.notice is None


def test_tab_leaves_the_checklist_and_one_warning_shows_its_sign(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    window.ui.tabs.setCurrentWidget(window.ui.intakePage)
    tab.ui.checklistTable.setFocus()
    qtbot.keyClick(tab.ui.checklistTable, Qt.Key.Key_Tab)
    assert not tab.ui.checklistTable.hasFocus()
    qtbot.keyClicks(tab.ui.nikEdit, "3171025708850003")
    assert tab.ui.warningsLabel.text().startswith("⚠") and "&#" not in tab.ui.warningsLabel.text()


def test_the_verifier_sees_the_counters_warning_and_note(qtbot, window, desk, officers):
    form = intake_form(desk, nik="3171025708850003", warning_override="Pindah domisili; SKTM Desa Batu Belah")
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], form).detail
    sign_in(qtbot, window, "verif.rina")
    open_stage(window, window.verification, detail.number)
    shown = window.verification.ui.detailLabel.text()
    assert "Kampar" in shown and "Pindah domisili; SKTM Desa Batu Belah" in shown


def test_the_nik_chooses_the_kecamatan_only_while_none_is_chosen(qtbot, window):
    sign_in(qtbot, window, "fo.siti")
    tab = window.intake
    window.ui.tabs.setCurrentWidget(window.ui.intakePage)
    qtbot.keyClicks(tab.ui.nikEdit, "140102")
    assert tab.ui.districtCombo.currentData() == "14.01.02"  # Kecamatan Kampar
    tab.clear(ask=False)
    tab.ui.districtCombo.setCurrentIndex(tab.ui.districtCombo.findData("14.01.07"))
    qtbot.keyClicks(tab.ui.nikEdit, "1401025708850003")
    assert tab.ui.districtCombo.currentData() == "14.01.07"  # the officer's choice stands (she moved)
