"""A dense count matrix over the words seen in training; every quantity is a row or column sum."""
import numpy as np


def kneser_ney_bigram(train, pairs, d=0.75):
    if not train or d < 0 or d > 1:
        raise ValueError("bad arguments")
    sentences = [["<s>"] + list(s) + ["</s>"] for s in train]
    words = sorted({w for s in sentences for w in s})
    index = {w: i for i, w in enumerate(words)}
    counts = np.zeros((len(words), len(words)))
    for s in sentences:
        for v, w in zip(s, s[1:]):
            counts[index[v], index[w]] += 1
    seen = counts > 0
    c_v = counts.sum(axis=1)
    p_cont = seen.sum(axis=0) / seen.sum()
    out = []
    for v, w in pairs:
        pc = p_cont[index[w]] if w in index else 0.0
        if v not in index or c_v[index[v]] == 0:
            out.append(pc)
            continue
        row = index[v]
        c = counts[row, index[w]] if w in index else 0.0
        out.append(max(c - d, 0.0) / c_v[row] + d * seen[row].sum() / c_v[row] * pc)
    return np.array(out, dtype=np.float64)
