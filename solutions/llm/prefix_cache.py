"""A prefix cache for LLM serving: block-level keys, the longest cached prefix, LRU eviction.

Task
    Requests that share a prompt prefix (a system prompt, a few-shot header, the earlier
    turns of a chat) can reuse its KV cache. Write `PrefixCache(block_size, num_blocks)`,
    the bookkeeping of vLLM-style automatic prefix caching (no tensors, only which blocks
    are cached), with these rules:

    Blocks. A token list is cut into full blocks of block_size tokens; a partial last block
        is never cached. Block i of `tokens` is identified by the WHOLE prefix
        tuple(tokens[:(i + 1) · block_size]), not by its own tokens only (the same block
        after a different prefix has different keys and values). At most num_blocks blocks
        are held.
    match(tokens) -> int
        The number of tokens whose KV cache can be reused: k · block_size for the largest k
        such that blocks 0 … k − 1 of tokens are all cached — but at least ONE token must be
        left to compute (the model needs logits for the last prompt token), so when every
        full block matches and len(tokens) is an exact multiple of block_size, the last block
        is not counted. The counted blocks are "used" (see LRU). Nothing is stored.
    insert(tokens) -> int
        Store the full blocks of tokens, from the first to the last, skipping those already
        cached; return how many were newly stored. To store a block in a full cache, evict
        the least recently used block that is not one of this call's blocks; when every held
        block is one of them, stop storing (the remaining blocks of this call are not stored).
        Then all of this call's blocks that are held are "used".
    LRU. A call that uses several blocks uses them from the LAST to the FIRST, so the first
        block of a sequence ends up the most recently used and deeper blocks are evicted
        before the prefixes they extend (as vLLM frees a request's blocks tail first).
    size: the number of blocks held (an int attribute, kept up to date).

Signature
    PrefixCache(block_size, num_blocks)
    PrefixCache.match(tokens) -> int
    PrefixCache.insert(tokens) -> int
    PrefixCache.size

Shapes and types
    block_size, num_blocks: ints ≥ 1. tokens: a list of ints (possibly empty).
    Hidden tests use block_size ≤ 4, num_blocks ≤ 6 and at most 20 tokens per call.

Example
    >>> cache = PrefixCache(block_size=2, num_blocks=4)
    >>> cache.insert([1, 2, 3, 4, 5])          # blocks (1, 2) and (1, 2, 3, 4); 5 is partial
    2
    >>> cache.match([1, 2, 3, 4, 9]), cache.match([1, 2, 7, 8]), cache.match([1, 2, 3, 4])
    (4, 2, 2)
    >>> cache.match([5, 6, 3, 4]), cache.size  # (3, 4) after (5, 6) is another block
    (0, 2)

Constraints
    Plain Python. Raise ValueError if block_size < 1 or num_blocks < 1. The arguments are not
    modified. Coming from vLLM: it hashes each block chained with its parent's hash (the same
    identity as our whole-prefix tuple, without collisions here), and keeps cached blocks of
    running requests pinned: we have no running requests, every held block may be evicted.

Time budget: 35 minutes.
"""
from collections import OrderedDict


class PrefixCache:
    def __init__(self, block_size, num_blocks):
        # BEGIN SOLUTION
        # Complexity: O(1) here; match and insert cost O(n²/block_size) to build the prefix keys of n tokens; the cache holds O(num_blocks·n) tokens of keys (each key a whole prefix).
        if block_size < 1 or num_blocks < 1:
            raise ValueError("block_size and num_blocks must be at least 1")
        self.block_size, self.num_blocks = block_size, num_blocks
        self._blocks = OrderedDict()          # key -> None, least recently used first
        self.size = 0
        # END SOLUTION

    def match(self, tokens):
        # BEGIN SOLUTION
        keys = self._keys(tokens)
        matched = 0
        while matched < len(keys) and keys[matched] in self._blocks:
            matched += 1
        if matched and matched * self.block_size == len(tokens):
            matched -= 1                      # leave the last token to compute
        self._use(keys[:matched])
        return matched * self.block_size
        # END SOLUTION

    def insert(self, tokens):
        # BEGIN SOLUTION
        keys = self._keys(tokens)
        mine = set(keys)
        stored = 0
        for key in keys:
            if key in self._blocks:
                continue
            if len(self._blocks) == self.num_blocks:
                victim = next((k for k in self._blocks if k not in mine), None)
                if victim is None:
                    break                     # only this call's blocks are held
                del self._blocks[victim]
            self._blocks[key] = None
            stored += 1
        self._use([key for key in keys if key in self._blocks])
        self.size = len(self._blocks)
        return stored
        # END SOLUTION

    def _keys(self, tokens):
        # BEGIN SOLUTION
        n = len(tokens) // self.block_size
        return [tuple(tokens[:(i + 1) * self.block_size]) for i in range(n)]
        # END SOLUTION

    def _use(self, keys):
        # BEGIN SOLUTION
        for key in reversed(keys):            # last to first: the first ends most recent
            self._blocks.move_to_end(key)
        # END SOLUTION
