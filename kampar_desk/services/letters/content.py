"""A letter's page: the wording of its kind filled in from the file, the service and the office."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kampar_desk.domain.letters import LetterKind, salutation
from kampar_desk.domain.standard import ServiceStandard
from kampar_desk.domain.texts import long_date
from kampar_desk.services.desk import Desk
from kampar_desk.services.letters.wording import wording_of
from kampar_desk.services.records import ApplicationDetail, OfficeRecord

if TYPE_CHECKING:
    from kampar_desk.services.documents.letters import LetterPage

DEFAULT_REASON = "tidak memenuhi persyaratan"


def letter_values(detail: ApplicationDetail, standard: ServiceStandard, office: OfficeRecord) -> dict[str, str]:
    """The value of every `{field}` a wording may use (domain.letters.LETTER_FIELDS)."""
    address = salutation(detail.summary.applicant_nik)
    agency = standard.technical_agency
    reason = detail.decision_reason or detail.verification_note or DEFAULT_REASON
    return {
        "nama_pemohon": detail.summary.applicant_name,
        "sapaan": address.short,
        "saudara": address.word,
        "nomor_pendaftaran": detail.number,
        "tanggal_diterima": long_date(detail.received_on) if detail.received_on else "-",
        "layanan": standard.name,
        "produk": standard.product,
        "dinas_teknis": agency,
        "kepala_dinas_teknis": agency if agency.lower().startswith("kepala") else f"Kepala {agency}",
        "kajian_teknis": f" serta kajian teknis oleh {agency}" if detail.technical_review_result else "",
        # the wording ends the sentence itself
        "alasan": reason.rstrip(". "),
        "kota": office.city,
    }


def _person_rows(desk: Desk, detail: ApplicationDetail) -> tuple[tuple[str, str], ...]:
    village = desk.regions.village(detail.village_code)
    district = desk.regions.district(detail.summary.district_code)
    return (
        ("Nama", detail.summary.applicant_name),
        ("NIK", detail.summary.applicant_nik),
        ("Alamat", detail.applicant_address),
        ("Desa/Kelurahan", village.name if village else "-"),
        ("Kecamatan", district.name if district else "-"),
    )


def letter_page(
    desk: Desk,
    kind: LetterKind,
    detail: ApplicationDetail,
    number: str,
    issued_on: date,
    qr_text: str,
    signature_note: str,
    check_line: str = "",
) -> LetterPage:
    # reportlab loads only when a letter is made, which keeps the app's start fast
    from kampar_desk.services.documents.letters import LetterPage

    office = desk.office()
    standard = desk.catalog[detail.summary.service_code]
    wording = wording_of(desk, kind, standard)
    values = letter_values(detail, standard, office)

    def fill(text: str) -> str:
        return text.format(**values)

    return LetterPage(
        office=office,
        title=f"{kind.label} {number}",
        number=number,
        place_date=f"{office.city}, {long_date(issued_on)}",
        nature="Biasa",
        attachment=fill(wording.attachment),
        subject=fill(wording.subject),
        addressee=fill(wording.addressee),
        addressee_place=fill(wording.addressee_place),
        opening=tuple(fill(text) for text in wording.opening),
        listed=standard.legal_basis if wording.legal_basis else (),
        statement=fill(wording.statement),
        person_rows=_person_rows(desk, detail) if wording.applicant_table else (),
        closing=tuple(fill(text) for text in wording.closing),
        signer_title=office.head_title + ",",
        signer_name=office.head_name,
        signer_rank=office.head_rank,
        signer_nip=office.head_nip,
        tembusan=tuple(fill(text) for text in wording.tembusan),
        qr_text=qr_text,
        signature_note=signature_note,
        check_line=check_line,
    )
