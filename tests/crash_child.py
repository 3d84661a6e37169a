"""The crash test's child: registers walk-in files one after another and prints each acknowledged number.

`python -m tests.crash_child DATA_DIR FIRST_SERIAL` — every line it prints is a promise the parent checks after
killing it: `ACK <number>` only once `register_application` has returned (committed, receipt archived)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kampar_desk.domain.errors import StorageError
from kampar_desk.domain.roles import Role
from kampar_desk.paths import AppPaths
from kampar_desk.services import intake, staff
from kampar_desk.services.recovery import open_for_work

NAMES = ("Rahmawati", "Aminah", "Marlina", "Hasanah", "Nurhayati", "Wahyuni", "Fitriani")


def form(desk, serial: int) -> intake.IntakeForm:
    standard = desk.catalog["REK-PAPS"]
    return intake.IntakeForm(
        service_code=standard.code,
        nik=f"1401025708{85 + serial // 9000 % 10:02d}{serial % 9000 + 1:04d}",
        kk="1401021203150007",
        name=f"Siti {NAMES[serial % len(NAMES)]}",
        phone="0812-7646-0487",
        address="Jl. Datuk Tabano No. 12",
        district_code="14.01.02",
        village_code="14.01.02.2001",
        checklist=tuple(intake.ChecklistAnswer(r.code, True, "asli") for r in standard.requirements),
    )


def main() -> None:
    data_dir, serial = Path(sys.argv[1]), int(sys.argv[2])
    working = open_for_work(AppPaths(data_dir))
    desk = working.desk
    officer = next(s for s in staff.list_staff(desk) if Role.FRONT_OFFICE in s.roles)
    print(f"READY {working.reconciled.describe()}", flush=True)
    while True:
        try:
            detail = intake.register_application(desk, officer, form(desk, serial)).detail
        except StorageError as error:
            print(f"REFUSED {error.kind}", flush=True)
            time.sleep(0.05)
            continue
        print(f"ACK {detail.number}", flush=True)
        serial += 1


if __name__ == "__main__":
    main()
