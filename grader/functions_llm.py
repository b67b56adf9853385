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


class PrefillCheckingBigram(Bigram):
    """A Bigram that checks the prefill call (past None) against llm/batched_generation's rules, for
    prompts that never hold pad_id: each row left-padded with pad_id, mask False on the padding and True on the prompt, positions
    0 on the padding and 0, 1, …, len − 1 on the prompt. Anything else raises ValueError saying
    what it got and what it expected (decode calls are only checked for their shapes)."""

    def __init__(self, table, pad_id: int):
        super().__init__(table)
        self.pad_id = int(pad_id)

    def __call__(self, input_ids, positions, attention_mask, past):
        if past is None:
            ids, pos, mask, _ = _validate(input_ids, positions, attention_mask, past, self.vocab_size,
                                          self.max_position)
            P = ids.shape[1]
            for b in range(ids.shape[0]):
                # the prompts of the tests never hold pad_id: the padding is the leading run of pad_id
                real = np.flatnonzero(ids[b] != self.pad_id)
                padding = int(real[0]) if len(real) else P
                where = f"row {b} of the prefill call"
                if len(real) == 0 or np.any(ids[b, padding:] == self.pad_id):
                    raise ValueError(f"{where}: input_ids {ids[b].tolist()} is not the prompt left-padded "
                                     f"with pad_id = {self.pad_id}")
                want_mask = np.arange(P) >= padding
                want_pos = np.maximum(np.arange(P) - padding, 0)
                if not np.array_equal(mask[b], want_mask):
                    raise ValueError(f"{where}: attention_mask {mask[b].tolist()}; expected {want_mask.tolist()} "
                                     "(False on the padding, True on every prompt token)")
                if not np.array_equal(pos[b], want_pos):
                    raise ValueError(f"{where}: positions {pos[b].tolist()}; expected {want_pos.tolist()} "
                                     "(the prompt counts from 0, and padding gets position 0)")
        return super().__call__(input_ids, positions, attention_mask, past)

    def __repr__(self):
        return f"PrefillCheckingBigram({self.table}, pad_id={self.pad_id})"


# -- models of limited context for llm/sliding_window_perplexity ------------------------------------
# Each is called as logprobs_fn(window_ids) -> (len, V) float64 log-probabilities: row i is the
# distribution of the token that follows window_ids[: i + 1]. A window longer than the model's
# context, an empty window or an id outside 0 … V − 1 raises ValueError, as a real model would.

def _window(window_ids, vocab_size: int, context: int) -> np.ndarray:
    ids = np.asarray(window_ids)
    if ids.ndim != 1:
        raise ValueError(f"window_ids must be a 1-D sequence of token ids, got shape {ids.shape}")
    if len(ids) == 0:
        raise ValueError("window_ids is empty: the model needs at least one token")
    if len(ids) > context:
        raise ValueError(f"a window of {len(ids)} tokens is longer than the model's context of {context}")
    if not np.issubdtype(ids.dtype, np.integer):
        raise ValueError(f"window_ids must hold integer token ids, got dtype {ids.dtype}")
    if ids.min() < 0 or ids.max() >= vocab_size:
        raise ValueError(f"token ids must be in 0 … {vocab_size - 1}")
    return ids.astype(np.int64)


class LaplaceLM:
    """p(next = v | the window so far) = (count of v in the window so far + 1) / (tokens so far + V):
    Laplace's rule of succession over the window only, so what the window holds matters."""

    def __init__(self, vocab_size: int, context: int):
        self.vocab_size, self.context = int(vocab_size), int(context)

    def __call__(self, window_ids):
        ids = _window(window_ids, self.vocab_size, self.context)
        counts = np.cumsum(np.eye(self.vocab_size)[ids], axis=0)       # row i: counts in ids[: i + 1]
        seen = np.arange(1, len(ids) + 1)[:, None]
        return np.log((counts + 1.0) / (seen + self.vocab_size))

    def __repr__(self):
        return (f"LaplaceLM(V={self.vocab_size}, context={self.context}): p(next = v) = (count of v so far "
                f"in the window + 1) / (tokens so far in the window + {self.vocab_size})")


class WindowLM:
    """A deterministic toy model of limited context: row i's logits mix the mean embedding of the
    window so far, the token at i and the position i within the window (fixed random tables)."""

    def __init__(self, vocab_size: int, context: int, seed: int):
        self.vocab_size, self.context, self.seed = int(vocab_size), int(context), int(seed)
        rng = np.random.default_rng(seed)
        self.mix = rng.normal(size=(self.vocab_size, self.vocab_size))
        self.own = rng.normal(size=(self.vocab_size, self.vocab_size))
        self.position = rng.normal(size=(self.context, self.vocab_size))

    def __call__(self, window_ids):
        ids = _window(window_ids, self.vocab_size, self.context)
        so_far = np.cumsum(self.mix[ids], axis=0) / np.arange(1, len(ids) + 1)[:, None]
        logits = 2.0 * so_far + self.own[ids] + self.position[: len(ids)]
        top = logits.max(axis=1, keepdims=True)
        return logits - top - np.log(np.exp(logits - top).sum(axis=1, keepdims=True))

    def __repr__(self):
        return f"WindowLM(V={self.vocab_size}, context={self.context}, seed={self.seed})"


class UniformLM:
    """Every next token equally likely: log-probabilities log(1/V) in every row."""

    def __init__(self, vocab_size: int, context: int):
        self.vocab_size, self.context = int(vocab_size), int(context)

    def __call__(self, window_ids):
        ids = _window(window_ids, self.vocab_size, self.context)
        return np.full((len(ids), self.vocab_size), -np.log(self.vocab_size))

    def __repr__(self):
        return f"UniformLM(V={self.vocab_size}, context={self.context}): p(next = v) = 1/{self.vocab_size}"


class RefusingLM:
    """A model for calls whose arguments are invalid: the function must raise ValueError before
    calling it, so any call raises RuntimeError instead."""

    def __call__(self, window_ids):
        raise RuntimeError("the model was called, but the arguments are invalid: validate them before any call")

    def __repr__(self):
        return "RefusingLM() (a model that must not be called: the arguments are invalid)"
