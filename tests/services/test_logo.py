import io

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from kampar_desk.domain.errors import PermissionDenied, ValidationError
from kampar_desk.domain.paper import PaperLayout
from kampar_desk.domain.roles import Role
from kampar_desk.services import intake, intake_documents, letters, office
from tests.conftest import intake_form
from tests.pdf_tools import decode_codes, render_page
from tests.services.test_letters import approved_file


def emblem_png() -> bytes:
    image = Image.new("RGBA", (240, 280), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(120, 10), (230, 60), (200, 250), (40, 250), (10, 60)], fill=(20, 90, 40, 255))
    draw.ellipse((80, 90, 160, 170), fill=(240, 200, 40, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def images_on_first_page(path) -> int:
    return len(PdfReader(path).pages[0].images)


def test_admin_replaces_the_letterhead_logo_and_every_paper_carries_it(qapp, desk, officers, clock):
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    before = intake_documents.intake_document(desk, detail.summary.id, PaperLayout.A5).path
    assert images_on_first_page(before) == 0
    with pytest.raises(PermissionDenied):
        office.set_logo(desk, officers[Role.FRONT_OFFICE], emblem_png())
    with pytest.raises(ValidationError, match="bukan gambar"):
        office.set_logo(desk, officers[Role.ADMIN], b"%PDF-1.4 bukan gambar")
    office.set_logo(desk, officers[Role.ADMIN], emblem_png())
    assert desk.office().logo_png and desk.paths.logo_file.exists()
    # The paper handed over before the change stays archived as it was; every new paper carries the emblem.
    assert intake_documents.intake_document(desk, detail.summary.id, PaperLayout.A5).path == before
    assert images_on_first_page(before) == 0
    later = intake.register_application(
        desk, officers[Role.FRONT_OFFICE], intake_form(desk, nik="1401021708900002")
    ).detail
    for layout in PaperLayout:
        receipt = intake_documents.intake_document(desk, later.summary.id, layout).path
        assert images_on_first_page(receipt) == 1, layout
        assert decode_codes(render_page(receipt))["QRCode"] == later.number
    letter = letters.issue_recommendation(
        desk, officers[Role.SIGNING_OFFICIAL], approved_file(desk, officers, clock, nik="1401025708850004")
    )
    assert images_on_first_page(letter.path) == 1
    pages = PdfReader(letter.path).pages
    if len(pages) == 2:  # the decision, the person and the signature move together to a numbered second page
        second = " ".join(pages[1].extract_text().split())
        assert second.startswith("- 2 -") and "REKOMENDASI kepada" in second and "HAMBALI, SE, MBA, MH" in second
    assert len(pages) <= 2
    office.remove_logo(desk, officers[Role.ADMIN])
    assert desk.office().logo_png is None
