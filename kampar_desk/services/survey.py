"""SKM: questionnaires from the kiosk or from paper, one per file, and the IKM of a period."""

from __future__ import annotations

import uuid
from collections import Counter as Tally
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from kampar_desk.domain.calendar import check_year
from kampar_desk.domain.errors import ValidationError
from kampar_desk.domain.skm import EDUCATION, OCCUPATION, UNSUR, IkmResult, age_group, compute_ikm, krejcie_morgan
from kampar_desk.domain.texts import long_date
from kampar_desk.domain.workflow import Action, Status, check_transition
from kampar_desk.services.applications import detail_of, load_row
from kampar_desk.services.audit import append_event
from kampar_desk.services.authorization import require
from kampar_desk.services.desk import Desk
from kampar_desk.services.records import ApplicationDetail, StaffRecord
from kampar_desk.services.station_scope import ALL_LABEL, narrowed, scope_label
from kampar_desk.store.database import write_transaction
from kampar_desk.store.models import Application, Suggestion, SurveyResponse

SOURCES = ("kiosk", "paper")
ANSWER_FIELDS = tuple(f"u{i}" for i in range(1, 10))


@dataclass(frozen=True)
class SurveyAnswers:
    values: tuple[int | None, ...]  # nine answers, 1..4, None when skipped
    age: int | None = None
    sex: str = ""
    education: str = ""
    occupation: str = ""
    disability: str = ""
    suggestion: str = ""


def _check(answers: SurveyAnswers, source: str) -> SurveyAnswers:
    if source not in SOURCES:
        raise ValidationError("source", "Sumber SKM harus kiosk atau kertas.")
    if len(answers.values) != len(UNSUR):
        raise ValidationError("values", f"SKM memiliki {len(UNSUR)} pertanyaan.")
    for unsur, value in zip(UNSUR, answers.values, strict=True):
        if value is not None and value not in (1, 2, 3, 4):
            raise ValidationError("values", f"Jawaban {unsur.code} ({unsur.name}) harus 1 sampai 4.")
    if all(value is None for value in answers.values):
        raise ValidationError("values", "Belum ada satu pun pertanyaan yang dijawab.")
    if source == "kiosk" and any(value is None for value in answers.values):
        raise ValidationError("values", "Semua pertanyaan harus dijawab di kiosk.")
    if answers.age is not None and not 15 <= answers.age <= 100:
        raise ValidationError("age", "Umur responden harus antara 15 dan 100 tahun.")
    if answers.sex not in ("", "L", "P"):
        raise ValidationError("sex", "Jenis kelamin harus L atau P.")
    if answers.education not in ("", *EDUCATION):
        raise ValidationError("education", "Pendidikan tidak dikenal.")
    if answers.occupation not in ("", *OCCUPATION):
        raise ValidationError("occupation", "Pekerjaan tidak dikenal.")
    if len(answers.suggestion) > 2000:
        raise ValidationError("suggestion", "Saran terlalu panjang (paling banyak 2000 huruf).")
    return answers


def submit_survey(
    desk: Desk, actor: StaffRecord, application_id: uuid.UUID, answers: SurveyAnswers, source: str
) -> ApplicationDetail:
    """Record the filled questionnaire (issued → SKM recorded); a written suggestion enters the list of Saran SKM
    (not the complaints register: a suggestion is not a complaint and has no response clock)."""
    actor = require(desk, actor, Action.RECORD_SURVEY)
    answers = _check(answers, source)
    with write_transaction():
        row = load_row(application_id)
        check_transition(Action.RECORD_SURVEY, Status(row.status), Status.SURVEYED, row.number)
        now = desk.now()
        SurveyResponse.create(
            application=row.id,
            source=source,
            submitted_at=now,
            entered_by=actor.id,
            age=answers.age,
            sex=answers.sex,
            education=answers.education,
            occupation=answers.occupation,
            disability=" ".join(answers.disability.split())[:100],
            suggestion=answers.suggestion.strip(),
            **dict(zip(ANSWER_FIELDS, answers.values, strict=True)),
        )
        row.survey_outcome, row.survey_recorded_at, row.status = "filled", now, Status.SURVEYED.value
        row.save()
        if answers.suggestion.strip():
            # Only the text goes to the list: the ratings stay with the questionnaire, never shown beside it.
            Suggestion.create(application=row.id, text=answers.suggestion.strip(), received_at=now)
        # The answers stay out of the audit log and the screens: the officer at the counter does not see them.
        append_event(
            now,
            actor.username,
            Action.RECORD_SURVEY.value,
            row,
            Status.ISSUED.value,
            Status.SURVEYED.value,
            {"outcome": "filled", "source": source},
        )
    return detail_of(desk, row)


@dataclass(frozen=True)
class SkmPeriod:
    start: date
    end: date
    result: IkmResult
    recipients: int
    required_sample: int
    declined: int
    profile: dict[str, dict[str, int]]
    suggestions: tuple[str, ...]
    rows: tuple[dict, ...]  # one per respondent, for the tabulation
    station_label: str = ALL_LABEL  # the stations whose files were counted (`station_scope`), for titles

    @property
    def label(self) -> str:
        return f"{long_date(self.start)} s.d. {long_date(self.end)}"


def semester(spec: str) -> tuple[date, date]:
    """`2026-1` = January to June, `2026-2` = July to December."""
    try:
        year_text, half = spec.split("-")
        year = int(year_text)
    except ValueError:
        raise ValidationError("semester", "Semester ditulis TAHUN-1 atau TAHUN-2, contoh 2026-2.") from None
    check_year(year, "semester")
    if half == "1":
        return date(year, 1, 1), date(year, 6, 30)
    if half == "2":
        return date(year, 7, 1), date(year, 12, 31)
    raise ValidationError("semester", "Semester ditulis TAHUN-1 atau TAHUN-2, contoh 2026-2.")


def _utc_bounds(desk: Desk, start: date, end: date) -> tuple[datetime, datetime]:
    offset = timedelta(hours=desk.office().utc_offset_hours)
    return datetime.combine(start, time.min) - offset, datetime.combine(end + timedelta(days=1), time.min) - offset


PROFILE_COLUMNS = ("submitted_at", "source", "age", "sex", "education", "occupation", "disability", "suggestion")


def skm_period(desk: Desk, start: date, end: date, station: str | None = None) -> SkmPeriod:
    """IKM and respondent profile for questionnaires submitted between `start` and `end` (office dates, inclusive),
    on the files of `station` (None every station, "" this one, else a station's id; see `station_scope`)."""
    if end < start:
        raise ValidationError("end", "Tanggal akhir tidak boleh sebelum tanggal awal.")
    low, high = _utc_bounds(desk, start, end)

    def scoped(condition):  # a questionnaire and its population follow their file's station
        return narrowed(condition, Application.origin_station, station)

    # the columns the tables show, as plain rows: a busy month has thousands of questionnaires
    shown = [SurveyResponse._meta.fields[name] for name in (*ANSWER_FIELDS, *PROFILE_COLUMNS)]
    query = (
        SurveyResponse.select(*shown, Application.number.alias("number"))
        .join(Application)
        .where(scoped((SurveyResponse.submitted_at >= low) & (SurveyResponse.submitted_at < high)))
        .order_by(SurveyResponse.submitted_at)
    )
    rows, values = [], []
    profile: dict[str, Tally] = {"Jenis kelamin": Tally(), "Umur": Tally(), "Pendidikan": Tally(), "Pekerjaan": Tally()}
    for response in cast(Iterable[Any], query.namedtuples()):  # rows of the columns above, not models
        answer = tuple(getattr(response, field) for field in ANSWER_FIELDS)
        values.append(answer)
        profile["Jenis kelamin"][{"L": "Laki-laki", "P": "Perempuan"}.get(response.sex, "Tidak diisi")] += 1
        profile["Umur"][age_group(response.age)] += 1
        profile["Pendidikan"][response.education or "Tidak diisi"] += 1
        profile["Pekerjaan"][response.occupation or "Tidak diisi"] += 1
        rows.append(
            {
                "date": desk.to_local(response.submitted_at).date(),
                "number": response.number,
                "source": response.source,
                "age": response.age,
                "sex": response.sex,
                "education": response.education,
                "occupation": response.occupation,
                "disability": response.disability,
                "answers": answer,
                "suggestion": response.suggestion,
            }
        )
    issued = Application.select().where(scoped(Application.issued_at.between(low, high - timedelta(microseconds=1))))
    rejected = Application.select().where(
        scoped(
            (Application.status == Status.REJECTED.value)
            & Application.decided_at.between(low, high - timedelta(microseconds=1))
        )
    )
    recipients = issued.count() + rejected.count()
    declined = (
        Application.select()
        .where(scoped((Application.survey_outcome == "declined") & Application.survey_recorded_at.between(low, high)))
        .count()
    )
    return SkmPeriod(
        start=start,
        end=end,
        result=compute_ikm(values),
        recipients=recipients,
        required_sample=krejcie_morgan(recipients),
        declined=declined,
        profile={k: dict(sorted(v.items())) for k, v in profile.items()},
        suggestions=tuple(r["suggestion"] for r in rows if r["suggestion"]),
        rows=tuple(rows),
        station_label=scope_label(desk, station),
    )
