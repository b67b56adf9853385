"""Hidden tests for llm/paged_kv_cache: PagedKVCache with allocate, append, gather, free,
block_table and num_free_blocks.

Every test is a scenario (grader/objects.py): played on the reference, then on the learner's
objects, observation by observation. Random inputs are drawn outside the scenarios.
"""
import numpy as np

from grader.testing import require


def _kv(x):
    """One token's key and value for H = D = 1: key x, value −x."""
    return np.full((1, 1), float(x)), np.full((1, 1), -float(x))


def test_five_tokens_in_blocks_of_two_by_hand(kata):
    """block_size 2: tokens 1, 2 go to block 0, tokens 3, 4 to block 1, token 5 to block 2 (3 blocks for 5 tokens, taken only when needed)."""
    def scenario(world):
        cache = world.new("PagedKVCache", 4, 2, 1, 1, as_="cache")
        world.call(cache, "num_free_blocks")                     # 4
        world.call(cache, "allocate", 0)
        world.call(cache, "block_table", 0)                      # []: no block before the first token
        world.call(cache, "num_free_blocks")                     # 4
        for t, x in enumerate((0.1, 0.7, 1.3, 2.9, -4.1)):
            world.call(cache, "append", 0, *_kv(x))
            # after tokens 1..5: [0], [0], [0, 1], [0, 1], [0, 1, 2]
            world.call(cache, "block_table", 0)
            world.call(cache, "num_free_blocks")                 # 3, 3, 2, 2, 1
        # K = 0.1, 0.7, 1.3, 2.9, −4.1 as (5, 1, 1); V the negatives
        world.call(cache, "gather", 0)
    kata.scenario(scenario)


def test_interleaved_sequences_get_interleaved_blocks_by_hand(kata):
    """Sequences 7 and 3 append in turn (block_size 2): 7 gets blocks 0 and 2, 3 gets blocks 1 and 3; each gathers only its own tokens."""
    def scenario(world):
        cache = world.new("PagedKVCache", 5, 2, 1, 1, as_="cache")
        world.call(cache, "allocate", 7)
        world.call(cache, "allocate", 3)
        for x in (1.5, 2.5, 3.5):
            world.call(cache, "append", 7, *_kv(x))
            world.call(cache, "append", 3, *_kv(10 * x))
        world.call(cache, "block_table", 7)                      # [0, 2]
        world.call(cache, "block_table", 3)                      # [1, 3]
        world.call(cache, "num_free_blocks")                     # 1
        world.call(cache, "gather", 7)                           # K 1.5, 2.5, 3.5
        world.call(cache, "gather", 3)                           # K 15, 25, 35
    kata.scenario(scenario)


def test_free_then_reuse_the_lowest_free_block_by_hand(kata):
    """7 holds [0, 2], 3 holds [1, 3]; free 3: blocks 1 and 3 are free again; 7's next block is 1 (the lowest free, not 4), so its table is [0, 2, 1] and gather follows the table."""
    def scenario(world):
        cache = world.new("PagedKVCache", 5, 2, 1, 1, as_="cache")
        world.call(cache, "allocate", 7)
        world.call(cache, "allocate", 3)
        for x in (0.1, 0.2, 0.3):
            world.call(cache, "append", 7, *_kv(x))
            world.call(cache, "append", 3, *_kv(x + 5.0))
        world.call(cache, "free", 3)
        world.call(cache, "num_free_blocks")                     # 3: blocks 1, 3, 4
        world.call(cache, "append", 7, *_kv(0.4))                # fills block 2
        world.call(cache, "block_table", 7)                      # [0, 2]
        world.call(cache, "append", 7, *_kv(0.5))                # takes block 1
        world.call(cache, "block_table", 7)                      # [0, 2, 1]
        world.call(cache, "num_free_blocks")                     # 2
        world.call(cache, "gather", 7)                           # K 0.1 … 0.5 in token order
    kata.scenario(scenario)


def test_blocks_freed_in_any_order_reuse_the_lowest_by_hand(kata):
    """Free a sequence holding [2, 0] (block 0 freed after block 2 came back): a new sequence takes 0 first, then 2, then 3."""
    def scenario(world):
        cache = world.new("PagedKVCache", 4, 1, 1, 1, as_="cache")
        for seq in (10, 11, 12):
            world.call(cache, "allocate", seq)
            world.call(cache, "append", seq, *_kv(seq))          # 10 -> [0], 11 -> [1], 12 -> [2]
        world.call(cache, "free", 10)
        world.call(cache, "append", 12, *_kv(0.3))               # 12 -> [2, 0]
        world.call(cache, "block_table", 12)
        world.call(cache, "free", 12)                            # free: 0, 2, 3
        world.call(cache, "allocate", 12)                        # 12 may be allocated again
        world.call(cache, "block_table", 12)                     # []
        world.call(cache, "allocate", 13)
        for x in (0.6, 0.7, 0.8):
            world.call(cache, "append", 13, *_kv(x))
        world.call(cache, "block_table", 13)                     # [0, 2, 3]
        world.call(cache, "num_free_blocks")                     # 0
        world.call(cache, "gather", 13)                          # 0.6, 0.7, 0.8
        world.call(cache, "gather", 11)                          # 11 untouched: 11.0
    kata.scenario(scenario)


def test_one_block_sequences_gather_new_arrays(kata):
    """A sequence inside one block (1 token, then a full block): gather gives new arrays, not views of the pool."""
    def scenario(world):
        cache = world.new("PagedKVCache", 2, 3, 1, 1, as_="cache")
        world.call(cache, "allocate", 0)
        world.call(cache, "append", 0, *_kv(0.7))
        world.call(cache, "gather", 0)                           # (1, 1, 1)
        world.call(cache, "append", 0, *_kv(0.8))
        world.call(cache, "append", 0, *_kv(0.9))
        world.call(cache, "block_table", 0)                      # [0]: exactly full, no second block yet
        world.call(cache, "num_free_blocks")                     # 1
        world.call(cache, "gather", 0)                           # (3, 1, 1)
    kata.scenario(scenario)


def test_empty_sequence_gathers_zero_tokens(kata):
    """A sequence with no token gathers two float64 arrays of shape (0, H, D); freeing it frees nothing."""
    def scenario(world):
        cache = world.new("PagedKVCache", 3, 2, 2, 3, as_="cache")
        world.call(cache, "allocate", 4)
        world.call(cache, "gather", 4)                           # shapes (0, 2, 3)
        world.call(cache, "free", 4)
        world.call(cache, "num_free_blocks")                     # 3
    kata.scenario(scenario)


def test_exhaustion_raises_and_changes_nothing_by_hand(kata):
    """2 blocks of 2: 4 tokens fill the pool; the 5th append raises RuntimeError (a wrong shape still ValueError, an unknown seq_id KeyError) and leaves the table, the free count and the tokens as they were; after a free the pool serves again."""
    def scenario(world):
        cache = world.new("PagedKVCache", 2, 2, 1, 1, as_="cache")
        world.call(cache, "allocate", 0)
        world.call(cache, "allocate", 1)
        for x in (0.1, 0.2, 0.3):
            world.call(cache, "append", 0, *_kv(x))              # 0 -> [0, 1]
        world.call(cache, "append", 0, *_kv(0.4))                # fills block 1: no block needed, no error
        world.raises(cache, "append", 1, *_kv(9.0))              # RuntimeError: 1 needs a block, none free
        world.raises(cache, "append", 0, *_kv(9.0))              # RuntimeError: 0's last block is full
        world.raises(cache, "append", 1, np.zeros((1, 2)), np.zeros((1, 2)))   # ValueError: shapes before the pool
        world.raises(cache, "append", 2, *_kv(9.0))              # KeyError: the seq_id before the pool
        world.call(cache, "block_table", 0)                      # [0, 1]
        world.call(cache, "block_table", 1)                      # []
        world.call(cache, "num_free_blocks")                     # 0
        world.call(cache, "gather", 0)                           # 0.1 … 0.4, nothing of 9.0
        world.call(cache, "gather", 1)                           # empty
        world.call(cache, "free", 0)
        world.call(cache, "append", 1, *_kv(0.5))                # block 0
        world.call(cache, "block_table", 1)                      # [0]
        world.call(cache, "gather", 1)                           # 0.5
    kata.scenario(scenario)


def test_block_size_one_takes_a_block_per_token(kata):
    """block_size 1: every token takes a new block (the lowest free), and the pool runs out after num_blocks tokens."""
    def scenario(world):
        cache = world.new("PagedKVCache", 3, 1, 1, 2, as_="cache")
        world.call(cache, "allocate", 5)
        for x in (0.25, 0.5, 0.75):
            world.call(cache, "append", 5, np.array([[x, -x]]), np.array([[2 * x, 3 * x]]))
        world.call(cache, "block_table", 5)                      # [0, 1, 2]
        world.raises(cache, "append", 5, np.array([[1.0, 1.0]]), np.array([[1.0, 1.0]]))
        world.call(cache, "gather", 5)
    kata.scenario(scenario)


def test_wrong_shapes_raise_and_change_nothing(kata):
    """k or v not of shape exactly (H, D) — transposed, a leading 1, one token short, k and v different — ValueError, and no block is taken."""
    H, D = 2, 3
    good = np.arange(6.0).reshape(H, D)

    def scenario(world):
        cache = world.new("PagedKVCache", 3, 2, H, D, as_="cache")
        world.call(cache, "allocate", 0)
        world.raises(cache, "append", 0, good.T.copy(), good.T.copy())        # (3, 2)
        world.raises(cache, "append", 0, good[None], good[None])              # (1, 2, 3)
        world.raises(cache, "append", 0, good, good[:1])                      # v (1, 3)
        world.raises(cache, "append", 0, good[:, :2], good)                   # k (2, 2)
        world.raises(cache, "append", 0, good.ravel(), good.ravel())          # (6,)
        world.call(cache, "block_table", 0)                      # []: no block taken by a refused call
        world.call(cache, "num_free_blocks")                     # 3
        world.call(cache, "append", 0, good, -good)
        world.call(cache, "gather", 0)
    kata.scenario(scenario)


def test_error_types(kata):
    """Unknown or freed seq_id: KeyError (append, gather, free, block_table); allocate twice: ValueError; an unknown seq_id wins over a wrong shape."""
    def scenario(world):
        cache = world.new("PagedKVCache", 2, 2, 1, 1, as_="cache")
        world.raises(cache, "append", 3, *_kv(1.0))              # KeyError
        world.raises(cache, "gather", 3)
        world.raises(cache, "free", 3)
        world.raises(cache, "block_table", 3)
        world.call(cache, "allocate", 3)
        world.raises(cache, "allocate", 3)                       # ValueError
        world.call(cache, "append", 3, *_kv(1.0))
        world.raises(cache, "allocate", 3)                       # still ValueError
        world.call(cache, "block_table", 3)                      # [0]: the refused allocate kept it
        world.call(cache, "free", 3)
        world.raises(cache, "gather", 3)                         # KeyError: freed
        world.raises(cache, "free", 3)                           # KeyError: freed twice
        world.raises(cache, "append", 4, np.zeros((2, 2)), np.zeros((2, 2)))   # KeyError first
        world.call(cache, "num_free_blocks")                     # 2
    kata.scenario(scenario)


def test_bad_sizes_raise(kata):
    """num_blocks, block_size, n_heads or head_dim below 1: ValueError."""
    kata.raises("ValueError", "PagedKVCache", 0, 2, 1, 1)
    kata.raises("ValueError", "PagedKVCache", 2, 0, 1, 1)
    kata.raises("ValueError", "PagedKVCache", 2, 2, 0, 1)
    kata.raises("ValueError", "PagedKVCache", 2, 2, 1, 0)


def test_int_arrays_are_stored_as_float64(kata):
    """k and v as int arrays: gather gives float64 arrays of the same values."""
    def scenario(world):
        cache = world.new("PagedKVCache", 2, 2, 2, 2, as_="cache")
        world.call(cache, "allocate", 1)
        world.call(cache, "append", 1, np.array([[1, 2], [3, 4]]), np.array([[-1, -2], [-3, -4]]))
        world.call(cache, "gather", 1)
    kata.scenario(scenario)


def test_random_workload_against_the_tokens_appended(kata, rng):
    """Three sequences appending at random, one freed and reallocated midway (8 blocks of 4, H = 2, D = 3): every gather equals the tokens appended, in order."""
    H, D = 2, 3
    plan = []
    for step in range(20):  # at most 20/4 + 3 = 8 blocks held: never exhausted
        if step == 10:
            plan.append(("free", 1))
            plan.append(("allocate", 1))
        seq = int(rng.integers(0, 3))
        plan.append(("append", seq, rng.standard_normal((H, D)), rng.standard_normal((H, D))))
    appended = {0: [], 1: [], 2: []}
    for step in plan:
        if step[0] == "free":
            appended[1] = []
        elif step[0] == "append":
            appended[step[1]].append((step[2], step[3]))

    def scenario(world):
        cache = world.new("PagedKVCache", 8, 4, H, D, as_="cache")
        for seq in (0, 1, 2):
            world.call(cache, "allocate", seq)
        for step in plan:
            world.call(cache, *step)
        for seq in (0, 1, 2):
            world.call(cache, "block_table", seq)
        world.call(cache, "num_free_blocks")
        return [world.call(cache, "gather", seq) for seq in (0, 1, 2)]

    gathered = kata.scenario(scenario)
    for seq, (K, V) in enumerate(gathered):
        want_k = np.array([k for k, _ in appended[seq]]).reshape(-1, H, D)
        want_v = np.array([v for _, v in appended[seq]]).reshape(-1, H, D)
        require(np.array_equal(K, want_k) and np.array_equal(V, want_v),
                f"sequence {seq}: gather does not give the tokens appended, in order")


def test_any_int_is_a_seq_id(kata):
    """seq_ids need not be small, positive or consecutive: −5 and 10**12 are sequences like any other."""
    def scenario(world):
        cache = world.new("PagedKVCache", 3, 1, 1, 1, as_="cache")
        world.call(cache, "allocate", 10 ** 12)
        world.call(cache, "allocate", -5)
        world.call(cache, "append", -5, *_kv(0.1))               # block 0
        world.call(cache, "append", 10 ** 12, *_kv(0.2))         # block 1
        world.call(cache, "append", -5, *_kv(0.3))               # block 2
        world.call(cache, "block_table", -5)                     # [0, 2]
        world.call(cache, "block_table", 10 ** 12)               # [1]
        world.call(cache, "gather", -5)
        world.raises(cache, "gather", 0)                         # KeyError: 0 was never allocated
    kata.scenario(scenario)
