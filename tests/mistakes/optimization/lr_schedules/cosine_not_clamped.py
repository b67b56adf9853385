"""Cosine not clamped past total_steps: the rate climbs back up after reaching lr_min.

cos(π·t/T) turns upward again once t > T. Clamp the step first, min(step, total_steps), so
the rate stays at lr_min for every step after total_steps.
"""
import math


def step_decay(lr0, step, *, drop_every, factor):
    return lr0 * factor ** (step // drop_every)


def exponential_decay(lr0, step, *, gamma):
    return lr0 * gamma ** step


def cosine_annealing(lr0, step, *, total_steps, lr_min=0.0):
    return lr_min + 0.5 * (lr0 - lr_min) * (1 + math.cos(math.pi * step / total_steps))


def warmup_cosine(lr0, step, *, warmup_steps, total_steps, lr_min=0.0):
    if step < warmup_steps:
        return lr0 * step / warmup_steps
    return cosine_annealing(lr0, step - warmup_steps, total_steps=total_steps - warmup_steps, lr_min=lr_min)
