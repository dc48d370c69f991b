"""Every role, every console page it can reach: no link leads to a 403 or a 404, and no form
posts to a route whose permission the role lacks.

The walk starts at the console home and follows every same-site console link it finds
(breadth first, one page per route pattern), for a user of each role with the data an
everyday installation has (an agency, a trusted flagger, a notice, a key). Forms are matched
to the console routes they post to; each route's declared `x-permission` is compared with
the role's permissions from `ROLE_PERMISSIONS`, the one table. Also: the flagger files a
notice from its console; the auditor's audit pages filter and verify; the admin's pages
create what they say.
"""

from __future__ import annotations

import re
import uuid
from collections import deque
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import pyotp
import pytest
from starlette.routing import Mount

from safeharbour.authz.roles import (
    OWNER_BOUND,
    ROLE_PERMISSIONS,
    Permission,
    Role,
    requires_second_factor,
)
from safeharbour.authz.users import do_create_user
from safeharbour.bootstrap import Container
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.agencies import do_add_agency
from tests.nta import HATE, ingest, mirror, notice_body, platform_key  # noqa: F401 (fixtures)

PASSWORD = "correct horse battery staple"
MAX_PAGES = 80


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.forms: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.links.append(str(found["href"]))
        if tag == "form":
            self.forms.append(((found.get("method") or "get").lower(), str(found.get("action"))))


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field in the page"
    return match.group(1)


def nonce_of(html: str, after: str = "") -> str:
    start = html.index(after) if after else 0
    match = re.search(r'name="form_nonce" value="([^"]+)"', html[start:])
    assert match, "no one-time nonce in the form"
    return match.group(1)


@pytest.fixture
def owners(container: Container) -> dict[str, uuid.UUID]:
    def work(unit: Any) -> dict[str, uuid.UUID]:
        agency = do_add_agency(
            unit,
            name="Bundeskriminalamt",
            country="DE",
            kind="police",
            domains=["bka.example"],
            actor=SYSTEM,
        )
        flagger = do_add_trusted_flagger(unit, name="Hotline e.V.", actor=SYSTEM)
        return {"agency": agency.id, "flagger": flagger.id}

    return run_in_unit(container.database, work)


@pytest.fixture
def user_of_role(
    container: Container, owners: dict[str, uuid.UUID]
) -> Callable[[Role], tuple[str, str | None]]:
    def make(role: Role) -> tuple[str, str | None]:
        email = f"{role.value}-{uuid.uuid4().hex[:6]}@example.org"
        created = run_in_unit(
            container.database,
            lambda unit: do_create_user(
                unit,
                email=email,
                password=PASSWORD,
                role=role,
                agency_id=owners["agency"] if role == Role.AUTHORITY else None,
                flagger_id=owners["flagger"] if role == Role.TRUSTED_FLAGGER else None,
                totp=requires_second_factor(role),
                cipher=container.keys.cipher,
                actor=SYSTEM,
            ),
        )
        return email, created.totp.secret if created.totp else None

    return make


def sign_in(client: Any, email: str, secret: str | None) -> None:
    token = csrf_of(client.get("/console/login").text)
    data = {"email": email, "password": PASSWORD, "csrf_token": token}
    if secret:
        data["totp"] = pyotp.TOTP(secret).at(client.app.state.container.clock.now())
    reply = client.post("/console/login", data=data, follow_redirects=False)
    assert reply.status_code == 303, reply.text


def _console_routes(app: Any) -> list[tuple[re.Pattern[str], str, dict[str, Any]]]:
    """(path pattern, method, operation) of every console route, from the console app's own
    OpenAPI document (where `x-permission` is declared)."""
    mount = next(r for r in app.routes if isinstance(r, Mount) and r.path == "/console")
    found = []
    for path, item in mount.app.openapi()["paths"].items():  # type: ignore[attr-defined]
        pattern = re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(path)) + "$")
        for method, operation in item.items():
            found.append((pattern, method.upper(), dict(operation)))
    return found


def _route_for(routes: Any, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    for regex, route_method, extra in routes:
        if route_method == method and regex.match(path):
            return regex.pattern, extra
    return None


def walk(client: Any, app: Any, role: Role) -> tuple[list[str], list[str]]:
    """(pages that failed, forms the role cannot use)."""
    routes = _console_routes(app)
    granted = ROLE_PERMISSIONS[role]
    seen_patterns: set[str] = set()
    queue = deque(["/console/"])
    failed: list[str] = []
    unusable: list[str] = []
    pages = 0
    while queue and pages < MAX_PAGES:
        url = queue.popleft()
        path = urlsplit(url).path
        matched = _route_for(routes, "GET", path[len("/console") :])
        if matched is None:
            failed.append(f"{url}: no such console route")
            continue
        if matched[0] in seen_patterns:
            continue
        seen_patterns.add(matched[0])
        pages += 1
        reply = client.get(url)
        if reply.status_code != 200:
            failed.append(f"{url}: {reply.status_code}")
            continue
        parser = _Links()
        parser.feed(reply.text)
        for method, action in parser.forms:
            if method != "post":
                continue
            target = urlsplit(urljoin(url, action)).path
            if target in ("/console/logout",):
                continue
            route = _route_for(routes, "POST", target[len("/console") :])
            if route is None:
                unusable.append(f"{url}: a form posts to {target}, which does not exist")
                continue
            needed = route[1].get("x-permission")
            if needed and Permission(needed) not in granted:
                unusable.append(f"{url}: a form posts to {target}, which needs {needed}")
        for href in parser.links:
            absolute = urljoin(url, href)
            parts = urlsplit(absolute)
            if parts.netloc not in ("", "testserver") or not parts.path.startswith("/console/"):
                continue
            if parts.path.startswith(("/console/static/", "/console/public/")):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return failed, unusable


@pytest.mark.usefixtures("mirror")
@pytest.mark.parametrize("role", [r for r in Role if r != Role.PLATFORM], ids=str)
def test_no_role_is_shown_a_link_or_form_it_cannot_use(
    role: Role,
    app: Any,
    client: Any,
    user_of_role: Callable[[Role], tuple[str, str | None]],
) -> None:
    # A notice in the queue, so that case pages and their forms are part of the walk.
    assert client.post("/api/v1/notices", json=notice_body()).status_code == 201
    sign_in(client, *user_of_role(role))
    failed, unusable = walk(client, app, role)
    assert failed == []
    assert unusable == []


def test_the_admin_acts_for_no_organisation_and_the_flagger_may_file() -> None:
    assert not ROLE_PERMISSIONS[Role.ADMIN] & OWNER_BOUND
    assert Permission.NOTICES_SUBMIT in ROLE_PERMISSIONS[Role.TRUSTED_FLAGGER]
    assert Permission.AGENCIES_WRITE in ROLE_PERMISSIONS[Role.ADMIN]
    assert Permission.AGENCIES_WRITE not in ROLE_PERMISSIONS[Role.AUDITOR]


@pytest.mark.usefixtures("mirror")
def test_a_flagger_files_a_notice_once_and_sees_it_with_its_deadline(
    client: Any, user_of_role: Callable[[Role], tuple[str, str | None]]
) -> None:
    sign_in(client, *user_of_role(Role.TRUSTED_FLAGGER))
    form = client.get("/console/flagger/notices/new")
    assert form.status_code == 200
    body = notice_body()
    data = {
        "csrf_token": csrf_of(form.text),
        "form_nonce": nonce_of(form.text),
        "location_kind": "post",
        "location": body["location"]["id"],
        "category": HATE,
        "explanation": "Calls for violence against a group.",
        "good_faith": "yes",
    }
    sent = client.post("/console/flagger/notices/new", data=data, follow_redirects=False)
    assert sent.status_code == 303
    again = client.post("/console/flagger/notices/new", data=data, follow_redirects=False)
    assert again.headers["location"] == sent.headers["location"]  # the same notice, once
    page = client.get(sent.headers["location"])
    assert "Your notice was filed" in page.text
    listing = client.get("/console/flagger/")
    assert listing.text.count("/console/flagger/notices/") == 2  # the new-notice link and one row
    assert "Accuracy" in listing.text and "Your deadlines" in listing.text
    # The shared pager and its filter: another kind of content shows none of it, a bad value
    # or position is a 422 naming the field, never a 500.
    other = client.get(
        "/console/flagger/", params={"category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"}
    )
    assert other.status_code == 200
    assert "No notices match this filter" in other.text
    assert other.text.count("/console/flagger/notices/") == 1  # the new-notice link only
    same = client.get("/console/flagger/", params={"category": HATE})
    assert same.text.count("/console/flagger/notices/") == 2
    bad = client.get("/console/flagger/", params={"category": "nonsense", "after": "x"})
    assert bad.status_code == 422
    assert 'id="filter-category-error"' in bad.text


def test_a_flagger_form_keeps_the_input_and_names_the_field(
    client: Any, user_of_role: Callable[[Role], tuple[str, str | None]]
) -> None:
    sign_in(client, *user_of_role(Role.TRUSTED_FLAGGER))
    form = client.get("/console/flagger/notices/new")
    reply = client.post(
        "/console/flagger/notices/new",
        data={
            "csrf_token": csrf_of(form.text),
            "form_nonce": nonce_of(form.text),
            "location_kind": "url",
            "location": "",
            "explanation": "kept text",
        },
    )
    assert reply.status_code == 422
    assert 'id="err-location"' in reply.text and 'id="err-category"' in reply.text
    assert "kept text" in reply.text


def test_the_auditor_filters_the_log_and_verifies_the_chain(
    client: Any, user_of_role: Callable[[Role], tuple[str, str | None]]
) -> None:
    sign_in(client, *user_of_role(Role.AUDITOR))
    everything = client.get("/console/audit/")
    assert everything.status_code == 200 and "authz:flagger:created" in everything.text
    agencies = client.get("/console/audit/", params={"action": "authz:agency:created"})
    assert "authz:agency:created" in agencies.text
    assert "data-audit-entry" in agencies.text
    assert "authz:flagger:created</code>" not in agencies.text
    none = client.get("/console/audit/", params={"from": "2001-01-01", "to": "2001-01-02"})
    assert "No entries match these filters" in none.text
    bad = client.get("/console/audit/", params={"from": "yesterday"})
    assert bad.status_code == 422 and 'id="filter-from-error"' in bad.text
    verified = client.get("/console/audit/verify")
    assert verified.status_code == 200 and "The chain is intact" in verified.text


def _post_form(client: Any, page_url: str, action: str, data: dict[str, str], marker: str) -> Any:
    page = client.get(page_url).text
    fields = {"csrf_token": csrf_of(page), "form_nonce": nonce_of(page, marker), **data}
    return client.post(action, data=fields, follow_redirects=False), fields


def test_admin_key_is_shown_once_and_a_resend_creates_nothing(
    client: Any, user_of_role: Callable[[Role], tuple[str, str | None]]
) -> None:
    sign_in(client, *user_of_role(Role.ADMIN))
    created, fields = _post_form(
        client,
        "/console/admin/keys",
        "/console/admin/keys",
        {"role": "platform", "label": "chat production"},
        'action="/console/admin/keys"',
    )
    assert created.status_code == 200
    secret = re.search(r"data-secret>(shk_[^<]+)<", created.text)
    assert secret, "the new key is shown"
    resent = client.post("/console/admin/keys", data=fields, follow_redirects=False)
    assert resent.status_code == 303  # the same nonce: sent to the key, not a second key
    listing = client.get(resent.headers["location"]).text
    assert secret.group(1) not in listing and listing.count("chat production") == 1


def test_a_suspended_flagger_cannot_file_until_reinstated(
    client: Any,
    make_key: Callable[..., str],
    owners: dict[str, uuid.UUID],
    user_of_role: Callable[[Role], tuple[str, str | None]],
) -> None:
    from tests.conftest import bearer

    sign_in(client, *user_of_role(Role.ADMIN))
    flagger = owners["flagger"]
    marker = f'action="/console/admin/flaggers/{flagger}/suspend"'
    empty, _ = _post_form(
        client, "/console/admin/flaggers", marker.split('"')[1], {"reason": ""}, marker
    )
    assert empty.status_code == 422
    done, _ = _post_form(
        client,
        "/console/admin/flaggers",
        marker.split('"')[1],
        {"reason": "Repeated unfounded notices"},
        marker,
    )
    assert done.status_code == 303
    assert "Suspended since" in client.get("/console/admin/flaggers").text
    key = bearer(make_key("trusted_flagger", flagger))
    refused = client.post("/api/v1/notices", json=notice_body(), headers=key)
    assert refused.status_code == 403 and "suspended" in refused.text
    marker = f'action="/console/admin/flaggers/{flagger}/reinstate"'
    back, _ = _post_form(client, "/console/admin/flaggers", marker.split('"')[1], {}, marker)
    assert back.status_code == 303
    assert client.post("/api/v1/notices", json=notice_body(), headers=key).status_code == 201


def test_the_auditor_reads_admin_lists_without_a_single_form(
    client: Any, user_of_role: Callable[[Role], tuple[str, str | None]]
) -> None:
    sign_in(client, *user_of_role(Role.AUDITOR))
    for path in (
        "/console/admin/users",
        "/console/admin/keys",
        "/console/admin/agencies",
        "/console/admin/flaggers",
    ):
        page = client.get(path)
        assert page.status_code == 200
        assert (
            'method="post"'
            not in page.text.replace('action="/console/logout"', "").split("<main", 1)[1]
        )


def test_admin_creates_an_officer_with_a_display_name_and_sees_the_secret_once(
    client: Any, container: Container, user_of_role: Callable[[Role], tuple[str, str | None]]
) -> None:
    from sqlalchemy import select

    from safeharbour.audit.models import AuditEntry
    from safeharbour.authz.models import User

    sign_in(client, *user_of_role(Role.ADMIN))
    created, _ = _post_form(
        client,
        "/console/admin/users",
        "/console/admin/users",
        {
            "email": "officer@example.org",
            "display_name": "Dana Officer",
            "role": "legal_officer",
            "password": PASSWORD,
        },
        'action="/console/admin/users"',
    )
    assert created.status_code == 200, created.text
    assert "User created" in created.text and "data-secret" in created.text  # TOTP, once
    with container.database.reader() as session:
        user = session.scalars(select(User).where(User.email == "officer@example.org")).one()
        assert user.display_name == "Dana Officer" and user.totp_required
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "authz:user:created")
            .order_by(AuditEntry.seq.desc())
        ).first()
    assert entry is not None and "Dana" not in str(entry.snapshot)
    assert "display_name_sha256" in entry.snapshot
    assert "Dana Officer" in client.get("/console/admin/users").text
