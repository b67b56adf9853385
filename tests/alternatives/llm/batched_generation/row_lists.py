"""Plain Python lists per row; feeds pad_id (mask False) for finished rows."""
import numpy as np


def generate(model, prompts, max_new_tokens, eos_id, pad_id):
    B = len(prompts)
    result = [[] for _ in range(B)]
    if max_new_tokens == 0:
        return np.zeros((B, 0), dtype=np.int64)
    width = max(map(len, prompts))
    ids, mask, pos = [], [], []
    for p in prompts:
        pad = width - len(p)
        ids.append([pad_id] * pad + list(p))
        mask.append([False] * pad + [True] * len(p))
        pos.append([0] * pad + list(range(len(p))))
    count = [len(p) for p in prompts]
    live = [True] * B
    logits, past = model(np.array(ids), np.array(pos), np.array(mask), None)
    while True:
        feed, feed_mask, feed_pos = [], [], []
        for b in range(B):
            if live[b]:
                tok = int(np.argmax(logits[b, -1]))
                result[b].append(tok)
                feed.append(tok); feed_mask.append(True); feed_pos.append(count[b])
                count[b] += 1
                if tok == eos_id:
                    live[b] = False
            else:
                result[b].append(pad_id)
                feed.append(pad_id); feed_mask.append(False); feed_pos.append(count[b])
        if not any(live) or len(result[0]) == max_new_tokens:
            break
        mask = [m + [fm] for m, fm in zip(mask, feed_mask)]
        logits, past = model(np.array(feed)[:, None], np.array(feed_pos)[:, None], np.array(mask), past)
    out = np.full((B, max_new_tokens), pad_id, dtype=np.int64)
    for b in range(B):
        out[b, :len(result[b])] = result[b]
    return out
