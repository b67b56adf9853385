"""The rescale ratio is upside down: std(ε_cfg)/std(ε_cond).

The rescale brings ε_cfg's spread back to ε_cond's: multiply by std(ε_cond)/std(ε_cfg).
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
    ratio = np.where(std_c > 0, std_g / np.where(std_c > 0, std_c, 1.0), 1.0)
    return guidance_rescale * (g * ratio) + (1.0 - guidance_rescale) * g
