"""The bias as an extra weight on a column of ones; sigmoid through tanh; einsum for the sums."""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    Xa = np.hstack([X, np.ones((X.shape[0], 1))])
    theta = np.append(w, b)
    p = 0.5 * (1.0 + np.tanh(0.5 * (Xa @ theta)))
    r = p - y
    loss = r @ r / len(y)
    grad = np.einsum("i,ij->j", (2.0 / len(y)) * r * p * (1.0 - p), Xa)
    return float(loss), grad[:-1].copy(), float(grad[-1])
