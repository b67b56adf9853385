"""Language models the llm track's hidden tests hand to learner code (the `model` of a generation loop).

Plain picklable objects: they travel to the learner's process and run there, counted like
`grad` (grader/sandbox/). The repr is what a learner reads in a message. Each is called as

    model(input_ids, positions, attention_mask, past) -> (logits, past)

input_ids (B, t) ints; positions (B, t) ints; attention_mask (B, L + t) bools covering the past
L tokens and the t new ones (True = a real token); past None (nothing cached yet) or the value
a previous call returned. logits (B, t, V) float64: position i's logits for the next token.
The "cache" of these toy models is the token ids seen so far (B, L + t): pass it back unchanged.
"""
from __future__ import annotations

import numpy as np


def _validate(input_ids, positions, attention_mask, past, vocab_size: int, max_position: int):
    input_ids = np.asarray(input_ids)
    positions = np.asarray(positions)
    attention_mask = np.asarray(attention_mask)
    if input_ids.ndim != 2:
        raise ValueError(f"input_ids must be (B, t), got shape {input_ids.shape}")
    B, t = input_ids.shape
    L = 0 if past is None else np.asarray(past).shape[1]
    if past is not None and np.asarray(past).shape[0] != B:
        raise ValueError(f"past holds {np.asarray(past).shape[0]} rows, input_ids {B}")
    if positions.shape != (B, t):
        raise ValueError(f"positions must have the shape of input_ids {(B, t)}, got {positions.shape}")
    if attention_mask.shape != (B, L + t):
        raise ValueError(f"attention_mask must be (B, past length + t) = {(B, L + t)}, got {attention_mask.shape}")
    if input_ids.size and (input_ids.min() < 0 or input_ids.max() >= vocab_size):
        raise ValueError(f"token ids must be in 0 … {vocab_size - 1}")
    if positions.size and (positions.min() < 0 or positions.max() >= max_position):
        raise ValueError(f"positions must be in 0 … {max_position - 1}, got {positions.min()} … {positions.max()}")
    seen = input_ids.astype(np.int64) if past is None else np.concatenate([np.asarray(past, dtype=np.int64), input_ids], axis=1)
    return input_ids.astype(np.int64), positions.astype(np.int64), attention_mask.astype(bool), seen


class TinyLM:
    """A deterministic toy decoder: the logits of a token mix the mean of the real tokens it may see
    (causal, through attention_mask), its own token and its position, through fixed random tables."""

    max_position = 64

    def __init__(self, vocab_size: int, seed: int):
        self.vocab_size, self.seed = int(vocab_size), int(seed)
        rng = np.random.default_rng(seed)
        self.context = rng.normal(size=(self.vocab_size, self.vocab_size))
        self.own = rng.normal(size=(self.vocab_size, self.vocab_size))
        self.position = rng.normal(size=(self.max_position, self.vocab_size))

    def __call__(self, input_ids, positions, attention_mask, past):
        ids, pos, mask, seen = _validate(input_ids, positions, attention_mask, past, self.vocab_size, self.max_position)
        B, t = ids.shape
        L = seen.shape[1] - t
        logits = np.zeros((B, t, self.vocab_size))
        for b in range(B):
            for i in range(t):
                visible = mask[b, :L + i + 1]
                ctx = self.context[seen[b, :L + i + 1][visible]]
                mean = ctx.mean(axis=0) if len(ctx) else np.zeros(self.vocab_size)
                logits[b, i] = mean + self.own[ids[b, i]] + self.position[pos[b, i]]
        return logits, seen

    def __repr__(self):
        return f"TinyLM(vocab_size={self.vocab_size}, seed={self.seed})"


class Bigram:
    """A toy model whose next token depends only on the current one: table[token] (a list of V ints).

    table[token] = −1 gives all-equal logits (a tie between every token)."""

    max_position = 64

    def __init__(self, table):
        self.table = [int(t) for t in table]
        self.vocab_size = len(self.table)

    def __call__(self, input_ids, positions, attention_mask, past):
        ids, _, _, seen = _validate(input_ids, positions, attention_mask, past, self.vocab_size, self.max_position)
        logits = np.zeros(ids.shape + (self.vocab_size,))
        nxt = np.array(self.table, dtype=np.int64)[ids]
        np.put_along_axis(logits, np.maximum(nxt, 0)[..., None], 1.0, axis=-1)
        logits[nxt < 0] = 0.5
        return logits, seen

    def __repr__(self):
        return f"Bigram({self.table})"
