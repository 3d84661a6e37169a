"""Synthetic but realistic files for trying the app and for benchmarks, made through the real services.

Only on demo data: a data folder with any account or file the demo did not create is refused, and the folder the
demo fills is marked (`demo_data` setting, written with its first account), so the demo accounts and their
published password never exist in a real office and the window says DATA CONTOH.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter as Tally
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from kampar_desk.domain.errors import DeskError
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Status
from kampar_desk.services import staff
from kampar_desk.services.audit import append_event
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import StaffRecord
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application, Staff
from kampar_desk.store.rows import get_setting, put_setting

if TYPE_CHECKING:
    from kampar_desk.services import intake, survey

DEMO_PASSWORD = "kampar-demo-2026"

DEMO_STAFF = (
    ("admin", "Rahmat Hidayat", {Role.ADMIN}),
    ("fo.siti", "Siti Aminah", {Role.FRONT_OFFICE}),
    ("fo.dedi", "Dedi Saputra", {Role.FRONT_OFFICE, Role.HANDOVER_OFFICER}),
    ("verif.rina", "Rina Marlina", {Role.VERIFIER}),
    ("kadis", "Hambali", {Role.SIGNING_OFFICIAL}),
    ("serah.yusuf", "Yusuf Effendi", {Role.HANDOVER_OFFICER}),
)

FIRST_NAMES_M = (
    "Ahmad",
    "Budi",
    "Dedi",
    "Fajar",
    "Hendra",
    "Irwan",
    "Joko",
    "Rizki",
    "Syahrul",
    "Zulkifli",
    "Arif",
    "Yusri",
)
FIRST_NAMES_F = (
    "Siti",
    "Nur",
    "Dewi",
    "Fitri",
    "Rina",
    "Yanti",
    "Putri",
    "Wati",
    "Lestari",
    "Aisyah",
    "Rahmawati",
    "Nurhayati",
)
LAST_NAMES = (
    "Saputra",
    "Hidayat",
    "Harahap",
    "Nasution",
    "Siregar",
    "Lubis",
    "Putra",
    "Syahputra",
    "Rahman",
    "Yusuf",
    "Effendi",
    "Marpaung",
)
STREETS = (
    "Jl. Jend. Sudirman",
    "Jl. Prof. M. Yamin",
    "Jl. Tuanku Tambusai",
    "Jl. Lingkar",
    "Jl. Datuk Tabano",
    "Jl. Kartini",
)


@dataclass(frozen=True)
class DemoResult:
    applications: int
    by_status: dict[str, int]
    staff_password: str


DEMO_MARK = "demo_data"  # setting key; "1" on a data folder the demo filled
REAL_DATA = (
    "Folder data {folder} berisi data kantor yang sebenarnya ({found}). Data contoh hanya dibuat di folder data "
    "yang masih kosong atau yang sebelumnya diisi oleh perintah demo, agar akun contoh dengan kata sandi yang "
    "diumumkan tidak pernah ada di kantor. Jalankan dengan --data-dir FOLDER untuk folder baru yang kosong."
)


def is_demo_data(desk: Desk) -> bool:  # `desk` unused: same signature as every service
    """True on a data folder filled by the demo (the window's title then says DATA CONTOH)."""
    return get_setting(DEMO_MARK) == "1"


def check_demo_folder(desk: Desk) -> None:
    """Refuse a data folder holding real data: any account or file, unless the demo made the folder."""
    if is_demo_data(desk):
        return
    accounts, files = Staff.select().count(), Application.select().count()
    if accounts or files:
        found = ", ".join(text for count, text in ((accounts, f"{accounts} akun"), (files, f"{files} berkas")) if count)
        raise DeskError(REAL_DATA.format(folder=desk.paths.data_dir, found=found))


def _ensure_staff(desk: Desk) -> dict[str, StaffRecord]:
    if not is_demo_data(desk):
        with write_transaction():  # the mark and the first account commit together, or neither does
            check_demo_folder(desk)
            mark = put_setting(DEMO_MARK, "1")
            append_event(desk.now(), staff.SYSTEM_ACTOR, "mark_demo_data", details={DEMO_MARK: "1"}, record=mark)
            staff.create_first_admin(desk, "admin", "Rahmat Hidayat", DEMO_PASSWORD)
    admin = staff.to_record(Staff.get(Staff.username == "admin"))
    existing = {row.username for row in Staff.select()}
    for username, full_name, roles in DEMO_STAFF:
        if username not in existing:
            staff.create_staff(desk, admin, username, full_name, DEMO_PASSWORD, frozenset(roles))
    return {row.username: staff.to_record(row) for row in Staff.select()}


def _population_number(rng: random.Random, district_code: str, day: int, when: date) -> str:
    """NIK and KK share a layout: region (6 digits), DDMMYY, then a 4-digit serial."""
    return f"{district_code.replace('.', '')}{day:02d}{when.month:02d}{when.year % 100:02d}{rng.randint(1, 9999):04d}"


def _street_address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 9):03d}/RW {rng.randint(1, 5):03d}"


def _working_moment(desk: Desk, rng: random.Random, day: date) -> datetime:
    calendar = desk.calendar()
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    local = datetime.combine(day, time(8, 0)) + timedelta(minutes=rng.randint(0, 7 * 60))
    return local - timedelta(hours=desk.office().utc_offset_hours)


def _form(desk: Desk, rng: random.Random, service_code: str, missing: int) -> intake.IntakeForm:
    from kampar_desk.services import intake  # loaded on first use: keeps the start fast

    district = rng.choice(desk.regions.districts)
    village = rng.choice(district.villages)
    female = rng.random() < 0.5
    first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
    birth = date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))
    issued = date(rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28))
    requirements = desk.catalog[service_code].requirements
    absent = set(rng.sample([r.code for r in requirements], missing))
    return intake.IntakeForm(
        service_code=service_code,
        nik=_population_number(rng, district.code, birth.day + (40 if female else 0), birth),
        kk=_population_number(rng, district.code, issued.day, issued),
        name=f"{first} {rng.choice(LAST_NAMES)}",
        phone=f"08{rng.choice(('12', '13', '52', '53', '21', '77'))}{rng.randint(10_000_000, 99_999_999)}",
        address=_street_address(rng),
        district_code=district.code,
        village_code=village.code,
        checklist=tuple(
            intake.ChecklistAnswer(r.code, r.code not in absent, "" if r.code not in absent else "tidak dibawa")
            for r in requirements
        ),
    )


def fill_demo(desk: Desk, applications: int, seed: int = 2026) -> DemoResult:
    """Spread `applications` walk-ins over the twelve months before today, through every stage of the workflow."""
    from kampar_desk.services import intake, keys  # loaded on first use: keeps the start fast

    rng = random.Random(seed)
    check_demo_folder(desk)
    people = _ensure_staff(desk)
    fo, verifier, official = people["fo.siti"], people["verif.rina"], people["kadis"]
    keys.unlock_at_sign_in(desk, official, DEMO_PASSWORD)  # as when the official signs in at the counter
    handover = people["serah.yusuf"]
    real_clock = desk.clock
    today = desk.to_local(real_clock()).date()
    service_codes = list(desk.catalog)
    tally: Tally[str] = Tally()
    try:
        for index in range(applications):
            # A sixth of the files are from the last two weeks, so every stage of the queue has work in it; every
            # fortieth arrived today, so the verification queue is never empty whatever the day of the demo.
            age_days = rng.randint(0, 14) if rng.random() < 0.16 else rng.randint(15, 365)
            if index % 40 == 39:
                age_days = 0
            moment = _working_moment(desk, rng, today - timedelta(days=age_days))
            desk.clock = lambda m=moment: m
            service_code = (
                service_codes[0] if rng.random() < 0.85 or len(service_codes) == 1 else rng.choice(service_codes)
            )
            incomplete = rng.random() < 0.12
            form = _form(desk, rng, service_code, missing=rng.randint(1, 2) if incomplete else 0)
            detail = intake.register_application(desk, fo, form).detail
            if incomplete:
                if rng.random() < 0.5 and age_days > 3:
                    resubmitted = intake.prefill_from_returned(desk, detail.summary.id)
                    fixed = tuple(intake.ChecklistAnswer(a.code, True, "") for a in resubmitted.checklist)
                    moment += timedelta(days=rng.randint(1, min(age_days, 10)))
                    desk.clock = lambda m=moment: m
                    detail = intake.register_application(
                        desk, fo, dataclasses.replace(resubmitted, checklist=fixed)
                    ).detail
                else:
                    tally[detail.status.value] += 1
                    continue
            detail = _advance(desk, rng, detail, moment, age_days, fo, verifier, official, handover, today)
            tally[detail.status.value] += 1
        _complaints(desk, rng, people, today, max(3, applications // 25))
    finally:
        desk.clock = real_clock
    return DemoResult(applications, dict(tally), DEMO_PASSWORD)


SUGGESTIONS = (
    "Ruang tunggu sudah nyaman, pertahankan.",
    "Mohon informasi persyaratan dipasang lebih jelas di loket.",
    "Petugas ramah dan cepat, terima kasih.",
    "Antrian pagi terlalu panjang, mohon tambah loket.",
    "Parkir roda dua sering penuh.",
)
COMPLAINTS = (
    (
        "website",
        "Informasi persyaratan di website belum diperbarui",
        "Daftar persyaratan di website berbeda dengan di loket.",
    ),
    ("telepon", "Menanyakan status berkas", "Pemohon menanyakan mengapa rekomendasinya belum selesai."),
    ("kotak", "Toilet kurang bersih", "Toilet umum di ruang tunggu kurang bersih pada siang hari."),
    ("lapor", "Surat rekomendasi terlambat", "Surat rekomendasi belum diterima setelah lewat jangka waktu."),
    ("email", "Permintaan salinan surat", "Pemohon meminta salinan surat rekomendasi yang hilang."),
    ("langsung", "Kesalahan penulisan nama", "Nama pemohon pada tanda terima salah ketik."),
)


def _survey_answers(rng: random.Random) -> survey.SurveyAnswers:
    """Mostly satisfied applicants, some less so; a few skip the profile or leave a suggestion."""
    from kampar_desk.services import survey  # loaded on first use: keeps the start fast

    mood = rng.choice((4, 4, 3, 3, 3, 2))
    values = tuple(max(1, min(4, mood + rng.choice((0, 0, 0, 1, -1)))) for _ in range(9))
    return survey.SurveyAnswers(
        values=values,
        age=rng.randint(19, 70) if rng.random() < 0.9 else None,
        sex=rng.choice(("L", "P")),
        education=rng.choice(("SD", "SMP", "SMA", "SMA", "S1", "D1-D3-D4")),
        occupation=rng.choice(("Wirausaha", "Swasta", "Lainnya", "PNS")),
        disability="Tuna daksa" if rng.random() < 0.03 else "",
        suggestion=rng.choice(SUGGESTIONS) if rng.random() < 0.12 else "",
    )


def _complaints(desk: Desk, rng: random.Random, people: dict, today: date, count: int) -> None:
    """Complaints over the year from every channel; older ones answered (some late), recent ones still open."""
    from kampar_desk.services import complaints  # loaded on first use: keeps the start fast

    fo, handler = people["fo.siti"], people["kadis"]
    offset = desk.office().utc_offset_hours
    for _ in range(count):
        channel, subject, text = rng.choice(COMPLAINTS)
        moment = _working_moment(desk, rng, today - timedelta(days=rng.randint(0, 330)))
        desk.clock = lambda m=moment: m
        record = complaints.register_complaint(
            desk, fo, channel, rng.choice(FIRST_NAMES_F + FIRST_NAMES_M), subject, text, contact="0812-0000-0000"
        )
        age = (today - (moment + timedelta(hours=offset)).date()).days
        if age > 2 and rng.random() < 0.9:
            answered = moment + timedelta(days=rng.choice((1, 2, 3, 6, 9)))
            desk.clock = lambda m=answered: m
            complaints.assign(desk, handler, record.id, "fo.siti")
            complaints.respond(desk, handler, record.id, "Terima kasih, pengaduan Saudara sudah kami tindak lanjuti.")
            if rng.random() < 0.7:
                complaints.follow_up(desk, handler, record.id, "Perbaikan sudah dilakukan.", close=True)


STAGES = ("verify", "technical_review", "payment", "decision", "issue", "survey", "hand_over")


def _stop_stage(rng: random.Random, age_days: int) -> str:
    """Today's files await verification; recent ones stop anywhere along the way; a few old ones stall (overdue);
    the rest are handed over."""
    if age_days == 0:
        return "verify"
    if age_days <= 10:
        return rng.choice(STAGES)
    if rng.random() < 0.05:
        return rng.choice(STAGES[:4])
    return "done"


def _advance(desk, rng, detail, moment, age_days, fo, verifier, official, handover, today):
    """Move a registered file through the workflow until its chosen stopping stage or today, whichever first."""
    from kampar_desk.services import letters, process, survey  # loaded on first use: keeps the start fast

    app_id = detail.summary.id
    offset_hours = desk.office().utc_offset_hours
    calendar = desk.calendar()
    latest = datetime.combine(today, time(15, 0)) - timedelta(hours=offset_hours)
    stop = _stop_stage(rng, age_days)
    slow = 2.5 if rng.random() < 0.12 else 1.0

    def go(stage: str, days: float) -> bool:
        """Advance the clock to when this stage happens; False when the file stops before it."""
        nonlocal moment
        if stage == stop:
            return False
        candidate = moment + timedelta(days=days * slow, minutes=rng.randint(5, 120))
        local = candidate + timedelta(hours=offset_hours)
        if not calendar.is_working_day(local.date()) or not time(8) <= local.time() <= time(15, 30):
            next_day = calendar.next_working_day(local.date())
            candidate = datetime.combine(next_day, time(8, rng.randint(0, 59))) - timedelta(hours=offset_hours)
        if candidate > latest:
            return False
        moment = candidate
        desk.clock = lambda m=moment: m
        return True

    if not go("verify", rng.uniform(0.1, 1.5)):
        return detail
    compliant = rng.random() > 0.04
    detail = process.verify(
        desk,
        verifier,
        app_id,
        compliant,
        "" if compliant else "Dokumen SKTM tidak sesuai ketentuan",
        technical_review_needed=rng.random() < 0.4,
    ).detail  # a file sent to the technical agency gets its surat pengantar in the same action
    if detail.status == Status.IN_TECHNICAL_REVIEW:
        if not go("technical_review", rng.uniform(0.5, 2.5)):
            return detail
        detail = process.record_technical_review(
            desk, verifier, app_id, "Layak direkomendasikan", desk.today(), "Survei lapangan oleh dinas teknis"
        )
    if detail.status == Status.AWAITING_PAYMENT:
        if not go("payment", rng.uniform(0.1, 1.0)):
            return detail
        detail = process.record_payment(desk, fo, app_id, f"STS-{rng.randint(100000, 999999)}")
    if not go("decision", rng.uniform(0.2, 1.2)):
        return detail
    if not compliant or rng.random() < 0.02:
        detail = process.reject(desk, official, app_id, detail.verification_note or "Tidak memenuhi persyaratan teknis")
        if go("issue", rng.uniform(0.05, 0.5)):
            detail = letters.issue_letter(desk, official, app_id).detail
        return detail
    detail = process.approve(desk, official, app_id)
    if not go("issue", rng.uniform(0.05, 0.5)):
        return detail
    detail = letters.issue_letter(desk, official, app_id).detail
    if not go("survey", rng.uniform(0.1, 2.0)):
        return detail
    if rng.random() < 0.15:
        detail = process.decline_survey(desk, handover, app_id)
    else:
        detail = survey.submit_survey(
            desk, handover, app_id, _survey_answers(rng), "kiosk" if rng.random() < 0.7 else "paper"
        )
    if not go("hand_over", 0.01):
        return detail
    return process.hand_over(desk, handover, app_id, detail.summary.applicant_name)
