"""Letters of the office (recommendation, rejection letter, surat pengantar): issuing, the register, cancelling,
BSrE signing. One module per concern; the names callers use are gathered here (`letters.issue_letter`, ...).

- records: the register read back (`LetterRecord`s)      - numbering: the number template and yearly counters
- wording: each kind's words, from data                   - content: the words filled in for one file
- sealing: the QR seal and the PAdES signature            - issuing: prepare outside, record inside the transaction
- cancelling: a cancelled number stays in the register    - bsre: export for BSrE signing, import the signed letter
"""

from kampar_desk.services.letters.bsre import export_for_bsre, import_bsre_signed
from kampar_desk.services.letters.cancelling import cancel_letter
from kampar_desk.services.letters.issuing import (
    LetterOutdated,
    PreparedLetter,
    issue_cover_letter,
    issue_letter,
    issue_recommendation,
    issue_rejection,
    prepare_letter,
    record_letter,
)
from kampar_desk.services.letters.numbering import number_template, set_number_template
from kampar_desk.services.letters.records import find_letter, letters_of, register, to_record
from kampar_desk.services.letters.sealing import BSRE_SIGNATURE, LOCAL_SIGNATURE, register_digest
from kampar_desk.services.letters.wording import load_wordings
from kampar_desk.services.records import Issued, LetterRecord

__all__ = [
    "BSRE_SIGNATURE",
    "LOCAL_SIGNATURE",
    "Issued",
    "LetterOutdated",
    "LetterRecord",
    "PreparedLetter",
    "cancel_letter",
    "export_for_bsre",
    "find_letter",
    "import_bsre_signed",
    "issue_cover_letter",
    "issue_letter",
    "issue_recommendation",
    "issue_rejection",
    "letters_of",
    "load_wordings",
    "number_template",
    "prepare_letter",
    "record_letter",
    "register",
    "register_digest",
    "set_number_template",
    "to_record",
]
