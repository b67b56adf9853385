"""The std has Bessel's correction (ddof = 1, torch's default): a one-entry sample gives 0/0 = nan.

The statement's std is the population one (ddof = 0), and a sample whose entries are all equal
(every one-entry sample) has std 0, so its ratio is 1. With ddof = 1 a single entry has no std at
all. Find constant samples by comparing their entries (max == min), then use ddof = 0.
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
    with np.errstate(all="ignore"):
        std_c = c.std(axis=axes, keepdims=True, ddof=1)
        std_g = g.std(axis=axes, keepdims=True, ddof=1)
        ratio = np.where(std_g == 0, 1.0, std_c / np.where(std_g == 0, 1.0, std_g))
    return guidance_rescale * (g * ratio) + (1.0 - guidance_rescale) * g
