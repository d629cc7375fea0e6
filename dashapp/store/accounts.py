"""Accounts: add, find, check a password, disable, reset; and the failed sign-ins that
throttle further tries. Passwords are kept only as Argon2 hashes (argon2-cffi's defaults)."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from dashapp.domain import accounts as rules
from dashapp.domain.accounts import Account
from dashapp.store.errors import InvalidInput, NotFound
from dashapp.store.models import SignInFailure, User, utcnow

HASHER = PasswordHasher()
# Checked when no account has the name, so a wrong name takes as long as a wrong password.
_NOBODY = HASHER.hash("no account has this name")
# Failed sign-ins older than this no longer count for anything.
KEEP_FAILURES = timedelta(days=1)


def _account(user: User) -> Account:
    return Account(user.id, user.name, user.role, user.disabled, user.epoch)


def _checked(check, value):
    try:
        return check(value)
    except ValueError as problem:
        raise InvalidInput(str(problem)) from None


def add_user(db: Session, name: str, role: str, password: str) -> Account:
    """A new account; InvalidInput when the name, role or password will not do."""
    name = _checked(rules.account_name, name)
    _checked(rules.check_role, role)
    _checked(rules.check_password, password)
    if db.scalar(select(User.id).where(User.name == name)) is not None:
        raise InvalidInput(f"There is already an account named {name}.")
    user = User(name=name, role=role, password_hash=HASHER.hash(password))
    db.add(user)
    try:
        db.flush()
    except IntegrityError:
        raise InvalidInput(f"There is already an account named {name}.") from None
    return _account(user)


def count_users(db: Session) -> int:
    """How many accounts there are (disabled ones too)."""
    return db.scalar(select(func.count()).select_from(User)) or 0


def list_users(db: Session) -> list[Account]:
    """Every account, by name."""
    return [_account(u) for u in db.scalars(select(User).order_by(User.name))]


def get_user(db: Session, user_id: int) -> Account | None:
    """The account with this id, or None."""
    user = db.get(User, user_id)
    return _account(user) if user else None


def signed_in(db: Session, name: str, password: str) -> Account | None:
    """The account when the name and password match an enabled account, else None.

    A hash made with older Argon2 parameters is replaced by one with the current ones."""
    try:
        key = rules.account_name(name)
    except ValueError:
        key = None
    user = db.scalar(select(User).where(User.name == key)) if key else None
    try:
        HASHER.verify(user.password_hash if user else _NOBODY, password or "")
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    return _account(user)


def set_password(db: Session, user_id: int, password: str) -> Account:
    """Give the account a new password; its open sessions end."""
    _checked(rules.check_password, password)
    user = _user(db, user_id)
    user.password_hash = HASHER.hash(password)
    user.epoch += 1
    return _account(user)


def set_disabled(db: Session, user_id: int, disabled: bool) -> Account:
    """Disable (its open sessions end) or enable again an account."""
    user = _user(db, user_id)
    user.disabled = disabled
    user.epoch += 1
    return _account(user)


def _user(db: Session, user_id: int) -> User:
    user = db.get(User, user_id)
    if user is None:
        raise NotFound(f"No account {user_id}.")
    return user


def record_failure(db: Session, name: str, address: str, at: datetime | None = None) -> None:
    """Note a failed sign-in for this name and address; forget ones too old to count."""
    now = at or utcnow()
    db.execute(delete(SignInFailure).where(SignInFailure.at < now - KEEP_FAILURES))
    db.add(SignInFailure(name=_key(name), address=address[:64], at=now))


def locked_until(db: Session, name: str, address: str, now: datetime | None = None):
    """When sign-in for this name, or from this address, unlocks; None when it is open."""
    now = now or utcnow()
    since = now - rules.FAILURE_WINDOW - rules.LOCK_TIME
    recent = select(SignInFailure).where(SignInFailure.at >= since)
    by_name = db.scalars(recent.where(SignInFailure.name == _key(name))).all()
    by_address = db.scalars(recent.where(SignInFailure.address == address[:64])).all()
    ends = [
        rules.locked_until(f.at for f in by_name),
        rules.locked_until((f.at for f in by_address), rules.ADDRESS_FAILURE_LIMIT),
    ]
    later = [end for end in ends if end is not None and end > now]
    return max(later) if later else None


def forget_failures(db: Session, name: str) -> None:
    """After a good sign-in, this name's failures stop counting (its address's still do)."""
    db.execute(delete(SignInFailure).where(SignInFailure.name == _key(name)))


def _key(name: str) -> str:
    return (name or "").strip().lower()[:64]


__all__ = [
    "add_user",
    "count_users",
    "forget_failures",
    "get_user",
    "list_users",
    "locked_until",
    "record_failure",
    "set_disabled",
    "set_password",
    "signed_in",
]
