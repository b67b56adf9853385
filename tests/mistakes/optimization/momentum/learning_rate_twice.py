"""Learning rate applied twice, mixing conventions: v = momentum·v + lr·g and then x −= lr·v.

Pick one convention. Here the velocity sums raw gradients, v = momentum * v + grad(x), and the
learning rate scales the step once, x = x - learning_rate * v. (Folding lr into v, v = μv + lr·g
with x = x - v, is also fine, but then do not multiply by lr again.)
"""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    trajectory = [x]
    for _ in range(n_steps):
        v = momentum * v + learning_rate * grad(x)
        x = x - learning_rate * v
        trajectory.append(x)
    return np.array(trajectory)
