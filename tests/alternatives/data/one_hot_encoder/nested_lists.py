"""Plain nested Python lists, converted to arrays with an explicit dtype and shape at the end."""
import numpy as np


def fit_categories(values):
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    out.sort()
    return out


def one_hot_encode(values, categories):
    rows = [[1.0 if v == c else 0.0 for c in categories] for v in values]
    return np.array(rows, dtype=np.float64).reshape(len(values), len(categories))


def ordinal_encode(values, categories):
    codes = []
    for v in values:
        code = -1
        for j, c in enumerate(categories):
            if c == v:
                code = j
        codes.append(code)
    return np.array(codes, dtype=np.int64)
