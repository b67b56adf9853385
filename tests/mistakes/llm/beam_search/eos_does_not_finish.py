"""A sequence that produced eos stays in the beam and keeps growing.

eos ends a sequence: move it to the finished list, where it no longer takes a beam slot or
grows; only the other kept candidates stay live.
"""
import numpy as np


def beam_search(log_probs, start, *, beam_width, max_len, eos, alpha=1.0):
    V = log_probs.shape[0]
    live = [([], 0.0)]
    finished = []
    for _ in range(max_len):
        if not live:
            break
        candidates = []
        for tokens, logp in live:
            last = tokens[-1] if tokens else start
            for b in range(V):
                candidates.append((tokens + [b], logp + float(log_probs[last, b])))
        # best first; on equal log-probability the smaller token list wins
        candidates.sort(key=lambda c: (-c[1], c[0]))
        live = []
        for tokens, logp in candidates[:beam_width]:
            live.append((tokens, logp))
    finished.extend(live)

    def score(entry):
        tokens, logp = entry
        return logp / len(tokens) ** alpha

    best = min(finished, key=lambda e: (-score(e), e[0]))
    return best[0], float(score(best))
