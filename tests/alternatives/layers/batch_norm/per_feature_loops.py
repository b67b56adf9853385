"""One feature at a time, with Python loops over the batch and statistics kept in lists.
"""
import math

import numpy as np


class BatchNorm1d:
    def __init__(self, num_features, eps=1e-5, momentum=0.1):
        self.d, self.eps, self.momentum = num_features, eps, momentum
        self.gamma = np.array([1.0] * num_features)
        self.beta = np.array([0.0] * num_features)
        self.dgamma = np.zeros(num_features)
        self.dbeta = np.zeros(num_features)
        self.running_mean = np.zeros(num_features)
        self.running_var = np.ones(num_features)
        self.training = True

    def train(self):
        self.training = True

    def eval(self):
        self.training = False

    def forward(self, x):
        n = x.shape[0]
        out = np.empty(x.shape)
        self.xhat, self.scale, self.was_training = np.empty(x.shape), [], self.training
        new_mean, new_var = self.running_mean.copy(), self.running_var.copy()
        for j in range(self.d):
            column = [float(v) for v in x[:, j]]
            if self.training:
                mu = sum(column) / n
                ss = sum((v - mu) ** 2 for v in column)
                var = ss / n
                new_mean[j] = (1 - self.momentum) * self.running_mean[j] + self.momentum * mu
                new_var[j] = (1 - self.momentum) * self.running_var[j] + self.momentum * ss / (n - 1)
            else:
                mu, var = float(self.running_mean[j]), float(self.running_var[j])
            s = 1.0 / math.sqrt(var + self.eps)
            self.scale.append(s)
            for i in range(n):
                self.xhat[i, j] = (column[i] - mu) * s
                out[i, j] = self.gamma[j] * self.xhat[i, j] + self.beta[j]
        self.running_mean, self.running_var = new_mean, new_var
        return out

    def backward(self, dout):
        n = dout.shape[0]
        dx = np.empty(dout.shape)
        self.dgamma, self.dbeta = np.zeros(self.d), np.zeros(self.d)
        for j in range(self.d):
            sum_d = sum(float(dout[i, j]) for i in range(n))
            sum_dx = sum(float(dout[i, j] * self.xhat[i, j]) for i in range(n))
            self.dbeta[j], self.dgamma[j] = sum_d, sum_dx
            for i in range(n):
                if self.was_training:
                    dx[i, j] = self.gamma[j] * self.scale[j] * (dout[i, j] - sum_d / n - self.xhat[i, j] * sum_dx / n)
                else:
                    dx[i, j] = self.gamma[j] * self.scale[j] * dout[i, j]
        return dx

    def step(self, learning_rate):
        self.gamma = self.gamma - learning_rate * self.dgamma
        self.beta = self.beta - learning_rate * self.dbeta
