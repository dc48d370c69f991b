"""The PDQ index against a brute-force scan: exact at any radius, through adds and removes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from safeharbour.detection.matching import DEFAULT_RADIUS, PdqIndex
from safeharbour.detection.signals.hashing import hamming_distances
from safeharbour.kit.errors import InvalidInput

# None: the layout the index plans by itself (which scans small segments); the numbers force
# multi-index probing with that many chunks even on a few hundred hashes.
CHUNKS = st.sampled_from([None, 8, 11, 13, 16, 23, 32])


def random_hashes(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.integers(0, 256, size=(n, 32), dtype=np.uint8)


def flip(rng: np.random.Generator, hashes: np.ndarray, distances: list[int]) -> np.ndarray:
    """Copies of `hashes` with exactly distances[i] bits flipped in row i."""
    bits = np.unpackbits(hashes, axis=1)
    for row, distance in enumerate(distances):
        bits[row, rng.choice(256, size=distance, replace=False)] ^= 1
    return np.packbits(bits, axis=1)


def brute_force(
    hashes: np.ndarray, ids: np.ndarray, queries: np.ndarray, radii: np.ndarray
) -> list[list[tuple[int, int]]]:
    """Per query: (id, distance of the id's nearest hash) within the radius, nearest first."""
    results = []
    for query, radius in zip(queries, radii, strict=True):
        distances = hamming_distances(hashes, query) if len(hashes) else np.empty(0, int)
        best: dict[int, int] = {}
        for row in np.flatnonzero(distances <= radius):
            key = int(ids[row])
            best[key] = min(best.get(key, 256), int(distances[row]))
        results.append(sorted(((i, d) for i, d in best.items()), key=lambda m: (m[1], m[0])))
    return results


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(0, 400),
    chunks=CHUNKS,
    planted=st.lists(st.integers(0, 40), min_size=1, max_size=24),
    duplicate_ids=st.booleans(),
)
def test_search_equals_brute_force(
    seed: int, n: int, chunks: int | None, planted: list[int], duplicate_ids: bool
) -> None:
    rng = np.random.default_rng(seed)
    hashes = random_hashes(rng, n)
    ids = rng.integers(0, max(1, n // 3), n) if duplicate_ids else rng.permutation(n) * 7 - 3
    if n:
        sources = rng.integers(0, n, len(planted))
        queries = flip(rng, hashes[sources], planted)
    else:
        queries = random_hashes(rng, len(planted))
    radii = np.full(len(queries), DEFAULT_RADIUS)

    index = PdqIndex(hashes, ids, chunks=chunks)

    assert index.search(queries) == brute_force(hashes, ids, queries, radii)
    if n:
        found = index.search(queries)
        for query, (source, distance) in enumerate(zip(sources, planted, strict=True)):
            returned = dict(found[query])
            if distance <= DEFAULT_RADIUS:
                assert returned[int(ids[source])] <= distance
            assert all(d <= DEFAULT_RADIUS for d in returned.values())


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 300), chunks=CHUNKS)
def test_per_query_radius(seed: int, n: int, chunks: int | None) -> None:
    rng = np.random.default_rng(seed)
    hashes = random_hashes(rng, n)
    ids = np.arange(n)
    queries = flip(rng, hashes[rng.integers(0, n, 20)], rng.integers(0, 44, 20).tolist())
    radii = rng.integers(0, 41, 20)
    index = PdqIndex(hashes, ids, chunks=chunks)
    assert index.search(queries, radius=radii) == brute_force(hashes, ids, queries, radii)


def test_near_misses_beyond_the_radius_are_not_returned() -> None:
    rng = np.random.default_rng(7)
    hashes = random_hashes(rng, 2000)
    ids = np.arange(2000)
    distances = [31, 32, 33, 35, 40]
    queries = flip(rng, hashes[:5], distances)
    for chunks in (None, 11, 16):
        index = PdqIndex(hashes, ids, chunks=chunks)
        assert index.search(queries) == [[(0, 31)], [], [], [], []]
        assert index.search(queries, radius=40)[1:] == [[(1, 32)], [(2, 33)], [(3, 35)], [(4, 40)]]


def test_hex_queries_workers_and_array_form_agree() -> None:
    rng = np.random.default_rng(3)
    hashes = random_hashes(rng, 5000)
    index = PdqIndex(hashes, np.arange(5000) + 10**12)
    queries = flip(rng, hashes[:300], rng.integers(0, 32, 300).tolist())
    one = index.search(queries)
    assert index.search(queries, workers=2) == one
    assert index.search([q.tobytes().hex() for q in queries]) == one
    arrays = index.search_arrays(queries)
    assert len(arrays.ids) == sum(len(matches) for matches in one)
    assert all(matches and matches[0][0] == 10**12 + i for i, matches in enumerate(one))


def test_updates_go_to_the_delta_without_rebuilding_main() -> None:
    rng = np.random.default_rng(11)
    hashes = random_hashes(rng, 20_000)
    index = PdqIndex(hashes, np.arange(20_000), buffer_limit=100, compact_min_delta=50_000)
    main_before = index.stats().main

    extra = random_hashes(rng, 3000)
    index.add(extra[:50], np.arange(50) + 100_000)  # into the write buffer
    index.add(extra[50:], np.arange(50, 3000) + 100_000)  # buffer and batch become the delta

    stats = index.stats()
    assert stats.main_builds == 1
    assert stats.main == main_before
    assert stats.delta.rows == 3000
    assert len(index) == 23_000
    queries = flip(rng, extra[[0, 2999]], [5, 31])
    assert index.search(queries) == [[(100_000, 5)], [(102_999, 31)]]

    assert index.remove([100_000, 5, 424242]) == 2
    assert len(index) == 22_998
    assert index.search(queries)[0] == []
    assert index.search(hashes[5:6]) == [[]]

    index.compact()
    assert index.stats().main.rows == 22_998
    assert index.stats().delta.rows == 0
    assert index.search(queries)[1] == [(102_999, 31)]


def test_size_and_memory_accounting() -> None:
    rng = np.random.default_rng(5)
    empty = PdqIndex()
    assert len(empty) == 0
    assert empty.search(random_hashes(rng, 3)) == [[], [], []]
    index = PdqIndex(random_hashes(rng, 50_000), np.arange(50_000))
    assert len(index) == 50_000
    # hashes (32 B) + id (8 B) + tombstone (1 B) + a 16-byte record per chunk, at least
    chunks = len(index.stats().main.chunk_widths)
    assert chunks >= 8
    assert index.nbytes >= 50_000 * (32 + 8 + 1 + 16 * chunks)
    assert index.nbytes == index.stats().main.nbytes


def test_invalid_input_is_rejected() -> None:
    rng = np.random.default_rng(1)
    hashes = random_hashes(rng, 4)
    with pytest.raises(InvalidInput):
        PdqIndex(hashes, [1, 2, 3])
    with pytest.raises(InvalidInput):
        PdqIndex(hashes)
    with pytest.raises(InvalidInput):
        PdqIndex(["abc"], [1])
    with pytest.raises(InvalidInput):
        PdqIndex(hashes, np.arange(4), chunks=7)
    index = PdqIndex(hashes, np.arange(4))
    with pytest.raises(InvalidInput):
        index.search(hashes, radius=257)
    with pytest.raises(InvalidInput):
        index.search(hashes, radius=[1, 2])
    with pytest.raises(InvalidInput):
        index.search(hashes.astype(np.int16))


class IndexAgainstModel(RuleBasedStateMachine):
    """Random adds, removes and compactions; after each step the index equals a brute force
    scan of the live rows. Tiny buffer and compaction limits make every path run."""

    def __init__(self) -> None:
        super().__init__()
        self.rng = np.random.default_rng(0)
        self.index = PdqIndex()
        self.hashes = np.empty((0, 32), dtype=np.uint8)
        self.ids = np.empty(0, dtype=np.int64)

    @initialize(chunks=CHUNKS)
    def configure(self, chunks: int | None) -> None:
        self.index = PdqIndex(buffer_limit=8, compact_min_delta=40, chunks=chunks)

    @rule(seed=st.integers(0, 2**32 - 1), count=st.integers(0, 60), near=st.booleans())
    def add(self, seed: int, count: int, near: bool) -> None:
        rng = np.random.default_rng(seed)
        if near and len(self.hashes):
            sources = self.hashes[rng.integers(0, len(self.hashes), count)]
            new = flip(rng, sources, rng.integers(0, 40, count).tolist())
        else:
            new = random_hashes(rng, count)
        new_ids = rng.integers(0, 200, count)
        self.index.add(new, new_ids)
        self.hashes = np.concatenate([self.hashes, new])
        self.ids = np.concatenate([self.ids, new_ids])

    @precondition(lambda self: len(self.ids) > 0)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        doomed = data.draw(st.lists(st.integers(0, 220), max_size=5))
        expected = int(np.isin(self.ids, doomed).sum())
        assert self.index.remove(doomed) == expected
        keep = ~np.isin(self.ids, doomed)
        self.hashes, self.ids = self.hashes[keep], self.ids[keep]

    @rule()
    def compact(self) -> None:
        self.index.compact()

    @invariant()
    def matches_brute_force(self) -> None:
        assert len(self.index) == len(self.ids)
        if len(self.hashes):
            rows = self.rng.integers(0, len(self.hashes), 6)
            queries = flip(self.rng, self.hashes[rows], self.rng.integers(0, 36, 6).tolist())
        else:
            queries = random_hashes(self.rng, 2)
        radii = np.full(len(queries), DEFAULT_RADIUS)
        assert self.index.search(queries) == brute_force(self.hashes, self.ids, queries, radii)


TestIndexAgainstModel = IndexAgainstModel.TestCase
TestIndexAgainstModel.settings = settings(max_examples=30, stateful_step_count=15, deadline=None)
