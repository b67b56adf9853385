"""Returns 40 MB of array data, more than one reply may carry: told so, not refused as tampering."""
# expect: failed
import numpy as np


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(5_000_000)
