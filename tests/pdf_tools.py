"""Reading printed output back as a person would: text with pypdf, codes with zxing-cpp from a QtPdf rendering."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width) / 72 * 25.4, 1), round(float(p.mediabox.height) / 72 * 25.4, 1))
        for p in PdfReader(path).pages
    ]


def render_page(path: Path, page: int = 0, dpi: int = 200) -> Image.Image:
    """Rasterize with QtPdf and composite onto white (QtPdf renders on transparent, which zxing cannot read)."""
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready, f"cannot load {path}"
    size_pt = document.pagePointSize(page)
    size = QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi))
    rendered = document.render(page, size)
    white = QImage(size, QImage.Format.Format_RGB32)
    white.fill(QColor("white"))
    painter = QPainter(white)
    painter.drawImage(0, 0, rendered)
    painter.end()
    document.close()
    return qimage_to_pil(white)


def qimage_to_pil(image: QImage) -> Image.Image:
    converted = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = converted.width(), converted.height(), converted.bytesPerLine()
    data = bytes(converted.constBits())[: stride * height]
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", stride, 1)


def decode_codes(image: Image.Image) -> dict[str, str]:
    """Format name → decoded text for every barcode found (e.g. {'QRCode': 'KPR-…', 'Code128': 'KPR-…'})."""
    return {result.format.name: result.text for result in zxingcpp.read_barcodes(image)}
