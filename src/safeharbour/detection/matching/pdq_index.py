"""Exact PDQ range search that stays fast at ten million hashes: multi-index hashing on numpy.

Contract
--------
`PdqIndex.search(queries, radius=31)` returns, for every query, every id that has a live hash
within Hamming distance `radius` (inclusive), with the exact distance of its nearest such hash,
computed on the full 256 bits. Nothing is approximate: no hash within the radius is ever missed
and none beyond it is ever returned. Ids are int64; one id may label several hashes (say, the
rotations of one image), and `remove(ids)` removes all of them. `add` never rebuilds the main
arrays (see "Updates").

Why multi-index hashing
-----------------------
The off-the-shelf choices fail one of the two needs at 10M hashes (figures from issue 6, measured
on the 2-core machine): an exhaustive scan (faiss `IndexBinaryFlat`) is exact but does ~70
queries/s; faiss IVF does ~3,200 but misses 7% of true matches; faiss `IndexBinaryMultiHash` and
the ThreatExchange PDQ index are exact but slow at radius 31: with 16-bit chunks every bucket
holds ~150 of the 10M hashes, and with 23-bit chunks each of the thousands of probes is a
hash-map lookup in C++ (~370 queries/s).

Multi-index hashing (Norouzi, Punjani & Fleet, "Fast exact search in Hamming space with
multi-index hashing", 2012) splits the 256 bits into m disjoint chunks and uses the generalised
pigeonhole principle: if d(q, x) <= r, and chunk thresholds t_i satisfy sum(t_i + 1) >= r + 1,
then some chunk i has d_i(q, x) <= t_i (otherwise sum(d_i) >= sum(t_i + 1) > r). So probing,
in every chunk i, each key within t_i bits of the query's chunk (t_i = -1: skip the chunk) finds
every true match; each candidate is then verified on all 256 bits. That is exact by construction.

How m and t_i are chosen
------------------------
Cost per query ~ probes + candidates, where chunk i costs V(b_i, t_i) probes (V = size of a
Hamming ball of radius t_i in b_i bits) and each probe yields n / 2**b_i candidates on random
data. Wide chunks mean few candidates but many probes; narrow chunks the reverse. The layout (m
and the chunk widths) is fixed when a segment is built, from its size: at 10M it is 11 chunks
of 23-24 bits, where a query makes ~2,900 probes and verifies ~2,900 candidates, against ~41,000
candidates for 16x16-bit chunks. The thresholds are chosen per query radius by a small dynamic
programme over the same cost model, so any radius works; when the model says an exhaustive scan
is cheaper (a large radius, or a tiny segment) the segment scans instead: still exact.

Data layout ("sorted arrays")
-----------------------------
Per chunk, one record per hash, sorted by chunk key: the row number and 96 more bits of the hash
(three 32-bit words that do not overlap the chunk), 16 bytes; and a directory `dirs` of 2**p + 1
offsets, where bucket k is `records[dirs[k]:dirs[k + 1]]` and p is the chunk width (capped near
log2(n) + 2 when fixed layouts make chunks wider than a small segment needs; then a bucket mixes
keys and the sorted keys `skeys` sort them out). A probe is two reads from the directory, not a
hash-table lookup or a binary search, and it vectorises: all the probes of a batch of queries
are one numpy gather. Each candidate costs one random 16-byte read: its 96 filter bits are
compared first, and since they are disjoint from the chunk their distance can only
underestimate the full one, so nothing is lost; at radius 31 they reject all but ~0.03% of
unrelated candidates, and only the survivors' full hashes are read and verified on 256 bits.
(Keeping just row numbers per chunk halves the memory but costs two dependent random reads per
candidate; it measured 3x slower per candidate and ~1.45x slower per query at 10M.)

Hashes are kept as (n, 4) uint64 words, most significant first, so verification is XOR plus
`np.bitwise_count`. At 10M hashes the index takes about 2.6 GB: 320 MB of hashes, 80 MB of
ids, and per chunk 160 MB of records plus 32-64 MB of directory. Building it takes ~2 CPU
seconds per million hashes (a vectorised sort of packed (key, row) integers per chunk).

Queries run in batches (temporaries stay in the tens of megabytes); numpy releases the GIL in
its gathers and ufuncs, so `workers=2` splits a batch over two threads and uses both cores.

Updates
-------
The index is a main segment, a delta segment and a small write buffer. `add` appends to the
buffer, which is scanned exhaustively (at most `BUFFER_LIMIT` rows: ~20 us a query when full,
against ~160 us for the main segment at 10M); when the buffer would overflow, the delta is
rebuilt from the buffer and the new hashes. The delta is a multi-index segment sized for its own
row count, so adding 100,000 hashes to 10M rebuilds ~100,000 rows (~0.15 s), never the main
arrays. When the delta would grow past a quarter of the main segment (and past
`COMPACT_MIN_DELTA`), all live rows are merged into a new main segment instead. Costs that
follow, on this machine: bulk adds are cheap; a steady trickle of single adds costs one delta
rebuild per `BUFFER_LIMIT` adds, at worst (a delta of 2.5M next to a main of 10M) ~5 s per
4,096 adds; a compaction happens once per quarter of growth, so its cost per added hash is
constant. Bank imports arrive in bulk, so no LSM cascade of delta levels
(which would add a probe pass per level to every query) is worth its query cost here.

`remove` marks rows dead (tombstones); dead rows are dropped from results and from the next
compaction. `len()` counts live rows; `nbytes` counts every array the index holds.

Known sensitivity: the speed (never the correctness) assumes chunk keys are spread out. Real PDQ
hashes are: each bit is the sign of a DCT coefficient against the median, so half of every hash
is ones. Flat images hash to near-constant values and cluster, which is one more reason low
quality hashes are not indexed by callers (`signals.hashing.is_matchable`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from safeharbour.detection.signals.hashing import PDQ_BITS, PDQ_BYTES, pdq_hex_to_array
from safeharbour.kit.errors import InvalidInput

DEFAULT_RADIUS = 31
MAX_RADIUS = PDQ_BITS

BUFFER_LIMIT = 4096
COMPACT_MIN_DELTA = 262_144
# Queries per vectorised step: large enough that numpy's per-call overhead (time under the GIL)
# is amortised, small enough that one step's candidate arrays stay in cache. 64 measured best at
# 10M hashes with one and two workers.
QUERY_BATCH = 64
# Smaller indexes give proportionally fewer candidates per query, so a step can hold more
# queries for the same temporaries: the step grows as the index shrinks (64 at >= 1M hashes,
# up to 4,096 at <= 16k). At 10k hashes that made a scanner batch of 256 images ~4x faster,
# since the per-call overhead of the ~300 numpy calls of a step was the cost.
MAX_QUERY_BATCH = 4096

# Relative costs in the planner's model: a probe (two reads from a directory that does not fit
# in cache) and a candidate (one random 16-byte record read plus the filter) cost about the same
# on the 2-core machine; a row of an exhaustive scan (sequential reads, XOR and popcount on two
# words for most rows) about a fifth of that.
_PROBE_COST = 1.0
_CANDIDATE_COST = 1.0
_SCAN_ROW_COST = 0.2

_WORDS = PDQ_BITS // 64
_MIN_CHUNKS = 8  # chunks are at most 32 bits, so that keys and flip masks fit in int64 maths
_MAX_CHUNKS = 32
_MAX_PROBES_PER_CHUNK = 1 << 20  # beyond this the planner picks a scan anyway

Words = npt.NDArray[np.uint64]
IntArray = npt.NDArray[np.int64]
RowArray = npt.NDArray[np.signedinteger[Any]]  # int32 below 2**31 rows, else int64
PdqHashesLike = npt.NDArray[np.uint8] | Sequence[str]


class PdqMatches(NamedTuple):
    """Matches as parallel arrays, sorted by (query, distance, id).

    `query[k]` is the position of the query in the batch, `ids[k]` the matched id and
    `distances[k]` the exact Hamming distance.
    """

    query: IntArray
    ids: IntArray
    distances: IntArray


@dataclass(frozen=True, slots=True)
class SegmentStats:
    kind: str  # "mih" or "scan"
    rows: int
    live: int
    chunk_widths: tuple[int, ...]
    nbytes: int


@dataclass(frozen=True, slots=True)
class IndexStats:
    main: SegmentStats
    delta: SegmentStats
    buffer: SegmentStats
    main_builds: int
    delta_builds: int


class PdqIndex:
    """Exact range search over PDQ hashes; see the module docstring for the design.

    Not safe for concurrent mutation: callers serialise `add`, `remove` and `compact` against
    each other and against searches (a reader-writer lock in the matcher that owns the index).
    Searches alone may run concurrently.
    """

    def __init__(
        self,
        hashes: PdqHashesLike | None = None,
        ids: npt.ArrayLike | None = None,
        *,
        radius: int = DEFAULT_RADIUS,
        chunks: int | None = None,
        buffer_limit: int = BUFFER_LIMIT,
        compact_min_delta: int = COMPACT_MIN_DELTA,
    ) -> None:
        """Build from `hashes` ((n, 32) uint8 rows or 64-hex strings) and their int64 `ids`.

        `radius` is the default for searches. `chunks` fixes the number of chunks (8-32) of
        every segment built from now on, and then segments always probe, never scan; left at
        None it is planned per segment. Every value is exact: fixing it is for tests and
        experiments. `buffer_limit` and `compact_min_delta` tune the update policy ("Updates"
        in the module docstring).
        """
        self.radius = _check_radius(radius)
        if chunks is not None and not _MIN_CHUNKS <= chunks <= _MAX_CHUNKS:
            raise InvalidInput(f"chunks is between {_MIN_CHUNKS} and {_MAX_CHUNKS}", field="chunks")
        if buffer_limit < 0 or compact_min_delta < 0:
            raise InvalidInput("update limits are not negative", field="buffer_limit")
        self._chunks = chunks
        self._buffer_limit = buffer_limit
        self._compact_min_delta = compact_min_delta
        self._main: _Segment = _Segment.empty()
        self._delta: _Segment = _Segment.empty()
        self._buffer: _Segment = _Segment.empty()
        self._main_builds = 0
        self._delta_builds = 0
        if hashes is not None:
            words, id_array = _rows(hashes, ids)
            self._main = _Segment.build(words, id_array, chunks=chunks)
            self._main_builds = 1

    # -- size ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._main.live + self._delta.live + self._buffer.live

    @property
    def nbytes(self) -> int:
        """Bytes held by the index's arrays (hashes, ids, tombstones, chunk tables)."""
        return self._main.nbytes + self._delta.nbytes + self._buffer.nbytes

    def stats(self) -> IndexStats:
        return IndexStats(
            self._main.stats(),
            self._delta.stats(),
            self._buffer.stats(),
            self._main_builds,
            self._delta_builds,
        )

    # -- updates ------------------------------------------------------------------------------

    def add(self, hashes: PdqHashesLike, ids: npt.ArrayLike) -> None:
        """Add hashes with their ids. Never rebuilds the main segment unless the delta has
        outgrown a quarter of it (see "Updates" in the module docstring)."""
        words, id_array = _rows(hashes, ids)
        if len(id_array) == 0:
            return
        if self._buffer.rows + len(id_array) <= self._buffer_limit:
            self._buffer = _Segment.scan_only(
                *_concat_live([self._buffer], extra=(words, id_array))
            )
            return
        pending = self._delta.live + self._buffer.live + len(id_array)
        if pending > max(self._compact_min_delta, self._main.live // 4):
            self._rebuild_main(extra=(words, id_array))
            return
        delta_words, delta_ids = _concat_live([self._delta, self._buffer], (words, id_array))
        self._delta = _Segment.build(delta_words, delta_ids, chunks=self._chunks)
        self._delta_builds += 1
        self._buffer = _Segment.empty()

    def remove(self, ids: npt.ArrayLike) -> int:
        """Remove every live hash labelled with one of `ids`; returns how many were removed."""
        wanted = np.unique(np.asarray(ids, dtype=np.int64).ravel())
        return sum(s.kill(wanted) for s in (self._main, self._delta, self._buffer))

    def compact(self) -> None:
        """Merge delta and buffer into the main segment and drop removed rows."""
        self._rebuild_main(extra=None)

    def _rebuild_main(self, extra: tuple[Words, IntArray] | None) -> None:
        words, id_array = _concat_live([self._main, self._delta, self._buffer], extra)
        self._main = _Segment.build(words, id_array, chunks=self._chunks)
        self._delta = _Segment.empty()
        self._buffer = _Segment.empty()
        self._main_builds += 1

    # -- search -------------------------------------------------------------------------------

    def search(
        self,
        queries: PdqHashesLike,
        *,
        radius: int | npt.ArrayLike | None = None,
        workers: int = 1,
    ) -> list[list[tuple[int, int]]]:
        """For each query, its matching ids as (id, distance), nearest first (ties by id).

        `radius` is one int for all queries or one per query (default: the index's radius).
        """
        found = self.search_arrays(queries, radius=radius, workers=workers)
        results: list[list[tuple[int, int]]] = [[] for _ in range(len(queries))]
        if len(found.query):
            bounds = np.flatnonzero(np.diff(found.query)) + 1
            starts = np.concatenate(([0], bounds))
            ends = np.concatenate((bounds, [len(found.query)]))
            query_list = found.query.tolist()
            id_list = found.ids.tolist()
            distance_list = found.distances.tolist()
            for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
                results[query_list[start]] = list(
                    zip(id_list[start:end], distance_list[start:end], strict=True)
                )
        return results

    def search_arrays(
        self,
        queries: PdqHashesLike,
        *,
        radius: int | npt.ArrayLike | None = None,
        workers: int = 1,
    ) -> PdqMatches:
        """Like `search`, as flat arrays: the form to use for large batches."""
        qwords = _to_words(_as_hash_array(queries, field="queries"))
        radii = self._radii(radius, len(qwords))
        if workers < 1:
            raise InvalidInput("workers must be at least 1", field="workers")
        segments = [s for s in (self._main, self._delta, self._buffer) if s.live]
        parts = np.array_split(np.arange(len(qwords)), min(workers, max(1, len(qwords))))
        if len(parts) == 1:
            pieces = [_search_rows(segments, qwords, radii, parts[0])]
        else:
            with ThreadPoolExecutor(max_workers=len(parts)) as pool:
                pieces = list(
                    pool.map(lambda rows: _search_rows(segments, qwords, radii, rows), parts)
                )
        query = np.concatenate([p.query for p in pieces])
        ids = np.concatenate([p.ids for p in pieces])
        distances = np.concatenate([p.distances for p in pieces])
        # One result per (query, id): the id's nearest hash.
        order = np.lexsort((distances, ids, query))
        query, ids, distances = query[order], ids[order], distances[order]
        first = np.ones(len(query), dtype=bool)
        first[1:] = (query[1:] != query[:-1]) | (ids[1:] != ids[:-1])
        query, ids, distances = query[first], ids[first], distances[first]
        order = np.lexsort((ids, distances, query))
        return PdqMatches(query[order], ids[order], distances[order])

    def _radii(self, radius: int | npt.ArrayLike | None, count: int) -> IntArray:
        if radius is None:
            return np.full(count, self.radius, dtype=np.int64)
        radii = np.asarray(radius, dtype=np.int64)
        if radii.ndim == 0:
            return np.full(count, _check_radius(int(radii)), dtype=np.int64)
        if radii.shape != (count,):
            raise InvalidInput("give one radius, or one per query", field="radius")
        if count and (radii.min() < 0 or radii.max() > MAX_RADIUS):
            raise InvalidInput(f"a radius is between 0 and {MAX_RADIUS}", field="radius")
        return radii


def _search_rows(
    segments: list[_Segment], qwords: Words, radii: IntArray, rows: IntArray
) -> PdqMatches:
    """Matches of queries `rows` (positions in the whole batch) in all segments."""
    query_parts: list[IntArray] = []
    id_parts: list[IntArray] = []
    distance_parts: list[IntArray] = []
    largest = max((s.rows for s in segments), default=0)
    step = min(MAX_QUERY_BATCH, max(QUERY_BATCH, QUERY_BATCH * (1 << 20) // max(1, largest)))
    for start in range(0, len(rows), step):
        batch = rows[start : start + step]
        batch_radii = radii[batch]
        for radius in np.unique(batch_radii).tolist():
            same = batch[batch_radii == radius]
            for segment in segments:
                qi, pos, dist = segment.search(qwords[same], int(radius))
                query_parts.append(same[qi])
                id_parts.append(segment.ids[pos])
                distance_parts.append(dist)
    if not query_parts:
        empty = np.empty(0, dtype=np.int64)
        return PdqMatches(empty, empty, empty)
    return PdqMatches(
        np.concatenate(query_parts),
        np.concatenate(id_parts),
        np.concatenate(distance_parts).astype(np.int64, copy=False),
    )


# -- segments ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _ChunkTable:
    offset: int  # first bit, 0 = most significant bit of the hash
    width: int
    dir_shift: int  # directory bucket = key >> dir_shift
    dirs: RowArray  # bucket k is records[dirs[k]:dirs[k + 1]]
    # One row per hash, sorted by chunk key: (row number, then 96 bits of the hash from the
    # three 32-bit words in `filter_words`, which do not overlap the chunk).
    records: npt.NDArray[np.uint32]
    filter_words: tuple[int, int, int]
    skeys: npt.NDArray[np.uint32] | None  # chunk keys in record order; only if dir_shift > 0

    @property
    def nbytes(self) -> int:
        extra = self.skeys.nbytes if self.skeys is not None else 0
        return int(self.records.nbytes + self.dirs.nbytes + extra)


class _Segment:
    """An immutable set of rows (hashes and ids) with tombstones, searchable exactly.

    `tables` is empty for a scan-only segment (the write buffer, or one so small that an
    exhaustive scan beats probing).
    """

    __slots__ = ("_id_order", "alive", "ids", "live", "may_scan", "tables", "words")

    def __init__(
        self, words: Words, ids: IntArray, tables: list[_ChunkTable], *, may_scan: bool = True
    ) -> None:
        self.words = words
        self.ids = ids
        self.alive = np.ones(len(ids), dtype=bool)
        self.live = len(ids)
        self.tables = tables
        self.may_scan = may_scan  # False when the layout was fixed by the caller
        self._id_order: npt.NDArray[np.intp] | None = None

    @classmethod
    def empty(cls) -> _Segment:
        return cls(np.empty((0, _WORDS), dtype=np.uint64), np.empty(0, dtype=np.int64), [])

    @classmethod
    def scan_only(cls, words: Words, ids: IntArray) -> _Segment:
        return cls(words, ids, [])

    @classmethod
    def build(cls, words: Words, ids: IntArray, *, chunks: int | None) -> _Segment:
        n = len(ids)
        widths = _layout(n) if chunks is None else _even_widths(chunks)
        if widths is None or n == 0:
            return cls(words, ids, [])
        if n >= 2**32:
            raise InvalidInput("a segment holds fewer than 2**32 hashes", field="hashes")
        index_dtype: type[np.signedinteger[Any]] = np.int32 if n < 2**31 else np.int64
        # A directory of up to 4 buckets a row: small next to the records (16 bytes a row),
        # and wide enough that the planned layouts never share a bucket between two keys.
        dir_bits_cap = max(1, math.ceil(math.log2(n + 1)) + 2)
        columns = [np.ascontiguousarray(c) for c in _to_words32(words).T]
        rows = np.arange(n, dtype=np.uint64)
        tables = []
        offset = 0
        for width in widths:
            keys = _chunk_keys(words, offset, width)
            # Sort (key, row) pairs packed in one uint64: numpy's vectorised sort of plain
            # integers is several times faster than an argsort.
            packed = keys.astype(np.uint64) << np.uint64(32)
            packed |= rows
            packed.sort()
            order = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)
            filter_words = _filter_words(offset, width)
            records = np.empty((n, 4), dtype=np.uint32)
            records[:, 0] = order
            for slot, word in enumerate(filter_words, start=1):
                records[:, slot] = columns[word][order]
            dir_bits = min(width, dir_bits_cap)
            shift = width - dir_bits
            counts = np.bincount(keys >> shift, minlength=1 << dir_bits)
            dirs: RowArray = np.zeros((1 << dir_bits) + 1, dtype=index_dtype)
            np.cumsum(counts, out=dirs[1:])
            skeys = (packed >> np.uint64(32)).astype(np.uint32) if shift else None
            tables.append(_ChunkTable(offset, width, shift, dirs, records, filter_words, skeys))
            offset += width
            del keys, packed, order
        return cls(words, ids, tables, may_scan=chunks is None)

    @property
    def rows(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        total = self.words.nbytes + self.ids.nbytes + self.alive.nbytes
        total += sum(t.nbytes for t in self.tables)
        if self._id_order is not None:
            total += self._id_order.nbytes
        return int(total)

    def stats(self) -> SegmentStats:
        return SegmentStats(
            "mih" if self.tables else "scan",
            self.rows,
            self.live,
            tuple(t.width for t in self.tables),
            self.nbytes,
        )

    def live_rows(self) -> tuple[Words, IntArray]:
        if self.live == self.rows:
            return self.words, self.ids
        return self.words[self.alive], self.ids[self.alive]

    def kill(self, wanted: IntArray) -> int:
        """Tombstone live rows whose id is in `wanted` (sorted, unique); returns the count."""
        if not self.live or not len(wanted):
            return 0
        if self._id_order is None:
            self._id_order = np.argsort(self.ids, kind="stable")
        sorted_ids = self.ids[self._id_order]
        lo = np.searchsorted(sorted_ids, wanted, side="left")
        hi = np.searchsorted(sorted_ids, wanted, side="right")
        rows = self._id_order[_expand_ranges(lo, hi - lo)]
        rows = rows[self.alive[rows]]
        self.alive[rows] = False
        self.live -= len(rows)
        return len(rows)

    def search(self, qwords: Words, radius: int) -> tuple[IntArray, IntArray, IntArray]:
        """(query row, segment row, distance) of every live row within `radius`."""
        widths = tuple(t.width for t in self.tables)
        plan = _thresholds(widths, self.rows, radius, self.may_scan)
        if plan is None:
            qi, pos, dist = self._scan(qwords, radius)
        else:
            qi, pos, dist = self._probe(qwords, radius, plan)
        if self.live < self.rows:
            keep = self.alive[pos]
            qi, pos, dist = qi[keep], pos[keep], dist[keep]
        return qi, pos, dist

    def _scan(self, qwords: Words, radius: int) -> tuple[IntArray, IntArray, IntArray]:
        """Exhaustive scan, in blocks of rows so that temporaries stay around a megabyte.

        The first two words (128 bits) are compared for every (query, row) pair; since their
        distance is at most the full distance, only pairs within the radius there are finished
        on the other two words. On unrelated hashes the 128-bit distance is ~64, so almost
        every pair stops there: half the work of comparing all four words.
        """
        rows_per_block = max(1024, (1 << 20) // max(1, len(qwords)))
        qi_parts, pos_parts, dist_parts = [], [], []
        for first in range(0, self.rows, rows_per_block):
            block = self.words[first : first + rows_per_block]
            partial = np.bitwise_count(qwords[:, 0, None] ^ np.ascontiguousarray(block[:, 0]))
            partial += np.bitwise_count(qwords[:, 1, None] ^ np.ascontiguousarray(block[:, 1]))
            qi, pos = np.nonzero(partial <= radius)
            rest = np.bitwise_xor(
                np.take(qwords[:, 2:], qi, axis=0), np.take(block[:, 2:], pos, axis=0)
            )
            dist = partial[qi, pos] + np.bitwise_count(rest).sum(axis=1, dtype=np.int64)
            ok = dist <= radius
            qi_parts.append(qi[ok])
            pos_parts.append(pos[ok] + first)
            dist_parts.append(dist[ok])
        return _cat(qi_parts), _cat(pos_parts), _cat(dist_parts)

    def _probe(
        self, qwords: Words, radius: int, plan: tuple[int, ...]
    ) -> tuple[IntArray, IntArray, IntArray]:
        """Probe every chunk's directory around the query's key, then verify in two steps.

        Step one reads only the candidate's record (one random 16-byte read): the 96 filter
        bits are disjoint from the chunk, so their distance to the query is at most the full
        distance and rejects nearly every unrelated candidate (at radius 31, all but ~0.03%).
        Step two reads the full hash of the few survivors. Reading the row number and then
        the hash, two dependent random reads per candidate, was 3x slower at 10M.
        """
        qwords32 = _to_words32(qwords)
        qi_parts, pos_parts, dist_parts = [], [], []
        for table, threshold in zip(self.tables, plan, strict=True):
            if threshold < 0:
                continue
            masks = _flip_masks(table.width, threshold)
            probes = (_chunk_keys(qwords, table.offset, table.width)[:, None] ^ masks).ravel()
            cells = probes >> table.dir_shift if table.dir_shift else probes
            lo = table.dirs[cells]
            counts = table.dirs[cells + 1] - lo
            hit = np.flatnonzero(counts)
            counts = counts[hit]
            idx = _expand_ranges(lo[hit], counts)
            probe_of = np.repeat(hit, counts)
            if table.skeys is not None:
                same_key = table.skeys[idx] == probes[probe_of]
                idx, probe_of = idx[same_key], probe_of[same_key]
            qi = probe_of // len(masks)
            records = np.take(table.records, idx, axis=0)
            query_filter = np.take(qwords32[:, table.filter_words], qi, axis=0)
            near = np.bitwise_count(records[:, 1:] ^ query_filter)
            partial = near[:, 0] + near[:, 1] + near[:, 2]
            keep = np.flatnonzero(partial <= radius)
            qi = qi[keep]
            pos = records[keep, 0].astype(np.int64)
            dist = _distances(np.take(self.words, pos, axis=0), np.take(qwords, qi, axis=0))
            ok = dist <= radius
            qi_parts.append(qi[ok])
            pos_parts.append(pos[ok])
            dist_parts.append(dist[ok])
        qi, pos, dist = _cat(qi_parts), _cat(pos_parts), _cat(dist_parts)
        if len(qi) > 1:
            # A row within the radius can sit within its threshold in several chunks.
            _, first = np.unique(qi * self.rows + pos, return_index=True)
            qi, pos, dist = qi[first], pos[first], dist[first]
        return qi, pos, dist


# -- planning ---------------------------------------------------------------------------------


def _even_widths(chunks: int) -> tuple[int, ...]:
    """`chunks` contiguous widths that add up to 256, the wider ones first."""
    return tuple(PDQ_BITS // chunks + (i < PDQ_BITS % chunks) for i in range(chunks))


@lru_cache(maxsize=1024)
def _layout(n: int) -> tuple[int, ...] | None:
    """Chunk widths for a segment of n rows, or None if an exhaustive scan is cheaper.

    Planned for the default radius, which is what banks use; other radii reuse the layout.
    """
    best: tuple[float, tuple[int, ...]] | None = None
    for m in range(_MIN_CHUNKS, _MAX_CHUNKS + 1):
        widths = _even_widths(m)
        cost = _plan_cost(widths, n, DEFAULT_RADIUS)[0]
        if best is None or cost < best[0]:
            best = (cost, widths)
    assert best is not None
    if best[0] >= n * _SCAN_ROW_COST:
        return None
    return best[1]


@lru_cache(maxsize=4096)
def _thresholds(
    widths: tuple[int, ...], n: int, radius: int, may_scan: bool
) -> tuple[int, ...] | None:
    """Per-chunk probe radii t_i for this query radius, or None to scan instead.

    Any t with sum(t_i + 1) >= radius + 1 is exact (module docstring); this picks the cheapest.
    None when there are no chunk tables, when no plan stays under `_MAX_PROBES_PER_CHUNK`, or
    (if `may_scan`) when scanning the segment is cheaper than probing it.
    """
    if not widths:
        return None
    cost, plan = _plan_cost(widths, n, radius)
    if cost == math.inf or (may_scan and cost >= n * _SCAN_ROW_COST):
        return None
    return plan


def _plan_cost(widths: tuple[int, ...], n: int, radius: int) -> tuple[float, tuple[int, ...]]:
    """Cheapest thresholds under the cost model: a knapsack over the pigeonhole budget."""
    need = radius + 1
    # best[s] = (cost, thresholds so far) with sum(t_i + 1) == s (capped at `need`)
    best: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for width in widths:
        per_candidate = n / 2.0**width
        options = []
        for t in range(-1, width + 1):
            probes = _ball_size(width, t)
            if probes > _MAX_PROBES_PER_CHUNK:
                break
            options.append((t, probes * (_PROBE_COST + per_candidate * _CANDIDATE_COST)))
        nxt: dict[int, tuple[float, tuple[int, ...]]] = {}
        for spent, (cost, plan) in best.items():
            for t, step_cost in options:
                key = min(need, spent + t + 1)
                total = cost + step_cost
                if key not in nxt or total < nxt[key][0]:
                    nxt[key] = (total, (*plan, t))
        best = nxt
    if need not in best:
        return math.inf, ()
    return best[need]


@cache
def _ball_size(width: int, t: int) -> int:
    return sum(math.comb(width, k) for k in range(t + 1))


@cache
def _flip_masks(width: int, t: int) -> IntArray:
    """Every `width`-bit mask with at most t bits set: the XORs that enumerate a Hamming ball."""
    masks = [0]
    for k in range(1, t + 1):
        masks.extend(sum(1 << b for b in bits) for bits in combinations(range(width), k))
    array = np.array(masks, dtype=np.int64)
    array.flags.writeable = False
    return array


# -- bits -------------------------------------------------------------------------------------


def _chunk_keys(words: Words, offset: int, width: int) -> IntArray:
    """Bits [offset, offset + width) of each hash (bit 0 = most significant) as int64."""
    word, start = divmod(offset, 64)
    mask = np.uint64((1 << width) - 1)
    if start + width <= 64:
        keys = (words[:, word] >> np.uint64(64 - start - width)) & mask
    else:
        low_bits = start + width - 64
        high = (words[:, word] << np.uint64(low_bits)) & mask
        keys = high | (words[:, word + 1] >> np.uint64(64 - low_bits))
    return keys.astype(np.int64)


def _to_words32(words: Words) -> npt.NDArray[np.uint32]:
    """(n, 4) uint64 words as (n, 8) uint32 words, most significant first."""
    out = np.empty((len(words), 2 * _WORDS), dtype=np.uint32)
    out[:, 0::2] = words >> np.uint64(32)
    out[:, 1::2] = words & np.uint64(0xFFFFFFFF)
    return out


@cache
def _filter_words(offset: int, width: int) -> tuple[int, int, int]:
    """Three 32-bit words of the hash that share no bit with the chunk [offset, offset+width).

    Taken from the words following the chunk, wrapping around, so that the chunks of a layout
    spread their filters over the whole hash.
    """
    first, last = offset // 32, (offset + width - 1) // 32
    free = [(last + 1 + k) % (2 * _WORDS) for k in range(2 * _WORDS)]
    chosen = [w for w in free if not first <= w <= last][:3]
    return chosen[0], chosen[1], chosen[2]


def _distances(a: Words, b: Words) -> IntArray:
    x = np.bitwise_xor(a, b)
    counts = np.bitwise_count(x)
    return (counts[:, 0] + counts[:, 1] + counts[:, 2] + counts[:, 3]).astype(np.int64)


def _expand_ranges(starts: IntArray, counts: IntArray) -> IntArray:
    """Concatenation of range(starts[i], starts[i] + counts[i]), vectorised."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64)
    ends = np.cumsum(counts)
    shift = np.asarray(starts, dtype=np.int64) - (ends - counts)
    positions: IntArray = np.arange(total, dtype=np.int64) + np.repeat(shift, counts)
    return positions


def _cat(parts: list[IntArray]) -> IntArray:
    if not parts:
        return np.empty(0, dtype=np.int64)
    return np.concatenate(parts).astype(np.int64, copy=False)


# -- input ------------------------------------------------------------------------------------


def _check_radius(radius: int) -> int:
    if not 0 <= radius <= MAX_RADIUS:
        raise InvalidInput(f"a radius is between 0 and {MAX_RADIUS}", field="radius")
    return radius


def _as_hash_array(hashes: PdqHashesLike, *, field: str) -> npt.NDArray[np.uint8]:
    if isinstance(hashes, np.ndarray):
        if hashes.dtype != np.uint8 or hashes.ndim != 2 or hashes.shape[1] != PDQ_BYTES:
            raise InvalidInput(f"hashes are an (n, {PDQ_BYTES}) uint8 array", field=field)
        return hashes
    return pdq_hex_to_array(hashes, field=field)


def _to_words(hashes: npt.NDArray[np.uint8]) -> Words:
    raw = np.ascontiguousarray(hashes)
    return raw.view(">u8").reshape(len(raw), _WORDS).astype(np.uint64)


def _rows(hashes: PdqHashesLike, ids: npt.ArrayLike | None) -> tuple[Words, IntArray]:
    words = _to_words(_as_hash_array(hashes, field="hashes"))
    if ids is None:
        raise InvalidInput("every hash needs an id", field="ids")
    id_array = np.ascontiguousarray(np.asarray(ids).ravel())
    if id_array.dtype.kind not in "iu" and len(id_array):
        raise InvalidInput("ids are integers", field="ids")
    id_array = id_array.astype(np.int64)
    if len(id_array) != len(words):
        raise InvalidInput("give exactly one id per hash", field="ids")
    return words, id_array


def _concat_live(
    segments: Iterable[_Segment], extra: tuple[Words, IntArray] | None
) -> tuple[Words, IntArray]:
    word_parts, id_parts = [], []
    for segment in segments:
        if segment.live:
            w, i = segment.live_rows()
            word_parts.append(w)
            id_parts.append(i)
    if extra is not None:
        word_parts.append(extra[0])
        id_parts.append(extra[1])
    if not id_parts:
        return np.empty((0, _WORDS), dtype=np.uint64), np.empty(0, dtype=np.int64)
    return np.concatenate(word_parts), np.concatenate(id_parts)
