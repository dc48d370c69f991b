"""Sign-in throttling under concurrency, and password checks that hold no database lock."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from safeharbour.authz.users import CreatedUser, verify_password
from safeharbour.bootstrap import Container
from tests.authz.test_console_login import csrf_of, login

MakeUser = Callable[..., CreatedUser]


@pytest.fixture
def moderator(make_user: MakeUser) -> CreatedUser:
    return make_user("mod@example.org", "moderator")


def test_forty_concurrent_wrong_passwords_cannot_all_be_checked(
    app: Any, container: Container, moderator: CreatedUser
) -> None:
    """The attempt is counted before the password is checked: of 40 guesses sent at once for
    one account from one address, at most the budget get an answer about the password."""
    limit = container.settings.login_attempts_per_minute
    guesses = 40
    clients = [TestClient(app) for _ in range(guesses)]
    forms = []
    for guesser in clients:
        token = csrf_of(guesser.get("/console/login").text)
        forms.append({"email": "mod@example.org", "password": "wrong guess!", "csrf_token": token})
    start = threading.Barrier(guesses)
    statuses: list[int] = []
    lock = threading.Lock()

    def guess(n: int) -> None:
        start.wait()
        status = clients[n].post("/console/login", data=forms[n], follow_redirects=False)
        with lock:
            statuses.append(status.status_code)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    counts = Counter(statuses)
    assert sum(counts.values()) == guesses
    assert set(counts) <= {401, 429}, counts
    assert counts[401] <= limit, counts
    assert counts[429] >= guesses - limit, counts


def _try_to_write_elsewhere(database_url: str) -> str | None:
    """From another connection, take the lock a writer needs, without waiting: None when it
    was free, else the database's refusal."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        other = sqlite3.connect(url.database or "", timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return None
        except sqlite3.OperationalError as exc:
            return str(exc)
        finally:
            other.close()
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SET lock_timeout = '50ms'"))
            conn.execute(text("SELECT id FROM users FOR UPDATE NOWAIT"))
            conn.rollback()
        return None
    except Exception as exc:  # the driver's lock-not-available error
        return type(exc).__name__ + ": " + str(exc).splitlines()[0]
    finally:
        engine.dispose()


def test_the_password_is_checked_with_no_write_lock_held(
    client: Any,
    container: Container,
    moderator: CreatedUser,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """argon2 takes tens of milliseconds; if it ran inside the write transaction, a burst of
    sign-ins would hold every writer (ingest first) for that long each."""
    seen: list[str | None] = []

    def verify_and_probe(password_hash: str, password: str) -> Any:
        seen.append(_try_to_write_elsewhere(database_url))
        return verify_password(password_hash, password)

    monkeypatch.setattr("safeharbour.authz.sessions.verify_password", verify_and_probe)
    assert login(client, "mod@example.org", "not the password at all").status_code == 401
    assert login(client, "mod@example.org").status_code == 303
    assert len(seen) == 2
    assert seen == [None, None], seen
