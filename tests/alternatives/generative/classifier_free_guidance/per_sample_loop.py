"""Interpolation written as (1 − w)·ε_uncond + w·ε_cond, and the rescale one flattened sample at a time."""
import math

import numpy as np


def classifier_free_guidance(eps_uncond, eps_cond, guidance_scale, guidance_rescale=0.0):
    u, c = np.array(eps_uncond, dtype=float), np.array(eps_cond, dtype=float)
    if u.shape != c.shape:
        raise ValueError("shapes differ")
    if u.ndim < 2:
        raise ValueError("need (batch, ...) inputs")
    if guidance_rescale < 0 or guidance_rescale > 1:
        raise ValueError("guidance_rescale must be in [0, 1]")
    w, phi = guidance_scale, guidance_rescale
    out = (1 - w) * u + w * c
    if phi == 0:
        return out
    for i in range(out.shape[0]):
        g, cond = out[i].ravel(), c[i].ravel()
        if g.size == 0 or g.max() == g.min():   # a constant sample: ratio 1
            continue
        std_g = math.sqrt(np.mean((g - g.mean()) ** 2))
        std_c = 0.0 if cond.max() == cond.min() else math.sqrt(np.mean((cond - cond.mean()) ** 2))
        ratio = std_c / std_g
        out[i] = (phi * ratio + (1 - phi)) * out[i]
    return out
