"""The kernel's boundary around the learner's process (Linux): Landlock, seccomp, capabilities.

Before that, the worker mounts a small tmpfs of its own over its private directory, in a user and
mount namespace of its own (private_tmpfs: a size and file-count cap, and nothing left behind),
and arms a parent-death signal (die_with_parent). Then, applied by the worker to itself, after
it has its private directory and before the learner's file is compiled, in this order:
- hard resource limits equal to the soft ones (they can then only go down);
- no new privileges, and every capability dropped (a worker started by root is root without
  root's powers: it cannot raise a hard limit, signal or trace other users' processes, mount...);
- Landlock: the file system is read-only where the interpreter and its libraries live, writable
  in the private directory only, and invisible everywhere else (the repository, the references,
  the progress store, the virtualenv's scripts, the home folder); TCP bind and connect refused;
  signals and abstract unix sockets confined to the worker's own domain;
- seccomp: no new process (fork, vfork, clone without CLONE_THREAD; clone3 answered ENOSYS so the
  C library falls back to clone), no exec, no signals, resource limits or pidfds aimed at other
  processes, no ptrace, process_vm_*, mknod, sockets, io_uring, namespaces, mounts or BPF; no
  System V IPC or POSIX message queues (they outlive the process); priority, CPU affinity,
  scheduling class and I/O priority of this process only; the parent-death signal left as set.
  Threads keep working. These calls end the worker with SIGSYS (the grader reports `forbidden`),
  so learner code cannot catch the refusal and carry on; a socket is refused with EPERM.

Reached through ctypes and raw system calls: the standard library has no binding for Landlock or
seccomp, and the bindings on PyPI wrap a C library (libseccomp) that a learner's machine may not
have; the few structures here are stable kernel ABI. Where the kernel lacks a layer (an older
Linux, macOS, another architecture) that layer is skipped and `describe()` says so; the audit hook
(grader.sandbox.guard) then remains, which gives clear messages but is not a boundary.
"""
from __future__ import annotations

import os
import platform
import struct
import sys

# -- system call numbers, per architecture ------------------------------------------------------
_X86_64 = {
    "fork": 57, "vfork": 58, "clone": 56, "clone3": 435, "execve": 59, "execveat": 322,
    "kill": 62, "tkill": 200, "tgkill": 234, "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297,
    "prlimit64": 302, "setrlimit": 160, "ptrace": 101, "process_vm_readv": 310,
    "process_vm_writev": 311, "pidfd_open": 434, "pidfd_send_signal": 424, "pidfd_getfd": 438,
    "mknod": 133, "mknodat": 259, "socket": 41, "io_uring_setup": 425, "io_uring_enter": 426,
    "io_uring_register": 427, "unshare": 272, "setns": 308, "mount": 165, "umount2": 166,
    "pivot_root": 155, "chroot": 161, "bpf": 321, "perf_event_open": 298, "userfaultfd": 323,
    "keyctl": 250, "add_key": 248, "request_key": 249, "open_by_handle_at": 304,
    "name_to_handle_at": 303, "kexec_load": 246, "init_module": 175, "finit_module": 313,
    "delete_module": 176, "reboot": 169, "swapon": 167, "swapoff": 168, "seccomp": 317,
    "capset": 126, "prctl": 157,
    "landlock_create_ruleset": 444, "landlock_add_rule": 445, "landlock_restrict_self": 446,
    "shmget": 29, "shmat": 30, "shmctl": 31, "shmdt": 67, "semget": 64, "semop": 65, "semctl": 66,
    "semtimedop": 220, "msgget": 68, "msgsnd": 69, "msgrcv": 70, "msgctl": 71,
    "mq_open": 240, "mq_unlink": 241, "mq_timedsend": 242, "mq_timedreceive": 243, "mq_notify": 244,
    "mq_getsetattr": 245, "setpriority": 141, "sched_setparam": 142, "sched_setscheduler": 144,
    "sched_setaffinity": 203, "sched_setattr": 314, "ioprio_set": 251, "migrate_pages": 256,
    "move_pages": 279, "process_madvise": 440, "process_mrelease": 448
}
_AARCH64 = {
    "clone": 220, "clone3": 435, "execve": 221, "execveat": 281,
    "kill": 129, "tkill": 130, "tgkill": 131, "rt_sigqueueinfo": 138, "rt_tgsigqueueinfo": 240,
    "prlimit64": 261, "setrlimit": 164, "ptrace": 117, "process_vm_readv": 270,
    "process_vm_writev": 271, "pidfd_open": 434, "pidfd_send_signal": 424, "pidfd_getfd": 438,
    "mknodat": 33, "socket": 198, "io_uring_setup": 425, "io_uring_enter": 426,
    "io_uring_register": 427, "unshare": 97, "setns": 268, "mount": 40, "umount2": 39,
    "pivot_root": 41, "chroot": 51, "bpf": 280, "perf_event_open": 241, "userfaultfd": 282,
    "keyctl": 219, "add_key": 217, "request_key": 218, "open_by_handle_at": 265,
    "name_to_handle_at": 264, "kexec_load": 104, "init_module": 105, "finit_module": 273,
    "delete_module": 106, "reboot": 142, "swapon": 224, "swapoff": 225, "seccomp": 277,
    "capset": 91, "prctl": 167,
    "landlock_create_ruleset": 444, "landlock_add_rule": 445, "landlock_restrict_self": 446,
    "msgget": 186, "msgctl": 187, "msgrcv": 188, "msgsnd": 189, "semget": 190, "semctl": 191,
    "semtimedop": 192, "semop": 193, "shmget": 194, "shmctl": 195, "shmat": 196, "shmdt": 197,
    "mq_open": 180, "mq_unlink": 181, "mq_timedsend": 182, "mq_timedreceive": 183, "mq_notify": 184,
    "mq_getsetattr": 185, "setpriority": 140, "sched_setparam": 118, "sched_setscheduler": 119,
    "sched_setaffinity": 122, "sched_setattr": 274, "ioprio_set": 30, "migrate_pages": 238,
    "move_pages": 239, "process_madvise": 440, "process_mrelease": 448,
}
_ARCHES = {"x86_64": (_X86_64, 0xC000003E), "aarch64": (_AARCH64, 0xC00000B7),
           "arm64": (_AARCH64, 0xC00000B7)}

PR_SET_NO_NEW_PRIVS = 38
PR_SET_PDEATHSIG = 1
PR_CAPBSET_DROP = 24
SECCOMP_SET_MODE_FILTER = 1
SECCOMP_FILTER_FLAG_TSYNC = 1
CLONE_THREAD = 0x00010000

# Landlock (include/uapi/linux/landlock.h)
LANDLOCK_CREATE_RULESET_VERSION = 1
LANDLOCK_RULE_PATH_BENEATH = 1
FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_REMOVE_DIR, FS_REMOVE_FILE, FS_MAKE_CHAR, FS_MAKE_DIR = 1 << 4, 1 << 5, 1 << 6, 1 << 7
FS_MAKE_REG, FS_MAKE_SOCK, FS_MAKE_FIFO, FS_MAKE_BLOCK = 1 << 8, 1 << 9, 1 << 10, 1 << 11
FS_MAKE_SYM, FS_REFER, FS_TRUNCATE, FS_IOCTL_DEV = 1 << 12, 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1

_FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1,
              5: (1 << 16) - 1}
_FILE_RIGHTS = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV
READ = FS_EXECUTE | FS_READ_FILE | FS_READ_DIR
WRITE = (FS_WRITE_FILE | FS_REMOVE_DIR | FS_REMOVE_FILE | FS_MAKE_DIR | FS_MAKE_REG | FS_MAKE_SYM
         | FS_REFER | FS_TRUNCATE)   # no device, FIFO or socket nodes, even in the private directory


class Unavailable(Exception):
    """This kernel or platform does not offer a layer; the message says which and why."""


_libc = None


def _syscall():
    """The C library, loaded once (by the process workers are forked from, see preload())."""
    global _libc
    if _libc is None:
        import ctypes
        _libc = ctypes.CDLL(None, use_errno=True)
        _libc.syscall.restype = ctypes.c_long
        _libc.prctl.restype = ctypes.c_int
    return _libc


def preload() -> None:
    """Load what confining needs now, so a forked worker only makes its system calls."""
    try:
        _arch()
        _syscall()
        seccomp_program(0)
    except (Unavailable, OSError):
        pass


def _check(result: int, what: str) -> int:
    if result < 0:
        import ctypes
        errno = ctypes.get_errno()
        raise Unavailable(f"{what}: {os.strerror(errno)}")
    return result


def _arch():
    if not sys.platform.startswith("linux"):
        raise Unavailable(f"{sys.platform} is not Linux")
    machine = platform.machine().lower()
    if machine not in _ARCHES:
        raise Unavailable(f"no system call table for {machine}")
    return _ARCHES[machine]


def landlock_abi() -> int:
    """The Landlock ABI version this kernel offers; 0 when it offers none."""
    try:
        table, _ = _arch()
        libc = _syscall()
    except (Unavailable, OSError):
        return 0
    result = libc.syscall(table["landlock_create_ruleset"], None, 0, LANDLOCK_CREATE_RULESET_VERSION)
    return max(int(result), 0)


# -- seccomp ------------------------------------------------------------------------------------
_LD_ABS, _JEQ, _JGE, _JSET, _RET = 0x20, 0x15, 0x35, 0x45, 0x06
RET_ALLOW = 0x7FFF0000
RET_KILL_PROCESS = 0x80000000
EPERM, ENOSYS = 1, 38


def _errno(code: int) -> int:
    return 0x00050000 | code


def _arg(i: int, high: bool = False) -> int:
    return 16 + 8 * i + (4 if high else 0)


class _Program:
    """A tiny BPF assembler: straight-line blocks, each ending in a return."""

    def __init__(self):
        self.code: list[tuple[int, int, int, int]] = []

    def op(self, code: int, k: int, jt: int = 0, jf: int = 0) -> None:
        self.code.append((code, jt, jf, k & 0xFFFFFFFF))

    def bytes(self) -> bytes:
        return b"".join(struct.pack("=HBBI", *ins) for ins in self.code)


def seccomp_program(pid: int) -> bytes:
    """The filter for the process `pid` (signals and limits may target it alone)."""
    table, audit_arch = _arch()
    p = _Program()
    p.op(_LD_ABS, 4)                            # architecture
    p.op(_JEQ, audit_arch, 1, 0)
    p.op(_RET, RET_KILL_PROCESS)
    p.op(_LD_ABS, 0)                            # system call number
    if audit_arch == 0xC000003E:
        p.op(_JGE, 0x40000000, 0, 1)            # the x32 ABI: a second table, refused whole
        p.op(_RET, RET_KILL_PROCESS)

    def verdict(names, action):
        for name in names:
            if name in table:
                p.op(_JEQ, table[name], 0, 1)
                p.op(_RET, action)

    # What no kata needs and only an escape would use ends the worker (SIGSYS): a verdict the
    # learner's code cannot catch and carry on from.
    verdict(["fork", "vfork", "execve", "execveat", "ptrace", "process_vm_readv", "process_vm_writev",
             "pidfd_open", "pidfd_send_signal", "pidfd_getfd", "mknod", "mknodat", "setrlimit",
             "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "bpf", "perf_event_open",
             "userfaultfd", "keyctl", "add_key", "request_key", "open_by_handle_at", "name_to_handle_at",
             "kexec_load", "init_module", "finit_module", "delete_module", "reboot", "swapon",
             "swapoff", "io_uring_setup", "io_uring_enter", "io_uring_register",
             # System V IPC and POSIX message queues outlive the process that made them (and
             # reach other processes' segments by id); memory policy of other processes
             "shmget", "shmat", "shmctl", "shmdt", "semget", "semop", "semctl", "semtimedop",
             "msgget", "msgsnd", "msgrcv", "msgctl", "mq_open", "mq_unlink", "mq_timedsend",
             "mq_timedreceive", "mq_notify", "mq_getsetattr", "migrate_pages", "move_pages",
             "process_madvise", "process_mrelease"], RET_KILL_PROCESS)
    # clone3 is answered "not implemented" so the C library falls back to clone, checked below
    verdict(["clone3"], _errno(ENOSYS))
    verdict(["socket", "tkill", "landlock_create_ruleset", "landlock_add_rule", "landlock_restrict_self",
             "capset"], _errno(EPERM))
    # clone: a thread (CLONE_THREAD) is fine; a new process ends the worker
    p.op(_JEQ, table["clone"], 0, 4)
    p.op(_LD_ABS, _arg(0))
    p.op(_JSET, CLONE_THREAD, 0, 1)
    p.op(_RET, RET_ALLOW)
    p.op(_RET, RET_KILL_PROCESS)
    # signals: to this process (or its own group, pid 0) only
    for name, zero_ok in (("kill", True), ("tgkill", False), ("rt_sigqueueinfo", False),
                          ("rt_tgsigqueueinfo", False)):
        p.op(_JEQ, table[name], 0, 5 if zero_ok else 4)
        p.op(_LD_ABS, _arg(0))
        p.op(_JEQ, pid, 1 + (1 if zero_ok else 0), 0)
        if zero_ok:
            p.op(_JEQ, 0, 1, 0)
        p.op(_RET, RET_KILL_PROCESS)
        p.op(_RET, RET_ALLOW)
    # priority, scheduling and CPU affinity: of this process only (pid 0 or its own), never of
    # another process of the same user (the grader, a batch driver, other learners' graders)
    def only_self(name, who, which=None):
        if name not in table:
            return
        if which is None:
            p.op(_JEQ, table[name], 0, 5)
        else:
            p.op(_JEQ, table[name], 0, 7)
            p.op(_LD_ABS, _arg(which[0]))
            p.op(_JEQ, which[1], 0, 3)          # another kind of target (a group, a user): kill
        p.op(_LD_ABS, _arg(who))
        p.op(_JEQ, 0, 2, 0)
        p.op(_JEQ, pid, 1, 0)
        p.op(_RET, RET_KILL_PROCESS)
        p.op(_RET, RET_ALLOW)

    for name in ("sched_setparam", "sched_setscheduler", "sched_setaffinity", "sched_setattr"):
        only_self(name, 0)
    only_self("setpriority", 1, which=(0, 0))   # PRIO_PROCESS only
    only_self("ioprio_set", 1, which=(0, 1))    # IOPRIO_WHO_PROCESS only
    # prctl: the parent-death signal stays as the worker set it
    p.op(_JEQ, table["prctl"], 0, 3)
    p.op(_LD_ABS, _arg(0))
    p.op(_JEQ, PR_SET_PDEATHSIG, 0, 1)
    p.op(_RET, RET_KILL_PROCESS)
    p.op(_LD_ABS, 0)                            # the system call number again, for what follows
    # prlimit64: reading this process's limits only (a new limit is refused: hard = soft anyway)
    p.op(_JEQ, table["prlimit64"], 0, 8)
    p.op(_LD_ABS, _arg(2))
    p.op(_JEQ, 0, 0, 5)
    p.op(_LD_ABS, _arg(2, high=True))
    p.op(_JEQ, 0, 0, 3)
    p.op(_LD_ABS, _arg(0))
    p.op(_JEQ, 0, 2, 0)
    p.op(_JEQ, pid, 1, 0)
    p.op(_RET, RET_KILL_PROCESS)
    # (the jumps above land on the allow below)
    p.op(_RET, RET_ALLOW)
    return p.bytes()


def install_seccomp(pid: int) -> None:
    import ctypes
    program = seccomp_program(pid)
    count = len(program) // 8
    buffer = ctypes.create_string_buffer(program, len(program))

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = SockFprog(count, ctypes.cast(buffer, ctypes.c_void_p))
    table, _ = _arch()
    libc = _syscall()
    _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)")
    _check(libc.syscall(table["seccomp"], SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC,
                        ctypes.byref(fprog)), "seccomp")


# -- Landlock -----------------------------------------------------------------------------------
def install_landlock(readable: list[str], writable: list[str]) -> int:
    """Restrict this process to `readable` (read, list, execute) and `writable` paths; returns
    the ABI used. Paths that do not exist are skipped."""
    import ctypes
    abi = landlock_abi()
    if abi < 1:
        raise Unavailable("the kernel offers no Landlock (Linux 5.13+ with landlock in the LSM list)")
    table, _ = _arch()
    libc = _syscall()
    handled_fs = _FS_BY_ABI.get(abi, _FS_BY_ABI[5])
    handled_net = (NET_BIND_TCP | NET_CONNECT_TCP) if abi >= 4 else 0
    scoped = (SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL) if abi >= 6 else 0
    attr = struct.pack("=QQQ", handled_fs, handled_net, scoped)
    size = 8 if abi < 4 else (16 if abi < 6 else 24)
    ruleset = _check(libc.syscall(table["landlock_create_ruleset"], attr[:size], size, 0),
                     "landlock_create_ruleset")
    try:
        for paths, rights in ((readable, READ), (writable, READ | WRITE)):
            for path in paths:
                try:
                    fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
                except OSError:
                    continue
                try:
                    allowed = rights & handled_fs
                    if not os.path.isdir(path):
                        allowed &= _FILE_RIGHTS
                    rule = struct.pack("=Qi", allowed, fd)
                    _check(libc.syscall(table["landlock_add_rule"], ruleset, LANDLOCK_RULE_PATH_BENEATH,
                                        rule, 0), f"landlock_add_rule({path})")
                finally:
                    os.close(fd)
        _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)")
        _check(libc.syscall(table["landlock_restrict_self"], ruleset, 0), "landlock_restrict_self")
    finally:
        os.close(ruleset)
    return abi


# -- capabilities -------------------------------------------------------------------------------
def drop_capabilities() -> None:
    """No capability left in any set (effective, permitted, inheritable, bounding)."""
    import ctypes
    table, _ = _arch()
    libc = _syscall()
    for cap in range(64):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0:
            break  # past the last capability this kernel knows
    header = struct.pack("=Ii", 0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
    data = bytes(24)                            # two cap_user_data_t, all zero
    _check(libc.syscall(table["capset"], header, data), "capset")


def die_with_parent() -> None:
    """SIGKILL this process when the one that started it ends (Linux: PR_SET_PDEATHSIG), so a
    grader that is killed leaves no worker (or fork server) behind. Called again after the
    private directory's user namespace, which may clear it; seccomp then keeps it set."""
    if not sys.platform.startswith("linux"):
        return
    import signal
    try:
        parent = os.getppid()
        _syscall().prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        if os.getppid() != parent:  # the parent ended before the signal was armed
            os._exit(1)
    except OSError:
        pass


CLONE_NEWNS, CLONE_NEWUSER = 0x00020000, 0x10000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 2, 4, 8, 1 << 14, 1 << 18
TMPFS_BYTES = 64 * 1024 ** 2   # the private directory's size, all files together
TMPFS_FILES = 4096             # and its number of files and folders


def private_namespaces() -> str | None:
    """Enter a user namespace and a mount namespace of this process's own (Linux, unprivileged
    user namespaces; the process must have one thread): None when done, else why not. Done by
    a worker as soon as it is forked, ahead of the file it is to load, so it costs a grade
    nothing; private_tmpfs() then mounts its private directory."""
    import ctypes
    try:
        _arch()
        libc = _syscall()
    except (Unavailable, OSError) as error:
        return str(error)
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0:
        return f"no user namespace: {os.strerror(ctypes.get_errno())}"
    try:
        for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
            with open(f"/proc/self/{name}", "w") as handle:
                handle.write(text)
    except OSError as error:
        return f"no user namespace: {error.strerror}"
    if libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        return f"no private mounts: {os.strerror(ctypes.get_errno())}"
    return None


def private_tmpfs(path: str, size: int = TMPFS_BYTES, files: int = TMPFS_FILES,
                  namespaces: str | None = "") -> str:
    """Mount a small tmpfs (at most `size` bytes and `files` inodes) over `path`, seen by this
    process only (in the namespaces of private_namespaces(), entered now unless `namespaces`
    says they were: None, or why they could not be). It disappears with the process, whatever
    the learner left in it; the grader's folder stays empty. Returns "on (...)" or why not (the
    folder on disk is then used as is)."""
    import ctypes
    if namespaces == "":
        namespaces = private_namespaces()
    if namespaces is not None:
        return namespaces
    uid, gid = os.getuid(), os.getgid()
    options = f"size={size},nr_inodes={files},mode=0700,uid={uid},gid={gid}".encode()
    if _syscall().mount(b"katagrad", os.fsencode(path), b"tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options) != 0:
        return f"no tmpfs: {os.strerror(ctypes.get_errno())}"
    return f"on (tmpfs: {size // 1024 ** 2} MiB, {files} files)"


def wipe_initial_environment() -> None:
    """Zero the environment block the process started with (Linux): after os.environ was
    replaced, the grader's variables would still be readable there (/proc/self/environ)."""
    try:
        with open("/proc/self/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        start, end = int(fields[47]), int(fields[48])
    except (OSError, IndexError, ValueError):
        return
    if 0 < start < end and end - start < 1 << 24:
        import ctypes
        ctypes.memset(start, 0, end - start)


def few_malloc_arenas() -> None:
    """At most two malloc arenas (glibc): each reserves 64 MiB of address space, and code that
    starts many threads would otherwise spend the address-space limit on empty arenas."""
    try:
        _syscall().mallopt(-8, 2)  # M_ARENA_MAX
    except (AttributeError, OSError):
        pass


# -- the whole boundary -------------------------------------------------------------------------
def apply(readable: list[str], writable: list[str]) -> dict:
    """Confine this process; returns {layer: "on" | reason it is off}."""
    state = {}
    try:
        _arch()
    except Unavailable as error:
        return {"capabilities": str(error), "landlock": str(error), "seccomp": str(error)}
    try:
        drop_capabilities()
        state["capabilities"] = "on"
    except (Unavailable, OSError) as error:
        state["capabilities"] = str(error)
    try:
        state["landlock"] = f"on (ABI {install_landlock(readable, writable)})"
    except (Unavailable, OSError) as error:
        state["landlock"] = str(error)
    die_with_parent()  # again: the user namespace may have cleared it; seccomp keeps it from here
    try:
        install_seccomp(os.getpid())
        state["seccomp"] = "on"
    except (Unavailable, OSError) as error:
        state["seccomp"] = str(error)
    return state


def system_paths() -> list[str]:
    """Where the interpreter, its standard library and its shared libraries are read from."""
    import sysconfig
    paths = {sys.base_prefix, sys.base_exec_prefix, "/usr", "/lib", "/lib64", "/lib32",
             "/etc/ld.so.cache", "/etc/localtime", "/dev/null", "/dev/zero", "/dev/urandom",
             "/dev/random"}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        try:
            paths.add(sysconfig.get_paths()[key])
        except KeyError:
            pass
    import site
    try:
        paths.update(site.getsitepackages())
    except AttributeError:
        pass
    import numpy
    paths.add(os.path.dirname(os.path.dirname(numpy.__file__)))
    return sorted(os.path.realpath(p) for p in paths if p and os.path.exists(p))
