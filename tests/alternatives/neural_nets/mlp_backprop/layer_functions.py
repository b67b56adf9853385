"""Built from small layer functions (affine, relu, softmax loss), each with its own backward."""
import numpy as np


def affine(x, W, b):
    return x @ W + b


def affine_back(dout, x, W):
    return dout @ W.T, x.T @ dout, dout.sum(axis=0)


def softmax_loss(scores, y):
    n = len(y)
    log_probs = scores - np.logaddexp.reduce(scores, axis=1, keepdims=True)
    grad = np.exp(log_probs)
    grad[np.arange(n), y] -= 1.0
    return -log_probs[np.arange(n), y].mean(), grad / n


def mlp_backprop(X, y, W1, b1, W2, b2):
    h = affine(X, W1, b1)
    a = np.where(h > 0, h, 0.0)
    loss, ds = softmax_loss(affine(a, W2, b2), y)
    da, dW2, db2 = affine_back(ds, a, W2)
    dh = np.where(h > 0, da, 0.0)
    _, dW1, db1 = affine_back(dh, X, W1)
    return float(loss), (dW1, db1, dW2, db2)
