"""numpy throughout: floor of a float division, np.power, np.clip and np.cos (results are np.float64)."""
import numpy as np


def step_decay(lr0, step, *, drop_every, factor):
    return lr0 * np.power(factor, np.floor(step / drop_every))


def exponential_decay(lr0, step, *, gamma):
    return lr0 * np.power(gamma, step)


def cosine_annealing(lr0, step, *, total_steps, lr_min=0.0):
    progress = np.clip(step / total_steps, 0.0, 1.0)
    return lr_min + (lr0 - lr_min) * (1 + np.cos(np.pi * progress)) / 2


def warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0):
    if step < warmup_steps:
        return lr0 * (step / warmup_steps)
    progress = np.clip((step - warmup_steps) / (total_steps - warmup_steps), 0.0, 1.0)
    return lr_min + (lr0 - lr_min) * (1 + np.cos(np.pi * progress)) / 2
