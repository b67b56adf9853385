"""Categorical cross-entropy from logits.

Task
    A classifier outputs one row of k logits per example. With integer class labels, the
    cross-entropy of example i is minus the log-probability softmax gives its true class:

        loss_i = −log softmax(z_i)[y_i] = logsumexp(z_i) − z_i[y_i]

    Return the MEAN over the n examples, equal to torch.nn.functional.cross_entropy(logits,
    labels) with its default reduction='mean'. Compute logsumexp stably, shifting each row by
    its OWN maximum: m_i + log Σ_j exp(z_ij − m_i).

Signature
    cross_entropy(logits, labels) -> float

Shapes and types
    logits   a float64 array of shape (n, k): n examples, k ≥ 1 classes, finite values
    labels   an integer numpy array of shape (n,) (any int dtype), each in 0 … k − 1
    returns  a float: the mean loss

Example
    Row 0: softmax([0, ln 3]) = [1/4, 3/4], class 1, loss log(4/3). Row 1: [1/2, 1/2], loss log 2.

    >>> round(cross_entropy(np.array([[0.0, np.log(3.0)], [5.0, 5.0]]), np.array([1, 0])), 12)
    0.490414626506
    >>> cross_entropy(np.array([[1000.0, 0.0]]), np.array([1]))      # exp(1000) overflows
    1000.0

Constraints
    numpy or math only. Do not modify the inputs. Raise ValueError when:
      - a label is outside 0 … k − 1, negative ones included (numpy would quietly read
        logits[i, −1], the last class). torch ignores label −100 by default (ignore_index);
        we have no ignore_index: −100 raises like any other negative label;
      - logits is not 2-D, labels is not 1-D, or len(labels) differs from n;
      - n = 0: the mean of no losses is undefined (torch returns nan; we raise).
    With k = 1 every loss is exactly 0.0. torch's weight and label_smoothing are not offered.
    The hidden tests use n ≤ 20 rows and at most 10 classes, with logits from −10⁴ to 10⁴.

Time budget: 15 minutes.
"""
import numpy as np


def cross_entropy(logits, labels):
    # BEGIN SOLUTION
    # Complexity: O(n·k) time, O(n·k) extra memory (n examples, k classes).
    z = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels)
    if z.ndim != 2 or labels.ndim != 1 or len(labels) != len(z):
        raise ValueError(f"expected logits (n, k) and labels (n,), got {z.shape} and {labels.shape}")
    n, k = z.shape
    if n == 0:
        raise ValueError("the mean loss of an empty batch is undefined")
    if np.any(labels < 0) or np.any(labels >= k):
        raise ValueError(f"labels must lie in 0 … {k - 1}")
    m = np.max(z, axis=1, keepdims=True)                 # each row's own maximum
    lse = m[:, 0] + np.log(np.sum(np.exp(z - m), axis=1))
    # Row i, column labels[i]: pair the indices, do not take z[:, labels].
    picked = z[np.arange(n), labels]
    return float(np.mean(lse - picked))
    # END SOLUTION
