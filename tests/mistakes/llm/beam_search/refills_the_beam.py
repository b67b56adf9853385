"""Refills the beam from lower-ranked candidates once a sequence finishes (Hugging Face style).

Here the kept candidates are the first beam_width of the ranking, finished ones included: a
sequence that ends in eos takes its slot at that step, and the live beam shrinks. Do not reach
further down the ranking to keep beam_width live sequences.
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
        candidates.sort(key=lambda c: (-c[1], c[0]))
        live = []
        for rank, (tokens, logp) in enumerate(candidates):
            if len(live) == beam_width:
                break
            if tokens[-1] == eos:
                if rank < beam_width:
                    finished.append((tokens, logp))
            else:
                live.append((tokens, logp))
    finished.extend(live)

    def score(entry):
        tokens, logp = entry
        return logp / len(tokens) ** alpha

    best = min(finished, key=lambda e: (-score(e), e[0]))
    return best[0], float(score(best))
