"""Returns an ndarray subclass whose comparisons always say yes."""
# expect: failed
import numpy as np


class Liar(np.ndarray):
    def __eq__(self, other):
        return np.ones(np.shape(other), dtype=bool)

    def __array_ufunc__(self, *args, **kwargs):
        return np.zeros(())


def gradient_descent(x0, learning_rate, n_steps):
    return np.zeros(n_steps + 1).view(Liar)
