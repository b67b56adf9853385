"""PyTorch's algebra: step size lr/(1 − beta1^t), denominator √v/√(1 − beta2^t) + eps (the same numbers)."""
import math

import numpy as np


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    param = np.array(x0, dtype=np.float64)
    exp_avg = np.zeros_like(param)
    exp_avg_sq = np.zeros_like(param)
    history = [param.copy()]
    for step in range(1, n_steps + 1):
        g = grad(param)
        exp_avg = exp_avg * beta1 + g * (1 - beta1)
        exp_avg_sq = exp_avg_sq * beta2 + g * g * (1 - beta2)
        bias_correction1 = 1 - beta1 ** step
        bias_correction2 = 1 - beta2 ** step
        denom = np.sqrt(exp_avg_sq) / math.sqrt(bias_correction2) + eps
        param = param - (learning_rate / bias_correction1) * exp_avg / denom
        history.append(param.copy())
    return np.array(history)
