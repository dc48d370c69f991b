"""RFC 9162 §2.1 (RFC 6962 §2.1) Merkle tree hashing, inclusion proofs and their verification.

There is no maintained Python library for this here, so the RFC's definitions are implemented
directly and checked against a naive recursive definition (tests/kit/test_merkle.py):

- leaf hash = SHA-256(0x00 || leaf bytes); node hash = SHA-256(0x01 || left || right);
- MTH of n > 1 leaves splits at k, the largest power of two smaller than n;
- the hash of the empty tree is SHA-256 of the empty string;
- an inclusion proof (audit path) lists the sibling hashes from the leaf up; verification is
  the algorithm of RFC 9162 §2.1.3.2.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _levels(hashes: list[bytes]) -> list[list[bytes]]:
    """Bottom-up levels; an odd last node is promoted unchanged (equivalent to the RFC split)."""
    levels = [hashes]
    while len(levels[-1]) > 1:
        below = levels[-1]
        above = [node_hash(below[i], below[i + 1]) for i in range(0, len(below) - 1, 2)]
        if len(below) % 2:
            above.append(below[-1])
        levels.append(above)
    return levels


def root_from_hashes(hashes: Sequence[bytes]) -> bytes:
    if not hashes:
        return hashlib.sha256(b"").digest()
    return _levels(list(hashes))[-1][0]


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of the leaves' bytes."""
    return root_from_hashes([leaf_hash(leaf) for leaf in leaves])


class MerkleAccumulator:
    """The root of a stream of leaves in O(log n) memory: equal-height subtrees are merged as
    leaves arrive (a compact range), and the remaining peaks are folded right to left at the
    end, which is the RFC's split at the largest power of two (tests/kit/test_merkle.py)."""

    def __init__(self) -> None:
        self._peaks: list[tuple[int, bytes]] = []
        self.size = 0

    def add(self, leaf: bytes) -> None:
        self.add_hash(leaf_hash(leaf))

    def add_hash(self, digest: bytes) -> None:
        height, node = 0, digest
        while self._peaks and self._peaks[-1][0] == height:
            _, left = self._peaks.pop()
            node = node_hash(left, node)
            height += 1
        self._peaks.append((height, node))
        self.size += 1

    def root(self) -> bytes:
        if not self._peaks:
            return hashlib.sha256(b"").digest()
        node = self._peaks[-1][1]
        for _, left in reversed(self._peaks[:-1]):
            node = node_hash(left, node)
        return node


def inclusion_proof(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """PATH(m, D[n]): the audit path of leaf `index`, sibling hashes from the leaf up."""
    if not 0 <= index < len(leaves):
        raise IndexError("leaf index out of range")
    levels = _levels([leaf_hash(leaf) for leaf in leaves])
    path = []
    i = index
    for level in levels[:-1]:
        sibling = i ^ 1
        if sibling < len(level):
            path.append(level[sibling])
        i //= 2
    return path


def root_from_proof(leaf: bytes, index: int, tree_size: int, path: Sequence[bytes]) -> bytes:
    """RFC 9162 §2.1.3.2: the root implied by a leaf and its audit path (ValueError if the path
    does not fit the index and size)."""
    if not 0 <= index < tree_size:
        raise ValueError("leaf index out of range")
    fn, sn = index, tree_size - 1
    r = leaf_hash(leaf)
    for p in path:
        if sn == 0:
            raise ValueError("audit path too long")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ValueError("audit path too short")
    return r


def verify_inclusion(
    leaf: bytes, index: int, tree_size: int, path: Sequence[bytes], root: bytes
) -> bool:
    try:
        return root_from_proof(leaf, index, tree_size, path) == root
    except ValueError:
        return False


__all__ = [
    "MerkleAccumulator",
    "inclusion_proof",
    "leaf_hash",
    "merkle_root",
    "node_hash",
    "root_from_hashes",
    "root_from_proof",
    "verify_inclusion",
]
