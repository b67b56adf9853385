"""Plain loops: every entry of grad is added to the input entry it was copied from."""
import itertools

import numpy as np


def unbroadcast(grad, shape):
    grad = np.asarray(grad, dtype=np.float64)
    shape = tuple(shape)
    extra = grad.ndim - len(shape)
    if extra < 0:
        raise ValueError("shape has more axes than grad")
    for s, g in zip(shape, grad.shape[extra:]):
        if s != 1 and s != g:
            raise ValueError("shape does not broadcast to grad")
    out = np.zeros(shape)
    for index in itertools.product(*(range(n) for n in grad.shape)):
        source = tuple(0 if s == 1 else i for s, i in zip(shape, index[extra:]))
        out[source] += grad[index]
    return out
