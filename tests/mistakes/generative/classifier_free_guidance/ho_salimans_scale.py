"""The scale is read as Ho & Salimans' w: (1 + w)·ε_cond − w·ε_uncond.

Here w is diffusers' guidance_scale: ε_uncond + w·(ε_cond − ε_uncond), so w = 1 is plain
conditional sampling and w = 0 unconditional. Ho & Salimans' w is this w − 1.
"""
import numpy as np


def classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale=0.0):
    u = np.asarray(eps_uncond, dtype=np.float64)
    c = np.asarray(eps_cond, dtype=np.float64)
    if u.shape != c.shape or u.ndim < 2 or not 0.0 <= guidance_rescale <= 1.0:
        raise ValueError("bad arguments")
    g = (1.0 + guidance_scale) * c - guidance_scale * u
    if guidance_rescale == 0.0:
        return g
    axes = tuple(range(1, g.ndim))
    std_c = c.std(axis=axes, keepdims=True)
    std_g = g.std(axis=axes, keepdims=True)
    ratio = np.where(std_g > 0, std_c / np.where(std_g > 0, std_g, 1.0), 1.0)
    return guidance_rescale * (g * ratio) + (1.0 - guidance_rescale) * g
