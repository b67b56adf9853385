"""An image whose H or W is not a multiple of P is cropped to the largest multiple instead of raising ValueError.

The statement asks for ValueError: silent cropping drops pixels the caller did not know about.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def patchify(image, patch_size):
    image = np.asarray(image, dtype=np.float64)
    if image.ndim != 3 or 0 in image.shape:
        raise ValueError("image must be (C, H, W) and not empty")
    P = patch_size
    if isinstance(P, bool) or not isinstance(P, (int, np.integer)) or P < 1:
        raise ValueError("patch_size must be an int >= 1")
    C, H, W = image.shape
    rows, cols = H // P, W // P
    image = image[:, :rows * P, :cols * P]
    # (C, rows, P, cols, P) -> (rows, cols, C, P, P): the patch grid first, then each patch as (C, P, P)
    grid = image.reshape(C, rows, P, cols, P).transpose(1, 3, 0, 2, 4)
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
