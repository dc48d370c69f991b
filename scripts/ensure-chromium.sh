#!/usr/bin/env bash
# Make Debian's Chromium available to the browser end-to-end tests (tests/e2e) before pytest.
#
# Playwright drives the system's Chromium through its executable path. `playwright install`
# is never run: it downloads a browser from elsewhere, which fails on a closed network and
# would test a browser no operator runs.
#
#   Chromium present (SAFEHARBOUR_CHROMIUM, else /usr/bin/chromium)  -> nothing to do
#   missing, running as root with apt-get (CI's fresh Debian machine) -> apt-get install chromium
#   missing and cannot be installed: CI=true                          -> exit 1, the run fails
#                                     otherwise                       -> a warning; pytest skips
#                                                                        the e2e tests, saying why
set -euo pipefail

default_path=/usr/bin/chromium
chromium="${SAFEHARBOUR_CHROMIUM:-$default_path}"
ci="${CI:-}"
in_ci=false
[[ "${ci,,}" == "true" ]] && in_ci=true  # the same test as IN_CI in tests/conftest.py

say() { printf 'ensure-chromium: %s\n' "$*" >&2; }

give_up() {
    if $in_ci; then
        say "$1"
        say "CI=true: the browser tests need Chromium, so the run fails here."
        exit 1
    fi
    say "$1"
    say "The browser tests (tests/e2e) will be skipped. Install Debian's chromium" \
        "(sudo apt-get install chromium) or set SAFEHARBOUR_CHROMIUM to its path."
    exit 0
}

if [[ -x "$chromium" ]]; then
    exit 0
fi

if [[ "$chromium" != "$default_path" ]]; then
    # An explicit path that does not exist is a mistake apt-get cannot repair.
    give_up "SAFEHARBOUR_CHROMIUM=$chromium is not an executable file."
fi

if [[ "$(id -u)" != "0" ]]; then
    give_up "$chromium is missing and this user is not root, so it cannot be installed."
fi
if ! command -v apt-get >/dev/null 2>&1; then
    give_up "$chromium is missing and there is no apt-get to install Debian's chromium."
fi

say "$chromium is missing: installing Debian's chromium with apt-get."
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update; then
    give_up "apt-get update failed, so chromium could not be installed."
fi
if ! apt-get install -y chromium; then
    give_up "apt-get install chromium failed."
fi
if [[ ! -x "$chromium" ]]; then
    give_up "apt-get installed chromium but $chromium is still missing."
fi
say "installed: $("$chromium" --version 2>/dev/null || echo "$chromium")"
