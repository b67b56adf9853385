"""train() and eval() return the layer itself (PyTorch's habit) instead of None.

The statement pins train() -> None and eval() -> None: set the flag and return nothing.
"""
import numpy as np


class BatchNorm1d:
    def __init__(self, num_features, eps=1e-5, momentum=0.1):
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.gamma, self.beta = np.ones(num_features), np.zeros(num_features)
        self.dgamma, self.dbeta = np.zeros(num_features), np.zeros(num_features)
        self.running_mean, self.running_var = np.zeros(num_features), np.ones(num_features)
        self.training = True

    def train(self):
        self.training = True
        return self

    def eval(self):
        self.training = False
        return self

    def forward(self, x):
        x = np.array(x, dtype=np.float64)
        if self.training:
            n = len(x)
            mu = np.sum(x, axis=0) / n
            var = np.sum((x - mu) ** 2, axis=0) / n
            unbiased = np.sum((x - mu) ** 2, axis=0) / (n - 1)
            self.running_mean = self.running_mean + self.momentum * (mu - self.running_mean)
            self.running_var = self.running_var + self.momentum * (unbiased - self.running_var)
        else:
            mu, var = self.running_mean.copy(), self.running_var.copy()
        self.x, self.mu, self.var, self.mode = x, mu, var, self.training
        return (x - mu) / np.sqrt(var + self.eps) * self.gamma + self.beta

    def backward(self, dout):
        x, mu, var, eps = self.x, self.mu, self.var, self.eps
        n = len(x)
        std = np.sqrt(var + eps)
        xhat = (x - mu) / std
        self.dbeta = np.sum(dout, axis=0)
        self.dgamma = np.sum(dout * xhat, axis=0)
        dxhat = dout * self.gamma
        if not self.mode:
            return dxhat / std
        dvar = np.sum(dxhat * (x - mu), axis=0) * -0.5 * (var + eps) ** -1.5
        dmu = np.sum(-dxhat / std, axis=0) + dvar * np.sum(-2.0 * (x - mu), axis=0) / n
        return dxhat / std + dvar * 2.0 * (x - mu) / n + dmu / n

    def step(self, learning_rate):
        self.gamma = self.gamma - learning_rate * self.dgamma
        self.beta = self.beta - learning_rate * self.dbeta
