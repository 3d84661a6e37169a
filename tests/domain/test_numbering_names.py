"""Archived intake paper names: written by one rule and read back by the same one."""

from kampar_desk.domain.numbering import INTAKE_PAPER_NAME, intake_paper_name, registration_number, return_number


def test_an_archived_paper_name_gives_back_its_number_and_series():
    for number, returned in ((registration_number("KPR", 2026, 123), False), (return_number("KPR", 2026, 12), True)):
        for layout in ("a4", "a5", "receipt80"):
            match = INTAKE_PAPER_NAME.fullmatch(intake_paper_name(number, returned, layout))
            assert match["number"] == number and bool(match["returned"]) is returned
            assert match["year"] == "2026" and int(match["sequence"]) in (123, 12)
    assert INTAKE_PAPER_NAME.fullmatch("KPR-2026-000123-tanda-terima-a5.pdf.tmp")
    assert not INTAKE_PAPER_NAME.fullmatch("laporan-bulanan-2026-11.pdf")
