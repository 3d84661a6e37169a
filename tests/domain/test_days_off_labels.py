"""Cuti bersama is named as such, apart from the national holidays, in the list of days off."""

from datetime import date

from kampar_desk.domain.calendar import cuti_bersama, national_holidays
from kampar_desk.services import calendar_admin


def test_cuti_bersama_of_2026_are_known_apart_from_the_holidays():
    shared_leave = cuti_bersama(2026)
    assert date(2026, 3, 18) in shared_leave  # Cuti Bersama Hari Suci Nyepi (SKB 3 Menteri)
    assert date(2026, 12, 24) in shared_leave  # Cuti Bersama Hari Raya Natal
    assert date(2026, 3, 19) not in shared_leave  # Hari Suci Nyepi itself is a national holiday
    assert shared_leave <= set(national_holidays(2026))


def test_the_days_off_list_labels_cuti_bersama_national_and_local_days(desk, officers):
    from kampar_desk.domain.roles import Role

    calendar_admin.add_local_holiday(desk, officers[Role.ADMIN], date(2026, 6, 22), "Hari Jadi Kabupaten Kampar")
    listed = {d.day: d for d in calendar_admin.days_off(desk, 2026)}
    nyepi_leave, nyepi, local = listed[date(2026, 3, 18)], listed[date(2026, 3, 19)], listed[date(2026, 6, 22)]
    assert (nyepi_leave.source, nyepi_leave.source_label) == ("cuti bersama", "Cuti bersama")
    assert nyepi_leave.name == "Cuti Bersama Hari Suci Nyepi"
    assert (nyepi.source, nyepi.source_label) == ("nasional", "Libur nasional")
    assert (local.source, local.source_label) == ("lokal", "Libur daerah")
