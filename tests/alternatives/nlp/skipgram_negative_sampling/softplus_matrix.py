"""All K + 1 words in one matrix with signed labels: loss = Σ softplus(−s · score), s = ±1;
the rows of grad_out gathered with a one-hot matrix product."""
import numpy as np


def sgns_loss_and_grads(W_in, W_out, center, context, negatives):
    words = np.array([context, *negatives], dtype=np.int64)
    signs = np.ones(len(words))
    signs[1:] = -1.0
    v = W_in[center]
    scores = W_out[words] @ v
    loss = float(np.sum(np.logaddexp(0.0, -signs * scores)))
    # d softplus(−s x)/dx = −s σ(−s x)
    slopes = -signs * np.exp(-np.logaddexp(0.0, signs * scores))
    grad_center = slopes @ W_out[words]
    one_hot = np.zeros((len(words), W_out.shape[0]))
    one_hot[np.arange(len(words)), words] = 1.0
    grad_out = one_hot.T @ (slopes[:, None] * v[None, :])
    return loss, grad_center, grad_out
