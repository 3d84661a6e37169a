"""The Standar Pelayanan as a notice for the counter wall: the 14 components in the published table form."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kampar_desk.domain.standard import ServiceStandard
from kampar_desk.domain.texts import long_date
from kampar_desk.services.documents.layout import PAGE_SPECS, PaperLayout, Styles, build_pdf, escape, letterhead
from kampar_desk.services.records import OfficeRecord


def _numbered(items: tuple[str, ...], styles: Styles) -> list[Flowable]:
    return [Paragraph(f"{index}. {escape(item)}", styles.small) for index, item in enumerate(items, start=1)]


def _components(standard: ServiceStandard, styles: Styles) -> list[tuple[str, list[Flowable]]]:
    def text(value: str) -> list[Flowable]:
        return [Paragraph(escape(value), styles.small)]

    procedure = [
        Paragraph(
            "Alur: Pemohon → Pendaftaran (FO) → (tidak lengkap: dikembalikan) → Verifikasi "
            "Kelengkapan Persyaratan → Proses Izin → Izin Terbit → Kuesioner SKM → Selesai.",
            styles.small,
        ),
        Paragraph("Keterangan:", styles.small),
        *_numbered(standard.procedure_steps, styles),
    ]
    evaluation: list[Flowable] = []
    for index, item in enumerate(standard.evaluation, start=1):
        evaluation.append(Paragraph(f"{index}. {escape(item.text)}", styles.small))
        evaluation += [Paragraph(f"&bull; {escape(detail)}", styles.small) for detail in item.details]
    return [
        ("Dasar hukum", _numbered(standard.legal_basis, styles)),
        ("Persyaratan", _numbered(tuple(r.text for r in standard.requirements), styles)),
        ("Sistem, mekanisme dan prosedur", procedure),
        ("Jangka waktu penyelesaian", text(standard.time_limit_text)),
        ("Biaya/tarif", text(standard.fee_text)),
        ("Produk pelayanan", text(standard.product)),
        ("Sarana, prasarana, dan/atau fasilitas", _numbered(standard.facilities, styles)),
        ("Kompetensi pelaksana", _numbered(standard.competencies, styles)),
        (
            "Pengawasan internal",
            [Paragraph(escape(standard.supervision_intro), styles.small), *_numbered(standard.supervision, styles)],
        ),
        (
            "Penanganan pengaduan, saran, dan masukan",
            _numbered(tuple(c.text for c in standard.complaint_channels), styles),
        ),
        ("Jumlah pelaksana", text(standard.staff_count_text)),
        ("Jaminan pelayanan", _numbered(standard.service_guarantees, styles)),
        ("Jaminan keamanan dan keselamatan pelayanan", _numbered(standard.security_guarantees, styles)),
        ("Evaluasi kinerja pelaksana", evaluation),
    ]


def _seal_keys_note(seal_keys: Sequence[tuple[str, str]], verification_address: str) -> str:
    """Published where applicants see it, so anyone can compare it with what a verifier shows for a letter."""
    keys = [f"kunci <b>{escape(key_id)}</b>: sidik jari <b>{escape(shown)}</b>" for key_id, shown in seal_keys]
    keys[0] += " (dipakai sekarang)"
    listed = "; ".join(keys)
    if verification_address:
        return (
            "Cek keaslian surat: pindai kode QR surat dengan kamera ponsel; halaman resmi "
            f"<b>{escape(verification_address)}</b> menyatakan ASLI atau TIDAK ASLI. Sidik jari yang ditampilkannya "
            f"harus salah satu kunci segel kantor berikut: {listed}."
        )
    return f"Keaslian surat dapat diperiksa dari kode QR-nya. Kunci segel kantor: {listed}."


def standard_notice_pdf(
    standard: ServiceStandard,
    office: OfficeRecord,
    seal_keys: Sequence[tuple[str, str]] = (),
    verification_address: str = "",
) -> bytes:
    """The notice; `seal_keys` (key id, fingerprint), the one in use first, as `keys.key_history` gives them."""
    spec = PAGE_SPECS[PaperLayout.A4]
    styles = Styles(9)
    story: list[Flowable] = letterhead(office, spec, styles)
    story.append(Paragraph(f"STANDAR PELAYANAN<br/>{escape(standard.name.upper())}", styles.title))
    story.append(Spacer(1, 3 * mm))
    rows: list[list[Flowable | list[Flowable]]] = [
        [
            Paragraph("<b>No.</b>", styles.small),
            Paragraph("<b>Komponen</b>", styles.small),
            Paragraph("<b>Uraian</b>", styles.small),
        ]
    ]
    for index, (component, content) in enumerate(_components(standard, styles), start=1):
        rows.append([Paragraph(f"{index}.", styles.small), Paragraph(escape(component), styles.small), content])
    width = spec.frame_width
    table = Table(rows, colWidths=[10 * mm, 42 * mm, width - 52 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    signed = standard.signatory
    signature = [
        Spacer(1, 6 * mm),
        Paragraph(f"Ditetapkan di : {escape(signed.place)}<br/>Pada tanggal : {long_date(signed.date)}", styles.small),
        Spacer(1, 3 * mm),
        Paragraph(escape(signed.title), styles.bold),
        Spacer(1, 14 * mm),
        Paragraph(
            f"<u><b>{escape(signed.name)}</b></u><br/>{escape(signed.rank)}<br/>NIP. {escape(signed.nip)}", styles.body
        ),
    ]
    sign_table = Table([["", signature]], colWidths=[width * 0.5, width * 0.5])
    story += [table, sign_table]
    if seal_keys:
        story.append(Spacer(1, 8 * mm))
        story.append(Paragraph(_seal_keys_note(seal_keys, verification_address), styles.small))
    return build_pdf(story, spec, f"Standar Pelayanan {standard.name}", office.short_name)
