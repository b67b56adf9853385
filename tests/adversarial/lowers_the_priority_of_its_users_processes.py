"""Lowers the priority of every process of its user (PRIO_USER), then of the grader: the batch
driver and other learners' graders would crawl."""
# expect: forbidden
import os


def gradient_descent(x0, learning_rate, n_steps):
    os.setpriority(os.PRIO_USER, 0, 19)
    os.setpriority(os.PRIO_PROCESS, os.getppid(), 19)
    return None
