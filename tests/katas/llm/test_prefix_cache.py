"""Hidden tests for llm/prefix_cache: PrefixCache(block_size, num_blocks) with match, insert and size.

Every test is a scenario (grader/objects.py): played on the reference, then on the learner's
objects, observation by observation. Random inputs are drawn outside the scenarios.
"""
import numpy as np


def test_example_by_hand(kata):
    """block_size 2: insert 1 2 3 4 5 stores 2 blocks; 1 2 3 4 9 reuses 4 tokens, 1 2 7 8 reuses 2."""
    def scenario(world):
        cache = world.new("PrefixCache", 2, 4, as_="cache")
        world.get(cache, "size")                               # 0
        world.call(cache, "insert", [1, 2, 3, 4, 5])           # 2: the partial block (5) is not cached
        world.get(cache, "size")                               # 2
        world.call(cache, "match", [1, 2, 3, 4, 9])            # 4
        world.call(cache, "match", [1, 2, 7, 8])               # 2
        world.call(cache, "match", [9, 9, 3, 4])               # 0
    kata.scenario(scenario)


def test_block_identity_is_the_whole_prefix(kata):
    """(3, 4) after (5, 6) is not the block (3, 4) after (1, 2): no match, and inserting stores 2 new blocks."""
    def scenario(world):
        cache = world.new("PrefixCache", 2, 6, as_="cache")
        world.call(cache, "insert", [1, 2, 3, 4])              # 2
        world.call(cache, "match", [5, 6, 3, 4, 0])            # 0: block 0 differs, so nothing after it counts
        world.call(cache, "insert", [5, 6, 3, 4])              # 2, not 1
        world.get(cache, "size")                               # 4
        world.call(cache, "insert", [1, 2, 3, 4, 7])           # 0: both blocks already held
    kata.scenario(scenario)


def test_at_least_one_token_is_left(kata):
    """A fully cached prompt of exactly k blocks reuses k − 1 blocks; one more token and all k count."""
    def scenario(world):
        cache = world.new("PrefixCache", 2, 6, as_="cache")
        world.call(cache, "insert", [1, 2, 3, 4, 5, 6])        # 3 blocks
        world.call(cache, "match", [1, 2, 3, 4, 5, 6])         # 4, not 6
        world.call(cache, "match", [1, 2, 3, 4, 5, 6, 7])      # 6
        world.call(cache, "match", [1, 2, 3, 4])               # 2
        world.call(cache, "match", [1, 2, 3])                  # 2: the partial block is computed anyway
        world.call(cache, "match", [1, 2])                     # 0: a one-block prompt keeps its block to compute
        world.call(cache, "match", [])                         # 0
        world.call(cache, "insert", [])                        # 0
        world.call(cache, "insert", [8])                       # 0: no full block
    kata.scenario(scenario)


def test_block_size_one(kata):
    """block_size 1: every token is a block; a cached prompt of n tokens reuses n − 1."""
    def scenario(world):
        cache = world.new("PrefixCache", 1, 6, as_="cache")
        world.call(cache, "insert", [4, 5, 6])                 # 3
        world.call(cache, "match", [4, 5, 6])                  # 2
        world.call(cache, "match", [4, 5, 6, 7])               # 3
        world.call(cache, "match", [4, 6])                     # 1
    kata.scenario(scenario)


def test_lru_not_fifo(kata):
    """Two blocks held; matching A makes it recent, so storing C evicts B (FIFO would evict A)."""
    def scenario(world):
        cache = world.new("PrefixCache", 2, 2, as_="cache")
        world.call(cache, "insert", [1, 2])                    # A
        world.call(cache, "insert", [3, 4])                    # B
        world.call(cache, "match", [1, 2, 9])                  # 2, and A is now the most recent
        world.call(cache, "insert", [5, 6])                    # 1: evicts B
        world.get(cache, "size")                               # 2
        world.call(cache, "match", [3, 4, 9])                  # 0
        world.call(cache, "match", [1, 2, 9])                  # 2
        world.call(cache, "match", [5, 6, 9])                  # 2
    kata.scenario(scenario)


def test_insert_refreshes_held_blocks(kata):
    """Inserting a prompt whose block is already held counts as using it: the other block is evicted next."""
    def scenario(world):
        cache = world.new("PrefixCache", 2, 2, as_="cache")
        world.call(cache, "insert", [1, 2])                    # A
        world.call(cache, "insert", [3, 4])                    # B
        world.call(cache, "insert", [1, 2, 7])                 # 0 stored, A used
        world.call(cache, "insert", [5, 6])                    # evicts B
        world.call(cache, "match", [1, 2, 0])                  # 2
        world.call(cache, "match", [3, 4, 0])                  # 0
    kata.scenario(scenario)


def test_deep_blocks_are_evicted_first(kata):
    """Blocks are used last to first, so a sequence's deepest block is its least recent: evicting keeps the prefix."""
    def scenario(world):
        cache = world.new("PrefixCache", 1, 3, as_="cache")
        world.call(cache, "insert", [1, 2, 3])                 # (1), (1,2), (1,2,3); (1) is the most recent
        world.call(cache, "insert", [7])                       # evicts (1,2,3)
        world.call(cache, "match", [1, 2, 3, 4])               # 2: (1) and (1,2) remain
        world.call(cache, "insert", [8])                       # evicts (7): the match used (1,2), (1) after it
        world.call(cache, "match", [7, 0])                     # 0
        world.call(cache, "match", [1, 2, 0])                  # 2
        world.get(cache, "size")                               # 3
    kata.scenario(scenario)


def test_full_cache_of_own_blocks_stops_storing(kata):
    """A prompt longer than the cache: once every held block is its own, the remaining blocks are not stored."""
    def scenario(world):
        cache = world.new("PrefixCache", 1, 3, as_="cache")
        world.call(cache, "insert", [9])                       # X
        world.call(cache, "insert", [1, 2, 3, 4])              # stores (1), (1,2), evicts X, stores (1,2,3): 3
        world.get(cache, "size")                               # 3
        world.call(cache, "match", [9, 0])                     # 0
        world.call(cache, "match", [1, 2, 3, 4, 5])            # 3: (1,2,3,4) was never stored
        world.call(cache, "insert", [1, 2, 3, 4])              # 0: still no room for a 4th own block
    kata.scenario(scenario)


def test_exactly_full(kata):
    """num_blocks 2 and a prompt of exactly 2 blocks: both stored, nothing evicted; a third block evicts."""
    def scenario(world):
        cache = world.new("PrefixCache", 3, 2, as_="cache")
        world.call(cache, "insert", [1, 2, 3, 4, 5, 6])        # 2
        world.get(cache, "size")                               # 2
        world.call(cache, "match", [1, 2, 3, 4, 5, 6, 0])      # 6
        world.call(cache, "insert", [7, 8, 9])                 # 1: evicts the deepest (1..6)
        world.call(cache, "match", [1, 2, 3, 4, 5, 6, 0])      # 3
    kata.scenario(scenario)


def test_random_workload(kata, rng):
    """A random mix of inserts and matches of prompts sharing prefixes (block_size 2, 5 blocks)."""
    prefixes = [[1, 2, 3, 4], [1, 2, 5, 6], [7, 8]]
    calls = []
    for _ in range(30):
        base = list(prefixes[int(rng.integers(0, 3))])
        tail = [int(t) for t in rng.integers(0, 4, size=int(rng.integers(0, 5)))]
        calls.append(("insert" if rng.random() < 0.5 else "match", base + tail))

    def scenario(world):
        cache = world.new("PrefixCache", 2, 5, as_="cache")
        for method, tokens in calls:
            world.call(cache, method, tokens)
        world.get(cache, "size")
    kata.scenario(scenario)


def test_bad_sizes_raise(kata):
    """block_size < 1 or num_blocks < 1: ValueError."""
    kata.raises("ValueError", "PrefixCache", 0, 3)
    kata.raises("ValueError", "PrefixCache", 2, 0)


def test_the_dropped_last_block_is_not_used(kata):
    """match uses only the counted blocks: the block left to compute is not refreshed, so it is evicted first."""
    def scenario(world):
        cache = world.new("PrefixCache", 1, 3, as_="cache")
        world.call(cache, "insert", [1, 2])                    # 2: (1), (1,2); LRU order (1,2), (1)
        world.call(cache, "insert", [5])                       # 1: order (1,2), (1), (5)
        world.call(cache, "match", [1, 2])                     # 1: (1,2) is left to compute, only (1) used
        world.call(cache, "insert", [7])                       # 1: evicts (1,2), the least recent
        world.call(cache, "match", [5, 0])                     # 1: (5) is still held
        world.call(cache, "match", [1, 2, 0])                  # 1: (1) held, (1,2) gone
    kata.scenario(scenario)
