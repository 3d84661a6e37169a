"""The benchmark database builder writes what the app would: a valid audit chain, every record matching its last
event, counters from which the services continue, and the statuses of a counter's ten years (a few hundred files,
without worker processes)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from kampar_desk.paths import AppPaths
from kampar_desk.services import recovery
from kampar_desk.services.audit import audit_check
from kampar_desk.services.desk import open_desk
from kampar_desk.store.database import close_database
from kampar_desk.store.models import Application, Counter, Letter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))  # a folder of scripts, not a package
build_million = importlib.import_module("build_million")


def test_a_small_build_checks_clean_and_the_counter_continues(tmp_path: Path) -> None:
    desk = open_desk(AppPaths(tmp_path / "data"))
    try:
        result = build_million.build(desk, 400, workers=0, progress=False)
        check = audit_check(desk, rotated=False)
        assert check.chain.intact, check.chain.describe()
        assert not check.findings, [finding.describe() for finding in check.findings[:5]]
        statuses = {row.status for row in Application.select(Application.status).distinct()}
        assert {"handed_over", "returned", "rejected"} <= statuses
        # the service day took the numbers after the bulk load's: every series ends at its counter
        for counter in Counter.select().where(Counter.series == "registration"):
            numbers = Application.select().where(Application.number.startswith(f"KPR-{counter.year}-0"))
            assert numbers.count() == counter.last
        assert Letter.select().count() == result["rows"]["letter"] > 300
        assert result["distinct_name_words"] > 300
        assert not recovery.reconcile(desk).changed  # no missing paper, no counter behind the register
    finally:
        close_database()
