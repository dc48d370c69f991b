"""Reading rules files: YAML → validated models → a compiled `RuleSet`, with errors that name the
file, the line and the dotted path; and `RulesSource`, the hot-reloading holder.

`RulesSource.current()` costs one `os.scandir` of the rules directory when nothing changed
(names, sizes, inodes, modification and change times compared): call it before each batch.
When the files changed it reads and compiles them; an invalid new version is refused, logged
and kept as `error` (shown on /readyz) while the last good rules stay in force.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from safeharbour.detection.rules.engine import RuleSet, builtin_ruleset, compile_rules
from safeharbour.detection.rules.schema import BehaviourSpec, RulesFile, RuleSpec

log = logging.getLogger(__name__)

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class RuleError:
    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class InvalidRules(ValueError):
    def __init__(self, errors: Sequence[RuleError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


def _lines(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key.value)
            out[(*path, name)] = key.start_mark.line + 1
            _lines(value, (*path, name), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, value in enumerate(node.value):
            _lines(value, (*path, index), out)


def parse_yaml(text: str, file: str) -> tuple[dict[str, Any], dict[tuple[Any, ...], int]]:
    """A YAML (or JSON) mapping and the line of each dotted path in it."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise InvalidRules(
            [RuleError(file, mark.line + 1 if mark else None, "", f"not YAML: {problem}")]
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InvalidRules([RuleError(file, 1, "", "expected a mapping at the top")])
    lines: dict[tuple[Any, ...], int] = {}
    if node is not None:
        _lines(node, (), lines)
    return data, lines


def validation_errors(
    exc: ValidationError, file: str, lines: dict[tuple[Any, ...], int]
) -> list[RuleError]:
    """Pydantic's errors as (file, line of the nearest enclosing path, dotted path, message)."""
    errors = []
    for item in exc.errors():
        loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and "[" in p))
        line = None
        for end in range(len(loc), -1, -1):
            if loc[:end] in lines:
                line = lines[loc[:end]]
                break
        path = ".".join(str(p) for p in loc)
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown field"
        elif item["type"] == "missing":
            message = "field required"
        errors.append(RuleError(file, line, path, message))
    return errors


def parse_rules_text(text: str, file: str) -> RulesFile:
    """One file's rules, validated; InvalidRules with file, line and dotted path."""
    data, lines = parse_yaml(text, file)
    try:
        return RulesFile.model_validate(data)
    except ValidationError as exc:
        raise InvalidRules(validation_errors(exc, file, lines)) from None


def rule_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix in SUFFIXES and p.is_file())


def load_rules(paths: Sequence[Path], *, with_builtin_default: bool = True) -> RuleSet:
    """The rules of these files together; the built-in rules alone when there are none."""
    if not paths and with_builtin_default:
        return builtin_ruleset()
    digest = hashlib.sha256()
    errors: list[RuleError] = []
    specs: list[RuleSpec] = []
    seen: dict[str, str] = {}
    bank_policies = True
    behaviour: BehaviourSpec | None = None
    for path in paths:
        try:
            raw = path.read_bytes()
            text = raw.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(RuleError(path.name, None, "", f"cannot read: {exc}"))
            continue
        digest.update(path.name.encode() + b"\0" + raw + b"\0")
        try:
            parsed = parse_rules_text(text, path.name)
        except InvalidRules as exc:
            errors.extend(exc.errors)
            continue
        bank_policies = bank_policies and parsed.bank_policies
        if parsed.behaviour is not None:
            if behaviour is not None and behaviour != parsed.behaviour:
                errors.append(
                    RuleError(path.name, None, "behaviour", "set differently in another file")
                )
            behaviour = parsed.behaviour
        for index, spec in enumerate(parsed.rules):
            if spec.id in seen:
                errors.append(
                    RuleError(
                        path.name,
                        None,
                        f"rules.{index}.id",
                        f"rule id {spec.id!r} is also defined in {seen[spec.id]}",
                    )
                )
            seen[spec.id] = path.name
            specs.append(spec)
    if errors:
        raise InvalidRules(errors)
    return compile_rules(
        specs,
        version=digest.hexdigest(),
        bank_policies=bank_policies,
        behaviour=behaviour,
        source=", ".join(p.name for p in paths),
    )


Fingerprint = tuple[tuple[str, int, int, int, int], ...]


class RulesSource:
    """The rules of a directory, reloaded when its files change; thread-safe."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._fingerprint: Fingerprint | None = None
        self._rules: RuleSet = builtin_ruleset()
        self.error: str | None = None

    def _scan(self) -> Fingerprint:
        try:
            entries = list(os.scandir(self.directory))
        except FileNotFoundError:
            return ()
        found = []
        for entry in entries:
            if entry.name.endswith(SUFFIXES) and entry.is_file():
                stat = entry.stat()
                found.append(
                    (entry.name, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)
                )
        return tuple(sorted(found))

    def current(self) -> RuleSet:
        """The rules in force, reloading first if the files changed."""
        return self.poll()[0]

    def poll(self) -> tuple[RuleSet, str | None]:
        """(rules in force, an error raised by this very reload or None)."""
        fingerprint = self._scan()
        with self._lock:
            if fingerprint == self._fingerprint:
                return self._rules, None
            self._fingerprint = fingerprint
            try:
                rules = load_rules([self.directory / entry[0] for entry in fingerprint])
            except InvalidRules as exc:
                self.error = str(exc)
                log.error(
                    "detection rules in %s are invalid, keeping the last good ones (%s): %s",
                    self.directory,
                    self._rules.version[:12],
                    exc,
                )
                return self._rules, self.error
            self._rules = rules
            self.error = None
            log.info("detection rules loaded: %s (%s)", rules.source, rules.version[:12])
            return rules, None

    def status(self) -> dict[str, Any]:
        rules = self._rules
        return {
            "directory": str(self.directory),
            "version": rules.version,
            "source": rules.source,
            "rules": len(rules.rules),
            "error": self.error,
        }
