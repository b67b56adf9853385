"""Candidates sorted by score alone (a stable sort): ties stay in the order generated, beam by beam, not lexicographic.

At step 1 the order generated is the token order, so the tie rule looks right; later a candidate
of the first beam comes before an equal one of the second beam even when its list is larger.
Sort by (−logp, token list).
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
        candidates.sort(key=lambda c: -c[1])   # stable: ties stay in the order generated
        live = []
        for tokens, logp in candidates[:beam_width]:
            (finished if tokens[-1] == eos else live).append((tokens, logp))
    finished.extend(live)

    def score(entry):
        tokens, logp = entry
        return logp / len(tokens) ** alpha

    best = min(finished, key=lambda e: (-score(e), e[0]))
    return best[0], float(score(best))
