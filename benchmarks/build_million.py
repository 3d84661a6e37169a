"""An honest million: a database as Kampar Desk would hold it after ten years at the counter, built by bulk insert.

Usage: `uv run python benchmarks/build_million.py DATA_DIR [N] [--seed S] [--workers W]` (N defaults to 1,000,000;
an empty or new data folder). Other scripts call `build(desk_or_dir, count)`; `applicant()` and
`time_ordered_id()` are shared with `sync_stations.py`.

What is written, as the services would have written it over the years:
- Accounts (the demo's six, plus three later hires) and the office's keys, made through the services on the first
  working day of 2016; the folder is marked as demo data (`demo_data`), as `kampar-desk demo` marks its own, and
  every account's password is the demo's.
- N files registered on working days from January 2016 to the day before the last working day, more each year
  (12 % growth, a COVID dip in 2020, the school-year peak in July and August, quiet Decembers, busy Monday
  mornings, the Friday-prayer gap) and one busy month (October 2026: about 20,000 files at a million). Applicants
  carry Zipf-distributed names over some 7,300 given and family names (Malay, Minang, Batak, Javanese and
  Arabic-derived: the common real ones first, then names made from syllables) plus rare made-up names, many used
  once (about 14,500 distinct words at a million), a NIK of their own and a KK consistent with their kecamatan, birth
  date and sex, a phone number and an address.
- Every file's checklist (the service's requirements, as intake writes them) and its path: about 9 % returned
  incomplete (half of them come back and are registered again, linked to the first file), verification, the
  technical agency for some (with a surat pengantar), the decision (about 4 % rejected, most with a rejection
  letter), the recommendation letter, the SKM questionnaire (85 % filled, some with a written suggestion, which the
  office follows up or turns into a complaint) and the handover. Steps fall on working days in office hours; a
  tenth of the files are slow, a few dozen stall for good, a few thousand letters are never collected, and the
  files of the last days are still open (about a thousand at a million: two days of the counter's work).
- Complaints from every channel (about 4,500 at a million, half of them about a file), assigned, answered and
  closed or still open; counters equal to the last number of every series and year.
- Letters: every register row is what `letters.issuing.record_letter` writes (gap-free number per kind and year in
  issue order, the seal signed with the office's real key and its digest, file names), but the PDFs of the bulk
  letters are not written: a signed letter and its unsigned copy take about 27 KB, so a million files would need
  some 27 GB of letters (and 5 GB of receipts). A bulk letter's `sha256` is that of a small stand-in PDF naming
  it, which is not kept; receipts and return slips of bulk files are not archived either (the counter rebuilds
  them from the record when reprinted). The last working day is then done through the real services
  (registrations, verification, decisions, letters, SKM, handovers): those papers and letters are real PDFs in the
  archive, and their numbers follow the counters the bulk load left.
- The audit log: one event per step, chained with the payload and hash of `services.audit`, in time order, each
  recording the state of the file it belongs to; the state is the file's final state (its intermediate states are
  not rebuilt), which is what `kampar-desk audit verify` compares, so the chain and every record check clean.

Speed (about 10 minutes for a million files on 2 vCPU shared with other work; 7.7 GB): one process generates the
files in order of registration and numbers their letters and complaints in time order, two worker processes seal
the letters, hash the records' states and write the event texts, and the main process alone writes, with one
prepared statement per table (`executemany`) in large transactions, synchronous and journal off and foreign keys
unchecked on its own connection. The secondary indexes of the loaded tables and the triggers of `application` (the
name search's) are set aside during the load and made again from the schema's own statements afterwards, with the
name search index rebuilt (`store.search.rebuild_index`). The folder is then reopened with the app's pragmas, the
last day goes through the services. No ANALYZE: the app never runs it, so the database is planned as the app's is.

Schema changes: NameToken rows are written only while that model exists, and `arrival_order` (1..N in order of
registration) only when Application has that field.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import hashlib
import heapq
import importlib
import importlib.util
import io
import itertools
import json
import multiprocessing
import operator
import random
import sys
import time
import traceback
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NamedTuple, cast

from peewee import DateField, DateTimeField, ForeignKeyField, Model, UUIDField

import kampar_desk.store.models as models
from kampar_desk.domain import validation
from kampar_desk.domain.audit import canonical_json, state_hash
from kampar_desk.domain.letters import LetterKind, format_letter_number, letter_file_stem
from kampar_desk.domain.numbering import REGISTRATION_SERIES, RETURN_SERIES, registration_number, return_number
from kampar_desk.domain.roles import Role
from kampar_desk.domain.workflow import Action, Status
from kampar_desk.paths import AppPaths
from kampar_desk.services import keys, record_states, staff
from kampar_desk.services.audit import _payload, append_event
from kampar_desk.services.counter_floors import letter_series
from kampar_desk.services.demo import DEMO_MARK, DEMO_PASSWORD, DEMO_STAFF
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.services.letters.numbering import number_template
from kampar_desk.services.letters.sealing import LOCAL_SIGNATURE, seal
from kampar_desk.services.recovery import CHECKED_UNTIL
from kampar_desk.store.database import close_database, database, open_database, write_transaction
from kampar_desk.store.models import (
    Application,
    AuditEvent,
    ChecklistItem,
    Complaint,
    Counter,
    Letter,
    Staff,
    Suggestion,
    SurveyResponse,
    utc_now,
)
from kampar_desk.store.rows import put_setting

PASSWORD = DEMO_PASSWORD
#: the demo's accounts and three later hires; who does what changes over the years (`_Crew`)
STAFF = (
    *DEMO_STAFF,
    ("fo.rudi", "Rudi Hartono", {Role.FRONT_OFFICE, Role.HANDOVER_OFFICER}),
    ("fo.maya", "Maya Sari Lubis", {Role.FRONT_OFFICE}),
    ("verif.andi", "Andi Syahputra", {Role.VERIFIER}),
)
OFFICIAL = "kadis"
FIRST_DAY = date(2016, 1, 4)
BUSY_MONTH = (2026, 10)
BUSY_FACTOR = 1.45
GROWTH = 1.12  # more files every year
BATCH = 1500  # files per worker task
_SENTINEL = 987_654_321_987_654  # stands for the event's sequence number until it is chained
#: what a returned file's applicant brings back when registering again
PERSON_FIELDS = (
    "applicant_nik",
    "applicant_kk",
    "applicant_name",
    "applicant_name_key",
    "applicant_sex",
    "applicant_birth_date",
    "applicant_phone",
    "applicant_address",
    "district_code",
    "village_code",
)

# --- names ----------------------------------------------------------------------------------------------------------

#: common given names first (most frequent first), then the rarer ones
MALE = """
Muhammad Ahmad Abdul Rizki Budi Dedi Hendra Andi Agus Joko Eko Fajar Irwan Arif Syahrul Zulkifli Yusri Rahmat
Hidayat Fauzi Hasan Ali Umar Usman Ridwan Iskandar Syamsul Syafrizal Darmawan Hamdani Ilham Imam Ismail Jamal Khairul
Lukman Mahmud Mukhlis Nasrul Nurdin Rusli Safri Samsul Sudirman Sulaiman Taufik Wahyu Yudi Yusuf Zainal Zulfahmi
Afrizal Alfian Amir Anwar Ari Asep Azhar Bambang Bayu Dani Darwis Dodi Edi Efendi Erwin Fadli Fahmi Feri Firman
Gunawan Hadi Hafiz Hamzah Hardi Haris Heri Ibrahim Idris Indra Irfan Jefri Joni Kurniawan Mahdi Marzuki Miftah
Mulyadi Musa Nanda Novri Rahman Rasyid Reza Rian Roni Rudi Saiful Salim Sandi Satria Sofyan Suhendra Sukri Teguh
Tono Wawan Wendi Yasir Yogi Yoga Zaki Zulhendri Zulkarnain Arman Asril Darlis Erianto Fikri Habibi Jasman Masril
Nofrizal Rosman Syafril Yulizar Zulfikar Afdal Basri Dasril Edwar Hasbi Jufri Khairil Mardi Nazar Refdi Sahrul
Tarmizi Yondri Zaidi Abdullah Abdurrahman Ma'ruf Mu'min Syafi'i Aidil Akbar Alwi Amri Andika Anas Ansori Ardi
Arifin Asrul Aswin Azwar Bahrum Boby Candra Chairul Dahlan Darmadi Daud Deni Desrizal Doni Effendi Elvis Emri
Erizal Fadlan Faisal Fauzan Fendi Fikriansyah Gilang Guntur Habib Hafizh Haikal Hamid Hanafi Harun Hasanuddin Helmi
Hendri Herman Husni Ikhsan Ilyas Irsyad Ivan Jaka Junaidi Kamal Khalid Kholil Lutfi Maman Mansur Marwan Masrul
Mirza Muchtar Mustafa Nasir Nasution Nizar Nopri Nurhadi Oktavian Pajri Putra Rafi Rahmadi Ramadhan Rasid Redho
Rifai Rinaldi Riyan Rizal Robi Romi Rusdi Sabar Sahril Salman Sapri Sarif Selamet Sholeh Sugianto Suhardi Sukardi
Sunardi Supriadi Suryadi Syahril Syaiful Tamrin Toni Tri Ujang Wahid Wardi Yahya Yanto Yasin Yudha Yulianto Yusran
Zaenal Zakaria Zamri Zikri Zulhelmi Zulkarnaen
"""
FEMALE = """
Siti Nur Dewi Fitri Rina Yanti Putri Wati Lestari Aisyah Rahmawati Nurhayati Sri Sari Ani Ayu Desi Dian Eka Elvi Erna
Eva Fatimah Hasanah Hayati Ida Indah Intan Juliana Kartini Khadijah Lina Lisa Maya Mega Mirna Muharni Nadia Nani Nia
Novi Nurul Rahma Ratna Rini Rita Rosmawati Santi Sarah Susanti Suryani Syafitri Tuti Ulfa Vina Wahyuni Wulan Yuli
Yusnita Zahara Zubaidah Afni Asmah Darmawati Delima Elmi Erlina Fauziah Halimah Hartati Herlina Irma Jamilah Kurnia
Laila Marlina Mariani Nelly Neni Nurmala Rosna Salmah Sumarni Syarifah Umi Yenni Yusra Zuraida Nur'aini Rohani
Salbiah Nuraini Aminah Zainab Maryam Hafsah Rukiah Jusniar Yusnimar Nurhasanah Nurjanah Mardiana Ernawati Yulianti
Novita Fitriani Rahmadani Wirda Yusmaniar Hendrawati Mu'minah Adelia Afrida Agustina Aida Alfiah Almira Amelia
Anggraini Anisa Annisa Ariani Asni Astuti Atika Aulia Azizah Bainah Cahaya Citra Dahlia Damayanti Debi Defi Deli
Dewita Diana Dina Dini Dona Efi Elda Eli Elisa Elvina Elya Emi Eni Ernita Evi Farida Febri Feni Fika Fitria Gusti
Hamidah Hanifah Harni Helmawati Hera Husna Ika Ina Indri Iis Ira Isnaini Jamila Juwita Kamsiah Khairani Kiki Lia
Lili Linda Listia Lusi Mai Marni Masyitah Melati Meli Mimi Misnawati Mutia Nabila Naimah Nawiyah Nelli Nila Nining
Nova Nuraisyah Nurlela Nursiah Oktaviani Pipit Puspita Rabiah Rahmi Raudah Rika Risna Rohana Rosita Rosmiati Ruqayah
Safitri Saidah Samsiah Sartika Selvi Sinta Sofia Sulastri Suwarni Syamsiah Tari Tina Ulya Upik Vera Wardah Widya
Yeni Yesi Yulia Yuni Yusniar Zakiah Zulaikha
"""
FAMILY = """
Saputra Hidayat Harahap Nasution Siregar Lubis Putra Syahputra Rahman Yusuf Effendi Marpaung Hasibuan Daulay Pohan
Rangkuti Batubara Tanjung Pulungan Matondang Ritonga Dalimunthe Simanjuntak Sitompul Pasaribu Panjaitan Sinaga
Situmorang Simatupang Sihombing Manurung Hutagalung Tambunan Napitupulu Pardede Siahaan Simbolon Sitorus Hutapea
Purba Saragih Damanik Ginting Sembiring Tarigan Munthe Nainggolan Silalahi Gultom Hutabarat Lumbantobing Rambe
Parinduri Chaniago Piliang Koto Sikumbang Jambak Malayu Caniago Sutan Marajo Bagindo Wibowo Santoso Prasetyo Susanto
Nugroho Setiawan Kurniawan Gunawan Hartono Suryadi Wijaya Sutrisno Purnomo Handoko Pratama Saputro Hermawan Wahyudi
Sugiarto Utomo Raharjo Hartanto Sulistyo Wardoyo Siswanto Subagyo Haryanto Putri Hamid Ibrahim Ismail Abdullah
Syahrial Zulkarnain Hasan Husin Anwar Rasyid Salim Basri Nasir Idris Daud Sulaiman Harun Yunus Zainuddin Kadir
Hutasoit Sianipar Samosir Aritonang Pane Tampubolon Sagala Naibaho Hasugian Sidabutar Regar Sormin Harianja
Lubis-Nasution Sati Mangkuto Bandaro Tumenggung Prawira Atmaja Kusuma Sasmita Permana Firmansyah Ramadhan
"""


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_ROOTS = _words(
    "Ad Af Ag Ah Al Am An Ar As Az Ba Bu Da De Di Du Ef El Em Er Fa Fe Fi Ga Gu Ha He Hi Hu Ir Is Ja Ju Ka Ku La Li "
    "Lu Ma Me Mi Mu Na Ne Ni No Nu Pa Pu Ra Re Ri Ro Ru Sa Se Si Su Sya Ta Te Ti Tu Ul Wa Wi Ya Ye Yu Za Zu Sri Tri "
    "Dwi Har Hen Jum Kus Mar Sup Sut War Yul Zul Bud Dar Des Ham Jas Kar Len Lis Mul Nov Pur Rat Ros Sam Sul Tam Wid"
)
_MIDDLES = ("", "", "", "r", "s", "n", "l", "m", "h", "ri", "na", "sa", "ma", "di", "ha", "ra", "li", "ni", "ya")
_MALE_ENDINGS = _words(
    "man di no to wan din ri yanto madi dani zal fan san lis ril nal son sman har ran zi fi yadi riadi anto "
    "mansyah syah fendi hendri zul rizal win"
)
_FEMALE_ENDINGS = _words(
    "wati yanti ni nah ti sih lina rina yani mah dah sa ra niar nita yenti warni ida ah fah ziah lia mi"
)
_FAMILY_ENDINGS = _words(
    "jaya wijaya kusuma santo prasetyo saputra putra anto ono yono harjo sasmita ningrat wibawa atmaja"
)
_CONSONANTS = set("bcdfghjklmnpqrstvwxyz")


def _plausible(word: str) -> bool:
    run = 0
    for ch in word.lower():
        run = run + 1 if ch in _CONSONANTS else 0
        if run > 2:
            return False
    return 4 <= len(word) <= 12


def _made_word(rng: random.Random, endings: tuple[str, ...]) -> str:
    while True:
        word = rng.choice(_ROOTS) + rng.choice(_MIDDLES) + rng.choice(endings)
        if _plausible(word):
            return word


class _NameList:
    """Words of one kind (male or female given names, family names) in Zipf order: real names first, then names
    made from syllables; a draw returns rank r with weight 1/(r+3)^1.07."""

    def __init__(self, real: str, endings: tuple[str, ...], made: int, rng: random.Random) -> None:
        words = list(dict.fromkeys(real.split()))
        seen = {w.upper() for w in words}
        extra: list[str] = []
        while len(extra) < made:
            word = _made_word(rng, endings)
            if word.upper() not in seen:
                seen.add(word.upper())
                extra.append(word)
        self.words = words + extra
        self.endings = endings
        total, cumulative = 0.0, []
        for rank in range(len(self.words)):
            total += 1.0 / (rank + 3) ** 1.07
            cumulative.append(total)
        self.cumulative, self.total = cumulative, total

    def draw(self, rng: random.Random) -> str:
        if rng.random() < 0.004:  # a rare name: most of these occur once in the whole database
            word = _made_word(rng, self.endings)
            return word + rng.choice(("", "i", "a")) if word[-1] not in "aeiouy" else word
        return self.words[bisect.bisect(self.cumulative, rng.random() * self.total)]


@dataclass
class _Names:
    male: _NameList
    female: _NameList
    family: _NameList

    @classmethod
    def make(cls, seed: int = 7) -> _Names:
        rng = random.Random(seed)
        return cls(
            _NameList(MALE, _MALE_ENDINGS, 2600, rng),
            _NameList(FEMALE, _FEMALE_ENDINGS, 2600, rng),
            _NameList(FAMILY, _FAMILY_ENDINGS, 1500, rng),
        )

    def full(self, rng: random.Random, female: bool) -> str:
        given = self.female if female else self.male
        pattern = rng.random()
        if pattern < 0.08:
            words = [given.draw(rng)]
        elif pattern < 0.40:
            words = [given.draw(rng), given.draw(rng)]
        elif pattern < 0.80:
            words = [given.draw(rng), self.family.draw(rng)]
        else:
            words = [given.draw(rng), given.draw(rng), self.family.draw(rng)]
        if len(words) > 1 and words[0] == words[1]:
            words.pop(1)
        return " ".join(words)[:100]


_NAMES: _Names | None = None


def _names() -> _Names:
    global _NAMES
    if _NAMES is None:
        _NAMES = _Names.make()
    return _NAMES


@functools.cache
def _name_key(name: str) -> str:
    """The name as the search index holds it: `validation.name_key` once it exists, else upper case as before
    (kept per name: the common names come back hundreds of thousands of times)."""
    make = getattr(validation, "name_key", None)
    return make(name) if make is not None else name.upper()


class _QuickRandom(random.Random):
    """`choice`, `randint` and `randrange` from one `random()` each: slightly uneven over huge ranges, which
    synthetic data does not mind, and several times faster than the exact methods over a million files."""

    def choice(self, seq: Any) -> Any:
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:  # type: ignore[override]
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))


# --- applicants -----------------------------------------------------------------------------------------------------


_EPOCH = datetime(1970, 1, 1)
_MILLISECOND = timedelta(milliseconds=1)
_VERSION_BITS = ~((0xF << 76) | (0x3 << 62))
_VERSION_7 = (0x7 << 76) | (0x2 << 62)


def _time_ordered_int(moment: datetime, rng: random.Random) -> int:
    millis = (moment - _EPOCH) // _MILLISECOND  # naive UTC, whatever the machine's time zone
    return ((millis & ((1 << 48) - 1)) << 80 | rng.getrandbits(80)) & _VERSION_BITS | _VERSION_7


def time_ordered_id(moment: datetime, rng: random.Random) -> uuid.UUID:
    """A UUIDv7 for a row made at `moment` (naive UTC), as `store.ids.new_id` makes one now, from `rng`'s bits."""
    return uuid.UUID(int=_time_ordered_int(moment, rng))


def _time_ordered_hex(moment: datetime, rng: random.Random) -> str:
    """The same id as stored (32 hex digits). The generator keeps ids as this text: they travel to the worker
    processes many times faster than `uuid.UUID` objects."""
    return f"{_time_ordered_int(moment, rng):032x}"


def _dashed(hex_id: str) -> str:
    """An id as text in record states and audit events (`str(uuid.UUID)`)."""
    return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"


def applicant(rng: random.Random, prefix: str, taken: set[str] | None = None) -> dict[str, Any]:
    """A Kampar applicant from kecamatan `prefix` (its code without dots): name, sex, NIK and KK, and the birth date
    the NIK carries (`applicant_birth_date`). With `taken`, a NIK not in it (added to it)."""
    female = rng.random() < 0.5
    name = _names().full(rng, female)
    birth = date(rng.randint(1958, 2005), rng.randint(1, 12), rng.randint(1, 28))
    while True:
        serial = rng.randint(1, 9999)
        nik = f"{prefix}{birth.day + (40 if female else 0):02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
        if taken is None or nik not in taken:
            break
    if taken is not None:
        taken.add(nik)
    issued = date(rng.randint(2008, 2015), rng.randint(1, 12), rng.randint(1, 28))
    return {
        "applicant_nik": nik,
        "applicant_kk": f"{prefix}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{rng.randint(1, 9999):04d}",
        "applicant_name": name,
        "applicant_name_key": _name_key(name),
        "applicant_sex": "P" if female else "L",
        "applicant_birth_date": birth,
    }


STREETS = (
    "Jl. Jend. Sudirman",
    "Jl. Prof. M. Yamin",
    "Jl. Tuanku Tambusai",
    "Jl. Lingkar",
    "Jl. Datuk Tabano",
    "Jl. Kartini",
    "Jl. Pahlawan",
    "Jl. Diponegoro",
    "Jl. Raya Pekanbaru-Bangkinang",
    "Jl. Lintas Riau-Sumbar",
    "Jl. Siliwangi",
    "Jl. Ahmad Yani",
    "Jl. Merdeka",
    "Jl. Pasar",
)
OPERATORS = ("11", "12", "13", "21", "22", "52", "53", "77", "78", "81", "82", "95", "96")


def _contact(rng: random.Random) -> tuple[str, str]:
    """(phone in E.164, address) of an applicant."""
    subscriber = rng.randint(10_000_000, 99_999_999) if rng.random() < 0.7 else rng.randint(1_000_000, 9_999_999)
    phone = f"+628{rng.choice(OPERATORS)}{subscriber}"
    if rng.random() < 0.6:
        address = (
            f"{rng.choice(STREETS)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 9):03d}/RW {rng.randint(1, 5):03d}"
        )
    else:
        address = f"Dusun {rng.choice(('I', 'II', 'III', 'IV'))}, RT {rng.randint(1, 6):03d}/RW {rng.randint(1, 3):03d}"
    return phone, address


# --- texts ----------------------------------------------------------------------------------------------------------

NONCOMPLIANT = (
    "Dokumen SKTM tidak sesuai ketentuan",
    "Kartu bantuan sudah tidak berlaku",
    "Surat permohonan tidak bermaterai",
    "Rekomendasi Dinas Sosial bukan atas nama pemohon",
)
NOT_FEASIBLE = "Tidak layak: pemohon tidak memenuhi kriteria penerima bantuan"
REVIEW_NOTES = ("", "", "Survei lapangan oleh dinas teknis", "Verifikasi data DTKS")
REJECT_OTHER = ("Tidak memenuhi persyaratan teknis", "Kuota bantuan tahun berjalan telah terpenuhi")
#: requirement code -> how often it is the one missing at the counter
MISSING_WEIGHTS = {"sktm": 4, "rekomendasi-dinsos": 5, "kartu-bantuan": 3, "kk": 2, "ktp": 1, "surat-permohonan": 2}
SUGGESTIONS = (
    "Ruang tunggu sudah nyaman, pertahankan.",
    "Mohon informasi persyaratan dipasang lebih jelas di loket.",
    "Petugas ramah dan cepat, terima kasih.",
    "Antrian pagi terlalu panjang, mohon tambah loket.",
    "Parkir roda dua sering penuh.",
    "Sebaiknya ada pemberitahuan lewat WhatsApp kalau surat sudah selesai.",
    "Toilet perlu lebih sering dibersihkan.",
    "Pelayanan sudah baik, semoga dipertahankan.",
    "Mohon disediakan air minum di ruang tunggu.",
    "Jam pelayanan hari Jumat mohon diumumkan di pintu masuk.",
    "Formulir pendaftaran sebaiknya bisa diunduh dari website.",
    "Kursi ruang tunggu kurang untuk lansia.",
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
    ("kotak", "Parkir penuh", "Tempat parkir roda dua penuh sehingga pemohon parkir di bahu jalan."),
    ("telepon", "Telepon kantor tidak diangkat", "Nomor telepon kantor tidak diangkat pada jam kerja."),
    ("langsung", "Antrian tidak tertib", "Ada pemohon yang mendahului antrian tanpa nomor."),
    ("lapor", "Dugaan pungutan", "Pelapor menyampaikan ada yang meminta uang untuk mempercepat berkas."),
)
RESPONSES = (
    "Terima kasih, pengaduan Saudara sudah kami tindak lanjuti.",
    "Mohon maaf atas ketidaknyamanan; petugas terkait sudah kami minta memperbaiki.",
    "Berkas Saudara sudah selesai dan dapat diambil di loket penyerahan.",
)
FOLLOW_UPS = ("Perbaikan sudah dilakukan.", "Sudah disampaikan kepada pimpinan.", "Sudah dikonfirmasi kepada pelapor.")
SUGGESTION_FOLLOW_UPS = (
    "Sudah disampaikan dalam rapat evaluasi pelayanan.",
    "Sudah ditindaklanjuti oleh bagian umum.",
    "Dicatat untuk perbaikan sarana tahun depan.",
)
EDUCATION = (("SD", 10), ("SMP", 15), ("SMA", 40), ("D1-D3-D4", 10), ("S1", 20), ("S2", 4), ("S3", 1))
OCCUPATION = (("Wirausaha", 30), ("Swasta", 25), ("Lainnya", 25), ("PNS", 12), ("TNI", 3), ("POLRI", 3))
DISABILITIES = ("Tuna daksa", "Tuna netra", "Tuna rungu")
EDUCATION_LEVELS = tuple(level for level, _ in EDUCATION)
EDUCATION_CUMULATIVE = tuple(itertools.accumulate(weight for _, weight in EDUCATION))
OCCUPATIONS = tuple(occupation for occupation, _ in OCCUPATION)
OCCUPATION_CUMULATIVE = tuple(itertools.accumulate(weight for _, weight in OCCUPATION))

# --- the shape of ten years -----------------------------------------------------------------------------------------

SEASON = (0.9, 1.0, 1.0, 1.0, 0.95, 1.05, 1.25, 1.2, 1.05, 1.0, 1.0, 0.8)  # school year starts in July
WEEKDAY = (1.25, 1.05, 1.0, 1.0, 0.75)  # Monday queues, Friday prayers
COVID = {(2020, 4): 0.35, (2020, 5): 0.3, (2020, 6): 0.5, (2020, 7): 0.7, (2021, 7): 0.6}
#: local hour -> weight, 08:00 to 15:30 (the half hour after 15:00 only); Friday closes for prayers at midday
HOURS = (8, 9, 10, 11, 12, 13, 14, 15)
HOUR_WEIGHTS = (0.9, 1.4, 1.5, 1.2, 0.5, 0.9, 0.9, 0.35)
FRIDAY_WEIGHTS = (1.0, 1.5, 1.5, 0.6, 0.05, 0.5, 0.9, 0.35)
HOUR_CUMULATIVE = tuple(itertools.accumulate(HOUR_WEIGHTS))
FRIDAY_CUMULATIVE = tuple(itertools.accumulate(FRIDAY_WEIGHTS))


def _office_moment(rng: random.Random, day: date, offset: timedelta) -> datetime:
    """A moment of `day` in office hours (naive UTC), busier mid-morning."""
    hour = rng.choices(HOURS, cum_weights=FRIDAY_CUMULATIVE if day.weekday() == 4 else HOUR_CUMULATIVE)[0]
    minute = rng.randrange(30 if hour == 15 else 60)
    local = datetime.combine(day, clock_time(hour, minute, rng.randrange(60), rng.randrange(1_000_000)))
    return local - offset


def _day_weight(rng: random.Random, day: date, busy: tuple[int, int] | None) -> float:
    weight = GROWTH ** (day.year - FIRST_DAY.year + (day.month - 1) / 12) * SEASON[day.month - 1]
    weight *= WEEKDAY[day.weekday()] * COVID.get((day.year, day.month), 1.0) * rng.uniform(0.8, 1.2)
    return weight * (BUSY_FACTOR if (day.year, day.month) == busy else 1.0)


def _slots(
    rng: random.Random,
    days: list[date],
    count: int,
    offset: timedelta,
    low: datetime,
    high: datetime,
    busy: tuple[int, int] | None,
    complaint_rate: float,
) -> Iterator[tuple[datetime, bool]]:
    """(moment, is a file) in time order: `count` registrations over the working `days` and the complaints that
    arrive about nothing in particular (`False`), all within [low, high)."""
    weights = [_day_weight(rng, day, busy) for day in days]
    total, running, given = sum(weights), 0.0, 0
    last = high - timedelta(microseconds=1)
    for day, weight in zip(days, weights, strict=True):
        running += weight
        files = round(count * running / total) - given
        given += files
        moments = [(min(max(_office_moment(rng, day, offset), low), last), True) for _ in range(files)]
        arriving = sum(1 for _ in range(files) if rng.random() < complaint_rate)
        moments += [(min(max(_office_moment(rng, day, offset), low), last), False) for _ in range(arriving)]
        moments.sort()
        yield from moments


class _Days:
    """Working days of the office calendar, for stepping a file forward by working days in office hours."""

    def __init__(self, desk: Desk, first: date, last: date) -> None:
        calendar = desk.calendar()
        day, self.days = first, []
        while day <= last:
            if calendar.is_working_day(day):
                self.days.append(day)
            day += timedelta(days=1)
        self.index = {day: i for i, day in enumerate(self.days)}
        self.offset = timedelta(hours=desk.office().utc_offset_hours)

    def position(self, day: date) -> int:
        found = self.index.get(day)
        return found if found is not None else bisect.bisect(self.days, day)

    def after(self, day: date, count: int) -> date:
        """The `count`-th working day after `day` (as `WorkingCalendar.add_working_days` from a working day)."""
        at = min(self.position(day) + count, len(self.days) - 1)
        return self.days[at]

    def later(self, rng: random.Random, moment: datetime, days: int, minutes: tuple[int, int] = (5, 120)) -> datetime:
        """A moment `days` working days after `moment` in office hours; on the same day, some minutes later."""
        local = moment + self.offset
        if days <= 0:
            candidate = local + timedelta(minutes=rng.randint(*minutes), seconds=rng.random() * 60)
            if candidate.time() <= clock_time(15, 30) and candidate.date() == local.date():
                return candidate - self.offset
            days = 1
        day = self.after(local.date(), days)
        start = datetime.combine(day, clock_time(8, 0))
        return start + timedelta(seconds=rng.uniform(0, 7.5 * 3600)) - self.offset

    def local_date(self, moment: datetime) -> date:
        return (moment + self.offset).date()


@dataclass
class _Crew:
    """Who did what in a given year (accounts are never deleted; people move desks)."""

    front: tuple[str, ...]
    verifier: tuple[str, ...]
    handover: tuple[str, ...]
    heads: tuple[str, ...] = (OFFICIAL, "admin")

    @classmethod
    def of(cls, year: int) -> _Crew:
        front = ("fo.siti", "fo.dedi") if year < 2020 else ("fo.siti", "fo.dedi", "fo.rudi")
        if year >= 2023:
            front = ("fo.dedi", "fo.rudi", "fo.maya")
        verifier = ("verif.rina",) if year < 2021 else ("verif.rina", "verif.andi")
        handover = ("serah.yusuf", "fo.dedi") if year < 2020 else ("serah.yusuf", "fo.dedi", "fo.rudi")
        return cls(front, verifier, handover)


# --- rows -----------------------------------------------------------------------------------------------------------


def _converter(model_field: Any) -> Callable[[Any], Any] | None:
    """How a value is stored: times as `2026-10-01 02:03:04.000005`, dates in ISO (as peewee stores them)."""
    if isinstance(model_field, UUIDField | ForeignKeyField):
        return None  # the generator's ids are stored text already (32 hex digits)
    if isinstance(model_field, DateTimeField):
        return str
    if isinstance(model_field, DateField):
        return date.isoformat
    return None


class _Table:
    """One table's prepared INSERT over all its columns; a row is given as field name -> Python value (as a
    `.dicts()` query reads it), a missing field takes its default."""

    def __init__(self, model: type[Model]) -> None:
        fields = model._meta.sorted_fields  # type: ignore[attr-defined]
        self.model = model
        self.defaults = {f.name: None if callable(f.default) else f.default for f in fields}
        self.values = operator.itemgetter(*(f.name for f in fields))
        self.converted = [(i, convert) for i, f in enumerate(fields) if (convert := _converter(f)) is not None]
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        marks = ", ".join("?" * len(fields))
        self.sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'  # type: ignore[attr-defined]

    def row(self, values: dict[str, Any]) -> tuple[Any, ...]:
        out = list(self.values({**self.defaults, **values}))
        for i, convert in self.converted:
            if out[i] is not None:
                out[i] = convert(out[i])
        return tuple(out)


NAME_TOKEN = getattr(models, "NameToken", None)
HAS_ARRIVAL = "arrival_order" in Application._meta.fields  # type: ignore[attr-defined]
_name_tokens = getattr(validation, "name_tokens", None)
TABLES: dict[str, _Table] = {}


def _tables() -> dict[str, _Table]:
    if not TABLES:
        for model in (Application, ChecklistItem, Letter, SurveyResponse, Suggestion, Complaint):
            TABLES[model._meta.table_name] = _Table(model)  # type: ignore[attr-defined]
        if NAME_TOKEN is not None:
            TABLES["name_token"] = _Table(NAME_TOKEN)
    return TABLES


EVENT_COLUMNS = (
    "id, version, updated_at, sequence, at, actor, application_id, action, from_status, to_status, details, "
    "state_hash, previous_hash, hash"
)
EVENT_SQL = f'INSERT INTO "{AuditEvent._meta.table_name}" ({EVENT_COLUMNS}) VALUES ({", ".join("?" * 14)})'  # type: ignore[attr-defined]
_PART = {
    "checklist": "checklist_item",
    "letters": "letter",
    "survey_responses": "survey_response",
    "suggestions": "suggestion",
    "complaints": "complaint",
}


class _Step(NamedTuple):
    """An audit event to write: when, who, what; `letter` names the file's letter whose number and hash its
    details carry (`issue` for an issuing event, `cover` for the verification that issued a surat pengantar)."""

    at: datetime
    actor: str
    action: str
    source: str
    target: str
    details: dict[str, Any]
    on_file: bool = True  # the event names the file (`application`); complaint handling names only the complaint
    letter: tuple[int, str] | None = None


@dataclass
class _File:
    """One file as generated: its row and related rows (field name -> value), its events, and how many of its
    numbers (letters, complaints: given in time order) are still to come."""

    index: int
    moment: datetime
    app: dict[str, Any]
    children: dict[str, list[dict[str, Any]]]
    steps: list[_Step]
    letters: list[dict[str, Any]] = field(default_factory=list)
    waiting: int = 0
    absent: tuple[str, ...] = ()  # the requirements not brought (its checklist is written by the worker)


@dataclass
class _Lone:
    """A complaint about no file: its row (numbered when received) and its events."""

    index: int
    row: dict[str, Any]
    steps: list[_Step]


@dataclass
class _Made:
    """What a worker made of a batch: rows per table, and events with their hashed text around the sequence."""

    rows: dict[str, list[tuple[Any, ...]]]
    events: list[tuple[datetime, int, str, str, tuple[Any, ...]]]
    files: int


_SHARED: dict[str, Any] = {}


def _stand_in_pdf() -> bytes:
    """The small PDF whose hash (with the letter's number) stands for a bulk letter's archived PDF (not kept)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setFont("Helvetica", 12)
    page.drawString(72, 770, "SURAT (dibuat oleh benchmarks/build_million.py; PDF arsip tidak disimpan)")
    page.showPage()
    page.save()
    return buffer.getvalue()


_quoted = json.JSONEncoder(ensure_ascii=False).encode  # a JSON string exactly as canonical_json writes it
_SHORTCUT: list[bool] = []  # whether the texts written by hand equal `services.audit`'s (checked on first use)


def _texts_by_hand(
    at: datetime, actor: str, app_id: str, action: str, source: str, target: str, details_text: str, state_text: str
) -> tuple[str, str]:
    """The hashed text of an event around its sequence, written key by key in canonical (sorted) order."""
    before = (
        f'{{"action":{_quoted(action)},"actor":{_quoted(actor)},"application":{_quoted(app_id)},'
        f'"at":"{at.isoformat(timespec="microseconds")}","details":{details_text},"from":{_quoted(source)},"sequence":'
    )
    return before, f',"state":{state_text},"to":{_quoted(target)}}}'


def event_texts(
    at: datetime, actor: str, app_id: str, action: str, source: str, target: str, details: dict, state_text: str
) -> tuple[str, str, str]:
    """(details text, hashed text before the sequence, after it) of an event recording the states `state_text`
    (canonical JSON), as `append_event` hashes it: the chained text is `before + str(sequence) + after`."""
    details_text = canonical_json(details)
    if _SHORTCUT == [True]:
        return details_text, *_texts_by_hand(at, actor, app_id, action, source, target, details_text, state_text)
    states = json.loads(state_text)
    text = canonical_json(_payload(_SENTINEL, at, actor, app_id, action, source, target, details, states))
    before, after = text.split(f'"sequence":{_SENTINEL},')
    before, after = before + '"sequence":', "," + after
    if not _SHORTCUT:  # the payload's layout is `services.audit`'s: use the shortcut only while it agrees
        _SHORTCUT.append(
            (before, after) == _texts_by_hand(at, actor, app_id, action, source, target, details_text, state_text)
        )
    return details_text, before, after


def _events_of(
    steps: list[_Step], order: int, app_hex: str | None, state_text: str, rng: random.Random
) -> list[tuple[datetime, int, str, str, tuple[Any, ...]]]:
    """The chain's entries for a record's events: (at, tie-break, text before the sequence, after it, columns)."""
    events = []
    app_text = _dashed(app_hex) if app_hex is not None else ""
    for n, step in enumerate(steps):
        on_file = app_text if step.on_file else ""
        details_text, before, after = event_texts(
            step.at, step.actor, on_file, step.action, step.source, step.target, step.details, state_text
        )
        columns = (
            _time_ordered_hex(step.at, rng),
            str(step.at),
            step.actor,
            app_hex if step.on_file else None,
            step.action,
            step.source,
            step.target,
            details_text,
            state_text,
        )
        events.append((step.at, order * 64 + n, before, after, columns))
    return events


_NOTHING = object()
_PLAIN: dict[type, Callable[[Any], Any]] = {
    datetime: lambda value: value.isoformat(timespec="microseconds"),
    date: date.isoformat,
}
_Rules = tuple[frozenset[str], dict[str, Any], frozenset[str]]


def _is_id(model_field: Any) -> bool:
    return isinstance(model_field, UUIDField | ForeignKeyField)


class _FastStates:
    """The state hash `record_states.new_application_states` gives a new file, from the same fields and rules (a
    value equal to its column's default left out, times in ISO, ids as text) but one pass over the values in hand
    instead of a call per column: a third of the builder's time otherwise. Each batch checks a few files against
    `record_states` itself; on any difference the rest of the build uses `record_states`."""

    def __init__(self) -> None:
        kinds = record_states.CHILD_KINDS
        self.app = self._rules(record_states._APP_FIELDS)
        self.parts = [(part, kinds[part], self._rules(fields)) for part, _model, fields in record_states._CHILDREN]
        self.agrees = True

    @staticmethod
    def _rules(fields: list[Any]) -> _Rules:
        defaults = {f.name: f.default for f in fields if f.default is not None and not callable(f.default)}
        return frozenset(f.name for f in fields), defaults, frozenset(f.name for f in fields if _is_id(f))

    @staticmethod
    def _row(values: dict[str, Any], rules: _Rules) -> dict[str, Any]:
        names, defaults, ids = rules
        row = {}
        for name, value in values.items():
            if value is None or name not in names:
                continue
            default = defaults.get(name, _NOTHING)
            if type(value) is type(default) and value == default:
                continue
            if name in ids:
                row[name] = _dashed(value)
                continue
            make_plain = _PLAIN.get(type(value))
            row[name] = value if make_plain is None else make_plain(value)
        return row

    def state(self, file: _File) -> str:
        state: dict[str, Any] = {"application": self._row(file.app, self.app)}
        for part, kind, rules in self.parts:
            rows = sorted((self._row(values, rules) for values in file.children.get(kind, ())), key=lambda r: r["id"])
            if part == "survey" and rows:
                state[part] = rows[0] if len(rows) == 1 else rows
            elif rows:
                state[part] = rows
        return state_hash(state)


_FAST: list[_FastStates] = []
_ID_FIELDS: dict[type[Model], frozenset[str]] = {
    model: frozenset(f.name for f in model._meta.sorted_fields if _is_id(f))  # type: ignore[attr-defined]
    for model in (Application, ChecklistItem, Letter, SurveyResponse, Suggestion, Complaint)
}
_KIND_MODELS: dict[str, type[Model]] = {
    "checklist": ChecklistItem,
    "letters": Letter,
    "survey_responses": SurveyResponse,
    "suggestions": Suggestion,
    "complaints": Complaint,
}


def _as_read(values: dict[str, Any], model: type[Model]) -> dict[str, Any]:
    """A row as a `.dicts()` query reads it back: ids as `uuid.UUID`."""
    ids = _ID_FIELDS[model]
    return {name: uuid.UUID(value) if name in ids and value is not None else value for name, value in values.items()}


def _by_record_states(files: list[_File]) -> dict[str, str]:
    children: dict[str, list[dict[str, Any]]] = {}
    for file in files:
        for kind, rows in file.children.items():
            children.setdefault(kind, []).extend(_as_read(row, _KIND_MODELS[kind]) for row in rows)
    return record_states.new_application_states([_as_read(file.app, Application) for file in files], children)


def _file_states(files: list[_File]) -> dict[str, str]:
    """record key -> state hash of each file, each with all its related rows (new files: nothing stored yet)."""
    if not _FAST:
        _FAST.append(_FastStates())
    fast = _FAST[0]
    if fast.agrees:  # the batch's first file, and its first with a complaint and with a suggestion
        samples = [files[0]]
        samples += [next((f for f in files if kind in f.children), files[0]) for kind in ("complaints", "suggestions")]
        for sample in samples:
            expected = _by_record_states([sample])
            fast.agrees = fast.agrees and expected == {_file_key(sample): fast.state(sample)}
        if not fast.agrees:
            print("note: record states changed; the build goes on with record_states (slower)", flush=True)
    if not fast.agrees:
        return _by_record_states(files)
    return {_file_key(file): fast.state(file) for file in files}


def _file_key(file: _File) -> str:
    return f"{record_states.APPLICATION}:{_dashed(file.app['id'])}"


def _checklist(
    app_id: str, moment: datetime, absent: tuple[str, ...], requirements: list[Any], rng: random.Random
) -> list[dict[str, Any]]:
    """A file's checklist as intake writes it: every requirement of the service, brought or not."""
    items = []
    for position, requirement in enumerate(requirements, start=1):
        brought = requirement.code not in absent
        note = "" if brought and rng.random() < 0.97 else "fotokopi dilegalisir" if brought else "tidak dibawa"
        items.append(
            {
                "id": _time_ordered_hex(moment, rng),
                "version": 1,
                "updated_at": moment,
                "application": app_id,
                "position": position,
                "requirement_code": requirement.code,
                "requirement_text": requirement.text,
                "received": brought,
                "note": note,
            }
        )
    return items


def _materialize(items: list[_File | _Lone]) -> _Made:
    """Seal the letters, fill the details that name them, hash each record's final state and write its rows."""
    desk: Desk = _SHARED["desk"]
    stand_in: bytes = _SHARED["stand_in"]
    tables = _tables()
    files = [item for item in items if isinstance(item, _File)]
    made = _Made({name: [] for name in tables}, [], len(files))
    rng = random.Random(items[0].index)  # the events' ids
    for lone in items:
        if isinstance(lone, _Lone):
            made.rows["complaint"].append(tables["complaint"].row(lone.row))
            state = state_hash(record_states._row(_as_read(lone.row, Complaint), record_states._COMPLAINT_FIELDS))
            state_text = canonical_json({f"{record_states.COMPLAINT}:{_dashed(lone.row['id'])}": state})
            made.events += _events_of(lone.steps, lone.index, None, state_text, rng)
    requirements = _SHARED["requirements"]
    for file in files:
        app = file.app
        file.children["checklist"] = _checklist(app["id"], file.moment, file.absent, requirements, rng)
        sealed = cast(
            Application,
            SimpleNamespace(
                number=app["number"],
                service_code=app["service_code"],
                applicant_name=app["applicant_name"],
                applicant_nik=app["applicant_nik"],
                decision_reason=app.get("decision_reason", ""),
            ),
        )
        for letter in file.letters:
            stem = f"{letter['year']}/{letter_file_stem(letter['number'])}"
            letter["file_name"], letter["unsigned_file_name"] = f"{stem}.pdf", f"{stem}-belum-ttd.pdf"
            letter["payload"], letter["digest"] = seal(
                desk, sealed, LetterKind(letter["kind"]), letter["number"], letter["issued_on"]
            )
            letter["sha256"] = hashlib.sha256(stand_in + f"%{letter['number']}\n".encode()).hexdigest()
            letter["unsigned_sha256"] = hashlib.sha256(stand_in + f"%{letter['number']} belum\n".encode()).hexdigest()
        for step in file.steps:
            if step.letter is not None:
                letter = file.letters[step.letter[0]]
                if step.letter[1] == "cover":
                    step.details["cover_letter"] = {"number": letter["number"], "sha256": letter["sha256"]}
                else:
                    step.details.update(letter=letter["number"], kind=letter["kind"], sha256=letter["sha256"])
    states = _file_states(files) if files else {}
    for file in files:
        app = file.app
        key = _file_key(file)
        state = {key: states[key]}
        app_hex = app["id"]
        made.rows["application"].append(tables["application"].row(app))
        for kind, rows in file.children.items():
            table = tables[_PART[kind]]
            made.rows[table.model._meta.table_name] += [table.row(row) for row in rows]  # type: ignore[attr-defined]
        if _name_tokens is not None and "name_token" in tables:
            made.rows["name_token"] += [(token, app_hex) for token in sorted(_name_tokens(app["applicant_name"]))]
        made.events += _events_of(file.steps, file.index, app["id"], canonical_json(state), rng)
    return made


# --- the generator --------------------------------------------------------------------------------------------------


@dataclass
class _Numbered:
    """A number given in time order once every earlier moment is generated: a letter or a complaint."""

    at: datetime
    order: int
    kind: str  # "letter" | "complaint"
    row: dict[str, Any]
    owner: _File | None
    details: list[dict[str, Any]] = field(default_factory=list)  # event details naming a complaint's number

    def __lt__(self, other: _Numbered) -> bool:
        return (self.at, self.order) < (other.at, other.order)


class _S:
    """The statuses as plain text (an enum member's `.value` is a descriptor call, a million times over)."""

    RETURNED = Status.RETURNED.value
    RECEIVED = Status.RECEIVED.value
    IN_TECHNICAL_REVIEW = Status.IN_TECHNICAL_REVIEW.value
    AWAITING_DECISION = Status.AWAITING_DECISION.value
    APPROVED = Status.APPROVED.value
    REJECTED = Status.REJECTED.value
    ISSUED = Status.ISSUED.value
    SURVEYED = Status.SURVEYED.value
    HANDED_OVER = Status.HANDED_OVER.value


class _A:
    """The workflow actions as plain text, likewise."""

    REGISTER = Action.REGISTER.value
    RETURN = Action.RETURN.value
    VERIFY = Action.VERIFY.value
    RECORD_TECHNICAL_REVIEW = Action.RECORD_TECHNICAL_REVIEW.value
    APPROVE = Action.APPROVE.value
    REJECT = Action.REJECT.value
    ISSUE_LETTER = Action.ISSUE_LETTER.value
    RECORD_SURVEY = Action.RECORD_SURVEY.value
    HAND_OVER = Action.HAND_OVER.value


class _Generator:
    """Makes the files in order of registration, numbering letters and complaints in time order."""

    def __init__(self, desk: Desk, days: _Days, cutoff: datetime, seed: int) -> None:
        self.desk, self.days, self.cutoff = desk, days, cutoff
        self.rng = _QuickRandom(seed)
        self.people = {row.username: row.id.hex for row in Staff.select(Staff.username, Staff.id)}
        self.standard = desk.catalog[next(iter(desk.catalog))]
        self.requirements = list(self.standard.requirements)
        self.missing_weights = [MISSING_WEIGHTS.get(r.code, 1) for r in self.requirements]
        self.office_code = desk.office().code
        self.template = number_template()
        self.signer = keys.signing_identity(desk).description
        districts = desk.regions.districts
        self.villages = [(d.code, v.code) for d in districts for v in d.villages]
        # the office is in Bangkinang: its own kecamatan and the nearby ones send more applicants
        near = {"14.01.01": 6.0, "14.01.02": 1.5, "14.01.05": 1.5, "14.01.11": 1.3}
        self.village_weights = list(itertools.accumulate(near.get(d.code, 1.0) for d in districts for _ in d.villages))
        self.serial: dict[tuple[str, int], int] = {(c.series, c.year): c.last for c in Counter.select()}
        self.arrival = Application.select().count()
        self.taken: set[str] = set()
        self.numbering: list[_Numbered] = []
        self.comebacks: list[tuple[datetime, int, dict[str, Any]]] = []
        self.index = 0
        self.crews = {year: _Crew.of(year) for year in range(2000, 2100)}

    # numbers ---------------------------------------------------------------------------------------------------------

    def take(self, series: str, year: int) -> int:
        self.serial[(series, year)] = self.serial.get((series, year), 0) + 1
        return self.serial[(series, year)]

    def number_until(self, moment: datetime) -> list[_File]:
        """Give their numbers to the letters and complaints made before `moment`; the files now complete."""
        complete = []
        while self.numbering and self.numbering[0].at < moment:
            item = heapq.heappop(self.numbering)
            self._number(item)
            if item.owner is not None:
                item.owner.waiting -= 1
                if item.owner.waiting == 0:
                    complete.append(item.owner)
        return complete

    def _number(self, item: _Numbered) -> None:
        row = item.row
        if item.kind == "complaint":
            year = self.days.local_date(item.at).year
            row["number"] = f"ADU-{year}-{self.take('complaint', year):04d}"
            for details in item.details:
                details["complaint"] = row["number"]
            return
        issued_on = row["issued_on"]
        kind = LetterKind(row["kind"])
        sequence = self.take(letter_series(kind.value), issued_on.year)
        number = format_letter_number(self.template, self.standard.letter_classification, sequence, kind, issued_on)
        row.update(number=number, year=issued_on.year, sequence=sequence)

    def _queue(self, item: _Numbered) -> None:
        heapq.heappush(self.numbering, item)
        if item.owner is not None:
            item.owner.waiting += 1

    # files -----------------------------------------------------------------------------------------------------------

    def new_file(self, moment: datetime) -> _File:
        rng = self.rng
        crew = self.crews[moment.year]
        previous = None
        if self.comebacks and self.comebacks[0][0] <= moment:
            _ready, _index, previous = heapq.heappop(self.comebacks)
            person = {name: previous[name] for name in PERSON_FIELDS}
        else:
            district, village = rng.choices(self.villages, cum_weights=self.village_weights)[0]
            person = applicant(rng, district.replace(".", ""), self.taken)
            person["applicant_phone"], person["applicant_address"] = _contact(rng)
            person.update(district_code=district, village_code=village)
        local_day = self.days.local_date(moment)
        year = local_day.year
        returned = previous is None and rng.random() < 0.09
        app_id = _time_ordered_hex(moment, rng)
        front = rng.choice(crew.front)
        app: dict[str, Any] = {
            "id": app_id,
            "version": 1,
            "updated_at": moment,
            "service_code": self.standard.code,
            "status": (Status.RETURNED if returned else Status.RECEIVED).value,
            **person,
            "registered_at": moment,
            "registered_by": self.people[front],
            "fee_rupiah": self.standard.fee_rupiah,
        }
        self.arrival += 1
        if HAS_ARRIVAL:
            app["arrival_order"] = self.arrival
        details: dict[str, Any] = {"service": self.standard.code}
        if returned:
            app["number"] = return_number(self.office_code, year, self.take(RETURN_SERIES, year))
            absent = {
                rng.choices(self.requirements, self.missing_weights)[0].code for _ in range(rng.choice((1, 1, 2)))
            }
            details["missing"] = [r.code for r in self.requirements if r.code in absent]
        else:
            app["number"] = registration_number(self.office_code, year, self.take(REGISTRATION_SERIES, year))
            absent = set()
            app["received_on"] = local_day
            app["due_on"] = self.days.after(local_day, self.standard.time_limit_working_days)
        details["number"] = app["number"]
        if previous is not None:
            app["previous"] = previous["id"]
            details["previous"] = _dashed(previous["id"])
        action = _A.RETURN if returned else _A.REGISTER
        file = _File(self.index, moment, app, {}, [], absent=tuple(sorted(absent)))
        self.index += 1
        file.steps.append(_Step(moment, front, action, "", app["status"], details))
        if returned:
            if rng.random() < 0.55:  # the applicant comes back with what was missing
                ready = self.days.later(rng, moment, rng.randint(1, 15))
                heapq.heappush(self.comebacks, (ready, file.index, app))
        else:
            self._journey(file, crew)
        return file

    def lone_complaint(self, moment: datetime) -> _Lone:
        row, steps = self._complaint(moment, None)
        self.index += 1
        return _Lone(self.index - 1, row, steps)

    def _step(
        self,
        file: _File,
        at: datetime,
        actor: str,
        action: str,
        source: str,
        target: str,
        details: dict[str, Any],
        letter: tuple[int, str] | None = None,
    ) -> None:
        file.steps.append(_Step(at, actor, action, source, target, details, True, letter))
        app = file.app
        if target != source:  # a workflow step saves the file; follow-ups of its suggestion or complaint do not
            app["status"], app["version"], app["updated_at"] = target, app["version"] + 1, at

    def _letter(self, file: _File, kind: LetterKind, at: datetime, by: str) -> int:
        issued_on = self.days.local_date(at)
        row = {
            "id": _time_ordered_hex(at, self.rng),
            "version": 1,
            "updated_at": at,
            "application": file.app["id"],
            "kind": kind.value,
            "issued_at": at,
            "issued_on": issued_on,
            "issued_by": self.people[by],
            "signature": LOCAL_SIGNATURE,
            "signer": self.signer,
        }
        file.letters.append(row)
        file.children.setdefault("letters", []).append(row)
        self._queue(_Numbered(at, file.index, "letter", row, file))
        return len(file.letters) - 1

    def _journey(self, file: _File, crew: _Crew) -> None:
        """The steps after registration, each one taken only before the cutoff."""
        rng, days, app = self.rng, self.days, file.app
        slow = rng.uniform(1.8, 3.5) if rng.random() < 0.1 else 1.0
        stall = rng.choice(("verify", "review", "decide", "issue")) if rng.random() < 0.00006 else ""

        def wait(choices: tuple[int, ...]) -> int:
            return round(rng.choice(choices) * slow)

        def due(at: datetime, stage: str) -> bool:
            return at < self.cutoff and stage != stall

        status = _S.RECEIVED
        verifier = rng.choice(crew.verifier)
        verified = days.later(rng, file.moment, wait((0, 0, 0, 0, 0, 0, 0, 0, 1, 2)))
        if not due(verified, "verify"):
            return
        compliant = rng.random() > 0.03
        review = compliant and rng.random() < 0.08
        target = _S.IN_TECHNICAL_REVIEW if review else _S.AWAITING_DECISION
        note = "" if compliant else rng.choice(NONCOMPLIANT)
        app.update(verified_at=verified, verified_by=self.people[verifier], verification_note=note)
        app["technical_review_needed"] = review
        details: dict[str, Any] = {"compliant": compliant, "note": note, "technical_review": review}
        cover = (self._letter(file, LetterKind.COVER, verified, verifier), "cover") if review else None
        self._step(file, verified, verifier, _A.VERIFY, status, target, details, cover)
        status, last = target, verified
        feasible = True
        if review:
            reviewed = days.later(rng, last, wait((1, 1, 2, 2, 3, 4)))
            if not due(reviewed, "review"):
                return
            feasible = rng.random() > 0.08
            result = "Layak direkomendasikan" if feasible else NOT_FEASIBLE
            review_note = rng.choice(REVIEW_NOTES)
            reviewed_on = days.local_date(reviewed)
            app["technical_review_result"] = result if not review_note else f"{result} — {review_note}"
            app["technical_review_on"] = reviewed_on
            details = {"result": result, "reviewed_on": reviewed_on.isoformat(), "note": review_note}
            self._step(
                file,
                reviewed,
                verifier,
                _A.RECORD_TECHNICAL_REVIEW,
                status,
                _S.AWAITING_DECISION,
                details,
            )
            status, last = _S.AWAITING_DECISION, reviewed
        decided = days.later(rng, last, wait((0, 0, 0, 0, 0, 0, 0, 1, 1, 2)))
        if not due(decided, "decide"):
            return
        app.update(decided_at=decided, decided_by=self.people[OFFICIAL])
        if not compliant or not feasible or rng.random() < 0.012:
            reason = note or (NOT_FEASIBLE if not feasible else rng.choice(REJECT_OTHER))
            app["decision_reason"] = reason
            self._step(
                file,
                decided,
                OFFICIAL,
                _A.REJECT,
                status,
                _S.REJECTED,
                {"decision": "rejected", "reason": reason},
            )
            if rng.random() < 0.92:
                written = days.later(rng, decided, rng.choice((0, 0, 1)))
                if due(written, "issue"):
                    letter = self._letter(file, LetterKind.REJECTION, written, OFFICIAL)
                    file.steps.append(
                        _Step(
                            written,
                            OFFICIAL,
                            "issue_rejection_letter",
                            _S.REJECTED,
                            _S.REJECTED,
                            {},
                            True,
                            (letter, "issue"),
                        )
                    )
            return
        self._step(file, decided, OFFICIAL, _A.APPROVE, status, _S.APPROVED, {"decision": "approved", "note": ""})
        issued = days.later(rng, decided, rng.choice((0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))
        if not due(issued, "issue"):
            return
        app.update(issued_at=issued, issued_on=days.local_date(issued))
        letter = self._letter(file, LetterKind.RECOMMENDATION, issued, OFFICIAL)
        self._step(
            file,
            issued,
            OFFICIAL,
            _A.ISSUE_LETTER,
            _S.APPROVED,
            _S.ISSUED,
            {},
            (letter, "issue"),
        )
        if rng.random() < 0.003:  # never collected
            return
        came = days.later(rng, issued, min(25, 1 + int(rng.expovariate(0.45) * slow)))
        if came >= self.cutoff:
            return
        self._survey_and_handover(file, crew, came)

    def _survey_and_handover(self, file: _File, crew: _Crew, came: datetime) -> None:
        rng, app = self.rng, file.app
        officer = rng.choice(crew.handover)
        if rng.random() < 0.85:
            source = "kiosk" if rng.random() < 0.7 else "paper"
            self._survey(file, officer, came, source)
            details: dict[str, Any] = {"outcome": "filled", "source": source}
            app["survey_outcome"] = "filled"
        else:
            details = {"outcome": "declined"}
            app["survey_outcome"] = "declined"
        app["survey_recorded_at"] = came
        self._step(file, came, officer, _A.RECORD_SURVEY, _S.ISSUED, _S.SURVEYED, details)
        handed = came + timedelta(minutes=rng.uniform(2, 9))
        if handed >= self.cutoff:
            return
        receiver = app["applicant_name"]
        if rng.random() < 0.12:  # a relative collects it
            receiver = _names().full(rng, rng.random() < 0.5)
        app.update(handed_over_at=handed, handed_over_by=self.people[officer], handed_over_to=receiver)
        self._step(
            file,
            handed,
            officer,
            _A.HAND_OVER,
            _S.SURVEYED,
            _S.HANDED_OVER,
            {"received_by": receiver},
        )
        if rng.random() < 0.0015:
            received = self.days.later(rng, handed, rng.randint(1, 30))
            if received < self.cutoff:
                self._complaint(received, file)

    def _survey(self, file: _File, officer: str, at: datetime, source: str) -> None:
        rng, app = self.rng, file.app
        mood = rng.choice((4, 4, 3, 3, 3, 3, 2))
        values: list[int | None] = [max(1, min(4, mood + rng.choice((0, 0, 0, 1, -1)))) for _ in range(9)]
        if source == "paper" and rng.random() < 0.04:
            values[rng.randrange(9)] = None
        birth = app["applicant_birth_date"]
        on = self.days.local_date(at)
        age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
        suggestion = rng.choice(SUGGESTIONS) if rng.random() < 0.12 else ""
        response = {
            "id": _time_ordered_hex(at, rng),
            "version": 1,
            "updated_at": at,
            "application": app["id"],
            "source": source,
            "submitted_at": at,
            "entered_by": self.people[officer],
            "age": age if rng.random() < 0.9 and 15 <= age <= 100 else None,
            "sex": app["applicant_sex"] if rng.random() < 0.97 else "",
            "education": rng.choices(EDUCATION_LEVELS, cum_weights=EDUCATION_CUMULATIVE)[0]
            if rng.random() < 0.97
            else "",
            "occupation": rng.choices(OCCUPATIONS, cum_weights=OCCUPATION_CUMULATIVE)[0] if rng.random() < 0.98 else "",
            "disability": rng.choice(DISABILITIES) if rng.random() < 0.02 else "",
            "suggestion": suggestion,
            **{f"u{i}": value for i, value in enumerate(values, start=1)},
        }
        file.children["survey_responses"] = [response]
        if suggestion:
            self._suggestion(file, at, suggestion)

    def _suggestion(self, file: _File, at: datetime, text: str) -> None:
        rng, app = self.rng, file.app
        row: dict[str, Any] = {
            "id": _time_ordered_hex(at, rng),
            "version": 1,
            "updated_at": at,
            "application": app["id"],
            "text": text,
            "received_at": at,
        }
        file.children["suggestions"] = [row]
        chance = rng.random()
        head = rng.choice(_Crew.heads)
        later = self.days.later(rng, at, rng.randint(1, 20))
        if later >= self.cutoff:
            return
        if chance < 0.6:
            note = rng.choice(SUGGESTION_FOLLOW_UPS)
            row.update(followed_up_at=later, followed_up_by=self.people[head], follow_up_note=note)
            row.update(version=2, updated_at=later)
            self._step(file, later, head, "follow_up_suggestion", "", "", {"number": app["number"]})
        elif chance < 0.62:
            complaint, _steps = self._complaint(later, file, suggestion=row, by=head)
            row.update(complaint=complaint["id"], version=2, updated_at=later)

    def _complaint(
        self, at: datetime, file: _File | None, suggestion: dict[str, Any] | None = None, by: str = ""
    ) -> tuple[dict[str, Any], list[_Step]]:
        """A complaint received at `at` (about `file` when given) and its handling up to the cutoff: its row and
        events. One about a file joins the file (numbered in time order); one about nothing is numbered now."""
        rng = self.rng
        crew = self.crews[at.year]
        recorder = by or rng.choice(crew.front)
        if suggestion is not None and file is not None:
            channel, subject, text = "skm", "Saran dari SKM", suggestion["text"]
            complainant = file.app["applicant_name"]
            contact = validation.display_phone(file.app["applicant_phone"])
        else:
            channel, subject, text = rng.choice(COMPLAINTS)
            complainant = file.app["applicant_name"] if file is not None else _names().full(rng, rng.random() < 0.5)
            if rng.random() < 0.1:
                complainant = "Tanpa nama"
            contact = (
                ""
                if rng.random() < 0.3
                else f"08{rng.choice(OPERATORS)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
            )
        row: dict[str, Any] = {
            "id": _time_ordered_hex(at, rng),
            "version": 1,
            "updated_at": at,
            "received_at": at,
            "channel": channel,
            "complainant": complainant,
            "contact": contact,
            "subject": subject,
            "description": text,
            "application": file.app["id"] if file is not None else None,
            "recorded_by": self.people[recorder],
            "status": "open",
        }
        register = {"complaint": "", "channel": channel}
        steps = [_Step(at, recorder, "register_complaint", "", "", register, file is not None)]
        named = [register]
        if suggestion is not None and file is not None:
            linked = {"number": file.app["number"], "complaint": ""}
            steps.append(_Step(at, recorder, "suggestion_to_complaint", "", "", linked))
            named.append(linked)
        head = rng.choice(_Crew.heads)
        assigned_at = self.days.later(rng, at, rng.choice((0, 0, 1, 2)))
        if rng.random() < 0.93 and assigned_at < self.cutoff:
            officer = rng.choice((*crew.front, *crew.verifier, OFFICIAL))
            assign = {"complaint": "", "to": officer}
            row.update(assigned_to=self.people[officer], status="in_progress", version=2, updated_at=assigned_at)
            steps.append(_Step(assigned_at, head, "assign_complaint", "", "", assign, False))
            named.append(assign)
            answered = self.days.later(rng, assigned_at, rng.choice((0, 1, 1, 2, 3, 6, 9)))
            if answered < self.cutoff:
                respond = {"complaint": ""}
                row.update(response=rng.choice(RESPONSES), first_response_at=answered, status="answered")
                row.update(version=3, updated_at=answered)
                steps.append(_Step(answered, officer, "respond_complaint", "", "", respond, False))
                named.append(respond)
                closed_at = self.days.later(rng, answered, rng.randint(1, 10))
                if rng.random() < 0.8 and closed_at < self.cutoff:
                    close = rng.random() < 0.85
                    follow = {"complaint": "", "closed": close}
                    row.update(follow_up=rng.choice(FOLLOW_UPS), version=4, updated_at=closed_at)
                    if close:
                        row.update(status="closed", closed_at=closed_at)
                    steps.append(_Step(closed_at, officer, "follow_up_complaint", "", "", follow, False))
                    named.append(follow)
        item = _Numbered(at, file.index if file is not None else -1, "complaint", row, file, named)
        if file is not None:
            file.steps += steps
            file.children.setdefault("complaints", []).append(row)
            self._queue(item)
        else:
            self._number(item)
        return row, steps


# --- the bulk load --------------------------------------------------------------------------------------------------


@dataclass
class _Chain:
    """The audit chain being written: events wait in time order until no file still to come can precede them."""

    sequence: int
    previous: str
    waiting: list[tuple[datetime, int, str, str, tuple[Any, ...]]] = field(default_factory=list)
    written: int = 0

    def push(self, events: list[tuple[datetime, int, str, str, tuple[Any, ...]]]) -> None:
        for event in events:
            heapq.heappush(self.waiting, event)

    def flush(self, before: datetime | None) -> None:
        rows = []
        sequence, previous = self.sequence, self.previous
        waiting = self.waiting
        while waiting and (before is None or waiting[0][0] < before):
            _at, _order, head, tail, fields = heapq.heappop(waiting)
            sequence += 1
            digest = hashlib.sha256((previous + head + str(sequence) + tail).encode("utf-8")).hexdigest()
            event_id, at_text, actor, app, action, source, target, details, state = fields
            rows.append(
                (
                    event_id,
                    1,
                    at_text,
                    sequence,
                    at_text,
                    actor,
                    app,
                    action,
                    source,
                    target,
                    details,
                    state,
                    previous,
                    digest,
                )
            )
            previous = digest
        if rows:
            database.cursor().executemany(EVENT_SQL, rows)
        self.sequence, self.previous, self.written = sequence, previous, self.written + len(rows)


def _fast_pragmas() -> None:
    """The builder's own connection: nothing to survive a power cut, so no journal and no waiting for the disk."""
    for pragma in (
        "foreign_keys = OFF",
        "synchronous = OFF",
        "journal_mode = OFF",
        "cache_size = -1500000",
        "temp_store = MEMORY",
    ):
        database.execute_sql(f"PRAGMA {pragma}")


Batch = tuple[int, list[_File | _Lone], datetime | None]


def _batches(generator: _Generator, slots: Iterator[tuple[datetime, bool]]) -> Iterator[Batch]:
    """(number, records, watermark) in order: files once all their numbers are given, complaints about no file.
    Every record still to come has no event before the watermark (None: nothing is still to come)."""
    ready: list[_File | _Lone] = []
    waiting: list[tuple[datetime, int, _File]] = []  # files waiting for a number, oldest first
    count, moment = 0, datetime.min
    for moment, is_file in slots:
        ready += generator.number_until(moment)
        if is_file:
            file = generator.new_file(moment)
            if file.waiting:
                heapq.heappush(waiting, (moment, file.index, file))
            else:
                ready.append(file)
        else:
            ready.append(generator.lone_complaint(moment))
        if len(ready) >= BATCH:
            while waiting and waiting[0][2].waiting == 0:
                heapq.heappop(waiting)
            yield count, ready, min(waiting[0][0], moment) if waiting else moment
            count, ready = count + 1, []
    ready += generator.number_until(datetime.max)
    yield count, ready, None


def _feed(generator: _Generator, slots: Iterator[tuple[datetime, bool]], work: Any, done: Any, workers: int) -> None:
    """The generating process: batches to the workers, then the counters' last numbers to the writer."""
    try:
        began, batches = time.process_time(), 0
        for batch in _batches(generator, slots):
            work.put(batch)
            batches += 1
        done.put(("end", batches, generator.serial, time.process_time() - began))
    except BaseException:
        done.put(("error", traceback.format_exc(), None, 0.0))
        raise
    finally:
        for _ in range(workers):
            work.put(None)


def _work(work: Any, done: Any) -> None:
    """A worker process: seals, states and event texts of each batch, to the writer."""
    try:
        while (batch := work.get()) is not None:
            number, items, watermark = batch
            done.put(("made", number, _materialize(items), watermark))
    except BaseException:
        done.put(("error", traceback.format_exc(), None, 0.0))
        raise


def _set_aside(tables: list[str]) -> list[str]:
    """Drop the secondary indexes of the bulk-loaded tables and the triggers of `application` (the name search's);
    returns the statements, as the schema holds them, that make them again. Building an index once over sorted rows
    is several times cheaper than keeping it up to date row by row."""
    names = ", ".join(f"'{name}'" for name in tables)
    found = database.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        f"((type = 'index' AND tbl_name IN ({names})) OR (type = 'trigger' AND tbl_name = 'application'))"
    ).fetchall()
    for kind, name, _sql in found:
        database.execute_sql(f'DROP {kind.upper()} "{name}"')
    return [sql for kind, _name, sql in sorted(found, key=lambda row: row[0] != "index")]


def _restore(statements: list[str]) -> None:
    """Make the indexes and triggers again, and the name search index from the files (when the schema has one)."""
    for statement in statements:
        database.execute_sql(statement)
    if importlib.util.find_spec("kampar_desk.store.search") is not None:
        importlib.import_module("kampar_desk.store.search").rebuild_index()


def _bulk(
    desk: Desk,
    count: int,
    low: datetime,
    high: datetime,
    cutoff: datetime,
    seed: int,
    workers: int,
    busy: tuple[int, int] | None,
    progress: bool,
) -> dict[str, int]:
    """`count` files registered in [low, high) (naive UTC) with every step they took before `cutoff`.

    One process generates the files in order of registration and numbers their letters and complaints in time
    order; `workers` processes seal, hash and write out the rows; this process alone writes the database and
    chains the events."""
    offset = timedelta(hours=desk.office().utc_offset_hours)
    first_day, last_day = (low + offset).date(), (high - timedelta(microseconds=1) + offset).date()
    days = _Days(desk, first_day - timedelta(days=7), max(last_day, (cutoff + offset).date()) + timedelta(days=90))
    slot_days = [day for day in days.days if first_day <= day <= last_day]
    generator = _Generator(desk, days, cutoff, seed)
    keys.seal_key(desk)  # cached on the desk before the workers are forked: they seal with it
    _SHARED.update(desk=desk, stand_in=_stand_in_pdf(), requirements=list(generator.standard.requirements))
    tables = _tables()
    last_event = AuditEvent.select(AuditEvent.sequence, AuditEvent.hash).order_by(AuditEvent.sequence.desc()).first()
    chain = _Chain(last_event.sequence, last_event.hash) if last_event else _Chain(0, "0" * 64)
    slots = _slots(generator.rng, slot_days, count, offset, low, high, busy, 0.0015)
    began, reported = time.perf_counter(), 0
    spent = {"insert": 0.0, "chain": 0.0, "idle": 0.0}
    files = 0

    def merge(made: _Made, watermark: datetime | None) -> None:
        nonlocal files, reported
        started = time.perf_counter()
        with database.atomic():
            cursor = database.cursor()
            for name, rows in made.rows.items():
                if rows:
                    cursor.executemany(tables[name].sql, rows)
            inserted = time.perf_counter()
            chain.push(made.events)
            chain.flush(watermark)
        spent["insert"] += inserted - started
        spent["chain"] += time.perf_counter() - inserted
        files += made.files
        if progress and files - reported >= 50_000:
            reported = files
            print(f"{files:>9,} files, {chain.written:>10,} events chained, {time.perf_counter() - began:6.1f} s")

    processes = []
    if workers > 0:
        close_database()  # no connection is carried into the other processes
        context = multiprocessing.get_context("fork")
        work, done = context.Queue(maxsize=workers * 3), context.Queue(maxsize=workers * 4)
        processes = [context.Process(target=_work, args=(work, done), daemon=True) for _ in range(workers)]
        processes.append(context.Process(target=_feed, args=(generator, slots, work, done, workers), daemon=True))
        for process in processes:
            process.start()
        database.connect()
        _fast_pragmas()
        aside = _set_aside([*tables, AuditEvent._meta.table_name])  # type: ignore[attr-defined]
        arrived: dict[int, tuple[_Made, datetime | None]] = {}
        following, batches = 0, None
        generating = 0.0
        while batches is None or following < batches:
            started = time.perf_counter()
            kind, first, made, last = done.get()
            spent["idle"] += time.perf_counter() - started
            if kind == "error":
                raise RuntimeError(f"a builder process failed:\n{first}")
            if kind == "end":
                batches, generator.serial, generating = first, made, last
                continue
            arrived[first] = (made, last)
            while following in arrived:
                merge(*arrived.pop(following))
                following += 1
        for process in processes:
            process.join()
        spent["generating (other process, CPU)"] = generating
    else:
        _fast_pragmas()
        aside = _set_aside([*tables, AuditEvent._meta.table_name])  # type: ignore[attr-defined]
        for _number, items, watermark in _batches(generator, slots):
            merge(_materialize(items), watermark)
    with database.atomic():
        chain.flush(None)
        for (series, year), last in sorted(generator.serial.items()):
            Counter.insert(series=series, year=year, last=last).on_conflict(
                conflict_target=[Counter.series, Counter.year], update={Counter.last: last}
            ).execute()
    indexing = time.perf_counter()
    with database.atomic():
        _restore(aside)
    spent["indexes and search index made again"] = time.perf_counter() - indexing
    database.execute_sql("PRAGMA journal_mode = WAL")
    close_database()
    open_database(desk.paths.database)  # the app's pragmas again
    totals = {"files": files, "audit events": chain.written}
    if progress:
        parts = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in spent.items())
        print(f"{files:>9,} files, {chain.written:,} events in {time.perf_counter() - began:.1f} s ({parts})")
    return totals


# --- set-up, the last day through the services, and the whole build -------------------------------------------------


def _ticking(start: datetime) -> Callable[[], datetime]:
    """A clock that moves one second each time it is read (set-up steps in order, before the first file)."""
    moments = iter(start + timedelta(seconds=n) for n in range(1_000_000))
    return lambda: next(moments)


def setup(desk: Desk, at: datetime) -> None:
    """The accounts (marked as demo data) and the office keys, through the services, at `at` (naive UTC)."""
    real = desk.clock
    desk.clock = _ticking(at)
    try:
        if staff.needs_first_admin(desk):
            with write_transaction():
                mark = put_setting(DEMO_MARK, "1")
                append_event(desk.now(), staff.SYSTEM_ACTOR, "mark_demo_data", details={DEMO_MARK: "1"}, record=mark)
                staff.create_first_admin(desk, STAFF[0][0], STAFF[0][1], PASSWORD)
        admin = staff.to_record(Staff.get(Staff.username == STAFF[0][0]))
        existing = {row.username for row in Staff.select(Staff.username)}
        for username, full_name, roles in STAFF[1:]:
            if username not in existing:
                staff.create_staff(desk, admin, username, full_name, PASSWORD, frozenset(roles))
        staff.sign_in(desk, OFFICIAL, PASSWORD)  # the official's sign-in makes and unlocks the office keys
    finally:
        desk.clock = real


def _service_day(desk: Desk, day: date, seed: int) -> int:
    """The last working day through the real services: files registered, checked, decided, issued (real PDFs),
    surveyed and handed over. Returns the number of actions taken."""
    from kampar_desk.services import intake, letters, process, survey

    rng = random.Random(seed)
    offset = timedelta(hours=desk.office().utc_offset_hours)
    moments = iter(datetime.combine(day, clock_time(8, 5)) - offset + timedelta(minutes=11 * n) for n in range(200))
    real = desk.clock
    now = next(moments)
    desk.clock = lambda: now
    people = {row.username: staff.to_record(row) for row in Staff.select()}
    official = staff.sign_in(desk, OFFICIAL, PASSWORD)

    def files(status: Status, limit: int) -> list[uuid.UUID]:
        query = Application.select(Application.id).where(Application.status == status.value)
        return [row.id for row in query.order_by(Application.registered_at.desc()).limit(limit)]

    taken = 0

    def act(action: Callable[[], object]) -> None:
        nonlocal now, taken
        now = next(moments)
        action()
        taken += 1

    try:
        for n in range(6):  # the morning's walk-ins, one of them without the SKTM
            form = _walk_in(desk, rng, missing={"sktm"} if n == 2 else set())
            act(lambda f=form: intake.register_application(desk, people["fo.maya"], f))
        for n, app_id in enumerate(files(Status.RECEIVED, 3)):
            act(lambda a=app_id, r=n == 0: process.verify(desk, people["verif.andi"], a, True, "", r))
        waiting = files(Status.AWAITING_DECISION, 3)
        for app_id in waiting[:2]:
            act(lambda a=app_id: process.approve(desk, official, a))
        for app_id in waiting[2:]:
            act(lambda a=app_id: process.reject(desk, official, a, "Tidak memenuhi persyaratan teknis"))
            act(lambda a=app_id: letters.issue_letter(desk, official, a))
        for app_id in files(Status.APPROVED, 3):
            act(lambda a=app_id: letters.issue_letter(desk, official, a))
        answers = survey.SurveyAnswers(values=(4, 3, 4, 3, 3, 4, 4, 3, 4), age=35, sex="P", education="SMA")
        for app_id in files(Status.ISSUED, 3):
            act(lambda a=app_id: survey.submit_survey(desk, people["serah.yusuf"], a, answers, "kiosk"))
            name = Application.get_by_id(app_id).applicant_name
            act(lambda a=app_id, n=name: process.hand_over(desk, people["serah.yusuf"], a, n))
    finally:
        desk.clock = real
    return taken


def _walk_in(desk: Desk, rng: random.Random, missing: set[str]) -> Any:
    """An intake form as the officer types it for a new applicant."""
    from kampar_desk.services import intake

    district = rng.choice(desk.regions.districts)
    person = applicant(rng, district.code.replace(".", ""))
    phone, address = _contact(rng)
    service = desk.catalog[next(iter(desk.catalog))]
    return intake.IntakeForm(
        service_code=service.code,
        nik=person["applicant_nik"],
        kk=person["applicant_kk"],
        name=person["applicant_name"],
        phone="0" + phone[3:],
        address=address,
        district_code=district.code,
        village_code=rng.choice(district.villages).code,
        checklist=tuple(
            intake.ChecklistAnswer(r.code, r.code not in missing, "tidak dibawa" if r.code in missing else "")
            for r in service.requirements
        ),
        warning_override="Pemohon membawa dokumen asli; data sudah diperiksa petugas.",
    )


def row_counts() -> dict[str, int]:
    """Rows per table of the open database (the search index included when there is one)."""
    counts = {model._meta.table_name: model.select().count() for model in models.MODELS}  # type: ignore[attr-defined]
    tables = {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "application_search" in tables:
        counts["application_search"] = database.execute_sql("SELECT COUNT(*) FROM application_search").fetchone()[0]
    return counts


def distinct_name_words() -> int:
    words: set[str] = set()
    for (key,) in Application.select(Application.applicant_name_key).tuples().iterator():
        words.update(key.split())
    return len(words)


def build(
    desk_or_dir: Desk | Path | str,
    count: int = 1_000_000,
    seed: int = 2026,
    workers: int = 2,
    progress: bool = True,
    today: date | None = None,
) -> dict[str, Any]:
    """Ten years of the counter in an empty data folder: `count` files up to the working day before the last, that
    last day through the services. Returns the rows per table, the seconds taken and the file size."""
    began = time.perf_counter()
    desk = desk_or_dir if isinstance(desk_or_dir, Desk) else open_desk(AppPaths(Path(desk_or_dir)))
    if Application.select().exists():
        raise SystemExit(f"{desk.paths.data_dir} already holds files: build into an empty data folder")
    offset = timedelta(hours=desk.office().utc_offset_hours)
    today = today or desk.today()
    calendar = desk.calendar()
    last_day = today - timedelta(days=1)
    while not calendar.is_working_day(last_day):
        last_day -= timedelta(days=1)
    start = datetime.combine(FIRST_DAY, clock_time(8, 0)) - offset
    setup(desk, start - timedelta(hours=1))
    set_up = time.perf_counter()
    cutoff = datetime.combine(last_day, clock_time(8, 0)) - offset
    totals = _bulk(desk, count, start, cutoff - timedelta(hours=8), cutoff, seed, workers, BUSY_MONTH, progress)
    bulk_done = time.perf_counter()
    actions = _service_day(desk, last_day, seed)
    if progress:
        print(
            f"set-up {set_up - began:.1f} s, bulk {bulk_done - set_up:.1f} s, "
            f"services {time.perf_counter() - bulk_done:.1f} s"
        )
    with write_transaction():  # the start-up reconciliation has looked at everything written so far
        put_setting(CHECKED_UNTIL, utc_now().isoformat())
    # No ANALYZE: the app never runs it, so its queries are planned without statistics; a benchmark database with
    # sampled statistics was planned differently (it read the letters and the files whole at start).
    counts = row_counts()
    result: dict[str, Any] = {
        "seconds": round(time.perf_counter() - began, 1),
        "service_actions": actions,
        "bytes": desk.paths.database.stat().st_size,
        "distinct_name_words": distinct_name_words(),
        **totals,
        "rows": counts,
    }
    if progress:
        print(f"last day {last_day} through the services: {actions} actions")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="Build a database of ten years of files (an honest million).")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("count", type=int, nargs="?", default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--workers", type=int, default=2, help="processes making seals and hashes (0: none)")
    options = parser.parse_args()
    result = build(options.data_dir, options.count, options.seed, options.workers)
    print(f"{options.count:,} files in {result['seconds']} s -> {options.data_dir}")
    print(f"database {result['bytes'] / 1e9:.2f} GB; {result['distinct_name_words']:,} distinct name words")
    for table, rows in sorted(result["rows"].items()):
        print(f"  {table:24} {rows:>12,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
