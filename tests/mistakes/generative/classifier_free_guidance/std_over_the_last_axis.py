"""The rescale's std is taken over the last axis only (per row of each sample), not over the whole sample.

Each sample's std is over every axis but the batch axis: for (batch, channels, height, width) that is
the last three axes together.
"""
import numpy as np


def classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale=0.0):
    u = np.asarray(eps_uncond, dtype=np.float64)
    c = np.asarray(eps_cond, dtype=np.float64)
    if u.shape != c.shape or u.ndim < 2 or not 0.0 <= guidance_rescale <= 1.0:
        raise ValueError("bad arguments")
    g = u + guidance_scale * (c - u)
    if guidance_rescale == 0.0:
        return g
    axes = (g.ndim - 1,)
    std_c = c.std(axis=axes, keepdims=True)
    std_g = g.std(axis=axes, keepdims=True)
    ratio = np.where(std_g > 0, std_c / np.where(std_g > 0, std_g, 1.0), 1.0)
    return guidance_rescale * (g * ratio) + (1.0 - guidance_rescale) * g
