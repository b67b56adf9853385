"""The entropy of a policy's next-token distribution, from logits, and its gradient.

Task
    A language model's logits z (B, T, V) define, at every position, a distribution
    p = softmax(z) over the V tokens. Its entropy (in nats, natural log) is
        H = −Σ_i p_i log p_i = logsumexp(z) − Σ_i p_i z_i.
    RL fine-tuning logs it (is the policy collapsing?) and sometimes adds an entropy bonus.
    Write:
    token_entropy(logits)              H at every position, shape (B, T)
    mean_entropy(logits, mask)         the token-level masked mean Σ H·mask / Σ mask over the
                                       whole batch, one float; 0.0 when mask has no True entry
    mean_entropy_grad(logits, mask)    ∂ mean_entropy / ∂ logits, shape (B, T, V)

Signature
    token_entropy(logits) -> entropy
    mean_entropy(logits, mask) -> float
    mean_entropy_grad(logits, mask) -> grad

Shapes and types
    logits   float64 (B, T, V), B, T, V ≥ 1, any finite values (±1000 included)
    mask     bool (B, T): True for the tokens that count (response tokens)
    returns  token_entropy: a new float64 (B, T); mean_entropy: a Python float;
             mean_entropy_grad: a new float64 (B, T, V), zero at masked-out positions and
             all zeros when no entry of mask is True. Hidden tests use B ≤ 3, T ≤ 5, V ≤ 6.

Example
    >>> token_entropy(np.zeros((1, 1, 4))).round(6)       # uniform over 4: log 4
    array([[1.386294]])
    >>> logits = np.array([[[np.log(3.0), 0.0], [0.0, 0.0]]])  # p = (3/4, 1/4) and (1/2, 1/2)
    >>> round(mean_entropy(logits, np.array([[True, False]])), 6)
    0.562335

Constraints
    numpy only. Returns new arrays; the inputs are not modified. Stable for logits of ±1000:
    a token of probability exactly 0 contributes 0 (the limit of p log p), never NaN; equal
    logits of 1000 give log V. The gradient of H at one position is
        ∂H/∂z_i = −p_i (log p_i + H),
    and the mean divides by the number of True entries of the WHOLE mask (token-level mean,
    the convention of TRL's logged entropy). Raise ValueError if mask.shape != logits.shape[:2].

Time budget: 20 minutes.
"""
import numpy as np


def token_entropy(logits):
    # BEGIN SOLUTION
    # Complexity: O(B·T·V) time and memory.
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    p = np.exp(log_p)
    # p · log p is 0 where p underflows to 0 and log p is finite: no 0 · (−inf)
    return -(p * log_p).sum(axis=-1)
    # END SOLUTION


def mean_entropy(logits, mask):
    # BEGIN SOLUTION
    if mask.shape != logits.shape[:2]:
        raise ValueError(f"mask {mask.shape} does not match logits {logits.shape}")
    count = int(mask.sum())
    if count == 0:
        return 0.0
    return float(np.where(mask, token_entropy(logits), 0.0).sum() / count)
    # END SOLUTION


def mean_entropy_grad(logits, mask):
    # BEGIN SOLUTION
    if mask.shape != logits.shape[:2]:
        raise ValueError(f"mask {mask.shape} does not match logits {logits.shape}")
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    p = np.exp(log_p)
    entropy = -(p * log_p).sum(axis=-1, keepdims=True)
    grad = -p * (log_p + entropy)                  # ∂H/∂z at every position
    weight = mask / max(int(mask.sum()), 1)        # the masked mean's weight per position
    return grad * weight[..., None]
    # END SOLUTION
