"""PyTorch's order: shrink x by (1 − lr·weight_decay) first, then take the Adam step (the same numbers)."""
import math

import numpy as np


def adamw(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
          weight_decay=0.01):
    param = np.array(x0, dtype=np.float64)
    exp_avg = np.zeros_like(param)
    exp_avg_sq = np.zeros_like(param)
    history = [param.copy()]
    for step in range(1, n_steps + 1):
        g = grad(param)
        param = param * (1 - learning_rate * weight_decay)
        exp_avg = exp_avg * beta1 + g * (1 - beta1)
        exp_avg_sq = exp_avg_sq * beta2 + g * g * (1 - beta2)
        denom = np.sqrt(exp_avg_sq) / math.sqrt(1 - beta2 ** step) + eps
        param = param - learning_rate / (1 - beta1 ** step) * exp_avg / denom
        history.append(param.copy())
    return np.array(history)
