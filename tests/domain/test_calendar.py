from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kampar_desk.domain.calendar import LocalDay, WorkingCalendar


def test_five_working_days_skip_nyepi_and_idul_fitri_cuti_bersama():
    # Reference check: complete on Monday 16-03-2026 -> due Monday 30-03-2026 (a naive Mon-Fri count gives 23-03).
    assert WorkingCalendar().due_date(date(2026, 3, 16), 5) == date(2026, 3, 30)


def test_cuti_bersama_and_weekends_are_not_working_days():
    calendar = WorkingCalendar()
    assert calendar.holiday_name(date(2026, 3, 18)) == "Cuti Bersama Hari Suci Nyepi"
    assert calendar.holiday_name(date(2026, 3, 28)) == "Sabtu"
    assert calendar.holiday_name(date(2026, 3, 29)) == "Minggu"
    assert calendar.is_working_day(date(2026, 3, 17))


def test_file_received_on_a_saturday_counts_from_monday():
    calendar = WorkingCalendar()
    saturday = date(2026, 11, 28)
    assert calendar.clock_start(saturday) == date(2026, 11, 30)
    assert calendar.due_date(saturday, 5) == date(2026, 12, 7)
    assert calendar.due_date(date(2026, 11, 30), 5) == date(2026, 12, 7)


def test_local_holiday_added_by_admin_moves_the_due_date():
    local = {date(2026, 12, 2): LocalDay(date(2026, 12, 2), working=False, name="Hari Jadi Kabupaten Kampar")}
    calendar = WorkingCalendar(local)
    assert calendar.holiday_name(date(2026, 12, 2)) == "Hari Jadi Kabupaten Kampar"
    assert calendar.due_date(date(2026, 11, 30), 5) == date(2026, 12, 8)


def test_cancelled_national_holiday_becomes_a_working_day():
    cancelled = {date(2026, 3, 18): LocalDay(date(2026, 3, 18), working=True, name="Dibatalkan")}
    assert WorkingCalendar(cancelled).due_date(date(2026, 3, 16), 5) == date(2026, 3, 27)


def test_future_years_without_cuti_bersama_still_skip_weekends():
    calendar = WorkingCalendar()
    assert calendar.is_working_day(date(2028, 3, 1))
    assert not calendar.is_working_day(date(2028, 3, 4))


def test_sla_state_counts_working_days_left_and_overdue():
    calendar = WorkingCalendar()
    due = date(2026, 3, 30)
    assert calendar.sla_state(due, date(2026, 3, 16)).working_days_left == 5
    assert calendar.sla_state(due, date(2026, 3, 27)).describe() == "Sisa 1 hari kerja"
    assert calendar.sla_state(due, due).describe() == "Jatuh tempo hari ini"
    late = calendar.sla_state(due, date(2026, 4, 6))
    assert late.overdue and late.overdue_by == 4  # 31 Mar, 1 Apr, 2 Apr, 6 Apr (3 Apr is Wafat Yesus Kristus)
    assert late.describe() == "Terlambat 4 hari kerja"


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)), st.integers(min_value=1, max_value=20))
def test_due_date_is_a_working_day_exactly_the_limit_after_the_clock_starts(received, limit):
    calendar = WorkingCalendar()
    due = calendar.due_date(received, limit)
    assert calendar.is_working_day(due)
    assert calendar.working_days_between(calendar.clock_start(received), due) == limit
    assert due > received and due - received < timedelta(days=limit * 3 + 20)


def naive_working_days_between(calendar: WorkingCalendar, after: date, up_to: date) -> int:
    return sum(1 for n in range(1, (up_to - after).days + 1) if calendar.is_working_day(after + timedelta(days=n)))


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 12, 31)),
    st.integers(min_value=-10, max_value=900),
    st.sets(st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 12, 31)), max_size=6),
    st.booleans(),
)
def test_fast_working_day_count_equals_counting_day_by_day(after, span, local_dates, working):
    local = {d: LocalDay(d, working=working, name="lokal") for d in local_dates}
    calendar = WorkingCalendar(local)
    up_to = after + timedelta(days=span)
    assert calendar.working_days_between(after, up_to) == naive_working_days_between(calendar, after, up_to)


def test_cancelling_a_holiday_on_a_saturday_does_not_make_saturday_a_working_day():
    saturday_holiday = date(2026, 3, 21)  # Hari Raya Idul Fitri, a Saturday
    calendar = WorkingCalendar({saturday_holiday: LocalDay(saturday_holiday, working=True, name="batal")})
    assert calendar.holiday_name(saturday_holiday) == "Sabtu"
