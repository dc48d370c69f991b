"""Text classifiers behind one Protocol: `score(texts) -> [{label: probability}, ...]`.

Three implementations pass the same contract tests (tests/detection/test_classifiers.py):

- `linear.LinearTextClassifier`: the default scam/spam model shipped in `models/`
  (`spam-default.npz`), scored in-process with numpy: no model server, no extra dependency;
- `onnx_model.OnnxClassifier`: any ONNX text model taking a string tensor [N, 1] (the default model
  is also shipped as `spam-default.onnx`), through `onnxruntime`;
- `http_service.HttpClassifier`: a scoring service, `POST {"texts": [...]}` ->
  `{"scores": [{label: probability}, ...]}` (`http_service.serve` is a reference server).

`load_classifiers(spec)` reads the `SAFEHARBOUR_CLASSIFIERS` setting. How the default model is
trained, on what, and how well it does: `models/spam-default.card.json` and
scripts/train_classifier.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from safeharbour.kit.errors import InvalidInput


@runtime_checkable
class Classifier(Protocol):
    """Scores a batch of texts: one dict per text, in order, label -> probability in [0, 1]."""

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]: ...


class ClassifierError(RuntimeError):
    """A classifier could not score (service down, bad answer); the batch is not scored."""


SETTING = "SAFEHARBOUR_CLASSIFIERS"


def load_classifiers(spec: str | None) -> list[Classifier]:
    """Classifiers named by a comma-separated spec: `default` (the shipped model, in-process),
    `onnx:default` or `onnx:/path/model.onnx`, `http://host/score` or `https://...`; empty or
    `none` for none."""
    found: list[Classifier] = []
    for raw in (spec or "").split(","):
        item = raw.strip()
        if not item or item == "none":
            continue
        if item == "default":
            from safeharbour.detection.classifiers.linear import default_classifier

            found.append(default_classifier())
        elif item.startswith("onnx:"):
            from safeharbour.detection.classifiers.onnx_model import (
                OnnxClassifier,
                default_onnx_path,
            )

            target = item.removeprefix("onnx:")
            path = default_onnx_path() if target == "default" else target
            found.append(OnnxClassifier(path))
        elif item.startswith(("http://", "https://")):
            from safeharbour.detection.classifiers.http_service import HttpClassifier

            found.append(HttpClassifier(item))
        else:
            raise InvalidInput(
                f"unknown classifier {item!r}; expected default, onnx:PATH, onnx:default or an "
                "http(s):// URL",
                field=SETTING,
            )
    return found


def check_scores(scores: object, count: int, source: str) -> list[dict[str, float]]:
    """The scores of `count` texts, validated; ClassifierError naming `source` otherwise."""
    if not isinstance(scores, list) or len(scores) != count:
        raise ClassifierError(f"{source}: expected a list of {count} score objects")
    out: list[dict[str, float]] = []
    for position, item in enumerate(scores):
        if not isinstance(item, dict):
            raise ClassifierError(f"{source}: scores.{position} is not an object")
        checked: dict[str, float] = {}
        for label, value in item.items():
            if (
                not isinstance(label, str)
                or isinstance(value, bool)
                or not isinstance(value, int | float)
                or not 0.0 <= value <= 1.0
            ):
                raise ClassifierError(
                    f"{source}: scores.{position}.{label} is not a probability in [0, 1]"
                )
            checked[label] = float(value)
        out.append(checked)
    return out
