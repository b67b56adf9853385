"""One example at a time: accumulate the chain rule's terms in plain Python floats."""
import math

import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    n, d = X.shape
    loss, dw, db = 0.0, np.zeros(d), 0.0
    for i in range(n):
        z = sum(X[i, j] * w[j] for j in range(d)) + b
        p = 1.0 / (1.0 + math.exp(-z))
        loss += (p - y[i]) ** 2 / n
        dz = 2.0 * (p - y[i]) / n * p * (1.0 - p)
        for j in range(d):
            dw[j] += dz * X[i, j]
        db += dz
    return loss, dw, db
