"""Beams as numpy arrays: the candidate scores as a (beams, V) matrix, a lexsort for the ranking.
"""
import numpy as np


def beam_search(log_probs, start, *, beam_width, max_len, eos, alpha=1.0):
    V = log_probs.shape[0]
    seqs = np.zeros((1, 0), dtype=np.int64)
    logps = np.zeros(1)
    done = []
    for _ in range(max_len):
        if len(seqs) == 0:
            break
        last = seqs[:, -1] if seqs.shape[1] else np.full(len(seqs), start)
        total = logps[:, None] + log_probs[last]                     # (beams, V)
        ext = np.concatenate([np.repeat(seqs, V, axis=0), np.tile(np.arange(V), len(seqs))[:, None]], axis=1)
        flat = total.ravel()
        keys = [ext[:, j] for j in range(ext.shape[1] - 1, -1, -1)] + [-flat]
        order = np.lexsort(keys)[:beam_width]                        # by -logp, then token by token
        seqs, logps = ext[order], flat[order]
        ended = seqs[:, -1] == eos
        done += [(s.tolist(), float(l)) for s, l in zip(seqs[ended], logps[ended])]
        seqs, logps = seqs[~ended], logps[~ended]
    done += [(s.tolist(), float(l)) for s, l in zip(seqs, logps)]
    best = sorted(done, key=lambda d: (-(d[1] / len(d[0]) ** alpha), d[0]))[0]
    return [int(t) for t in best[0]], float(best[1] / len(best[0]) ** alpha)
