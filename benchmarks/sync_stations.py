"""Two real stations for the sync benchmark: A with N bulk-loaded files (checklists, letters, chained audit log), B new.

Station set-up (accounts, keys, names, trust) goes through the services; the files are bulk-inserted as in
build_million.py, but whole: six checklist rows each, a register row and its archived PDFs for every issued
letter, and one audit event per step taken, chained with the same payload and hash as `services.audit`.
The pair is cached in the work folder and reused when present.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from build_million import applicant, time_ordered_id
from peewee import Model, chunked

from kampar_desk.domain import validation
from kampar_desk.domain.audit import GENESIS_HASH, canonical_json, chain_hash
from kampar_desk.domain.letters import DEFAULT_NUMBER_TEMPLATE, LetterKind, format_letter_number, letter_file_stem
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Action, Status
from kampar_desk.paths import AppPaths
from kampar_desk.services import keys, record_states, staff, stations
from kampar_desk.services.audit import _payload
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.letters.sealing import LOCAL_SIGNATURE, seal
from kampar_desk.services.records import StaffRecord
from kampar_desk.store import models
from kampar_desk.store.database import close_database, database
from kampar_desk.store.models import Application, AuditEvent, ChecklistItem, Letter, utc_now

PASSWORD = "benchmark-2026"
OFFICIAL = "kadis"
SERVICE = "REK-PAPS"
#: about one file in ten has an issued letter (issued or handed over)
STATUS_WEIGHTS = {
    Status.RETURNED: 10,
    Status.RECEIVED: 20,
    Status.AWAITING_DECISION: 30,
    Status.APPROVED: 5,
    Status.REJECTED: 25,
    Status.ISSUED: 2,
    Status.HANDED_OVER: 8,
}
BATCH = 5000
VARIABLES = 30_000  # bound variables per statement, as services.sync inserts
MANIFEST = "built.json"
FILE_KEY = record_states.key(record_states.APPLICATION, "")
#: the word table of the name search, until the FTS index replaced it (migration 0011)
NAME_TOKEN = getattr(models, "NameToken", None)
NAME_TOKENS = getattr(validation, "name_tokens", None)
#: an audit event to chain: (at, order of making, actor, file id, action, from, to, details)
Event = tuple[datetime, int, str, Any, str, str, str, dict[str, Any]]


@dataclass(frozen=True)
class BuiltPair:
    """A cached pair: station A's and B's data folders and what A holds."""

    folder: str
    count: int
    letter_kb: int
    seconds: float
    applications: int
    checklist_items: int
    letters: int
    audit_events: int
    a_id: str
    b_id: str

    @property
    def a_dir(self) -> Path:
        return Path(self.folder) / "a"

    @property
    def b_dir(self) -> Path:
        return Path(self.folder) / "b"


def open_station(data_dir: Path) -> tuple[Desk, StaffRecord]:
    """Open a station's data folder as the counter does: the signing official's sign-in unlocks the keys."""
    close_database()
    desk = open_desk(AppPaths(data_dir))
    official = staff.sign_in(desk, OFFICIAL, PASSWORD)
    if keys.unlocked(desk) is None:
        raise RuntimeError(f"keys of {data_dir} stay locked")
    return desk, official


def _new_station(data_dir: Path, name: str, officers: bool) -> Desk:
    desk = open_desk(AppPaths(data_dir))
    admin = staff.create_first_admin(desk, "admin", "Admin Benchmark", PASSWORD)
    people = [(OFFICIAL, "Kepala Dinas Benchmark", Role.SIGNING_OFFICIAL)]
    if officers:
        people += [
            ("fo.bench", "Petugas Loket Benchmark", Role.FRONT_OFFICE),
            ("verif", "Verifikator Benchmark", Role.VERIFIER),
            ("serah", "Petugas Penyerahan Benchmark", Role.HANDOVER_OFFICER),
        ]
    made = {
        username: staff.create_staff(desk, admin, username, full, PASSWORD, frozenset({role}))
        for username, full, role in people
    }
    if not keys.unlock_at_sign_in(desk, made[OFFICIAL], PASSWORD):
        raise RuntimeError("the signing official's sign-in did not unlock the keys")
    stations.rename_station(desk, None, name)
    return desk


def letter_pdf(letter_kb: int) -> bytes:
    """One small real PDF (reportlab); with `letter_kb`, padded to about that size by an image of noise, which
    compresses as little as a signed letter's streams do (a real signed letter is about 18 KB)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setFont("Helvetica", 12)
    page.drawString(72, 770, "SURAT REKOMENDASI (benchmark sinkronisasi)")
    page.drawString(72, 750, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kampar")
    if letter_kb > 0:
        from PIL import Image

        side = max(1, int((letter_kb * 1024 / 3) ** 0.5))
        noise = random.Random(7).randbytes(side * side * 3)
        page.drawImage(ImageReader(Image.frombytes("RGB", (side, side), noise)), 72, 500, 120, 120)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    if rows:
        yield from chunked(rows, max(1, VARIABLES // len(rows[0])))


def _insert(model: type[Model], rows: list[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        model.insert_many(chunk).execute()


@dataclass
class _Officers:
    front: Any
    verifier: Any
    official: Any
    handover: Any

    @classmethod
    def load(cls) -> _Officers:
        from kampar_desk.store.models import Staff

        ids = {row.username: row.id for row in Staff.select(Staff.username, Staff.id)}
        return cls(ids["fo.bench"], ids["verif"], ids[OFFICIAL], ids["serah"])


def _steps(status: Status) -> list[tuple[Action, Status | None, Status]]:
    """The workflow steps a file at `status` has taken, in order: (action, from, to)."""
    if status is Status.RETURNED:
        return [(Action.RETURN, None, Status.RETURNED)]
    path: list[tuple[Action, Status | None, Status]] = [(Action.REGISTER, None, Status.RECEIVED)]
    if status is Status.RECEIVED:
        return path
    path.append((Action.VERIFY, Status.RECEIVED, Status.AWAITING_DECISION))
    if status is Status.AWAITING_DECISION:
        return path
    if status is Status.REJECTED:
        return [*path, (Action.REJECT, Status.AWAITING_DECISION, Status.REJECTED)]
    path.append((Action.APPROVE, Status.AWAITING_DECISION, Status.APPROVED))
    if status is Status.APPROVED:
        return path
    path.append((Action.ISSUE_LETTER, Status.APPROVED, Status.ISSUED))
    if status is Status.ISSUED:
        return path
    return [
        *path,
        (Action.RECORD_SURVEY, Status.ISSUED, Status.SURVEYED),
        (Action.HAND_OVER, Status.SURVEYED, Status.HANDED_OVER),
    ]


def bulk_station_files(desk: Desk, count: int, first: datetime, last: datetime, letter_kb: int) -> dict[str, int]:
    """`count` whole files registered evenly between `first` and `last` (naive UTC), with everything they hold."""
    rng = random.Random(13)
    people = _Officers.load()
    actors = {
        Action.REGISTER: "fo.bench",
        Action.RETURN: "fo.bench",
        Action.VERIFY: "verif",
        Action.APPROVE: OFFICIAL,
        Action.REJECT: OFFICIAL,
        Action.ISSUE_LETTER: OFFICIAL,
        Action.RECORD_SURVEY: "serah",
        Action.HAND_OVER: "serah",
    }
    standard = desk.catalog[SERVICE]
    requirements = list(standard.requirements)
    regions = [(d.code, v.code) for d in desk.regions.districts for v in d.villages]
    statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    signer = keys.signing_identity(desk).description
    pdf = letter_pdf(letter_kb)
    step = (last - first) / count
    serial: dict[int, int] = {}
    letter_serial: dict[int, int] = {}
    events: list[Event] = []
    totals = {"applications": 0, "checklist_items": 0, "letters": 0}
    for batch_start in range(0, count, BATCH):
        rows, tokens, items, letters = [], [], [], []
        for index in range(batch_start, min(count, batch_start + BATCH)):
            moment = first + step * index
            year = moment.year
            serial[year] = serial.get(year, 0) + 1
            status = rng.choices(statuses, weights)[0]
            district, village = rng.choice(regions)
            prefix = district.replace(".", "")
            person = applicant(rng, prefix)
            name = person["applicant_name"]
            app_id = time_ordered_id(moment, rng)
            returned = status is Status.RETURNED
            number = f"KPR-{year}-K{serial[year]:05d}" if returned else f"KPR-{year}-{serial[year]:06d}"
            missing = {rng.choice(requirements).code} if returned else set()
            steps = _steps(status)
            times = {
                Action.RETURN: moment,
                Action.REGISTER: moment,
                Action.VERIFY: moment + timedelta(days=1, hours=rng.uniform(0, 6)),
                Action.APPROVE: moment + timedelta(days=3, hours=rng.uniform(0, 6)),
                Action.REJECT: moment + timedelta(days=3, hours=rng.uniform(0, 6)),
                Action.ISSUE_LETTER: moment + timedelta(days=4, hours=rng.uniform(0, 6)),
                Action.RECORD_SURVEY: moment + timedelta(days=6, hours=2),
                Action.HAND_OVER: moment + timedelta(days=6, hours=2, minutes=5),
            }
            taken = {action for action, _, _ in steps}
            at = {action: times[action] for action in taken}
            row: dict[str, Any] = {
                "id": app_id,
                "version": len(steps),
                "updated_at": max(at.values()),
                "service_code": SERVICE,
                "status": status.value,
                "number": number,
                **person,
                "applicant_birth_date": date(1980 + rng.randint(0, 25), rng.randint(1, 12), rng.randint(1, 28)),
                "applicant_phone": "+6281276460487",
                "applicant_address": "Jl. Contoh No. 1",
                "district_code": district,
                "village_code": village,
                "registered_at": moment,
                "registered_by": people.front,
                "received_on": None if returned else (moment + timedelta(hours=7)).date(),
                "due_on": None if returned else (moment + timedelta(days=7)).date(),
                "fee_rupiah": 0,
                "technical_review_needed": False,
                "verified_at": at.get(Action.VERIFY),
                "verified_by": people.verifier if Action.VERIFY in at else None,
                "decided_at": at.get(Action.APPROVE) or at.get(Action.REJECT),
                "decided_by": people.official if taken & {Action.APPROVE, Action.REJECT} else None,
                "decision_reason": "Persyaratan tidak memenuhi ketentuan." if Action.REJECT in at else "",
                "issued_at": at.get(Action.ISSUE_LETTER),
                "issued_on": (at[Action.ISSUE_LETTER] + timedelta(hours=7)).date()
                if Action.ISSUE_LETTER in at
                else None,
                "survey_outcome": "declined" if Action.RECORD_SURVEY in at else "",
                "survey_recorded_at": at.get(Action.RECORD_SURVEY),
                "handed_over_at": at.get(Action.HAND_OVER),
                "handed_over_by": people.handover if Action.HAND_OVER in at else None,
                "handed_over_to": name if Action.HAND_OVER in at else "",
            }
            rows.append(row)
            if NAME_TOKEN is not None and NAME_TOKENS is not None:
                tokens += [{"token": token, "application": app_id} for token in NAME_TOKENS(name)]
            for position, requirement in enumerate(requirements, start=1):
                brought = requirement.code not in missing
                items.append(
                    {
                        "id": time_ordered_id(moment, rng),
                        "version": 1,
                        "updated_at": moment,
                        "application": app_id,
                        "position": position,
                        "requirement_code": requirement.code,
                        "requirement_text": requirement.text,
                        "received": brought,
                        "note": "asli + fotokopi" if brought else "tidak dibawa",
                    }
                )
            details: dict[Action, dict[str, Any]] = {
                Action.REGISTER: {"number": number, "service": SERVICE},
                Action.RETURN: {"number": number, "service": SERVICE, "missing": sorted(missing)},
                Action.VERIFY: {"compliant": True, "note": "", "technical_review": False},
                Action.APPROVE: {"decision": "approved", "note": ""},
                Action.REJECT: {"decision": "rejected", "reason": row["decision_reason"]},
                Action.RECORD_SURVEY: {"outcome": "declined"},
                Action.HAND_OVER: {"received_by": name},
            }
            if Action.ISSUE_LETTER in at:
                letter = _letter(desk, row, at[Action.ISSUE_LETTER], letter_serial, standard.letter_classification)
                letter.update(issued_by=people.official, signer=signer)
                signed = pdf + f"%kd-bench {letter['number']}\n".encode()
                unsigned = pdf + f"%kd-bench {letter['number']} belum ttd\n".encode()
                letter["sha256"] = hashlib.sha256(signed).hexdigest()
                letter["unsigned_sha256"] = hashlib.sha256(unsigned).hexdigest()
                for file_name, data in ((letter["file_name"], signed), (letter["unsigned_file_name"], unsigned)):
                    target = desk.paths.letters_dir / file_name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                letters.append(letter)
                details[Action.ISSUE_LETTER] = {
                    "letter": letter["number"],
                    "kind": letter["kind"],
                    "sha256": letter["sha256"],
                }
            for action, source, target_status in steps:
                events.append(
                    (
                        at[action],
                        len(events),
                        actors[action],
                        app_id,
                        action.value,
                        "" if source is None else source.value,
                        target_status.value,
                        details[action],
                    )
                )
        with database.atomic():
            _insert(Application, rows)
            if NAME_TOKEN is not None:
                _insert(NAME_TOKEN, tokens)
            _insert(ChecklistItem, items)
            _insert(Letter, letters)
        totals["applications"] += len(rows)
        totals["checklist_items"] += len(items)
        totals["letters"] += len(letters)
    final = {record: digest for record, digest, _label in record_states.all_states() if record.startswith(FILE_KEY)}
    totals["audit_events"] = _chain_events(events, final)
    return totals


def _letter(
    desk: Desk, row: dict[str, Any], issued_at: datetime, serial: dict[int, int], classification: str
) -> dict[str, Any]:
    """A letter's register row as `letters.issuing.record_letter` writes it, sealed with the office's real key."""
    issued_on = (issued_at + timedelta(hours=7)).date()
    serial[issued_on.year] = serial.get(issued_on.year, 0) + 1
    kind = LetterKind.RECOMMENDATION
    number = format_letter_number(DEFAULT_NUMBER_TEMPLATE, classification, serial[issued_on.year], kind, issued_on)
    payload, digest = seal(desk, Application(**row), kind, number, issued_on)
    stem = f"{issued_on.year}/{letter_file_stem(number)}"
    return {
        "id": time_ordered_id(issued_at, random.Random(number)),
        "version": 1,
        "updated_at": issued_at,
        "application": row["id"],
        "kind": kind.value,
        "number": number,
        "year": issued_on.year,
        "sequence": serial[issued_on.year],
        "issued_at": issued_at,
        "issued_on": issued_on,
        "payload": payload,
        "digest": digest,
        "file_name": f"{stem}.pdf",
        "unsigned_file_name": f"{stem}-belum-ttd.pdf",
        "signature": LOCAL_SIGNATURE,
    }


def _chain_events(events: list[Event], final: dict[str, str]) -> int:
    """Append the files' events in time order after the station's own, each hashed as `audit.append_event` does.
    Every event of a file records the file's final state (its intermediate states are not rebuilt): `audit verify`
    compares each record with its last event only, so station A checks clean."""
    events.sort(key=lambda event: (event[0], event[1]))
    last = AuditEvent.select(AuditEvent.sequence, AuditEvent.hash).order_by(AuditEvent.sequence.desc()).first()
    sequence, previous = (last.sequence, last.hash) if last else (0, GENESIS_HASH)
    rng = random.Random(17)
    rows = []
    for at, _order, actor, app_id, action, source, target, details in events:
        sequence += 1
        record = record_states.key(record_states.APPLICATION, app_id)
        states: dict[str, str | None] = {record: final[record]}
        stored = json.loads(canonical_json(details))
        payload = _payload(sequence, at, actor, str(app_id), action, source, target, stored, states)
        digest = chain_hash(previous, payload)
        rows.append(
            {
                "id": time_ordered_id(at, rng),
                "version": 1,
                "updated_at": at,
                "sequence": sequence,
                "at": at,
                "actor": actor,
                "application": app_id,
                "action": action,
                "from_status": source,
                "to_status": target,
                "details": canonical_json(stored),
                "state_hash": canonical_json(states),
                "previous_hash": previous,
                "hash": digest,
            }
        )
        previous = digest
    for chunk in chunked(rows, BATCH * 4):
        with database.atomic():
            _insert(AuditEvent, chunk)
    return len(rows)


def build_pair(workdir: Path, count: int, letter_kb: int, progress: bool = True) -> BuiltPair:
    """Station A with `count` files and station B, each trusting the other; reused from `workdir` when built."""
    folder = workdir / f"pair-{count}-{letter_kb}kb"
    manifest = folder / MANIFEST
    if manifest.is_file():
        return BuiltPair(**json.loads(manifest.read_text()))
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    began = time.perf_counter()
    a = _new_station(folder / "a", "DPMPTSP Kampar - loket 1", officers=True)
    last = utc_now() - timedelta(days=7)
    first = last - timedelta(days=3 * 365)
    totals = bulk_station_files(a, count, first, last, letter_kb)
    card_a = stations.station_card(a)
    a_id = stations.this_station(a).id
    close_database()
    b = _new_station(folder / "b", "DPMPTSP Kampar - loket 2", officers=False)
    card_b = stations.station_card(b)
    b_id = stations.this_station(b).id
    stations.trust_station(b, None, stations.read_card(card_a))
    close_database()
    a, _ = open_station(folder / "a")
    stations.trust_station(a, None, stations.read_card(card_b))
    totals["audit_events"] = AuditEvent.select().count()
    close_database()
    built = BuiltPair(
        str(folder), count, letter_kb, time.perf_counter() - began, a_id=str(a_id), b_id=str(b_id), **totals
    )
    manifest.write_text(json.dumps(asdict(built), indent=1))
    if progress:
        print(f"built A ({count} files) and B in {built.seconds:.1f} s -> {folder}", flush=True)
    return built
