"""All draws in one vectorised rng.integers call (the same numbers as the scalar draws), then the loop."""
import numpy as np


def reservoir_sample(stream, k, *, seed):
    n = len(stream)
    if not 0 <= k <= n:
        raise ValueError("need 0 <= k <= n")
    rng = np.random.default_rng(seed)
    reservoir = [stream[i] for i in range(k)]
    if n > k:
        draws = rng.integers(0, np.arange(k + 1, n + 1))
        for i, j in zip(range(k, n), draws):
            if j < k:
                reservoir[j] = stream[i]
    return reservoir
