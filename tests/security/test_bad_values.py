"""Bad values, as a class: every typed parameter and body field of every API route, and every
field of every console form, fed the values that used to end in a 500 (dates past 9000 or
without a zone, URLs `urlsplit` cannot read, integers beyond what the databases hold, control
characters). The answer is never a 5xx, and an API 4xx is in the common error format.

The routes come from the app's OpenAPI document and the console forms from the pages
themselves, so a new route or form is covered the day it is added. `kit/values.py` holds the
shared types and checks that make the answers 4xx.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from safeharbour.authz.roles import ROLE_PERMISSIONS, Permission, Role
from safeharbour.bootstrap import Container
from safeharbour.config import Settings
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from tests import factories
from tests.conftest import bearer
from tests.legal.gateway.conftest import Agent, removal_order
from tests.nta import notice_body
from tests.security.browsers import close, signed_in_browser

EDGE_DATES = ["9999-12-31", "0001-01-01", "2026-02-30", "+275760-09-13"]
EDGE_TIMES = [
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "2027-01-01T00:00:00",
    "9999-12-31",
    "2026-01-01T25:61:00Z",
]
EDGE_INTS = [2**63, -(2**63) - 1, 10**20, 2**31, -1, 0]
EDGE_STRINGS = ["http://[::1", "//evil.example/x.png", "http://x:99999/", "a\x00b", "9999-12-31"]
EDGE_ANY: list[Any] = [*EDGE_STRINGS, 10**20, 2**63, "9999-12-31T23:59:59-14:00", None, [], {}]


def edges_for(schema: dict[str, Any]) -> list[Any]:
    """The bad values for a field of this JSON schema (any of its `anyOf` branches)."""
    if "anyOf" in schema:
        out: list[Any] = []
        for branch in schema["anyOf"]:
            out.extend(v for v in edges_for(branch) if v not in out)
        return out
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "integer" or kind == "number":
        return EDGE_INTS
    if kind == "string" and fmt == "date-time":
        return EDGE_TIMES
    if kind == "string" and fmt == "date":
        return EDGE_DATES
    if kind == "string":
        return EDGE_STRINGS
    if kind in ("array", "object") or kind is None:
        return EDGE_ANY
    return []


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = doc["components"]["schemas"][name]
    return schema


def _plausible(doc: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A value of the right shape, so that a body's other fields do not hide the bad one."""
    schema = _resolve(doc, schema)
    if "anyOf" in schema:
        return _plausible(doc, schema["anyOf"][0])
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "object":
        required = schema.get("required", [])
        props = schema.get("properties", {})
        return {name: _plausible(doc, props[name]) for name in required if name in props}
    if kind == "array":
        return []
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "boolean":
        return False
    if fmt == "date-time":
        return "2026-06-02T12:00:00Z"
    if fmt == "date":
        return "2026-06-02"
    if fmt == "uuid":
        return str(uuid.uuid4())
    return "x" * max(1, int(schema.get("minLength", 1)))


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


def _common_error_format(reply: Any) -> bool:
    try:
        body = reply.json()
    except ValueError:
        return False
    error = body.get("error") if isinstance(body, dict) else None
    return isinstance(error, dict) and {"code", "message", "details"} <= set(error)


@pytest.fixture
def settings(tmp_path: Any, database_url: str) -> Settings:
    """Every optional part switched on, so that its routes parse rather than answer 503."""
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        scheduler_enabled=False,
        public_base_url="http://testserver",
        webhook_secret="s" * 32,
    )


@pytest.fixture
def world(
    client: Any, container: Container, make_key: Callable[..., str], make_agent: Any
) -> dict[str, Any]:
    """Real ids for path parameters, and an API key for every permission a route names."""
    platform = bearer(make_key("platform"))
    events = [factories.account("acc-1"), factories.channel("chan-1"), factories.post("post-1")]
    assert (
        client.post("/api/v1/events", json={"events": events}, headers=platform).status_code == 200
    )
    notice = client.post("/api/v1/notices", json=notice_body("post-1")).json()
    case_id = client.get(
        f"/api/v1/notices/{notice['id']}", headers=bearer(make_key("auditor"))
    ).json()["case_id"]
    agent: Agent = make_agent()
    request_id = agent.submit(client, removal_order()).json()["id"]
    flagger = run_in_unit(
        container.database, lambda unit: do_add_trusted_flagger(unit, name="Hotline", actor=SYSTEM)
    )
    keys = {
        Role.ADMIN: bearer(make_key("admin")),
        Role.AUTHORITY: bearer(agent.key),
        Role.TRUSTED_FLAGGER: bearer(make_key("trusted_flagger", flagger.id)),
        Role.PLATFORM: platform,
    }
    return {
        "ids": {
            "case_id": case_id,
            "notice_id": notice["id"],
            "request_id": request_id,
            "post_id": "post-1",
            "account_id": "acc-1",
            "channel_id": "chan-1",
            "agency_id": str(agent.id),
            "flagger_id": str(flagger.id),
        },
        "keys": keys,
        "agent": agent,
        "flagger_id": flagger.id,
    }


def _headers_for(op: dict[str, Any], keys: dict[Role, dict[str, str]]) -> dict[str, str]:
    needed = op.get("x-permission")
    if not needed:
        return dict(keys[Role.ADMIN])
    for role in (Role.ADMIN, Role.AUTHORITY, Role.TRUSTED_FLAGGER, Role.PLATFORM):
        if Permission(needed) in ROLE_PERMISSIONS[role]:
            return dict(keys[role])
    return dict(keys[Role.ADMIN])


def _request(
    client: Any,
    doc: dict[str, Any],
    world: dict[str, Any],
    method: str,
    path: str,
    op: dict[str, Any],
    bad: dict[tuple[str, str], Any],
) -> Any:
    """Send the operation with plausible values, except the `bad` ones ((where, name) -> value)."""
    params: dict[str, Any] = {}
    url = path
    for param in op.get("parameters", []):
        where, name = param["in"], param["name"]
        if (where, name) in bad:
            value = bad[(where, name)]
        elif where == "path":
            value = world["ids"].get(name) or _plausible(doc, param["schema"])
        elif param.get("required"):
            value = _plausible(doc, param["schema"])
        else:
            continue
        if where == "path":
            url = url.replace("{" + name + "}", quote(str(value), safe=""))
        elif where == "query":
            params[name] = value if not isinstance(value, (list, dict)) else str(value)
    headers = _headers_for(op, world["keys"])
    kwargs: dict[str, Any] = {"params": params, "headers": headers}
    body_schema = (
        op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    )
    if body_schema is not None:
        body = _plausible(doc, body_schema)
        if isinstance(body, dict):
            for (where, name), value in bad.items():
                if where == "body":
                    body[name] = value
        kwargs["json"] = body
    return client.request(method.upper(), url, **kwargs)


def _cases(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], tuple[str, str], Any]]:
    cases = []
    for method, path, op in _operations(doc):
        fields: list[tuple[str, str, dict[str, Any]]] = [
            (p["in"], p["name"], p["schema"])
            for p in op.get("parameters", [])
            if p["in"] in ("path", "query")
        ]
        schema = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        if "schema" in schema:
            body = _resolve(doc, schema["schema"])
            for name, prop in body.get("properties", {}).items():
                fields.append(("body", name, _resolve(doc, prop)))
        for where, name, field_schema in fields:
            for value in edges_for(field_schema):
                cases.append((method, path, op, (where, name), value))
    return cases


def _check(reply: Any, what: str) -> None:
    assert reply.status_code < 500, f"{what}: {reply.status_code} {reply.text[:300]}"
    if reply.status_code >= 400 and reply.headers.get("content-type", "").startswith(
        "application/json"
    ):
        assert _common_error_format(reply), f"{what}: {reply.status_code} {reply.text[:300]}"


def test_every_api_field_answers_bad_values_with_a_4xx_in_the_common_format(
    app: Any, client: Any, world: dict[str, Any]
) -> None:
    doc = app.openapi()
    cases = _cases(doc)
    assert len(cases) > 300  # every route's fields, not a sample
    for method, path, op, field, value in cases:
        reply = _request(client, doc, world, method, path, op, {field: value})
        _check(reply, f"{method.upper()} {path} {field}={value!r}")


@hypothesis_settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_mixture_of_bad_values_in_one_request_is_a_4xx(
    app: Any, client: Any, world: dict[str, Any], data: st.DataObject
) -> None:
    doc = app.openapi()
    method, path, op = data.draw(st.sampled_from(_operations(doc)), label="operation")
    fields = [
        ((p["in"], p["name"]), p["schema"])
        for p in op.get("parameters", [])
        if p["in"] in ("path", "query")
    ]
    schema = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "schema" in schema:
        body = _resolve(doc, schema["schema"])
        fields += [(("body", n), _resolve(doc, p)) for n, p in body.get("properties", {}).items()]
    bad: dict[tuple[str, str], Any] = {}
    for field, field_schema in fields:
        choices = edges_for(field_schema)
        spoil: bool = bool(choices) and data.draw(st.booleans(), label=f"{field} bad")
        if spoil:
            bad[field] = data.draw(
                st.one_of(
                    st.sampled_from(choices),
                    st.integers(min_value=-(2**80), max_value=2**80),
                    st.text(max_size=40),
                ),
                label=str(field),
            )
    reply = _request(client, doc, world, method, path, op, bad)
    _check(reply, f"{method.upper()} {path} {bad!r}")


# -- console forms ------------------------------------------------------------------------
class _Forms(HTMLParser):
    """The POST forms of a page: action and (name, input type) of each field."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[tuple[str, list[tuple[str, str]]]] = []
        self._current: list[tuple[str, str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "form" and values.get("method", "get").lower() == "post":
            self._current = []
            self.forms.append((values.get("action", ""), self._current))
        elif self._current is not None and tag in ("input", "textarea", "select"):
            name = values.get("name")
            if name:
                kind = values.get("type", "text") if tag == "input" else tag
                self._current.append((name, kind))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None


FORM_EDGES = {
    "date": ["9999-12-31", "0001-01-01", "2026-02-30"],
    "datetime-local": ["9999-12-31T23:59", "0001-01-01T00:00", "2026-01-01T25:00"],
    "number": ["99999999999999999999", "-99999999999999999999", "1e309", "NaN"],
}
TEXT_EDGES = ["http://[::1", "9999-12-31T23:59:59-14:00", "99999999999999999999", "a\x00b"]
SKIP_FIELDS = {"csrf_token", "form_nonce"}


@pytest.fixture
def browsers(
    app: Any, container: Container, clock: ManualClock, world: dict[str, Any]
) -> Iterator[dict[Role, TestClient]]:
    opened = {
        Role.ADMIN: signed_in_browser(app, container, clock, Role.ADMIN),
        Role.LEGAL_OFFICER: signed_in_browser(app, container, clock, Role.LEGAL_OFFICER),
        Role.SENIOR_MODERATOR: signed_in_browser(app, container, clock, Role.SENIOR_MODERATOR),
        Role.AUTHORITY: signed_in_browser(
            app, container, clock, Role.AUTHORITY, agency_id=world["agent"].id
        ),
        Role.TRUSTED_FLAGGER: signed_in_browser(
            app, container, clock, Role.TRUSTED_FLAGGER, flagger_id=world["flagger_id"]
        ),
    }
    yield opened
    for browser in opened.values():
        close(browser)


def _console_pages(app: Any, ids: dict[str, str]) -> list[str]:
    from starlette.routing import Mount

    console: Any = next(r.app for r in app.routes if isinstance(r, Mount) and r.path == "/console")
    pages = []
    for path, item in console.openapi()["paths"].items():
        if "get" not in item or path == "/login":
            continue
        names = re.findall(r"{(\w+)}", path)
        if all(name in ids for name in names):
            pages.append(re.sub(r"{(\w+)}", lambda m: ids[m.group(1)], path))
    return pages


def test_every_console_form_answers_bad_values_without_a_5xx(
    app: Any, world: dict[str, Any], browsers: dict[Role, TestClient], clock: ManualClock
) -> None:
    pages = _console_pages(app, world["ids"])
    seen: set[tuple[str, tuple[str, ...]]] = set()
    submitted = 0
    for role, browser in browsers.items():
        for page in pages:
            reply = browser.get("/console" + page)
            assert reply.status_code < 500, f"{role} GET {page}: {reply.status_code}"
            if reply.status_code != 200:
                continue
            parser = _Forms()
            parser.feed(reply.text)
            token = re.search(r'name="csrf_token" value="([^"]+)"', reply.text)
            for action, fields in parser.forms:
                if not action.startswith("/console") or action.endswith(("/logout", "/login")):
                    continue
                key = (action, tuple(sorted(name for name, _ in fields)))
                if key in seen:
                    continue
                seen.add(key)
                for name, kind in fields:
                    if name in SKIP_FIELDS or kind in ("checkbox", "radio", "submit", "hidden"):
                        continue
                    for value in FORM_EDGES.get(kind, TEXT_EDGES):
                        form = {n: "" for n, _ in fields if n not in SKIP_FIELDS}
                        form[name] = value
                        form["csrf_token"] = token.group(1) if token else ""
                        form["form_nonce"] = secrets.token_urlsafe(24)
                        answer = browser.post(
                            action,
                            data=form,
                            follow_redirects=False,
                        )
                        submitted += 1
                        assert answer.status_code < 500, (
                            f"{role} POST {action} {name}={value!r}: "
                            f"{answer.status_code} {answer.text[:300]}"
                        )
        clock.advance(timedelta(seconds=1))
    assert submitted > 50, submitted
