"""Solves the regression in closed form with np.linalg.lstsq, which the kata rules out."""
# kata: optimization/minibatch_sgd
# expect: forbidden
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    design = np.hstack([X, np.ones((len(X), 1))])
    solution = np.linalg.lstsq(design, y, rcond=None)[0]
    return solution[:-1], float(solution[-1]), np.zeros(n_epochs)
