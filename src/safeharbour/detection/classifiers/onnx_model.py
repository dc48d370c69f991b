"""An ONNX text classifier through `onnxruntime`.

The model takes one string tensor of shape [N, 1] (the texts) and has an output of shape
[N, K] with the probability of each of K classes (skl2onnx's `probabilities` with
`zipmap=False`; otherwise the first float output of that shape). Class names come from the
model's metadata: `labels` (a JSON list of K names) and optionally `negative_labels` (names
not reported, such as `ham`); without metadata they are `class_0` ... `class_{K-1}`.

One session per classifier, one thread (figures are per core; scale out with processes).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from safeharbour.detection.classifiers import ClassifierError
from safeharbour.detection.classifiers.linear import model_path
from safeharbour.kit.errors import InvalidInput

DEFAULT_ONNX = "spam-default.onnx"


def default_onnx_path() -> Path:
    return model_path(DEFAULT_ONNX)


class OnnxClassifier:
    def __init__(self, path: Path | str) -> None:
        import onnxruntime

        self.path = Path(path)
        if not self.path.is_file():
            raise InvalidInput("no such ONNX model file", field=str(self.path))
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            self._session = onnxruntime.InferenceSession(
                str(self.path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own exception types
            raise InvalidInput(f"not a usable ONNX model: {exc}", field=str(self.path)) from None
        inputs = self._session.get_inputs()
        if len(inputs) != 1 or inputs[0].type != "tensor(string)":
            raise InvalidInput(
                "the model must take one string tensor [N, 1] of texts", field=str(self.path)
            )
        self._input = inputs[0].name
        outputs = [
            o
            for o in self._session.get_outputs()
            if o.type == "tensor(float)" and len(o.shape) == 2
        ]
        named = [o for o in outputs if o.name == "probabilities"]
        if not (named or outputs):
            raise InvalidInput(
                "the model has no float output of shape [N, K] (probabilities)",
                field=str(self.path),
            )
        self._output = (named or outputs)[0].name
        metadata = self._session.get_modelmeta().custom_metadata_map
        self._names: list[str] | None = (
            json.loads(metadata["labels"]) if "labels" in metadata else None
        )
        negative = json.loads(metadata.get("negative_labels", "[]"))
        self._skip = set(negative)
        self.labels = tuple(n for n in self._names or () if n not in self._skip)

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        batch = np.array(list(texts), dtype=object).reshape(-1, 1)
        try:
            (probabilities,) = self._session.run([self._output], {self._input: batch})
        except Exception as exc:
            raise ClassifierError(f"ONNX model {self.path.name}: {exc}") from None
        rows = np.asarray(probabilities, dtype=np.float64)
        if rows.shape[0] != len(texts):
            raise ClassifierError(f"ONNX model {self.path.name}: wrong number of rows")
        names = self._names or [f"class_{k}" for k in range(rows.shape[1])]
        if len(names) != rows.shape[1]:
            raise ClassifierError(
                f"ONNX model {self.path.name}: {rows.shape[1]} classes, {len(names)} labels"
            )
        keep = [(k, name) for k, name in enumerate(names) if name not in self._skip]
        columns = [(name, np.clip(rows[:, k], 0.0, 1.0).tolist()) for k, name in keep]
        return [{name: values[i] for name, values in columns} for i in range(len(texts))]
