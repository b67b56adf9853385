"""Padding gets position 1, as Hugging Face's attention_mask.cumsum(-1) − 1 then masked_fill(…, 1) does.

The statement pins padding to position 0 (the real tokens count from 0 as in Hugging Face): fill the
positions with zeros and write 0, 1, …, len − 1 over each prompt's real tokens only.
"""
import numpy as np

NAMED_BY_MESSAGE = "padding gets position 0"


def generate(model, prompts, max_new_tokens, eos_id, pad_id):
    B = len(prompts)
    out = np.full((B, max_new_tokens), pad_id, dtype=np.int64)
    if max_new_tokens == 0:
        return out
    P = max(len(p) for p in prompts)
    ids = np.full((B, P), pad_id, dtype=np.int64)
    mask = np.zeros((B, P), dtype=bool)
    positions = np.zeros((B, P), dtype=np.int64)
    for b, prompt in enumerate(prompts):
        n = len(prompt)
        ids[b, P - n:] = prompt                        # left padding
        mask[b, P - n:] = True
        positions[b, :] = 1                            # the mistake: Hugging Face puts 1 on the padding
        positions[b, P - n:] = np.arange(n)
    length = np.array([len(p) for p in prompts], dtype=np.int64)   # real tokens so far
    finished = np.zeros(B, dtype=bool)
    logits, past = model(ids, positions, mask, None)
    for step in range(max_new_tokens):
        chosen = np.argmax(logits[:, -1, :], axis=-1).astype(np.int64)
        chosen = np.where(finished, pad_id, chosen)
        out[:, step] = chosen
        new_positions = length.copy()                 # the new token's position
        alive = ~finished
        length = length + alive
        finished = finished | (chosen == eos_id)
        if finished.all() or step == max_new_tokens - 1:
            break
        mask = np.concatenate([mask, alive[:, None]], axis=1)
        logits, past = model(chosen[:, None], new_positions[:, None], mask, past)
    return out
