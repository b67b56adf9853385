"""ViT's input: cut the image into patches, project them, prepend a class token, add positions.

Task
    A Vision Transformer reads an image as a sequence of P × P patches. Write two functions.

    patchify(image, patch_size): cut the (C, H, W) image into N = (H/P)·(W/P) non-overlapping
    patches and flatten each into a row of length C·P·P.
      - Patch order is row-major over the grid of patches: patch n = r·(W/P) + s covers rows
        r·P … r·P + P − 1 and columns s·P … s·P + P − 1 (left to right, then top to bottom).
      - Within a patch the flattening order is (C, P, P), channel first: the entry for channel c,
        row u, column v inside the patch is at position c·P·P + u·P + v. (This is the layout of
        a PyTorch Conv2d weight (D, C, P, P): with weight = conv.weight.reshape(D, −1).T, the
        patch rows times weight equal the stride-P convolution's outputs.)

    vit_embed(image, patch_size, weight, bias, cls_token, pos_embed): the token sequence
        tokens = concat([cls_token], patchify(image, P) @ weight + bias) + pos_embed
    i.e. project every patch to D numbers, PREPEND the class token as row 0 (the patches are rows
    1 … N), then add the position embeddings to every row, the class token's included.

Signature
    patchify(image, patch_size) -> patches, a float64 array
    vit_embed(image, patch_size, weight, bias, cls_token, pos_embed) -> tokens, a float64 array

Shapes and types
    image: float64 (C, H, W); patch_size P: an int >= 1 dividing both H and W; weight: float64
    (C·P·P, D); bias: float64 (D,); cls_token: float64 (D,); pos_embed: float64 (N + 1, D).
    patches: a new float64 array (N, C·P·P); tokens: a new float64 array (N + 1, D).

Example
    >>> import numpy as np
    >>> image = np.arange(8, dtype=np.float64).reshape(1, 2, 4)
    >>> patchify(image, 2).tolist()
    [[0.0, 1.0, 4.0, 5.0], [2.0, 3.0, 6.0, 7.0]]
    >>> weight = np.array([[1.0], [0.0], [0.0], [0.0]])
    >>> vit_embed(image, 2, weight, np.array([0.5]), np.array([-1.0]), np.array([[0.0], [10.0], [20.0]])).tolist()
    [[-1.0], [10.5], [22.5]]

Constraints
    Plain Python and numpy (reshape and transpose do it without loops). ValueError for: image
    not 3-D or with C, H or W = 0; patch_size not an int >= 1 (a bool is not an int here); H or
    W not divisible by P (no cropping, no padding); weight not (C·P·P, D) with D >= 1; bias or
    cls_token not (D,); pos_embed not (N + 1, D). Returns new arrays; the inputs are not
    modified.

    Coming from PyTorch: torchvision's VisionTransformer does the projection with
    nn.Conv2d(C, D, kernel_size=P, stride=P), flattens the (D, H/P, W/P) output row-major and
    transposes it to (N, D), then prepends its class token and adds pos_embedding: the same as
    here, batch dimension aside. torch.nn.functional.unfold(x, P, stride=P) gives patchify's
    rows as columns: (C·P·P, N), same order. Some einops code
    ('c (h p1) (w p2) -> (h w) (p1 p2 c)') flattens in (P, P, C) order, channel LAST; with
    weights trained in that layout, the kata's order gives different numbers.

    The hidden tests use C ≤ 3, H, W ≤ 16 and D ≤ 8.

Time budget: 20 minutes.
"""
import numpy as np


def patchify(image, patch_size):
    # BEGIN SOLUTION
    # Complexity: O(C·H·W) time and memory: every pixel is copied once into its patch row.
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
    grid = image.reshape(C, rows, P, cols, P).transpose(1, 3, 0, 2, 4)
    # copy: for P = 1 or a single patch the reshape is a view of the caller's image
    return grid.reshape(rows * cols, C * P * P).copy()
    # END SOLUTION


def vit_embed(image, patch_size, weight, bias, cls_token, pos_embed):
    # BEGIN SOLUTION
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
    # END SOLUTION
