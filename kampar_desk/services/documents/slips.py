"""The two papers the counter hands out at intake: the tanda terima and the return slip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kampar_desk.domain.texts import date_time, weekday_date
from kampar_desk.services.documents.codes import Code128Flowable, QrFlowable
from kampar_desk.services.documents.layout import (
    PAGE_SPECS,
    PageSpec,
    PaperLayout,
    Styles,
    build_pdf,
    escape,
    key_value_table,
    letterhead,
)
from kampar_desk.services.records import ChecklistEntry, OfficeRecord

BOXED = TableStyle(
    [
        ("BOX", (0, 0), (-1, -1), 1, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
)


@dataclass(frozen=True)
class IntakeSlip:
    """Everything printed on a receipt or return slip, already formatted for the page."""

    returned: bool
    office: OfficeRecord
    number: str
    service_name: str
    time_limit_text: str
    applicant_name: str
    nik: str
    address: str
    phone: str
    registered_at: datetime
    due_on: date | None
    checklist: tuple[ChecklistEntry, ...]
    officer_name: str
    officer_nip: str
    previous_number: str | None = None


def _codes(slip: IntakeSlip, spec: PageSpec, styles: Styles, caption: str) -> list[Flowable]:
    """QR and Code128 of the number: stacked on a roll, side by side on a sheet (saves a third of an A5 page)."""
    label = Paragraph(escape(caption), ParagraphStyle("caption", parent=styles.small, alignment=TA_CENTER))
    number = Paragraph(escape(slip.number), styles.number)
    if spec.height is None:
        width = spec.frame_width
        cells = [[QrFlowable(slip.number, 26 * mm)], [Code128Flowable(slip.number, width, 11 * mm)], [number], [label]]
        table = Table(cells, colWidths=[width])
    else:
        qr_size = 27 * mm
        right = spec.frame_width - qr_size - 3 * mm
        barcode_cell = Code128Flowable(slip.number, min(right, 70 * mm), 12 * mm)
        table = Table(
            [[QrFlowable(slip.number, qr_size), [label, number, Spacer(1, 1 * mm), barcode_cell]]],
            colWidths=[qr_size + 3 * mm, right],
        )
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [table]


def _checklist_table(slip: IntakeSlip, spec: PageSpec, styles: Styles, only_missing: bool) -> Table:
    rows = [
        [
            Paragraph("<b>No</b>", styles.small),
            Paragraph("<b>Persyaratan</b>", styles.small),
            Paragraph("<b>Keterangan</b>", styles.small),
        ]
    ]
    items = [c for c in slip.checklist if not c.received] if only_missing else list(slip.checklist)
    for index, item in enumerate(items, start=1):
        state = "Ada" if item.received else "TIDAK ADA"
        note = f"{state}; {item.note}" if item.note else state
        rows.append(
            [
                Paragraph(str(index), styles.small),
                Paragraph(escape(item.text), styles.small),
                Paragraph(escape(note), styles.small),
            ]
        )
    width = spec.frame_width
    table = Table(rows, colWidths=[7 * mm, width * 0.62 - 7 * mm, width * 0.38], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _signatures(slip: IntakeSlip, spec: PageSpec, styles: Styles) -> list[Flowable]:
    officer = f"{escape(slip.officer_name)}" + (f"<br/>NIP. {escape(slip.officer_nip)}" if slip.officer_nip else "")
    left = [Paragraph("Petugas Penerima,", styles.center), Spacer(1, 10 * mm), Paragraph(officer, styles.center)]
    right = [
        Paragraph("Pemohon,", styles.center),
        Spacer(1, 10 * mm),
        Paragraph(escape(slip.applicant_name), styles.center),
    ]
    half = spec.frame_width / 2
    table = Table([[left, right]], colWidths=[half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 3 * mm), table]


def _applicant_rows(slip: IntakeSlip) -> list[tuple[str, str]]:
    return [
        ("Jenis layanan", slip.service_name),
        ("Nama pemohon", slip.applicant_name),
        ("NIK", slip.nik),
        ("Alamat", slip.address),
        ("No. HP/WA", slip.phone),
    ]


def _opening(slip: IntakeSlip, layout: PaperLayout, title: str, caption: str) -> tuple[PageSpec, Styles, list]:
    """Letterhead, title, and the number as QR and Code128: the top of both papers."""
    spec = PAGE_SPECS[layout]
    styles = Styles(spec.base_font)
    story: list[Flowable] = letterhead(slip.office, spec, styles)
    story += [Paragraph(title, styles.title)]
    story += _codes(slip, spec, styles, caption)
    return spec, styles, story


def receipt_pdf(slip: IntakeSlip, layout: PaperLayout) -> bytes:
    """Tanda terima: proof the complete file was received, when it is due, and how to track it."""
    spec, styles, story = _opening(slip, layout, "TANDA TERIMA BERKAS PERMOHONAN", "Nomor pendaftaran")
    rows = [*_applicant_rows(slip), ("Diterima lengkap", date_time(slip.registered_at))]
    if slip.previous_number:
        rows.append(("Berkas sebelumnya", f"{slip.previous_number} (dikembalikan)"))
    story += [Spacer(1, 2 * mm), key_value_table(rows, spec.frame_width, styles), Spacer(1, 2 * mm)]
    story += [Paragraph("<b>Persyaratan yang diterima:</b>", styles.body), Spacer(1, 1 * mm)]
    story += [_checklist_table(slip, spec, styles, only_missing=False), Spacer(1, 3 * mm)]
    due = weekday_date(slip.due_on) if slip.due_on else "-"
    small = styles.base * 0.85
    due_text = (
        f"Perkiraan selesai: <b>{due}</b><br/><font size={small}>Jangka waktu {escape(slip.time_limit_text)} "
        "sejak berkas diterima lengkap, tidak termasuk hari libur dan cuti bersama.</font>"
    )
    due_box = Table([[Paragraph(due_text, styles.body)]], colWidths=[spec.frame_width])
    due_box.setStyle(BOXED)
    story += [due_box, Spacer(1, 2 * mm)]
    story += [
        Paragraph(
            "<b>Cara melacak berkas:</b> tunjukkan atau pindai kode di atas di loket, atau kirim nomor pendaftaran "
            f"melalui WhatsApp {escape(slip.office.phone)}. Harap tanda terima ini dibawa saat pengambilan surat.",
            styles.small,
        )
    ]
    story += _signatures(slip, spec, styles)
    return build_pdf(story, spec, f"Tanda Terima {slip.number}", slip.office.short_name)


def return_slip_pdf(slip: IntakeSlip, layout: PaperLayout) -> bytes:
    """Slip pengembalian: the file is incomplete; every missing requirement is named so the applicant can return."""
    title = "BERKAS DIKEMBALIKAN - PERSYARATAN BELUM LENGKAP"
    spec, styles, story = _opening(slip, layout, title, "Nomor slip pengembalian")
    rows = [*_applicant_rows(slip), ("Tanggal", date_time(slip.registered_at))]
    story += [Spacer(1, 2 * mm), key_value_table(rows, spec.frame_width, styles), Spacer(1, 2 * mm)]
    story += [Paragraph("<b>Persyaratan yang BELUM ada dan harus dilengkapi:</b>", styles.body), Spacer(1, 1 * mm)]
    story += [_checklist_table(slip, spec, styles, only_missing=True), Spacer(1, 3 * mm)]
    story += [
        Paragraph(
            "Berkas permohonan belum diterima dan jangka waktu pelayanan belum berjalan. Lengkapi persyaratan di atas, "
            "lalu bawa kembali ke loket Front Office bersama slip ini: petugas memindai kodenya dan data Anda terisi "
            "kembali.",
            styles.small,
        )
    ]
    story += _signatures(slip, spec, styles)
    return build_pdf(story, spec, f"Slip Pengembalian {slip.number}", slip.office.short_name)
