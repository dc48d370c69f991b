"""The default scam/spam model, scored in-process with numpy.

The model is scikit-learn's `TfidfVectorizer(binary=True, use_idf=False, norm="l2")` followed
by a logistic regression, trained by scripts/train_classifier.py and shipped as its
vocabulary and weights (`models/spam-default.npz`, ~300 KB). Scoring repeats exactly what the
fitted pipeline computes, without scikit-learn at run time: the text lower-cased, split with
the vectorizer's token pattern, each distinct known term worth 1/sqrt(number of distinct
known terms) (binary features, l2 norm), so the score is
`sigmoid(intercept + sum(weights of the terms) / sqrt(count))`.

A batch is one pass of dict look-ups per text (the tokens) and then numpy for the sums and the
sigmoid over the whole batch.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

# scikit-learn's default `token_pattern` is `(?u)\b\w\w+\b`. Without the `\b`s it finds the
# same tokens (a greedy `\w\w+` always spans a whole run of word characters, and a run of one
# is skipped either way; tests/detection/test_classifiers.py checks it) about 30% faster.
SKLEARN_WORD_PATTERN = r"(?u)\b\w\w+\b"
_TOKEN = re.compile(r"\w\w+")
DEFAULT_MODEL = "spam-default.npz"


class LinearTextClassifier:
    def __init__(
        self, terms: Sequence[str], weights: npt.ArrayLike, intercept: float, label: str
    ) -> None:
        values = np.asarray(weights, dtype=np.float64)
        if values.shape != (len(terms),):
            raise ValueError("one weight per term")
        self._weight = dict(zip(terms, values.tolist(), strict=True))
        self._intercept = float(intercept)
        self.label = label
        self.labels = (label,)

    @classmethod
    def load(cls, path: Path | str) -> LinearTextClassifier:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                data["terms"].tolist(),
                data["weights"],
                float(data["intercept"][0]),
                str(data["label"][0]),
            )

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        count = len(texts)
        if not count:
            return []
        get = self._weight.get
        findall = _TOKEN.findall
        flat: list[float] = []
        known = np.empty(count, dtype=np.int64)
        for position, text in enumerate(texts):
            weights = [w for w in map(get, set(findall(text.lower()))) if w is not None]
            known[position] = len(weights)
            flat.extend(weights)
        sums = np.bincount(
            np.repeat(np.arange(count), known), weights=np.asarray(flat), minlength=count
        )
        raw = self._intercept + sums / np.sqrt(np.maximum(known, 1))
        probabilities = 1.0 / (1.0 + np.exp(-raw))
        label = self.label
        return [{label: p} for p in probabilities.tolist()]


def model_path(name: str) -> Path:
    return Path(str(resources.files("safeharbour.detection.classifiers") / "models" / name))


@functools.cache
def default_classifier() -> LinearTextClassifier:
    """The shipped model, loaded once per process (it is read-only)."""
    return LinearTextClassifier.load(model_path(DEFAULT_MODEL))
