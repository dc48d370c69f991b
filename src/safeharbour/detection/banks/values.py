"""Signal types and the validation/normalisation of bank values, and import file formats.

Formats (`read_values`):

* `lines`: one value per line; blank lines and lines starting with `#` are skipped.
* `csv`: a header row with a `value` column (or `signal_value`, `hash`, the names hash-sharing
  programmes use); other columns are ignored except `signal_type`, which, when present, must
  name the imported signal (rows of other types are skipped).
* `threatexchange`: the `threatexchange` library's local-file format (its
  `LocalFileSignalExchangeAPI`): `<signal type name> <value>` per line, types named by the
  library's `SignalType.get_name()` (`pdq`, `video_md5`, `video_sha256`, `url`, `raw_text`).
  Lines of other signal types are skipped; values are validated by the library's own
  `validate_signal_str` before ours. `domain` and `regex` have no ThreatExchange signal type.

Export (`write_values`, `safeharbour bank export`) writes the same formats back, so that an
exported file imports into another bank as the same entries: `plain` (= `lines`) one value
per line, `csv` with the columns import reads (`signal_type,value`, several signals in one
file, values quoted as needed), `threatexchange` `<type name> <value>` lines. A value that a
format cannot carry (a line break in plain or threatexchange, a plain value starting with `#`,
a signal without a ThreatExchange type) is an error naming the signal and the format to use.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

from safeharbour.detection.matching.regex import check_pattern
from safeharbour.detection.matching.urls import normalise_domain, normalise_url


class Signal(StrEnum):
    PDQ = "pdq"
    MD5 = "md5"
    SHA256 = "sha256"
    URL = "url"
    DOMAIN = "domain"
    KEYWORD = "keyword"
    REGEX = "regex"


class Policy(StrEnum):
    ACT = "act"
    REVIEW = "review"
    TAG = "tag"


POLICY_STRENGTH = {Policy.ACT: 3, Policy.REVIEW: 2, Policy.TAG: 1}

FORMATS = ("lines", "csv", "threatexchange")
EXPORT_FORMATS = ("plain", "lines", "csv", "threatexchange")
MAX_VALUE_LENGTH = 2000

_HEX = {Signal.PDQ: 64, Signal.MD5: 32, Signal.SHA256: 64}
_HEX_RE = re.compile(r"[0-9a-f]+")
_CSV_VALUE_COLUMNS = ("value", "signal_value", "hash", "indicator")


def normalise_value(signal: Signal, raw: str) -> str:
    """The stored form of a value; ValueError with the reason when it is invalid."""
    value = raw.strip()
    if not value:
        raise ValueError("empty value")
    if len(value) > MAX_VALUE_LENGTH:
        raise ValueError(f"longer than {MAX_VALUE_LENGTH} characters")
    if signal in _HEX:
        value = value.lower()
        if len(value) != _HEX[signal] or not _HEX_RE.fullmatch(value):
            raise ValueError(f"a {signal} value is {_HEX[signal]} hexadecimal characters")
        return value
    if signal is Signal.URL:
        return normalise_url(value)
    if signal is Signal.DOMAIN:
        return normalise_domain(value)
    if signal is Signal.REGEX:
        check_pattern(value)
        return value
    return value  # keyword: stored as given, normalised when matchers are built


def _tx_signal_classes() -> dict[Signal, Any]:
    from threatexchange.signal_type.md5 import VideoMD5Signal
    from threatexchange.signal_type.pdq.signal import PdqSignal
    from threatexchange.signal_type.raw_text import RawTextSignal
    from threatexchange.signal_type.sha256 import VideoSHA256Signal
    from threatexchange.signal_type.url import URLSignal

    return {
        Signal.PDQ: PdqSignal,
        Signal.MD5: VideoMD5Signal,
        Signal.SHA256: VideoSHA256Signal,
        Signal.URL: URLSignal,
        Signal.KEYWORD: RawTextSignal,
    }


def read_values(signal: Signal, text: str, fmt: str) -> Iterator[tuple[int, str]]:
    """(line number, raw value) for each value of `signal` in the file's text."""
    if fmt == "lines":
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                yield number, stripped
    elif fmt == "csv":
        yield from _read_csv(signal, text)
    elif fmt == "threatexchange":
        yield from _read_threatexchange(signal, text)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def _read_csv(signal: Signal, text: str) -> Iterator[tuple[int, str]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = {name.strip().lower(): name for name in reader.fieldnames or []}
    value_column = next((columns[c] for c in _CSV_VALUE_COLUMNS if c in columns), None)
    if value_column is None:
        raise ValueError(f"line 1: no value column (one of {', '.join(_CSV_VALUE_COLUMNS)})")
    type_column = columns.get("signal_type")
    for row in reader:
        number = reader.line_num
        if type_column and (row.get(type_column) or "").strip().lower() not in ("", signal):
            continue
        value = (row.get(value_column) or "").strip()
        if value:
            yield number, value


def _read_threatexchange(signal: Signal, text: str) -> Iterator[tuple[int, str]]:
    classes = _tx_signal_classes()
    cls = classes.get(signal)
    if cls is None:
        raise ValueError(f"threatexchange has no signal type for {signal}")
    name = cls.get_name()
    for number, line in enumerate(text.splitlines(), start=1):
        # The library's LocalFileSignalExchangeAPI reads "<type> <value>" exactly like this.
        kind, _, value = line.strip().partition(" ")
        if kind != name or not value.strip():
            continue
        try:
            yield number, cls.validate_signal_str(value.strip())
        except Exception as exc:  # the library raises ValueError or its own errors
            raise ValueError(f"line {number}: {exc or 'invalid ' + name}") from None


def write_values(entries: list[tuple[str, str]], fmt: str) -> str:
    """The text of an export file for (signal, value) entries; ValueError naming the reason
    when the format cannot carry them (see the module docstring)."""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["signal_type", "value"])
        writer.writerows(entries)
        return buffer.getvalue()
    lines: list[str] = []
    if fmt in ("plain", "lines"):
        signals = sorted({signal for signal, _ in entries})
        if len(signals) > 1:
            raise ValueError(
                f"the bank holds several signals ({', '.join(signals)}): choose one with "
                "--signal, or use --format csv"
            )
        for signal, value in entries:
            if value.splitlines() != [value]:  # what import splits lines on
                raise ValueError(f"a {signal} value holds a line break; use --format csv")
            if value.startswith("#"):
                raise ValueError(f"a {signal} value starts with #; use --format csv")
            lines.append(value)
    elif fmt == "threatexchange":
        classes = _tx_signal_classes()
        for signal, value in entries:
            cls = classes.get(Signal(signal))
            if cls is None:
                raise ValueError(
                    f"threatexchange has no signal type for {signal}; export with --signal "
                    "for the others, or use --format csv"
                )
            if value.splitlines() != [value]:  # what import splits lines on
                raise ValueError(f"a {signal} value holds a line break; use --format csv")
            lines.append(f"{cls.get_name()} {value}")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return "".join(line + "\n" for line in lines)
