"""Exponential decay written as lr0 · exp(−gamma · step): gamma is the factor per step, not a decay rate.

Here gamma multiplies the rate once per step: lr0 * gamma ** step (with gamma = 0.9 the rate
is 90% of the previous one at every step).
"""
import math


def step_decay(lr0, step, *, drop_every, factor):
    return lr0 * factor ** (step // drop_every)


def exponential_decay(lr0, step, *, gamma):
    return lr0 * math.exp(-gamma * step)


def cosine_annealing(lr0, step, *, total_steps, lr_min=0.0):
    t = min(step, total_steps)
    return lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * t / total_steps))


def warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0):
    if step < warmup_steps:
        return lr0 * step / warmup_steps
    return cosine_annealing(lr0, step - warmup_steps, total_steps=total_steps - warmup_steps, lr_min=lr_min)
