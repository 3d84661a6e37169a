"""No report or tracking query scans the files' table: each one reads index ranges (EXPLAIN QUERY PLAN of the very
statements the services run), so their cost follows the period or the page, not the ten years behind them."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

import pytest

from kampar_desk.domain.workflow import Status
from kampar_desk.services import complaints, monthly, survey, tracking
from kampar_desk.services.demo import fill_demo
from kampar_desk.services.monthly import _open_at
from kampar_desk.store.database import database
from kampar_desk.store.models import Application

#: Tables whose full scan grows with the years: files, their checklists, letters, questionnaires, the audit log.
GROWING = ("application", "checklist_item", "letter", "survey_response", "audit_event", "complaint")
FULL_SCAN = re.compile(r"\bSCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?$")
# A whole index read, or one read only below a bound, reads the years behind a period too; unless the index gives
# the statement's order and a LIMIT stops it (the newest page of tracking, the audit chain's head).
FROM_THE_BEGINNING = re.compile(r"\bSEARCH (\w+) USING (?:COVERING )?INDEX \w+ \((\w+)<\?\)$")
ALIAS = re.compile(r'"(\w+)" AS "(\w+)"')


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from kampar_desk.paths import AppPaths
    from kampar_desk.services.desk import open_desk
    from kampar_desk.store.database import close_database

    desk = open_desk(AppPaths(tmp_path_factory.mktemp("plans") / "data"), clock=lambda: datetime(2026, 11, 27, 8, 0))
    fill_demo(desk, 60, seed=7)
    yield desk
    close_database()


@contextmanager
def statements() -> Iterator[list[tuple[str, tuple]]]:
    """Every SELECT peewee sends while the block runs, with its parameters."""
    seen: list[tuple[str, tuple]] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if isinstance(record.msg, tuple) and str(record.msg[0]).lstrip().upper().startswith("SELECT"):
                seen.append((record.msg[0], tuple(record.msg[1] or ())))

    logger = logging.getLogger("peewee")
    handler, level = Catch(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield seen
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def full_scans(run: Callable[[], object]) -> list[str]:
    with statements() as seen:
        run()
    assert seen, "no statement was caught"
    scans = []
    for sql, params in seen:
        tables = {alias: table for table, alias in ALIAS.findall(sql)}
        plan = [row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]
        stopped = "ORDER BY" in sql and sql.rstrip().endswith("LIMIT ?") and not any("TEMP B-TREE" in p for p in plan)
        for line in plan:
            scan, history = FULL_SCAN.search(line), FROM_THE_BEGINNING.search(line)
            if scan and tables.get(scan[1], scan[1]) in GROWING and not (stopped and scan[2]):
                scans.append(f"{line}  <-  {sql[:200]}")
            if history and tables.get(history[1], history[1]) in GROWING and not stopped:
                scans.append(f"{line}  <-  {sql[:200]}")
    return scans


def test_the_check_sees_a_full_scan_and_a_read_from_the_beginning(demo):
    everything = Application.select().where(Application.received_on.is_null(False))
    assert full_scans(everything.count) and full_scans(lambda: _open_at_by_the_definition(datetime(2026, 1, 1)))


def test_the_monthly_report_reads_only_its_period(demo):
    assert full_scans(lambda: monthly.monthly_report(demo, date(2026, 10, 1), date(2026, 10, 31))) == []
    assert full_scans(lambda: monthly.monthly_report(demo, date(2026, 10, 1), date(2026, 10, 31), station="")) == []


def test_the_skm_and_complaint_reports_read_only_their_period(demo):
    assert full_scans(lambda: survey.skm_period(demo, date(2026, 7, 1), date(2026, 9, 30))) == []
    assert full_scans(lambda: complaints.summary(demo, date(2026, 1, 1), date(2026, 11, 30))) == []


@pytest.mark.parametrize("typed", ["", "siti", "sit nur", "hmad", "1401", "KPR-2026-000003", "12", "zzzz"])
def test_tracking_reads_one_page_from_an_index_whatever_is_typed(demo, typed):
    if typed == "1401":  # a NIK: take a real one
        typed = Application.select(Application.applicant_nik).first().applicant_nik
    first = tracking.search(demo, typed, limit=5)
    assert full_scans(lambda: tracking.search(demo, typed, limit=5)) == []
    assert full_scans(lambda: tracking.search(demo, typed, after=first.next_after, limit=5, station="")) == []


def _open_at_by_the_definition(moment: datetime) -> int:
    """The report's definition read straight (a full scan): the reference the bounded count must equal."""
    return (
        Application.select()
        .where(
            Application.received_on.is_null(False)
            & (Application.registered_at < moment)
            & (Application.issued_at.is_null() | (Application.issued_at >= moment))
            & ~((Application.status == Status.REJECTED.value) & (Application.decided_at < moment))
        )
        .count()
    )


def test_in_process_at_a_periods_end_counts_what_the_definition_counts(demo):
    moments = [datetime(2025, 11, 1) + timedelta(days=17 * step, hours=step % 9) for step in range(23)]
    counted = [(_open_at(moment, None), _open_at_by_the_definition(moment)) for moment in moments]
    assert all(bounded == reference for bounded, reference in counted), counted
    assert len({reference for _bounded, reference in counted}) > 3  # the moments see different open files
