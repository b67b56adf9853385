"""The projection as a stride-P convolution written with einsum over a (rows, cols, C, P, P) index grid;
patchify through fancy indexing."""
import numpy as np


def patchify(image, patch_size):
    image = np.array(image, dtype=np.float64)
    if image.ndim != 3 or not all(image.shape):
        raise ValueError("bad image")
    if isinstance(patch_size, bool) or not isinstance(patch_size, (int, np.integer)) or patch_size < 1:
        raise ValueError("bad patch_size")
    C, H, W = image.shape
    P = patch_size
    if H % P or W % P:
        raise ValueError("H, W must be multiples of P")
    r = np.arange(H // P)[:, None, None, None, None] * P + np.arange(P)[None, None, None, :, None]
    s = np.arange(W // P)[None, :, None, None, None] * P + np.arange(P)[None, None, None, None, :]
    c = np.arange(C)[None, None, :, None, None]
    blocks = image[c, r, s]                       # (rows, cols, C, P, P)
    return blocks.reshape(-1, C * P * P)


def vit_embed(image, patch_size, weight, bias, cls_token, pos_embed):
    patches = patchify(image, patch_size)
    C = np.asarray(image).shape[0]
    P = patch_size
    weight = np.asarray(weight, dtype=np.float64)
    if weight.ndim != 2 or weight.shape[0] != C * P * P or weight.shape[1] < 1:
        raise ValueError("weight")
    D = weight.shape[1]
    kernel = weight.T.reshape(D, C, P, P)
    blocks = patches.reshape(-1, C, P, P)
    bias, cls_token, pos_embed = (np.asarray(a, dtype=np.float64) for a in (bias, cls_token, pos_embed))
    if bias.shape != (D,) or cls_token.shape != (D,) or pos_embed.shape != (len(blocks) + 1, D):
        raise ValueError("shapes")
    projected = np.einsum("ncuv,dcuv->nd", blocks, kernel) + bias
    return np.vstack([cls_token, projected]) + pos_embed
