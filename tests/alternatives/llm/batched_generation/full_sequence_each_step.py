"""Keeps the whole left-padded sequence and its mask, growing column by column; positions from the mask's cumsum."""
import numpy as np


def generate(model, prompts, max_new_tokens, eos_id, pad_id):
    B = len(prompts)
    P = max(len(p) for p in prompts)
    seq = np.array([[pad_id] * (P - len(p)) + list(p) for p in prompts], dtype=np.int64)
    mask = np.array([[False] * (P - len(p)) + [True] * len(p) for p in prompts])
    out = np.full((B, max_new_tokens), pad_id, dtype=np.int64)
    done = np.zeros(B, dtype=bool)
    past = None
    fed = 0
    for step in range(max_new_tokens):
        pos = np.maximum(np.cumsum(mask, axis=1) - 1, 0)
        pos = np.where(mask, pos, 0)
        if past is None:
            logits, past = model(seq, pos, mask, None)
        else:
            # the new column: its position is the row's count of real tokens before it
            new_pos = (np.cumsum(mask[:, :-1], axis=1)[:, -1])[:, None]
            logits, past = model(seq[:, -1:], new_pos, mask, past)
        nxt = np.argmax(logits[:, -1], axis=1)
        nxt = np.where(done, pad_id, nxt)
        out[:, step] = nxt
        real = ~done
        done = done | (nxt == eos_id)
        if done.all() or step == max_new_tokens - 1:
            break
        seq = np.concatenate([seq, nxt[:, None]], axis=1)
        mask = np.concatenate([mask, real[:, None]], axis=1)
    return out
