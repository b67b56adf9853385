"""Binary search in the sorted categories (np.searchsorted-like, by bisect); identity matrix rows."""
import bisect

import numpy as np


def fit_categories(values):
    seen = set()
    for v in values:
        seen.add(v)
    return sorted(seen)


def ordinal_encode(values, categories):
    codes = np.empty(len(values), dtype=np.int64)
    for i, v in enumerate(values):
        j = bisect.bisect_left(categories, v)
        codes[i] = j if j < len(categories) and categories[j] == v else -1
    return codes


def one_hot_encode(values, categories):
    codes = ordinal_encode(values, categories)
    table = np.vstack([np.eye(len(categories)), np.zeros((1, len(categories)))])
    return table[codes]  # code −1 picks the last row: the zero row
