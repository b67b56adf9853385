"""φ weights the wrong term: (1 − φ)·ε_rescaled + φ·ε_cfg.

guidance_rescale = φ is the weight of the RESCALED prediction: φ = 1 keeps only ε_rescaled.
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
    ratio = np.where(std_g > 0, std_c / np.where(std_g > 0, std_g, 1.0), 1.0)
    return (1.0 - guidance_rescale) * (g * ratio) + guidance_rescale * g
