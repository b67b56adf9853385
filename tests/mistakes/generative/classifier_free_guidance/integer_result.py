"""Integer inputs are not converted to float64: integer ε with an integer w give an integer array.

The statement promises a float64 array for any input: convert eps_uncond and eps_cond with
np.asarray(..., dtype=np.float64) before combining them (an integer w keeps integer arithmetic).
"""
import numpy as np


def classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale=0.0):
    u = np.asarray(eps_uncond)
    c = np.asarray(eps_cond)
    if u.shape != c.shape or u.ndim < 2 or not 0.0 <= guidance_rescale <= 1.0:
        raise ValueError("bad arguments")
    g = u + guidance_scale * (c - u)
    if guidance_rescale == 0.0:
        return g
    axes = tuple(range(1, g.ndim))
    std_c = c.std(axis=axes, keepdims=True)
    std_g = g.std(axis=axes, keepdims=True)
    flat = g.reshape(g.shape[0], -1) if g.size else g.reshape(g.shape[0], 0)
    constant = (flat.max(axis=1, initial=-np.inf) == flat.min(axis=1, initial=np.inf))
    constant = constant.reshape(std_g.shape)
    ratio = np.where(constant, 1.0, std_c / np.where(constant, 1.0, std_g))
    return guidance_rescale * (g * ratio) + (1.0 - guidance_rescale) * g
