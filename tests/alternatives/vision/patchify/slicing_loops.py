"""Loops over the patch grid, slicing each (C, P, P) block and flattening it."""
import numpy as np


def patchify(image, patch_size):
    img = np.asarray(image, dtype=np.float64)
    if img.ndim != 3 or min(img.shape) == 0:
        raise ValueError("image")
    if type(patch_size) is bool or not isinstance(patch_size, (int, np.integer)) or patch_size <= 0:
        raise ValueError("patch_size")
    C, H, W = img.shape
    P = int(patch_size)
    if H % P != 0 or W % P != 0:
        raise ValueError("not divisible")
    rows = []
    for top in range(0, H, P):
        for left in range(0, W, P):
            rows.append(img[:, top:top + P, left:left + P].flatten())
    return np.array(rows)


def vit_embed(image, patch_size, weight, bias, cls_token, pos_embed):
    patches = patchify(image, patch_size)
    weight, bias = np.asarray(weight, dtype=float), np.asarray(bias, dtype=float)
    cls_token, pos_embed = np.asarray(cls_token, dtype=float), np.asarray(pos_embed, dtype=float)
    if weight.ndim != 2 or weight.shape[0] != patches.shape[1] or weight.shape[1] == 0:
        raise ValueError("weight")
    D = weight.shape[1]
    if bias.shape != (D,) or cls_token.shape != (D,) or pos_embed.shape != (len(patches) + 1, D):
        raise ValueError("shapes")
    out = np.empty((len(patches) + 1, D))
    out[0] = cls_token + pos_embed[0]
    for n, patch in enumerate(patches):
        out[n + 1] = patch @ weight + bias + pos_embed[n + 1]
    return out
