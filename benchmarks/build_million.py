"""Build a database with N files (default 1,000,000) for the tracking benchmark, by bulk insert.

The services write one file per transaction with fsync, which is right for the counter and far too slow to
make a million rows; this script writes the same tables in large batches. Usage:
    uv run python benchmarks/build_million.py DATA_DIR [N]
"""

from __future__ import annotations

import random
import sys
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from kampar_desk.domain.validation import name_tokens
from kampar_desk.paths import AppPaths
from kampar_desk.services import staff
from kampar_desk.services.demo import FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES
from kampar_desk.services.desk import Desk, open_desk
from kampar_desk.store.database import database
from kampar_desk.store.models import Application, NameToken, Staff

STATUSES = (
    ("handed_over",) * 80 + ("rejected",) * 5 + ("returned",) * 10 + ("received", "awaiting_decision") * 2 + ("issued",)
)
MIDDLE_NAMES = ("", "", "Nur", "Dwi", "Sri", "Putri", "Rahma", "Indah", "Ayu", "Eka")
BATCH = 5000


def time_ordered_id(moment: datetime, rng: random.Random) -> uuid.UUID:
    millis = int(moment.timestamp() * 1000)
    value = (millis & ((1 << 48) - 1)) << 80 | rng.getrandbits(80)
    value = (value & ~(0xF << 76)) | (0x7 << 76)
    value = (value & ~(0x3 << 62)) | (0x2 << 62)
    return uuid.UUID(int=value)


def applicant(rng: random.Random, prefix: str) -> dict[str, str]:
    """A Kampar-sounding applicant from kecamatan `prefix` (its code without dots): name, sex, NIK and KK."""
    female = rng.random() < 0.5
    parts = (rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M), rng.choice(MIDDLE_NAMES), rng.choice(LAST_NAMES))
    name = " ".join(p for p in parts if p)
    day, month, year, serial = (
        rng.randint(1, 28) + (40 if female else 0),
        rng.randint(1, 12),
        rng.randint(60, 99),
        rng.randint(1, 9999),
    )
    return {
        "applicant_nik": f"{prefix}{day:02d}{month:02d}{year:02d}{serial:04d}",
        "applicant_kk": f"{prefix}0101{rng.randint(10, 24):02d}{rng.randint(1, 9999):04d}",
        "applicant_name": name,
        "applicant_name_key": name.upper(),
        "applicant_sex": "P" if female else "L",
    }


def bulk_files(desk: Desk, count: int, first: datetime, last: datetime, progress: bool = False) -> None:
    """`count` files registered evenly between `first` and `last` (UTC), with their later steps' timestamps."""
    if staff.needs_first_admin(desk):
        staff.create_first_admin(desk, "admin", "Admin Benchmark", "benchmark-2026")
    officer = Staff.get().id
    rng = random.Random(1)
    regions = [(d.code, v.code) for d in desk.regions.districts for v in d.villages]
    step = (last - first) / count
    serial: dict[int, int] = {}
    began = time.perf_counter()
    for batch_start in range(0, count, BATCH):
        rows, tokens = [], []
        for index in range(batch_start, min(count, batch_start + BATCH)):
            moment = first + step * index
            year = moment.year
            serial[year] = serial.get(year, 0) + 1
            status = rng.choice(STATUSES)
            district, village = rng.choice(regions)
            prefix = district.replace(".", "")
            person = applicant(rng, prefix)
            name = person["applicant_name"]
            app_id = time_ordered_id(moment, rng)
            returned = status == "returned"
            issued_at = moment + timedelta(days=rng.uniform(1, 9)) if status in ("issued", "handed_over") else None
            rows.append(
                {
                    "id": app_id,
                    "version": 1,
                    "updated_at": moment,
                    "service_code": "REK-PAPS",
                    "status": status,
                    "number": f"KPR-{year}-K{serial[year]:05d}" if returned else f"KPR-{year}-{serial[year]:06d}",
                    **person,
                    "applicant_birth_date": date(1980, 1, 1),
                    "applicant_phone": "+6281276460487",
                    "applicant_address": "Jl. Contoh No. 1",
                    "district_code": district,
                    "village_code": village,
                    "registered_at": moment,
                    "registered_by": officer,
                    "received_on": None if returned else (moment + timedelta(hours=7)).date(),
                    "due_on": None if returned else (moment + timedelta(days=7)).date(),
                    "fee_rupiah": 0,
                    "technical_review_needed": False,
                    "verified_at": None if returned else moment + timedelta(days=1),
                    "verified_by": None if returned else officer,
                    "decided_at": issued_at or (moment + timedelta(days=3) if status == "rejected" else None),
                    "decided_by": officer if issued_at or status == "rejected" else None,
                    "issued_at": issued_at,
                    "issued_on": (issued_at + timedelta(hours=7)).date() if issued_at else None,
                    "handed_over_at": issued_at + timedelta(days=1) if status == "handed_over" else None,
                    "handed_over_by": officer if status == "handed_over" else None,
                }
            )
            tokens += [{"token": token, "application": app_id} for token in name_tokens(name)]
        with database.atomic():
            Application.insert_many(rows).execute()
            NameToken.insert_many(tokens).execute()
        if progress and batch_start % 100_000 == 0:
            print(f"{batch_start + len(rows):>9} files, {time.perf_counter() - began:6.1f} s", flush=True)


def main() -> int:
    data_dir, count = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    desk = open_desk(AppPaths(data_dir))
    began = time.perf_counter()
    bulk_files(desk, count, datetime(2016, 1, 4, 1, 0), datetime(2026, 11, 27), progress=True)
    database.execute_sql("ANALYZE")
    print(f"{count} files in {time.perf_counter() - began:.1f} s -> {desk.paths.database}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
