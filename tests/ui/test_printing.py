from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.roles import Role
from kampar_desk.services import intake, intake_documents
from kampar_desk.ui.printing import DocumentPrinter
from tests.conftest import intake_form
from tests.pdf_tools import decode_codes, page_sizes_mm, render_page


def test_preview_shows_the_document_before_printing(qtbot, desk, officers, printers):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    document = intake_documents.intake_document(desk, detail.summary.id, PaperLayout.A5)
    seen = {}

    def inspect_preview() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintPreviewDialog)
        seen["pages"] = dialog.findChild(QPrintPreviewWidget).pageCount()
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    QTimer.singleShot(200, inspect_preview)
    outcome = DocumentPrinter(printers).print_pdf(document.path, preview=True)
    assert seen == {"pages": 1, "title": "Pratinjau cetak - KPR-2026-000001-tanda-terima-a5.pdf"}
    assert not outcome.printed  # closed without printing


def test_roll_receipt_prints_at_80_mm_and_still_scans(desk, officers, printers, qapp):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    document = intake_documents.intake_document(desk, detail.summary.id, PaperLayout.RECEIPT_80MM)
    outcome = DocumentPrinter(printers).print_pdf(document.path)
    assert outcome.printed
    width, _height = page_sizes_mm(printers.jobs[-1])[0]
    assert abs(width - 80) < 0.5
    assert decode_codes(render_page(printers.jobs[-1], dpi=203)) == {
        "QRCode": "KPR-2026-000001",
        "Code128": "KPR-2026-000001",
    }
