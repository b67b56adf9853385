"""The mode kept as a string with `training` as a read-only property; running stats via np.var(ddof=1); dx through the centred input.
"""
import numpy as np


class BatchNorm1d:
    def __init__(self, num_features, eps=1e-5, momentum=0.1):
        self.eps, self.momentum = float(eps), float(momentum)
        self.mode = "train"
        self.gamma = np.full(num_features, 1.0)
        self.beta = np.full(num_features, 0.0)
        self.dgamma = np.full(num_features, 0.0)
        self.dbeta = np.full(num_features, 0.0)
        self.running_mean = np.full(num_features, 0.0)
        self.running_var = np.full(num_features, 1.0)

    @property
    def training(self):
        return self.mode == "train"

    def train(self):
        self.mode = "train"

    def eval(self):
        self.mode = "eval"

    def forward(self, x):
        if self.training:
            mean, var = np.mean(x, axis=0), np.var(x, axis=0)
            self.running_mean = self.momentum * mean + (1.0 - self.momentum) * self.running_mean
            self.running_var = self.momentum * np.var(x, axis=0, ddof=1) + (1.0 - self.momentum) * self.running_var
        else:
            mean, var = self.running_mean, self.running_var
        self.saved = (x - mean, var + self.eps, self.training)
        return self.gamma * (x - mean) / np.sqrt(var + self.eps) + self.beta

    def backward(self, dout):
        centred, v, training = self.saved
        n = dout.shape[0]
        xhat = centred / np.sqrt(v)
        self.dgamma = np.einsum("nd,nd->d", dout, xhat)
        self.dbeta = np.einsum("nd->d", dout)
        g = dout * self.gamma
        if not training:
            return g / np.sqrt(v)
        # d/dx of (x - mean) / sqrt(var + eps), written with the centred input
        return (g - g.mean(axis=0)) / np.sqrt(v) - centred * (g * centred).mean(axis=0) / v ** 1.5

    def step(self, learning_rate):
        self.gamma = self.gamma - learning_rate * self.dgamma
        self.beta = self.beta - learning_rate * self.dbeta
