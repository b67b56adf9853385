"""Adds PyTorch's epsilon: scale = max_norm / (global_norm + 1e-6), which is off for small norms.

This kata follows TensorFlow's convention, scale = max_norm / max(global_norm, max_norm), with
no epsilon: with small gradients (norm 1e-3) the 1e-6 changes the result by 0.1 %.
"""
import numpy as np


def clip_by_global_norm(grads, max_norm):
    global_norm = float(np.sqrt(sum(np.sum(g ** 2) for g in grads)))
    scale = min(1.0, max_norm / (global_norm + 1e-6))
    return [g * scale for g in grads], global_norm
