"""kit/merkle.py against a naive recursive reading of RFC 9162 §2.1."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from safeharbour.kit.merkle import (
    MerkleAccumulator,
    inclusion_proof,
    leaf_hash,
    merkle_root,
    node_hash,
    verify_inclusion,
)


def _k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(d: list[bytes]) -> bytes:
    if not d:
        return hashlib.sha256(b"").digest()
    if len(d) == 1:
        return hashlib.sha256(b"\x00" + d[0]).digest()
    k = _k(len(d))
    return hashlib.sha256(b"\x01" + mth(d[:k]) + mth(d[k:])).digest()


def path(m: int, d: list[bytes]) -> list[bytes]:
    if len(d) == 1:
        return []
    k = _k(len(d))
    if m < k:
        return [*path(m, d[:k]), mth(d[k:])]
    return [*path(m - k, d[k:]), mth(d[:k])]


leaves_st = st.lists(st.binary(max_size=8), min_size=0, max_size=70)


def test_empty_and_known_values() -> None:
    assert merkle_root([]).hex() == hashlib.sha256(b"").hexdigest()
    assert merkle_root([b"a"]) == leaf_hash(b"a")
    assert merkle_root([b"a", b"b", b"c"]) == node_hash(
        node_hash(leaf_hash(b"a"), leaf_hash(b"b")), leaf_hash(b"c")
    )


@settings(max_examples=200)
@given(leaves_st)
def test_root_matches_the_recursive_definition(leaves: list[bytes]) -> None:
    assert merkle_root(leaves) == mth(leaves)


@settings(max_examples=200)
@given(leaves_st.filter(bool), st.integers(min_value=0))
def test_proofs_match_and_verify(leaves: list[bytes], pick: int) -> None:
    m = pick % len(leaves)
    proof = inclusion_proof(leaves, m)
    assert proof == path(m, leaves)
    root = mth(leaves)
    assert verify_inclusion(leaves[m], m, len(leaves), proof, root)
    assert not verify_inclusion(leaves[m] + b"x", m, len(leaves), proof, root)
    if len(leaves) > 1:
        assert not verify_inclusion(leaves[m], m, len(leaves), proof[:-1], root)
        assert not verify_inclusion(leaves[m], m, len(leaves), [*proof, root], root)
        other = (m + 1) % len(leaves)
        if leaves[other] != leaves[m]:
            assert not verify_inclusion(leaves[m], other, len(leaves), proof, root)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=8), max_size=140))
def test_the_streaming_accumulator_matches_the_recursive_definition(leaves: list[bytes]) -> None:
    tree = MerkleAccumulator()
    for leaf in leaves:
        tree.add(leaf)
    assert tree.size == len(leaves)
    assert tree.root() == mth(leaves)
