"""The fast canonical-JSON path writes exactly the bytes of the RFC 8785 reference."""

from __future__ import annotations

from typing import Any

import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from safeharbour.kit.canonical import _orjson_safe, canonical_json

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53 - 1), 2**53 - 1)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=20)
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=500, deadline=None)
@given(values)
def test_fast_path_equals_rfc8785(value: Any) -> None:
    assert canonical_json(value) == rfc8785.dumps(value)


def test_floats_and_non_ascii_keys_take_the_reference_path() -> None:
    for value in ({"a": 1.5}, {"é": 1, "e": 2}, [1e21], {"big": 2**60}):
        assert not _orjson_safe(value)
    assert canonical_json({"b": 1e21, "a": [0.1]}) == rfc8785.dumps({"b": 1e21, "a": [0.1]})
    # UTF-16 ordering differs from code-point ordering above the BMP; the reference decides.
    tricky = {"\U0001f600": 1, "\uff61": 2}
    assert canonical_json(tricky) == rfc8785.dumps(tricky)


def test_control_characters_are_escaped_like_the_reference() -> None:
    value = {"s": 'tab\there \x00 \x1f \x7f quote" backslash\\ slash/ é 😀'}
    assert canonical_json(value) == rfc8785.dumps(value)
