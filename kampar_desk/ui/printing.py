"""Printing an archived PDF on the counter printer: QtPdf renders each page at the printer's resolution."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt's printing and painting classes load with the first print: keeps the start fast
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

MAX_DPI = 300  # an A4 page at 600 dpi is a 139 MB bitmap; 300 dpi keeps barcodes crisp at a quarter of that


@dataclass(frozen=True)
class PrintOutcome:
    printed: bool
    printer_name: str
    pdf_path: Path

    def describe(self) -> str:
        if self.printed:
            return f"dicetak ke printer {self.printer_name}."
        if self.printer_name:
            return f"pencetakan dibatalkan; dokumen tersimpan sebagai {self.pdf_path.name}"
        return f"tidak ada printer yang terpasang; dokumen tersimpan sebagai {self.pdf_path.name}"


def available_printers() -> list[str]:
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.defaultPrinterName()


def system_printer(name: str) -> QPrinter | None:
    """The named printer (or the default when the name is empty or gone); None when the PC has no printer."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    if name and name in QPrinterInfo.availablePrinterNames():
        return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    if not QPrinterInfo.defaultPrinterName():
        return None
    return QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)


PrinterFactory = Callable[[str], "QPrinter | None"]


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> bool:
    """Draw every page, each rasterized at the printer's resolution and composited on white."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter

    first_size = document.pagePointSize(0)
    printer.setPageSize(QPageSize(first_size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setResolution(min(printer.resolution(), MAX_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            image = document.render(index, target.size())
            sheet = QImage(target.size(), QImage.Format.Format_RGB32)
            sheet.fill(QColor("white"))
            sheet_painter = QPainter(sheet)
            sheet_painter.drawImage(0, 0, image)
            sheet_painter.end()
            painter.drawImage(QRect(0, 0, target.width(), target.height()), sheet)
    finally:
        painter.end()
    return True


class DocumentPrinter:
    """Prints PDFs on the configured printer; the factory is a seam so tests print to a PDF-format QPrinter."""

    def __init__(self, factory: PrinterFactory = system_printer) -> None:
        self.factory = factory

    def print_pdf(
        self, path: Path, printer_name: str = "", preview: bool = False, parent: QWidget | None = None
    ) -> PrintOutcome:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self.factory(printer_name)
        if printer is None:
            return PrintOutcome(False, "", path)
        document = QPdfDocument()
        document.load(str(path))
        try:
            if preview:
                dialog = QPrintPreviewDialog(printer, parent)
                dialog.setWindowTitle(f"Pratinjau cetak - {path.name}")
                dialog.paintRequested.connect(lambda target: paint_pdf(document, target))
                accepted = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
                return PrintOutcome(accepted, printer.printerName() or "PDF", path)
            printed = paint_pdf(document, printer)
        finally:
            document.close()
        return PrintOutcome(printed, printer.printerName() or printer.outputFileName(), path)
