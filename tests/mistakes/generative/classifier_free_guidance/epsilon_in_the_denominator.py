"""A small epsilon is added to std(ε_cfg) instead of handling a constant sample.

Where std(ε_cfg) = 0 the statement takes the ratio as 1 (the sample is left as it is); dividing by
std + 1e-8 gives std(ε_cond)/1e-8 there, 0 or huge.
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
    axes = tuple(range(1, g.ndim))
    std_c = c.std(axis=axes, keepdims=True)
    std_g = g.std(axis=axes, keepdims=True)
    ratio = std_c / (std_g + 1e-8)
    return guidance_rescale * (g * ratio) + (1.0 - guidance_rescale) * g
