"""Score each row in plain Python, then sorted() with the key (−score, index)."""
import math

import numpy as np


def cosine_top_k(query, corpus, k):
    if k < 0:
        raise ValueError("negative k")
    corpus = np.asarray(corpus)
    if corpus.ndim != 2 or corpus.shape[1] != len(query):
        raise ValueError("corpus must be (n, d) with d = len(query)")
    q = [float(v) for v in query]
    q_norm = math.sqrt(sum(v * v for v in q))
    scored = []
    for i, row in enumerate(corpus.tolist()):
        r_norm = math.sqrt(sum(v * v for v in row))
        dot = sum(a * b for a, b in zip(q, row))
        scored.append((dot / (q_norm * r_norm) if q_norm > 0 and r_norm > 0 else 0.0, i))
    best = sorted(scored, key=lambda pair: (-pair[0], pair[1]))[:k]
    return (np.array([i for _, i in best], dtype=np.int64), np.array([s for s, _ in best], dtype=np.float64))
