from datetime import date

import pytest

from kampar_desk.domain.errors import DeskError, PermissionDenied, ValidationError
from kampar_desk.domain.roles import Role
from kampar_desk.services import calendar_admin, intake, staff
from kampar_desk.store.models import Staff
from tests.conftest import PASSWORD, intake_form


def test_first_admin_only_once_and_passwords_hashed_with_argon2id(desk):
    assert staff.needs_first_admin(desk)
    admin = staff.create_first_admin(desk, "Admin", "Admin Kantor", PASSWORD)
    assert admin.username == "admin" and admin.roles == frozenset({Role.ADMIN})
    assert Staff.get().password_hash.startswith("$argon2id$")
    assert not staff.needs_first_admin(desk)
    with pytest.raises(DeskError, match="sudah dibuat"):
        staff.create_first_admin(desk, "admin2", "Lain", PASSWORD)


def test_sign_in_refuses_wrong_password_unknown_user_and_inactive_account(desk, officers):
    assert staff.sign_in(desk, "FO.Siti", PASSWORD).username == "fo.siti"
    for username, password in (("fo.siti", "salah-sandi"), ("tidak.ada", PASSWORD)):
        with pytest.raises(DeskError, match="Nama pengguna atau kata sandi salah"):
            staff.sign_in(desk, username, password)
    staff.update_staff(desk, officers[Role.ADMIN], "fo.siti", frozenset({Role.FRONT_OFFICE}), active=False)
    with pytest.raises(DeskError, match="dinonaktifkan"):
        staff.sign_in(desk, "fo.siti", PASSWORD)


def test_only_admin_manages_accounts_and_input_is_checked(desk, officers):
    with pytest.raises(PermissionDenied):
        staff.create_staff(desk, officers[Role.FRONT_OFFICE], "baru", "Baru", PASSWORD, frozenset({Role.VERIFIER}))
    admin = officers[Role.ADMIN]
    with pytest.raises(ValidationError, match="Kata sandi"):
        staff.create_staff(desk, admin, "baru", "Baru", "pendek", frozenset({Role.VERIFIER}))
    with pytest.raises(ValidationError, match="peran"):
        staff.create_staff(desk, admin, "baru", "Baru", PASSWORD, frozenset())
    with pytest.raises(ValidationError, match="sudah dipakai"):
        staff.create_staff(desk, admin, "fo.siti", "Siti", PASSWORD, frozenset({Role.VERIFIER}))
    with pytest.raises(ValidationError, match="Nama pengguna"):
        staff.create_staff(desk, admin, "a b", "Siti", PASSWORD, frozenset({Role.VERIFIER}))
    with pytest.raises(ValidationError, match="akun sendiri"):
        staff.update_staff(desk, admin, "admin", frozenset({Role.VERIFIER}), active=True)
    both = staff.create_staff(
        desk, admin, "dedi", "Dedi", PASSWORD, frozenset({Role.FRONT_OFFICE, Role.HANDOVER_OFFICER})
    )
    assert both.role_labels == "Petugas Front Office, Petugas Penyerahan"


def test_admin_local_holiday_changes_new_due_dates(desk, officers, clock):
    admin = officers[Role.ADMIN]
    with pytest.raises(PermissionDenied):
        calendar_admin.add_local_holiday(desk, officers[Role.FRONT_OFFICE], date(2026, 12, 2), "Hari Jadi")
    with pytest.raises(ValidationError):
        calendar_admin.add_local_holiday(desk, admin, date(2026, 12, 5), "Sabtu")
    calendar_admin.add_local_holiday(desk, admin, date(2026, 12, 2), "Hari Jadi Kabupaten Kampar")
    clock.local(2026, 11, 30, 9)
    detail = intake.register_application(desk, officers[Role.FRONT_OFFICE], intake_form(desk)).detail
    assert detail.summary.sla.due_on == date(2026, 12, 8)
    days = calendar_admin.days_off(desk, 2026)
    assert any(d.day == date(2026, 12, 2) and d.source == "lokal" for d in days)
    calendar_admin.remove_local_day(desk, admin, date(2026, 12, 2))
    assert not desk.calendar().holiday_name(date(2026, 12, 2))


def test_admin_cancels_a_national_holiday(desk, officers):
    admin = officers[Role.ADMIN]
    with pytest.raises(ValidationError, match="bukan hari libur nasional"):
        calendar_admin.cancel_national_holiday(desk, admin, date(2026, 3, 17), "x")
    calendar_admin.cancel_national_holiday(desk, admin, date(2026, 3, 18), "Cuti bersama dibatalkan")
    assert desk.calendar().is_working_day(date(2026, 3, 18))
    assert date(2026, 3, 18) not in {d.day for d in calendar_admin.days_off(desk, 2026)}
    assert calendar_admin.working_days_in_month(desk, 2026, 3) == 18  # 22 weekdays less 19, 20, 23, 24 March
