"""Stable softplus by branching on the sign of z (math.log1p, math.exp), plain loops.
"""
import math

import numpy as np


def _softplus_neg(z):
    """log(1 + e^(−z)) without overflow."""
    return math.log1p(math.exp(-z)) if z >= 0 else -z + math.log1p(math.exp(z))


def _sigmoid(t):
    return 1.0 / (1.0 + math.exp(-t)) if t >= 0 else math.exp(t) / (1.0 + math.exp(t))


def dpo_loss(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    total = 0.0
    n = len(policy_chosen)
    for i in range(n):
        z = beta * ((policy_chosen[i] - ref_chosen[i]) - (policy_rejected[i] - ref_rejected[i]))
        total += _softplus_neg(float(z))
    return total / n


def dpo_loss_grad(policy_chosen, policy_rejected, ref_chosen, ref_rejected, beta):
    n = len(policy_chosen)
    dc, dr = np.zeros(n), np.zeros(n)
    for i in range(n):
        z = beta * ((policy_chosen[i] - ref_chosen[i]) - (policy_rejected[i] - ref_rejected[i]))
        s = _sigmoid(-float(z))
        dc[i] = -beta * s / n
        dr[i] = beta * s / n
    return dc, dr
