"""QR codes and Code128 barcodes drawn as vector shapes, so they stay sharp on any printer."""

from __future__ import annotations

import barcode
import qrcode
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QUIET_ZONE_MODULES = 4
CODE128_QUIET_MODULES = 10


def qr_matrix(text: str) -> list[list[bool]]:
    """Module matrix at error-correction level M (survives a smudged or creased receipt)."""
    code = qrcode.QRCode(error_correction=qrcode.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def code128_modules(text: str) -> str:
    """The bar pattern as '1' (bar) and '0' (space) modules."""
    return barcode.get("code128", text).build()[0]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR with its lower-left corner at (x, y), `size` wide including the quiet zone."""
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET_ZONE_MODULES
    module = size / count
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + QUIET_ZONE_MODULES + 1) * module
        run_start = None
        for col_index, dark in enumerate([*row, False]):
            if dark and run_start is None:
                run_start = col_index
            elif not dark and run_start is not None:
                left = x + (run_start + QUIET_ZONE_MODULES) * module
                path.rect(left, top, (col_index - run_start) * module, module)
                run_start = None
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_code128(canvas: Canvas, text: str, x: float, y: float, width: float, height: float) -> None:
    """Draw the barcode (quiet zones included) in the box whose lower-left corner is (x, y)."""
    modules = code128_modules(text)
    module = width / (len(modules) + 2 * CODE128_QUIET_MODULES)
    path = canvas.beginPath()
    run_start = None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and run_start is None:
            run_start = index
        elif bit == "0" and run_start is not None:
            path.rect(x + (run_start + CODE128_QUIET_MODULES) * module, y, (index - run_start) * module, height)
            run_start = None
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QrFlowable(Flowable):
    def __init__(self, text: str, size: float = 30 * mm) -> None:
        super().__init__()
        self.text, self.size = text, size
        self.width = self.height = size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)


class Code128Flowable(Flowable):
    def __init__(self, text: str, width: float, height: float = 12 * mm) -> None:
        super().__init__()
        self.text, self.width, self.height = text, width, height

    def draw(self) -> None:
        draw_code128(self.canv, self.text, 0, 0, self.width, self.height)
