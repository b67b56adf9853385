"""A preallocated trajectory and in-place moment updates on private arrays."""
import numpy as np


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    start = np.asarray(x0, dtype=float)
    path = np.zeros((n_steps + 1,) + start.shape)
    path[0] = start
    m = np.zeros(start.shape)
    v = np.zeros(start.shape)
    for t in range(1, n_steps + 1):
        g = grad(path[t - 1].copy())
        m *= beta1
        m += (1 - beta1) * g
        v *= beta2
        v += (1 - beta2) * np.square(g)
        path[t] = path[t - 1] - learning_rate * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps)
    return path
