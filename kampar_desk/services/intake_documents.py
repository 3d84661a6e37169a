"""The intake papers of a file (tanda terima or return slip), built from the database and archived as PDF."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kampar_desk.domain.numbering import intake_paper_name
from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.validation import display_phone
from kampar_desk.domain.workflow import Status
from kampar_desk.services.applications import detail_of
from kampar_desk.services.desk import Desk
from kampar_desk.services.files import stage_file, write_atomically
from kampar_desk.services.records import ApplicationDetail, StaffRecord
from kampar_desk.services.settings import get_settings
from kampar_desk.store.models import Application, Staff

if TYPE_CHECKING:  # reportlab, under the slips, is loaded with the first paper (see `intake_document`)
    from kampar_desk.services.documents.slips import IntakeSlip


@dataclass(frozen=True)
class ArchivedDocument:
    path: Path
    number: str
    title: str
    layout: PaperLayout


def intake_slip(
    desk: Desk,
    application_id: uuid.UUID,
    *,
    row: Application | None = None,
    detail: ApplicationDetail | None = None,
    officer: StaffRecord | None = None,
) -> IntakeSlip:
    """The paper's content; `row`, `detail` and the registering `officer` when the caller has them already (the
    registration does)."""
    from kampar_desk.services.documents.slips import IntakeSlip

    row = row or Application.get_by_id(application_id)
    detail = detail or detail_of(desk, row)
    known = officer is not None and officer.id == row.registered_by_id
    registrar = officer if known and officer is not None else Staff.get_by_id(row.registered_by_id)
    village = desk.regions.village(detail.village_code)
    district = desk.regions.district(detail.summary.district_code)
    place = ", ".join(p for p in (village.label if village else "", f"Kec. {district.name}" if district else "") if p)
    return IntakeSlip(
        returned=detail.status == Status.RETURNED,
        office=desk.office(),
        number=detail.number,
        service_name=detail.service_name,
        time_limit_text=desk.catalog[detail.summary.service_code].time_limit_text,
        applicant_name=detail.summary.applicant_name,
        nik=detail.summary.applicant_nik,
        address=f"{detail.applicant_address}, {place}" if place else detail.applicant_address,
        phone=display_phone(detail.applicant_phone),
        registered_at=detail.summary.registered_at,
        due_on=detail.summary.sla.due_on,
        checklist=detail.checklist,
        officer_name=registrar.full_name,
        officer_nip=registrar.nip,
        previous_number=detail.previous_number,
    )


def intake_paper_path(desk: Desk, number: str, registered_at: datetime, returned: bool, layout: PaperLayout) -> Path:
    """Where a file's intake paper is archived: documents/YYYY/MM/<number>-<kind>-<layout>.pdf (local month)."""
    month = desk.paths.documents_dir / f"{registered_at:%Y}" / f"{registered_at:%m}"
    return month / intake_paper_name(number, returned, layout.value)


def intake_document(
    desk: Desk,
    application_id: uuid.UUID,
    layout: PaperLayout | None = None,
    *,
    row: Application | None = None,
    detail: ApplicationDetail | None = None,
    officer: StaffRecord | None = None,
) -> ArchivedDocument:
    """The file's intake paper in the chosen (or configured) layout: the archived one if there is one, otherwise
    built and archived under documents/ (inside the caller's transaction when there is one, see `stage_file`).
    `row`, `detail` and the registering `officer`: as the caller has just read or written them, not read again."""
    layout = layout or get_settings(desk).receipt_layout
    row = row or Application.get_by_id(application_id)
    returned = row.status == Status.RETURNED
    path = intake_paper_path(desk, row.number, desk.to_local(row.registered_at), returned, layout)
    title = "Slip pengembalian" if returned else "Tanda terima"
    if not path.exists():
        # reportlab costs ~0.3 s to import: load it with the first paper, not with the window.
        from kampar_desk.services.documents.slips import receipt_pdf, return_slip_pdf

        slip = intake_slip(desk, application_id, row=row, detail=detail, officer=officer)
        stage_file(path, return_slip_pdf(slip, layout) if slip.returned else receipt_pdf(slip, layout))
    return ArchivedDocument(path, row.number, f"{title} {row.number}", layout)


def standard_notice(desk: Desk, service_code: str) -> ArchivedDocument:
    """The service's Standar Pelayanan as an A4 notice for the counter (the law asks offices to display it)."""
    # loaded on first use: keeps the start fast (reportlab, the keys' cryptography)
    from kampar_desk.services.documents.standard_notice import standard_notice_pdf
    from kampar_desk.services.keys import key_history

    standard = desk.catalog[service_code]
    path = desk.paths.documents_dir / "standar-pelayanan" / f"{standard.code}.pdf"
    notice = standard_notice_pdf(standard, desk.office(), key_history(desk), get_settings(desk).verification_address)
    write_atomically(path, notice)
    return ArchivedDocument(path, standard.code, f"Standar Pelayanan {standard.name}", PaperLayout.A4)
