"""Sets of left and right neighbours instead of counted types."""
import numpy as np


def kneser_ney_bigram(train, pairs, d=0.75):
    if len(train) == 0:
        raise ValueError("no training sentences")
    if d < 0 or d > 1:
        raise ValueError("d out of range")
    count, left, right = {}, {}, {}
    for sentence in train:
        tokens = ["<s>", *sentence, "</s>"]
        for v, w in zip(tokens[:-1], tokens[1:]):
            count[v, w] = count.get((v, w), 0) + 1
            left.setdefault(w, set()).add(v)
            right.setdefault(v, set()).add(w)
    types = len(count)
    totals = {}
    for (v, _), c in count.items():
        totals[v] = totals.get(v, 0) + c
    result = np.empty(len(pairs))
    for i, (v, w) in enumerate(pairs):
        p_cont = len(left.get(w, ())) / types
        if v not in totals:
            result[i] = p_cont
        else:
            result[i] = (max(count.get((v, w), 0) - d, 0) + d * len(right[v]) * p_cont) / totals[v]
    return result
