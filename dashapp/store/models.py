"""The tables: patients, their visits (sessions) and what each visit recorded.

Choices worth knowing:
- Times are stored in UTC and always come back timezone-aware, on SQLite as on PostgreSQL.
- A mark's qualities are a JSON list of keys from `chart.QUALITIES`, in that vocabulary's
  order, exactly as the chart JSON carries them (a list, not a comma string, so a key can never
  be split or mis-joined).
- Intake answers and examination findings are kept as the JSON the pages already use (the
  intake's answer dict; the findings form's flat dict with keys like "right.slr_angle"), each
  with the schema version it was written in.
- A visit's chart is read and written as a domain PainChart through mapping.py only. Its
  freehand drawing is one JSON list of strokes on the visit (in the order drawn, each as
  `Stroke.to_json` writes it): strokes are only ever read and written together.
- `Visit.version` is bumped on every save: callers pass the version they loaded, so two people
  editing one session cannot silently overwrite each other (see visits.save_visit).
- `Patient.name_key` is the case-folded name, so searching is case-insensitive for any
  alphabet on both databases (SQLite's lower() only folds ASCII).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from dashapp.domain.sciatica.intake import INTAKE_VERSION

INTAKE_SCHEMA = INTAKE_VERSION  # the intake's questions (domain.sciatica.intake.ADDED_IN)
FINDINGS_SCHEMA = 1
NAME_LENGTH = 200
REFERENCE_LENGTH = 64

# Named constraints, so a later migration can alter them on both databases.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and read back timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"A stored time must carry its time zone, not {value!r}")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Patient(Timestamped, Base):
    """A person followed over several sessions. The name is free text, stored as given.

    `reference` is the patient's number in another record, if any. `birth_year` is kept apart
    from `date_of_birth` because many records give only the year; when both are known they
    agree (see validate.birth)."""

    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    name_key: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    reference: Mapped[str | None] = mapped_column(String(REFERENCE_LENGTH))
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    visits: Mapped[list[Visit]] = relationship(
        back_populates="patient", order_by="(Visit.date, Visit.id)"
    )


class Visit(Timestamped, Base):
    """One session: the pain map, the answers, the findings, the treatment given and the
    stretches handed out."""

    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version_positive"),
        Index("ix_visits_patient_date", "patient_id", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    # What makes the pain worse (activity ids), the chart's second half.
    activities: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The freehand drawing, the chart's third part (domain.drawing; '[]' for older sessions).
    strokes: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, default=list, server_default=text("'[]'")
    )
    # The self-care stretches handed out: atlas muscle ids, in the order given ('[]' before).
    stretches: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    # Who saved last and which parts they changed, for a clear conflict message.
    updated_by: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    last_change: Mapped[str | None] = mapped_column(String(NAME_LENGTH))

    patient: Mapped[Patient] = relationship(back_populates="visits")
    marks: Mapped[list[VisitMark]] = relationship(
        cascade="all, delete-orphan", order_by="VisitMark.position", passive_deletes=True
    )
    treatments: Mapped[list[VisitTreatment]] = relationship(
        cascade="all, delete-orphan", order_by="VisitTreatment.position", passive_deletes=True
    )
    intake: Mapped[VisitIntake | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    findings: Mapped[VisitFindings | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class VisitMark(Base):
    """One marked area of a visit's map, in the order it was marked."""

    __tablename__ = "visit_marks"
    __table_args__ = (
        CheckConstraint(
            "intensity IS NULL OR (intensity >= 0 AND intensity <= 10)", name="intensity_0_10"
        ),
    )

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True
    )
    region: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    intensity: Mapped[int | None] = mapped_column(Integer)
    qualities: Mapped[list[str]] = mapped_column(JSON, default=list)


class VisitIntake(Timestamped, Base):
    """The patient's answers for a visit; `complete` once every question is answered."""

    __tablename__ = "visit_intakes"

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True
    )
    schema_version: Mapped[int] = mapped_column(Integer, default=INTAKE_SCHEMA)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)


class VisitFindings(Timestamped, Base):
    """The therapist's examination for a visit, as the findings form's flat dict."""

    __tablename__ = "visit_findings"

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True
    )
    schema_version: Mapped[int] = mapped_column(Integer, default=FINDINGS_SCHEMA)
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class VisitTreatment(Base):
    """One technique given on one muscle and side, for so many minutes."""

    __tablename__ = "visit_treatments"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 240", name="minutes_1_240"),
        CheckConstraint("side IN ('left', 'right', 'both')", name="side_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    technique: Mapped[str] = mapped_column(String(64))
    muscle: Mapped[str] = mapped_column(String(64))
    side: Mapped[str] = mapped_column(String(8))
    minutes: Mapped[int] = mapped_column(Integer)


class IntakeLink(Base):
    """A link a patient opens on their own phone to send one intake. Only the SHA-256 of its
    token is kept, so nothing in the database (or a backup) opens it."""

    __tablename__ = "intake_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The session the patient sent with it ("from the patient").
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))


# Accounts, the audit trail and intake links are not patient records: a backup's restore
# leaves them as they are (see backup.tables); a link never outlives its patient.
ACCOUNT_TABLES = ("users", "sign_in_failures", "audit_events", "intake_links")
USER_NAME_LENGTH = 64


class User(Timestamped, Base):
    """A person who signs in (clinic mode); the password is kept only as an Argon2 hash."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('therapist', 'admin')", name="role_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(USER_NAME_LENGTH), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Bumped when the password is reset or the account disabled: older sessions stop working.
    epoch: Mapped[int] = mapped_column(Integer, default=1)


class SignInFailure(Base):
    """One failed sign-in, kept so that throttling holds across workers and hosts."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(USER_NAME_LENGTH), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class AuditEvent(Base):
    """Who did what to which patient, when and from where. Rows are only ever added.

    Ids only: never a patient's name or notes."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    user_name: Mapped[str | None] = mapped_column(String(USER_NAME_LENGTH))
    action: Mapped[str] = mapped_column(String(32), index=True)
    patient_id: Mapped[int | None] = mapped_column(Integer, index=True)
    visit_id: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(200), default="")
