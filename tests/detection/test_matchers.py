"""Matchers without a database: normalisation, keywords, regex sets, URLs, the scanner."""

# ruff: noqa: RUF001, RUF003  (Cyrillic, Greek, Arabic and full-width text on purpose)

from __future__ import annotations

import socket
from typing import Any

import pytest

from safeharbour.detection.banks.values import Signal, normalise_value, read_values
from safeharbour.detection.matching import regex as regex_module
from safeharbour.detection.matching.regex import RegexSet, check_pattern, hyperscan_available
from safeharbour.detection.matching.text import KeywordMatcher, normalise
from safeharbour.detection.matching.urls import (
    domain_candidates,
    extract_urls,
    normalise_url,
    registrable_domain,
)
from safeharbour.detection.scanner import BankInfo, ScanInput, Scanner

# --- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("fr\u200bee mo\u200dney", "free money"),  # zero-width space and joiner
        ("ｆｒｅｅ　ｍｏｎｅｙ", "free money"),  # NFKC: full-width letters and space
        ("ﬁnance", "finance"),  # NFKC: ligature
        ("FREE  Money", "free money"),  # case folding, whitespace runs
        ("Straße", "strasse"),
        ("frее mоney", "free money"),  # Cyrillic е and о among Latin letters
        ("fr33 m0n3y", "free money"),  # leetspeak
        ("$ca@m", "scaam"),
        ("2024 costs 35", "2024 costs 35"),  # numbers stay numbers
        ("привет мир", "привет мир"),  # genuine Cyrillic is not mapped to Latin
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_keywords_match_whole_words_after_normalisation() -> None:
    matcher = KeywordMatcher([("free money", 1), ("ass", 2), ("привет", 3), ("مرحبا", 4)])
    assert matcher.find("Get FR\u200bEE  m0ney now") == {1}
    assert matcher.find("a classic assessment") == set()  # not inside words
    assert matcher.find("Привет, мир!") == {3}
    assert matcher.find("قال مرحبا للجميع") == {4}
    assert KeywordMatcher([]).find("anything") == set()


# --- regex sets ---------------------------------------------------------------------------

RU_AR = [
    (r"(?i)купить\s+оружие", 1),  # literal Cyrillic: Hyperscan with UCP
    (r"\bпривет\b", 2),  # \b is ASCII-only in Hyperscan: routed to re
    (r"\w+@оружие", 3),  # \w is ASCII-only in Hyperscan: routed to re
    (r"بيع\s+سلاح", 4),  # Arabic literal
    (r"\bسلاح\b", 5),  # Arabic with \b
]


@pytest.mark.parametrize("use_hyperscan", [True, False])
def test_regex_sets_on_cyrillic_and_arabic(use_hyperscan: bool) -> None:
    regexes = RegexSet(RU_AR, use_hyperscan=use_hyperscan)
    assert regexes.find("Где КУПИТЬ   ОРУЖИЕ?") == {1}
    assert regexes.find("скажи привет всем") == {2}
    assert regexes.find("приветствую") == set()  # \b holds on Cyrillic letters
    assert regexes.find("почта: продавец@оружие") == {3}
    assert regexes.find("نريد بيع  سلاح هنا") == {4, 5}
    assert regexes.find("أسلحة") == set()
    if use_hyperscan and hyperscan_available():
        assert regexes.hyperscan_patterns == 2
        assert regexes.fallback_patterns == 3
    else:
        assert regexes.fallback_patterns == 5


def test_hyperscan_unicode_limits_are_real() -> None:
    """Why \\w and \\b go to `re`: in Hyperscan they do not see Cyrillic letters."""
    if not hyperscan_available():
        pytest.skip("hyperscan is not installed")
    import hyperscan

    db = hyperscan.Database()
    db.compile(expressions=[rb"\w+"], ids=[0], elements=1, flags=[hyperscan.HS_FLAG_UTF8])
    hits: list[Any] = []
    db.scan("привет".encode(), match_event_handler=lambda *a: hits.append(a))
    assert hits == []


def test_patterns_that_backtrack_catastrophically_are_refused() -> None:
    for bad in ("(a+)+$", r"(\w*)*x", "(ab*){2,}c", "", "x" * 1001, "("):
        with pytest.raises(ValueError):
            check_pattern(bad)
    check_pattern(r"(?i)free\s+(money|cash)")


def test_fallback_budget_skips_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_module, "RE_BUDGET_SECONDS", -1.0)
    regexes = RegexSet([(r"\ba\b", 1), (r"\bb\b", 2), (r"\bc\b", 3)], use_hyperscan=False)
    assert regexes.find("a b c") == {1}
    assert regexes.skipped == 2


# --- URLs -----------------------------------------------------------------------------------


def test_urls_are_extracted_and_normalised() -> None:
    text = (
        "see HTTPS://Shop.Evil.Example.co.uk:443/a?b=1#frag, www.bücher.de and file.txt (e.g. this)"
    )
    assert extract_urls(text) == [
        "https://shop.evil.example.co.uk/a?b=1",
        "http://www.xn--bcher-kva.de/",
    ]
    assert normalise_url("http://example.com:8080") == "http://example.com:8080/"
    with pytest.raises(ValueError):
        normalise_url("ftp://example.com/")


def test_registrable_domains_use_the_public_suffix_list_offline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    from safeharbour.detection.matching import urls

    urls._extractor.cache_clear()
    assert registrable_domain("a.b.example.co.uk") == "example.co.uk"
    assert registrable_domain("evil.github.io") == "evil.github.io"  # private suffix
    assert registrable_domain("co.uk") is None
    assert domain_candidates("x.shop.example.com") == [
        "x.shop.example.com",
        "shop.example.com",
        "example.com",
    ]


def test_values_are_validated() -> None:
    assert normalise_value(Signal.MD5, " D41D8CD98F00B204E9800998ECF8427E ") == (
        "d41d8cd98f00b204e9800998ecf8427e"
    )
    assert normalise_value(Signal.DOMAIN, "https://Evil.Example.com/x") == "evil.example.com"
    for signal, bad in [
        (Signal.PDQ, "ab"),
        (Signal.SHA256, "g" * 64),
        (Signal.MD5, "0" * 31),
        (Signal.DOMAIN, "not a domain"),
        (Signal.DOMAIN, "co.uk"),
        (Signal.URL, "mailto:x@example.com"),
        (Signal.REGEX, "(unclosed"),
    ]:
        with pytest.raises(ValueError):
            normalise_value(signal, bad)


def test_threatexchange_format_uses_the_library_names_and_validation() -> None:
    text = "pdq " + "ab" * 32 + "\nvideo_md5 " + "cd" * 16 + "\nurl https://example.com/\n"
    assert list(read_values(Signal.PDQ, text, "threatexchange")) == [(1, "ab" * 32)]
    assert list(read_values(Signal.MD5, text, "threatexchange")) == [(2, "cd" * 16)]
    with pytest.raises(ValueError, match="line 1"):
        list(read_values(Signal.PDQ, "pdq nothex\n", "threatexchange"))
    with pytest.raises(ValueError):
        list(read_values(Signal.DOMAIN, text, "threatexchange"))


def test_csv_format() -> None:
    text = "signal_type,value,note\nmd5," + "a" * 32 + ",x\nsha256," + "b" * 64 + ",y\n"
    assert list(read_values(Signal.MD5, text, "csv")) == [(2, "a" * 32)]
    with pytest.raises(ValueError, match="line 1"):
        list(read_values(Signal.MD5, "hash_value\nx\n", "csv"))


# --- the scanner: allow-lists, shadow mode, thresholds, quality -----------------------------

PDQ_A = "f" * 64
PDQ_NEAR = "0" * 6 + "f" * 58  # 24 bits away
PDQ_FAR = "0" * 10 + "f" * 54  # 40 bits away


def _scanner(*banks: tuple[BankInfo, list[tuple[str, str]]]) -> Scanner:
    infos = [info for info, _ in banks]
    entries = [(i, s, v) for i, (_, values) in enumerate(banks) for s, v in values]
    return Scanner(infos, entries)


def test_allow_lists_and_shadow_banks() -> None:
    scanner = _scanner(
        (BankInfo("scam", "act"), [("domain", "example.com"), ("keyword", "free money")]),
        (BankInfo("watch", "tag", shadow=True), [("keyword", "crypto")]),
        (BankInfo("ours", "review", allow_list=True), [("domain", "help.example.com")]),
        (BankInfo("fp", "review", allow_list=True), [("keyword", "FREE MONEY")]),
    )
    result = scanner.scan(ScanInput("e1", "free money at https://shop.example.com/x"))
    assert [(m.bank, m.signal, m.value) for m in result.matches] == [
        ("scam", "domain", "example.com")
    ]
    assert result.verdict == "act"
    allowed = scanner.scan(ScanInput("e2", "see https://help.example.com/faq"))
    assert allowed.matches == () and allowed.verdict == "none"
    shadow = scanner.scan(ScanInput("e3", "buy crypto"))
    assert [m.bank for m in shadow.matches] == ["watch"]
    assert shadow.verdict == "none"


def test_pdq_thresholds_quality_and_allow_lists() -> None:
    scanner = _scanner(
        (BankInfo("wide", "review"), [("pdq", PDQ_A)]),
        (BankInfo("tight", "act", pdq_threshold=10), [("pdq", PDQ_A)]),
    )
    near = scanner.scan(ScanInput("e", media=[{"pdq": PDQ_NEAR}]))
    assert [(m.bank, m.distance) for m in near.matches] == [("wide", 24)]
    assert near.verdict == "review"
    assert scanner.scan(ScanInput("e", media=[{"pdq": PDQ_FAR}])).matches == ()
    low = scanner.scan(ScanInput("e", media=[{"pdq": PDQ_A, "pdq_quality": 20}]))
    assert low.matches == ()
    exact = scanner.scan(ScanInput("e", media=[{"pdq": PDQ_A, "pdq_quality": 90}]))
    assert exact.verdict == "act"
    allowing = _scanner(
        (BankInfo("wide", "review"), [("pdq", PDQ_A)]),
        (BankInfo("own", "review", allow_list=True, pdq_threshold=31), [("pdq", PDQ_NEAR)]),
    )
    assert allowing.scan(ScanInput("e", media=[{"pdq": PDQ_A}])).matches == ()
