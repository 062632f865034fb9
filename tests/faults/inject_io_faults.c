/* Make the N-th write step under one folder fail with ENOSPC or EIO: an LD_PRELOAD shim for the I/O fault tests.
 *
 * SQLite (in sqlcipher3) writes from C, out of reach of anything patched in Python, so the faults are injected
 * where every writer meets the system: the C library's calls. A "write step" is any call below on a file that
 * lies under ECOMAP_FAULT_DIR (descriptors resolved through /proc/self/fd, paths through their folder):
 *
 *   write, pwrite, pwrite64, writev, pwritev, sendfile, copy_file_range   (data reaching a file)
 *   fsync, fdatasync                                                      (data made durable)
 *   ftruncate, ftruncate64                                                (a file's size changed)
 *   open, open64, openat, openat64 with O_CREAT                           (a file made: no room for it)
 *   rename, renameat, renameat2, link, linkat                             (a name put in place)
 *
 * Not counted: reads, close, unlink (a failed clean-up is not a failed save; and deleting frees space), and
 * every call on anything outside the folder (Python's own files, stdout, stderr, pipes).
 *
 * Environment:
 *   ECOMAP_FAULT_DIR    the folder whose files count (required; nothing is counted without it)
 *   ECOMAP_FAULT_AT     N: the N-th counted step fails (0 or unset: none fails, the steps are only counted)
 *   ECOMAP_FAULT_ERRNO  ENOSPC (default) or EIO
 *   ECOMAP_FAULT_ONWARD 1: the N-th step and every counted step after it fail (a disk that stays full or broken,
 *                       so a rollback or a clean-up that writes fails too); otherwise only the N-th fails
 *   ECOMAP_FAULT_LOG    a file (outside the folder) that gets one line per counted step: "N call kind path",
 *                       kind "dir" for a folder (a sync of it), "file" otherwise, and " FAILED" after the
 *                       path of a step made to fail
 *
 * Without ECOMAP_FAULT_ONWARD only the N-th step fails and the calls after it go through (a transient error: the
 * writer's roll-back and clean-up work, and so does trying again). The count is per process.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static char folder[PATH_MAX];
static size_t folder_length;
static long fail_at;
static int fail_onward;
static int fail_errno = ENOSPC;
static const char *log_path;
static long counted;
static int ready;

static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_open)(const char *, int, ...);

static void set_up(void) {
    if (__atomic_load_n(&ready, __ATOMIC_ACQUIRE)) return;
    real_write = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    real_open = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
    const char *dir = getenv("ECOMAP_FAULT_DIR");
    if (dir && realpath(dir, folder)) {
        folder_length = strlen(folder);
    }
    const char *at = getenv("ECOMAP_FAULT_AT");
    fail_at = at ? strtol(at, NULL, 10) : 0;
    const char *name = getenv("ECOMAP_FAULT_ERRNO");
    if (name && strcmp(name, "EIO") == 0) fail_errno = EIO;
    const char *onward = getenv("ECOMAP_FAULT_ONWARD");
    fail_onward = onward && strcmp(onward, "1") == 0;
    log_path = getenv("ECOMAP_FAULT_LOG");
    __atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
}

static int under_folder(const char *resolved) {
    return folder_length && strncmp(resolved, folder, folder_length) == 0 &&
           (resolved[folder_length] == '/' || resolved[folder_length] == '\0');
}

/* Where descriptor fd leads, in target (empty if it cannot be told). */
static void fd_target(int fd, char *target, size_t size) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t length = readlink(link, target, size - 1);
    target[length > 0 ? length : 0] = '\0';
}

/* A path that may not exist yet: its folder resolved (relative to dirfd, or the working folder), then its name. */
static int path_under_folder(int dirfd, const char *path) {
    char base[PATH_MAX], joined[PATH_MAX * 2], parent[PATH_MAX], resolved[PATH_MAX];
    if (!path) return 0;
    if (path[0] == '/') {
        snprintf(joined, sizeof joined, "%s", path);
    } else {
        if (dirfd == AT_FDCWD) {
            if (!getcwd(base, sizeof base)) return 0;
        } else {
            fd_target(dirfd, base, sizeof base);
            if (!base[0]) return 0;
        }
        snprintf(joined, sizeof joined, "%s/%s", base, path);
    }
    char *slash = strrchr(joined, '/');
    if (slash == joined) {
        snprintf(parent, sizeof parent, "/");
    } else {
        size_t length = (size_t)(slash - joined);
        if (length >= sizeof parent) return 0;
        memcpy(parent, joined, length);
        parent[length] = '\0';
    }
    if (!realpath(parent, resolved)) return 0;
    return under_folder(resolved);
}

static void note(long number, const char *call, const char *kind, const char *what, int failed) {
    if (!log_path) return;
    char line[PATH_MAX + 128];
    int length = snprintf(line, sizeof line, "%ld %s %s %s%s\n", number, call, kind, what, failed ? " FAILED" : "");
    int fd = real_open(log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return;
    if (length > 0) real_write(fd, line, (size_t)length < sizeof line ? (size_t)length : sizeof line - 1);
    close(fd);
}

/* Count one step; true (with errno set) if it is the one to fail. */
static int step_fails(const char *call, const char *kind, const char *what) {
    long number = __atomic_add_fetch(&counted, 1, __ATOMIC_SEQ_CST);
    int failed = fail_at > 0 && (number == fail_at || (fail_onward && number > fail_at));
    note(number, call, kind, what, failed);
    if (failed) errno = fail_errno;
    return failed;
}

static int fd_step_fails(const char *call, int fd) {
    char target[PATH_MAX];
    set_up();
    if (!folder_length) return 0;
    fd_target(fd, target, sizeof target);
    if (!under_folder(target)) return 0;
    struct stat status;
    int folder_sync = fstat(fd, &status) == 0 && S_ISDIR(status.st_mode);
    return step_fails(call, folder_sync ? "dir" : "file", target);
}

static int path_step_fails(const char *call, int dirfd, const char *path) {
    set_up();
    if (!folder_length || !path_under_folder(dirfd, path)) return 0;
    return step_fails(call, "file", path);
}

#define NEXT(name) static __typeof__(name) *next_##name; if (!next_##name) next_##name = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buffer, size_t count) {
    NEXT(write);
    if (fd_step_fails("write", fd)) return -1;
    return next_write(fd, buffer, count);
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset) {
    NEXT(pwrite);
    if (fd_step_fails("pwrite", fd)) return -1;
    return next_pwrite(fd, buffer, count, offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset) {
    NEXT(pwrite64);
    if (fd_step_fails("pwrite64", fd)) return -1;
    return next_pwrite64(fd, buffer, count, offset);
}

ssize_t writev(int fd, const struct iovec *vector, int count) {
    NEXT(writev);
    if (fd_step_fails("writev", fd)) return -1;
    return next_writev(fd, vector, count);
}

ssize_t pwritev(int fd, const struct iovec *vector, int count, off_t offset) {
    NEXT(pwritev);
    if (fd_step_fails("pwritev", fd)) return -1;
    return next_pwritev(fd, vector, count, offset);
}

ssize_t sendfile(int out_fd, int in_fd, off_t *offset, size_t count) {
    NEXT(sendfile);
    if (fd_step_fails("sendfile", out_fd)) return -1;
    return next_sendfile(out_fd, in_fd, offset, count);
}

ssize_t copy_file_range(int in_fd, off64_t *in_offset, int out_fd, off64_t *out_offset, size_t count,
                        unsigned int flags) {
    NEXT(copy_file_range);
    if (fd_step_fails("copy_file_range", out_fd)) return -1;
    return next_copy_file_range(in_fd, in_offset, out_fd, out_offset, count, flags);
}

int fsync(int fd) {
    NEXT(fsync);
    if (fd_step_fails("fsync", fd)) return -1;
    return next_fsync(fd);
}

int fdatasync(int fd) {
    NEXT(fdatasync);
    if (fd_step_fails("fdatasync", fd)) return -1;
    return next_fdatasync(fd);
}

int ftruncate(int fd, off_t length) {
    NEXT(ftruncate);
    if (fd_step_fails("ftruncate", fd)) return -1;
    return next_ftruncate(fd, length);
}

int ftruncate64(int fd, off64_t length) {
    NEXT(ftruncate64);
    if (fd_step_fails("ftruncate64", fd)) return -1;
    return next_ftruncate64(fd, length);
}

/* open and friends take a mode only with O_CREAT or O_TMPFILE (glibc's __OPEN_NEEDS_MODE); only a create is
 * counted as a write step. */
#define OPEN_LIKE(name, ...)                                                         \
    NEXT(name);                                                                      \
    mode_t mode = 0;                                                                 \
    if ((flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE) {                 \
        va_list arguments;                                                           \
        va_start(arguments, flags);                                                  \
        mode = va_arg(arguments, mode_t);                                            \
        va_end(arguments);                                                           \
    }                                                                                \
    if ((flags & O_CREAT) && path_step_fails(#name, __VA_ARGS__)) return -1;         \

int open(const char *path, int flags, ...) {
    OPEN_LIKE(open, AT_FDCWD, path)
    return next_open(path, flags, mode);
}

int open64(const char *path, int flags, ...) {
    OPEN_LIKE(open64, AT_FDCWD, path)
    return next_open64(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...) {
    OPEN_LIKE(openat, dirfd, path)
    return next_openat(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...) {
    OPEN_LIKE(openat64, dirfd, path)
    return next_openat64(dirfd, path, flags, mode);
}

int rename(const char *old_path, const char *new_path) {
    NEXT(rename);
    if (path_step_fails("rename", AT_FDCWD, new_path)) return -1;
    return next_rename(old_path, new_path);
}

int renameat(int old_dirfd, const char *old_path, int new_dirfd, const char *new_path) {
    NEXT(renameat);
    if (path_step_fails("renameat", new_dirfd, new_path)) return -1;
    return next_renameat(old_dirfd, old_path, new_dirfd, new_path);
}

int renameat2(int old_dirfd, const char *old_path, int new_dirfd, const char *new_path, unsigned int flags) {
    NEXT(renameat2);
    if (path_step_fails("renameat2", new_dirfd, new_path)) return -1;
    return next_renameat2(old_dirfd, old_path, new_dirfd, new_path, flags);
}

int link(const char *old_path, const char *new_path) {
    NEXT(link);
    if (path_step_fails("link", AT_FDCWD, new_path)) return -1;
    return next_link(old_path, new_path);
}

int linkat(int old_dirfd, const char *old_path, int new_dirfd, const char *new_path, int flags) {
    NEXT(linkat);
    if (path_step_fails("linkat", new_dirfd, new_path)) return -1;
    return next_linkat(old_dirfd, old_path, new_dirfd, new_path, flags);
}
