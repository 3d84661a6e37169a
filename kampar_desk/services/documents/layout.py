"""Paper layouts and the shared pieces of every printed page: styles, the office letterhead, deterministic build."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kampar_desk.domain.paper import PaperLayout
from kampar_desk.services.records import OfficeRecord


@dataclass(frozen=True)
class PageSpec:
    width: float
    height: float | None  # None: as tall as the content (roll paper)
    margin: float
    base_font: float

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin


PAGE_SPECS = {
    PaperLayout.A4: PageSpec(A4[0], A4[1], 18 * mm, 10),
    PaperLayout.A5: PageSpec(A5[0], A5[1], 10 * mm, 8.2),
    # Thermal rolls print about 72 mm of the 80 mm paper: 4 mm margins keep every character on the paper.
    PaperLayout.RECEIPT_80MM: PageSpec(80 * mm, None, 4 * mm, 8),
}


class Styles:
    """Paragraph styles scaled to the paper's base font size."""

    def __init__(self, base: float) -> None:
        self.base = base
        self.body = ParagraphStyle("body", fontName="Helvetica", fontSize=base, leading=base * 1.3)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=base * 0.85, leading=base * 1.1)
        self.bold = ParagraphStyle("bold", parent=self.body, fontName="Helvetica-Bold")
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.title = ParagraphStyle(
            "title", parent=self.bold, fontSize=base * 1.3, leading=base * 1.6, alignment=TA_CENTER, spaceAfter=2
        )
        self.number = ParagraphStyle(
            "number", parent=self.bold, fontSize=base * 1.6, leading=base * 2, alignment=TA_CENTER
        )


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.lru_cache(maxsize=2)  # the emblem in use, and the one before an admin replaced it
def _decoded_emblem(png: bytes) -> ImageReader:
    reader = ImageReader(io.BytesIO(png))
    reader.getRGBData()  # decoded here, once per process: every later paper reuses the pixels
    return reader


class Emblem(Flowable):
    """The office's emblem scaled to fit a `size` square, as `Image(..., kind="proportional")` draws it (same
    bytes in the PDF), but from pixels decoded once per process instead of once per paper."""

    def __init__(self, png: bytes, size: float) -> None:
        super().__init__()
        self.reader = _decoded_emblem(png)
        width, height = self.reader.getSize()
        factor = min(size / width, size / height)
        self.drawWidth, self.drawHeight = width * factor, height * factor
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.drawWidth, self.drawHeight, mask="auto")


def letterhead(office: OfficeRecord, spec: PageSpec, styles: Styles) -> list[Flowable]:
    """Kop: government, office name, address and contacts (font sizes 2 : 3 : 1 as in Tata Naskah Dinas), a rule."""
    narrow = spec.height is None
    base = styles.base
    gov = ParagraphStyle(
        "kop-gov", parent=styles.center, fontName="Helvetica-Bold", fontSize=base * 1.2, leading=base * 1.45
    )
    name = ParagraphStyle("kop-name", parent=gov, fontSize=base * (1.2 if narrow else 1.4), leading=base * 1.7)
    contact = ParagraphStyle("kop-contact", parent=styles.center, fontSize=base * 0.8, leading=base * 1.0)
    if office.logo_png and not narrow:
        # Beside the emblem the name gets the width minus two emblem columns: shrink it so it stays on one line.
        available = spec.frame_width - 2 * 18 * mm - 4 * mm
        fitted = min(name.fontSize, available / (stringWidth(office.name, "Helvetica-Bold", 1) * 1.02))
        name = ParagraphStyle("kop-name-logo", parent=name, fontSize=fitted, leading=fitted * 1.2)
    text = [
        Paragraph(escape(office.government), gov),
        Paragraph(escape(office.name), name),
        Paragraph(escape(office.address), contact),
        Paragraph(escape(f"Telp/WA {office.phone} | {office.email} | {office.website}"), contact),
    ]
    rules = [
        Spacer(1, 1.5 * mm),
        HRFlowable(width="100%", thickness=1.6, color=colors.black, spaceBefore=0, spaceAfter=0.6 * mm),
        HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=0, spaceAfter=3 * mm),
    ]
    if not office.logo_png:
        return [*text, *rules]
    # Emblem on the left, text centred over the remaining width (kop dinas layout); on a roll it sits above.
    size = (16 if narrow else 18) * mm
    emblem = Emblem(office.logo_png, size)
    if narrow:
        emblem.hAlign = "CENTER"
        return [emblem, Spacer(1, 1 * mm), *text, *rules]
    table = Table([[emblem, text]], colWidths=[size + 2 * mm, spec.frame_width - 2 * size - 4 * mm, size + 2 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, *rules]


def key_value_table(rows: Sequence[tuple[str, Flowable | str]], width: float, styles: Styles) -> Table:
    label_width = min(32 * mm, width * 0.36)
    data = [
        [
            Paragraph(escape(label), styles.body),
            ":",
            value if isinstance(value, Flowable) else Paragraph(escape(value), styles.body),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, 3 * mm, width - label_width - 3 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                ("FONT", (1, 0), (1, -1), "Helvetica", styles.base),
            ]
        )
    )
    return table


def _page_number(canvas: Canvas, document: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 10)
    width, height = document.pagesize
    canvas.drawCentredString(width / 2, height - 12 * mm, f"- {document.page} -")
    canvas.restoreState()


def build_pdf(
    story: list[Flowable],
    spec: PageSpec,
    title: str,
    author: str,
    number_later_pages: bool = False,
    decorate_page: Callable[[Canvas], None] | None = None,
) -> bytes:
    """Lay the story out on the paper; identical input gives identical bytes (reportlab's invariant mode).
    `decorate_page` draws on every page outside the text frame (a letter's barcode in its bottom margin)."""
    height = spec.height
    if height is None:
        scratch = Canvas(io.BytesIO())
        measured = (
            f.wrapOn(scratch, spec.frame_width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story
        )
        height = sum(measured) + 2 * spec.margin + 2 * mm
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=(spec.width, height),
        title=title,
        author=author,
        creator="Kampar Desk",
        subject=title,
        invariant=1,
    )
    frame = Frame(
        spec.margin,
        spec.margin,
        spec.frame_width,
        height - 2 * spec.margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if number_later_pages and doc.page > 1:
            _page_number(canvas, doc)
        if decorate_page is not None:
            canvas.saveState()
            decorate_page(canvas)
            canvas.restoreState()

    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    document.build(story)
    return buffer.getvalue()


def report_opening(office: OfficeRecord, title: str, period: str, base: float) -> tuple[PageSpec, Styles, list]:
    """A4 report: letterhead, title and period line, ready for the tables below."""
    spec = PAGE_SPECS[PaperLayout.A4]
    styles = Styles(base)
    story: list[Flowable] = letterhead(office, spec, styles)
    story += [Paragraph(title, styles.title), Paragraph(escape(period), styles.center), Spacer(1, 4 * mm)]
    return spec, styles, story
