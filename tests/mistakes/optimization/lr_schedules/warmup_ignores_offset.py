"""Cosine phase ignores the warmup: it uses step / total_steps, so the cosine starts below lr0 and jumps down after the warmup.

After the warmup the cosine counts its own steps: use step − warmup_steps over
total_steps − warmup_steps, so it starts at lr0 exactly when the warmup ends.
"""
import math


def step_decay(lr0, step, *, drop_every, factor):
    return lr0 * factor ** (step // drop_every)


def exponential_decay(lr0, step, *, gamma):
    return lr0 * gamma ** step


def cosine_annealing(lr0, step, *, total_steps, lr_min=0.0):
    t = min(step, total_steps)
    return lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * t / total_steps))


def warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0):
    if step < warmup_steps:
        return lr0 * step / warmup_steps
    return cosine_annealing(lr0, step, total_steps=total_steps, lr_min=lr_min)
