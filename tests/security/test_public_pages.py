"""The front door, the public navigation and the self-contained API documentation.

What a visitor without an account meets first: `/` links the report form, transparency, the
page for authorities and the staff sign-in; `/api/v1/docs` is served with everything it loads
from this server (the browser check is tests/e2e/test_page_walk.py).
"""

from __future__ import annotations

import re
from typing import Any

from safeharbour.kit.links import front_door_lines


def test_the_front_door_links_every_public_page_and_the_staff_sign_in(client: Any) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for href in ("/console/public/notices/new", "/transparency/", "/for-authorities"):
        assert f'href="{href}"' in page.text, href
    assert 'href="/console/login"' in page.text
    # The brand leads the public to the front door, not to the staff sign-in.
    assert re.search(r'class="brand" href="/"', page.text)
    for linked in ("/console/public/notices/new", "/transparency/", "/for-authorities"):
        assert client.get(linked).status_code == 200, linked


def test_public_pages_link_to_each_other(client: Any) -> None:
    form = client.get("/console/public/notices/new").text
    assert 'href="/transparency/"' in form and 'href="/for-authorities"' in form
    assert re.search(r'class="brand" href="/"', form)
    authorities = client.get("/for-authorities").text
    assert 'href="/console/public/notices/new"' in authorities


def test_the_api_docs_load_nothing_from_another_origin(client: Any) -> None:
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "http" not in policy
    loaded = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert loaded and all(url.startswith("/") or url.startswith("#") for url in loaded), loaded
    scripts = re.findall(r'<script src="([^"]+)"', page.text)
    assert "/console/static/vendor/swagger-ui/swagger-ui-bundle.js" in scripts
    for url in scripts + re.findall(r'<link rel="stylesheet" href="([^"]+)"', page.text):
        assert client.get(url).status_code == 200, url
    assert client.get("/api/v1/openapi.json").json()["openapi"].startswith("3.")


def test_the_start_up_banner_names_the_public_addresses() -> None:
    lines = "\n".join(front_door_lines("http://127.0.0.1:8123/"))
    for url in (
        "http://127.0.0.1:8123/\n",
        "http://127.0.0.1:8123/console/public/notices/new",
        "http://127.0.0.1:8123/transparency/",
        "http://127.0.0.1:8123/for-authorities",
        "http://127.0.0.1:8123/console/login",
        "http://127.0.0.1:8123/api/v1/docs",
    ):
        assert url in lines + "\n", url
